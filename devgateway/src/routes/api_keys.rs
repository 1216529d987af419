//! API keys (Settings → API Keys). Every route is AdminOnly.

use std::collections::HashMap;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use serde_json::Value;

use crate::auth::{key_groups, Auth, ADMIN_ONLY};
use crate::body::json_body;
use crate::clock::{now_us, Ts};
use crate::crypto::{mask_key, new_api_key, sha256_hex};
use crate::error::{conflict_on_unique, json, ok, ApiError, ApiResult};
use crate::state::SharedState;

pub const DUPLICATE_KEY: &str = "an api key with this name already exists";

const COLUMNS: &str = "id, name, masked_key, status, created_by, deactivated_by, created_at,
    deactivated_at, last_used_at";

struct KeyRow {
    id: String,
    name: String,
    masked_key: String,
    status: String,
    created_by: String,
    deactivated_by: Option<String>,
    created_at: i64,
    deactivated_at: Option<i64>,
    last_used_at: Option<i64>,
}

fn from_row(r: &Row) -> rusqlite::Result<KeyRow> {
    Ok(KeyRow {
        id: r.get(0)?,
        name: r.get(1)?,
        masked_key: r.get(2)?,
        status: r.get(3)?,
        created_by: r.get(4)?,
        deactivated_by: r.get(5)?,
        created_at: r.get(6)?,
        deactivated_at: r.get(7)?,
        last_used_at: r.get(8)?,
    })
}

/// `APIKeyResponse`; optional fields are left out when unset.
#[derive(Serialize)]
struct KeyView<'a> {
    id: &'a str,
    org_id: &'a str,
    name: &'a str,
    masked_key: &'a str,
    status: &'a str,
    /// `None` is `null`: the create response echoes omitted groups that way.
    groups: Option<&'a [String]>,
    created_by: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    deactivated_by: Option<&'a str>,
    created_at: Ts,
    #[serde(skip_serializing_if = "Option::is_none")]
    deactivated_at: Option<Ts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_used_at: Option<Ts>,
    /// The raw key, in the create response only.
    #[serde(skip_serializing_if = "Option::is_none")]
    key: Option<&'a str>,
}

/// `pending` is a use not yet written to the database.
fn view<'a>(
    org_id: &'a str,
    k: &'a KeyRow,
    groups: Option<&'a [String]>,
    pending: Option<i64>,
) -> KeyView<'a> {
    KeyView {
        id: &k.id,
        org_id,
        name: &k.name,
        masked_key: &k.masked_key,
        status: &k.status,
        groups,
        created_by: &k.created_by,
        deactivated_by: k.deactivated_by.as_deref(),
        created_at: Ts(k.created_at),
        deactivated_at: k.deactivated_at.map(Ts),
        last_used_at: pending.max(k.last_used_at).map(Ts),
        key: None,
    }
}

fn pending_use(st: &SharedState, id: &str) -> Option<i64> {
    st.last_used
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(id)
        .copied()
}

fn one(st: &SharedState, k: &KeyRow, groups: &[String]) -> ApiResult {
    ok(&view(&st.org_id, k, Some(groups), pending_use(st, &k.id)))
}

/// A UUID is looked up only as an id, anything else only as a name.
fn find(conn: &Connection, key: &str) -> rusqlite::Result<Option<KeyRow>> {
    let column = if uuid::Uuid::parse_str(key).is_ok() {
        "id"
    } else {
        "name"
    };
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM api_keys WHERE {column} = ?1"
    ))?
    .query_row([key], from_row)
    .optional()
}

fn not_found() -> ApiError {
    ApiError::not_found("resource not found")
}

/// Maps write failures like the gateway: duplicate names are 409, other DB errors 500.
fn write_error(e: rusqlite::Error) -> ApiError {
    match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_CHECK =>
        {
            ApiError::internal(
                "ERROR: value too long for type character varying(255) (SQLSTATE 22001)",
            )
        }
        _ => conflict_on_unique(DUPLICATE_KEY)(e),
    }
}

fn set_groups(conn: &Connection, id: &str, groups: &[String]) -> Result<(), ApiError> {
    conn.execute("DELETE FROM api_key_groups WHERE api_key_id = ?1", [id])?;
    let mut stmt = conn.prepare_cached(
        "INSERT OR IGNORE INTO api_key_groups (api_key_id, group_name) VALUES (?1, ?2)",
    )?;
    for g in groups {
        stmt.execute(params![id, g])?;
    }
    Ok(())
}

