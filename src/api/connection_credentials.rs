//! A person's native credentials for a connection: request (maybe via review), resume, list,
//! close and revoke.

use super::{
    json::{self, need, Decode, Object, Reader},
    machine_identities::CredentialFields,
    no_fields, segment, Api, ApiError, Method,
};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConnectionCredentials {
    pub id: String,
    pub connection_name: String,
    pub connection_type: String,
    pub connection_subtype: String,
    pub connection_credentials: Option<CredentialFields>,
    pub session_id: String,
    pub has_review: bool,
    pub review_id: Option<String>,
    pub expire_at: Option<String>,
    pub created_at: String,
}

impl Decode for ConnectionCredentials {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut name = None;
        let mut c = Self::default();
        r.object(&mut |r, field| {
            match field {
                "id" => c.id = r.string()?,
                "connection_name" => name = Some(r.string()?),
                "connection_type" => c.connection_type = r.string()?,
                "connection_subtype" => c.connection_subtype = r.string()?,
                "connection_credentials" => c.connection_credentials = r.read()?,
                "session_id" => c.session_id = r.string()?,
                "has_review" => c.has_review = r.bool()?,
                "review_id" => c.review_id = r.read()?,
                "expire_at" => c.expire_at = r.read()?,
                "created_at" => c.created_at = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        c.connection_name = need(name, "connection_name")?;
        Ok(c)
    }
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

/// A row of the caller's active credentials (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActiveCredential {
    pub id: String,
    pub connection_id: String,
    pub connection_name: String,
    pub connection_type: String,
    pub connection_subtype: String,
    pub session_id: String,
    pub expire_at: Option<String>,
    pub created_at: String,
}

impl Decode for ActiveCredential {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let (mut id, mut name) = (None, None);
        let mut a = Self::default();
        r.object(&mut |r, field| {
            match field {
                "id" => id = Some(r.string()?),
                "connection_id" => a.connection_id = r.string()?,
                "connection_name" => name = Some(r.string()?),
                "connection_type" => a.connection_type = r.string()?,
                "connection_subtype" => a.connection_subtype = r.string()?,
                "session_id" => a.session_id = r.string()?,
                "expire_at" => a.expire_at = r.read()?,
                "created_at" => a.created_at = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        a.id = need(id, "id")?;
        a.connection_name = need(name, "connection_name")?;
        Ok(a)
    }
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

/// What a 404 of these routes means, read from the gateway's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// The connection is gone, or the caller can no longer reach it.
    Connection,
    /// Resume: the session of the request is unknown.
    Session,
    /// Resume: the session has no review.
    Review,
    /// Fetch: nothing was ever issued (or it was revoked).
    NoCredential,
    /// Fetch: the credential's window has passed.
    Expired,
    /// Fetch: the gateway cannot recover the secret.
    Unrecoverable,
    /// Close/revoke: the credential id is unknown or not this connection's.
    Credential,
}

impl Missing {
    pub fn of(e: &ApiError) -> Option<Self> {
        let ApiError::NotFound(m) = e else {
            return None;
        };
        Some(match m.as_str() {
            m if m.starts_with("connection ") => Self::Connection,
            "session not found" => Self::Session,
            m if m.starts_with("review not found") => Self::Review,
            m if m.starts_with("credentials have expired") => Self::Expired,
            m if m.starts_with("no active credentials") => Self::NoCredential,
            m if m.starts_with("no credentials available") => Self::Unrecoverable,
            m if m.starts_with("credential ") => Self::Credential,
            _ => return None,
        })
    }
}

/// The gateway wants a window for this connection (a review or an access rule applies).
pub fn needs_window(e: &ApiError) -> bool {
    matches!(e, ApiError::Invalid { message, .. }
        if message.starts_with("access_duration_seconds is required"))
}

/// Reviews are opened for a user looked up by email; an API key has none, so the gateway
/// fails with this 500.
pub fn review_needs_user(e: &ApiError) -> bool {
    matches!(e, ApiError::Server { message: Some(m), .. } if m == "failed creating review")
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
    let mut body = Object::new();
    if let Some(s) = seconds {
        body = body.int("access_duration_seconds", s);
    }
    let reply = api
        .send(Method::Post, &base(connection), Some(body.end()))
        .await?;
    parse_requested(reply.status, &reply.body)
}

pub async fn resume_credentials(
    api: &Api,
    connection: &str,
    session_id: &str,
) -> Result<Resumed, ApiError> {
    let path = format!("{}/{}", base(connection), segment(session_id));
    let reply = api.send(Method::Post, &path, no_fields()).await?;
    parse_resumed(reply.status, &reply.body)
}

pub async fn get_credentials(
    api: &Api,
    connection: &str,
) -> Result<ConnectionCredentials, ApiError> {
    api.get(&base(connection)).await
}

/// The list answer is `{"items": [...]}`, the list `null` when there are none.
fn parse_active(body: &str) -> Result<Vec<ActiveCredential>, ApiError> {
    Ok(json::member(body, "items")?.unwrap_or_default())
}

pub async fn list_active(api: &Api) -> Result<Vec<ActiveCredential>, ApiError> {
    let reply = api
        .send(Method::Get, "/connection-credentials", None)
        .await?;
    parse_active(&reply.body)
}

/// Ends the audit session; the token stays valid for the next connect.
pub async fn close_credential(api: &Api, connection: &str, id: &str) -> Result<(), ApiError> {
    let path = format!("{}/{}/close", base(connection), segment(id));
    api.send(Method::Post, &path, no_fields()).await.map(drop)
}

/// Burns the token: it stops working everywhere at once.
pub async fn revoke_credential(api: &Api, connection: &str, id: &str) -> Result<(), ApiError> {
    let path = format!("{}/{}/revoke", base(connection), segment(id));
    api.send(Method::Post, &path, no_fields()).await.map(drop)
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

    #[test]
    fn resume_after_approval_is_a_credential() {
        let body = r#"{"id":"c-2","connection_name":"pg-reviewed","connection_type":"database",
          "connection_subtype":"postgres","connection_credentials":{"hostname":"127.0.0.1","port":"15432",
          "username":"pg-secret","password":"hoop","database_name":"payments",
          "connection_string":"postgres://pg-secret:hoop@127.0.0.1:15432/payments"},
          "session_id":"s-1","has_review":false,"expire_at":"2025-08-25T16:00:00Z","created_at":"2025-08-25T12:00:00Z"}"#;
        let Resumed::Issued(c) = parse_resumed(201, body).unwrap() else {
            panic!("not issued");
        };
        assert_eq!(c.expire_at.as_deref(), Some("2025-08-25T16:00:00Z"));
        let f = c.connection_credentials.unwrap();
        assert_eq!(
            (f.username.as_str(), f.port.as_str()),
            ("pg-secret", "15432")
        );
    }

    #[test]
    fn every_kind_of_connection_credentials_decodes() {
        let kinds = [
            r#"{"hostname":"h","port":"12222","username":"hoop","password":"ssh-s","command":"sshpass -p 'hoop' ssh ssh-s@h -p 12222"}"#,
            r#"{"hostname":"h","port":13389,"username":"rdp-s","password":"rdp-s","command":"xfreerdp /v:h:13389 /u:rdp-s /p:rdp-s"}"#,
            r#"{"endpoint_url":"http://h/ssm","aws_access_key_id":"k","aws_secret_access_key":"ssm-s","connection_string":"aws ssm start-session"}"#,
            r#"{"hostname":"h","port":"18888","proxy_token":"mcp-s","command":"{\"mcp\":\"http://h:18888/mcp\",\"curl\":\"curl\"}"}"#,
            r#"{"hostname":"h","port":"18888","proxy_token":"cc-s","command":"{}","vertex_project_id":"p","vertex_region":"r"}"#,
        ];
        for k in kinds {
            let body = format!(
                r#"{{"id":"c","connection_name":"x","connection_credentials":{k},"expire_at":null,"created_at":"2025-08-25T12:00:00Z"}}"#
            );
            let Requested::Issued(c) = parse_requested(201, &body).unwrap() else {
                panic!("{k} is not issued");
            };
            assert!(c.connection_credentials.is_some(), "{k}");
        }
    }

    #[test]
    fn the_active_list_has_no_secrets_and_tolerates_null() {
        let v = parse_active(
            r#"{"items":[{"id":"c","connection_id":"k","connection_name":"pg-demo","connection_type":"database",
            "connection_subtype":"postgres","session_id":"","expire_at":null,"created_at":"2025-08-25T12:00:00Z"}]}"#,
        )
        .unwrap();
        assert_eq!(v[0].expire_at, None);
        assert_eq!(v[0].session_id, "");
        let none = parse_active(r#"{"items":null}"#).unwrap();
        assert!(none.is_empty());
    }

    #[test]
    fn refusals_are_told_apart() {
        let e = |status, body: &str| ApiError::from_response(status, body);
        assert_eq!(
            e(410, r#"{"message":"credentials have expired"}"#),
            ApiError::Gone("credentials have expired".into())
        );
        let missing = [
            ("connection pg-x not found", Missing::Connection),
            ("session not found", Missing::Session),
            ("review not found for this session", Missing::Review),
            (
                "no active credentials found for this connection; open a native connection first",
                Missing::NoCredential,
            ),
            (
                "credentials have expired; open a new native connection",
                Missing::Expired,
            ),
            (
                "no credentials available for this connection",
                Missing::Unrecoverable,
            ),
            (
                "credential c-1 does not belong to connection pg-demo",
                Missing::Credential,
            ),
        ];
        for (text, want) in missing {
            let body = format!(r#"{{"message":"{text}"}}"#);
            assert_eq!(Missing::of(&e(404, &body)), Some(want), "{text}");
        }
        assert!(needs_window(&e(
            400,
            r#"{"message":"access_duration_seconds is required for review-required connections"}"#
        )));
        assert!(!needs_window(&e(
            400,
            r#"{"message":"access duration cannot exceed 48 hours"}"#
        )));
        assert!(review_needs_user(&e(
            500,
            r#"{"message":"failed creating review"}"#
        )));
        assert!(!review_needs_user(&e(500, "")));
        assert_eq!(
            e(403, r#"{"message":"review was rejected"}"#),
            ApiError::Forbidden("review was rejected".into())
        );
    }
}
