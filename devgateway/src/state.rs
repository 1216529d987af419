//! Shared server state.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, RwLock};

use rusqlite::{params, Connection, OptionalExtension};

use crate::clock::now_us;
use crate::config::FaultConfig;
use crate::crypto::{b64url, random_bytes};
use crate::db::Db;
use crate::static_files::StaticFiles;

/// Server-info switches that the test endpoint may flip at run time.
#[derive(Clone, Debug, Default)]
pub struct ServerInfoFlags {
    pub disable_clipboard_copy_cut: bool,
    pub disable_sessions_download: bool,
    pub feature_flags: Option<serde_json::Map<String, serde_json::Value>>,
}

pub struct AppState {
    pub db: Arc<Db>,
    pub org_id: String,
    pub org_name: String,
    pub jwt_secret: Vec<u8>,
    pub api_url: String,
    pub legacy_api_key: Option<String>,
    pub test_endpoints: bool,
    pub faults: RwLock<FaultConfig>,
    pub serverinfo: RwLock<ServerInfoFlags>,
    /// Feature flag values as `/api/serverinfo` reports them: loaded at start and updated by
    /// `PUT /api/feature-flags/:name`, like the gateway's process cache.
    pub flag_cache: RwLock<BTreeMap<String, bool>>,
    /// API key id -> last use, flushed to the database in batches.
    pub last_used: Mutex<HashMap<String, i64>>,
    pub static_files: Option<StaticFiles>,
}

pub type SharedState = Arc<AppState>;

impl AppState {
    pub fn faults(&self) -> FaultConfig {
        self.faults
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn serverinfo_flags(&self) -> ServerInfoFlags {
        self.serverinfo
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub fn cached_flags(&self) -> serde_json::Map<String, serde_json::Value> {
        let cache = self.flag_cache.read().unwrap_or_else(|e| e.into_inner());
        cache
            .iter()
            .map(|(k, v)| (k.clone(), (*v).into()))
            .collect()
    }

    pub fn set_cached_flag(&self, name: &str, enabled: bool) {
        self.flag_cache
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(name.to_string(), enabled);
    }

    pub fn note_key_use(&self, key_id: &str) {
        self.last_used
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key_id.to_string(), now_us());
    }

    /// Writes pending `last_used_at` updates.
    pub async fn flush_last_used(&self) {
        let pending: Vec<(String, i64)> = {
            let mut map = self.last_used.lock().unwrap_or_else(|e| e.into_inner());
            map.drain().collect()
        };
        if pending.is_empty() {
            return;
        }
        let res = self
            .db
            .tx(move |tx| {
                let mut stmt = tx.prepare_cached(
                    "UPDATE api_keys SET last_used_at = MAX(COALESCE(last_used_at, 0), ?2) WHERE id = ?1",
                )?;
                for (id, at) in &pending {
                    stmt.execute(params![id, at])?;
                }
                Ok(())
            })
            .await;
        if let Err(e) = res {
            eprintln!("devgateway: recording API key use failed: {e:?}");
        }
    }
}

pub fn get_setting(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .optional()
}

pub fn set_setting(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// The organization and token-signing secret, created on first start.
pub struct Bootstrap {
    pub org_id: String,
    pub org_name: String,
    pub jwt_secret: Vec<u8>,
}

pub fn bootstrap(conn: &mut Connection) -> anyhow::Result<Bootstrap> {
    let tx = conn.transaction()?;
    let get_or_init = |key: &str, init: String| -> anyhow::Result<String> {
        if let Some(v) = get_setting(&tx, key)? {
            return Ok(v);
        }
        set_setting(&tx, key, &init)?;
        Ok(init)
    };
    let org_id = get_or_init("org_id", uuid::Uuid::new_v4().to_string())?;
    let org_name = get_or_init("org_name", "default".into())?;
    let secret = get_or_init("jwt_secret", b64url(&random_bytes::<32>()))?;
    tx.commit()?;
    Ok(Bootstrap {
        org_id,
        org_name,
        jwt_secret: secret.into_bytes(),
    })
}
