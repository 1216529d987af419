//! Rotation cut-over: which key replaced which, and whether the replacement is in use yet.
//!
//! The link is derived from names: a replacement is created as `<old>-rotated-<YYYY-MM-DD>`
//! (the rotate form suggests it and says why to keep it). Every admin, in every browser and
//! after a reload, sees the same link, and nothing is stored; a replacement renamed to
//! something else is simply no longer linked. When several replacements exist, the newest
//! created after the old key is the one that counts.

use super::query::Row;
use crate::api::api_keys::KeyStatus;
use std::collections::BTreeMap;

const MARK: &str = "-rotated-";
/// Room left for the mark and the date within the gateway's 255-character names.
const BASE_CHARS: usize = 230;

/// The name suggested for a replacement of `old`, created on `today` (`YYYY-MM-DD`).
pub fn rotated_name(old: &str, today: &str) -> String {
    let base: String = old.chars().take(BASE_CHARS).collect();
    format!("{base}{MARK}{today}")
}

/// The old key's name (as `rotated_name` cut it) when `name` is a replacement's.
fn rotated_base(name: &str) -> Option<&str> {
    let (base, date) = name.rsplit_once(MARK)?;
    let b = date.as_bytes();
    let is_date = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    (is_date && !base.is_empty()).then_some(base)
}

/// Replacement links among `rows`, by position: old → new and new → old.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    pub replaced_by: BTreeMap<usize, usize>,
    pub replaces: BTreeMap<usize, usize>,
}

impl Links {
    pub fn of(rows: &[Row]) -> Self {
        let mut newest: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for (i, r) in rows.iter().enumerate() {
            if let Some(base) = rotated_base(&r.key.name) {
                newest.entry(base).or_default().push(i);
            }
        }
        let mut links = Self::default();
        for (old, r) in rows.iter().enumerate() {
            let base: String = r.key.name.chars().take(BASE_CHARS).collect();
            let Some(candidates) = newest.get(base.as_str()) else {
                continue;
            };
            let new = candidates
                .iter()
                .copied()
                .filter(|&n| n != old && rows[n].created_ms > r.created_ms)
                .max_by_key(|&n| (rows[n].created_ms, rows[n].key.id.clone()));
            if let Some(new) = new {
                links.replaced_by.insert(old, new);
                links.replaces.entry(new).or_insert(old);
            }
        }
        links
    }
}

/// What a row says about a rotation it is part of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CutOver {
    /// This (old, still active) key's replacement has not been used yet: keep both.
    Waiting { new_name: String },
    /// The replacement has been used: this old key can go.
    Ready { new_name: String, used_ms: i64 },
    /// This old key is deactivated; the replacement took over.
    Done { new_name: String },
    /// This key replaces `old_name`.
    Replaces { old_name: String },
}

impl CutOver {
    pub fn for_row(rows: &[Row], links: &Links, i: usize) -> Option<Self> {
        if let Some(&new) = links.replaced_by.get(&i) {
            let new_name = rows[new].key.name.clone();
            return Some(if rows[i].key.status == KeyStatus::Revoked {
                Self::Done { new_name }
            } else {
                match rows[new].last_used_ms {
                    None => Self::Waiting { new_name },
                    Some(used_ms) => Self::Ready { new_name, used_ms },
                }
            });
        }
        links.replaces.get(&i).map(|&old| Self::Replaces {
            old_name: rows[old].key.name.clone(),
        })
    }

    /// The sentence under the key's name.
    pub fn text(&self, now_ms: i64) -> String {
        match self {
            Self::Waiting { new_name } => format!(
                "Replaced by \u{201c}{new_name}\u{201d}, not used yet: keep this key until your clients use the new one."
            ),
            Self::Ready { new_name, used_ms } => format!(
                "Replacement \u{201c}{new_name}\u{201d} last used {}: deactivate this key.",
                crate::format::relative(*used_ms, now_ms)
            ),
            Self::Done { new_name } => format!("Replaced by \u{201c}{new_name}\u{201d}."),
            Self::Replaces { old_name } => format!("Replaces \u{201c}{old_name}\u{201d}."),
        }
    }
}

