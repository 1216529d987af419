//! What a credential shows, by kind: labelled fields, which of them are secret, the proxy
//! `command` JSON taken apart, and the "copy all" text. Pure, so it is tested natively.

use crate::api::{
    connections::alias_subtype,
    json::{self, Decode, Reader},
    machine_identities::CredentialFields,
};
use std::fmt;

/// The credential shapes of the gateway's contract, after subtype aliasing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialKind {
    Postgres,
    Ssh,
    Rdp,
    AwsSsm,
    /// http-proxy, grafana, kibana, kubernetes(-token/-eks) and claude-code: a proxy token.
    HttpProxy,
    Mcp,
    Other,
}

impl CredentialKind {
    /// From the credential's `connection_subtype`, falling back on `connection_type`, which the
    /// gateway rewrites to `httpproxy`/`kubernetes` for the proxy family.
    pub fn of(subtype: &str, connection_type: &str) -> Self {
        match alias_subtype(subtype) {
            "postgres" => Self::Postgres,
            "ssh" => Self::Ssh,
            "rdp" => Self::Rdp,
            "aws-ssm" => Self::AwsSsm,
            "httpproxy" | "kubernetes" | "claude-code" => Self::HttpProxy,
            "mcp" | "mcpproxy" => Self::Mcp,
            _ if matches!(connection_type, "httpproxy" | "kubernetes") => Self::HttpProxy,
            _ => Self::Other,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Postgres => "PostgreSQL",
            Self::Ssh => "SSH",
            Self::Rdp => "RDP",
            Self::AwsSsm => "AWS SSM",
            Self::HttpProxy => "HTTP proxy",
            Self::Mcp => "MCP",
            Self::Other => "Credential",
        }
    }
}

/// One line of a credential: what it is, its value, and whether it is masked until revealed.
#[derive(Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    /// The variable name in "copy all" (`PASSWORD=…`).
    pub key: &'static str,
    pub value: String,
    pub secret: bool,
    /// Long values (commands, URIs) are shown as wrapping code.
    pub long: bool,
}

// Values are secrets more often than not; keep them out of logs and panic messages.
impl fmt::Debug for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Field({}, secret: {})", self.key, self.secret)
    }
}

/// The `command` of proxy-style credentials: a JSON-encoded object, not a command line.
#[derive(Default, PartialEq, Eq)]
pub struct ProxyCommand {
    pub curl: String,
    pub browser: String,
    pub mcp: String,
    /// A person's proxy credentials also carry the URL with the token in its path.
    pub subdomain: String,
}

