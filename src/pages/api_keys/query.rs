//! The API key list's search, filter, sort and page, kept in the URL query, and the pure
//! function that applies them. Ties break on the id, so the order never depends on the
//! order the gateway happened to send.

use crate::{
    api::api_keys::{ApiKey, KeyStatus},
    format::parse_rfc3339,
};

pub const PAGE_SIZE: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    All,
    Active,
    Deactivated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    Name,
    #[default]
    Created,
    LastUsed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyQuery {
    pub search: String,
    pub status: StatusFilter,
    pub sort: SortKey,
    pub descending: bool,
    /// 1-based.
    pub page: usize,
}

impl Default for KeyQuery {
    fn default() -> Self {
        Self {
            search: String::new(),
            status: StatusFilter::All,
            sort: SortKey::Created,
            descending: true,
            page: 1,
        }
    }
}

impl KeyQuery {
    /// Reads `q`, `status`, `sort`, `dir` and `page`; anything unknown falls back to the default.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let d = Self::default();
        let sort = match get("sort").as_deref() {
            Some("name") => SortKey::Name,
            Some("last_used") => SortKey::LastUsed,
            Some("created") => SortKey::Created,
            _ => d.sort,
        };
        Self {
            search: get("q").unwrap_or_default(),
            status: match get("status").as_deref() {
                Some("active") => StatusFilter::Active,
                Some("deactivated") => StatusFilter::Deactivated,
                _ => StatusFilter::All,
            },
            descending: match get("dir").as_deref() {
                Some("asc") => false,
                Some("desc") => true,
                _ => sort != SortKey::Name,
            },
            sort,
            page: get("page")
                .and_then(|p| p.parse().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        }
    }

    /// The query string (without `?`), leaving out defaults so plain URLs stay plain.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if !self.search.is_empty() {
            parts.push(format!("q={}", crate::api::segment(&self.search)));
        }
        match self.status {
            StatusFilter::All => {}
            StatusFilter::Active => parts.push("status=active".into()),
            StatusFilter::Deactivated => parts.push("status=deactivated".into()),
        }
        let natural_desc = self.sort != SortKey::Name;
        if self.sort != SortKey::Created || self.descending != natural_desc {
            let s = match self.sort {
                SortKey::Name => "name",
                SortKey::Created => "created",
                SortKey::LastUsed => "last_used",
            };
            parts.push(format!(
                "sort={s}&dir={}",
                if self.descending { "desc" } else { "asc" }
            ));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }

    pub fn is_filtered(&self) -> bool {
        !self.search.trim().is_empty() || self.status != StatusFilter::All
    }
}

/// A key with what searching and sorting need, computed once per load.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: ApiKey,
    haystack: String,
    pub created_ms: Option<i64>,
    pub last_used_ms: Option<i64>,
}

impl Row {
    pub fn new(key: ApiKey) -> Self {
        let haystack = format!(
            "{}\n{}\n{}",
            key.name,
            key.groups.join("\n"),
            key.created_by
        )
        .to_lowercase();
        let created_ms = parse_rfc3339(&key.created_at);
        let last_used_ms = key.last_used_at.as_deref().and_then(parse_rfc3339);
        Self {
            key,
            haystack,
            created_ms,
            last_used_ms,
        }
    }
}

/// Positions of the rows that match, in display order.
pub fn apply(rows: &[Row], q: &KeyQuery) -> Vec<usize> {
    let needle = q.search.trim().to_lowercase();
    let mut out: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            let r = &rows[i];
            let status_ok = match q.status {
                StatusFilter::All => true,
                StatusFilter::Active => r.key.status == KeyStatus::Active,
                StatusFilter::Deactivated => r.key.status == KeyStatus::Revoked,
            };
            status_ok && (needle.is_empty() || r.haystack.contains(&needle))
        })
        .collect();
    out.sort_by(|&a, &b| {
        let (a, b) = (&rows[a], &rows[b]);
        let primary = match q.sort {
            SortKey::Name => a.key.name.to_lowercase().cmp(&b.key.name.to_lowercase()),
            SortKey::Created => a.created_ms.cmp(&b.created_ms),
            // Never-used keys count as the oldest use.
            SortKey::LastUsed => a.last_used_ms.cmp(&b.last_used_ms),
        };
        let primary = if q.descending {
            primary.reverse()
        } else {
            primary
        };
        primary
            .then_with(|| a.key.name.cmp(&b.key.name))
            .then_with(|| a.key.id.cmp(&b.key.id))
    });
    out
}

/// How many pages `total` rows fill (at least one).
pub fn page_count(total: usize) -> usize {
    total.div_ceil(PAGE_SIZE).max(1)
}

