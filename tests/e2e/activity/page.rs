//! The Activity page: filters kept in the URL, pages, links, keyboard use, and roles.

use super::expect;
use crate::harness::Env;
use crate::machine_identities::absent;
use fantoccini::key::Key;
use serde_json::{json, Value};

/// The rows shown, one text each.
async fn rows(env: &Env) -> Vec<String> {
    let v = env
        .js("return [...document.querySelectorAll('.gw-table tbody tr')].map(r => r.innerText.replace(/\\s+/g, ' ').trim())")
        .await;
    serde_json::from_value(v).unwrap()
}

/// Waits until the table shows exactly `n` rows.
async fn wait_rows(env: &Env, n: usize) -> Vec<String> {
    for _ in 0..300 {
        let r = rows(env).await;
        if r.len() == n {
            return r;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("expected {n} rows, got {:?}", rows(env).await);
}

async fn select_value(env: &Env, name: &str) -> Value {
    env.js(&format!(
        "return document.querySelector('select[name={name}]').value"
    ))
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn filters_stay_in_the_url_pages_and_link_to_what_still_exists() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let key = expect(
        &env,
        &admin,
        "POST",
        "/api/api-keys",
        json!({ "name": "paged", "groups": [] }),
        201,
    )
    .await;
    let by_id = format!("/api/api-keys/{}", key["id"].as_str().unwrap());
    for i in 0..52 {
        expect(
            &env,
            &admin,
            "PUT",
            &by_id,
            json!({ "name": format!("paged-{i}") }),
            200,
        )
        .await;
    }
    expect(&env, &admin, "PUT", &by_id, json!({ "name": "paged" }), 200).await;
    let mi = json!({ "name": "gone-mi", "connection_names": ["pg-demo"], "attributes": [] });
    expect(
        &env,
        &admin,
        "POST",
        "/api/machineidentities",
        mi.clone(),
        201,
    )
    .await;
    expect(&env, &admin, "POST", "/api/machineidentities", mi, 409).await;
    expect(
        &env,
        &admin,
        "DELETE",
        "/api/machineidentities/gone-mi",
        Value::Null,
        200,
    )
    .await;
    // 1 create + 53 updates of the key, 3 identity writes.

    env.goto("/activity").await;
    env.sign_in("admin@example.com").await;
    env.wait_text(".gw-pager__summary", "of 57 entries").await;
    assert_eq!(wait_rows(&env, 50).await.len(), 50);
    env.axe("the Activity page").await;
    env.click(".gw-pager button:last-of-type").await;
    env.wait_path("/activity?page=2").await;
    let older = wait_rows(&env, 7).await;
    assert!(
        older
            .last()
            .unwrap()
            .contains("Created \u{201c}paged\u{201d}"),
        "{older:?}"
    );
    env.c.refresh().await.unwrap();
    wait_rows(&env, 7).await;

    // Keyboard only: focus the resource filter and choose with the arrow keys.
    env.js("document.querySelector('select[name=resource]').focus()")
        .await;
    env.press(Key::Down).await;
    env.press(Key::Down).await;
    env.wait_path("/activity?resource=machine_identities").await;
    let mis = wait_rows(&env, 3).await;
    assert!(
        mis[0].contains("Deleted")
            && mis[0].contains("Machine identity \u{201c}gone-mi\u{201d} (deleted)"),
        "{mis:?}"
    );
    assert!(
        mis[1].contains("Failed to create \u{201c}gone-mi\u{201d}"),
        "{mis:?}"
    );
    env.js("document.querySelector('select[name=outcome]').focus()")
        .await;
    env.press(Key::Down).await;
    env.press(Key::Down).await;
    env.wait_path("/activity?resource=machine_identities&outcome=failed")
        .await;
    let failed = wait_rows(&env, 1).await;
    assert!(failed[0].contains("HTTP 409"), "{failed:?}");
    env.c.refresh().await.unwrap();
    wait_rows(&env, 1).await;
    assert_eq!(
        select_value(&env, "resource").await,
        json!("machine_identities")
    );
    assert_eq!(select_value(&env, "outcome").await, json!("failed"));
    // Filters replace the list's history entry, and so did the way in (the redirect to sign-in
    // and the return from it): Back leaves the console at once, with no filter state or sign-in
    // page to step through, and Forward brings the filtered list back.
    env.c.back().await.unwrap();
    left_console(&env).await;
    env.c.forward().await.unwrap();
    env.wait_path("/activity?resource=machine_identities&outcome=failed")
        .await;
    wait_rows(&env, 1).await;

    // Days are the reader's local days, both ends included.
    let today = env
        .js("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0')")
        .await;
    let today = today.as_str().unwrap();
    env.goto(&format!(
        "/activity?resource=api_keys&from={today}&to={today}"
    ))
    .await;
    env.wait_text(".gw-pager__summary", "of 54 entries").await;
    let row = wait_rows(&env, 50).await;
    assert!(row[0].contains("API key \u{201c}paged\u{201d}"), "{row:?}");
    env.click(".gw-table tbody tr a").await;
    env.wait_path(&format!(
        "/settings/api-keys/{}/configure",
        key["id"].as_str().unwrap()
    ))
    .await;
    env.c.back().await.unwrap();
    env.wait_text(".gw-pager__summary", "of 54 entries").await;
    env.goto("/activity?from=2999-01-01").await;
    env.wait_text("[role=status]", "No audited write matches these filters.")
        .await;
    env.click(".gw-filters__clear").await;
    env.wait_path("/activity").await;
    env.wait_text(".gw-pager__summary", "of 57 entries").await;

    // The actor filter applies on Enter, not per keystroke.
    env.fill("input[name=actor]", "nobody@").await;
    env.press(Key::Enter).await;
    env.wait_path("/activity?actor=nobody%40").await;
    env.wait_text("[role=status]", "No audited write matches these filters.")
        .await;

    // A key's own timeline pages too: 25 entries, then "Show older" until the create.
    env.goto(&format!(
        "/settings/api-keys/{}/configure",
        key["id"].as_str().unwrap()
    ))
    .await;
    let section = "[aria-labelledby=key-activity]";
    assert_eq!(super::events(&env, section, 25).await.len(), 25);
    env.click(&format!("{section} > button")).await;
    assert_eq!(super::events(&env, section, 50).await.len(), 50);
    env.click(&format!("{section} > button")).await;
    let all = super::events(&env, section, 54).await;
    assert_eq!(all.len(), 54);
    assert!(
        all[53].starts_with("Created \u{201c}paged\u{201d}"),
        "{:?}",
        all[53]
    );
    let mut gone = false;
    for _ in 0..60 {
        gone = absent(&env, &format!("{section} > button")).await;
        if gone {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(gone, "nothing older: the button goes");
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn auditors_read_the_log_and_others_get_a_sentence() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    expect(
        &env,
        &admin,
        "POST",
        "/api/api-keys",
        json!({ "name": "seen", "groups": [] }),
        201,
    )
    .await;
    let mi = json!({ "name": "watched", "connection_names": ["pg-demo"], "attributes": [] });
    expect(&env, &admin, "POST", "/api/machineidentities", mi, 201).await;

    env.goto("/activity").await;
    env.sign_in("auditor@example.com").await;
    env.wait_text("nav", "Activity").await;
    let got = wait_rows(&env, 2).await;
    assert!(
        got[0].contains("Machine identity \u{201c}watched\u{201d}"),
        "{got:?}"
    );
    // Auditors cannot open keys: the row names the key without a link.
    assert!(got[1].contains("API key \u{201c}seen\u{201d}"), "{got:?}");
    env.wait_text("p", "key rows do not link").await;
    env.find(".gw-table a[href='/machine-identities/watched']")
        .await;
    env.axe("the Activity page for auditors").await;
    env.click(".gw-table a[href='/machine-identities/watched']")
        .await;
    let events = super::events(&env, "[aria-labelledby=mi-activity]", 1).await;
    assert!(
        events[0].starts_with("Created \u{201c}watched\u{201d}"),
        "{events:?}"
    );
    env.finish().await;

    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let mi = json!({ "name": "watched", "connection_names": ["pg-demo"], "attributes": [] });
    expect(&env, &admin, "POST", "/api/machineidentities", mi, 201).await;
    env.goto("/machine-identities/watched").await;
    env.sign_in("dev@example.com").await;
    env.wait_text(
        "[aria-labelledby=mi-activity]",
        "Only administrators and auditors can see who changed this identity",
    )
    .await;
    env.goto("/activity").await;
    env.wait_text(
        "p",
        "Only administrators and auditors can read the gateway's audit log",
    )
    .await;
    let nav = env
        .js("return [...document.querySelectorAll('nav a')].map(a => a.textContent)")
        .await;
    assert!(!nav.to_string().contains("Activity"), "{nav}");
    env.finish().await;
}

/// Waits until the browser shows a page that is not the console's.
async fn left_console(env: &Env) {
    let console = env.url("/");
    for _ in 0..100 {
        let url = env.c.current_url().await.unwrap();
        if !url.as_str().starts_with(&console) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("Back stayed in the console, at {}", env.path().await);
}
