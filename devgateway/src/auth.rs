//! Authentication (legacy `Api-Key`, `Bearer hpk_…`, `Bearer <session token>`) and route roles.

use std::sync::{Arc, Mutex};

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::HeaderMap;
use rusqlite::{params, Connection, OptionalExtension};

use crate::audit::AuditSlot;
use crate::clock::{now_us, HOUR_US};
use crate::crypto::{constant_time_eq, sha256_hex, sign_jwt};
use crate::error::ApiError;
use crate::state::SharedState;

pub const ADMIN_GROUP: &str = "admin";
pub const AUDITOR_GROUP: &str = "auditor";
/// Subject, name and email of a caller using the legacy `Api-Key` header.
pub const LEGACY_SUBJECT: &str = "API_KEY";

const SESSION_TTL_US: i64 = 12 * HOUR_US;
const ABSOLUTE_SESSION_US: i64 = 7 * 24 * HOUR_US;

#[derive(Clone, Debug, PartialEq)]
pub enum Principal {
    User { id: String },
    ApiKey { id: String },
    Legacy,
}

#[derive(Clone, Debug)]
pub struct Caller {
    pub principal: Principal,
    /// Local users: their email; API keys: the key id; legacy key: `API_KEY`.
    pub subject: String,
    pub name: String,
    pub email: String,
    pub slack_id: String,
    pub picture: String,
    pub groups: Vec<String>,
}

impl Caller {
    pub fn is_admin(&self) -> bool {
        self.groups.iter().any(|g| g == ADMIN_GROUP)
    }
    pub fn is_auditor(&self) -> bool {
        self.groups.iter().any(|g| g == AUDITOR_GROUP)
    }
    pub fn role(&self) -> &'static str {
        role_of(&self.groups)
    }
    pub fn in_any(&self, groups: &[String]) -> bool {
        self.groups.iter().any(|g| groups.contains(g))
    }
}

/// The role that groups give: `admin`, `auditor` or `standard`.
pub fn role_of(groups: &[String]) -> &'static str {
    if groups.iter().any(|g| g == ADMIN_GROUP) {
        "admin"
    } else if groups.iter().any(|g| g == AUDITOR_GROUP) {
        "auditor"
    } else {
        "standard"
    }
}

/// Route markers, as on the real gateway's routes.
pub const ADMIN_ONLY: u8 = 0;
pub const ADMIN_AND_AUDITOR: u8 = 1;
pub const READ_ONLY: u8 = 2;
/// No marker: everyone but auditors.
pub const NO_MARKER: u8 = 3;

/// Where a renewed session token is left for the response (`X-New-Access-Token`).
#[derive(Clone, Default)]
pub struct RenewSlot(pub Arc<Mutex<Option<String>>>);

impl RenewSlot {
    pub fn take(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

/// An authenticated caller allowed by the route marker `R`.
pub struct Auth<const R: u8>(pub Caller);

impl<const R: u8> FromRequestParts<SharedState> for Auth<R> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &SharedState) -> Result<Self, ApiError> {
        let (caller, renewed) = authenticate(state, &parts.headers).await?;
        if let (Some(token), Some(slot)) = (renewed, parts.extensions.get::<RenewSlot>()) {
            *slot.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(token);
        }
        let allowed = match R {
            ADMIN_ONLY => caller.is_admin(),
            ADMIN_AND_AUDITOR => caller.is_admin() || caller.is_auditor(),
            READ_ONLY => true,
            _ => caller.is_admin() || !caller.is_auditor(),
        };
        if !allowed {
            return Err(ApiError::forbidden("access denied"));
        }
        if let Some(slot) = parts.extensions.get::<AuditSlot>() {
            slot.set(&caller);
        }
        Ok(Auth(caller))
    }
}

async fn authenticate(
    state: &SharedState,
    headers: &HeaderMap,
) -> Result<(Caller, Option<String>), ApiError> {
    let legacy = headers.get("api-key").map(|v| v.as_bytes()).unwrap_or(b"");
    if !legacy.is_empty() {
        // A present Api-Key header wins over Authorization, even when it is wrong.
        return match &state.legacy_api_key {
            Some(k) if !k.is_empty() && constant_time_eq(k.as_bytes(), legacy) => {
                Ok((legacy_caller(), None))
            }
            _ => Err(ApiError::unauthorized("unauthorize")),
        };
    }
    let header = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(ApiError::access_denied)?;
    let parts: Vec<&str> = header.split(' ').collect();
    if parts.len() != 2 || parts[0] != "Bearer" || parts[1].is_empty() {
        return Err(ApiError::access_denied());
    }
    let token = parts[1].to_string();
    if token.starts_with("hpk_") {
        let hash = sha256_hex(token.as_bytes());
        let caller = state.db.read(move |c| api_key_caller(c, &hash)).await?;
        let caller = caller.ok_or_else(ApiError::access_denied)?;
        if let Principal::ApiKey { id } = &caller.principal {
            state.note_key_use(id);
        }
        return Ok((caller, None));
    }
    session_caller(state, token).await
}

