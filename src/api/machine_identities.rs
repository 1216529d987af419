//! Machine identities: named non-human callers with per-connection credentials.

use super::{
    decode, segment,
    serde_util::{null_as_blank, null_as_empty, port_string},
    Api, ApiError, Method,
};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct MachineIdentity {
    #[serde(default)]
    pub id: String,
    pub name: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub description: String,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub connection_names: Vec<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub attributes: Vec<String>,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub created_at: String,
    #[serde(default, deserialize_with = "null_as_blank")]
    pub updated_at: String,
}

/// The fields a credential can carry, whatever its kind; each kind fills some of them.
#[derive(Clone, PartialEq, Eq, Default, Deserialize)]
pub struct CredentialFields {
    #[serde(default)]
    pub hostname: String,
    #[serde(default, deserialize_with = "port_string")]
    pub port: String,
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub database_name: String,
    #[serde(default)]
    pub connection_string: String,
    #[serde(default)]
    pub command: String,
    #[serde(default)]
    pub proxy_token: String,
    #[serde(default)]
    pub endpoint_url: String,
    #[serde(default)]
    pub aws_access_key_id: String,
    #[serde(default)]
    pub aws_secret_access_key: String,
    /// Claude Code through Vertex AI only (a feature flag of the gateway).
    #[serde(default)]
    pub vertex_project_id: String,
    #[serde(default)]
    pub vertex_region: String,
}

// Credentials must never reach logs.
impl fmt::Debug for CredentialFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CredentialFields(<redacted>)")
    }
}

/// One connection's credential for a machine identity, secrets included.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "WireCredential")]
pub struct MiCredential {
    pub connection_name: String,
    pub connection_type: String,
    pub connection_subtype: String,
    pub fields: CredentialFields,
    secret_key: Redacted,
}

/// A credential as the gateway writes it: its fields beside the connection's. Spelled out
/// instead of `#[serde(flatten)]`, which buffers every field through serde's generic content
/// type (several KB of wasm for one answer).
#[derive(Deserialize)]
struct WireCredential {
    connection_name: String,
    #[serde(default)]
    connection_type: String,
    #[serde(default)]
    connection_subtype: String,
    #[serde(default)]
    secret_key: Redacted,
    #[serde(default)]
    hostname: String,
    #[serde(default, deserialize_with = "port_string")]
    port: String,
    #[serde(default)]
    username: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    database_name: String,
    #[serde(default)]
    connection_string: String,
    #[serde(default)]
    command: String,
    #[serde(default)]
    proxy_token: String,
    #[serde(default)]
    endpoint_url: String,
    #[serde(default)]
    aws_access_key_id: String,
    #[serde(default)]
    aws_secret_access_key: String,
    #[serde(default)]
    vertex_project_id: String,
    #[serde(default)]
    vertex_region: String,
}

impl From<WireCredential> for MiCredential {
    fn from(w: WireCredential) -> Self {
        Self {
            connection_name: w.connection_name,
            connection_type: w.connection_type,
            connection_subtype: w.connection_subtype,
            secret_key: w.secret_key,
            fields: CredentialFields {
                hostname: w.hostname,
                port: w.port,
                username: w.username,
                password: w.password,
                database_name: w.database_name,
                connection_string: w.connection_string,
                command: w.command,
                proxy_token: w.proxy_token,
                endpoint_url: w.endpoint_url,
                aws_access_key_id: w.aws_access_key_id,
                aws_secret_access_key: w.aws_secret_access_key,
                vertex_project_id: w.vertex_project_id,
                vertex_region: w.vertex_region,
            },
        }
    }
}

#[derive(Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(transparent)]
struct Redacted(String);

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl MiCredential {
    pub fn secret_key(&self) -> &str {
        &self.secret_key.0
    }
}

/// The body of create and update. Always complete: the gateway overwrites what is omitted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MachineIdentityBody {
    pub name: String,
    pub description: String,
    pub connection_names: Vec<String>,
    pub attributes: Vec<String>,
}

/// The create response: the identity's fields plus `credentials`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    pub identity: MachineIdentity,
    pub credentials: Vec<MiCredential>,
}

/// The update response: the identity's fields plus `new_credentials`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Updated {
    pub identity: MachineIdentity,
    pub new_credentials: Vec<MiCredential>,
}

/// The credentials beside the identity in a create (`credentials`) or update
/// (`new_credentials`) answer.
#[derive(Deserialize)]
struct NewCredentials {
    #[serde(default, deserialize_with = "null_as_empty")]
    credentials: Vec<MiCredential>,
    #[serde(default, deserialize_with = "null_as_empty")]
    new_credentials: Vec<MiCredential>,
}

/// Both answers are one object; read as two views of the same text rather than with
/// `#[serde(flatten)]`.
fn with_credentials(body: &str) -> Result<(MachineIdentity, NewCredentials), ApiError> {
    Ok((decode(body)?, decode(body)?))
}

fn path(name: &str) -> String {
    format!("/machineidentities/{}", segment(name))
}

pub async fn list_machine_identities(api: &Api) -> Result<Vec<MachineIdentity>, ApiError> {
    let reply = api
        .send(Method::Get, "/machineidentities", None::<&()>)
        .await?;
    Ok(super::decode::<Option<Vec<MachineIdentity>>>(&reply.body)?.unwrap_or_default())
}

