//! `/__test/*`: run-time knobs for end-to-end tests. Routed only when enabled.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::StatusCode;
use rusqlite::params;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::json;

use super::api_keys::DUPLICATE_KEY;
use crate::body::read_limited;
use crate::clock::{now_us, parse_time};
use crate::config::FaultConfig;
use crate::crypto::{mask_key, random_bytes, sha256_hex};
use crate::db::Db;
use crate::error::{conflict_on_unique, json, ok, ApiError, ApiResult};
use crate::state::SharedState;

async fn parse<T: DeserializeOwned>(body: Body) -> Result<T, ApiError> {
    serde_json::from_slice(&read_limited(body).await?)
        .map_err(|e| ApiError::bad_request(e.to_string()))
}

pub async fn faults(State(st): State<SharedState>, body: Body) -> ApiResult {
    let cfg: FaultConfig = parse(body).await?;
    if !(0.0..=1.0).contains(&cfg.error_rate) {
        return Err(ApiError::bad_request("error_rate must be between 0 and 1"));
    }
    *st.faults.write().unwrap_or_else(|e| e.into_inner()) = cfg.clone();
    ok(&cfg)
}

#[derive(Deserialize)]
struct ServerInfoPatch {
    disable_clipboard_copy_cut: Option<bool>,
    disable_sessions_download: Option<bool>,
    feature_flags: Option<serde_json::Map<String, serde_json::Value>>,
}

pub async fn serverinfo(State(st): State<SharedState>, body: Body) -> ApiResult {
    let patch: ServerInfoPatch = parse(body).await?;
    let mut flags = st.serverinfo.write().unwrap_or_else(|e| e.into_inner());
    if let Some(v) = patch.disable_clipboard_copy_cut {
        flags.disable_clipboard_copy_cut = v;
    }
    if let Some(v) = patch.disable_sessions_download {
        flags.disable_sessions_download = v;
    }
    if patch.feature_flags.is_some() {
        flags.feature_flags = patch.feature_flags;
    }
    ok(&json!({
        "disable_clipboard_copy_cut": flags.disable_clipboard_copy_cut,
        "disable_sessions_download": flags.disable_sessions_download,
        "feature_flags": flags.feature_flags,
    }))
}

/// Expires every live session token while keeping it inside its absolute session, so the next
/// request with it is renewed.
pub async fn expire_sessions(State(st): State<SharedState>) -> ApiResult {
    let n = st
        .db
        .tx(|tx| {
            let now = now_us();
            Ok(tx.execute(
                "UPDATE sessions SET expires_at = ?1
                 WHERE ended_at IS NULL AND absolute_expires_at > ?2",
                params![now - 1, now],
            )?)
        })
        .await?;
    ok(&json!({ "expired": n }))
}

pub async fn end_sessions(State(st): State<SharedState>) -> ApiResult {
    let n = st
        .db
        .tx(|tx| {
            Ok(tx.execute(
                "UPDATE sessions SET ended_at = ?1 WHERE ended_at IS NULL",
                [now_us()],
            )?)
        })
        .await?;
    ok(&json!({ "ended": n }))
}

/// Ends every open or approved credential session, as the gateway does when a session's time
/// runs out: resuming one afterwards answers 410.
pub async fn end_credential_sessions(State(st): State<SharedState>) -> ApiResult {
    let n = st
        .db
        .tx(|tx| {
            Ok(tx.execute(
                "UPDATE audit_sessions SET status = 'done', ended_at = ?1 WHERE status != 'done'",
                [now_us()],
            )?)
        })
        .await?;
    ok(&json!({ "ended": n }))
}

#[derive(Deserialize)]
struct Bulk {
    count: usize,
    #[serde(default)]
    prefix: String,
}

pub async fn bulk_api_keys(State(st): State<SharedState>, body: Body) -> ApiResult {
    let req: Bulk = parse(body).await?;
    if !(1..=100_000).contains(&req.count) {
        return Err(ApiError::bad_request("count must be between 1 and 100000"));
    }
    let created = bulk_insert_api_keys(&st.db, req.count, req.prefix).await?;
    Ok(json(StatusCode::CREATED, &json!({ "created": created })))
}

