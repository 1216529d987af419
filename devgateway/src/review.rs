//! JIT reviews behind connection credentials.

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde_json::{json, Value};

use crate::clock::{fmt_opt, fmt_ts, now_us};

pub struct ReviewGroup {
    pub id: String,
    pub group: String,
    pub status: String,
    pub reviewed_by: Option<(String, String, String)>,
    pub review_date: Option<i64>,
}

pub struct Review {
    pub id: String,
    pub session_id: String,
    pub connection_id: String,
    pub connection_name: String,
    pub owner: (String, String, String, String),
    pub access_duration_sec: i64,
    pub status: String,
    pub min_approvals: Option<i64>,
    pub rejection_reason: Option<String>,
    pub revoke_at: Option<i64>,
    pub created_at: i64,
    pub groups: Vec<ReviewGroup>,
}

/// The requesting user: id, name, email, slack id.
pub type Owner = (String, String, String, String);

const COLUMNS: &str = "id, session_id, connection_id, connection_name, owner_id, owner_name,
    owner_email, owner_slack_id, access_duration_sec, status, min_approvals, rejection_reason,
    revoke_at, created_at";

fn from_row(r: &Row) -> rusqlite::Result<Review> {
    Ok(Review {
        id: r.get(0)?,
        session_id: r.get(1)?,
        connection_id: r.get(2)?,
        connection_name: r.get(3)?,
        owner: (r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?),
        access_duration_sec: r.get(8)?,
        status: r.get(9)?,
        min_approvals: r.get(10)?,
        rejection_reason: r.get(11)?,
        revoke_at: r.get(12)?,
        created_at: r.get(13)?,
        groups: Vec::new(),
    })
}

fn with_groups(conn: &Connection, mut r: Review) -> rusqlite::Result<Review> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, group_name, status, reviewed_by_id, reviewed_by_name, reviewed_by_email,
                review_date
         FROM review_groups WHERE review_id = ?1 ORDER BY rowid",
    )?;
    let rows = stmt.query_map([&r.id], |g| {
        let by: Option<String> = g.get(3)?;
        Ok(ReviewGroup {
            id: g.get(0)?,
            group: g.get(1)?,
            status: g.get(2)?,
            reviewed_by: match by {
                Some(id) => Some((id, g.get(4)?, g.get(5)?)),
                None => None,
            },
            review_date: g.get(6)?,
        })
    })?;
    r.groups = rows.collect::<Result<_, _>>()?;
    Ok(r)
}

fn load(conn: &Connection, clause: &str, arg: &str) -> rusqlite::Result<Option<Review>> {
    let row = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM reviews WHERE {clause} = ?1"
        ))?
        .query_row([arg], from_row)
        .optional()?;
    row.map(|r| with_groups(conn, r)).transpose()
}

pub fn by_id(conn: &Connection, id: &str) -> rusqlite::Result<Option<Review>> {
    load(conn, "id", id)
}

pub fn by_session(conn: &Connection, session_id: &str) -> rusqlite::Result<Option<Review>> {
    load(conn, "session_id", session_id)
}

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Review>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM reviews ORDER BY created_at DESC, rowid DESC"
    ))?;
    let rows = stmt
        .query_map([], from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(|r| with_groups(conn, r)).collect()
}

#[allow(clippy::too_many_arguments)]
pub fn create(
    conn: &Connection,
    session_id: &str,
    connection: (&str, &str),
    owner: &Owner,
    duration_sec: i64,
    groups: &[String],
    min_approvals: Option<i64>,
    now: i64,
) -> rusqlite::Result<String> {
    let id = uuid::Uuid::new_v4().to_string();
    conn.execute(
        "INSERT INTO reviews (id, session_id, connection_id, connection_name, owner_id, owner_name,
            owner_email, owner_slack_id, access_duration_sec, status, min_approvals, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'PENDING', ?10, ?11)",
        params![
            id,
            session_id,
            connection.0,
            connection.1,
            owner.0,
            owner.1,
            owner.2,
            owner.3,
            duration_sec,
            min_approvals,
            now
        ],
    )?;
    for g in groups {
        conn.execute(
            "INSERT INTO review_groups (id, review_id, group_name) VALUES (?1, ?2, ?3)",
            params![uuid::Uuid::new_v4().to_string(), id, g],
        )?;
    }
    Ok(id)
}

impl Review {
    pub fn group_names(&self) -> Vec<String> {
        self.groups.iter().map(|g| g.group.clone()).collect()
    }

    pub fn to_json(&self) -> Value {
        let groups: Vec<Value> = self
            .groups
            .iter()
            .map(|g| {
                json!({
                    "id": g.id,
                    "group": g.group,
                    "status": g.status,
                    "reviewed_by": g.reviewed_by.as_ref().map(|(id, name, email)| json!({
                        "id": id, "name": name, "email": email, "slack_id": "",
                    })),
                    "review_date": fmt_opt(g.review_date),
                    "forced_review": false,
                })
            })
            .collect();
        let (id, name, email, slack_id) = &self.owner;
        let mut v = json!({
            "id": self.id,
            "session": self.session_id,
            "type": "jit",
            // Nanoseconds, as Go's time.Duration.
            "access_duration": self.access_duration_sec.saturating_mul(1_000_000_000),
            "status": self.status,
            "revoke_at": fmt_opt(self.revoke_at),
            "created_at": fmt_ts(self.created_at),
            "review_owner": { "id": id, "name": name, "email": email, "slack_id": slack_id },
            "review_connection": { "id": self.connection_id, "name": self.connection_name },
            "review_groups_data": groups,
            "time_window": null,
        });
        if let Some(reason) = &self.rejection_reason {
            v["rejection_reason"] = reason.clone().into();
        }
        v
    }

    /// Records one reviewer's decision for some groups and settles the review's status.
    pub fn decide(
        &self,
        conn: &Connection,
        groups: &[String],
        status: &str,
        reviewer: (&str, &str, &str),
    ) -> rusqlite::Result<String> {
        let now = now_us();
        for g in groups {
            conn.execute(
                "UPDATE review_groups SET status = ?1, reviewed_by_id = ?2, reviewed_by_name = ?3,
                    reviewed_by_email = ?4, review_date = ?5
                 WHERE review_id = ?6 AND group_name = ?7",
                params![status, reviewer.0, reviewer.1, reviewer.2, now, self.id, g],
            )?;
        }
        if status != "APPROVED" {
            return Ok(status.to_string());
        }
        let (approved, total): (i64, i64) = conn.query_row(
            "SELECT COUNT(*) FILTER (WHERE status = 'APPROVED'), COUNT(*) FROM review_groups
             WHERE review_id = ?1",
            [&self.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        // Without reviewer groups only an administrator can decide, and that settles it.
        let needed = self.min_approvals.unwrap_or(total).clamp(0, total);
        Ok(if approved >= needed {
            "APPROVED"
        } else {
            "PENDING"
        }
        .to_string())
    }
}
