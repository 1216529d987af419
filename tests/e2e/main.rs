//! End-to-end tests: the release build served by an in-process devgateway (real SQLite, real
//! CSP), driven in headless Chromium. Run by `cargo xtask test`, which builds `dist/` first.
#![cfg(not(target_arch = "wasm32"))]

mod activity;
mod api_keys;
mod api_keys_faults;
mod api_keys_list;
mod chunks;
mod export;
mod harness;
mod key_hygiene;
mod machine_identities;
mod my_access;
mod session;
