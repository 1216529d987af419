//! Machine identities, end to end: issue 5's acceptance list against devgateway. Creating
//! and rotating here; changes in `changes`, reading and deleting in `access`.

mod access;
mod changes;
mod pages;

use crate::harness::Env;
use fantoccini::{key::Key, Locator};
use serde_json::{json, Value};

pub async fn admin_on(path: &str) -> (Env, String) {
    let env = Env::start().await;
    let token = env.token("admin@example.com").await;
    env.goto(path).await;
    env.sign_in("admin@example.com").await;
    (env, token)
}

/// The identity's credentials as the gateway has them, keyed by connection.
pub async fn server_creds(env: &Env, token: &str, name: &str) -> Vec<Value> {
    let (status, v) = env
        .call(
            "GET",
            &format!("/api/machineidentities/{name}/credentials"),
            token,
            None,
        )
        .await;
    assert_eq!(status, 200, "{v}");
    v.as_array().cloned().unwrap_or_default()
}

pub fn cred<'a>(all: &'a [Value], connection: &str) -> &'a Value {
    all.iter()
        .find(|c| c["connection_name"] == json!(connection))
        .unwrap_or_else(|| panic!("no credential for {connection} in {all:?}"))
}

pub async fn create(env: &Env, token: &str, body: Value) -> Value {
    let (status, v) = env
        .call("POST", "/api/machineidentities", token, Some(body))
        .await;
    assert_eq!(status, 201, "{v}");
    v
}

/// Everything a page keeps where a secret could linger.
pub async fn traces(env: &Env) -> String {
    env.js("return [document.documentElement.outerHTML, JSON.stringify(Object.entries(sessionStorage)),
        JSON.stringify(Object.entries(localStorage)), document.cookie, JSON.stringify(history.state), location.href].join('\\n')")
        .await.as_str().unwrap().to_string()
}

