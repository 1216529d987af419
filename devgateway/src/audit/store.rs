//! Audit entries in SQLite: insert and the filtered, paginated listing.

use rusqlite::types::Value as Sql;
use rusqlite::{params, Connection, Row};
use serde_json::{json, Value};

use crate::clock::Ts;

pub struct Entry {
    pub id: String,
    pub org_id: String,
    pub actor_subject: String,
    pub actor_email: String,
    pub actor_name: String,
    pub created_at: i64,
    pub resource_type: String,
    pub action: String,
    pub http_method: String,
    pub http_status: u16,
    pub http_path: String,
    pub client_ip: String,
    pub payload: Option<Value>,
    pub error_message: String,
}

impl Entry {
    /// True exactly for 2xx and 3xx answers.
    pub fn outcome(&self) -> bool {
        (200..400).contains(&self.http_status)
    }
}

pub fn insert(conn: &Connection, e: &Entry) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO security_audit_logs (id, org_id, actor_subject, actor_email, actor_name,
            created_at, resource_type, action, http_method, http_status, http_path, client_ip,
            request_payload_redacted, outcome, error_message, actor_subject_lc, actor_email_lc,
            http_path_lc, client_ip_lc)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19)",
    )?
    .execute(params![
        e.id,
        e.org_id,
        e.actor_subject,
        e.actor_email,
        e.actor_name,
        e.created_at,
        e.resource_type,
        e.action,
        e.http_method,
        e.http_status,
        e.http_path,
        e.client_ip,
        e.payload.as_ref().map(Value::to_string),
        e.outcome(),
        e.error_message,
        e.actor_subject.to_lowercase(),
        e.actor_email.to_lowercase(),
        e.http_path.to_lowercase(),
        e.client_ip.to_lowercase(),
    ])?;
    Ok(())
}

/// Listing filters; empty strings and `None` mean "no filter".
#[derive(Default)]
pub struct Filter {
    pub page: i64,
    pub size: i64,
    /// `(column, text)`: case-insensitive substring with `%` and `_` left as wildcards.
    pub like: Vec<(&'static str, String)>,
    /// `(column, value)`: exact and case-sensitive.
    pub exact: Vec<(&'static str, String)>,
    pub http_status: Option<i64>,
    pub outcome: Option<bool>,
    pub created_after: Option<i64>,
    pub created_before: Option<i64>,
}

const COLUMNS: &str = "id, org_id, actor_subject, actor_email, actor_name, created_at,
    resource_type, action, http_method, http_status, http_path, client_ip,
    request_payload_redacted, outcome, error_message";

fn to_json(r: &Row) -> rusqlite::Result<Value> {
    let payload: Option<String> = r.get(12)?;
    Ok(json!({
        "id": r.get::<_, String>(0)?,
        "org_id": r.get::<_, String>(1)?,
        "actor_subject": r.get::<_, String>(2)?,
        "actor_email": r.get::<_, String>(3)?,
        "actor_name": r.get::<_, String>(4)?,
        "created_at": Ts(r.get(5)?),
        "resource_type": r.get::<_, String>(6)?,
        "action": r.get::<_, String>(7)?,
        "http_method": r.get::<_, String>(8)?,
        "http_status": r.get::<_, i64>(9)?,
        "http_path": r.get::<_, String>(10)?,
        "client_ip": r.get::<_, String>(11)?,
        "request_payload_redacted": payload
            .and_then(|p| serde_json::from_str::<Value>(&p).ok())
            .unwrap_or(Value::Null),
        "outcome": r.get::<_, bool>(13)?,
        "error_message": r.get::<_, String>(14)?,
    }))
}

/// `(total matching rows, the page)`, newest first.
pub fn list(conn: &Connection, org_id: &str, f: &Filter) -> rusqlite::Result<(i64, Vec<Value>)> {
    let mut clauses = vec!["org_id = ?".to_string()];
    let mut args: Vec<Sql> = vec![Sql::Text(org_id.into())];
    for (col, text) in f.like.iter().filter(|(_, t)| !t.is_empty()) {
        // Both sides are lowercased in Rust, so non-ASCII letters fold too; `\` escapes as in
        // Postgres patterns.
        clauses.push(format!("{col}_lc LIKE ? ESCAPE '\\'"));
        args.push(Sql::Text(format!("%{}%", text.to_lowercase())));
    }
    for (col, v) in f.exact.iter().filter(|(_, v)| !v.is_empty()) {
        clauses.push(format!("{col} = ?"));
        args.push(Sql::Text(v.clone()));
    }
    if let Some(s) = f.http_status.filter(|s| *s > 0) {
        clauses.push("http_status = ?".into());
        args.push(Sql::Integer(s));
    }
    if let Some(o) = f.outcome {
        clauses.push("outcome = ?".into());
        args.push(Sql::Integer(o.into()));
    }
    if let Some(t) = f.created_after {
        clauses.push("created_at >= ?".into());
        args.push(Sql::Integer(t));
    }
    if let Some(t) = f.created_before {
        clauses.push("created_at <= ?".into());
        args.push(Sql::Integer(t));
    }
    let filter = clauses.join(" AND ");
    let total: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM security_audit_logs WHERE {filter}"),
        rusqlite::params_from_iter(&args),
        |r| r.get(0),
    )?;
    let offset = (f.page - 1).saturating_mul(f.size);
    let mut page_args = args;
    page_args.push(Sql::Integer(f.size));
    page_args.push(Sql::Integer(offset));
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM security_audit_logs WHERE {filter}
         ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?"
    ))?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(&page_args), to_json)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok((total, rows))
}
