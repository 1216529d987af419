//! Reviewed requests: pending, approved while the page waits (also across a reload),
//! rejected, expired; keyboard only.

use super::{dev_on_my_access, open_request, DEV};
use crate::harness::Env;
use crate::machine_identities::{absent, reveal, traces};
use fantoccini::key::Key;
use serde_json::json;

/// Requests pg-reviewed through the dialog and returns the review id the pending panel shows.
async fn request_reviewed(env: &Env) -> String {
    open_request(env, "pg-reviewed").await;
    env.wait_text(".gw-modal", "fixed window").await;
    env.wait_text(".gw-modal", "4 h").await;
    env.click(".gw-modal button[type=submit]").await;
    env.wait_text(
        ".gw-pending[data-connection='pg-reviewed']",
        "Waiting for review approval",
    )
    .await;
    env.find(".gw-pending[data-connection='pg-reviewed'] code")
        .await
        .text()
        .await
        .unwrap()
}

async fn decide(env: &Env, review: &str, status: &str) {
    let admin = env.token("admin@example.com").await;
    let (code, v) = env
        .call(
            "PUT",
            &format!("/api/reviews/{review}"),
            &admin,
            Some(json!({ "status": status })),
        )
        .await;
    assert_eq!(code, 200, "{v}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn an_approved_review_shows_the_credentials_without_a_reload() {
    let (env, token) = dev_on_my_access().await;
    let review = request_reviewed(&env).await;
    env.wait_text(".gw-pending", "Requested").await;
    env.wait_text(".gw-pending", "sre").await;
    env.wait_text("tr[data-connection='pg-reviewed']", "Pending review")
        .await;
    env.axe("the pending panel").await;
    let kept = env
        .js("return sessionStorage.getItem('hoop-admin.pending-access')")
        .await;
    let kept = kept.as_str().unwrap();
    assert!(
        kept.contains(&review) && kept.contains("pg-reviewed"),
        "{kept}"
    );

    // A reload goes on waiting.
    env.goto("/access").await;
    env.wait_text(
        ".gw-pending[data-connection='pg-reviewed']",
        "Waiting for review approval",
    )
    .await;
    decide(&env, &review, "APPROVED").await;
    env.wait_text(".gw-modal", "Credentials for pg-reviewed")
        .await;
    let secret = reveal(&env, ".gw-modal", "pg-reviewed", "User", "USER").await;
    assert_eq!(
        secret,
        super::server_secret(&env, &token, "pg-reviewed").await
    );
    env.wait_text(".gw-cred-expiry", "left").await;
    env.click(".gw-modal .gw-modal__actions .gw-btn--primary")
        .await;
    env.wait_text("tr[data-connection='pg-reviewed']", "Active")
        .await;
    assert!(absent(&env, ".gw-pending").await);
    let after = traces(&env).await;
    assert!(!after.contains(&secret), "no secret after closing");
    assert!(!after.contains("pending-access"), "nothing left pending");
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn rejected_and_expired_requests_say_so() {
    let (env, _) = dev_on_my_access().await;
    env.expect_console_error("status of 403");
    env.expect_console_error("status of 410");
    let review = request_reviewed(&env).await;

    // A failed check keeps waiting and says so.
    env.expect_console_error("status of 500");
    let resume = json!({ "error_rate": 1.0, "path_prefix": "/api/connections/pg-reviewed/credentials/", "method": "POST" });
    env.test_endpoint("PUT", "/__test/faults", resume).await;
    env.click(".gw-pending button").await;
    env.wait_text(".gw-pending", "The last check failed").await;
    env.wait_text(".gw-pending", "Waiting for review approval")
        .await;
    env.test_endpoint("PUT", "/__test/faults", json!({ "error_rate": 0.0 }))
        .await;

    decide(&env, &review, "REJECTED").await;
    env.click(".gw-pending button").await;
    env.wait_text(".gw-pending", "Rejected").await;
    env.wait_text("tr[data-connection='pg-reviewed']", "No credential")
        .await;

    // Request again: the window runs out before the approval can be used.
    env.click(".gw-pending .gw-btn--primary").await;
    env.wait_text(".gw-modal", "fixed window").await;
    env.click(".gw-modal button[type=submit]").await;
    env.wait_text(".gw-pending", "Waiting for review approval")
        .await;
    let again = env.find(".gw-pending code").await.text().await.unwrap();
    assert_ne!(again, review);
    env.test_endpoint("POST", "/__test/credential-sessions/end", json!({}))
        .await;
    decide(&env, &again, "APPROVED").await;
    env.click(".gw-pending button").await;
    env.wait_text(".gw-pending", "Expired").await;
    env.wait_text(".gw-pending", "Request again").await;
    env.click(".gw-pending .gw-btn:not(.gw-btn--primary)").await;
    assert!(absent(&env, ".gw-pending").await, "dismissed");
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_request_by_keyboard_alone() {
    let env = Env::start().await;
    env.goto("/access").await;
    env.sign_in(DEV).await;
    env.find("tr[data-connection='grafana']").await;
    keyboard_request(&env).await;
    env.finish().await;
}

async fn keyboard_request(env: &Env) {
    let press = |k: Key| env.press(k);
    let label = || env.focused_label();
    for _ in 0..40 {
        if label().await == json!("Request access to grafana") {
            break;
        }
        press(Key::Tab).await;
    }
    assert_eq!(label().await, json!("Request access to grafana"));
    press(Key::Enter).await;
    env.wait_text(".gw-modal", "How long you need access").await;
    // The chosen duration has focus; the arrow picks the next one, Enter sends.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while env.js("return document.activeElement.value").await != json!("3600") {
        assert!(std::time::Instant::now() < deadline, "focus is not on 1 h");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    press(Key::Down).await;
    let picked = env
        .js("return document.querySelector('.gw-modal input[name=duration]:checked').value")
        .await;
    assert_eq!(picked, json!("7200"));
    press(Key::Enter).await;
    env.wait_text(".gw-modal", "Credentials for grafana").await;
    for _ in 0..20 {
        if label().await == json!("Reveal Proxy token for grafana") {
            break;
        }
        press(Key::Tab).await;
    }
    press(Key::Enter).await;
    env.wait_text(".gw-modal [data-field=TOKEN] code", "httpproxy")
        .await;
    press(Key::Escape).await;
    env.wait_text("tr[data-connection='grafana']", "Active")
        .await;
}
