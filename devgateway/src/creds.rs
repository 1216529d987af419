//! User ("native client") connection credentials and their audit sessions.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::{json, Value};

use crate::clock::{fmt_opt, fmt_ts, now_us};
use crate::conns::Conn;
use crate::kinds::{self, Listeners};

#[derive(Clone, Debug)]
pub struct Cred {
    pub id: String,
    pub owner: String,
    pub connection_id: String,
    pub secret: String,
    pub session_id: String,
    pub expire_at: Option<i64>,
    pub created_at: i64,
}

impl Cred {
    pub fn expired(&self, now: i64) -> bool {
        self.expire_at.is_some_and(|at| at <= now)
    }
}

const COLUMNS: &str =
    "id, owner_subject, connection_id, secret_key, session_id, expire_at, created_at";
const USER_ACTIVE: &str = "machine_identity_id IS NULL AND revoked_at IS NULL";

fn from_row(r: &Row) -> rusqlite::Result<Cred> {
    Ok(Cred {
        id: r.get(0)?,
        owner: r.get(1)?,
        connection_id: r.get(2)?,
        secret: r.get(3)?,
        session_id: r.get(4)?,
        expire_at: r.get(5)?,
        created_at: r.get(6)?,
    })
}

fn one(conn: &Connection, clause: &str, args: &[&str]) -> rusqlite::Result<Option<Cred>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM credentials WHERE {USER_ACTIVE} AND {clause}
         ORDER BY created_at DESC, rowid DESC LIMIT 1"
    ))?
    .query_row(rusqlite::params_from_iter(args), from_row)
    .optional()
}

/// The caller's newest non-revoked credential for a connection (possibly expired).
pub fn newest(
    conn: &Connection,
    owner: &str,
    connection_id: &str,
) -> rusqlite::Result<Option<Cred>> {
    one(
        conn,
        "owner_subject = ?1 AND connection_id = ?2",
        &[owner, connection_id],
    )
}

pub fn by_id(conn: &Connection, id: &str) -> rusqlite::Result<Option<Cred>> {
    one(conn, "id = ?1", &[id])
}

pub fn by_session(conn: &Connection, session_id: &str) -> rusqlite::Result<Option<Cred>> {
    one(conn, "session_id = ?1", &[session_id])
}

pub fn insert(conn: &Connection, c: &Conn, cred: &Cred) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO credentials (id, owner_subject, connection_id, connection_name, secret_key,
            session_id, expire_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            cred.id,
            cred.owner,
            c.id,
            c.name,
            cred.secret,
            cred.session_id,
            cred.expire_at,
            cred.created_at
        ],
    )?;
    Ok(())
}

/// Active credentials of an owner, newest first, at most one per connection (the one still
/// attached to a session wins).
pub fn list_active(conn: &Connection, owner: &str) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT cr.id, cr.connection_id, cr.connection_name, co.type, co.subtype, cr.session_id,
                cr.expire_at, cr.created_at
         FROM credentials cr JOIN connections co ON co.id = cr.connection_id
         WHERE cr.{USER_ACTIVE} AND cr.owner_subject = ?1
           AND (cr.expire_at IS NULL OR cr.expire_at > ?2)
         ORDER BY (cr.session_id != '') DESC, cr.created_at DESC, cr.rowid DESC"
    ))?;
    let mut rows = stmt.query(params![owner, now_us()])?;
    let mut seen = std::collections::HashSet::new();
    let mut items: Vec<(i64, Value)> = Vec::new();
    while let Some(r) = rows.next()? {
        let connection_id: String = r.get(1)?;
        if !seen.insert(connection_id.clone()) {
            continue;
        }
        let created_at: i64 = r.get(7)?;
        items.push((
            created_at,
            json!({
                "id": r.get::<_, String>(0)?,
                "connection_id": connection_id,
                "connection_name": r.get::<_, String>(2)?,
                "connection_type": r.get::<_, String>(3)?,
                "connection_subtype": r.get::<_, String>(4)?,
                "session_id": r.get::<_, String>(5)?,
                "expire_at": fmt_opt(r.get(6)?),
                "created_at": fmt_ts(created_at),
            }),
        ));
    }
    items.sort_by_key(|item| std::cmp::Reverse(item.0));
    Ok(items.into_iter().map(|(_, v)| v).collect())
}

/// `ConnectionCredentialsResponse` with secrets; `null` for a connection whose type and
/// subtype give no credential kind (the gateway's builder returns nil there).
pub fn response(c: &Conn, cred: &Cred, listeners: Option<&Listeners>, api_url: &str) -> Value {
    if kinds::kind(c).is_none() {
        return Value::Null;
    }
    json!({
        "id": cred.id,
        "connection_name": c.name,
        "connection_type": kinds::response_type(c),
        "connection_subtype": kinds::alias(&c.subtype),
        "connection_credentials": kinds::user_credential(c, &cred.id, &cred.secret, listeners, api_url),
        "session_id": cred.session_id,
        "has_review": false,
        "expire_at": fmt_opt(cred.expire_at),
        "created_at": fmt_ts(cred.created_at),
    })
}

pub fn create_session(
    conn: &Connection,
    owner: &str,
    c: &Conn,
    status: &str,
) -> rusqlite::Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    let now = now_us();
    let ended = (status == "done").then_some(now);
    conn.execute(
        "INSERT INTO audit_sessions (id, owner_subject, connection_id, connection_name, status,
            created_at, ended_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, owner, c.id, c.name, status, now, ended],
    )?;
    Ok(id)
}

pub fn set_session_status(conn: &Connection, id: &str, status: &str) -> rusqlite::Result<()> {
    let ended = (status == "done").then(now_us);
    conn.execute(
        "UPDATE audit_sessions SET status = ?1, ended_at = COALESCE(?2, ended_at)
         WHERE id = ?3 AND status != 'done'",
        params![status, ended, id],
    )?;
    Ok(())
}

/// `(owner, status)` of an audit session.
pub fn session(conn: &Connection, id: &str) -> rusqlite::Result<Option<(String, String)>> {
    conn.query_row(
        "SELECT owner_subject, status FROM audit_sessions WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
}
