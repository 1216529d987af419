//! The gateway's security audit log (`GET /api/audit/logs`, admins and auditors): one entry per
//! write that reached a handler, newest first, paged by the gateway.

use super::{
    json::{self, need, Decode, Reader},
    segment, Api, ApiError,
};

/// One audited write. The gateway records no resource id: the resource is known only from
/// `http_path` (ids and names as path parameters) or, for a create, the payload's `name`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuditEntry {
    pub id: String,
    pub actor_subject: String,
    pub actor_email: String,
    pub actor_name: String,
    pub created_at: String,
    pub resource_type: String,
    pub action: String,
    pub http_method: String,
    pub http_status: u16,
    pub http_path: String,
    pub client_ip: String,
    /// The request body with the gateway's redactions; `None` when there was none.
    pub request_payload_redacted: Option<Payload>,
    pub outcome: bool,
    pub error_message: String,
}

impl Decode for AuditEntry {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut e = Self::default();
        let mut id = None;
        r.object(&mut |r, field| {
            match field {
                "id" => id = Some(r.string()?),
                "actor_subject" => e.actor_subject = r.string()?,
                "actor_email" => e.actor_email = r.string()?,
                "actor_name" => e.actor_name = r.string()?,
                "created_at" => e.created_at = r.string()?,
                "resource_type" => e.resource_type = r.string()?,
                "action" => e.action = r.string()?,
                "http_method" => e.http_method = r.string()?,
                "http_status" => e.http_status = r.whole()?,
                "http_path" => e.http_path = r.string()?,
                "client_ip" => e.client_ip = r.string()?,
                "request_payload_redacted" => e.request_payload_redacted = r.read()?,
                "outcome" => e.outcome = r.bool()?,
                "error_message" => e.error_message = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        e.id = need(id, "id")?;
        Ok(e)
    }
}

/// The top-level members of a logged request body that the log's sentences use: text, flags
/// and lists of text. Nested objects and numbers are passed over.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Payload(Vec<(String, Member)>);

#[derive(Debug, Clone, PartialEq)]
enum Member {
    Null,
    Flag(bool),
    Text(String),
    /// The list's strings; other items are left out.
    List(Vec<String>),
    Other,
}

impl Decode for Payload {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut members = Vec::new();
        if r.peek() != Some(b'{') {
            r.skip()?;
            return Ok(Self(members));
        }
        r.object(&mut |r, name| {
            let member = match r.peek() {
                Some(b'"') => Member::Text(r.string()?),
                Some(b't' | b'f') => Member::Flag(r.bool()?),
                _ if r.null() => Member::Null,
                Some(b'[') => {
                    let mut list = Vec::new();
                    r.array(&mut |r| {
                        match r.peek() {
                            Some(b'"') => list.push(r.string()?),
                            _ => r.skip()?,
                        }
                        Ok(())
                    })?;
                    Member::List(list)
                }
                _ => {
                    r.skip()?;
                    Member::Other
                }
            };
            members.push((name.to_string(), member));
            Ok(())
        })?;
        Ok(Self(members))
    }
}

impl Payload {
    fn get(&self, field: &str) -> Option<&Member> {
        self.0.iter().find(|(n, _)| n == field).map(|(_, m)| m)
    }
}

impl AuditEntry {
    fn member(&self, field: &str) -> Option<&Member> {
        self.request_payload_redacted.as_ref()?.get(field)
    }

    /// A string field of the payload (`name` of a create, for instance).
    pub fn payload_str(&self, field: &str) -> Option<&str> {
        match self.member(field)? {
            Member::Text(s) => Some(s),
            _ => None,
        }
    }

    /// A list-of-strings field of the payload (`groups`, `connection_names`); `null` is empty.
    pub fn payload_list(&self, field: &str) -> Option<Vec<String>> {
        match self.member(field)? {
            Member::Null => Some(Vec::new()),
            Member::List(items) => Some(items.clone()),
            _ => None,
        }
    }

    /// A boolean field of the payload (`enabled` of a feature flag).
    pub fn payload_flag(&self, field: &str) -> Option<bool> {
        match self.member(field)? {
            Member::Flag(b) => Some(*b),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pages {
    /// Matching rows (not pages).
    pub total: u64,
    pub page: u32,
    pub size: u32,
}

impl Decode for Pages {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut p = Self::default();
        let mut total = None;
        r.object(&mut |r, field| {
            match field {
                "total" => total = Some(r.whole()?),
                "page" => p.page = r.whole()?,
                "size" => p.size = r.whole()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        p.total = need(total, "total")?;
        Ok(p)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AuditPage {
    pub pages: Pages,
    pub data: Vec<AuditEntry>,
}

impl Decode for AuditPage {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let (mut pages, mut data) = (None, Vec::new());
        r.object(&mut |r, field| {
            match field {
                "pages" => pages = Some(r.read()?),
                "data" => data = r.read()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(Self {
            pages: need(pages, "pages")?,
            data,
        })
    }
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
