//! Connections: the targets machine identities and credentials are issued for.

use super::{
    json::{self, need, Decode, Reader},
    Api, ApiError,
};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Connection {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub subtype: String,
    pub status: String,
    pub access_mode_connect: String,
    pub reviewers: Vec<String>,
    pub attributes: Vec<String>,
    /// Seconds; the most a credential window may last on this connection.
    pub access_max_duration: Option<i64>,
    pub jit_access_duration_sec: Option<i64>,
}

impl Decode for Connection {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut c = Self::default();
        let (mut id, mut name) = (None, None);
        r.object(&mut |r, field| {
            match field {
                "id" => id = Some(r.string()?),
                "name" => name = Some(r.string()?),
                "type" => c.kind = r.string()?,
                "subtype" => c.subtype = r.string()?,
                "status" => c.status = r.string()?,
                "access_mode_connect" => c.access_mode_connect = r.string()?,
                "reviewers" => c.reviewers = r.read()?,
                "attributes" => c.attributes = r.read()?,
                "access_max_duration" => c.access_max_duration = r.read()?,
                "jit_access_duration_sec" => c.jit_access_duration_sec = r.read()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        c.id = need(id, "id")?;
        c.name = need(name, "name")?;
        Ok(c)
    }
}

/// Subtypes after the gateway's aliasing (grafana → httpproxy, git → ssh, …).
pub fn alias_subtype(subtype: &str) -> &str {
    match subtype {
        "git" | "github" => "ssh",
        "grafana" | "kibana" | "kubernetes-token" => "httpproxy",
        "kubernetes-eks" => "kubernetes",
        other => other,
    }
}

const MI_SUBTYPES: [&str; 6] = [
    "postgres",
    "ssh",
    "rdp",
    "aws-ssm",
    "httpproxy",
    "kubernetes",
];

impl Connection {
    fn connect_enabled(&self) -> bool {
        self.access_mode_connect == "enabled"
    }

    /// Why this connection cannot carry machine-identity credentials, if it cannot.
    pub fn machine_identity_blocker(&self) -> Option<String> {
        let aliased = alias_subtype(&self.subtype);
        if !MI_SUBTYPES.contains(&aliased) && aliased != "claude-code" {
            return Some(format!(
                "{} connections cannot carry machine credentials",
                self.subtype
            ));
        }
        (!self.connect_enabled()).then(|| "native (connect) access is disabled".to_string())
    }

    /// Why a person cannot request native credentials for this connection, if they cannot.
    pub fn credentials_blocker(&self) -> Option<String> {
        let aliased = alias_subtype(&self.subtype);
        let extra = ["ssh-local", "mcp", "mcpproxy", "claude-code"];
        if !MI_SUBTYPES.contains(&aliased) && !extra.contains(&aliased) {
            return Some(format!(
                "{} connections do not offer native credentials",
                self.subtype
            ));
        }
        (!self.connect_enabled()).then(|| "native (connect) access is disabled".to_string())
    }
}

/// The list endpoint answers a bare array (or `null`), or a page object when paginated: told
/// apart by the first character.
pub fn parse_connections(body: &str) -> Result<Vec<Connection>, ApiError> {
    Ok(match body.trim_start().starts_with('{') {
        true => json::member::<Vec<Connection>>(body, "data")?.unwrap_or_default(),
        false => super::decode::<Vec<Connection>>(body)?,
    })
}

pub async fn list_connections(api: &Api) -> Result<Vec<Connection>, ApiError> {
    let reply = api.send(super::Method::Get, "/connections", None).await?;
    parse_connections(&reply.body)
}

/// One connection, with the JIT window (`jit_access_duration_sec`) only this endpoint fills.
pub async fn get_connection(api: &Api, name: &str) -> Result<Connection, ApiError> {
    api.get(&format!("/connections/{}", super::segment(name)))
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    const PG: &str = r#"{"id":"1","name":"pg-demo","type":"database","subtype":"postgres",
        "status":"online","access_mode_connect":"enabled","reviewers":[],"attributes":["prod"],
        "connection_tags":{},"access_max_duration":null,"secret":{},"effective_features":null}"#;

    #[test]
    fn bare_and_paginated_shapes() {
        let bare = parse_connections(&format!("[{PG}]")).unwrap();
        assert_eq!(bare[0].name, "pg-demo");
        let paged = parse_connections(&format!(
            r#"{{"pages":{{"total":1,"page":1,"size":50}},"data":[{PG}]}}"#
        ))
        .unwrap();
        assert_eq!(paged, bare);
        assert!(parse_connections("[]").unwrap().is_empty());
        assert!(parse_connections(" null").unwrap().is_empty());
        assert!(parse_connections(r#"{"data":null}"#).unwrap().is_empty());
        assert!(parse_connections(r#"{"data":"x"}"#).is_err());
    }

    #[test]
    fn eligibility_follows_the_contract() {
        let mut c: Connection = crate::api::decode(PG).unwrap();
        assert_eq!(c.machine_identity_blocker(), None);
        c.subtype = "mysql".into();
        assert!(c.machine_identity_blocker().unwrap().contains("mysql"));
        c.subtype = "grafana".into();
        assert_eq!(c.machine_identity_blocker(), None);
        c.access_mode_connect = "disabled".into();
        assert!(c.machine_identity_blocker().unwrap().contains("disabled"));
        c.subtype = "mcp".into();
        c.access_mode_connect = "enabled".into();
        assert!(c.machine_identity_blocker().is_some());
        assert_eq!(c.credentials_blocker(), None);
    }
}
