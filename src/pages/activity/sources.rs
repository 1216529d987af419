//! The audit-log queries behind each timeline (the matching rules are in `feed.rs`).

use super::feed::{segments, Keep, Source, CREATE_WINDOW_MS};
use crate::{
    api::audit::AuditQuery,
    format::{parse_rfc3339, rfc3339_utc},
};

const PAGE: u32 = 25;

fn query(resource_type: &str) -> AuditQuery {
    AuditQuery {
        resource_type: Some(resource_type.into()),
        page_size: PAGE,
        ..Default::default()
    }
}

/// Writes whose path addresses `name` in `collection` (`api-keys`), since `created_at`. The
/// gateway logs paths decoded, so the filter holds the name as it is.
fn under(resource_type: &str, collection: &str, name: &str, created_at: &str) -> Source {
    Source {
        keep: Keep::Under(vec!["api".into(), collection.into(), name.into()]),
        query: AuditQuery {
            http_path: Some(format!("/api/{collection}/{name}")),
            created_after: Some(created_at.to_string()).filter(|c| !c.is_empty()),
            ..query(resource_type)
        },
    }
}

fn create(
    resource_type: &str,
    collection: &str,
    name: &str,
    created_at: &str,
    by_time: bool,
) -> Option<Source> {
    let created_ms = parse_rfc3339(created_at)?;
    Some(Source {
        keep: Keep::Create {
            collection: segments(collection),
            name: name.to_string(),
            created_ms,
            by_time,
        },
        query: AuditQuery {
            http_method: Some("POST".into()),
            created_after: Some(rfc3339_utc(created_ms - 1000)),
            created_before: Some(rfc3339_utc(created_ms + CREATE_WINDOW_MS)),
            ..query(resource_type)
        },
    })
}

/// One API key's history: by id, by its current name, and its create.
pub fn key(id: &str, name: &str, created_at: &str) -> Vec<Source> {
    let mut out = vec![under("api_keys", "api-keys", id, created_at)];
    if name != id {
        out.push(under("api_keys", "api-keys", name, created_at));
    }
    out.extend(create("api_keys", "/api/api-keys", name, created_at, true));
    out
}

/// What was done with one API key as the caller.
pub fn by_key(id: &str) -> Vec<Source> {
    vec![Source {
        keep: Keep::Actor(id.to_string()),
        query: AuditQuery {
            actor_subject: Some(id.to_string()),
            page_size: PAGE,
            ..Default::default()
        },
    }]
}

/// One machine identity's history: by name (with its credential rotations), and its create.
pub fn identity(name: &str, created_at: &str) -> Vec<Source> {
    let mut out = vec![under(
        "machine_identities",
        "machineidentities",
        name,
        created_at,
    )];
    out.extend(create(
        "machine_identities",
        "/api/machineidentities",
        name,
        created_at,
        false,
    ));
    out
}
