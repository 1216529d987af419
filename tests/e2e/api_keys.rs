//! Settings → API Keys, end to end.

use crate::harness::Env;
use fantoccini::key::Key;
use serde_json::{json, Value};

async fn admin_on(path: &str) -> (Env, String) {
    let env = Env::start().await;
    let token = env.token("admin@example.com").await;
    env.goto(path).await;
    env.sign_in("admin@example.com").await;
    (env, token)
}

async fn keys(env: &Env, token: &str) -> Vec<Value> {
    let (status, v) = env.call("GET", "/api/api-keys", token, None).await;
    assert_eq!(status, 200);
    v.as_array().cloned().unwrap_or_default()
}

/// Everything a page keeps where a secret could linger.
async fn traces(env: &Env) -> String {
    env.js("return [document.documentElement.outerHTML, JSON.stringify(Object.entries(sessionStorage)),
        JSON.stringify(Object.entries(localStorage)), document.cookie, JSON.stringify(history.state), location.href].join('\\n')")
        .await.as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn create_shows_the_key_once_and_it_works() {
    let (env, admin) = admin_on("/settings/api-keys").await;
    env.wait_text(".gw-empty__title", "No API keys yet").await;
    env.axe("the empty API key list").await;
    env.click("a[href='/settings/api-keys/new']").await;
    env.wait_text("h1", "Create API key").await;
    env.axe("the create form").await;
    env.fill("input[name=name]", "ci-deploy").await;
    env.fill(".gw-picker input[type=search]", "sre").await;
    env.click(".gw-picker input[value=sre]").await;
    env.click("form button[type=submit]").await;

    let input = env.find("#new-api-key").await;
    let raw = input.prop("value").await.unwrap().unwrap();
    assert!(raw.starts_with("hpk_") && raw.len() == 47, "{raw}");
    assert!(raw[4..]
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    env.wait_text("[role=dialog]", "never be shown again").await;
    env.wait_text(
        "[role=dialog] code",
        &format!("Authorization: Bearer {raw}"),
    )
    .await;
    env.axe("the show-once key dialog").await;
    let (status, me) = env.call("GET", "/api/userinfo", &raw, None).await;
    assert_eq!(status, 200, "the new key authenticates");
    assert_eq!(me["name"], json!("ci-deploy"));

    // Esc asks first; keeping it leaves the key on screen.
    env.find("[role=dialog]")
        .await
        .send_keys(&Key::Escape.to_string())
        .await
        .unwrap();
    env.wait_text("[role=dialog] [role=alert]", "Discard this key?")
        .await;
    env.click("[role=dialog] [role=alert] button:first-child")
        .await;
    env.find("#new-api-key").await;
    env.click("[role=dialog] .gw-modal__actions .gw-btn--primary")
        .await;
    env.wait_path("/settings/api-keys").await;
    env.wait_text("tbody th", "ci-deploy").await;
    env.wait_text("tbody", "sre").await;
    assert!(
        !traces(&env).await.contains(&raw[4..]),
        "the key is gone after closing"
    );
    env.axe("the API key list").await;

    // Closing replaced the form's history entry, so Back lands on the list as it was before.
    env.c.back().await.unwrap();
    env.wait_path("/settings/api-keys").await;
    env.wait_text("h1", "API keys").await;
    assert!(
        !traces(&env).await.contains(&raw[4..]),
        "Back does not bring it back"
    );
    env.c.forward().await.unwrap();
    env.wait_text("tbody th", "ci-deploy").await;
    assert!(!traces(&env).await.contains(&raw[4..]), "nor does Forward");
    env.c.refresh().await.unwrap();
    env.wait_text("tbody th", "ci-deploy").await;
    assert!(!traces(&env).await.contains(&raw[4..]), "nor does reload");
    assert_eq!(keys(&env, &admin).await.len(), 1);
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn name_errors_conflicts_and_double_submit() {
    let (env, admin) = admin_on("/settings/api-keys/new").await;
    env.expect_console_error(
        "/api/api-keys - Failed to load resource: the server responded with a status of 409",
    );
    env.call(
        "POST",
        "/api/api-keys",
        &admin,
        Some(json!({ "name": "taken" })),
    )
    .await;
    env.fill("input[name=name]", "   ").await;
    env.click("form button[type=submit]").await;
    env.wait_text(".gw-field__error", "Enter a name").await;
    let focused = env.js("return document.activeElement.name").await;
    assert_eq!(focused, json!("name"), "focus goes to the invalid field");
    assert_eq!(
        env.js("return document.querySelector('input[name=name]').getAttribute('aria-invalid')")
            .await,
        json!("true")
    );

    env.fill("input[name=name]", "taken").await;
    env.click("form button[type=submit]").await;
    env.wait_text(".gw-field__error", "already exists").await;

    // Slow the gateway down so both clicks land while the first request runs.
    env.test_endpoint(
        "PUT",
        "/__test/faults",
        json!({ "latency_ms": 400, "error_rate": 0.0, "path_prefix": "/api/api-keys" }),
    )
    .await;
    env.fill("input[name=name]", "only-once").await;
    env.js("const b = document.querySelector('form button[type=submit]'); b.click(); b.click();")
        .await;
    env.find("#new-api-key").await;
    env.test_endpoint(
        "PUT",
        "/__test/faults",
        json!({ "latency_ms": 0, "error_rate": 0.0, "path_prefix": null }),
    )
    .await;
    let named: Vec<Value> = keys(&env, &admin)
        .await
        .into_iter()
        .filter(|k| k["name"] == json!("only-once"))
        .collect();
    assert_eq!(named.len(), 1, "a double click creates one key");
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn deactivate_activate_configure_and_rotate() {
    let env = Env::start().await;
    env.expect_console_error("/api/api-keys/00000000-0000-4000-8000-000000000000 - Failed to load resource: the server responded with a status of 404");
    let admin = env.token("admin@example.com").await;
    let (_, created) = env
        .call(
            "POST",
            "/api/api-keys",
            &admin,
            Some(json!({ "name": "worker", "groups": ["sre"] })),
        )
        .await;
    let raw = created["key"].as_str().unwrap().to_string();
    let id = created["id"].as_str().unwrap().to_string();
    env.goto("/settings/api-keys").await;
    env.sign_in("admin@example.com").await;

    env.click("button[aria-label='Actions for worker']").await;
    env.click("[role=menuitem].gw-menu__item--danger").await;
    env.wait_text("[role=alertdialog]", "gets 401 at once")
        .await;
    env.click("[role=alertdialog] .gw-btn--danger").await;
    env.wait_text("[role=status]", "deactivated").await;
    env.wait_text("tbody td", "Deactivated").await;
    env.wait_text("tbody td", "by admin@example.com").await;
    assert_eq!(
        env.call("GET", "/api/userinfo", &raw, None).await.0,
        401,
        "a deactivated key is refused"
    );

    env.click("button[aria-label='Actions for worker']").await;
    env.wait_text("[role=menuitem]", "Activate").await;
    env.click("[role=menu] li:nth-child(2) [role=menuitem]")
        .await;
    env.wait_text("[role=alertdialog]", "same secret works again")
        .await;
    env.click("[role=alertdialog] .gw-btn--primary").await;
    env.wait_text("tbody td", "Active").await;
    assert_eq!(
        env.call("GET", "/api/userinfo", &raw, None).await.0,
        200,
        "the same secret works again"
    );

    env.goto(&format!("/settings/api-keys/{id}/configure"))
        .await;
    env.wait_text("h1", "Configure API key").await;
    env.fill("input[name=name]", "worker-renamed").await;
    env.click(".gw-picker button[aria-label='Remove group sre']")
        .await;
    env.fill(".gw-picker input[type=search]", "engineering")
        .await;
    env.click(".gw-picker input[value=engineering]").await;
    env.click("form button[type=submit]").await;
    env.wait_path("/settings/api-keys").await;
    env.wait_text("tbody th", "worker-renamed").await;
    let (_, k) = env
        .call("GET", &format!("/api/api-keys/{id}"), &admin, None)
        .await;
    assert_eq!(k["groups"], json!(["engineering"]));

    env.goto("/settings/api-keys/00000000-0000-4000-8000-000000000000/configure")
        .await;
    env.wait_text("h1", "API key not found").await;
    assert!(
        env.c
            .find(fantoccini::Locator::Css("input[name=name]"))
            .await
            .is_err(),
        "no empty editable form"
    );

    env.goto("/settings/api-keys").await;
    env.click("button[aria-label='Actions for worker-renamed']")
        .await;
    env.wait_text("[role=menuitem]", "Rotate").await;
    env.click("[role=menu] li:nth-child(2) [role=menuitem]")
        .await;
    env.wait_text("h1", "Rotate API key").await;
    let suggested = env
        .find("input[name=name]")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(
        suggested.starts_with("worker-renamed-rotated-"),
        "{suggested}"
    );
    env.click("form button[type=submit]").await;
    env.wait_text("[role=dialog]", "replaces \u{201c}worker-renamed\u{201d}")
        .await;
    let new_raw = env
        .find("#new-api-key")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    env.click("[role=dialog] .gw-modal__actions .gw-btn--primary")
        .await;
    env.wait_text("[role=alertdialog]", "Deactivate the old key")
        .await;
    env.click("[role=alertdialog] .gw-btn--danger").await;
    env.wait_path("/settings/api-keys").await;
    assert_eq!(
        env.call("GET", "/api/userinfo", &raw, None).await.0,
        401,
        "the old key is deactivated"
    );
    let (status, me) = env.call("GET", "/api/userinfo", &new_raw, None).await;
    assert_eq!(
        (status, me["groups"].clone()),
        (200, json!(["engineering"])),
        "the new key has the same groups"
    );
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn leaving_a_dirty_form_asks_first() {
    let (env, admin) = admin_on("/settings/api-keys/new").await;
    env.fill("input[name=name]", "half-typed").await;
    env.click("nav a[href='/']").await;
    let question = env.c.get_alert_text().await.unwrap();
    assert!(question.contains("not been saved"), "{question}");
    env.c.dismiss_alert().await.unwrap();
    env.wait_path("/settings/api-keys/new").await;
    assert_eq!(
        env.js("return document.querySelector('input[name=name]').value")
            .await,
        json!("half-typed"),
        "nothing typed is lost"
    );
    env.click("nav a[href='/']").await;
    env.c.accept_alert().await.unwrap();
    env.wait_path("/").await;
    assert!(keys(&env, &admin).await.is_empty());
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn activating_a_key_someone_already_activated_refreshes_the_row() {
    let env = Env::start().await;
    env.expect_console_error(
        "/reactivate - Failed to load resource: the server responded with a status of 422",
    );
    let admin = env.token("admin@example.com").await;
    let (_, k) = env
        .call(
            "POST",
            "/api/api-keys",
            &admin,
            Some(json!({ "name": "shared" })),
        )
        .await;
    let id = k["id"].as_str().unwrap().to_string();
    env.call("DELETE", &format!("/api/api-keys/{id}"), &admin, None)
        .await;
    env.goto("/settings/api-keys").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("tbody td", "Deactivated").await;
    env.click("button[aria-label='Actions for shared']").await;
    env.click("[role=menu] li:nth-child(2) [role=menuitem]")
        .await;
    env.wait_text("[role=alertdialog]", "same secret works again")
        .await;
    // Another admin activates it first: the gateway now answers 422.
    let (status, _) = env
        .call(
            "POST",
            &format!("/api/api-keys/{id}/reactivate"),
            &admin,
            Some(json!({})),
        )
        .await;
    assert_eq!(status, 200);
    env.click("[role=alertdialog] .gw-btn--primary").await;
    env.wait_text("[role=status]", "already been changed").await;
    env.wait_text("tbody td", "Active").await;
    assert!(env
        .c
        .find(fantoccini::Locator::Css("[role=alertdialog]"))
        .await
        .is_err());
    env.finish().await;
}
