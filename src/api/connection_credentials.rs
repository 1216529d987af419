//! A person's native credentials for a connection: request (maybe via review), resume, list,
//! close and revoke.

use super::{machine_identities::CredentialFields, segment, Api, ApiError, Method};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ConnectionCredentials {
    #[serde(default)]
    pub id: String,
    pub connection_name: String,
    #[serde(default)]
    pub connection_type: String,
    #[serde(default)]
    pub connection_subtype: String,
    #[serde(default)]
    pub connection_credentials: Option<CredentialFields>,
    #[serde(default)]
    pub session_id: String,
    #[serde(default)]
    pub has_review: bool,
    #[serde(default)]
    pub review_id: Option<String>,
    #[serde(default)]
    pub expire_at: Option<String>,
    #[serde(default)]
    pub created_at: String,
}

/// What asking for credentials led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Requested {
    /// 201: the credential, secrets included (boxed: it dwarfs the other variant).
    Issued(Box<ConnectionCredentials>),
    /// 202: a reviewer must approve first; resume with `session_id` afterwards.
    NeedsReview {
        session_id: String,
        review_id: String,
        expire_at: Option<String>,
    },
}

/// What resuming after review led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resumed {
    Issued(Box<ConnectionCredentials>),
    StillPending,
}

#[derive(Serialize)]
struct RequestBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    access_duration_seconds: Option<i64>,
}

/// A row of the caller's active credentials (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ActiveCredential {
    pub id: String,
    #[serde(default)]
    pub connection_id: String,
    pub connection_name: String,
    #[serde(default)]
    pub connection_type: String,
    #[serde(default)]
    pub connection_subtype: String,
    #[serde(default)]
    pub session_id: String,
    #[serde(default)]
    pub expire_at: Option<String>,
    #[serde(default)]
    pub created_at: String,
}

pub fn parse_requested(status: u16, body: &str) -> Result<Requested, ApiError> {
    let c: ConnectionCredentials = super::decode(body)?;
    if status == 202 || c.has_review {
        return Ok(Requested::NeedsReview {
            session_id: c.session_id,
            review_id: c.review_id.unwrap_or_default(),
            expire_at: c.expire_at,
        });
    }
    Ok(Requested::Issued(Box::new(c)))
}

pub fn parse_resumed(status: u16, body: &str) -> Result<Resumed, ApiError> {
    if status == 202 {
        return Ok(Resumed::StillPending);
    }
    super::decode(body).map(|c| Resumed::Issued(Box::new(c)))
}

fn base(connection: &str) -> String {
    format!("/connections/{}/credentials", segment(connection))
}

/// `seconds` of `None` asks for a persistent credential where the connection allows one.
pub async fn request_credentials(
    api: &Api,
    connection: &str,
    seconds: Option<i64>,
) -> Result<Requested, ApiError> {
    let body = RequestBody {
        access_duration_seconds: seconds,
    };
    let reply = api
        .send(Method::Post, &base(connection), Some(&body))
        .await?;
    parse_requested(reply.status, &reply.body)
}

pub async fn resume_credentials(
    api: &Api,
    connection: &str,
    session_id: &str,
) -> Result<Resumed, ApiError> {
    let path = format!("{}/{}", base(connection), segment(session_id));
    let reply = api
        .send(Method::Post, &path, Some(&serde_json::json!({})))
        .await?;
    parse_resumed(reply.status, &reply.body)
}

pub async fn get_credentials(
    api: &Api,
    connection: &str,
) -> Result<ConnectionCredentials, ApiError> {
    api.get(&base(connection)).await
}

pub async fn list_active(api: &Api) -> Result<Vec<ActiveCredential>, ApiError> {
    #[derive(Deserialize)]
    struct Items {
        #[serde(default, deserialize_with = "super::serde_util::null_as_empty")]
        items: Vec<ActiveCredential>,
    }
    Ok(api.get::<Items>("/connection-credentials").await?.items)
}

/// Ends the audit session; the token stays valid for the next connect.
pub async fn close_credential(api: &Api, connection: &str, id: &str) -> Result<(), ApiError> {
    let path = format!("{}/{}/close", base(connection), segment(id));
    api.send(Method::Post, &path, Some(&serde_json::json!({})))
        .await
        .map(drop)
}

/// Burns the token: it stops working everywhere at once.
pub async fn revoke_credential(api: &Api, connection: &str, id: &str) -> Result<(), ApiError> {
    let path = format!("{}/{}/revoke", base(connection), segment(id));
    api.send(Method::Post, &path, Some(&serde_json::json!({})))
        .await
        .map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_required_202() {
        let body = r#"{"id":"","connection_name":"pg-reviewed","connection_type":"database",
          "connection_subtype":"postgres","session_id":"s-1","has_review":true,"review_id":"r-1",
          "expire_at":"2025-08-25T13:00:00Z","created_at":"2025-08-25T12:00:00Z"}"#;
        assert_eq!(
            parse_requested(202, body).unwrap(),
            Requested::NeedsReview {
                session_id: "s-1".into(),
                review_id: "r-1".into(),
                expire_at: Some("2025-08-25T13:00:00Z".into())
            }
        );
    }

    #[test]
    fn issued_201_persistent_and_pending_resume_shape() {
        let body = r#"{"id":"c-1","connection_name":"grafana","connection_type":"httpproxy",
          "connection_subtype":"httpproxy","connection_credentials":{"hostname":"127.0.0.1","port":"18888",
          "proxy_token":"httpproxy-abc","command":"{\"curl\":\"curl\"}"},"session_id":"s","has_review":false,
          "expire_at":null,"created_at":"2025-08-25T12:00:00Z"}"#;
        match parse_requested(201, body).unwrap() {
            Requested::Issued(c) => {
                assert_eq!(c.expire_at, None);
                assert_eq!(
                    c.connection_credentials.unwrap().proxy_token,
                    "httpproxy-abc"
                );
            }
            other => panic!("unexpected {other:?}"),
        }
        let pending = r#"{"message":"review is still pending approval","session_id":"s","review_id":"r","status":"PENDING"}"#;
        assert_eq!(parse_resumed(202, pending).unwrap(), Resumed::StillPending);
    }
}
