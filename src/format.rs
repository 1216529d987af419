//! Display helpers: timestamps as relative and exact times. Pure where possible, so they are
//! tested natively; only the locale rendering asks the browser.

/// Milliseconds since the Unix epoch of an RFC 3339 timestamp such as
/// `2025-08-25T12:00:00.123456Z` or `…+02:00`. Go's zero time and garbage give `None`.
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<i64>().ok();
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if y <= 1 || !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || se > 60 {
        return None;
    }
    let mut rest = &s[19..];
    let mut millis = 0;
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
        let ms: String = frac[..digits]
            .chars()
            .chain("000".chars())
            .take(3)
            .collect();
        millis = ms.parse::<i64>().ok()?;
        rest = &frac[digits..];
    }
    let offset_min = match rest.as_bytes().first()? {
        b'Z' | b'z' => 0,
        sign @ (b'+' | b'-') => {
            let oh = rest.get(1..3)?.parse::<i64>().ok()?;
            let om = rest.get(4..6)?.parse::<i64>().ok()?;
            let m = oh * 60 + om;
            if *sign == b'+' {
                m
            } else {
                -m
            }
        }
        _ => return None,
    };
    let days = days_from_civil(y, mo, d);
    let secs = days * 86_400 + h * 3600 + mi * 60 + se - offset_min * 60;
    Some(secs * 1000 + millis)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// How far `then_ms` is from `now_ms`, rounded to the largest unit that fits: `None` within
/// 45 s, else (in the future, count, unit index into the names below).
fn rounded_distance(then_ms: i64, now_ms: i64) -> Option<(bool, i64, usize)> {
    let diff = (now_ms - then_ms) / 1000;
    let (future, secs) = (diff < 0, diff.abs());
    if secs < 45 {
        return None;
    }
    let (n, unit) = match secs {
        s if s < 3600 => ((s + 30) / 60, 0),
        s if s < 86_400 => ((s + 1800) / 3600, 1),
        s if s < 86_400 * 30 => ((s + 43_200) / 86_400, 2),
        s if s < 86_400 * 365 => ((s + 86_400 * 15) / (86_400 * 30), 3),
        s => ((s + 86_400 * 182) / (86_400 * 365), 4),
    };
    Some((future, n.max(1), unit))
}

fn relative_with(then_ms: i64, now_ms: i64, unit_name: impl Fn(usize, i64) -> String) -> String {
    match rounded_distance(then_ms, now_ms) {
        None => "just now".into(),
        Some((true, n, unit)) => format!("in {n} {}", unit_name(unit, n)),
        Some((false, n, unit)) => format!("{n} {} ago", unit_name(unit, n)),
    }
}

/// "just now", "5 minutes ago", "in 2 hours", "3 days ago"…
pub fn relative(then_ms: i64, now_ms: i64) -> String {
    const UNITS: [&str; 5] = ["minute", "hour", "day", "month", "year"];
    relative_with(then_ms, now_ms, |u, n| {
        format!("{}{}", UNITS[u], if n == 1 { "" } else { "s" })
    })
}

/// `relative` in a narrow column: "just now", "5 min ago", "3 h ago", "4 d ago", "2 mo ago".
pub fn relative_compact(then_ms: i64, now_ms: i64) -> String {
    const UNITS: [&str; 5] = ["min", "h", "d", "mo", "y"];
    relative_with(then_ms, now_ms, |u, _| UNITS[u].to_string())
}

/// "15 min", "1 h", "1 h 30 min", "45 s".
pub fn duration(secs: i64) -> String {
    let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, s) => format!("{m} min {s} s"),
        (h, 0, _) => format!("{h} h"),
        (h, m, _) => format!("{h} h {m} min"),
    }
}

/// The ticking part of a countdown: "1:59:58", "4:07", "0:09".
pub fn countdown(until_ms: i64, now_ms: i64) -> String {
    let left = ((until_ms - now_ms).max(0) + 999) / 1000;
    let (h, m, s) = (left / 3600, left % 3600 / 60, left % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Now, in epoch milliseconds.
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }
}

