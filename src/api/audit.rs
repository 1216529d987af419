//! The gateway's security audit log (`GET /api/audit/logs`, admins and auditors): one entry per
//! write that reached a handler, newest first, paged by the gateway.

use super::{segment, serde_util::null_as_blank, Api, ApiError};
use serde::Deserialize;

/// One audited write. The gateway records no resource id: the resource is known only from
/// `http_path` (ids and names as path parameters) or, for a create, the payload's `name`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AuditEntry {
    pub id: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub actor_subject: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub actor_email: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub actor_name: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub created_at: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub resource_type: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub action: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub http_method: String,
    #[serde(default)]
    pub http_status: u16,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub http_path: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub client_ip: String,
    /// The request body with the gateway's redactions; `None` when there was none.
    #[serde(default)]
    pub request_payload_redacted: Option<serde_json::Value>,
    #[serde(default)]
    pub outcome: bool,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub error_message: String,
}

impl AuditEntry {
    /// A string field of the payload (`name` of a create, for instance).
    pub fn payload_str(&self, field: &str) -> Option<&str> {
        self.request_payload_redacted.as_ref()?.get(field)?.as_str()
    }

    /// A list-of-strings field of the payload (`groups`, `connection_names`).
    pub fn payload_list(&self, field: &str) -> Option<Vec<String>> {
        let list = self.request_payload_redacted.as_ref()?.get(field)?;
        match list {
            serde_json::Value::Null => Some(Vec::new()),
            serde_json::Value::Array(items) => Some(
                items
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            ),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Pages {
    /// Matching rows (not pages).
    pub total: u64,
    pub page: u32,
    pub size: u32,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AuditPage {
    pub pages: Pages,
    #[serde(default, deserialize_with = "super::serde_util::null_as_empty")]
    pub data: Vec<AuditEntry>,
}

/// The gateway's filters. Text filters other than the exact ones are case-insensitive
/// substrings on the gateway, where `%` and `_` are wildcards: callers that need an exact match
/// check the entries themselves.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AuditQuery {
    pub resource_type: Option<String>,
    pub action: Option<String>,
    pub http_method: Option<String>,
    pub http_path: Option<String>,
    pub actor_subject: Option<String>,
    pub actor_email: Option<String>,
    pub outcome: Option<bool>,
    /// Inclusive bounds, RFC 3339 or `YYYY-MM-DD`.
    pub created_after: Option<String>,
    pub created_before: Option<String>,
    /// 1-based.
    pub page: u32,
    /// 1–100.
    pub page_size: u32,
}

impl AuditQuery {
    /// The path with its query string.
    pub fn path(&self) -> String {
        let mut parts = vec![
            format!("page={}", self.page.max(1)),
            format!("page_size={}", self.page_size.clamp(1, 100)),
        ];
        let text = [
            ("resource_type", &self.resource_type),
            ("action", &self.action),
            ("http_method", &self.http_method),
            ("http_path", &self.http_path),
            ("actor_subject", &self.actor_subject),
            ("actor_email", &self.actor_email),
            ("created_after", &self.created_after),
            ("created_before", &self.created_before),
        ];
        for (name, value) in text {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!("{name}={}", segment(v)));
            }
        }
        if let Some(o) = self.outcome {
            parts.push(format!("outcome={o}"));
        }
        format!("/audit/logs?{}", parts.join("&"))
    }
}

pub async fn list_audit_logs(api: &Api, query: &AuditQuery) -> Result<AuditPage, ApiError> {
    api.get(&query.path()).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    #[test]
    fn query_string_encodes_filters_and_bounds_paging() {
        let q = AuditQuery {
            resource_type: Some("api_keys".into()),
            http_path: Some("/api/api-keys/a b".into()),
            outcome: Some(false),
            created_after: Some("2026-01-01T00:00:00Z".into()),
            actor_email: Some(String::new()),
            page: 0,
            page_size: 500,
            ..Default::default()
        };
        assert_eq!(
            q.path(),
            "/audit/logs?page=1&page_size=100&resource_type=api_keys\
             &http_path=%2Fapi%2Fapi-keys%2Fa%20b&created_after=2026-01-01T00%3A00%3A00Z\
             &outcome=false"
        );
    }

    #[test]
    fn entries_decode_with_null_payload_and_read_payload_fields() {
        let page: AuditPage = decode(
            r#"{"pages":{"total":2,"page":1,"size":50},"data":[
            {"id":"1","org_id":"o","actor_subject":"a@x","actor_email":"a@x","actor_name":"A",
             "created_at":"2026-01-01T00:00:00Z","resource_type":"api_keys","action":"create",
             "http_method":"POST","http_status":201,"http_path":"/api/api-keys","client_ip":"10.0.0.1",
             "request_payload_redacted":{"name":"ci","groups":null},"outcome":true,"error_message":""},
            {"id":"2","org_id":"o","actor_subject":"","actor_email":"","actor_name":"",
             "created_at":"2026-01-01T00:00:00Z","resource_type":"api_keys","action":"delete",
             "http_method":"DELETE","http_status":404,"http_path":"/api/api-keys/x","client_ip":"",
             "request_payload_redacted":null,"outcome":false,"error_message":"not found"}]}"#,
        )
        .unwrap();
        assert_eq!(page.pages.total, 2);
        assert_eq!(page.data[0].payload_str("name"), Some("ci"));
        assert_eq!(page.data[0].payload_list("groups"), Some(vec![]));
        assert_eq!(page.data[1].request_payload_redacted, None);
        assert_eq!(page.data[1].payload_str("name"), None);
    }
}
