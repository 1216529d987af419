//! Timestamps: stored as Unix microseconds (the precision Postgres keeps), printed like Go's RFC 3339.

use time::OffsetDateTime;

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
}