/// Replacements whose first use the page is waiting for (ids), so it checks only those.
pub fn awaited(rows: &[Row], links: &Links) -> Vec<String> {
    let mut ids: Vec<String> = links
        .replaced_by
        .iter()
        .filter(|(&old, &new)| {
            rows[old].key.status == KeyStatus::Active && rows[new].last_used_ms.is_none()
        })
        .map(|(_, &new)| rows[new].key.id.clone())
        .collect();
    crate::order::sort(&mut ids);
    ids.dedup();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    fn row(id: &str, name: &str, status: &str, created: &str, used: Option<&str>) -> Row {
        let used = used.map_or("null".to_string(), |u| format!("\"{u}\""));
        Row::new(
            decode(&format!(
                r#"{{"id":"{id}","name":"{name}","status":"{status}","created_at":"{created}","last_used_at":{used}}}"#
            ))
            .unwrap(),
        )
    }

    #[test]
    fn rotated_names_stay_within_the_limit_and_are_recognised() {
        assert_eq!(rotated_name("ci", "2026-11-23"), "ci-rotated-2026-11-23");
        let long = rotated_name(&"x".repeat(255), "2026-11-23");
        assert!(long.chars().count() <= 255);
        assert_eq!(rotated_base(&long), Some("x".repeat(230).as_str()));
        assert_eq!(rotated_base("ci-rotated-2026-11-23"), Some("ci"));
        assert_eq!(rotated_base("ci-rotated-later"), None);
        assert_eq!(rotated_base("-rotated-2026-11-23"), None);
    }

    #[test]
    fn the_newest_later_replacement_is_linked() {
        let rows = vec![
            row(
                "1",
                "ci",
                "active",
                "2026-01-01T00:00:00Z",
                Some("2026-11-01T00:00:00Z"),
            ),
            row(
                "2",
                "ci-rotated-2026-05-01",
                "active",
                "2026-05-01T00:00:00Z",
                None,
            ),
            row(
                "3",
                "ci-rotated-2026-11-23",
                "active",
                "2026-11-23T00:00:00Z",
                None,
            ),
            row("4", "other", "active", "2026-01-01T00:00:00Z", None),
        ];
        let links = Links::of(&rows);
        assert_eq!(links.replaced_by.get(&0), Some(&2));
        // The first replacement was itself never rotated, so it links to nothing newer.
        assert_eq!(links.replaced_by.get(&1), None);
        assert_eq!(links.replaces.get(&2), Some(&0));
        assert_eq!(links.replaced_by.get(&3), None);
        assert_eq!(
            CutOver::for_row(&rows, &links, 0),
            Some(CutOver::Waiting {
                new_name: "ci-rotated-2026-11-23".into()
            })
        );
        assert_eq!(awaited(&rows, &links), ["3"]);
    }

    #[test]
    fn a_used_replacement_recommends_deactivating_the_old_key() {
        let rows = vec![
            row("1", "ci", "active", "2026-01-01T00:00:00Z", None),
            row(
                "2",
                "ci-rotated-2026-11-23",
                "active",
                "2026-11-23T00:00:00Z",
                Some("2026-11-23T10:00:00Z"),
            ),
        ];
        let links = Links::of(&rows);
        let c = CutOver::for_row(&rows, &links, 0).unwrap();
        let used = crate::format::parse_rfc3339("2026-11-23T10:00:00Z").unwrap();
        assert_eq!(
            c,
            CutOver::Ready {
                new_name: "ci-rotated-2026-11-23".into(),
                used_ms: used
            }
        );
        assert_eq!(
            c.text(used + 180_000),
            "Replacement \u{201c}ci-rotated-2026-11-23\u{201d} last used 3 minutes ago: deactivate this key."
        );
        assert!(awaited(&rows, &links).is_empty());
        assert_eq!(
            CutOver::for_row(&rows, &links, 1).unwrap().text(0),
            "Replaces \u{201c}ci\u{201d}."
        );
    }

    #[test]
    fn a_replacement_older_than_the_key_is_not_one() {
        let rows = vec![
            row("1", "ci", "revoked", "2026-12-01T00:00:00Z", None),
            row(
                "2",
                "ci-rotated-2026-11-23",
                "active",
                "2026-11-23T00:00:00Z",
                None,
            ),
        ];
        assert_eq!(Links::of(&rows), Links::default());
    }
}
