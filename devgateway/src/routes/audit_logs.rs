//! `GET /api/audit/logs` (AdminAndAuditor): the organization's security audit log.

use axum::extract::{Query, State};
use serde_json::json;

use crate::audit::store::{self, Filter};
use crate::auth::{Auth, ADMIN_AND_AUDITOR};
use crate::clock::parse_time;
use crate::error::{ok, ApiError, ApiResult};
use crate::state::SharedState;

/// Go's `strconv.ParseBool`.
fn go_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

pub async fn list(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_AND_AUDITOR>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> ApiResult {
    // gin's `c.Query`: the first value, and an empty one counts as absent.
    let q = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.is_empty())
    };
    // Checked in the gateway's order: pagination (422, non-integers included, as `strconv.Atoi`
    // failures share the range message), then http_status, then outcome.
    let page = match q("page") {
        None => 1,
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| ApiError::unprocessable("page must be >= 1"))?,
    };
    let size = match q("page_size") {
        None => 50,
        Some(v) => v
            .parse::<i64>()
            .ok()
            .filter(|s| (1..=100).contains(s))
            .ok_or_else(|| ApiError::unprocessable("page_size must be between 1 and 100"))?,
    };
    let http_status = q("http_status")
        .map(|v| {
            v.parse::<i64>()
                .map_err(|_| ApiError::bad_request("http_status must be a valid integer"))
        })
        .transpose()?;
    let outcome = q("outcome")
        .map(|v| go_bool(v).ok_or_else(|| ApiError::bad_request("outcome must be true or false")))
        .transpose()?;
    // The gateway hands the times to Postgres as they are: what it cannot read fails the query.
    let failed = || ApiError::internal("failed listing security audit logs");
    let time = |k: &str| q(k).map(|v| parse_time(v).ok_or_else(failed)).transpose();
    let text = |k: &'static str| (k, q(k).unwrap_or_default().to_string());
    let filter = Filter {
        page,
        size,
        like: ["actor_subject", "actor_email", "http_path", "client_ip"]
            .into_iter()
            .map(text)
            .collect(),
        exact: ["resource_type", "action", "http_method"]
            .into_iter()
            .map(text)
            .collect(),
        http_status,
        outcome,
        created_after: time("created_after")?,
        created_before: time("created_before")?,
    };
    let org = st.org_id.clone();
    let (total, data) = st
        .db
        .read(move |c| store::list(c, &org, &filter).map_err(|_| failed()))
        .await?;
    ok(&json!({ "pages": { "total": total, "page": page, "size": size }, "data": data }))
}