impl Decode for ProxyCommand {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut c = Self::default();
        r.object(&mut |r, field| {
            match field {
                "curl" => c.curl = r.string()?,
                "browser" => c.browser = r.string()?,
                "mcp" => c.mcp = r.string()?,
                "subdomain" => c.subdomain = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(c)
    }
}

/// Reads the proxy `command`; `None` when it is not the JSON object the contract describes.
pub fn parse_command(raw: &str) -> Option<ProxyCommand> {
    let raw = raw.trim();
    // `null` would read as an empty object; a command line is not JSON at all.
    if !raw.starts_with('{') {
        return None;
    }
    let cmd: ProxyCommand = json::from_str(raw).ok()?;
    (cmd != ProxyCommand::default()).then_some(cmd)
}

fn field(label: &'static str, key: &'static str, value: &str, secret: bool) -> Field {
    Field {
        label,
        key,
        value: value.to_string(),
        secret,
        long: false,
    }
}

fn long(label: &'static str, key: &'static str, value: &str, secret: bool) -> Field {
    Field {
        long: true,
        ..field(label, key, value, secret)
    }
}

/// The fields to show for a credential of `kind`, in reading order; empty values are left out.
pub fn fields_for(kind: CredentialKind, f: &CredentialFields) -> Vec<Field> {
    let host = || field("Host", "HOST", &f.hostname, false);
    let port = || field("Port", "PORT", &f.port, false);
    let out = match kind {
        CredentialKind::Postgres => vec![
            host(),
            port(),
            field("User", "USER", &f.username, true),
            field("Password", "PASSWORD", &f.password, true),
            field("Database", "DATABASE", &f.database_name, false),
            long("Connection URI", "DATABASE_URL", &f.connection_string, true),
        ],
        // The gateway's `command` puts the secret in the user position; its proxy checks only
        // the password. A command built from the fields as they must be used replaces it.
        CredentialKind::Ssh => vec![
            host(),
            port(),
            field("Username", "USER", &f.username, false),
            field("Password", "PASSWORD", &f.password, true),
            long("Command", "SSH_COMMAND", &ssh_command(f), true),
        ],
        CredentialKind::Rdp => vec![
            host(),
            port(),
            field("Username", "USER", &f.username, true),
            field("Password", "PASSWORD", &f.password, true),
            long("Command", "RDP_COMMAND", &f.command, true),
        ],
        CredentialKind::AwsSsm => vec![
            long("Endpoint URL", "AWS_ENDPOINT_URL", &f.endpoint_url, false),
            field(
                "Access key ID",
                "AWS_ACCESS_KEY_ID",
                &f.aws_access_key_id,
                false,
            ),
            field(
                "Secret access key",
                "AWS_SECRET_ACCESS_KEY",
                &f.aws_secret_access_key,
                true,
            ),
            long("Command", "AWS_SSM_COMMAND", &f.connection_string, true),
        ],
        CredentialKind::HttpProxy | CredentialKind::Mcp => proxy_fields(kind, f),
        CredentialKind::Other => vec![
            host(),
            port(),
            field("Username", "USER", &f.username, true),
            field("Password", "PASSWORD", &f.password, true),
            field("Token", "TOKEN", &f.proxy_token, true),
            long(
                "Connection string",
                "CONNECTION_STRING",
                &f.connection_string,
                true,
            ),
            long("Command", "COMMAND", &f.command, true),
        ],
    };
    out.into_iter().filter(|x| !x.value.is_empty()).collect()
}

fn proxy_fields(kind: CredentialKind, f: &CredentialFields) -> Vec<Field> {
    let mut out = Vec::new();
    if kind == CredentialKind::HttpProxy {
        out.push(field("Host", "HOST", &f.hostname, false));
        out.push(field("Port", "PORT", &f.port, false));
    }
    out.push(field("Proxy token", "TOKEN", &f.proxy_token, true));
    match parse_command(&f.command) {
        Some(cmd) => {
            out.push(long("MCP server URL", "MCP_URL", &cmd.mcp, false));
            out.push(long("curl", "CURL_COMMAND", &cmd.curl, true));
            out.push(long("Browser URL", "BROWSER_URL", &cmd.browser, true));
            out.push(long("Subdomain URL", "SUBDOMAIN_URL", &cmd.subdomain, true));
        }
        None => out.push(long("Command", "COMMAND", &f.command, true)),
    }
    out.push(field(
        "Vertex project",
        "VERTEX_PROJECT_ID",
        &f.vertex_project_id,
        false,
    ));
    out.push(field(
        "Vertex region",
        "VERTEX_REGION",
        &f.vertex_region,
        false,
    ));
    out
}

/// `sshpass -p '<password>' ssh <username>@<host> -p <port>`, with the roles the proxy checks.
pub fn ssh_command(f: &CredentialFields) -> String {
    if f.password.is_empty() || f.hostname.is_empty() {
        return String::new();
    }
    let mut cmd = format!(
        "sshpass -p {} ssh {}@{}",
        shell_quote(&f.password),
        shell_quote(&f.username),
        f.hostname
    );
    if !f.port.is_empty() {
        cmd.push_str(" -p ");
        cmd.push_str(&f.port);
    }
    cmd
}

/// Quotes for a POSIX shell when needed; plain values stay plain.
fn shell_quote(v: &str) -> String {
    let plain = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:/@%+,=~".contains(c));
    if plain {
        v.to_string()
    } else {
        format!("'{}'", v.replace('\'', "'\\''"))
    }
}

/// "Copy all": one `KEY=value` line per field, quoted so the text can be sourced by a shell.
pub fn copy_all(fields: &[Field]) -> String {
    fields
        .iter()
        .map(|f| format!("{}={}", f.key, shell_quote(&f.value)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests;
