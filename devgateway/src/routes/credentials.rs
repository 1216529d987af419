//! Connection credentials (the "native client" / JIT flow). No role marker: auditors get 403.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::json;

use crate::auth::{Auth, Caller, NO_MARKER};
use crate::body::json_body;
use crate::clock::{fmt_ts, now_us};
use crate::conns::{self, Conn, Rule};
use crate::creds::{self, Cred};
use crate::crypto::new_secret;
use crate::error::{json, ApiError, ApiResult};
use crate::kinds::{self, load_misc, Kind};
use crate::review::{self, Owner};
use crate::state::SharedState;

const MAX_DURATION_SEC: i64 = 48 * 3600;

pub(super) fn visible(conn: &Connection, caller: &Caller, name: &str) -> Result<Conn, ApiError> {
    conns::find_visible(conn, caller, name)?
        .ok_or_else(|| ApiError::not_found(format!("connection {name} not found")))
}

fn check_duration(
    d: i64,
    review: bool,
    rule: Option<&Rule>,
    skip: bool,
    c: &Conn,
) -> Result<(), ApiError> {
    if review && d <= 0 {
        return Err(ApiError::bad_request(
            "access_duration_seconds is required for review-required connections",
        ));
    }
    if let (true, Some(rule)) = (skip, rule) {
        if d <= 0 {
            return Err(ApiError::bad_request(
                "access_duration_seconds is required for connections with an access request rule",
            ));
        }
        if let Some(max) = rule.access_max_duration.filter(|m| d > *m) {
            return Err(ApiError::bad_request(format!(
                "access duration cannot exceed the rule's max duration of {max} seconds"
            )));
        }
    }
    if d > MAX_DURATION_SEC {
        return Err(ApiError::bad_request(
            "access duration cannot exceed 48 hours",
        ));
    }
    let limit = [
        rule.and_then(|r| r.access_max_duration),
        c.access_max_duration,
    ]
    .into_iter()
    .flatten()
    .min();
    match limit {
        Some(max) if d > max => Err(ApiError::bad_request(format!(
            "access duration cannot exceed {max} seconds for this connection"
        ))),
        _ => Ok(()),
    }
}

