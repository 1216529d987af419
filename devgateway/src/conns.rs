//! Connections and JIT access-request rules.

use rusqlite::{Connection, OptionalExtension, Row};
use serde_json::{json, Value};

use crate::auth::Caller;
use crate::db::json_list;
use crate::state::get_setting;

#[derive(Clone, Debug)]
pub struct Conn {
    pub id: String,
    pub name: String,
    pub ctype: String,
    pub subtype: String,
    pub status: String,
    pub agent_id: String,
    pub resource_name: String,
    pub command: Vec<String>,
    pub default_database: String,
    pub access_mode_connect: String,
    pub access_mode_exec: String,
    pub access_mode_runbooks: String,
    pub access_schema: String,
    pub reviewers: Vec<String>,
    pub attributes: Vec<String>,
    pub connection_tags: Value,
    pub tags: Vec<String>,
    pub access_max_duration: Option<i64>,
    pub managed_by: Option<String>,
    pub access_groups: Vec<String>,
}

const COLUMNS: &str = "id, name, type, subtype, status, agent_id, resource_name, command,
    default_database, access_mode_connect, access_mode_exec, access_mode_runbooks, access_schema,
    reviewers, attributes, connection_tags, tags, access_max_duration, managed_by, access_groups";

fn from_row(r: &Row) -> rusqlite::Result<Conn> {
    Ok(Conn {
        id: r.get(0)?,
        name: r.get(1)?,
        ctype: r.get(2)?,
        subtype: r.get(3)?,
        status: r.get(4)?,
        agent_id: r.get(5)?,
        resource_name: r.get(6)?,
        command: json_list(&r.get::<_, String>(7)?),
        default_database: r.get(8)?,
        access_mode_connect: r.get(9)?,
        access_mode_exec: r.get(10)?,
        access_mode_runbooks: r.get(11)?,
        access_schema: r.get(12)?,
        reviewers: json_list(&r.get::<_, String>(13)?),
        attributes: json_list(&r.get::<_, String>(14)?),
        connection_tags: serde_json::from_str(&r.get::<_, String>(15)?).unwrap_or(json!({})),
        tags: json_list(&r.get::<_, String>(16)?),
        access_max_duration: r.get(17)?,
        managed_by: r.get(18)?,
        access_groups: json_list(&r.get::<_, String>(19)?),
    })
}

/// Every connection, sorted by name.
pub fn load_all(conn: &Connection) -> rusqlite::Result<Vec<Conn>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {COLUMNS} FROM connections ORDER BY name"))?;
    let rows = stmt.query_map([], from_row)?;
    rows.collect()
}

/// A value that parses as a UUID is looked up only as an id, anything else only as a name.
pub fn find(conn: &Connection, name_or_id: &str) -> rusqlite::Result<Option<Conn>> {
    let column = if uuid::Uuid::parse_str(name_or_id).is_ok() {
        "id"
    } else {
        "name"
    };
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM connections WHERE {column} = ?1"
    ))?
    .query_row([name_or_id], from_row)
    .optional()
}

pub fn find_by_name(conn: &Connection, name: &str) -> rusqlite::Result<Option<Conn>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM connections WHERE name = ?1"
    ))?
    .query_row([name], from_row)
    .optional()
}

pub fn access_control_on(conn: &Connection) -> rusqlite::Result<bool> {
    Ok(get_setting(conn, "access_control")?.as_deref() == Some("on"))
}

/// Admins and auditors see everything; others only what their groups reach, when the
/// access-control plugin is on.
pub fn visible(caller: &Caller, c: &Conn, access_control: bool) -> bool {
    !access_control || caller.is_admin() || caller.is_auditor() || caller.in_any(&c.access_groups)
}

/// Looks a connection up with the caller's access control.
pub fn find_visible(
    conn: &Connection,
    caller: &Caller,
    name_or_id: &str,
) -> rusqlite::Result<Option<Conn>> {
    let ac = access_control_on(conn)?;
    Ok(find(conn, name_or_id)?.filter(|c| visible(caller, c, ac)))
}

pub fn to_json(c: &Conn, jit_access_duration_sec: Option<i64>) -> Value {
    let mut v = json!({
        "id": c.id,
        "name": c.name,
        "command": c.command,
        "resource_name": c.resource_name,
        "type": c.ctype,
        "subtype": c.subtype,
        "secret": {},
        "default_database": c.default_database,
        "agent_id": c.agent_id,
        "status": c.status,
        "reviewers": c.reviewers,
        "redact_enabled": false,
        "redact_types": [],
        "managed_by": c.managed_by,
        "tags": c.tags,
        "connection_tags": c.connection_tags,
        "access_mode_runbooks": c.access_mode_runbooks,
        "access_mode_exec": c.access_mode_exec,
        "access_mode_connect": c.access_mode_connect,
        "access_schema": c.access_schema,
        "guardrail_rules": [],
        "jira_issue_template_id": "",
        "force_approve_groups": [],
        "access_max_duration": c.access_max_duration,
        "min_review_approvals": null,
        "attributes": c.attributes,
        "effective_features": null,
    });
    if let Some(secs) = jit_access_duration_sec {
        v["jit_access_duration_sec"] = secs.into();
    }
    v
}

#[derive(Clone, Debug)]
pub struct Rule {
    pub reviewers_groups: Vec<String>,
    pub approval_required_groups: Vec<String>,
    pub skip_review_groups: Vec<String>,
    pub access_max_duration: Option<i64>,
    pub min_approvals: Option<i64>,
}

/// The JIT access-request rule that targets the connection by name or by one of its attributes.
pub fn jit_rule(conn: &Connection, c: &Conn) -> rusqlite::Result<Option<Rule>> {
    let mut stmt = conn.prepare_cached(
        "SELECT connection_names, attributes, reviewers_groups, approval_required_groups,
                skip_review_groups, access_max_duration, min_approvals
         FROM access_request_rules WHERE access_type = 'jit' ORDER BY created_at, name",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let names = json_list(&r.get::<_, String>(0)?);
        let attrs = json_list(&r.get::<_, String>(1)?);
        if names.contains(&c.name) || attrs.iter().any(|a| c.attributes.contains(a)) {
            return Ok(Some(Rule {
                reviewers_groups: json_list(&r.get::<_, String>(2)?),
                approval_required_groups: json_list(&r.get::<_, String>(3)?),
                skip_review_groups: json_list(&r.get::<_, String>(4)?),
                access_max_duration: r.get(5)?,
                min_approvals: r.get(6)?,
            }));
        }
    }
    Ok(None)
}