/// Reveals one field of one credential card inside `scope` and returns what it shows.
pub async fn reveal(env: &Env, scope: &str, connection: &str, label: &str, key: &str) -> String {
    env.click(&format!(
        "{scope} button[aria-label='Reveal {label} for {connection}']"
    ))
    .await;
    let css = format!("{scope} [data-connection='{connection}'] [data-field={key}] code");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let t = env.find(&css).await.text().await.unwrap();
        if !t.contains("hidden") {
            return t;
        }
        assert!(std::time::Instant::now() < deadline, "{css} stays masked");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

pub async fn pick_connection(env: &Env, name: &str) {
    env.fill(".gw-picker input[type=search]", name).await;
    env.click(&format!(".gw-picker input[value='{name}']"))
        .await;
}

pub async fn add_attribute(env: &Env, value: &str) {
    env.fill("input[name=attributes]", value).await;
    env.find("input[name=attributes]")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    env.wait_text(".gw-chip-input .gw-chip", value).await;
}

pub async fn absent(env: &Env, css: &str) -> bool {
    env.c.find(Locator::Css(css)).await.is_err()
}
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn create_shows_the_issued_credentials_then_the_detail_masks_them() {
    let (env, admin) = admin_on("/machine-identities").await;
    env.wait_text(".gw-empty__title", "No machine identities yet")
        .await;
    env.axe("the empty machine identity list").await;
    env.click("a[href='/machine-identities/new']").await;
    env.wait_text("h1", "Create machine identity").await;
    env.wait_text(".gw-picker__note", "not selectable").await;
    env.axe("the create form").await;

    // mysql-legacy and pg-connect-off are listed, disabled, with the reason.
    let mysql = env.find(".gw-picker input[value='mysql-legacy']").await;
    assert!(
        !mysql.is_enabled().await.unwrap(),
        "mysql-legacy is not selectable"
    );
    env.wait_text(
        ".gw-picker__option--disabled",
        "mysql connections cannot carry machine credentials",
    )
    .await;
    let off = env.find(".gw-picker input[value='pg-connect-off']").await;
    assert!(!off.is_enabled().await.unwrap());
    env.fill(".gw-picker input[type=search]", "mysql-legacy")
        .await;
    env.find(".gw-picker input[type=search]")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    assert!(
        absent(
            &env,
            ".gw-picker button[aria-label='Remove connection mysql-legacy']"
        )
        .await
    );

    env.fill("input[name=name]", "billing-worker").await;
    env.fill("textarea[name=description]", "Nightly invoices")
        .await;
    pick_connection(&env, "pg-demo").await;
    pick_connection(&env, "ssh-bastion").await;
    add_attribute(&env, "env:dev").await;
    env.click("form button[type=submit]").await;

    env.wait_text("[role=dialog]", "2 connections provisioned")
        .await;
    env.wait_text("[role=dialog]", "can view them again").await;
    env.find("[role=dialog] [data-connection='ssh-bastion']")
        .await;
    let server = server_creds(&env, &admin, "billing-worker").await;
    assert_eq!(server.len(), 2);
    let (pg, ssh) = (cred(&server, "pg-demo"), cred(&server, "ssh-bastion"));
    let secrets: Vec<String> = server
        .iter()
        .map(|c| c["secret_key"].as_str().unwrap().to_string())
        .collect();
    let html = traces(&env).await;
    assert!(
        secrets.iter().all(|s| !html.contains(s.as_str())),
        "masked in the modal"
    );
    env.axe("the credentials modal").await;

    let uri = reveal(
        &env,
        "[role=dialog]",
        "pg-demo",
        "Connection URI",
        "DATABASE_URL",
    )
    .await;
    assert_eq!(uri, pg["connection_string"].as_str().unwrap());
    assert!(uri.starts_with("postgres://"), "{uri}");
    let password = reveal(&env, "[role=dialog]", "ssh-bastion", "Password", "PASSWORD").await;
    assert_eq!(password, ssh["password"].as_str().unwrap());
    let field = |conn: &str, key: &str| {
        format!("[role=dialog] [data-connection='{conn}'] [data-field={key}] code")
    };
    assert_eq!(
        env.find(&field("ssh-bastion", "USER"))
            .await
            .text()
            .await
            .unwrap(),
        ssh["username"].as_str().unwrap()
    );
    assert_eq!(
        env.find(&field("ssh-bastion", "HOST"))
            .await
            .text()
            .await
            .unwrap(),
        ssh["hostname"].as_str().unwrap()
    );
    assert_eq!(
        env.find(&field("ssh-bastion", "PORT"))
            .await
            .text()
            .await
            .unwrap(),
        ssh["port"].as_str().unwrap()
    );
    env.wait_text(
        "[role=dialog] [data-connection='ssh-bastion']",
        "swaps the two",
    )
    .await;

    env.click("[role=dialog] .gw-modal__actions .gw-btn--primary")
        .await;
    env.wait_path("/machine-identities/billing-worker").await;
    env.wait_text("h1", "billing-worker").await;
    env.wait_text(".gw-toast", "created with 2 credentials")
        .await;
    // The toast sits over the page's corner; dismiss it like a person would.
    env.click(".gw-toast__close").await;
    env.find("[data-connection='pg-demo'] [data-field=USER]")
        .await;
    let after = traces(&env).await;
    assert!(
        secrets.iter().all(|s| !after.contains(s.as_str())),
        "gone from the DOM and storage, masked on the detail page"
    );
    env.wait_text(".gw-mi-overview", "Nightly invoices").await;
    env.wait_text(".gw-mi-overview", "env:dev").await;
    env.axe("the machine identity detail page").await;

    // Reveal and copy on the detail page; the clipboard is recorded instead of used.
    let user = reveal(&env, "", "pg-demo", "User", "USER").await;
    assert_eq!(user, pg["username"].as_str().unwrap());
    env.js(
        "const c = { writeText: t => { window.__copied = t; return Promise.resolve(); } };
            Object.defineProperty(navigator, 'clipboard', { value: c, configurable: true });",
    )
    .await;
    env.click("button[aria-label='Copy Password for ssh-bastion']")
        .await;
    env.wait_text("[data-connection='ssh-bastion'] [role=status]", "Copied")
        .await;
    assert_eq!(
        env.js("return window.__copied").await,
        json!(ssh["password"])
    );
    env.click("button[aria-label='Copy all credentials for pg-demo as KEY=value lines']")
        .await;
    env.wait_text("[data-connection='pg-demo'] .gw-cred__copy-all", "Copied")
        .await;
    let all = env.js("return window.__copied").await;
    let all = all.as_str().unwrap();
    assert!(
        all.contains(&format!("USER={}", pg["username"].as_str().unwrap())),
        "{all}"
    );
    assert!(all.lines().all(|l| l.contains('=')), "{all}");
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn rotate_shows_the_new_secret_and_the_old_one_is_gone() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    create(&env, &admin, json!({ "name": "etl", "description": "", "connection_names": ["pg-demo"], "attributes": [] })).await;
    let old = cred(&server_creds(&env, &admin, "etl").await, "pg-demo")["secret_key"]
        .as_str()
        .unwrap()
        .to_string();
    env.goto("/machine-identities/etl").await;
    env.sign_in("admin@example.com").await;
    env.click("button[aria-label='Rotate credential for pg-demo']")
        .await;
    env.wait_text("[role=alertdialog]", "stops working at once")
        .await;
    env.wait_text("[role=alertdialog]", "live sessions using it are cut")
        .await;
    env.click("[role=alertdialog] .gw-btn--danger").await;
    env.wait_text("[role=dialog] h2", "New credential for")
        .await;
    let fresh = reveal(&env, "[role=dialog]", "pg-demo", "User", "USER").await;
    assert_ne!(fresh, old);
    let server = server_creds(&env, &admin, "etl").await;
    assert_eq!(
        cred(&server, "pg-demo")["secret_key"],
        json!(fresh),
        "the shown one is the live one"
    );
    env.click("[role=dialog] .gw-modal__actions .gw-btn--primary")
        .await;
    assert!(absent(&env, "[role=dialog]").await);
    let listed = reveal(&env, "", "pg-demo", "User", "USER").await;
    assert_eq!(listed, fresh);
    assert!(
        !traces(&env).await.contains(&old),
        "the old secret is no longer listed"
    );
    env.finish().await;
}