/// Review owners are looked up as users by email, so API keys cannot open reviews.
fn review_owner(conn: &Connection, caller: &Caller) -> Result<Owner, ApiError> {
    conn.query_row(
        "SELECT id, name, email, slack_id FROM users WHERE email = ?1",
        [&caller.email],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .optional()?
    .ok_or_else(|| ApiError::internal("failed creating review"))
}

pub async fn create(
    State(st): State<SharedState>,
    Auth(caller): Auth<NO_MARKER>,
    Path(name): Path<String>,
    body: Body,
) -> ApiResult {
    let d = json_body(body, "ConnectionCredentialsRequest")
        .await?
        .int("access_duration_seconds")?
        .unwrap_or(0);
    let api_url = st.api_url.clone();
    let (status, body) = st
        .db
        .tx(move |tx| {
            let c = visible(tx, &caller, &name)?;
            if !kinds::user_eligible(&c.subtype) {
                return Err(ApiError::bad_request(
                    "connection subtype is not supported for this connection",
                ));
            }
            if c.access_mode_connect != "enabled" {
                return Err(ApiError::bad_request(
                    "access mode connect is not enabled for this connection",
                ));
            }
            let rule = conns::jit_rule(tx, &c)?;
            let skip = rule.as_ref().is_some_and(|r| {
                caller.in_any(&r.skip_review_groups) && r.approval_required_groups.is_empty()
            });
            let needs_review = (!c.reviewers.is_empty() || rule.is_some()) && !skip;
            check_duration(d, needs_review, rule.as_ref(), skip, &c)?;
            let now = now_us();
            if needs_review {
                // The gateway reads the rule without checking it exists (legacy reviewers, no
                // rule): that panic is answered with an empty 500.
                let rule = rule.expect("access request rule for a reviewed connection");
                let owner = review_owner(tx, &caller)?;
                let session_id = creds::create_session(tx, &caller.subject, &c, "open")?;
                let groups = if rule.reviewers_groups.is_empty() {
                    &c.reviewers
                } else {
                    &rule.reviewers_groups
                };
                let review_id = review::create(
                    tx,
                    &session_id,
                    (&c.id, &c.name),
                    &owner,
                    d,
                    groups,
                    rule.min_approvals,
                    now,
                )?;
                return Ok((
                    StatusCode::ACCEPTED,
                    json!({
                        "id": "",
                        "connection_name": c.name,
                        "connection_type": kinds::response_type(&c),
                        "connection_subtype": kinds::alias(&c.subtype),
                        "session_id": session_id,
                        "has_review": true,
                        "review_id": review_id,
                        "expire_at": fmt_ts(now + d * 1_000_000),
                        "created_at": fmt_ts(now),
                    }),
                ));
            }
            let persistent = d <= 0;
            let expire_at = (!persistent).then(|| now + d * 1_000_000);
            let session_id = creds::create_session(
                tx,
                &caller.subject,
                &c,
                if persistent { "done" } else { "open" },
            )?;
            // Stable key: a non-revoked credential is reused with a new window and session.
            let cred = match creds::newest(tx, &caller.subject, &c.id)? {
                Some(mut cred) => {
                    creds::set_session_status(tx, &cred.session_id, "done")?;
                    tx.execute(
                        "UPDATE credentials SET expire_at = ?1, session_id = ?2 WHERE id = ?3",
                        params![expire_at, session_id, cred.id],
                    )?;
                    cred.expire_at = expire_at;
                    cred.session_id = session_id;
                    cred
                }
                None => {
                    let cred = Cred {
                        id: uuid::Uuid::new_v4().to_string(),
                        owner: caller.subject.clone(),
                        connection_id: c.id.clone(),
                        secret: new_secret(kinds::secret_prefix(&c.subtype)),
                        session_id,
                        expire_at,
                        created_at: now,
                    };
                    creds::insert(tx, &c, &cred)?;
                    cred
                }
            };
            let listeners = load_misc(tx)?;
            Ok((
                StatusCode::CREATED,
                creds::response(&c, &cred, listeners.as_ref(), &api_url),
            ))
        })
        .await?;
    Ok(json(status, &body))
}

pub async fn resume(
    State(st): State<SharedState>,
    Auth(caller): Auth<NO_MARKER>,
    Path((name, session_id)): Path<(String, String)>,
    body: Body,
) -> ApiResult {
    // The duration is ignored here (the review sets the window), but the body must decode.
    json_body(body, "ConnectionCredentialsRequest")
        .await?
        .int("access_duration_seconds")?;
    let api_url = st.api_url.clone();
    let (status, body) = st
        .db
        .tx(move |tx| {
            let (owner, session_status) = creds::session(tx, &session_id)?
                .ok_or_else(|| ApiError::not_found("session not found"))?;
            if owner != caller.subject {
                return Err(ApiError::forbidden("session does not belong to user"));
            }
            let rv = review::by_session(tx, &session_id)?
                .ok_or_else(|| ApiError::not_found("review not found for this session"))?;
            match rv.status.as_str() {
                "APPROVED" => {}
                "PENDING" => {
                    return Ok((
                        StatusCode::ACCEPTED,
                        json!({
                            "message": "review is still pending approval",
                            "session_id": session_id,
                            "review_id": rv.id,
                            "status": "PENDING",
                        }),
                    ))
                }
                "REJECTED" => return Err(ApiError::forbidden("review was rejected")),
                other => {
                    return Err(ApiError::bad_request(format!(
                        "invalid review status: {other}"
                    )))
                }
            }
            let gone = || ApiError::new(StatusCode::GONE, "credentials have expired");
            if session_status == "done" {
                return Err(gone());
            }
            let now = now_us();
            let issued = creds::by_session(tx, &session_id)?;
            if issued.as_ref().is_some_and(|c| c.expired(now)) {
                return Err(gone());
            }
            let c = visible(tx, &caller, &name)?;
            if c.name != rv.connection_name {
                return Err(ApiError::bad_request(
                    "connection name does not match review",
                ));
            }
            if !kinds::user_eligible(&c.subtype) {
                return Err(ApiError::bad_request(
                    "connection subtype is not supported for this connection",
                ));
            }
            let listeners = load_misc(tx)?;
            let kind = kinds::protocol(&c.subtype);
            let listening = listeners
                .as_ref()
                .zip(kind)
                .and_then(|(l, k)| l.endpoint(k))
                .is_some();
            if kind != Some(Kind::AwsSsm) && !listening {
                return Err(ApiError::bad_request(
                    "Listening address is not configured for this connection type",
                ));
            }
            let cred = match issued {
                Some(cred) => cred,
                None => {
                    let reuse =
                        creds::newest(tx, &caller.subject, &c.id)?.filter(|c| !c.expired(now));
                    let cred = Cred {
                        id: uuid::Uuid::new_v4().to_string(),
                        owner: caller.subject.clone(),
                        connection_id: c.id.clone(),
                        secret: reuse.map_or_else(
                            || new_secret(kinds::secret_prefix(&c.subtype)),
                            |c| c.secret,
                        ),
                        session_id: session_id.clone(),
                        expire_at: Some(now + rv.access_duration_sec * 1_000_000),
                        created_at: now,
                    };
                    creds::insert(tx, &c, &cred)?;
                    creds::set_session_status(tx, &session_id, "open")?;
                    cred
                }
            };
            Ok((
                StatusCode::CREATED,
                creds::response(&c, &cred, listeners.as_ref(), &api_url),
            ))
        })
        .await?;
    Ok(json(status, &body))
}
