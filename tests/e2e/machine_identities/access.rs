//! The list's URL-kept filters, delete, the read-only view for non-admins, and a create done
//! with the keyboard alone.

use super::{absent, admin_on, create};
use crate::harness::Env;
use fantoccini::{key::Key, Locator};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn list_filters_live_in_the_url_and_delete_asks_for_the_name() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    create(&env, &admin, json!({ "name": "alpha", "description": "Reports", "connection_names": ["pg-demo"], "attributes": ["env:dev"] })).await;
    create(&env, &admin, json!({ "name": "beta", "description": "Backups", "connection_names": ["ssh-bastion"], "attributes": [] })).await;
    env.goto("/machine-identities").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("tbody th", "alpha").await;
    env.axe("the machine identity list").await;

    env.fill("input[name=search]", "backup").await;
    env.wait_path("/machine-identities?q=backup").await;
    assert_eq!(
        env.c
            .find_all(Locator::Css("tbody tr:not([hidden])"))
            .await
            .unwrap()
            .len(),
        1
    );
    env.wait_text("tbody th", "beta").await;
    env.fill("input[name=search]", "").await;
    env.find("select[name=connection] option[value='pg-demo']")
        .await
        .click()
        .await
        .unwrap();
    env.wait_path("/machine-identities?connection=pg-demo")
        .await;
    env.wait_text("tbody th", "alpha").await;
    env.c.refresh().await.unwrap();
    env.wait_text("tbody th", "alpha").await;
    assert_eq!(
        env.c
            .find_all(Locator::Css("tbody tr:not([hidden])"))
            .await
            .unwrap()
            .len(),
        1,
        "the filter survives reload"
    );
    env.find("select[name=attribute] option[value='env:dev']")
        .await
        .click()
        .await
        .unwrap();
    env.find("input[name=search]")
        .await
        .send_keys("zzz")
        .await
        .unwrap();
    env.wait_text(".gw-empty__title", "No machine identities match")
        .await;
    env.click(".gw-empty button").await;
    env.wait_path("/machine-identities").await;
    env.wait_text("tbody", "beta").await;

    // Delete from the detail page: the name must be typed first.
    env.click("a[href='/machine-identities/beta']").await;
    env.wait_text("h1", "beta").await;
    env.click("button[aria-label='Delete beta']").await;
    env.wait_text("[role=alertdialog]", "All of its credentials are revoked")
        .await;
    let confirm = env.find("[role=alertdialog] .gw-btn--danger").await;
    assert!(
        !confirm.is_enabled().await.unwrap(),
        "disabled until the name is typed"
    );
    env.fill("[role=alertdialog] input[name=confirm-name]", "bet")
        .await;
    assert!(!confirm.is_enabled().await.unwrap());
    env.find("[role=alertdialog] input[name=confirm-name]")
        .await
        .send_keys("a")
        .await
        .unwrap();
    confirm.click().await.unwrap();
    env.wait_path("/machine-identities").await;
    env.wait_text("[role=status]", "\u{201c}beta\u{201d} deleted")
        .await;
    assert_eq!(
        env.call("GET", "/api/machineidentities/beta", &admin, None)
            .await
            .0,
        404
    );
    assert!(absent(&env, "a[href='/machine-identities/beta']").await);

    // And from a row's menu.
    env.wait_text("tbody th", "alpha").await;
    env.click("button[aria-label='Actions for alpha']").await;
    env.click("[role=menuitem].gw-menu__item--danger").await;
    env.fill("[role=alertdialog] input[name=confirm-name]", "alpha")
        .await;
    env.click("[role=alertdialog] .gw-btn--danger").await;
    env.wait_text(".gw-empty__title", "No machine identities yet")
        .await;
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn non_admins_read_without_credentials_or_changes() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    create(&env, &admin, json!({ "name": "reader-visible", "description": "Seen by all", "connection_names": ["pg-demo"], "attributes": [] })).await;
    env.goto("/machine-identities").await;
    env.sign_in("dev@example.com").await;
    env.wait_text("tbody th", "reader-visible").await;
    env.wait_text(".gw-alert--info", "Only administrators can create")
        .await;
    assert!(absent(&env, "a[href='/machine-identities/new']").await);
    assert!(absent(&env, "button[aria-label='Actions for reader-visible']").await);
    env.click("a[href='/machine-identities/reader-visible']")
        .await;
    env.wait_text(".gw-mi-overview", "Seen by all").await;
    env.wait_text(".gw-mi-overview", "pg-demo").await;
    assert!(
        absent(&env, ".gw-mi-credentials").await,
        "no credentials section"
    );
    assert!(absent(&env, "a[href='/machine-identities/reader-visible/edit']").await);
    assert!(absent(&env, "button[aria-label='Delete reader-visible']").await);
    env.axe("the read-only detail page").await;
    env.goto("/machine-identities/new").await;
    env.wait_text("h1", "Administrators only").await;
    env.goto("/machine-identities/reader-visible/edit").await;
    env.wait_text("h1", "Administrators only").await;
    let asked = env
        .js("return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/api/')).join('\\n')")
        .await;
    let asked = asked.as_str().unwrap();
    assert!(
        !asked.contains("/credentials") && !asked.contains("/api/connections"),
        "no request that would be refused:\n{asked}"
    );
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn create_with_the_keyboard_only() {
    let (env, admin) = admin_on("/machine-identities/new").await;
    env.wait_text(".gw-picker__note", "postgres").await;
    let e = &env;
    let key = move |k: Key| async move {
        e.c.active_element()
            .await
            .unwrap()
            .send_keys(&k.to_string())
            .await
            .unwrap();
    };
    let typing = move |t: &'static str| async move {
        e.c.active_element()
            .await
            .unwrap()
            .send_keys(t)
            .await
            .unwrap();
    };
    let focused = move || async move {
        e.js("return document.activeElement.name || document.activeElement.type || ''")
            .await
    };
    let mut guard = 0;
    while focused().await != json!("name") {
        key(Key::Tab).await;
        guard += 1;
        assert!(guard < 20, "Tab never reaches the name field");
    }
    typing("kb-bot").await;
    key(Key::Tab).await;
    typing("Typed, never clicked").await;
    while focused().await != json!("search") {
        key(Key::Tab).await;
        guard += 1;
        assert!(guard < 30, "Tab never reaches the connection filter");
    }
    typing("pg-demo").await;
    key(Key::Enter).await;
    env.find(".gw-picker button[aria-label='Remove connection pg-demo']")
        .await;
    while focused().await != json!("attributes") {
        key(Key::Tab).await;
        guard += 1;
        assert!(guard < 60, "Tab never reaches the attributes");
    }
    typing("env:dev").await;
    key(Key::Enter).await;
    env.wait_text(".gw-chip-input .gw-chip", "env:dev").await;
    key(Key::Enter).await;
    env.wait_text("[role=dialog]", "1 connection provisioned")
        .await;
    key(Key::Escape).await;
    env.wait_path("/machine-identities/kb-bot").await;
    let (_, mi) = env
        .call("GET", "/api/machineidentities/kb-bot", &admin, None)
        .await;
    assert_eq!(mi["connection_names"], json!(["pg-demo"]));
    assert_eq!(mi["attributes"], json!(["env:dev"]));
    assert_eq!(mi["description"], json!("Typed, never clicked"));
    env.finish().await;
}
