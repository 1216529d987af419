//! Sign-in, session handling and the shell.

use crate::harness::{Env, PASSWORD};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn local_sign_in_wrong_then_right_password() {
    let env = Env::start().await;
    env.expect_console_error(
        "/api/localauth/login - Failed to load resource: the server responded with a status of 404",
    );
    env.expect_console_error(
        "/api/localauth/login - Failed to load resource: the server responded with a status of 401",
    );
    env.goto("/").await;
    env.wait_path("/sign-in").await;
    env.find("input[name=email]").await;
    assert_eq!(env.c.title().await.unwrap(), "Sign in · Hoop Admin");
    env.axe("the sign-in page").await;

    env.fill("input[name=email]", "admin@example.com").await;
    env.fill("input[name=password]", "not-the-password").await;
    env.click("form button[type=submit]").await;
    let wrong = env.wait_text(".gw-field__error", "wrong").await;
    assert_eq!(wrong, "The email or password is wrong.");
    // The console channel that the CSP and panic checks read must really deliver lines.
    let console = env.console().await;
    assert!(
        console.iter().any(|l| l.contains("401")),
        "console: {console:?}"
    );
    // An unknown email reads exactly the same, so accounts cannot be enumerated.
    env.fill("input[name=email]", "nobody@example.com").await;
    env.fill("input[name=password]", PASSWORD).await;
    env.click("form button[type=submit]").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(env.wait_text(".gw-field__error", "wrong").await, wrong);

    env.fill("input[name=email]", "admin@example.com").await;
    env.sign_in("admin@example.com").await;
    env.wait_path("/").await;
    env.wait_text(".gw-header", "admin@example.com").await;
    env.wait_text(".gw-role", "Administrator").await;
    env.wait_text("[data-testid=overview-role]", "Administrator")
        .await;
    let version = env.wait_text("[data-testid=overview-version]", ".").await;
    assert!(!version.is_empty());
    assert_eq!(env.c.title().await.unwrap(), "Overview · Hoop Admin");
    let focused = env.js("return document.activeElement.tagName").await;
    assert_eq!(focused, json!("H1"), "focus starts at the page heading");
    let current = env
        .js("return document.querySelector('nav a[aria-current=page]').textContent")
        .await;
    assert_eq!(current, json!("Overview"));
    let token = env
        .js("return sessionStorage.getItem('hoop-admin.session')")
        .await;
    assert!(token.as_str().is_some_and(|t| !t.is_empty()));
    let local = env.js("return localStorage.length").await;
    assert_eq!(local, json!(0), "nothing goes to localStorage");
    env.axe("the overview (admin)").await;
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn api_key_sign_in_opens_a_standard_overview() {
    let env = Env::start().await;
    env.expect_console_error(
        "/api/userinfo - Failed to load resource: the server responded with a status of 401",
    );
    let admin = env.token("admin@example.com").await;
    let (status, key) = env
        .call(
            "POST",
            "/api/api-keys",
            &admin,
            Some(json!({ "name": "ci-reader", "groups": ["engineering"] })),
        )
        .await;
    assert_eq!(status, 201);
    let raw = key["key"].as_str().unwrap().to_string();

    env.goto("/").await;
    env.fill("input[name=token]", "hpk_not_a_real_key").await;
    env.click("form:last-of-type button[type=submit]").await;
    env.wait_text(".gw-field__error", "not accepted").await;

    env.fill("input[name=token]", &raw).await;
    env.click("form:last-of-type button[type=submit]").await;
    env.wait_text(".gw-header", "ci-reader").await;
    env.wait_text(".gw-role", "Standard").await;
    env.wait_text(".gw-facts", "engineering").await;
    let nav = env
        .js("return [...document.querySelectorAll('nav a')].map(a => a.textContent)")
        .await;
    assert_eq!(
        nav,
        json!(["Overview", "My access", "Machine identities"]),
        "no admin-only entries for a standard caller"
    );
    env.axe("the overview (standard)").await;

    // Reviews are opened for people: a key is told so before it asks.
    env.click("nav a[href='/access']").await;
    env.click("button[aria-label='Request access to pg-reviewed']")
        .await;
    env.wait_text(".gw-modal", "Reviewed access needs a user sign-in")
        .await;
    let send = env.find(".gw-modal button[type=submit]").await;
    assert!(!send.is_enabled().await.unwrap());
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn sign_out_forgets_the_token() {
    let env = Env::start().await;
    env.goto("/").await;
    env.sign_in("sre@example.com").await;
    env.wait_text(".gw-role", "Standard").await;
    env.click(".gw-header button").await;
    env.wait_text("[role=status]", "You have signed out.").await;
    env.wait_path("/sign-in").await;
    let stored = env.js("return sessionStorage.length").await;
    assert_eq!(stored, json!(0));
    env.c.refresh().await.unwrap();
    env.find("input[name=email]").await;
    env.wait_path("/sign-in").await;
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn expired_session_returns_to_the_same_page_and_renewal_is_honoured() {
    let env = Env::start().await;
    env.expect_console_error(
        "/api/userinfo - Failed to load resource: the server responded with a status of 401",
    );
    env.goto("/no/such/page?tab=2").await;
    env.wait_path("/sign-in?next=%2Fno%2Fsuch%2Fpage%3Ftab%3D2")
        .await;
    env.sign_in("admin@example.com").await;
    env.wait_path("/no/such/page?tab=2").await;
    env.wait_text("h1", "Page not found").await;

    // The gateway renews an expired token through X-New-Access-Token; the console keeps it.
    let before = env
        .js("return sessionStorage.getItem('hoop-admin.session')")
        .await;
    env.test_endpoint("POST", "/__test/sessions/expire", json!({}))
        .await;
    env.c.refresh().await.unwrap();
    env.wait_text("h1", "Page not found").await;
    env.wait_text(".gw-header", "admin@example.com").await;
    let after = env
        .js("return sessionStorage.getItem('hoop-admin.session')")
        .await;
    assert_ne!(before, after, "the renewed token replaced the old one");
    assert!(after.as_str().is_some_and(|t| !t.is_empty()));

    env.test_endpoint("POST", "/__test/sessions/end", json!({}))
        .await;
    env.c.refresh().await.unwrap();
    env.wait_text("[role=status]", "Your session expired").await;
    env.wait_path("/sign-in?next=%2Fno%2Fsuch%2Fpage%3Ftab%3D2")
        .await;
    env.sign_in("admin@example.com").await;
    env.wait_path("/no/such/page?tab=2").await;
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn deep_links_survive_reload_and_unknown_paths_get_not_found() {
    let env = Env::start().await;
    env.goto("/").await;
    env.sign_in("admin@example.com").await;
    env.goto("/settings/nothing-here").await;
    env.wait_text("h1", "Page not found").await;
    assert_eq!(env.c.title().await.unwrap(), "Page not found · Hoop Admin");
    env.wait_text("main", "/settings/nothing-here").await;
    env.axe("the not-found page").await;
    env.c.refresh().await.unwrap();
    env.wait_text("h1", "Page not found").await;
    // Inside a section too: a path there that names no screen.
    for path in ["/machine-identities/a/b/c", "/settings/api-keys/x/delete"] {
        env.goto(path).await;
        env.wait_text("h1", "Page not found").await;
        env.wait_text("main", path).await;
    }
    // A crafted next= must not leave the origin.
    env.goto("/sign-in?next=https%3A%2F%2Fevil.example%2F")
        .await;
    env.wait_path("/").await;
    env.finish().await;
}
