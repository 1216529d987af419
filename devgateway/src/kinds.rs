//! Connection kinds: which subtypes get native credentials, and the credential shapes.

use rusqlite::Connection;
use serde_json::{json, Map, Value};

use crate::conns::Conn;
use crate::crypto::sha256_hex;
use crate::state::get_setting;

/// Subtype aliases applied before eligibility checks and in responses.
pub fn alias(subtype: &str) -> &str {
    match subtype {
        "git" | "github" => "ssh",
        "grafana" | "kibana" | "kubernetes-token" => "httpproxy",
        "kubernetes-eks" => "kubernetes",
        other => other,
    }
}

pub fn mi_eligible(subtype: &str) -> bool {
    matches!(
        alias(subtype),
        "postgres" | "ssh" | "rdp" | "aws-ssm" | "httpproxy" | "kubernetes" | "claude-code"
    )
}

pub fn user_eligible(subtype: &str) -> bool {
    mi_eligible(subtype) || matches!(alias(subtype), "ssh-local" | "mcp" | "mcpproxy")
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Kind {
    Postgres,
    Ssh,
    Rdp,
    AwsSsm,
    HttpProxy,
    McpProxy,
}

/// The protocol an (aliased) subtype speaks: picks the listener a credential points at.
pub fn protocol(subtype: &str) -> Option<Kind> {
    Some(match alias(subtype) {
        "postgres" => Kind::Postgres,
        "ssh" | "ssh-local" => Kind::Ssh,
        "rdp" => Kind::Rdp,
        "aws-ssm" => Kind::AwsSsm,
        "httpproxy" | "mcp" | "claude-code" | "kubernetes" => Kind::HttpProxy,
        "mcpproxy" => Kind::McpProxy,
        _ => return None,
    })
}

/// The credential kind, from the stored type plus the aliased subtype, as the gateway decides
/// it. The pairs the web app creates all have one (database/postgres, application/ssh,
/// custom/rdp, custom/aws-ssm, custom/kubernetes-token, httpproxy/grafana, httpproxy/mcp, ...);
/// an eligible subtype under another type (say database/ssh) has none.
pub fn kind(c: &Conn) -> Option<Kind> {
    match (c.ctype.as_str(), alias(&c.subtype)) {
        ("database", "postgres") => Some(Kind::Postgres),
        // The HTTP-proxy family relays bytes whatever the subtype, except the MCP proxy.
        ("httpproxy", "mcpproxy") => Some(Kind::McpProxy),
        ("httpproxy", _) => Some(Kind::HttpProxy),
        ("application" | "custom", "postgres") => None,
        ("application" | "custom", s) => protocol(s),
        _ => None,
    }
}

pub fn secret_prefix(subtype: &str) -> &'static str {
    match alias(subtype) {
        "postgres" => "pg",
        "ssh" | "ssh-local" => "ssh",
        "rdp" => "rdp",
        "aws-ssm" => "aws-ssm",
        "claude-code" => "claude-code",
        "mcp" => "mcp",
        "mcpproxy" => "mcpproxy",
        "kubernetes" => "k8s",
        _ => "httpproxy",
    }
}

/// `type` as reported with credentials: the proxy families are rewritten.
pub fn response_type(c: &Conn) -> String {
    match (kind(c), alias(&c.subtype)) {
        (Some(Kind::HttpProxy), "kubernetes") => "kubernetes".into(),
        (Some(Kind::HttpProxy), _) => "httpproxy".into(),
        (Some(Kind::McpProxy), _) => "mcpproxy".into(),
        _ => c.ctype.clone(),
    }
}

/// Gateway listener addresses from the server misc configuration.
#[derive(Clone, Debug, Default)]
pub struct Listeners(Value);

pub fn load_misc(conn: &Connection) -> rusqlite::Result<Option<Listeners>> {
    Ok(get_setting(conn, "misc")?
        .and_then(|s| serde_json::from_str(&s).ok())
        .map(Listeners))
}

impl Listeners {
    /// `(host, port)` of the listener serving this kind; `localhost` is reported as 127.0.0.1.
    pub fn endpoint(&self, kind: Kind) -> Option<(String, String)> {
        let key = match kind {
            Kind::Postgres => "postgres_server_config",
            Kind::Ssh => "ssh_server_config",
            Kind::Rdp => "rdp_server_config",
            Kind::HttpProxy | Kind::McpProxy => "http_proxy_server_config",
            Kind::AwsSsm => return None,
        };
        let addr = self.0.get(key)?.get("listen_address")?.as_str()?;
        let (host, port) = addr.rsplit_once(':')?;
        if port.is_empty() {
            return None;
        }
        let host = if host.is_empty() || host == "localhost" {
            "127.0.0.1"
        } else {
            host
        };
        Some((host.to_string(), port.to_string()))
    }
}