pub async fn get_machine_identity(api: &Api, name: &str) -> Result<MachineIdentity, ApiError> {
    api.get(&path(name)).await
}

pub async fn create_machine_identity(
    api: &Api,
    body: &MachineIdentityBody,
) -> Result<Created, ApiError> {
    let reply = api
        .send(Method::Post, "/machineidentities", Some(body))
        .await?;
    let (identity, c) = with_credentials(&reply.body)?;
    Ok(Created {
        identity,
        credentials: c.credentials,
    })
}

/// Updates (and renames, when `body.name` differs). The answer's timestamps are zeroed:
/// re-fetch the identity to show them.
pub async fn update_machine_identity(
    api: &Api,
    name: &str,
    body: &MachineIdentityBody,
) -> Result<Updated, ApiError> {
    let reply = api.send(Method::Put, &path(name), Some(body)).await?;
    let (identity, c) = with_credentials(&reply.body)?;
    Ok(Updated {
        identity,
        new_credentials: c.new_credentials,
    })
}

pub async fn delete_machine_identity(api: &Api, name: &str) -> Result<(), ApiError> {
    api.send(Method::Delete, &path(name), None::<&()>)
        .await
        .map(drop)
}

pub async fn list_credentials(api: &Api, name: &str) -> Result<Vec<MiCredential>, ApiError> {
    let reply = api
        .send(
            Method::Get,
            &format!("{}/credentials", path(name)),
            None::<&()>,
        )
        .await?;
    Ok(super::decode::<Option<Vec<MiCredential>>>(&reply.body)?.unwrap_or_default())
}

pub async fn rotate_credential(
    api: &Api,
    name: &str,
    connection: &str,
) -> Result<MiCredential, ApiError> {
    let p = format!("{}/credentials/{}/rotate", path(name), segment(connection));
    api.send(Method::Post, &p, Some(&serde_json::json!({})))
        .await?
        .json()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    #[test]
    fn create_response_with_postgres_and_ssh_credentials() {
        let body = r#"{"id":"5f0c","name":"billing-worker","description":"","connection_names":["pg-demo","ssh-bastion"],
          "attributes":["prod"],"created_at":"2025-08-25T12:00:00Z","updated_at":"2025-08-25T12:00:00Z",
          "credentials":[{"connection_name":"pg-demo","connection_type":"database","connection_subtype":"postgres",
          "secret_key":"pg-abc","hostname":"127.0.0.1","port":"15432","username":"pg-abc","password":"hoop",
          "database_name":"postgres","connection_string":"postgres://pg-abc:hoop@127.0.0.1:15432/postgres?sslmode=disable"},
          {"connection_name":"ssh-bastion","connection_type":"application","connection_subtype":"ssh",
          "secret_key":"ssh-xyz","hostname":"127.0.0.1","port":"12222","username":"hoop","password":"ssh-xyz",
          "command":"sshpass -p 'hoop' ssh ssh-xyz@127.0.0.1 -p 12222"}]}"#;
        let (identity, c) = with_credentials(body).unwrap();
        let created = Created {
            identity,
            credentials: c.credentials,
        };
        assert_eq!(created.credentials.len(), 2);
        assert_eq!(created.credentials[0].fields.port, "15432");
        assert_eq!(created.credentials[1].secret_key(), "ssh-xyz");
        assert!(!format!("{created:?}").contains("ssh-xyz"));
    }

    #[test]
    fn update_response_has_zeroed_timestamps_and_null_new_credentials() {
        let body = r#"{"id":"5f0c","name":"w","description":"d","connection_names":[],"attributes":[],
          "created_at":"0001-01-01T00:00:00Z","updated_at":"0001-01-01T00:00:00Z","new_credentials":null}"#;
        let (identity, c) = with_credentials(body).unwrap();
        assert!(c.new_credentials.is_empty());
        assert_eq!(identity.created_at, "0001-01-01T00:00:00Z");
    }

    #[test]
    fn aws_ssm_credential_without_host_and_numeric_port_elsewhere() {
        let c: MiCredential = decode(
            r#"{"connection_name":"aws","connection_type":"custom",
          "secret_key":"aws-ssm-1","endpoint_url":"http://gw/ssm/","aws_access_key_id":"AKIA",
          "aws_secret_access_key":"0123","connection_string":"AWS_ACCESS_KEY_ID=AKIA aws ssm"}"#,
        )
        .unwrap();
        assert_eq!(c.fields.hostname, "");
        assert_eq!(c.fields.aws_access_key_id, "AKIA");
        let n: CredentialFields = decode(r#"{"port":5432}"#).unwrap();
        assert_eq!(n.port, "5432");
        let text: CredentialFields = decode(r#"{"port":"22"}"#).unwrap();
        assert_eq!(text.port, "22");
        let none: CredentialFields = decode(r#"{"port":null}"#).unwrap();
        assert_eq!(none.port, "");
        assert!(decode::<CredentialFields>(r#"{"port":[1]}"#).is_err());
    }

    #[test]
    fn body_is_always_complete() {
        let body = MachineIdentityBody {
            name: "w".into(),
            description: String::new(),
            connection_names: vec![],
            attributes: vec![],
        };
        assert_eq!(
            serde_json::to_string(&body).unwrap(),
            r#"{"name":"w","description":"","connection_names":[],"attributes":[]}"#
        );
    }
}
