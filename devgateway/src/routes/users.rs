//! Users (list, get, create, delete) and groups (list, create, delete).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

use crate::auth::{role_of, user_groups, Auth, ADMIN_GROUP, ADMIN_ONLY, READ_ONLY};
use crate::body::json_body;
use crate::clock::now_us;
use crate::crypto::hash_password_off_thread;
use crate::error::{conflict_on_unique, json, ok, ApiError, ApiResult};
use crate::state::SharedState;

fn user_json(conn: &Connection, id: &str) -> Result<Option<Value>, ApiError> {
    let row = conn
        .query_row(
            "SELECT id, name, email, status, slack_id, picture FROM users WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                ))
            },
        )
        .optional()?;
    let Some((id, name, email, status, slack_id, picture)) = row else {
        return Ok(None);
    };
    let groups = user_groups(conn, &id)?;
    let role = role_of(&groups);
    Ok(Some(json!({
        "id": id, "name": name, "email": email, "status": status, "verified": true,
        "role": role, "slack_id": slack_id, "picture": picture, "groups": groups,
    })))
}

/// Finds a user id by id or email.
fn resolve_user(conn: &Connection, id_or_email: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT id FROM users WHERE id = ?1 OR email = ?1",
        [id_or_email],
        |r| r.get(0),
    )
    .optional()
}

pub async fn list(State(st): State<SharedState>, _a: Auth<ADMIN_ONLY>) -> ApiResult {
    let users = st
        .db
        .read(|c| {
            let mut stmt = c.prepare("SELECT id FROM users ORDER BY created_at, email")?;
            let ids: Vec<String> = stmt
                .query_map([], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            ids.iter()
                .filter_map(|id| user_json(c, id).transpose())
                .collect::<Result<Vec<_>, _>>()
        })
        .await?;
    ok(&users)
}

pub async fn get_one(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(id): Path<String>,
) -> ApiResult {
    let user = st
        .db
        .read(move |c| match resolve_user(c, &id)? {
            Some(id) => user_json(c, &id),
            None => Ok(None),
        })
        .await?;
    ok(&user.ok_or_else(|| ApiError::not_found("user not found"))?)
}

pub async fn create(State(st): State<SharedState>, _a: Auth<ADMIN_ONLY>, body: Body) -> ApiResult {
    let b = json_body(body, "User").await?;
    let email = b.str("email")?.unwrap_or_default();
    let name = b.str("name")?.unwrap_or_default();
    let status = b.str("status")?.unwrap_or_else(|| "active".into());
    let groups = b.str_list("groups")?.unwrap_or_default();
    let slack_id = b.str("slack_id")?.unwrap_or_default();
    let picture = b.str("picture")?.unwrap_or_default();
    let password = b.str("password")?;
    b.require(&[("Email", !email.is_empty())])?;
    if !matches!(status.as_str(), "active" | "inactive" | "invited") {
        return Err(ApiError::bad_request(format!(
            "invalid user status {status}"
        )));
    }
    let hash = match password.filter(|p| !p.is_empty()) {
        Some(p) => Some(hash_password_off_thread(p).await?),
        None => None,
    };
    let user = st
        .db
        .tx(move |tx| {
            let id = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO users (id, email, name, status, password_hash, slack_id, picture, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![id, email, name, status, hash, slack_id, picture, now_us()],
            )
            .map_err(conflict_on_unique("user already exists"))?;
            for g in &groups {
                tx.execute(
                    "INSERT OR IGNORE INTO user_groups (user_id, group_name) VALUES (?1, ?2)",
                    params![id, g],
                )?;
            }
            user_json(tx, &id)
        })
        .await?;
    Ok(json(StatusCode::CREATED, &user))
}

pub async fn delete(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(id): Path<String>,
) -> ApiResult {
    st.db
        .tx(move |tx| {
            let id = resolve_user(tx, &id)?.ok_or_else(|| ApiError::not_found("user not found"))?;
            tx.execute("DELETE FROM users WHERE id = ?1", [id])?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

const ALL_GROUPS: &str = "SELECT group_name FROM user_groups
    UNION SELECT group_name FROM api_key_groups
    UNION SELECT name FROM standalone_groups";

pub async fn list_groups(State(st): State<SharedState>, _a: Auth<READ_ONLY>) -> ApiResult {
    let groups: Vec<String> = st
        .db
        .read(|c| {
            let mut stmt = c.prepare(&format!("{ALL_GROUPS} ORDER BY 1"))?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
        .await?;
    // The gateway builds this list from a map: `null` when there is nothing.
    if groups.is_empty() {
        ok(&Value::Null)
    } else {
        ok(&groups)
    }
}

pub async fn create_group(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    body: Body,
) -> ApiResult {
    let b = json_body(body, "UserGroup").await?;
    let name = b.str("name")?.unwrap_or_default();
    b.require(&[("Name", !name.is_empty())])?;
    let created = name.clone();
    st.db
        .tx(move |tx| {
            let exists: bool = tx.query_row(
                &format!("SELECT EXISTS(SELECT 1 FROM ({ALL_GROUPS}) WHERE group_name = ?1)"),
                [&name],
                |r| r.get(0),
            )?;
            if exists {
                return Err(ApiError::conflict(format!("group {name} already exists")));
            }
            tx.execute("INSERT INTO standalone_groups (name) VALUES (?1)", [&name])?;
            Ok(())
        })
        .await?;
    Ok(json(StatusCode::CREATED, &json!({ "name": created })))
}

pub async fn delete_group(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(name): Path<String>,
) -> ApiResult {
    if name == ADMIN_GROUP {
        return Err(ApiError::unprocessable(format!(
            "cannot delete admin group {name}"
        )));
    }
    st.db
        .tx(move |tx| {
            let mut removed = 0;
            for sql in [
                "DELETE FROM user_groups WHERE group_name = ?1",
                "DELETE FROM api_key_groups WHERE group_name = ?1",
                "DELETE FROM standalone_groups WHERE name = ?1",
            ] {
                removed += tx.execute(sql, [&name])?;
            }
            if removed == 0 {
                return Err(ApiError::not_found(format!("group {name} not found")));
            }
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
