//! Timestamps: stored as Unix microseconds (the precision Postgres keeps), printed like Go's RFC 3339.

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

pub const HOUR_US: i64 = 3_600_000_000;

/// What Go prints for a zero `time.Time`.
pub const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

/// Stored expiry of machine-identity credentials, which never expire (9999-12-31T00:00:00Z).
pub const NEVER_US: i64 = 253_402_214_400_000_000;

pub fn now_us() -> i64 {
    (OffsetDateTime::now_utc().unix_timestamp_nanos() / 1000) as i64
}

/// A stored timestamp that displays (and serializes) as RFC 3339 in UTC with fractional seconds
/// and trailing zeros trimmed, as Go's `time.RFC3339Nano`.
#[derive(Clone, Copy, Debug)]
pub struct Ts(pub i64);

impl std::fmt::Display for Ts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let us = self.0;
        let dt = OffsetDateTime::from_unix_timestamp_nanos(i128::from(us) * 1000)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH);
        write!(
            f,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            dt.year(),
            u8::from(dt.month()),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second()
        )?;
        let mut frac = us.rem_euclid(1_000_000);
        if frac != 0 {
            let mut width = 6;
            while frac % 10 == 0 {
                frac /= 10;
                width -= 1;
            }
            write!(f, ".{frac:0width$}")?;
        }
        f.write_str("Z")
    }
}

impl serde::Serialize for Ts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

pub fn fmt_ts(us: i64) -> String {
    Ts(us).to_string()
}

pub fn fmt_opt(us: Option<i64>) -> serde_json::Value {
    us.map_or(serde_json::Value::Null, |v| fmt_ts(v).into())
}

/// A time filter value as Postgres reads it for a `timestamptz` comparison: `YYYY-MM-DD`
/// (midnight), or RFC 3339 with `T`, `t` or a space, optional seconds and fraction (rounded to
/// microseconds) and an optional zone (`Z` or `±HH[[:]MM]`). Without a zone the value is UTC,
/// the zone devgateway's database runs in. Returns Unix microseconds.
pub fn parse_time(s: &str) -> Option<i64> {
    let digits = |t: &str| -> Option<i64> {
        (!t.is_empty() && t.bytes().all(|c| c.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let s = s.trim();
    let (y, mo, d) = match (
        s.get(0..4),
        s.get(4..5),
        s.get(5..7),
        s.get(7..8),
        s.get(8..10),
    ) {
        (Some(y), Some("-"), Some(m), Some("-"), Some(d)) => (digits(y)?, digits(m)?, digits(d)?),
        _ => return None,
    };
    let month = Month::try_from(u8::try_from(mo).ok()?).ok()?;
    let date = Date::from_calendar_date(y as i32, month, u8::try_from(d).ok()?).ok()?;
    let mut rest = &s[10..];
    let (mut h, mut m, mut sec, mut frac_us, mut offset_s) = (0, 0, 0, 0, 0);
    if !rest.is_empty() {
        if !matches!(rest.as_bytes()[0], b'T' | b't' | b' ') {
            return None;
        }
        h = digits(rest.get(1..3)?)?;
        if rest.get(3..4)? != ":" {
            return None;
        }
        m = digits(rest.get(4..6)?)?;
        rest = &rest[6..];
        if let Some(r) = rest.strip_prefix(':') {
            sec = digits(r.get(0..2)?)?;
            rest = &r[2..];
            if let Some(r) = rest.strip_prefix('.') {
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                let (frac, tail) = r.split_at(n);
                let mut padded = format!("{frac:0<7}");
                padded.truncate(7);
                let seven = digits(&padded)?;
                frac_us = seven / 10 + i64::from(seven % 10 >= 5);
                rest = tail;
            }
        }
        offset_s = match rest {
            "" | "Z" | "z" => 0,
            z if z.starts_with('+') || z.starts_with('-') => {
                let sign = if z.starts_with('-') { -1 } else { 1 };
                let body = z[1..].replace(':', "");
                let (zh, zm) = match body.len() {
                    2 => (digits(&body)?, 0),
                    4 => (digits(body.get(..2)?)?, digits(body.get(2..)?)?),
                    _ => return None,
                };
                sign * (zh * 3600 + zm * 60)
            }
            _ => return None,
        };
    }
    if h > 23 || m > 59 || sec > 59 {
        return None;
    }
    let midnight = PrimitiveDateTime::new(date, Time::MIDNIGHT).assume_utc();
    let secs = midnight.unix_timestamp() + h * 3600 + m * 60 + sec - offset_s;
    Some(secs * 1_000_000 + frac_us)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_go() {
        assert_eq!(fmt_ts(0), "1970-01-01T00:00:00Z");
        assert_eq!(fmt_ts(1_756_123_200_123_456), "2025-08-25T12:00:00.123456Z");
        assert_eq!(fmt_ts(1_756_123_200_120_000), "2025-08-25T12:00:00.12Z");
        assert_eq!(fmt_ts(NEVER_US), "9999-12-31T00:00:00Z");
    }

    #[test]
    fn parses_filter_times() {
        let noon = 1_756_123_200_000_000;
        assert_eq!(parse_time("2025-08-25"), Some(noon - 12 * HOUR_US));
        assert_eq!(parse_time("2025-08-25T12:00:00Z"), Some(noon));
        assert_eq!(parse_time("2025-08-25 14:00:00+02:00"), Some(noon));
        assert_eq!(parse_time("2025-08-25t12:00"), Some(noon));
        assert_eq!(
            parse_time("2025-08-25T12:00:00.1234565Z"),
            Some(noon + 123_457)
        );
        assert_eq!(parse_time("2025-08-25T07:00:00-0500"), Some(noon));
        for bad in [
            "yesterday",
            "2025-13-01",
            "2025-02-30",
            "2025-08-25T25:00",
            "2025-08-25X",
            "2025-08-25T12:00+1é2",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }
}
