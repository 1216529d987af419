//! Whether a key is still in use, from `last_used_at` (every authenticated request counts,
//! reads included), and how old it is: the questions rotation and clean-up start from.

use crate::format::relative_compact;

pub const DAY_MS: i64 = 86_400_000;
/// Keys not used for this many days count as stale unless the page says otherwise.
pub const DEFAULT_STALE_DAYS: u32 = 90;
/// The thresholds the page offers; the URL may carry any other whole number of days.
pub const STALE_CHOICES: [u32; 5] = [30, 60, 90, 180, 365];
/// Keys created longer ago than this are called out for rotation.
const ROTATE_AFTER_DAYS: i64 = 365;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Usage {
    Never,
    /// Not used for this many whole days, at least the threshold.
    Stale(i64),
    Recent,
}

pub fn usage(last_used_ms: Option<i64>, now_ms: i64, stale_days: u32) -> Usage {
    match last_used_ms {
        None => Usage::Never,
        Some(at) => {
            let days = (now_ms - at).max(0) / DAY_MS;
            if days >= i64::from(stale_days) {
                Usage::Stale(days)
            } else {
                Usage::Recent
            }
        }
    }
}

/// "Never used", "Not used for 100 days", or "5 min ago".
pub fn usage_text(last_used_ms: Option<i64>, now_ms: i64, stale_days: u32) -> String {
    match (usage(last_used_ms, now_ms, stale_days), last_used_ms) {
        (Usage::Never, _) | (_, None) => "Never used".into(),
        (Usage::Stale(days), _) => format!(
            "Not used for {days} {}",
            if days == 1 { "day" } else { "days" }
        ),
        (Usage::Recent, Some(at)) => relative_compact(at, now_ms),
    }
}

/// True when a key is old enough that it should have been rotated.
pub fn due_for_rotation(created_ms: Option<i64>, now_ms: i64) -> bool {
    created_ms.is_some_and(|c| now_ms - c > ROTATE_AFTER_DAYS * DAY_MS)
}

/// Counts for the Overview: how many keys are active, and of those how many were never used
/// or are stale; how many are deactivated. Deactivated keys are not counted as unused: they
/// already cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub active: usize,
    pub never_used: usize,
    pub stale: usize,
    pub deactivated: usize,
}

impl Summary {
    pub fn of(
        keys: impl IntoIterator<Item = (bool, Option<i64>)>,
        now_ms: i64,
        stale_days: u32,
    ) -> Self {
        let mut s = Self::default();
        for (active, last_used) in keys {
            if !active {
                s.deactivated += 1;
                continue;
            }
            s.active += 1;
            match usage(last_used, now_ms, stale_days) {
                Usage::Never => s.never_used += 1,
                Usage::Stale(_) => s.stale += 1,
                Usage::Recent => {}
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000_000;

    #[test]
    fn never_stale_and_recent_are_told_apart_at_the_threshold() {
        assert_eq!(usage(None, NOW, 90), Usage::Never);
        assert_eq!(usage(Some(NOW - 100 * DAY_MS), NOW, 90), Usage::Stale(100));
        assert_eq!(usage(Some(NOW - 90 * DAY_MS), NOW, 90), Usage::Stale(90));
        assert_eq!(usage(Some(NOW - 90 * DAY_MS + 1), NOW, 90), Usage::Recent);
        assert_eq!(usage(Some(NOW - 100 * DAY_MS), NOW, 180), Usage::Recent);
        // A clock a little behind the gateway's is not a negative age.
        assert_eq!(usage(Some(NOW + 5_000), NOW, 90), Usage::Recent);
    }

    #[test]
    fn usage_reads_as_text() {
        assert_eq!(usage_text(None, NOW, 90), "Never used");
        assert_eq!(
            usage_text(Some(NOW - 100 * DAY_MS), NOW, 90),
            "Not used for 100 days"
        );
        assert_eq!(usage_text(Some(NOW - DAY_MS), NOW, 1), "Not used for 1 day");
        assert_eq!(usage_text(Some(NOW - 300_000), NOW, 90), "5 min ago");
    }

    #[test]
    fn keys_older_than_a_year_are_due_for_rotation() {
        assert!(due_for_rotation(Some(NOW - 366 * DAY_MS), NOW));
        assert!(!due_for_rotation(Some(NOW - 364 * DAY_MS), NOW));
        assert!(!due_for_rotation(None, NOW));
    }

    #[test]
    fn summary_counts_unused_keys_among_active_ones_only() {
        let keys = [
            (true, None),
            (true, Some(NOW - 100 * DAY_MS)),
            (true, Some(NOW)),
            (false, None),
            (false, Some(NOW - 100 * DAY_MS)),
        ];
        assert_eq!(
            Summary::of(keys, NOW, 90),
            Summary {
                active: 3,
                never_used: 1,
                stale: 1,
                deactivated: 2
            }
        );
    }
}