// `toLocaleString()` with no arguments: the browser keeps one formatter for that call, while
// naming any locale (even "default") builds a new one each time, about 40 times slower, which a
// page of rows with several times each would feel.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = Date)]
    type LocalDate;
    #[wasm_bindgen(constructor, js_class = "Date")]
    fn new(ms: f64) -> LocalDate;
    #[wasm_bindgen(method, js_class = "Date", js_name = toLocaleString)]
    fn to_locale_string(this: &LocalDate) -> String;
}

/// The exact time in the reader's locale and time zone, e.g. "25 Aug 2025, 14:00:00".
pub fn exact(ms: i64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        LocalDate::new(ms as f64).to_locale_string()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        format!("{ms} ms since the epoch")
    }
}

/// Sets the browser up to write local times, once per page. Its first local time loads the
/// locale's date formats (15–20 ms in Chromium, before a list's first row could show); a page
/// that is about to show many times calls this once its request is out, so that happens
/// while the answer is on the way. It runs after the current task, behind that request.
pub fn prepare_local_times() {
    #[cfg(target_arch = "wasm32")]
    {
        thread_local!(static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
        if !ASKED.with(|a| a.replace(true)) {
            leptos::prelude::set_timeout(
                || {
                    exact(0);
                },
                std::time::Duration::ZERO,
            );
        }
    }
}

/// The first millisecond of the calendar day `YYYY-MM-DD` in the reader's time zone (UTC when
/// not in a browser); `days_later` moves to a later day first, across DST changes correctly.
pub fn local_day_start_ms(date: &str, days_later: i64) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| date.get(r)?.parse::<i64>().ok();
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || y < 1970 {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    {
        let t = js_sys::Date::new_with_year_month_day(
            y as u32,
            (m - 1) as i32,
            (d + days_later) as i32,
        );
        Some(t.get_time() as i64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Some((days_from_civil(y, m, d) + days_later) * 86_400_000)
    }
}

/// Epoch milliseconds as RFC 3339 UTC with milliseconds, the form the gateway's time filters take.
pub fn rfc3339_utc(ms: i64) -> String {
    let (days, rem) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    // Civil date from days since 1970-01-01 (the inverse of `days_from_civil`).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    let (h, mi, s, milli) = (
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000,
    );
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{milli:03}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_gateway_timestamps() {
        assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("1970-01-02T00:00:00Z"), Some(86_400_000));
        assert_eq!(
            parse_rfc3339("2025-08-25T12:00:00.123456Z"),
            Some(1_756_123_200_123)
        );
        assert_eq!(
            parse_rfc3339("2025-08-25T14:00:00.123+02:00"),
            Some(1_756_123_200_123)
        );
        assert_eq!(parse_rfc3339("0001-01-01T00:00:00Z"), None);
        for ms in [0, 1_756_123_200_123, 951_782_400_000, 4_107_542_399_999] {
            assert_eq!(parse_rfc3339(&rfc3339_utc(ms)), Some(ms));
        }
        assert_eq!(rfc3339_utc(1_756_123_200_123), "2025-08-25T12:00:00.123Z");
        assert_eq!(parse_rfc3339("yesterday"), None);
        assert_eq!(parse_rfc3339(""), None);
    }

    #[test]
    fn relative_times_read_naturally() {
        let now = 1_000_000_000_000;
        assert_eq!(relative(now - 10_000, now), "just now");
        assert_eq!(relative(now - 5 * 60_000, now), "5 minutes ago");
        assert_eq!(relative(now - 60_000, now), "1 minute ago");
        assert_eq!(relative(now - 2 * 3_600_000, now), "2 hours ago");
        assert_eq!(relative(now + 3 * 86_400_000, now), "in 3 days");
        assert_eq!(relative(now - 400 * 86_400_000, now), "1 year ago");
        assert_eq!(relative_compact(now - 5 * 60_000, now), "5 min ago");
        assert_eq!(relative_compact(now - 2 * 3_600_000, now), "2 h ago");
        assert_eq!(relative_compact(now + 3 * 86_400_000, now), "in 3 d");
        assert_eq!(relative_compact(now - 70 * 86_400_000, now), "2 mo ago");
        assert_eq!(relative_compact(now - 10_000, now), "just now");
    }
}
