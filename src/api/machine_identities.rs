//! Machine identities: named non-human callers with per-connection credentials.

use super::{
    decode,
    json::{self, need, Decode, Object, Reader},
    no_fields, segment, Api, ApiError, Method,
};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MachineIdentity {
    pub id: String,
    pub name: String,
    pub description: String,
    pub connection_names: Vec<String>,
    pub attributes: Vec<String>,
    pub created_at: String,
    pub updated_at: String,
}

impl Decode for MachineIdentity {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut name = None;
        let mut m = Self::default();
        r.object(&mut |r, field| {
            match field {
                "id" => m.id = r.string()?,
                "name" => name = Some(r.string()?),
                "description" => m.description = r.string()?,
                "connection_names" => m.connection_names = r.read()?,
                "attributes" => m.attributes = r.read()?,
                "created_at" => m.created_at = r.string()?,
                "updated_at" => m.updated_at = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        m.name = need(name, "name")?;
        Ok(m)
    }
}

/// The fields a credential can carry, whatever its kind; each kind fills some of them.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct CredentialFields {
    pub hostname: String,
    /// Given as a number or a string; kept as text.
    pub port: String,
    pub username: String,
    pub password: String,
    pub database_name: String,
    pub connection_string: String,
    pub command: String,
    pub proxy_token: String,
    pub endpoint_url: String,
    pub aws_access_key_id: String,
    pub aws_secret_access_key: String,
    /// Claude Code through Vertex AI only (a feature flag of the gateway).
    pub vertex_project_id: String,
    pub vertex_region: String,
}

impl CredentialFields {
    /// Reads `field` if it is one of these; `Ok(false)` leaves it to the caller.
    fn read_field(&mut self, r: &mut Reader, field: &str) -> json::Result<bool> {
        let slot = match field {
            "port" => {
                self.port = r.number_or_string()?;
                return Ok(true);
            }
            "hostname" => &mut self.hostname,
            "username" => &mut self.username,
            "password" => &mut self.password,
            "database_name" => &mut self.database_name,
            "connection_string" => &mut self.connection_string,
            "command" => &mut self.command,
            "proxy_token" => &mut self.proxy_token,
            "endpoint_url" => &mut self.endpoint_url,
            "aws_access_key_id" => &mut self.aws_access_key_id,
            "aws_secret_access_key" => &mut self.aws_secret_access_key,
            "vertex_project_id" => &mut self.vertex_project_id,
            "vertex_region" => &mut self.vertex_region,
            _ => return Ok(false),
        };
        *slot = r.string()?;
        Ok(true)
    }
}

impl Decode for CredentialFields {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut f = Self::default();
        r.object(&mut |r, field| match f.read_field(r, field)? {
            true => Ok(()),
            false => r.skip(),
        })?;
        Ok(f)
    }
}

// Credentials must never reach logs.
impl fmt::Debug for CredentialFields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CredentialFields(<redacted>)")
    }
}

/// One connection's credential for a machine identity, secrets included. The gateway writes
/// the credential's fields beside the connection's, in one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MiCredential {
    pub connection_name: String,
    pub connection_type: String,
    pub connection_subtype: String,
    pub fields: CredentialFields,
    secret_key: Redacted,
}

impl Decode for MiCredential {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut name = None;
        let (mut kind, mut subtype, mut secret) = (String::new(), String::new(), String::new());
        let mut fields = CredentialFields::default();
        r.object(&mut |r, field| {
            match field {
                "connection_name" => name = Some(r.string()?),
                "connection_type" => kind = r.string()?,
                "connection_subtype" => subtype = r.string()?,
                "secret_key" => secret = r.string()?,
                _ => {
                    if !fields.read_field(r, field)? {
                        r.skip()?;
                    }
                }
            }
            Ok(())
        })?;
        Ok(Self {
            connection_name: need(name, "connection_name")?,
            connection_type: kind,
            connection_subtype: subtype,
            fields,
            secret_key: Redacted(secret),
        })
    }
}

#[derive(Clone, PartialEq, Eq, Default)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineIdentityBody {
    pub name: String,
    pub description: String,
    pub connection_names: Vec<String>,
    pub attributes: Vec<String>,
}

impl MachineIdentityBody {
    fn json(&self) -> String {
        Object::new()
            .str("name", &self.name)
            .str("description", &self.description)
            .strs("connection_names", &self.connection_names)
            .strs("attributes", &self.attributes)
            .end()
    }
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
struct NewCredentials {
    credentials: Vec<MiCredential>,
    new_credentials: Vec<MiCredential>,
}

impl Decode for NewCredentials {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let (mut credentials, mut new_credentials) = (Vec::new(), Vec::new());
        r.object(&mut |r, field| {
            match field {
                "credentials" => credentials = r.read()?,
                "new_credentials" => new_credentials = r.read()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(Self {
            credentials,
            new_credentials,
        })
    }
}

/// Both answers are one object; read as two views of the same text: the identity, then the
/// credentials its reader skips.
fn with_credentials(body: &str) -> Result<(MachineIdentity, NewCredentials), ApiError> {
    Ok((decode(body)?, decode(body)?))
}

fn path(name: &str) -> String {
    format!("/machineidentities/{}", segment(name))
}

pub async fn list_machine_identities(api: &Api) -> Result<Vec<MachineIdentity>, ApiError> {
    let reply = api.send(Method::Get, "/machineidentities", None).await?;
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
        .send(Method::Post, "/machineidentities", Some(body.json()))
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
    let reply = api
        .send(Method::Put, &path(name), Some(body.json()))
        .await?;
    let (identity, c) = with_credentials(&reply.body)?;
    Ok(Updated {
        identity,
        new_credentials: c.new_credentials,
    })
}

pub async fn delete_machine_identity(api: &Api, name: &str) -> Result<(), ApiError> {
    api.send(Method::Delete, &path(name), None).await.map(drop)
}

pub async fn list_credentials(api: &Api, name: &str) -> Result<Vec<MiCredential>, ApiError> {
    let reply = api
        .send(Method::Get, &format!("{}/credentials", path(name)), None)
        .await?;
    Ok(super::decode::<Option<Vec<MiCredential>>>(&reply.body)?.unwrap_or_default())
}

pub async fn rotate_credential(
    api: &Api,
    name: &str,
    connection: &str,
) -> Result<MiCredential, ApiError> {
    let p = format!("{}/credentials/{}/rotate", path(name), segment(connection));
    api.send(Method::Post, &p, no_fields()).await?.json()
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
            body.json(),
            r#"{"name":"w","description":"","connection_names":[],"attributes":[]}"#
        );
    }
}
