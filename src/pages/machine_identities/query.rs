//! The machine identity list's search, filters and sort, kept in the URL query, and the pure
//! function that applies them. Ties break on the name and id, so the order never depends on
//! the order the gateway sent.

use crate::{
    api::machine_identities::MachineIdentity,
    format::parse_rfc3339,
    text::{lowercase, Haystacks},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Name,
    Updated,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MiQuery {
    pub search: String,
    /// Only identities with this connection ("" for any).
    pub connection: String,
    /// Only identities with this attribute ("" for any).
    pub attribute: String,
    pub sort: SortKey,
    pub descending: bool,
    /// The 1-based page shown.
    pub page: usize,
}

/// Identities per page: one page renders in a frame, whatever the fleet's size.
pub const PAGE_SIZE: usize = 50;

impl Default for MiQuery {
    fn default() -> Self {
        Self {
            search: String::new(),
            connection: String::new(),
            attribute: String::new(),
            sort: SortKey::Name,
            descending: false,
            page: 1,
        }
    }
}

impl MiQuery {
    /// Reads `q`, `connection`, `attribute`, `sort`, `dir` and `page`; unknown values mean the
    /// default.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        let sort = match get("sort").as_deref() {
            Some("updated") => SortKey::Updated,
            _ => SortKey::Name,
        };
        Self {
            search: get("q").unwrap_or_default(),
            connection: get("connection").unwrap_or_default(),
            attribute: get("attribute").unwrap_or_default(),
            descending: match get("dir").as_deref() {
                Some("asc") => false,
                Some("desc") => true,
                // Names read A to Z; "updated" means the most recent first.
                _ => sort == SortKey::Updated,
            },
            sort,
            page: get("page")
                .and_then(|p| p.parse().ok())
                .filter(|&p| p >= 1)
                .unwrap_or(1),
        }
    }

    /// The query string (without `?`), leaving out defaults so plain URLs stay plain.
    pub fn to_query(&self) -> String {
        let enc = crate::api::segment;
        let mut parts = Vec::new();
        if !self.search.is_empty() {
            parts.push(format!("q={}", enc(&self.search)));
        }
        if !self.connection.is_empty() {
            parts.push(format!("connection={}", enc(&self.connection)));
        }
        if !self.attribute.is_empty() {
            parts.push(format!("attribute={}", enc(&self.attribute)));
        }
        let natural_desc = self.sort == SortKey::Updated;
        if self.sort != SortKey::Name || self.descending != natural_desc {
            let s = match self.sort {
                SortKey::Name => "name",
                SortKey::Updated => "updated",
            };
            let d = if self.descending { "desc" } else { "asc" };
            parts.push(format!("sort={s}&dir={d}"));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }

    pub fn is_filtered(&self) -> bool {
        !self.search.trim().is_empty() || !self.connection.is_empty() || !self.attribute.is_empty()
    }
}

/// An identity with what searching and sorting need, computed once per load.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub mi: MachineIdentity,
    /// The lowercased name, then description: what a search looks in.
    haystack: String,
    /// Where the name ends in `haystack`, so sorting by name compares without allocating.
    name_end: usize,
    pub updated_ms: Option<i64>,
}

impl Row {
    pub fn new(mi: MachineIdentity) -> Self {
        let name = lowercase(&mi.name);
        let name_end = name.len();
        let haystack = format!("{name}\n{}", lowercase(&mi.description));
        let updated_ms = parse_rfc3339(&mi.updated_at).or_else(|| parse_rfc3339(&mi.created_at));
        Self {
            mi,
            haystack,
            name_end,
            updated_ms,
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
            SortKey::Updated => a.updated_ms.cmp(&b.updated_ms),
        };
        let primary = if descending {
            primary.reverse()
        } else {
            primary
        };
        primary
            .then_with(|| a.mi.name.cmp(&b.mi.name))
            .then_with(|| a.mi.id.cmp(&b.mi.id))
    })
}

/// Every row's search text, for [`filtered`]; built when the rows change.
pub fn haystacks(rows: &[Row]) -> Haystacks {
    Haystacks::new(rows.iter().map(|r| r.haystack.as_str()))
}

/// The positions in `order` (from [`sorted`]) whose rows pass `q`'s search and filters;
/// `hay` is [`haystacks`] of `rows`.
pub fn filtered(rows: &[Row], hay: &Haystacks, order: &[usize], q: &MiQuery) -> Vec<usize> {
    let hits = hay.hits(&lowercase(q.search.trim()));
    let has = |list: &[String], want: &str| want.is_empty() || list.iter().any(|x| x == want);
    order
        .iter()
        .copied()
        .filter(|&i| {
            let r = &rows[i];
            hits[i]
                && has(&r.mi.connection_names, &q.connection)
                && has(&r.mi.attributes, &q.attribute)
        })
        .collect()
}

/// Every connection and attribute used by some identity, sorted, for the filter choices.
pub fn facets(rows: &[Row]) -> (Vec<String>, Vec<String>) {
    let collect = |pick: fn(&MachineIdentity) -> &Vec<String>| {
        let mut all: Vec<String> = rows.iter().flat_map(|r| pick(&r.mi).clone()).collect();
        crate::order::sort(&mut all);
        all.dedup();
        all
    };
    (collect(|m| &m.connection_names), collect(|m| &m.attributes))
}

