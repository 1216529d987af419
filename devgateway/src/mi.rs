//! Machine identities: storage and credential provisioning.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

use crate::clock::{fmt_ts, now_us, NEVER_US};
use crate::conns::{self, Conn};
use crate::crypto::new_secret;
use crate::db::{json_list, to_json_text};
use crate::error::{is_unique_violation, ApiError};
use crate::kinds::{self, Kind, Listeners};

pub struct Mi {
    pub id: String,
    pub name: String,
    pub description: String,
    pub connection_names: Vec<String>,
    pub attributes: Vec<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

impl Mi {
    pub fn to_json(&self) -> Value {
        json!({
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "connection_names": self.connection_names,
            "attributes": self.attributes,
            "created_at": fmt_ts(self.created_at),
            "updated_at": fmt_ts(self.updated_at),
        })
    }
}

/// The deterministic id: UUIDv5 (URL namespace) of `<orgID>:machineidentity:<name>`.
pub fn mi_id(org_id: &str, name: &str) -> String {
    let seed = format!("{org_id}:machineidentity:{name}");
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, seed.as_bytes()).to_string()
}

fn attributes(conn: &Connection, id: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT attribute FROM machine_identity_attributes WHERE machine_identity_id = ?1
         ORDER BY rowid",
    )?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    rows.collect()
}

fn load_where(conn: &Connection, clause: &str, arg: &str) -> rusqlite::Result<Vec<Mi>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, name, description, connection_names, created_at, updated_at
         FROM machine_identities {clause}"
    ))?;
    let rows = stmt.query_map(
        rusqlite::params_from_iter(Some(arg).filter(|a| !a.is_empty())),
        |r| {
            Ok(Mi {
                id: r.get(0)?,
                name: r.get(1)?,
                description: r.get(2)?,
                connection_names: json_list(&r.get::<_, String>(3)?),
                attributes: Vec::new(),
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
            })
        },
    )?;
    let mut out = rows.collect::<Result<Vec<_>, _>>()?;
    for mi in &mut out {
        mi.attributes = attributes(conn, &mi.id)?;
    }
    Ok(out)
}

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Mi>> {
    load_where(conn, "ORDER BY created_at DESC, rowid DESC", "")
}

pub fn by_name(conn: &Connection, name: &str) -> rusqlite::Result<Option<Mi>> {
    Ok(load_where(conn, "WHERE name = ?1", name)?
        .into_iter()
        .next())
}

pub fn set_attributes(conn: &Connection, id: &str, attrs: &[String]) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM machine_identity_attributes WHERE machine_identity_id = ?1",
        [id],
    )?;
    for a in attrs {
        conn.execute("INSERT OR IGNORE INTO attributes (name) VALUES (?1)", [a])?;
        conn.execute(
            "INSERT OR IGNORE INTO machine_identity_attributes (machine_identity_id, attribute)
             VALUES (?1, ?2)",
            params![id, a],
        )?;
    }
    Ok(())
}

/// Why a connection cannot get machine-identity credentials, if it cannot.
pub fn ineligible(name: &str, c: Option<&Conn>) -> Option<String> {
    match c {
        None => Some(format!("connection {name} not found")),
        Some(c) if !kinds::mi_eligible(&c.subtype) => Some(format!(
            "connection {name} has unsupported type {} for machine identities",
            c.subtype
        )),
        Some(c) if c.access_mode_connect != "enabled" => Some(format!(
            "connection {name} does not have access mode connect enabled"
        )),
        _ => None,
    }
}

/// Eligible connections sharing an attribute with the identity.
pub fn attribute_matched<'a>(all: &'a [Conn], attrs: &[String]) -> Vec<&'a Conn> {
    all.iter()
        .filter(|c| c.attributes.iter().any(|a| attrs.contains(a)))
        .filter(|c| ineligible(&c.name, Some(c)).is_none())
        .collect()
}

pub fn has_credential(conn: &Connection, mi_id: &str, connection: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM credentials WHERE machine_identity_id = ?1 AND connection_name = ?2)",
        params![mi_id, connection],
        |r| r.get(0),
    )
}

/// Issues one credential; the error text is what the gateway reports after its prefix.
pub fn provision(
    conn: &Connection,
    mi_id: &str,
    c: &Conn,
    listeners: &Listeners,
    api_url: &str,
) -> Result<Value, String> {
    let kind = kinds::protocol(&c.subtype);
    if kind != Some(Kind::AwsSsm) && kind.and_then(|k| listeners.endpoint(k)).is_none() {
        return Err(format!(
            "listening address is not configured for connection type {}",
            c.subtype
        ));
    }
    let id = uuid::Uuid::new_v4().to_string();
    let secret = new_secret(kinds::secret_prefix(&c.subtype));
    conn.execute(
        "INSERT INTO credentials (id, machine_identity_id, connection_id, connection_name,
            secret_key, expire_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![id, mi_id, c.id, c.name, secret, NEVER_US, now_us()],
    )
    .map_err(|e| {
        if is_unique_violation(&e) {
            "ERROR: duplicate key value violates unique constraint \
             \"machine_identity_credentials_machine_identity_id_connection_name_key\" (SQLSTATE 23505)"
                .to_string()
        } else {
            e.to_string()
        }
    })?;
    Ok(kinds::mi_credential(c, &id, &secret, listeners, api_url))
}

/// Deletes the identity's credentials for these connections (revoking them).
pub fn drop_credentials(conn: &Connection, mi_id: &str, names: &[String]) -> rusqlite::Result<()> {
    for n in names {
        conn.execute(
            "DELETE FROM credentials WHERE machine_identity_id = ?1 AND connection_name = ?2",
            params![mi_id, n],
        )?;
    }
    Ok(())
}

/// The identity's credentials with secrets, oldest first.
pub fn credentials(
    conn: &Connection,
    mi_id: &str,
    listeners: &Listeners,
    api_url: &str,
) -> Result<Vec<Value>, ApiError> {
    let mut stmt = conn.prepare(
        "SELECT id, connection_name, secret_key FROM credentials
         WHERE machine_identity_id = ?1 ORDER BY created_at, rowid",
    )?;
    let rows = stmt
        .query_map([mi_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for (id, name, secret) in rows {
        if let Some(c) = conns::find_by_name(conn, &name)? {
            out.push(kinds::mi_credential(&c, &id, &secret, listeners, api_url));
        }
    }
    Ok(out)
}

pub fn credential_id(
    conn: &Connection,
    mi_id: &str,
    connection: &str,
) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT id FROM credentials WHERE machine_identity_id = ?1 AND connection_name = ?2",
        params![mi_id, connection],
        |r| r.get(0),
    )
    .optional()
}

pub fn insert(conn: &Connection, mi: &Mi) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO machine_identities (id, name, description, connection_names, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![mi.id, mi.name, mi.description, to_json_text(&mi.connection_names), mi.created_at],
    )?;
    Ok(())
}

/// The text of Postgres' NOT NULL violation when `connection_names` is null.
pub const NULL_CONNECTION_NAMES: &str = "ERROR: null value in column \"connection_names\" of \
    relation \"machine_identities\" violates not-null constraint (SQLSTATE 23502)";
