//! Feature flags: the gateway's catalog and the per-organization values stored over it.

use std::collections::BTreeMap;

use rusqlite::{params, Connection};
use serde_json::{json, Value};

use crate::clock::now_us;

pub struct Flag {
    pub name: &'static str,
    pub default: bool,
    pub components: &'static [&'static str],
    pub description: &'static str,
}

const GW: &[&str] = &["gateway"];
const AGENT: &[&str] = &["agent"];

/// Sorted by name, the order the gateway answers in.
pub const CATALOG: &[Flag] = &[
    Flag {
        name: "beta.oracle_native",
        default: true,
        components: &["gateway", "agent", "client"],
        description: "Native Oracle connections through the gateway and agent.",
    },
    Flag {
        name: "experimental.claude_code_vertex",
        default: false,
        components: &["gateway", "agent"],
        description: "Claude Code credentials carry the Vertex AI project and region.",
    },
    Flag {
        name: "experimental.db_exec_driver",
        default: false,
        components: AGENT,
        description: "Run database exec sessions through the agent's driver.",
    },
    Flag {
        name: "experimental.http_session_analyzer",
        default: true,
        components: GW,
        description: "Analyze HTTP proxy sessions.",
    },
    Flag {
        name: "experimental.httpproxy_client_authorization",
        default: false,
        components: AGENT,
        description: "Let HTTP proxy clients send their own Authorization header upstream.",
    },
    Flag {
        name: "experimental.log_exec_input",
        default: true,
        components: AGENT,
        description: "Record the input of exec sessions.",
    },
    Flag {
        name: "experimental.mcp_gateway",
        default: false,
        components: GW,
        description: "Serve MCP connections from the gateway.",
    },
    Flag {
        name: "experimental.rdp_pii_detection",
        default: true,
        components: GW,
        description: "Detect personal data on RDP screens.",
    },
    Flag {
        name: "experimental.rdp_pii_guard",
        default: true,
        components: GW,
        description: "Mask personal data detected on RDP screens.",
    },
    Flag {
        name: "experimental.rulepacks",
        default: true,
        components: GW,
        description: "Guardrail rule packs.",
    },
    Flag {
        name: "experimental.ssh_guardrails",
        default: false,
        components: AGENT,
        description: "Apply guardrails to SSH session output.",
    },
    Flag {
        name: "experimental.ssh_input_guardrails",
        default: false,
        components: AGENT,
        description: "Apply guardrails to SSH session input.",
    },
    Flag {
        name: "experimental.tunnel_token_renewal",
        default: false,
        components: GW,
        description: "Renew access tokens that are close to expiry.",
    },
];

pub fn find(name: &str) -> Option<&'static Flag> {
    CATALOG.iter().find(|f| f.name == name)
}

/// The API item: `enabled` is the stored value, else the default.
pub fn item(flag: &Flag, enabled: bool) -> Value {
    json!({
        "name": flag.name,
        "description": flag.description,
        "default": flag.default,
        "stability": flag.name.split('.').next().unwrap_or_default(),
        "components": flag.components,
        "enabled": enabled,
    })
}

/// Every catalog flag with its effective value for the organization.
pub fn effective(conn: &Connection, org_id: &str) -> rusqlite::Result<BTreeMap<String, bool>> {
    let mut stmt =
        conn.prepare_cached("SELECT name, enabled FROM org_feature_flags WHERE org_id = ?1")?;
    let stored: BTreeMap<String, bool> = stmt
        .query_map([org_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    Ok(CATALOG
        .iter()
        .map(|f| {
            let on = stored.get(f.name).copied().unwrap_or(f.default);
            (f.name.to_string(), on)
        })
        .collect())
}

pub fn store(
    conn: &Connection,
    org_id: &str,
    name: &str,
    enabled: bool,
    updated_by: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO org_feature_flags (org_id, name, enabled, updated_by, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(org_id, name) DO UPDATE SET enabled = excluded.enabled,
            updated_by = excluded.updated_by, updated_at = excluded.updated_at",
        params![org_id, name, enabled, updated_by, now_us()],
    )?;
    Ok(())
}
