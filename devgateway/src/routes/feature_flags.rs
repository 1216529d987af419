//! `GET /api/feature-flags` (ReadOnly) and `PUT /api/feature-flags/:name` (AdminOnly, audited).

use axum::body::Body;
use axum::extract::{Path, State};
use serde_json::Value;

use crate::auth::{Auth, ADMIN_ONLY, READ_ONLY};
use crate::body::{read_limited, JsonBody};
use crate::error::{ok, ApiError, ApiResult};
use crate::flags::{self, CATALOG};
use crate::state::SharedState;

/// Reads the database on every call (the server-info cache is separate, as on the gateway).
pub async fn list(State(st): State<SharedState>, _a: Auth<READ_ONLY>) -> ApiResult {
    let org = st.org_id.clone();
    let values = st
        .db
        .read(move |c| Ok(flags::effective(c, &org)?))
        .await
        .map_err(|_| ApiError::internal("failed listing feature flags"))?;
    let items: Vec<Value> = CATALOG
        .iter()
        .map(|f| flags::item(f, values.get(f.name).copied().unwrap_or(f.default)))
        .collect();
    ok(&items)
}

pub async fn update(
    State(st): State<SharedState>,
    Auth(caller): Auth<ADMIN_ONLY>,
    Path(name): Path<String>,
    body: Body,
) -> ApiResult {
    let flag = flags::find(&name)
        .ok_or_else(|| ApiError::bad_request(format!("unknown feature flag: {name}")))?;
    let invalid = |e: ApiError| {
        let ApiError::Msg(_, msg) = e;
        ApiError::bad_request(format!("invalid request body: {msg}"))
    };
    let bytes = read_limited(body).await?;
    let b = JsonBody::parse(&bytes, "FeatureFlagUpdateRequest").map_err(invalid)?;
    // The binding rule never fails: a missing `enabled` is false.
    let enabled = b.bool("enabled").map_err(invalid)?.unwrap_or(false);
    let org = st.org_id.clone();
    st.db
        .tx(move |tx| Ok(flags::store(tx, &org, flag.name, enabled, &caller.email)?))
        .await
        .map_err(|_| ApiError::internal("failed updating feature flag"))?;
    st.set_cached_flag(flag.name, enabled);
    ok(&flags::item(flag, enabled))
}
