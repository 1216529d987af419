//! API keys (Settings → API Keys). Every route is admin-only on the gateway.

use super::{decode, segment, serde_util::null_as_empty, Api, ApiError, Method};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub masked_key: String,
    pub status: KeyStatus,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub groups: Vec<String>,
    #[serde(default)]
    pub created_by: String,
    #[serde(default)]
    pub created_at: String,
    #[serde(default)]
    pub deactivated_by: Option<String>,
    #[serde(default)]
    pub deactivated_at: Option<String>,
    #[serde(default)]
    pub last_used_at: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KeyStatus {
    Active,
    Revoked,
}

/// The create response: the key plus its raw secret, which exists only in this value.
#[derive(Clone, PartialEq, Eq)]
pub struct CreatedApiKey {
    pub key: ApiKey,
    pub secret: String,
}

/// The create response is one object: the key's fields plus `key`, the raw secret. Read as two
/// views of the same text rather than with `#[serde(flatten)]`, which would buffer every field
/// through serde's generic content type (several KB of wasm for one answer).
fn parse_created(body: &str) -> Result<CreatedApiKey, ApiError> {
    #[derive(Deserialize)]
    struct Secret {
        key: String,
    }
    let key = decode::<ApiKey>(body)?;
    let Secret { key: secret } = decode(body)?;
    Ok(CreatedApiKey { key, secret })
}

// The raw key must never reach logs, so Debug leaves it out.
impl fmt::Debug for CreatedApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreatedApiKey")
            .field("key", &self.key)
            .field("secret", &"<redacted>")
            .finish()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewApiKey {
    pub name: String,
    pub groups: Vec<String>,
}

/// An update. `None` keeps the current value; `Some(vec![])` clears the groups.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ApiKeyUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<String>>,
}

pub fn parse_list(body: &str) -> Result<Vec<ApiKey>, ApiError> {
    Ok(super::decode::<Option<Vec<ApiKey>>>(body)?.unwrap_or_default())
}

pub async fn list_api_keys(api: &Api) -> Result<Vec<ApiKey>, ApiError> {
    let reply = api.send(Method::Get, "/api-keys", None::<&()>).await?;
    parse_list(&reply.body)
}

pub async fn get_api_key(api: &Api, id: &str) -> Result<ApiKey, ApiError> {
    api.get(&format!("/api-keys/{}", segment(id))).await
}

pub async fn create_api_key(api: &Api, new: &NewApiKey) -> Result<CreatedApiKey, ApiError> {
    let reply = api.send(Method::Post, "/api-keys", Some(new)).await?;
    parse_created(&reply.body)
}

pub async fn update_api_key(
    api: &Api,
    id: &str,
    update: &ApiKeyUpdate,
) -> Result<ApiKey, ApiError> {
    api.send(
        Method::Put,
        &format!("/api-keys/{}", segment(id)),
        Some(update),
    )
    .await?
    .json()
}

/// Deactivates (soft-deletes) a key: from now on it gets 401.
pub async fn revoke_api_key(api: &Api, id: &str) -> Result<(), ApiError> {
    api.send(
        Method::Delete,
        &format!("/api-keys/{}", segment(id)),
        None::<&()>,
    )
    .await
    .map(drop)
}

/// Reactivates a key; the same secret works again.
pub async fn reactivate_api_key(api: &Api, id: &str) -> Result<ApiKey, ApiError> {
    let path = format!("/api-keys/{}/reactivate", segment(id));
    api.send(Method::Post, &path, Some(&serde_json::json!({})))
        .await?
        .json()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    const ACTIVE: &str = r#"{"id":"8a1e","org_id":"o","name":"ci-deploy",
        "masked_key":"hpk_1nzb***************************************","status":"active",
        "groups":["sre"],"created_by":"admin@example.com","created_at":"2025-08-25T12:00:00.123456Z"}"#;

    #[test]
    fn list_null_is_empty_and_optional_fields_are_absent() {
        assert!(parse_list("null").unwrap().is_empty());
        let keys = parse_list(&format!("[{ACTIVE}]")).unwrap();
        assert_eq!(keys[0].status, KeyStatus::Active);
        assert_eq!(keys[0].last_used_at, None);
        assert_eq!(keys[0].masked_key.len(), 47);
    }

    #[test]
    fn revoked_key_carries_who_and_when() {
        let k: ApiKey = decode(
            r#"{"id":"1","name":"old","status":"revoked","groups":[],
            "created_by":"a","created_at":"2025-01-01T00:00:00Z","deactivated_by":"b@x",
            "deactivated_at":"2025-02-01T00:00:00+02:00","last_used_at":"2025-01-31T10:00:00Z"}"#,
        )
        .unwrap();
        assert_eq!(k.status, KeyStatus::Revoked);
        assert_eq!(k.deactivated_by.as_deref(), Some("b@x"));
    }

    #[test]
    fn create_response_with_null_groups_and_redacted_debug() {
        let body = r#"{"id":"1","org_id":"o","name":"n","masked_key":"hpk_abcd***","status":"active",
            "groups":null,"created_by":"a","created_at":"2025-01-01T00:00:00Z",
            "key":"hpk_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"}"#;
        let created = parse_created(body).unwrap();
        assert!(created.key.groups.is_empty());
        assert!(created.secret.starts_with("hpk_"));
        assert!(!format!("{created:?}").contains("hpk_abcdefgh"));
    }

    #[test]
    fn update_body_keeps_or_clears() {
        let keep = serde_json::to_string(&ApiKeyUpdate {
            name: Some("n".into()),
            groups: None,
        })
        .unwrap();
        assert_eq!(keep, r#"{"name":"n"}"#);
        let clear = serde_json::to_string(&ApiKeyUpdate {
            name: None,
            groups: Some(vec![]),
        })
        .unwrap();
        assert_eq!(clear, r#"{"groups":[]}"#);
    }
}
