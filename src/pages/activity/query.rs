//! The Activity page's filters and page, kept in the URL, and the gateway query they make.

use crate::{
    api::audit::AuditQuery,
    format::{local_day_start_ms, rfc3339_utc},
    pages::url_query::UrlQuery,
};

pub const PAGE_SIZE: u32 = 50;

/// Resource types the page offers (the gateway's `resource_type` values).
pub const RESOURCES: &[(&str, &str)] = &[
    ("api_keys", "API keys"),
    ("machine_identities", "Machine identities"),
    ("feature_flags", "Feature flags"),
];
pub const ACTIONS: &[(&str, &str)] = &[
    ("create", "Create (also reactivate, rotate)"),
    ("update", "Update"),
    ("delete", "Delete (also deactivate)"),
];

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActivityQuery {
    /// `""` for every type.
    pub resource: String,
    pub action: String,
    /// Part of the actor's email (a key's name for keys).
    pub actor: String,
    pub outcome: Option<bool>,
    /// `YYYY-MM-DD`, local days, both inclusive.
    pub from: String,
    pub to: String,
    /// 1-based.
    pub page: u32,
}

fn known(value: Option<String>, allowed: &[(&str, &str)]) -> String {
    value
        .filter(|v| allowed.iter().any(|(k, _)| k == v))
        .unwrap_or_default()
}

fn date(value: Option<String>) -> String {
    value
        .filter(|v| local_day_start_ms(v, 0).is_some())
        .unwrap_or_default()
}

impl UrlQuery for ActivityQuery {
    fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            resource: known(get("resource"), RESOURCES),
            action: known(get("action"), ACTIONS),
            actor: get("actor").unwrap_or_default(),
            outcome: match get("outcome").as_deref() {
                Some("succeeded") => Some(true),
                Some("failed") => Some(false),
                _ => None,
            },
            from: date(get("from")),
            to: date(get("to")),
            page: get("page")
                .and_then(|p| p.parse().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        }
    }

    fn to_query(&self) -> String {
        let mut parts = Vec::new();
        for (name, value) in [
            ("resource", &self.resource),
            ("action", &self.action),
            ("actor", &self.actor),
            ("from", &self.from),
            ("to", &self.to),
        ] {
            if !value.is_empty() {
                parts.push(format!("{name}={}", crate::api::segment(value)));
            }
        }
        if let Some(o) = self.outcome {
            parts.push(format!(
                "outcome={}",
                if o { "succeeded" } else { "failed" }
            ));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }
}

impl ActivityQuery {
    pub fn is_filtered(&self) -> bool {
        Self {
            page: self.page,
            ..Default::default()
        } != *self
    }

    /// The gateway query: local days become the instants that bound them.
    pub fn to_audit(&self) -> AuditQuery {
        let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        AuditQuery {
            resource_type: some(&self.resource),
            action: some(&self.action),
            actor_email: some(&self.actor),
            outcome: self.outcome,
            created_after: local_day_start_ms(&self.from, 0).map(rfc3339_utc),
            created_before: local_day_start_ms(&self.to, 1).map(|ms| rfc3339_utc(ms - 1)),
            page: self.page.max(1),
            page_size: PAGE_SIZE,
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(qs: &str) -> ActivityQuery {
        ActivityQuery::from_params(|k| {
            qs.split('&')
                .filter_map(|p| p.split_once('='))
                .find(|(n, _)| *n == k)
                .map(|(_, v)| crate::routes::decode_segment(v).unwrap_or_default())
        })
    }

    #[test]
    fn the_url_round_trips_and_drops_what_is_unknown() {
        let q = ActivityQuery {
            resource: "api_keys".into(),
            action: "delete".into(),
            actor: "ci bot".into(),
            outcome: Some(false),
            from: "2026-11-01".into(),
            to: "2026-11-30".into(),
            page: 3,
        };
        let qs = q.to_query();
        assert_eq!(
            qs,
            "resource=api_keys&action=delete&actor=ci%20bot&from=2026-11-01&to=2026-11-30&outcome=failed&page=3"
        );
        assert_eq!(parse(&qs), q);
        assert_eq!(
            parse("resource=users&action=drop&from=yesterday&page=0&outcome=x"),
            ActivityQuery {
                page: 1,
                ..Default::default()
            }
        );
        assert_eq!(
            ActivityQuery {
                page: 1,
                ..Default::default()
            }
            .to_query(),
            ""
        );
    }

    #[test]
    fn days_are_inclusive_bounds() {
        let q = ActivityQuery {
            from: "2026-11-01".into(),
            to: "2026-11-01".into(),
            outcome: Some(true),
            page: 2,
            ..Default::default()
        }
        .to_audit();
        assert_eq!(q.created_after.as_deref(), Some("2026-11-01T00:00:00.000Z"));
        assert_eq!(
            q.created_before.as_deref(),
            Some("2026-11-01T23:59:59.999Z")
        );
        assert_eq!((q.page, q.page_size, q.outcome), (2, PAGE_SIZE, Some(true)));
        assert_eq!(q.resource_type, None);
    }
}