pub async fn list(State(st): State<SharedState>, _a: Auth<ADMIN_ONLY>) -> ApiResult {
    let (keys, groups) = st
        .db
        .read(|c| {
            let mut stmt = c.prepare(&format!("SELECT {COLUMNS} FROM api_keys ORDER BY rowid"))?;
            let keys = stmt
                .query_map([], from_row)?
                .collect::<Result<Vec<_>, _>>()?;
            let mut groups: HashMap<String, Vec<String>> = HashMap::new();
            let mut stmt =
                c.prepare("SELECT api_key_id, group_name FROM api_key_groups ORDER BY rowid")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                groups.entry(r.get(0)?).or_default().push(r.get(1)?);
            }
            Ok((keys, groups))
        })
        .await?;
    if keys.is_empty() {
        // No rows: the gateway's nil slice encodes as null.
        return ok(&Value::Null);
    }
    let empty = Vec::new();
    let pending = st
        .last_used
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let out: Vec<KeyView> = keys
        .iter()
        .map(|k| {
            let g = groups.get(&k.id).unwrap_or(&empty);
            view(&st.org_id, k, Some(g), pending.get(&k.id).copied())
        })
        .collect();
    ok(&out)
}

pub async fn get_one(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(key): Path<String>,
) -> ApiResult {
    let found = st
        .db
        .read(move |c| match find(c, &key)? {
            Some(k) => Ok(Some((key_groups(c, &k.id)?, k))),
            None => Ok(None),
        })
        .await?;
    let (groups, k) = found.ok_or_else(not_found)?;
    one(&st, &k, &groups)
}

pub async fn create(
    State(st): State<SharedState>,
    Auth(caller): Auth<ADMIN_ONLY>,
    body: Body,
) -> ApiResult {
    let b = json_body(body, "APIKeyCreateRequest").await?;
    let name = b.str("name")?.unwrap_or_default();
    let groups = b.str_list("groups")?;
    b.require(&[("Name", !name.is_empty())])?;
    let raw = new_api_key();
    let (hash, masked) = (sha256_hex(raw.as_bytes()), mask_key(&raw));
    let stored_groups = groups.clone().unwrap_or_default();
    let row = st
        .db
        .tx(move |tx| {
            let id = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO api_keys (id, name, key_hash, masked_key, status, created_by, created_at)
                 VALUES (?1, ?2, ?3, ?4, 'active', ?5, ?6)",
                params![id, name, hash, masked, caller.email, now_us()],
            )
            .map_err(write_error)?;
            set_groups(tx, &id, &stored_groups)?;
            find(tx, &id)?.ok_or_else(not_found)
        })
        .await?;
    // The create response echoes the request's groups (null when omitted).
    let mut v = view(&st.org_id, &row, groups.as_deref(), None);
    v.key = Some(&raw);
    Ok(json(StatusCode::CREATED, &v))
}

pub async fn update(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(key): Path<String>,
    body: Body,
) -> ApiResult {
    let b = json_body(body, "APIKeyUpdateRequest").await?;
    let name = b.str("name")?;
    let groups = b.str_list("groups")?;
    let (row, groups) = st
        .db
        .tx(move |tx| {
            let k = find(tx, &key)?.ok_or_else(not_found)?;
            if let Some(name) = &name {
                tx.execute(
                    "UPDATE api_keys SET name = ?1 WHERE id = ?2",
                    params![name, k.id],
                )
                .map_err(write_error)?;
            }
            if let Some(groups) = &groups {
                set_groups(tx, &k.id, groups)?;
            }
            let k = find(tx, &k.id)?.ok_or_else(not_found)?;
            Ok((key_groups(tx, &k.id)?, k))
        })
        .await
        .map(|(g, k)| (k, g))?;
    one(&st, &row, &groups)
}

pub async fn revoke(
    State(st): State<SharedState>,
    Auth(caller): Auth<ADMIN_ONLY>,
    Path(key): Path<String>,
) -> ApiResult {
    st.db
        .tx(move |tx| {
            let k = find(tx, &key)?.ok_or_else(not_found)?;
            // Only an active key can be revoked; revoking twice is "not found".
            let changed = tx.execute(
                "UPDATE api_keys SET status = 'revoked', deactivated_by = ?1, deactivated_at = ?2
                 WHERE id = ?3 AND status = 'active'",
                params![caller.email, now_us(), k.id],
            )?;
            if changed == 0 {
                return Err(not_found());
            }
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn reactivate(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(key): Path<String>,
) -> ApiResult {
    let (row, groups) = st
        .db
        .tx(move |tx| {
            let k = find(tx, &key)?.ok_or_else(not_found)?;
            if k.status == "active" {
                return Err(ApiError::unprocessable(
                    "cannot reactivate an active api key",
                ));
            }
            tx.execute(
                "UPDATE api_keys SET status = 'active', deactivated_by = NULL, deactivated_at = NULL
                 WHERE id = ?1",
                [&k.id],
            )?;
            let k = find(tx, &k.id)?.ok_or_else(not_found)?;
            Ok((key_groups(tx, &k.id)?, k))
        })
        .await
        .map(|(g, k)| (k, g))?;
    one(&st, &row, &groups)
}
