//! Reviews: list and get (ReadOnly); decide (no marker: admins and reviewer-group members).

use axum::body::Body;
use axum::extract::{Path, State};
use serde_json::Value;

use crate::auth::{Auth, Caller, NO_MARKER, READ_ONLY};
use crate::body::json_body;
use crate::clock::now_us;
use crate::creds;
use crate::error::{ok, ApiError, ApiResult};
use crate::review::{self, Review};
use crate::state::SharedState;

fn can_see(caller: &Caller, r: &Review) -> bool {
    caller.is_admin()
        || caller.is_auditor()
        || r.owner.2 == caller.email
        || caller.in_any(&r.group_names())
}

pub async fn list(State(st): State<SharedState>, Auth(caller): Auth<READ_ONLY>) -> ApiResult {
    let all = st.db.read(|c| Ok(review::list(c)?)).await?;
    let visible: Vec<Value> = all
        .iter()
        .filter(|r| can_see(&caller, r))
        .map(Review::to_json)
        .collect();
    ok(&visible)
}

fn not_found() -> ApiError {
    ApiError::not_found("review not found")
}

pub async fn get_one(
    State(st): State<SharedState>,
    Auth(caller): Auth<READ_ONLY>,
    Path(id): Path<String>,
) -> ApiResult {
    let found = st.db.read(move |c| Ok(review::by_id(c, &id)?)).await?;
    let r = found
        .filter(|r| can_see(&caller, r))
        .ok_or_else(not_found)?;
    ok(&r.to_json())
}

pub async fn decide(
    State(st): State<SharedState>,
    Auth(caller): Auth<NO_MARKER>,
    Path(id): Path<String>,
    body: Body,
) -> ApiResult {
    let b = json_body(body, "ReviewRequest").await?;
    let status = b.str("status")?.unwrap_or_default().to_uppercase();
    let reason = b.str("rejection_reason")?;
    let force = b.bool("force_review")?.unwrap_or(false);
    b.require(&[("Status", !status.is_empty())])?;
    if !matches!(status.as_str(), "APPROVED" | "REJECTED" | "REVOKED") {
        return Err(ApiError::bad_request(format!(
            "invalid review status {status}, accepted values are APPROVED, REJECTED or REVOKED"
        )));
    }
    let out = st
        .db
        .tx(move |tx| {
            let r = review::by_id(tx, &id)?.ok_or_else(not_found)?;
            let groups = r.group_names();
            let own: Vec<String> = groups.iter().filter(|g| caller.groups.contains(g)).cloned().collect();
            if own.is_empty() && !caller.is_admin() {
                return Err(ApiError::forbidden("user is not allowed to review this resource"));
            }
            // An administrator decides for every group (when forcing, or not a member of any).
            let deciding = if caller.is_admin() && (force || own.is_empty()) { groups } else { own };
            let reviewer = (caller.subject.as_str(), caller.name.as_str(), caller.email.as_str());
            let now = now_us();
            let next = match (status.as_str(), r.status.as_str()) {
                ("REVOKED", "APPROVED") => "REVOKED".to_string(),
                ("REVOKED", current) => {
                    return Err(ApiError::bad_request(format!(
                        "unable to revoke a review with status {current}"
                    )))
                }
                (_, "PENDING") => r.decide(tx, &deciding, &status, reviewer)?,
                (_, current) => {
                    return Err(ApiError::bad_request(format!(
                        "unable to review: review already has status {current}"
                    )))
                }
            };
            let revoke_at = match next.as_str() {
                "APPROVED" => Some(now + r.access_duration_sec * 1_000_000),
                "REVOKED" => Some(now),
                _ => r.revoke_at,
            };
            tx.execute(
                "UPDATE reviews SET status = ?1, revoke_at = ?2,
                    rejection_reason = COALESCE(?3, rejection_reason) WHERE id = ?4",
                rusqlite::params![next, revoke_at, reason.filter(|_| next == "REJECTED"), r.id],
            )?;
            match next.as_str() {
                "APPROVED" => creds::set_session_status(tx, &r.session_id, "ready")?,
                "REJECTED" => creds::set_session_status(tx, &r.session_id, "done")?,
                "REVOKED" => {
                    creds::set_session_status(tx, &r.session_id, "done")?;
                    // Access granted through the review ends now.
                    tx.execute(
                        "UPDATE credentials SET expire_at = ?1 WHERE session_id = ?2 AND revoked_at IS NULL",
                        rusqlite::params![now, r.session_id],
                    )?;
                }
                _ => {}
            }
            review::by_id(tx, &r.id)?.ok_or_else(not_found)
        })
        .await?;
    ok(&out.to_json())
}
