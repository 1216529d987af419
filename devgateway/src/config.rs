//! Start-up configuration of a gateway instance.

use std::net::SocketAddr;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Fault injection for API requests (paths under `/api/`), used by tests of the app's error handling.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FaultConfig {
    /// Delay added before every matching request is handled.
    #[serde(default)]
    pub latency_ms: u64,
    /// Fraction of matching requests that fail. 1.0 always answers 500 with an empty body; below 1.0
    /// a failing request either answers 500 with an empty body or has its connection dropped.
    #[serde(default)]
    pub error_rate: f64,
    /// Only requests whose path starts with this prefix are affected (all API requests when unset).
    #[serde(default)]
    pub path_prefix: Option<String>,
    /// Only requests with this HTTP method (`GET`, `DELETE`…) are affected (any when unset).
    #[serde(default)]
    pub method: Option<String>,
}

impl FaultConfig {
    pub fn is_active(&self) -> bool {
        self.latency_ms > 0 || self.error_rate > 0.0
    }
}

/// Everything `start` needs. Build it with [`Config::new`] and adjust fields.
#[derive(Clone, Debug)]
pub struct Config {
    /// Address to bind; port 0 picks a free one.
    pub addr: SocketAddr,
    /// SQLite database file, created with its parent directory when missing.
    pub db_path: PathBuf,
    /// Built app to serve at `/` (SPA fallback to index.html).
    pub dist: Option<PathBuf>,
    /// Seed demo data when the database has no users yet.
    pub seed: bool,
    /// Password of the seeded demo users; else env `DEVGATEWAY_DEMO_PASSWORD`, else random.
    pub demo_password: Option<String>,
    /// Value accepted in the legacy `Api-Key` header (the binary reads env `API_KEY`).
    pub legacy_api_key: Option<String>,
    /// Reported as `api_url` by serverinfo; defaults to `http://<bound address>`.
    pub api_url: Option<String>,
    pub faults: FaultConfig,
    /// Enables the `/__test/*` endpoints.
    pub test_endpoints: bool,
}

impl Config {
    pub fn new(db_path: impl Into<PathBuf>) -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8009)),
            db_path: db_path.into(),
            dist: None,
            seed: true,
            demo_password: None,
            legacy_api_key: None,
            api_url: None,
            faults: FaultConfig::default(),
            test_endpoints: false,
        }
    }
}
