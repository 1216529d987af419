//! API keys (Settings → API Keys). Every route is admin-only on the gateway.

use super::{
    decode,
    json::{self, need, Decode, Object, Reader},
    no_fields, segment, Api, ApiError, Method,
};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiKey {
    pub id: String,
    pub name: String,
    pub masked_key: String,
    pub status: KeyStatus,
    pub groups: Vec<String>,
    pub created_by: String,
    pub created_at: String,
    pub deactivated_by: Option<String>,
    pub deactivated_at: Option<String>,
    pub last_used_at: Option<String>,
}

impl Decode for ApiKey {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let (mut id, mut name, mut status) = (None, None, None);
        let (mut masked_key, mut groups) = (String::new(), Vec::new());
        let (mut created_by, mut created_at) = (String::new(), String::new());
        let (mut deactivated_by, mut deactivated_at, mut last_used_at) = (None, None, None);
        r.object(&mut |r, field| {
            match field {
                "id" => id = Some(r.string()?),
                "name" => name = Some(r.string()?),
                "masked_key" => masked_key = r.string()?,
                "status" => status = Some(KeyStatus::read(r)?),
                "groups" => groups = r.read()?,
                "created_by" => created_by = r.string()?,
                "created_at" => created_at = r.string()?,
                "deactivated_by" => deactivated_by = r.read()?,
                "deactivated_at" => deactivated_at = r.read()?,
                "last_used_at" => last_used_at = r.read()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(Self {
            id: need(id, "id")?,
            name: need(name, "name")?,
            masked_key,
            status: need(status, "status")?,
            groups,
            created_by,
            created_at,
            deactivated_by,
            deactivated_at,
            last_used_at,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyStatus {
    Active,
    Revoked,
}

impl KeyStatus {
    fn read(r: &mut Reader) -> json::Result<Self> {
        match r.string()?.as_str() {
            "active" => Ok(Self::Active),
            "revoked" => Ok(Self::Revoked),
            other => Err(json::Error(format!("unknown key status `{other}`"))),
        }
    }
}

/// The create response: the key plus its raw secret, which exists only in this value.
#[derive(Clone, PartialEq, Eq)]
pub struct CreatedApiKey {
    pub key: ApiKey,
    pub secret: String,
}

/// The create response is one object: the key's fields plus `key`, the raw secret. Read as two
/// views of the same text: the key, then the one field the key's reader skips.
fn parse_created(body: &str) -> Result<CreatedApiKey, ApiError> {
    let key = decode::<ApiKey>(body)?;
    let secret = need(json::member(body, "key")?, "key")?;
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

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewApiKey {
    pub name: String,
    pub groups: Vec<String>,
}

impl NewApiKey {
    fn json(&self) -> String {
        Object::new()
            .str("name", &self.name)
            .strs("groups", &self.groups)
            .end()
    }
}

/// An update. `None` keeps the current value; `Some(vec![])` clears the groups.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApiKeyUpdate {
    pub name: Option<String>,
    pub groups: Option<Vec<String>>,
}

impl ApiKeyUpdate {
    /// Only what changes: the gateway keeps an omitted member as it is.
    fn json(&self) -> String {
        let mut o = Object::new();
        if let Some(name) = &self.name {
            o = o.str("name", name);
        }
        if let Some(groups) = &self.groups {
            o = o.strs("groups", groups);
        }
        o.end()
    }
}

pub fn parse_list(body: &str) -> Result<Vec<ApiKey>, ApiError> {
    Ok(super::decode::<Option<Vec<ApiKey>>>(body)?.unwrap_or_default())
}

pub async fn list_api_keys(api: &Api) -> Result<Vec<ApiKey>, ApiError> {
    let reply = api.send(Method::Get, "/api-keys", None).await?;
    parse_list(&reply.body)
}

pub async fn get_api_key(api: &Api, id: &str) -> Result<ApiKey, ApiError> {
    api.get(&format!("/api-keys/{}", segment(id))).await
}

pub async fn create_api_key(api: &Api, new: &NewApiKey) -> Result<CreatedApiKey, ApiError> {
    let reply = api
        .send(Method::Post, "/api-keys", Some(new.json()))
        .await?;
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
        Some(update.json()),
    )
    .await?
    .json()
}

/// Deactivates (soft-deletes) a key: from now on it gets 401.
pub async fn revoke_api_key(api: &Api, id: &str) -> Result<(), ApiError> {
    api.send(Method::Delete, &format!("/api-keys/{}", segment(id)), None)
        .await
        .map(drop)
}

/// Reactivates a key; the same secret works again.
pub async fn reactivate_api_key(api: &Api, id: &str) -> Result<ApiKey, ApiError> {
    let path = format!("/api-keys/{}/reactivate", segment(id));
    api.send(Method::Post, &path, no_fields()).await?.json()
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
        let keep = ApiKeyUpdate {
            name: Some("n".into()),
            groups: None,
        };
        assert_eq!(keep.json(), r#"{"name":"n"}"#);
        let clear = ApiKeyUpdate {
            name: None,
            groups: Some(vec![]),
        };
        assert_eq!(clear.json(), r#"{"groups":[]}"#);
        let new = NewApiKey {
            name: "ci".into(),
            groups: vec!["sre".into()],
        };
        assert_eq!(new.json(), r#"{"name":"ci","groups":["sre"]}"#);
    }
}
