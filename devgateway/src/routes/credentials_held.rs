//! Issued connection credentials: fetch again, list, close and revoke. No role marker.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use rusqlite::{params, Connection};
use serde_json::json;

use crate::auth::{Auth, Caller, NO_MARKER};
use crate::clock::now_us;
use crate::creds::{self, Cred};
use crate::error::{ok, ApiError, ApiResult};
use crate::kinds::{self, load_misc};
use crate::state::SharedState;

use super::credentials::visible;

pub async fn get_current(
    State(st): State<SharedState>,
    Auth(caller): Auth<NO_MARKER>,
    Path(name): Path<String>,
) -> ApiResult {
    let api_url = st.api_url.clone();
    let body = st
        .db
        .read(move |conn| {
            let c = visible(conn, &caller, &name)?;
            let cred = creds::newest(conn, &caller.subject, &c.id)?.ok_or_else(|| {
                ApiError::not_found("no active credentials found for this connection; open a native connection first")
            })?;
            if cred.expired(now_us()) {
                return Err(ApiError::not_found("credentials have expired; open a new native connection"));
            }
            if kinds::kind(&c).is_none() {
                return Err(ApiError::bad_request("connection type not supported for credential retrieval"));
            }
            Ok(creds::response(&c, &cred, load_misc(conn)?.as_ref(), &api_url))
        })
        .await?;
    ok(&body)
}

pub async fn list(State(st): State<SharedState>, Auth(caller): Auth<NO_MARKER>) -> ApiResult {
    let items = st
        .db
        .read(move |c| Ok(creds::list_active(c, &caller.subject)?))
        .await?;
    ok(&json!({ "items": items }))
}

/// Shared checks of close and revoke; returns the credential.
fn owned_credential(
    conn: &Connection,
    caller: &Caller,
    name: &str,
    id: &str,
) -> Result<Cred, ApiError> {
    let c = visible(conn, caller, name)?;
    let cred = creds::by_id(conn, id)?
        .ok_or_else(|| ApiError::not_found(format!("credential {id} not found")))?;
    if cred.connection_id != c.id {
        return Err(ApiError::not_found(format!(
            "credential {id} does not belong to connection {name}"
        )));
    }
    if cred.owner != caller.subject && !caller.is_admin() {
        return Err(ApiError::forbidden(
            "only the credential owner or admin can perform this action",
        ));
    }
    Ok(cred)
}

pub async fn close(
    State(st): State<SharedState>,
    Auth(caller): Auth<NO_MARKER>,
    Path((name, id)): Path<(String, String)>,
) -> ApiResult {
    st.db
        .tx(move |tx| {
            let cred = owned_credential(tx, &caller, &name, &id)?;
            creds::set_session_status(tx, &cred.session_id, "done")?;
            // The token stays valid; it is only detached from the ended session.
            tx.execute(
                "UPDATE credentials SET session_id = '' WHERE id = ?1",
                [&cred.id],
            )?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn revoke(
    State(st): State<SharedState>,
    Auth(caller): Auth<NO_MARKER>,
    Path((name, id)): Path<(String, String)>,
) -> ApiResult {
    st.db
        .tx(move |tx| {
            let cred = owned_credential(tx, &caller, &name, &id)?;
            let sessions: Vec<String> = tx
                .prepare("SELECT session_id FROM credentials WHERE secret_key = ?1 AND revoked_at IS NULL")?
                .query_map([&cred.secret], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            for s in sessions {
                creds::set_session_status(tx, &s, "done")?;
            }
            tx.execute(
                "UPDATE credentials SET revoked_at = ?1 WHERE secret_key = ?2 AND revoked_at IS NULL",
                params![now_us(), cred.secret],
            )?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
