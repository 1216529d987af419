//! `GET /api/publicserverinfo` and `GET /api/serverinfo`.

use axum::extract::State;
use serde_json::json;

use crate::auth::{Auth, READ_ONLY};
use crate::error::{ok, ApiResult};
use crate::kinds::{load_misc, Kind};
use crate::server::VERSION;
use crate::state::SharedState;

pub async fn public(State(st): State<SharedState>) -> ApiResult {
    let users: i64 = st
        .db
        .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM users", [], |r| r.get(0))?))
        .await?;
    ok(&json!({ "auth_method": "local", "setup_required": users == 0 }))
}

pub async fn info(State(st): State<SharedState>, _auth: Auth<READ_ONLY>) -> ApiResult {
    let misc = st.db.read(|c| Ok(load_misc(c)?)).await?;
    let listener = |k| misc.as_ref().and_then(|m| m.endpoint(k)).is_some();
    let flags = st.serverinfo_flags();
    let mut body = json!({
        "version": VERSION,
        "commit_sha": "devgateway",
        "log_level": "INFO",
        "go_debug": "",
        "auth_method": "local",
        "redact_provider": "",
        "has_redact_credentials": false,
        "has_webhook_app_key": false,
        "has_idp_audience": false,
        "has_idp_custom_scopes": false,
        "has_ask_ai_credentials": false,
        "has_ssh_client_host_key": listener(Kind::Ssh),
        "postgres_proxy_enabled": listener(Kind::Postgres),
        "api_url": st.api_url,
        "grpc_url": "grpc://127.0.0.1:8010",
        "tenancy_type": "selfhosted",
        "license_info": {
            "key_id": "",
            "allowed_hosts": [],
            "type": "oss",
            "issued_at": 0,
            "expire_at": 0,
            "is_valid": true,
            "status": "valid",
            "verify_error": "",
            "verified_host": "",
            "features": [],
        },
        "idp_provider_name": "unknown",
        "disable_sessions_download": flags.disable_sessions_download,
        "disable_clipboard_copy_cut": flags.disable_clipboard_copy_cut,
        "analytics_tracking": "disabled",
        "analytics_mode": "disabled",
    });
    // A map set through `/__test/serverinfo` replaces the gateway's flag cache.
    let ff = flags.feature_flags.unwrap_or_else(|| st.cached_flags());
    body["feature_flags"] = ff.into();
    ok(&body)
}