/// Inserts `count` active keys named `<prefix><n>` in one transaction. Their raw values are
/// random and discarded.
async fn bulk_insert_api_keys(
    db: &Arc<Db>,
    count: usize,
    prefix: String,
) -> Result<usize, ApiError> {
    db.tx(move |tx| {
        let now = now_us();
        let mut key = tx.prepare_cached(
            "INSERT INTO api_keys (id, name, key_hash, masked_key, status, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, 'active', 'bulk', ?5)",
        )?;
        let mut group = tx.prepare_cached(
            "INSERT INTO api_key_groups (api_key_id, group_name) VALUES (?1, ?2)",
        )?;
        for i in 0..count {
            let id = uuid::Uuid::new_v4().to_string();
            let raw = format!("hpk_{}", crate::crypto::b64url(&random_bytes::<32>()));
            key.execute(params![
                id,
                format!("{prefix}{i:05}"),
                sha256_hex(raw.as_bytes()),
                mask_key(&raw),
                now + i as i64
            ])
            .map_err(conflict_on_unique(DUPLICATE_KEY))?;
            let groups: &[&str] = if i % 2 == 0 {
                &["engineering"]
            } else {
                &["engineering", "sre"]
            };
            for g in groups {
                group.execute(params![id, g])?;
            }
        }
        Ok(count)
    })
    .await
}

pub async fn bulk_machine_identities(State(st): State<SharedState>, body: Body) -> ApiResult {
    let req: Bulk = parse(body).await?;
    if !(1..=100_000).contains(&req.count) {
        return Err(ApiError::bad_request("count must be between 1 and 100000"));
    }
    let (org_id, prefix, count) = (st.org_id.clone(), req.prefix, req.count);
    let created = st
        .db
        .tx(move |tx| {
            let now = now_us();
            for i in 0..count {
                let name = format!("{prefix}{i:05}");
                let row = crate::mi::Mi {
                    id: crate::mi::mi_id(&org_id, &name),
                    description: format!("Bulk identity {i}"),
                    connection_names: vec!["pg-demo".into()],
                    attributes: vec![if i % 2 == 0 { "env:prod" } else { "env:dev" }.into()],
                    created_at: now + i as i64,
                    updated_at: now + i as i64,
                    name,
                };
                crate::mi::insert(tx, &row).map_err(conflict_on_unique(
                    "machine identity with this name already exists",
                ))?;
                crate::mi::set_attributes(tx, &row.id, &row.attributes)?;
            }
            Ok(count)
        })
        .await?;
    Ok(json(StatusCode::CREATED, &json!({ "created": created })))
}

/// Backdates a key: `last_used_at` (`null` = never used) and `created_at`, as RFC 3339. Each
/// field is optional; an absent one is left alone.
#[derive(Deserialize)]
struct KeyTimes {
    #[serde(default, deserialize_with = "present")]
    last_used_at: Option<Option<String>>,
    created_at: Option<String>,
}

/// Tells a JSON `null` (Some(None)) from an absent field (None).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

pub async fn api_key_times(
    State(st): State<SharedState>,
    axum::extract::Path(name): axum::extract::Path<String>,
    body: Body,
) -> ApiResult {
    let req: KeyTimes = parse(body).await?;
    let time = |s: &str| {
        parse_time(s).ok_or_else(|| ApiError::bad_request(format!("not an RFC 3339 time: {s}")))
    };
    let used = match &req.last_used_at {
        Some(Some(s)) => Some(Some(time(s)?)),
        Some(None) => Some(None),
        None => None,
    };
    let created = req.created_at.as_deref().map(time).transpose()?;
    // A use recorded in memory but not yet written would overwrite the backdated value.
    st.flush_last_used().await;
    let changed = st
        .db
        .tx(move |tx| {
            let mut n = tx.execute(
                "UPDATE api_keys SET created_at = COALESCE(?2, created_at) WHERE name = ?1",
                params![name, created],
            )?;
            if let Some(used) = used {
                n = tx.execute(
                    "UPDATE api_keys SET last_used_at = ?2 WHERE name = ?1",
                    params![name, used],
                )?;
            }
            Ok(n)
        })
        .await?;
    if changed == 0 {
        return Err(ApiError::not_found("resource not found"));
    }
    ok(&json!({ "updated": changed }))
}
