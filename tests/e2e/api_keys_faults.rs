//! Settings → API Keys when the gateway fails half-way: what was done is said, and what failed
//! to load can be loaded again.

use crate::harness::Env;
use serde_json::json;

const FAILED_500: &str = "Failed to load resource: the server responded with a status of 500";

async fn faults(env: &Env, rate: f64, prefix: Option<&str>, method: Option<&str>) {
    let body =
        json!({ "latency_ms": 0, "error_rate": rate, "path_prefix": prefix, "method": method });
    env.test_endpoint("PUT", "/__test/faults", body).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_deactivation_whose_refresh_fails_says_what_happened() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let (_, created) = env
        .call(
            "POST",
            "/api/api-keys",
            &admin,
            Some(json!({ "name": "worker", "groups": [] })),
        )
        .await;
    let id = created["id"].as_str().unwrap().to_string();
    env.expect_console_error(&format!("/api/api-keys/{id} - {FAILED_500}"));
    env.goto("/settings/api-keys").await;
    env.sign_in("admin@example.com").await;
    // The deactivation itself goes through; only reading the key back fails.
    faults(&env, 1.0, Some("/api/api-keys/"), Some("GET")).await;
    env.click("button[aria-label='Actions for worker']").await;
    env.click("[role=menuitem].gw-menu__item--danger").await;
    env.click("[role=alertdialog] .gw-btn--danger").await;
    let said = env
        .wait_text("[role=status]", "could not be refreshed")
        .await;
    assert!(
        said.contains("\u{201c}worker\u{201d} deactivated"),
        "{said}"
    );
    assert!(!said.contains("someone else"), "{said}");
    env.wait_text("tbody td", "Deactivated").await;
    faults(&env, 0.0, None, None).await;
    let (_, key) = env
        .call("GET", &format!("/api/api-keys/{id}"), &admin, None)
        .await;
    assert_eq!(key["status"], json!("revoked"));
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_failed_group_load_offers_retry_and_typing_still_works() {
    let env = Env::start().await;
    env.expect_console_error(&format!("/api/users/groups - {FAILED_500}"));
    env.goto("/").await;
    env.sign_in("admin@example.com").await;
    faults(&env, 1.0, Some("/api/users/groups"), None).await;
    env.click("nav a[href='/settings/api-keys']").await;
    env.click("a[href='/settings/api-keys/new']").await;
    let said = env
        .wait_text("form [role=alert]", "groups could not be loaded")
        .await;
    assert!(said.contains("HTTP 500"), "{said}");
    env.axe("the key form with its groups missing").await;
    faults(&env, 0.0, None, None).await;
    env.click("form [role=alert] button").await;
    env.wait_text(".gw-picker__options", "sre").await;
    env.finish().await;
}