/// Where a browser or curl should go: loopback and wildcard hosts read as `localhost`.
fn browser_host(host: &str) -> &str {
    match host {
        "0.0.0.0" | "127.0.0.1" | "" => "localhost",
        h => h,
    }
}

/// Fields shared by machine-identity and user credentials. `for_user` selects the user
/// ("connection credentials") variants.
fn fields(
    c: &Conn,
    cred_id: &str,
    secret: &str,
    endpoint: &(String, String),
    api_url: &str,
    for_user: bool,
) -> Map<String, Value> {
    let (host, port) = endpoint;
    let mut m = Map::new();
    let mut put = |k: &str, v: Value| {
        m.insert(k.to_string(), v);
    };
    match kind(c) {
        Some(Kind::Postgres) => {
            let db = if c.default_database.is_empty() {
                "postgres"
            } else {
                &c.default_database
            };
            put("username", secret.into());
            put("password", "hoop".into());
            put("database_name", db.into());
            put(
                "connection_string",
                format!("postgres://{secret}:hoop@{host}:{port}/{db}?sslmode=disable").into(),
            );
        }
        Some(Kind::Ssh) => {
            // The gateway swaps the roles in this command; the proxy only checks the password.
            put("username", "hoop".into());
            put("password", secret.into());
            put(
                "command",
                format!("sshpass -p 'hoop' ssh {secret}@{host} -p {port}").into(),
            );
        }
        Some(Kind::Rdp) => {
            put("username", secret.into());
            put("password", secret.into());
            put(
                "command",
                format!("xfreerdp /v:{host}:{port} /u:{secret} /p:{secret}").into(),
            );
        }
        Some(Kind::AwsSsm) => {
            let endpoint_url = format!("{}/ssm/", api_url.trim_end_matches('/'));
            let key_id = format!("HOOP{}", &cred_id.replace('-', "").to_uppercase()[..16]);
            let secret_key = sha256_hex(secret.as_bytes())[..40].to_string();
            put(
                "connection_string",
                format!(
                    "AWS_ACCESS_KEY_ID={key_id} AWS_SECRET_ACCESS_KEY={secret_key} aws ssm \
                     start-session --target {{TARGET_INSTANCE}} --endpoint-url {endpoint_url}"
                )
                .into(),
            );
            put("endpoint_url", endpoint_url.into());
            put("aws_access_key_id", key_id.into());
            put("aws_secret_access_key", secret_key.into());
        }
        Some(Kind::HttpProxy) => {
            let base = format!("http://{}:{port}", browser_host(host));
            let mut cmd = json!({
                "curl": format!("curl -H 'Authorization: {secret}' {base}/"),
                "browser": format!("{base}/{secret}"),
            });
            if for_user {
                cmd["subdomain"] =
                    format!("http://{}.{}:{port}/{secret}", c.name, browser_host(host)).into();
            }
            put("proxy_token", secret.into());
            put("command", cmd.to_string().into());
        }
        Some(Kind::McpProxy) => {
            let url = format!("http://{}:{port}/mcp", browser_host(host));
            let cmd = json!({
                "mcp": url,
                "curl": format!("curl -H 'Authorization: {secret}' {url}"),
            });
            put("proxy_token", secret.into());
            put("command", cmd.to_string().into());
        }
        None => {}
    }
    m
}

/// `MachineIdentityCredentialResponse`.
pub fn mi_credential(
    c: &Conn,
    cred_id: &str,
    secret: &str,
    listeners: &Listeners,
    api_url: &str,
) -> Value {
    let k = kind(c);
    let endpoint = k.and_then(|k| listeners.endpoint(k)).unwrap_or_default();
    let mut m = fields(c, cred_id, secret, &endpoint, api_url, false);
    m.insert("connection_name".into(), c.name.clone().into());
    m.insert("connection_type".into(), response_type(c).into());
    m.insert("connection_subtype".into(), alias(&c.subtype).into());
    m.insert("secret_key".into(), secret.into());
    if k != Some(Kind::AwsSsm) && !endpoint.0.is_empty() {
        m.insert("hostname".into(), endpoint.0.into());
        m.insert("port".into(), endpoint.1.into());
    }
    Value::Object(m)
}

/// The `connection_credentials` object of a user credential.
pub fn user_credential(
    c: &Conn,
    cred_id: &str,
    secret: &str,
    listeners: Option<&Listeners>,
    api_url: &str,
) -> Value {
    let k = kind(c);
    let endpoint = match (k, listeners) {
        (Some(k), Some(l)) => l.endpoint(k).unwrap_or_default(),
        _ => Default::default(),
    };
    let mut m = fields(c, cred_id, secret, &endpoint, api_url, true);
    if k != Some(Kind::AwsSsm) {
        m.insert("hostname".into(), endpoint.0.into());
        m.insert("port".into(), endpoint.1.into());
    }
    Value::Object(m)
}
