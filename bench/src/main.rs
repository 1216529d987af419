//! The browser half of `cargo xtask bench`: a fresh devgateway per size N, seeded with N API
//! keys (every tenth deactivated) and N/5 machine identities, driven in headless Chromium.
//! Prints each figure against its budget and writes them to `target/bench/browser.json`.
//! Run it through `cargo xtask bench`, which builds the release app first.

mod browser;
// The end-to-end tests' harness: one way to start devgateway and Chromium.
#[allow(dead_code)]
#[path = "../../tests/e2e/harness.rs"]
mod harness;
mod report;

fn main() {
    browser::main()
}