fn legacy_caller() -> Caller {
    Caller {
        principal: Principal::Legacy,
        subject: LEGACY_SUBJECT.into(),
        name: LEGACY_SUBJECT.into(),
        email: LEGACY_SUBJECT.into(),
        slack_id: String::new(),
        picture: String::new(),
        groups: vec![ADMIN_GROUP.into()],
    }
}

pub fn key_groups(conn: &Connection, key_id: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT group_name FROM api_key_groups WHERE api_key_id = ?1 ORDER BY rowid",
    )?;
    let rows = stmt.query_map([key_id], |r| r.get(0))?;
    rows.collect()
}

pub fn user_groups(conn: &Connection, user_id: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn
        .prepare_cached("SELECT group_name FROM user_groups WHERE user_id = ?1 ORDER BY rowid")?;
    let rows = stmt.query_map([user_id], |r| r.get(0))?;
    rows.collect()
}

fn api_key_caller(conn: &Connection, hash: &str) -> Result<Option<Caller>, ApiError> {
    let row: Option<(String, String)> = conn
        .prepare_cached("SELECT id, name FROM api_keys WHERE key_hash = ?1 AND status = 'active'")?
        .query_row([hash], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((id, name)) = row else {
        return Ok(None);
    };
    let groups = key_groups(conn, &id)?;
    Ok(Some(Caller {
        principal: Principal::ApiKey { id: id.clone() },
        subject: id,
        email: name.clone(),
        name,
        slack_id: String::new(),
        picture: String::new(),
        groups,
    }))
}

struct SessionRow {
    id: String,
    expires_at: i64,
    absolute_expires_at: i64,
    email: String,
    caller: Caller,
}

fn load_session(conn: &Connection, hash: &str) -> Result<Option<SessionRow>, ApiError> {
    let row = conn
        .prepare_cached(
            "SELECT s.id, s.user_id, s.expires_at, s.absolute_expires_at, u.email, u.name,
                    u.slack_id, u.picture
             FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.token_hash = ?1 AND s.ended_at IS NULL AND u.status = 'active'",
        )?
        .query_row([hash], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, String>(7)?,
            ))
        })
        .optional()?;
    let Some((id, user_id, expires_at, absolute_expires_at, email, name, slack_id, picture)) = row
    else {
        return Ok(None);
    };
    let groups = user_groups(conn, &user_id)?;
    let caller = Caller {
        principal: Principal::User {
            id: user_id.clone(),
        },
        subject: email.clone(),
        name,
        email: email.clone(),
        slack_id,
        picture,
        groups,
    };
    Ok(Some(SessionRow {
        id,
        expires_at,
        absolute_expires_at,
        email,
        caller,
    }))
}

async fn session_caller(
    state: &SharedState,
    token: String,
) -> Result<(Caller, Option<String>), ApiError> {
    let hash = sha256_hex(token.as_bytes());
    let lookup = hash.clone();
    let row = state.db.read(move |c| load_session(c, &lookup)).await?;
    let row = row.ok_or_else(ApiError::access_denied)?;
    let now = now_us();
    if now < row.expires_at {
        return Ok((row.caller, None));
    }
    if now >= row.absolute_expires_at {
        return Err(ApiError::access_denied());
    }
    // Expired but inside the absolute session: rotate the token, as the gateway's refresh does.
    let expires_at = (now + SESSION_TTL_US).min(row.absolute_expires_at);
    let new_token = session_token(&state.jwt_secret, &row.email, now, expires_at);
    let new_hash = sha256_hex(new_token.as_bytes());
    let session_id = row.id.clone();
    let changed = state
        .db
        .tx(move |tx| {
            Ok(tx.execute(
                "UPDATE sessions SET token_hash = ?1, expires_at = ?2
                 WHERE id = ?3 AND token_hash = ?4 AND ended_at IS NULL",
                params![new_hash, expires_at, session_id, hash],
            )?)
        })
        .await?;
    if changed == 0 {
        return Err(ApiError::access_denied());
    }
    Ok((row.caller, Some(new_token)))
}

fn session_token(secret: &[u8], email: &str, now: i64, expires_at: i64) -> String {
    let claims = serde_json::json!({
        "sub": email,
        "iat": now / 1_000_000,
        "exp": expires_at / 1_000_000,
        "jti": uuid::Uuid::new_v4().to_string(),
    });
    sign_jwt(secret, &claims)
}

/// Starts a 12 h local session (inside a 7-day absolute one) and returns its token.
pub fn issue_session(
    conn: &Connection,
    jwt_secret: &[u8],
    user_id: &str,
    email: &str,
) -> Result<String, ApiError> {
    let now = now_us();
    let expires_at = now + SESSION_TTL_US;
    let token = session_token(jwt_secret, email, now, expires_at);
    conn.execute(
        "INSERT INTO sessions (id, user_id, token_hash, expires_at, absolute_expires_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            uuid::Uuid::new_v4().to_string(),
            user_id,
            sha256_hex(token.as_bytes()),
            expires_at,
            now + ABSOLUTE_SESSION_US,
            now
        ],
    )?;
    Ok(token)
}