pub fn ordering_name(sort: SortKey, descending: bool) -> &'static str {
    match (sort, descending) {
        (SortKey::Name, false) => "Name, A to Z",
        (SortKey::Name, true) => "Name, Z to A",
        (SortKey::Created, true) => "Newest first",
        (SortKey::Created, false) => "Oldest first",
        (SortKey::LastUsed, true) => "Recently used first",
        (SortKey::LastUsed, false) => "Least recently used first",
    }
}

impl crate::pages::url_query::UrlQuery for KeyQuery {
    fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        KeyQuery::from_params(get)
    }

    fn to_query(&self) -> String {
        KeyQuery::to_query(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    fn key(
        id: &str,
        name: &str,
        status: &str,
        created: &str,
        used: Option<&str>,
        groups: &[&str],
    ) -> Row {
        let used = used.map_or("null".to_string(), |u| format!("\"{u}\""));
        Row::new(decode(&format!(
            r#"{{"id":"{id}","name":"{name}","status":"{status}","groups":{groups:?},"created_by":"admin@example.com",
            "created_at":"{created}","last_used_at":{used}}}"#
        )).unwrap())
    }

    fn rows() -> Vec<Row> {
        vec![
            key(
                "3",
                "deploy",
                "active",
                "2025-01-03T00:00:00Z",
                None,
                &["sre"],
            ),
            key(
                "1",
                "Billing",
                "revoked",
                "2025-01-01T00:00:00Z",
                Some("2025-02-01T00:00:00Z"),
                &[],
            ),
            key(
                "2",
                "ci",
                "active",
                "2025-01-02T00:00:00Z",
                Some("2025-03-01T00:00:00Z"),
                &["engineering"],
            ),
        ]
    }

    fn names_of(rows: &[Row], v: Vec<usize>) -> Vec<String> {
        v.into_iter().map(|i| rows[i].key.name.clone()).collect()
    }

    #[test]
    fn default_is_newest_first_and_the_order_is_stable() {
        let r = rows();
        assert_eq!(
            names_of(&r, apply(&r, &KeyQuery::default())),
            ["deploy", "ci", "Billing"]
        );
        let mut shuffled = r.clone();
        shuffled.reverse();
        assert_eq!(
            names_of(&shuffled, apply(&shuffled, &KeyQuery::default())),
            ["deploy", "ci", "Billing"]
        );
    }

    #[test]
    fn sorts_filters_and_searches() {
        let r = rows();
        let by = |sort, descending| KeyQuery {
            sort,
            descending,
            ..Default::default()
        };
        assert_eq!(
            names_of(&r, apply(&r, &by(SortKey::Name, false))),
            ["Billing", "ci", "deploy"]
        );
        assert_eq!(
            names_of(&r, apply(&r, &by(SortKey::LastUsed, true))),
            ["ci", "Billing", "deploy"]
        );
        let active = KeyQuery {
            status: StatusFilter::Active,
            ..Default::default()
        };
        assert_eq!(names_of(&r, apply(&r, &active)), ["deploy", "ci"]);
        let search = KeyQuery {
            search: "ENGINEER".into(),
            ..Default::default()
        };
        assert_eq!(
            names_of(&r, apply(&r, &search)),
            ["ci"],
            "groups are searched"
        );
        let creator = KeyQuery {
            search: "admin@".into(),
            ..Default::default()
        };
        assert_eq!(apply(&r, &creator).len(), 3, "creators are searched");
    }

    #[test]
    fn url_round_trip_leaves_defaults_out() {
        assert_eq!(KeyQuery::default().to_query(), "");
        let q = KeyQuery {
            search: "ci deploy".into(),
            status: StatusFilter::Deactivated,
            sort: SortKey::Name,
            descending: false,
            page: 3,
        };
        let s = q.to_query();
        assert_eq!(
            s,
            "q=ci%20deploy&status=deactivated&sort=name&dir=asc&page=3"
        );
        let params: Vec<(String, String)> = s
            .split('&')
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap();
                (k.to_string(), v.replace("%20", " "))
            })
            .collect();
        let back =
            KeyQuery::from_params(|k| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()));
        assert_eq!(back, q);
        assert_eq!(KeyQuery::from_params(|_| Some("bogus".into())).page, 1);
    }

    #[test]
    fn ten_thousand_keys_filter_and_page() {
        let many: Vec<Row> = (0..10_000)
            .map(|i| {
                key(
                    &format!("{i:05}"),
                    &format!("key-{i}"),
                    "active",
                    "2025-01-01T00:00:00Z",
                    None,
                    &["sre"],
                )
            })
            .collect();
        let hits = apply(
            &many,
            &KeyQuery {
                search: "key-99".into(),
                ..Default::default()
            },
        );
        assert_eq!(hits.len(), 111);
        assert_eq!(page_count(10_000), 200);
        assert_eq!(page_count(0), 1);
    }
}
