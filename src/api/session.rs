//! Bootstrap calls: public server info, server info, local login and the caller's identity.

use super::{serde_util::null_as_empty, Api, ApiError};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PublicServerInfo {
    pub auth_method: String,
    #[serde(default)]
    pub setup_required: bool,
}

/// The parts of `/serverinfo` the console shows or obeys; the rest is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct ServerInfo {
    #[serde(default)]
    pub version: String,
    #[serde(default)]
    pub commit_sha: String,
    #[serde(default)]
    pub auth_method: String,
    #[serde(default)]
    pub api_url: String,
    #[serde(default)]
    pub tenancy_type: String,
    #[serde(default)]
    pub disable_clipboard_copy_cut: bool,
    #[serde(default)]
    pub license_info: Option<LicenseInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct LicenseInfo {
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub status: String,
}

/// Who the caller is. `role` decides what the console offers, never the group names.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct UserInfo {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub status: String,
    pub role: Role,
    #[serde(default, deserialize_with = "null_as_empty")]
    pub groups: Vec<String>,
    #[serde(default)]
    pub org_id: String,
    #[serde(default)]
    pub org_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    Auditor,
    Standard,
    #[serde(other)]
    Unregistered,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Administrator",
            Role::Auditor => "Auditor",
            Role::Standard => "Standard",
            Role::Unregistered => "Unregistered",
        }
    }

    /// The CSS modifier of the role badge.
    pub fn class(self) -> &'static str {
        match self {
            Role::Admin => "gw-role gw-role--admin",
            Role::Auditor => "gw-role gw-role--auditor",
            Role::Standard => "gw-role gw-role--standard",
            Role::Unregistered => "gw-role gw-role--unregistered",
        }
    }
}

impl UserInfo {
    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// The best name to show for the caller.
    pub fn display_name(&self) -> &str {
        [&self.name, &self.email, &self.id]
            .into_iter()
            .find(|s| !s.is_empty())
            .map_or("", |s| s)
    }
}

#[derive(Serialize)]
struct LoginBody<'a> {
    email: &'a str,
    password: &'a str,
}

pub async fn get_public_server_info(api: &Api) -> Result<PublicServerInfo, ApiError> {
    api.get("/publicserverinfo").await
}

pub async fn get_server_info(api: &Api) -> Result<ServerInfo, ApiError> {
    api.get("/serverinfo").await
}

pub async fn get_user_info(api: &Api) -> Result<UserInfo, ApiError> {
    api.get("/userinfo").await
}

/// Local login. The token comes back in the `Token` response header, not the body.
pub async fn login(api: &Api, email: &str, password: &str) -> Result<String, ApiError> {
    api.post_reading_header("/localauth/login", &LoginBody { email, password }, "Token")
        .await?
        .filter(|t| !t.is_empty())
        .ok_or_else(|| ApiError::Decode("the gateway sent no Token header".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    #[test]
    fn decodes_userinfo_for_each_caller_kind() {
        let admin: UserInfo = decode(
            r#"{"id":"admin@example.com","name":"Ada","email":"admin@example.com","picture":"",
            "slack_id":"","status":"active","role":"admin","is_admin":true,"groups":["admin"],
            "verified":true,"org_id":"0b6c","org_name":"Demo","tenancy_type":"selfhosted",
            "default_protection_profile":null,"show_setup_checklist":false}"#,
        )
        .unwrap();
        assert!(admin.is_admin());
        assert_eq!(admin.display_name(), "Ada");
        let auditor: UserInfo =
            decode(r#"{"id":"a","name":"","email":"aud@x","role":"auditor","groups":["auditor"]}"#)
                .unwrap();
        assert_eq!(auditor.role, Role::Auditor);
        assert_eq!(auditor.display_name(), "aud@x");
        let unregistered: UserInfo =
            decode(r#"{"id":"s","role":"unregistered","groups":null}"#).unwrap();
        assert_eq!(unregistered.role, Role::Unregistered);
        assert!(unregistered.groups.is_empty());
    }

    #[test]
    fn decodes_server_info_ignoring_unknown_fields() {
        let info: ServerInfo = decode(
            r#"{"version":"1.40.2","commit_sha":"abc","auth_method":"local","api_url":"https://gw",
            "tenancy_type":"selfhosted","disable_clipboard_copy_cut":true,"feature_flags":{"x":true},
            "license_info":{"type":"oss","status":"valid","allowed_hosts":[],"is_valid":true}}"#,
        )
        .unwrap();
        assert!(info.disable_clipboard_copy_cut);
        assert_eq!(info.license_info.unwrap().kind, "oss");
        let public: PublicServerInfo =
            decode(r#"{"auth_method":"local","setup_required":false}"#).unwrap();
        assert_eq!(public.auth_method, "local");
    }
}
