//! Demo data for an empty database.

use rusqlite::{params, Connection};
use serde_json::json;

use crate::clock::now_us;
use crate::crypto::{b64url, hash_password, random_bytes};
use crate::db::to_json_text;
use crate::state::set_setting;

pub const PASSWORD_ENV: &str = "DEVGATEWAY_DEMO_PASSWORD";

/// The demo users and their groups.
pub const DEMO_USERS: &[(&str, &str, &str)] = &[
    ("admin@example.com", "Admin", "admin"),
    ("dev@example.com", "Dev", "engineering"),
    ("sre@example.com", "SRE", "sre"),
    ("auditor@example.com", "Auditor", "auditor"),
];

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PasswordSource {
    Config,
    Env,
    Random,
}

/// The password given through the config, else the environment.
pub fn configured_password(config: Option<String>) -> Option<(String, PasswordSource)> {
    if let Some(p) = config.filter(|p| !p.is_empty()) {
        return Some((p, PasswordSource::Config));
    }
    std::env::var(PASSWORD_ENV)
        .ok()
        .filter(|p| !p.is_empty())
        .map(|p| (p, PasswordSource::Env))
}

pub fn user_emails(conn: &Connection) -> anyhow::Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT email FROM users ORDER BY created_at, email")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

struct SeedConnection {
    name: &'static str,
    ctype: &'static str,
    subtype: &'static str,
    connect: bool,
    attributes: &'static [&'static str],
    max_duration: Option<i64>,
    reviewers: &'static [&'static str],
    groups: &'static [&'static str],
    database: &'static str,
}

const fn sc(name: &'static str, ctype: &'static str, subtype: &'static str) -> SeedConnection {
    SeedConnection {
        name,
        ctype,
        subtype,
        connect: true,
        attributes: &[],
        max_duration: None,
        reviewers: &[],
        groups: &["engineering", "sre"],
        database: "",
    }
}

const CONNECTIONS: &[SeedConnection] = &[
    SeedConnection {
        attributes: &["env:dev", "team:data"],
        database: "demo",
        ..sc("pg-demo", "database", "postgres")
    },
    SeedConnection {
        attributes: &["env:prod", "team:data"],
        max_duration: Some(14_400),
        reviewers: &["sre"],
        database: "payments",
        ..sc("pg-reviewed", "database", "postgres")
    },
    SeedConnection {
        connect: false,
        database: "postgres",
        ..sc("pg-connect-off", "database", "postgres")
    },
    SeedConnection {
        attributes: &["env:prod", "team:platform"],
        max_duration: Some(28_800),
        ..sc("ssh-bastion", "application", "ssh")
    },
    SeedConnection {
        groups: &["sre"],
        ..sc("rdp-windows", "custom", "rdp")
    },
    SeedConnection {
        attributes: &["env:prod"],
        max_duration: Some(3_600),
        groups: &["sre"],
        ..sc("aws-ssm-prod", "custom", "aws-ssm")
    },
    SeedConnection {
        attributes: &["team:platform"],
        ..sc("grafana", "httpproxy", "grafana")
    },
    SeedConnection {
        attributes: &["env:prod"],
        max_duration: Some(7_200),
        groups: &["sre"],
        ..sc("k8s-prod", "custom", "kubernetes-token")
    },
    SeedConnection {
        attributes: &["team:platform"],
        ..sc("mcp-tools", "httpproxy", "mcp")
    },
    SeedConnection {
        attributes: &["env:dev"],
        ..sc("mysql-legacy", "database", "mysql")
    },
];

/// Seeds when the database has neither users nor connections. Returns the demo password.
pub fn seed_if_empty(
    conn: &mut Connection,
    configured: Option<String>,
) -> anyhow::Result<Option<(String, PasswordSource)>> {
    let count: i64 = conn.query_row(
        "SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM connections)",
        [],
        |r| r.get(0),
    )?;
    if count > 0 {
        return Ok(None);
    }
    let (password, source) = configured_password(configured)
        .unwrap_or_else(|| (b64url(&random_bytes::<12>()), PasswordSource::Random));
    // One hash shared by the demo users: they share the password anyway, and it keeps start-up fast.
    let hash = hash_password(&password)?;
    let now = now_us();
    let tx = conn.transaction()?;
    for (i, (email, name, group)) in DEMO_USERS.iter().enumerate() {
        let id = uuid::Uuid::new_v4().to_string();
        tx.execute(
            "INSERT INTO users (id, email, name, status, password_hash, created_at)
             VALUES (?1, ?2, ?3, 'active', ?4, ?5)",
            params![id, email, name, hash, now + i as i64],
        )?;
        tx.execute(
            "INSERT INTO user_groups (user_id, group_name) VALUES (?1, ?2)",
            params![id, group],
        )?;
    }
    let agent_id = uuid::Uuid::new_v4().to_string();
    for (i, c) in CONNECTIONS.iter().enumerate() {
        let tags = match c.attributes.iter().find_map(|a| a.strip_prefix("env:")) {
            Some(env) => json!({ "environment": env }),
            None => json!({}),
        };
        tx.execute(
            "INSERT INTO connections (id, name, type, subtype, agent_id, resource_name,
                default_database, access_mode_connect, reviewers, attributes, connection_tags,
                access_max_duration, access_groups, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?2, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                uuid::Uuid::new_v4().to_string(),
                c.name,
                c.ctype,
                c.subtype,
                agent_id,
                c.database,
                if c.connect { "enabled" } else { "disabled" },
                to_json_text(&c.reviewers),
                to_json_text(&c.attributes),
                tags.to_string(),
                c.max_duration,
                to_json_text(&c.groups),
                now + i as i64,
            ],
        )?;
    }
    for attr in ["env:dev", "env:prod", "team:data", "team:platform"] {
        tx.execute(
            "INSERT OR IGNORE INTO attributes (name) VALUES (?1)",
            [attr],
        )?;
    }
    // The JIT rule behind pg-reviewed's reviews; its max duration is the connection's JIT window.
    tx.execute(
        "INSERT INTO access_request_rules (id, name, access_type, connection_names,
            reviewers_groups, access_max_duration, created_at)
         VALUES (?1, 'pg-reviewed-jit', 'jit', '[\"pg-reviewed\"]', '[\"sre\"]', 14400, ?2)",
        params![uuid::Uuid::new_v4().to_string(), now],
    )?;
    set_setting(&tx, "access_control", "on")?;
    set_setting(&tx, "misc", &default_misc().to_string())?;
    tx.commit()?;
    Ok(Some((password, source)))
}

/// Listener addresses reported in credentials (reported only; nothing listens there).
pub fn default_misc() -> serde_json::Value {
    json!({
        "postgres_server_config": { "listen_address": "127.0.0.1:15432" },
        "ssh_server_config": { "listen_address": "127.0.0.1:12222" },
        "rdp_server_config": { "listen_address": "127.0.0.1:13389" },
        "http_proxy_server_config": { "listen_address": "127.0.0.1:18888" },
    })
}
