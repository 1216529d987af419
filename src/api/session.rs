//! Bootstrap calls: public server info, server info, local login and the caller's identity.

use super::{
    json::{self, need, Decode, Object, Reader},
    Api, ApiError,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicServerInfo {
    pub auth_method: String,
    pub setup_required: bool,
}

impl Decode for PublicServerInfo {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let (mut auth_method, mut setup_required) = (None, false);
        r.object(&mut |r, field| {
            match field {
                "auth_method" => auth_method = Some(r.string()?),
                "setup_required" => setup_required = r.bool()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(Self {
            auth_method: need(auth_method, "auth_method")?,
            setup_required,
        })
    }
}

/// The parts of `/serverinfo` the console shows or obeys; the rest is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServerInfo {
    pub version: String,
    pub commit_sha: String,
    pub auth_method: String,
    pub api_url: String,
    pub tenancy_type: String,
    pub disable_clipboard_copy_cut: bool,
    pub license_info: Option<LicenseInfo>,
}

impl Decode for ServerInfo {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut s = Self::default();
        r.object(&mut |r, field| {
            match field {
                "version" => s.version = r.string()?,
                "commit_sha" => s.commit_sha = r.string()?,
                "auth_method" => s.auth_method = r.string()?,
                "api_url" => s.api_url = r.string()?,
                "tenancy_type" => s.tenancy_type = r.string()?,
                "disable_clipboard_copy_cut" => s.disable_clipboard_copy_cut = r.bool()?,
                "license_info" => s.license_info = r.read()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LicenseInfo {
    pub kind: String,
    pub status: String,
}

impl Decode for LicenseInfo {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut l = Self::default();
        r.object(&mut |r, field| {
            match field {
                "type" => l.kind = r.string()?,
                "status" => l.status = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(l)
    }
}

/// Who the caller is. `role` decides what the console offers, never the group names.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UserInfo {
    pub id: String,
    pub name: String,
    pub email: String,
    pub status: String,
    pub role: Role,
    pub groups: Vec<String>,
    pub org_id: String,
    pub org_name: String,
}

impl Decode for UserInfo {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let (mut id, mut role) = (None, None);
        let mut u = Self::default();
        r.object(&mut |r, field| {
            match field {
                "id" => id = Some(r.string()?),
                "name" => u.name = r.string()?,
                "email" => u.email = r.string()?,
                "status" => u.status = r.string()?,
                "role" => role = Some(Role::of(&r.string()?)),
                "groups" => u.groups = r.read()?,
                "org_id" => u.org_id = r.string()?,
                "org_name" => u.org_name = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        u.id = need(id, "id")?;
        u.role = need(role, "role")?;
        Ok(u)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    Admin,
    Auditor,
    Standard,
    /// Any other role the gateway names.
    #[default]
    Unregistered,
}

impl Role {
    fn of(name: &str) -> Self {
        match name {
            "admin" => Self::Admin,
            "auditor" => Self::Auditor,
            "standard" => Self::Standard,
            _ => Self::Unregistered,
        }
    }

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
    let body = Object::new()
        .str("email", email)
        .str("password", password)
        .end();
    api.post_reading_header("/localauth/login", body, "Token")
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
