//! Editing (add, remove with a question, rename), name rules, 409 and 400.

use super::{absent, create, pick_connection, server_creds};
use crate::harness::Env;
use fantoccini::Locator;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn edit_adds_removes_with_a_question_and_renames() {
    let env = Env::start().await;
    env.expect_console_error("/api/machineidentities/deploy-bot - Failed to load resource: the server responded with a status of 404");
    let admin = env.token("admin@example.com").await;
    create(&env, &admin, json!({ "name": "deploy-bot", "description": "Ships", "connection_names": ["pg-demo", "ssh-bastion"], "attributes": [] })).await;
    env.goto("/machine-identities/deploy-bot/edit").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("h1", "Edit").await;
    let prefilled = env
        .find("input[name=name]")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(prefilled.as_deref(), Some("deploy-bot"));
    env.find(".gw-picker button[aria-label='Remove connection ssh-bastion']")
        .await;

    pick_connection(&env, "rdp-windows").await;
    env.click("form button[type=submit]").await;
    env.wait_text("[role=dialog]", "1 new connection provisioned")
        .await;
    let cards = env
        .c
        .find_all(Locator::Css("[role=dialog] .gw-cred"))
        .await
        .unwrap();
    assert_eq!(cards.len(), 1, "only the new credential");
    env.find("[role=dialog] [data-connection='rdp-windows']")
        .await;
    env.click("[role=dialog] .gw-modal__actions .gw-btn--primary")
        .await;
    env.wait_path("/machine-identities/deploy-bot").await;
    env.find("[data-connection='rdp-windows']").await;

    env.click("a[href='/machine-identities/deploy-bot/edit']")
        .await;
    env.click(".gw-picker button[aria-label='Remove connection ssh-bastion']")
        .await;
    env.click("form button[type=submit]").await;
    env.wait_text("[role=alertdialog]", "Remove 1 connection?")
        .await;
    env.wait_text("[role=alertdialog] li", "ssh-bastion").await;
    env.wait_text("[role=alertdialog]", "revoked at once").await;
    env.click("[role=alertdialog] .gw-btn--danger").await;
    env.wait_path("/machine-identities/deploy-bot").await;
    env.find("[data-connection='rdp-windows']").await;
    assert!(
        absent(&env, "[data-connection='ssh-bastion']").await,
        "its credential disappears"
    );
    let server = server_creds(&env, &admin, "deploy-bot").await;
    assert!(server
        .iter()
        .all(|c| c["connection_name"] != json!("ssh-bastion")));

    env.click("a[href='/machine-identities/deploy-bot/edit']")
        .await;
    env.fill("input[name=name]", "release-bot").await;
    env.click("form button[type=submit]").await;
    env.wait_path("/machine-identities/release-bot").await;
    env.wait_text("h1", "release-bot").await;
    env.wait_text(".gw-mi-overview", "Ships").await;
    assert_eq!(
        env.call("GET", "/api/machineidentities/deploy-bot", &admin, None)
            .await
            .0,
        404
    );
    let (_, mi) = env
        .call("GET", "/api/machineidentities/release-bot", &admin, None)
        .await;
    assert_eq!(mi["connection_names"], json!(["pg-demo", "rdp-windows"]));

    // A missing identity is not an empty form.
    env.goto("/machine-identities/deploy-bot/edit").await;
    env.wait_text("h1", "Machine identity not found").await;
    assert!(absent(&env, "input[name=name]").await);
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn name_rules_conflicts_and_refusals_are_explained() {
    let env = Env::start().await;
    env.expect_console_error("/api/machineidentities - Failed to load resource: the server responded with a status of 409");
    env.expect_console_error("/api/machineidentities/platform-bot - Failed to load resource: the server responded with a status of 400");
    let admin = env.token("admin@example.com").await;
    create(
        &env,
        &admin,
        json!({ "name": "taken", "description": "", "connection_names": [], "attributes": [] }),
    )
    .await;
    // Its attribute already gives it a credential for ssh-bastion.
    create(&env, &admin, json!({ "name": "platform-bot", "description": "", "connection_names": [], "attributes": ["team:platform"] })).await;
    env.goto("/machine-identities/new").await;
    env.sign_in("admin@example.com").await;

    env.fill("input[name=name]", "two words").await;
    env.click("form button[type=submit]").await;
    env.wait_text(".gw-field__error", "remove spaces").await;
    assert_eq!(
        env.js("return document.activeElement.name").await,
        json!("name")
    );

    env.fill("input[name=name]", "taken").await;
    env.click("form button[type=submit]").await;
    env.wait_text(".gw-field__error", "already has this name")
        .await;
    assert_eq!(
        env.js("return document.querySelector('input[name=name]').getAttribute('aria-invalid')")
            .await,
        json!("true")
    );

    // An untouched form: leaving asks nothing.
    env.fill("input[name=name]", "").await;
    env.goto("/machine-identities/platform-bot/edit").await;
    env.wait_text("h1", "Edit").await;
    pick_connection(&env, "ssh-bastion").await;
    env.click("form button[type=submit]").await;
    let said = env
        .wait_text("form [role=alert]", "The gateway refused this")
        .await;
    assert!(
        said.contains("(ssh-bastion) already has a credential because it shares an attribute"),
        "{said}"
    );
    env.finish().await;
}
