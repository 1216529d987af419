//! The API key list's search, filter, sort and page, kept in the URL query, and the pure
//! function that applies them. Ties break on the id, so the order never depends on the
//! order the gateway happened to send.

use super::usage::{usage, Usage, DEFAULT_STALE_DAYS};
use crate::{
    api::api_keys::{ApiKey, KeyStatus},
    format::parse_rfc3339,
    text::{lowercase, Haystacks},
};

pub const PAGE_SIZE: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatusFilter {
    #[default]
    All,
    Active,
    Deactivated,
}

/// Which keys by use; the threshold for "stale" is the query's `stale_days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UsageFilter {
    #[default]
    All,
    Never,
    Stale,
    Recent,
}

impl UsageFilter {
    pub const ALL: [UsageFilter; 4] = [Self::All, Self::Never, Self::Stale, Self::Recent];

    /// The value in the URL and in the filter's `<select>`.
    pub fn param(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Never => "never",
            Self::Stale => "stale",
            Self::Recent => "recent",
        }
    }

    pub fn from_param(p: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|u| u.param() == p)
            .unwrap_or_default()
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::All => "Any use",
            Self::Never => "Never used",
            Self::Stale => "Stale (not used recently)",
            Self::Recent => "Recently used",
        }
    }

    fn admits(self, u: Usage) -> bool {
        match self {
            Self::All => true,
            Self::Never => u == Usage::Never,
            Self::Stale => matches!(u, Usage::Stale(_)),
            Self::Recent => u == Usage::Recent,
        }
    }
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
    pub usage: UsageFilter,
    /// Days without use after which a key counts as stale.
    pub stale_days: u32,
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
            usage: UsageFilter::All,
            stale_days: DEFAULT_STALE_DAYS,
            page: 1,
        }
    }
}

impl KeyQuery {
    /// Reads `q`, `status`, `usage`, `stale`, `sort`, `dir` and `page`; anything unknown falls
    /// back to the default.
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
            usage: get("usage").map_or(d.usage, |u| UsageFilter::from_param(&u)),
            stale_days: get("stale")
                .and_then(|p| p.parse().ok())
                .filter(|d| (1..=3650).contains(d))
                .unwrap_or(d.stale_days),
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
        if self.usage != UsageFilter::All {
            parts.push(format!("usage={}", self.usage.param()));
        }
        if self.stale_days != DEFAULT_STALE_DAYS {
            parts.push(format!("stale={}", self.stale_days));
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
        !self.search.trim().is_empty()
            || self.status != StatusFilter::All
            || self.usage != UsageFilter::All
    }
}

/// A key with what searching and sorting need, computed once per load.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: ApiKey,
    /// The lowercased name, then groups and creator: what a search looks in.
    haystack: String,
    /// Where the name ends in `haystack`, so sorting by name compares without allocating.
    name_end: usize,
    pub created_ms: Option<i64>,
    pub last_used_ms: Option<i64>,
}

impl Row {
    pub fn new(key: ApiKey) -> Self {
        let name = lowercase(&key.name);
        let name_end = name.len();
        let haystack = format!(
            "{name}\n{}\n{}",
            lowercase(&key.groups.join("\n")),
            lowercase(&key.created_by)
        );
        let created_ms = parse_rfc3339(&key.created_at);
        let last_used_ms = key.last_used_at.as_deref().and_then(parse_rfc3339);
        Self {
            key,
            haystack,
            name_end,
            created_ms,
            last_used_ms,
        }
    }
}

/// Every row's position in display order. The list keeps it while only the search or filters
/// change, so a keystroke filters an order instead of sorting again.
pub fn sorted(rows: &[Row], sort: SortKey, descending: bool) -> Vec<usize> {
    crate::order::positions(rows.len(), &|a, b| {
        let (a, b) = (&rows[a], &rows[b]);
        let primary = match sort {
            SortKey::Name => a.haystack[..a.name_end].cmp(&b.haystack[..b.name_end]),
            SortKey::Created => a.created_ms.cmp(&b.created_ms),
            // Never-used keys count as the oldest use: last when recent use comes first.
            SortKey::LastUsed => a.last_used_ms.cmp(&b.last_used_ms),
        };
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        primary
            .then_with(|| a.key.name.cmp(&b.key.name))
            .then_with(|| a.key.id.cmp(&b.key.id))
    })
}

/// Every row's search text, for [`filtered`]; built when the rows change.
pub fn haystacks(rows: &[Row]) -> Haystacks {
    Haystacks::new(rows.iter().map(|r| r.haystack.as_str()))
}

/// The positions in `order` (from [`sorted`]) whose rows pass `q`'s search and filters;
/// `hay` is [`haystacks`] of `rows`.
pub fn filtered(
    rows: &[Row],
    hay: &Haystacks,
    order: &[usize],
    q: &KeyQuery,
    now_ms: i64,
) -> Vec<usize> {
    let hits = hay.hits(&lowercase(q.search.trim()));
    order
        .iter()
        .copied()
        .filter(|&i| {
            let r = &rows[i];
            let status_ok = match q.status {
                StatusFilter::All => true,
                StatusFilter::Active => r.key.status == KeyStatus::Active,
                StatusFilter::Deactivated => r.key.status == KeyStatus::Revoked,
            };
            status_ok && q.usage.admits(usage(r.last_used_ms, now_ms, q.stale_days)) && hits[i]
        })
        .collect()
}

/// How many pages `total` rows fill (at least one).
pub fn page_count(total: usize) -> usize {
    crate::components::pager::page_count(total, PAGE_SIZE)
}

pub fn ordering_name(sort: SortKey, descending: bool) -> &'static str {
    match (sort, descending) {
        (SortKey::Name, false) => "Name, A to Z",
        (SortKey::Name, true) => "Name, Z to A",
        (SortKey::Created, true) => "Newest first",
        (SortKey::Created, false) => "Oldest first",
        (SortKey::LastUsed, true) => "Recently used first, never used last",
        (SortKey::LastUsed, false) => "Never used first, then least recently used",
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

crate::pages::url_query::searched_with_page!(KeyQuery);

#[cfg(test)]
mod tests;
