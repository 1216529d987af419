//! The browser half of `cargo xtask bench`: a fresh devgateway per size N, seeded with N API
//! keys (every tenth deactivated) and N/5 machine identities, driven in headless Chromium.
//! Prints each figure against its budget and writes them to `target/bench/browser.json`.
//! Run it through `cargo xtask bench`, which builds the release app first.

// Native only, like the end-to-end tests whose harness it shares; nothing to build for wasm32.
#[cfg(not(target_arch = "wasm32"))]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
#[allow(dead_code)]
#[path = "../../tests/e2e/harness.rs"]
mod harness;
#[cfg(not(target_arch = "wasm32"))]
mod report;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    browser::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
