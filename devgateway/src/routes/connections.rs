//! `GET /api/connections` (filters, pagination) and `GET /api/connections/:nameOrID`.

use axum::extract::{Path, Query, State};
use serde_json::{json, Value};

use crate::auth::{Auth, READ_ONLY};
use crate::conns::{self, Conn};
use crate::error::{ok, ApiError, ApiResult};
use crate::state::SharedState;

/// `^[a-zA-Z0-9_]+([-.]?[a-zA-Z0-9_]+){1,128}$` without a regex engine: word characters with
/// single `-`/`.` separators inside, at least two word characters, at most 128 separators.
pub fn valid_option(v: &str) -> bool {
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let bytes = v.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return false;
    };
    if !word(first) || !word(last) || !bytes.iter().all(|&b| word(b) || b == b'-' || b == b'.') {
        return false;
    }
    let seps = bytes.iter().filter(|&&b| !word(b)).count();
    let doubled = bytes.windows(2).any(|w| !word(w[0]) && !word(w[1]));
    !doubled && seps <= 128 && bytes.len() - seps >= 2
}

fn csv(v: &str) -> Vec<String> {
    v.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

fn tag_selector_matches(selector: &str, tags: &Value) -> bool {
    csv(selector).iter().all(|term| {
        let (key, want, negate) = match term.split_once("!=") {
            Some((k, v)) => (k, v, true),
            None => match term.split_once('=') {
                Some((k, v)) => (k, v, false),
                None => return tags.get(term.as_str()).is_some(),
            },
        };
        let equal = tags.get(key.trim()).and_then(Value::as_str) == Some(want.trim());
        equal != negate
    })
}

fn page_param(v: Option<&String>, max: i64, what: &str) -> Result<Option<i64>, ApiError> {
    let Some(v) = v else { return Ok(None) };
    match v.parse::<i64>() {
        Ok(n) if n >= 1 && n <= max => Ok(Some(n)),
        _ if max == i64::MAX => Err(ApiError::unprocessable(format!(
            "invalid {what} value {v}: must be an integer greater than 0"
        ))),
        _ => Err(ApiError::unprocessable(format!(
            "invalid {what} value {v}: must be an integer between 1 and {max}"
        ))),
    }
}

pub async fn list(
    State(st): State<SharedState>,
    Auth(caller): Auth<READ_ONLY>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> ApiResult {
    let q = |k: &str| pairs.iter().find(|(key, _)| key == k).map(|(_, v)| v);
    for key in ["type", "subtype", "agent_id", "managed_by"] {
        if let Some(v) = q(key) {
            if !valid_option(v) {
                return Err(ApiError::unprocessable(
                    "option values must contain between 1 and 127 alphanumeric characters, \
                     it may include (-), (_) or (.) characters",
                ));
            }
        }
    }
    let ids = q("connection_ids").map(|v| csv(v)).unwrap_or_default();
    if let Some(bad) = ids.iter().find(|id| uuid::Uuid::parse_str(id).is_err()) {
        return Err(ApiError::unprocessable(format!(
            "invalid connection ID format: {bad}"
        )));
    }
    let page = page_param(q("page"), i64::MAX, "page")?;
    let page_size = page_param(q("page_size"), 100, "page_size")?;

    let exact = |key: &str, actual: &str| q(key).is_none_or(|v| v == actual);
    let search = q("search").map(|s| s.to_lowercase());
    let tags = q("tags").map(|v| csv(v));
    let attrs = q("attribute").map(|v| csv(v));
    let tag_selector = q("tag_selector").cloned();
    let all = st
        .db
        .read(move |c| Ok((conns::load_all(c)?, conns::access_control_on(c)?)))
        .await?;
    let (all, ac) = all;
    let matches = |c: &Conn| {
        exact("type", &c.ctype)
            && exact("subtype", &c.subtype)
            && exact("agent_id", &c.agent_id)
            && q("managed_by").is_none_or(|v| c.managed_by.as_deref() == Some(v.as_str()))
            && exact("name", &c.name)
            && exact("resource_name", &c.resource_name)
            && (ids.is_empty() || ids.iter().any(|id| id.eq_ignore_ascii_case(&c.id)))
            && search.as_ref().is_none_or(|s| {
                [&c.name, &c.ctype, &c.subtype, &c.resource_name, &c.status]
                    .iter()
                    .any(|f| f.to_lowercase().contains(s))
            })
            && tags
                .as_ref()
                .is_none_or(|t| t.iter().all(|t| c.tags.contains(t)))
            && attrs
                .as_ref()
                .is_none_or(|a| a.iter().any(|a| c.attributes.contains(a)))
            && tag_selector
                .as_ref()
                .is_none_or(|s| tag_selector_matches(s, &c.connection_tags))
            && conns::visible(&caller, c, ac)
    };
    let found: Vec<Value> = all
        .iter()
        .filter(|c| matches(c))
        .map(|c| conns::to_json(c, None))
        .collect();
    if page.is_none() && page_size.is_none() {
        return ok(&found);
    }
    let (page, size) = (page.unwrap_or(1), page_size.unwrap_or(50));
    let total = found.len();
    let data: Vec<Value> = found
        .into_iter()
        .skip(((page - 1) * size) as usize)
        .take(size as usize)
        .collect();
    ok(&json!({ "pages": { "total": total, "page": page, "size": size }, "data": data }))
}

pub async fn get_one(
    State(st): State<SharedState>,
    Auth(caller): Auth<READ_ONLY>,
    Path(name): Path<String>,
) -> ApiResult {
    let found = st
        .db
        .read(move |c| {
            let Some(conn) = conns::find_visible(c, &caller, &name)? else {
                return Ok(None);
            };
            let rule = conns::jit_rule(c, &conn)?;
            Ok(Some(conns::to_json(
                &conn,
                rule.and_then(|r| r.access_max_duration),
            )))
        })
        .await?;
    ok(&found.ok_or_else(|| ApiError::not_found("not found"))?)
}

#[cfg(test)]
mod tests {
    use super::valid_option;

    #[test]
    fn option_values_follow_the_gateway_pattern() {
        for ok in [
            "postgres",
            "aws-ssm",
            "a.b",
            "ab",
            "x_1",
            "kubernetes-token",
        ] {
            assert!(valid_option(ok), "{ok}");
        }
        for bad in ["", "a", "-ab", "ab-", "a--b", "a b", "pg;drop", "é"] {
            assert!(!valid_option(bad), "{bad}");
        }
    }
}
