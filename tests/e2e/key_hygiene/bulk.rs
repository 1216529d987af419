//! Bulk deactivate across pages: each key asked for once even on a double click, failures
//! listed with the gateway's message, Retry finishing them, the list updated in place.

use crate::harness::Env;
use serde_json::{json, Value};

/// Counts the DELETE requests the page sends, per URL.
const COUNT_DELETES: &str = "window.__deletes = {};
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
        const method = (init && init.method) || (input && input.method) || 'GET';
        const url = typeof input === 'string' ? input : input.url;
        if (method.toUpperCase() === 'DELETE') window.__deletes[url] = (window.__deletes[url] || 0) + 1;
        return original(input, init);
    };";

async fn deletes(env: &Env) -> Vec<u64> {
    let v = env.js("return Object.values(window.__deletes)").await;
    serde_json::from_value(v).unwrap()
}

async fn faults(env: &Env, rate: f64) {
    let body = json!({ "error_rate": rate, "path_prefix": "/api/api-keys/", "method": "DELETE" });
    env.test_endpoint("PUT", "/__test/faults", body).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn bulk_deactivate_of_120_keys_across_pages_with_failures_and_retry() {
    let env = Env::start().await;
    env.expect_console_error("/api/api-keys/");
    let admin = env.token("admin@example.com").await;
    env.test_endpoint(
        "POST",
        "/__test/api-keys/bulk",
        json!({ "count": 120, "prefix": "bulk-" }),
    )
    .await;
    env.goto("/settings/api-keys?q=bulk-").await;
    env.sign_in("admin@example.com").await;
    env.wait_text(".gw-pager__summary", "of 120 keys").await;
    env.wait_text(".gw-pager", "Page 1 of 3").await;

    env.click(".gw-bulk input[type=checkbox]").await;
    env.wait_text(".gw-bulk__count", "120 keys selected").await;
    env.click(".gw-pager button:last-of-type").await;
    env.wait_text(".gw-pager", "Page 2 of 3").await;
    assert_eq!(
        env.js("return document.querySelectorAll('tbody tr:not([hidden]) input[type=checkbox]:checked').length")
            .await,
        json!(50),
        "the selection reaches past the first page"
    );
    env.axe("the key list with a selection").await;

    env.js(COUNT_DELETES).await;
    faults(&env, 0.2).await;
    env.click(".gw-bulk__actions .gw-btn--danger").await;
    env.wait_text("[role=alertdialog]", "Deactivate 120 API keys?")
        .await;
    let listed = env
        .js("return document.querySelectorAll('.gw-bulk__list li').length")
        .await;
    assert_eq!(listed, json!(120), "the dialog names every key");
    env.axe("the bulk dialog").await;
    // A double click: the second must send nothing.
    env.js("const b = document.querySelector('[role=alertdialog] .gw-modal__actions .gw-btn--danger'); b.click(); b.click();")
        .await;
    env.wait_text("[role=alertdialog] h2", "Deactivate finished")
        .await;
    let sent = deletes(&env).await;
    assert_eq!(sent.len(), 120, "one request for every key");
    assert!(
        sent.iter().all(|n| *n == 1),
        "no key asked for twice: {sent:?}"
    );
    let tally = env.wait_text(".gw-bulk__tally", "deactivated").await;
    let failed = env
        .js("return [...document.querySelectorAll('.gw-bulk__list li')].filter(l => l.textContent.includes('Failed:')).length")
        .await
        .as_u64()
        .unwrap();
    assert!(
        failed > 0,
        "20 % faults over 120 requests failed some: {tally}"
    );
    assert_eq!(
        tally,
        format!("{} deactivated, {failed} failed", 120 - failed)
    );
    env.axe("the bulk summary with failures").await;

    faults(&env, 0.0).await;
    env.js("window.__deletes = {}").await;
    env.click(".gw-modal__actions .gw-btn--primary").await;
    env.wait_text(".gw-bulk__tally", "120 deactivated").await;
    let resent = deletes(&env).await;
    assert_eq!(
        resent.len() as u64,
        failed,
        "Retry sends only the failed ones"
    );
    env.click(".gw-modal__actions .gw-btn").await;

    let (_, all) = env.call("GET", "/api/api-keys", &admin, None).await;
    let bulk: Vec<&Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["name"].as_str().unwrap().starts_with("bulk-"))
        .collect();
    assert_eq!(bulk.len(), 120);
    assert!(
        bulk.iter().all(|k| k["status"] == "revoked"),
        "every key is inactive"
    );
    // In place: the rows say so without a reload, and nothing is selected any more.
    env.wait_text("tbody td", "Deactivated").await;
    env.wait_text(".gw-bulk__count", "No keys selected").await;
    assert_eq!(
        env.js("return [...document.querySelectorAll('tbody tr:not([hidden])')].filter(r => r.textContent.includes('Active')).length")
            .await,
        json!(0)
    );

    // Bulk activate brings them back, the same way.
    env.click(".gw-bulk input[type=checkbox]").await;
    env.click(".gw-bulk__actions button:nth-child(2)").await;
    env.wait_text("[role=alertdialog]", "Activate 120 API keys?")
        .await;
    env.click("[role=alertdialog] .gw-modal__actions .gw-btn--primary")
        .await;
    env.wait_text(".gw-bulk__tally", "120 activated").await;
    let (_, all) = env.call("GET", "/api/api-keys", &admin, None).await;
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["name"].as_str().unwrap().starts_with("bulk-"))
        .all(|k| k["status"] == "active"));
    env.finish().await;
}