pub const SORTS: [(SortKey, bool, &str); 4] = [
    (SortKey::Name, false, "Name, A to Z"),
    (SortKey::Name, true, "Name, Z to A"),
    (SortKey::Updated, true, "Recently updated first"),
    (SortKey::Updated, false, "Least recently updated first"),
];

impl crate::pages::url_query::UrlQuery for MiQuery {
    fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        MiQuery::from_params(get)
    }

    fn to_query(&self) -> String {
        MiQuery::to_query(self)
    }
}

crate::pages::url_query::searched_with_page!(MiQuery);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    /// The list's two steps in one: positions of the rows that match, in display order.
    fn apply(rows: &[Row], q: &MiQuery) -> Vec<usize> {
        filtered(
            rows,
            &haystacks(rows),
            &sorted(rows, q.sort, q.descending),
            q,
        )
    }

    fn mi(name: &str, desc: &str, conns: &[&str], attrs: &[&str], updated: &str) -> Row {
        Row::new(
            decode(&format!(
                r#"{{"id":"id-{name}","name":"{name}","description":"{desc}","connection_names":{conns:?},
                "attributes":{attrs:?},"created_at":"2025-01-01T00:00:00Z","updated_at":"{updated}"}}"#
            ))
            .unwrap(),
        )
    }

    fn rows() -> Vec<Row> {
        vec![
            mi(
                "deploy-bot",
                "Ships releases",
                &["ssh-bastion"],
                &["env:prod"],
                "2025-03-01T00:00:00Z",
            ),
            mi(
                "Billing",
                "Nightly invoices",
                &["pg-demo"],
                &[],
                "2025-01-05T00:00:00Z",
            ),
            mi(
                "etl",
                "",
                &["pg-demo", "ssh-bastion"],
                &["env:prod", "team:data"],
                "2025-02-01T00:00:00Z",
            ),
        ]
    }

    fn names(rows: &[Row], v: Vec<usize>) -> Vec<&str> {
        v.into_iter().map(|i| rows[i].mi.name.as_str()).collect()
    }

    #[test]
    fn default_is_by_name_and_the_order_is_stable() {
        let r = rows();
        assert_eq!(
            names(&r, apply(&r, &MiQuery::default())),
            ["Billing", "deploy-bot", "etl"]
        );
        let mut rev = r.clone();
        rev.reverse();
        assert_eq!(
            names(&rev, apply(&rev, &MiQuery::default())),
            ["Billing", "deploy-bot", "etl"]
        );
    }

    #[test]
    fn searches_filters_and_sorts() {
        let r = rows();
        let q = |f: fn(&mut MiQuery)| {
            let mut q = MiQuery::default();
            f(&mut q);
            q
        };
        assert_eq!(
            names(&r, apply(&r, &q(|q| q.search = "INVOICE".into()))),
            ["Billing"],
            "descriptions are searched"
        );
        assert_eq!(
            names(&r, apply(&r, &q(|q| q.connection = "ssh-bastion".into()))),
            ["deploy-bot", "etl"]
        );
        assert_eq!(
            names(&r, apply(&r, &q(|q| q.attribute = "team:data".into()))),
            ["etl"]
        );
        let by_updated = MiQuery::from_params(|k| (k == "sort").then(|| "updated".to_string()));
        assert!(
            by_updated.descending,
            "updated defaults to the most recent first"
        );
        assert_eq!(
            names(&r, apply(&r, &by_updated)),
            ["deploy-bot", "etl", "Billing"]
        );
        assert!(apply(&r, &q(|q| q.search = "nothing".into())).is_empty());
    }

    #[test]
    fn url_round_trip_leaves_defaults_out() {
        assert_eq!(MiQuery::default().to_query(), "");
        let q = MiQuery {
            search: "etl job".into(),
            connection: "pg-demo".into(),
            attribute: "env:prod".into(),
            sort: SortKey::Updated,
            descending: false,
            page: 3,
        };
        let s = q.to_query();
        assert_eq!(
            s,
            "q=etl%20job&connection=pg-demo&attribute=env%3Aprod&sort=updated&dir=asc&page=3"
        );
        let params: Vec<(String, String)> = s
            .split('&')
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap();
                (k.to_string(), v.replace("%20", " ").replace("%3A", ":"))
            })
            .collect();
        let back =
            MiQuery::from_params(|k| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()));
        assert_eq!(back, q);
        assert!(back.is_filtered());
    }

    #[test]
    fn pages_below_one_or_unreadable_mean_the_first() {
        for bad in ["0", "-2", "x", ""] {
            let q = MiQuery::from_params(|k| (k == "page").then(|| bad.to_string()));
            assert_eq!(q.page, 1, "{bad:?}");
        }
        assert_eq!(MiQuery::from_params(|_| None), MiQuery::default());
    }

    #[test]
    fn facets_list_what_identities_use() {
        let (conns, attrs) = facets(&rows());
        assert_eq!(conns, ["pg-demo", "ssh-bastion"]);
        assert_eq!(attrs, ["env:prod", "team:data"]);
    }
}
