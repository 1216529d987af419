//! Local login, first-user registration and `GET /api/userinfo`.

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use rusqlite::{params, OptionalExtension};
use serde_json::json;

use crate::auth::{issue_session, Auth, ADMIN_GROUP, READ_ONLY};
use crate::body::json_body;
use crate::clock::now_us;
use crate::crypto::{hash_password_off_thread, verify_password_off_thread};
use crate::error::{json, ok, ApiError, ApiResult};
use crate::state::SharedState;

fn with_token(mut resp: Response, token: &str) -> ApiResult {
    let h = resp.headers_mut();
    h.insert(
        "token",
        HeaderValue::from_str(token).map_err(|e| ApiError::internal(e.to_string()))?,
    );
    h.insert(
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        HeaderValue::from_static("Token"),
    );
    Ok(resp)
}

pub async fn login(State(st): State<SharedState>, body: Body) -> ApiResult {
    let b = json_body(body, "LocalAuthRequest").await?;
    let email = b.str("email")?.unwrap_or_default();
    let password = b.str("password")?.unwrap_or_default();
    b.str("name")?;
    b.require(&[
        ("Email", !email.is_empty()),
        ("Password", !password.is_empty()),
    ])?;
    let lookup = email.clone();
    let user: Option<(String, Option<String>)> = st
        .db
        .read(move |c| {
            Ok(c.query_row(
                "SELECT id, password_hash FROM users WHERE email = ?1",
                [lookup],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
        })
        .await?;
    let (user_id, hash) = user.ok_or_else(|| ApiError::not_found("user not found"))?;
    let hash = hash.ok_or_else(|| ApiError::unauthorized("invalid credentials"))?;
    if !verify_password_off_thread(password, hash).await? {
        return Err(ApiError::unauthorized("invalid credentials"));
    }
    let secret = st.jwt_secret.clone();
    let token = st
        .db
        .tx(move |tx| issue_session(tx, &secret, &user_id, &email))
        .await?;
    with_token(json(StatusCode::OK, &json!({ "status": "ok" })), &token)
}

/// Creates the first user (an administrator) while the organization has none.
pub async fn register(State(st): State<SharedState>, body: Body) -> ApiResult {
    let b = json_body(body, "LocalAuthRequest").await?;
    let email = b.str("email")?.unwrap_or_default();
    let password = b.str("password")?.unwrap_or_default();
    let name = b.str("name")?.unwrap_or_default();
    b.require(&[
        ("Email", !email.is_empty()),
        ("Password", !password.is_empty()),
    ])?;
    let hash = hash_password_off_thread(password).await?;
    let secret = st.jwt_secret.clone();
    let token = st
        .db
        .tx(move |tx| {
            let exists: bool = tx.query_row(
                "SELECT EXISTS(SELECT 1 FROM users WHERE email = ?1)",
                [&email],
                |r| r.get(0),
            )?;
            if exists {
                return Err(ApiError::conflict("user already exists"));
            }
            let any: bool = tx.query_row("SELECT EXISTS(SELECT 1 FROM users)", [], |r| r.get(0))?;
            if any {
                return Err(ApiError::forbidden(
                    "unable to register new users, please contact your administrator",
                ));
            }
            let id = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO users (id, email, name, status, password_hash, created_at)
                 VALUES (?1, ?2, ?3, 'active', ?4, ?5)",
                params![id, email, name, hash, now_us()],
            )?;
            tx.execute(
                "INSERT INTO user_groups (user_id, group_name) VALUES (?1, ?2)",
                params![id, ADMIN_GROUP],
            )?;
            issue_session(tx, &secret, &id, &email)
        })
        .await?;
    let body = json!({ "message": "User created successfully" });
    with_token(json(StatusCode::CREATED, &body), &token)
}

pub async fn userinfo(State(st): State<SharedState>, Auth(caller): Auth<READ_ONLY>) -> ApiResult {
    ok(&json!({
        "id": caller.subject,
        "name": caller.name,
        "email": caller.email,
        "status": "active",
        "verified": true,
        "role": caller.role(),
        "slack_id": caller.slack_id,
        "picture": caller.picture,
        "groups": caller.groups,
        "is_admin": caller.is_admin(),
        "is_multitenant": false,
        "tenancy_type": "selfhosted",
        "org_id": st.org_id,
        "org_name": st.org_name,
        "org_license": "",
        "feature_ask_ai": "unavailable",
        "webapp_users_management": "on",
        "intercom_hmac_digest": "",
        "default_protection_profile": null,
        "show_origin_survey": false,
        "show_setup_checklist": false,
    }))
}
