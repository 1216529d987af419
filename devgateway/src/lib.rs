//! devgateway: a local HTTP server that answers the Hoop gateway's REST API with real storage
//! (embedded SQLite), quirks included, so the admin app can be developed and tested against it.

mod audit;
mod auth;
pub mod bench;
mod body;
mod clock;
mod compress;
mod config;
mod conns;
mod creds;
mod crypto;
mod db;
mod error;
mod faults;
mod flags;
mod gateway;
mod kinds;
mod mi;
mod review;
mod routes;
mod schema;
mod seed;
mod server;
mod state;
mod static_files;

pub use config::{Config, FaultConfig};
pub use gateway::{start, Gateway};
pub use seed::{DEMO_USERS, PASSWORD_ENV};
pub use server::VERSION;
pub use static_files::{csp_for, inline_scripts};
