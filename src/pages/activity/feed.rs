//! One timeline merged from several paged audit-log queries.
//!
//! **How entries are matched to a key or an identity.** The gateway records no resource id
//! (gateway-api.md §11.3), so the timeline of one resource is the union of:
//! - the writes whose path addresses it: `/api/api-keys/<id>` (the console addresses keys by
//!   id), `/api/api-keys/<name>` (other clients use names) and what lies below them
//!   (`/reactivate`); `/api/machineidentities/<name>` and its `…/credentials/<c>/rotate`;
//! - its create: a successful `POST` on the collection. For an identity it is the one whose
//!   payload `name` is the identity's name. For a key the name may have changed since, so the
//!   create with the key's current name wins, else the create nearest after the key's
//!   `created_at` (the entry is written just after the row).
//!
//! Every query starts at the resource's `created_at`, so a deleted namesake's history never
//! shows. The gateway's path filter is a case-insensitive substring match with `%` and `_` as
//! wildcards, so each entry is checked again here, segment by segment. Known gap: writes that
//! addressed a key by a name it no longer has are not found.
//!
//! **Paging.** Each source is paged by the gateway, newest first. An entry is shown only once
//! every source that still has older pages has loaded past its time, so "Show older" never
//! slips an entry in above the ones already shown.

use crate::{
    api::audit::{AuditEntry, AuditPage, AuditQuery},
    format::parse_rfc3339,
};

/// How long after a resource's `created_at` its create entry may be written.
pub const CREATE_WINDOW_MS: i64 = 10_000;

/// Which entries of a query's pages belong to the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep {
    /// Writes on this path or below it (decoded segments, e.g. `["api", "api-keys", id]`).
    Under(Vec<String>),
    /// The successful create on `collection` for a resource named `name`, created at
    /// `created_ms`; `by_time` accepts the nearest one when no name matches (keys can be renamed).
    Create {
        collection: Vec<String>,
        name: String,
        created_ms: i64,
        by_time: bool,
    },
    /// Writes made by this actor subject.
    Actor(String),
    /// Everything the query returns.
    All,
}

/// A query and the rule that keeps its entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub query: AuditQuery,
    pub keep: Keep,
}

#[derive(Debug, Clone, PartialEq)]
struct Loaded {
    source: Source,
    entries: Vec<AuditEntry>,
    pages: u32,
    done: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Feed {
    sources: Vec<Loaded>,
}

/// The path's segments, each percent-decoded.
pub fn segments(path: &str) -> Vec<String> {
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(|s| crate::routes::decode_segment(s).unwrap_or_else(|| s.to_string()))
        .collect()
}

fn time(e: &AuditEntry) -> i64 {
    parse_rfc3339(&e.created_at).unwrap_or(i64::MIN)
}

/// In microseconds, for the order: the gateway stamps entries to the microsecond, and writes
/// made in quick succession share a millisecond, which let entries merged from two sources swap.
fn time_us(e: &AuditEntry) -> i64 {
    let Some(ms) = parse_rfc3339(&e.created_at) else {
        return i64::MIN;
    };
    let micros = e.created_at.split_once('.').map_or(0, |(_, frac)| {
        let digits: String = frac
            .chars()
            .take_while(char::is_ascii_digit)
            .skip(3)
            .take(3)
            .collect();
        format!("{digits:0<3}").parse::<i64>().unwrap_or(0)
    });
    ms.saturating_mul(1000).saturating_add(micros)
}

impl Feed {
    pub fn new(sources: Vec<Source>) -> Self {
        let sources = sources
            .into_iter()
            .map(|source| Loaded {
                source,
                entries: Vec::new(),
                pages: 0,
                done: false,
            })
            .collect();
        Self { sources }
    }

    /// The query to run next, and which source it is for: first every source's first page,
    /// then the next page of the source that holds the oldest shown entries back.
    pub fn next(&self) -> Option<(usize, AuditQuery)> {
        let open = self.sources.iter().enumerate().filter(|(_, s)| !s.done);
        let (i, s) = open.max_by_key(|(_, s)| match s.entries.last() {
            None if s.pages == 0 => i64::MAX,
            None => i64::MIN,
            Some(e) => time(e),
        })?;
        let mut query = s.source.query.clone();
        query.page = s.pages + 1;
        Some((i, query))
    }

    /// Records a page of source `i`.
    pub fn add(&mut self, i: usize, page: AuditPage) {
        let Some(s) = self.sources.get_mut(i) else {
            return;
        };
        s.pages += 1;
        let size = page.pages.size.max(1) as usize;
        s.done = page.data.len() < size
            || (s.entries.len() + page.data.len()) as u64 >= page.pages.total;
        s.entries.extend(page.data);
    }

    /// Whether older entries may exist.
    pub fn has_older(&self) -> bool {
        self.sources.iter().any(|s| !s.done)
    }

    /// The timeline so far: matching entries newest first, each once.
    pub fn entries(&self) -> Vec<AuditEntry> {
        let frontier = self
            .sources
            .iter()
            .filter(|s| !s.done)
            .map(|s| s.entries.last().map_or(i64::MAX, time))
            .max()
            .unwrap_or(i64::MIN);
        let mut out: Vec<AuditEntry> = Vec::new();
        for s in &self.sources {
            for e in kept(&s.source.keep, &s.entries) {
                if time(e) >= frontier && !out.iter().any(|o| o.id == e.id) {
                    out.push(e.clone());
                }
            }
        }
        // Stable on equal times, so ties keep the gateway's order.
        crate::order::sort_by_key(&mut out, |e| std::cmp::Reverse(time_us(e)));
        out
    }
}

fn kept<'a>(keep: &Keep, entries: &'a [AuditEntry]) -> Vec<&'a AuditEntry> {
    match keep {
        Keep::All => entries.iter().collect(),
        Keep::Actor(subject) => entries
            .iter()
            .filter(|e| &e.actor_subject == subject)
            .collect(),
        Keep::Under(base) => entries
            .iter()
            .filter(|e| segments(&e.http_path).starts_with(base))
            .collect(),
        Keep::Create {
            collection,
            name,
            created_ms,
            by_time,
        } => {
            let creates: Vec<&AuditEntry> = entries
                .iter()
                .filter(|e| {
                    e.outcome
                        && e.http_method == "POST"
                        && &segments(&e.http_path) == collection
                        && (created_ms - 1000..=created_ms + CREATE_WINDOW_MS).contains(&time(e))
                })
                .collect();
            let named = creates
                .iter()
                .filter(|e| e.payload_str("name") == Some(name.as_str()))
                .min_by_key(|e| (time(e) - created_ms).abs());
            let nearest = || {
                // The create's entry is written once the row exists, so not before it; among
                // equals in the millisecond, the later (another create just before can share it).
                creates.iter().filter(|_| *by_time).min_by_key(|e| {
                    let t = time(e);
                    (
                        t < *created_ms,
                        (t - created_ms).abs(),
                        std::cmp::Reverse(time_us(e)),
                    )
                })
            };
            named.or_else(nearest).into_iter().copied().collect()
        }
    }
}

#[cfg(test)]
#[path = "feed/tests.rs"]
pub(super) mod tests_support;
