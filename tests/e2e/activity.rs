//! Activity, end to end: a key's and an identity's timeline, what a key did, and the Activity
//! page's filters and pages, all read from the audit log devgateway writes.

mod page;

use crate::harness::{Env, PASSWORD};
use serde_json::{json, Value};

/// Calls the API and checks the status.
async fn expect(
    env: &Env,
    token: &str,
    method: &str,
    path: &str,
    body: Value,
    status: u16,
) -> Value {
    let (got, v) = env.call(method, path, token, Some(body)).await;
    assert_eq!(got, status, "{method} {path}: {v}");
    v
}

/// The timeline in `section`, one text per event, newest first, once it has `count` events.
async fn events(env: &Env, section: &str, count: usize) -> Vec<String> {
    let script = format!(
        "return [...document.querySelectorAll('{section} .gw-event')].map(e => e.innerText.replace(/\\s+/g, ' ').trim())"
    );
    for _ in 0..300 {
        let v = env.js(&script).await;
        let list: Vec<String> = serde_json::from_value(v).unwrap();
        if list.len() >= count {
            return list;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!(
        "{section} never showed {count} events: {:?}",
        env.js(&script).await
    );
}

/// Every credential secret in a gateway answer.
fn secret_values(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v.as_str()) {
                    ("secret_key" | "password" | "proxy_token", Some(s)) if s.len() > 8 => {
                        out.push(s.to_string())
                    }
                    _ => secret_values(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| secret_values(v, out)),
        _ => {}
    }
}

/// A second administrator with the demo password.
async fn second_admin(env: &Env, admin: &str) -> String {
    let body = json!({ "email": "admin2@example.com", "name": "Second Admin", "groups": ["admin"], "password": PASSWORD });
    let (status, v) = env.call("POST", "/api/users", admin, Some(body)).await;
    assert!(status == 200 || status == 201, "{v}");
    env.token("admin2@example.com").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_keys_page_lists_who_changed_it_and_a_failed_rename() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let admin2 = second_admin(&env, &admin).await;
    expect(
        &env,
        &admin,
        "POST",
        "/api/api-keys",
        json!({ "name": "taken", "groups": [] }),
        201,
    )
    .await;
    let created = expect(
        &env,
        &admin,
        "POST",
        "/api/api-keys",
        json!({ "name": "audit-ci", "groups": ["sre"] }),
        201,
    )
    .await;
    let (id, secret) = (
        created["id"].as_str().unwrap().to_string(),
        created["key"].as_str().unwrap().to_string(),
    );
    let by_id = format!("/api/api-keys/{id}");
    // What the console sends: the whole state, addressed by id.
    expect(
        &env,
        &admin,
        "PUT",
        &by_id,
        json!({ "name": "audit-ci-2", "groups": ["sre"] }),
        200,
    )
    .await;
    expect(
        &env,
        &admin,
        "PUT",
        &by_id,
        json!({ "name": "audit-ci-2", "groups": ["sre", "ops"] }),
        200,
    )
    .await;
    expect(&env, &admin, "DELETE", &by_id, Value::Null, 204).await;
    expect(
        &env,
        &admin,
        "POST",
        &format!("{by_id}/reactivate"),
        json!({}),
        200,
    )
    .await;
    // Other clients address keys by name.
    expect(
        &env,
        &admin2,
        "PUT",
        "/api/api-keys/audit-ci-2",
        json!({ "name": "audit-ci-2", "groups": ["sre"] }),
        200,
    )
    .await;
    expect(
        &env,
        &admin,
        "PUT",
        &by_id,
        json!({ "name": "taken", "groups": ["sre"] }),
        409,
    )
    .await;

    env.goto(&format!("/settings/api-keys/{id}/configure"))
        .await;
    env.sign_in("admin@example.com").await;
    let got = events(&env, "[aria-labelledby=key-activity]", 7).await;
    let expected = [
        (
            "Failed to rename \u{201c}audit-ci-2\u{201d} to \u{201c}taken\u{201d}",
            "Admin admin@example.com",
        ),
        (
            "Changed groups Groups added: none; removed: ops",
            "Second Admin admin2@example.com",
        ),
        ("Reactivated", "Admin"),
        ("Deactivated", "Admin"),
        ("Changed groups Groups added: ops; removed: none", "Admin"),
        (
            "Renamed \u{201c}audit-ci\u{201d} to \u{201c}audit-ci-2\u{201d}",
            "Admin",
        ),
        ("Created \u{201c}audit-ci\u{201d} Groups: sre", "Admin"),
    ];
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for (line, (what, who)) in got.iter().zip(expected) {
        assert!(
            line.starts_with(what),
            "{line:?} should start with {what:?}"
        );
        assert!(line.contains(who), "{line:?} should name {who:?}");
        assert!(
            line.contains("from 127.0.0.1"),
            "{line:?} should say where from"
        );
    }
    assert!(got[0].contains("HTTP 409"), "{}", got[0]);
    env.wait_text(
        "[aria-labelledby=key-did]",
        "This key has made no audited write.",
    )
    .await;
    let html = env.js("return document.documentElement.outerHTML").await;
    assert!(
        !html.as_str().unwrap().contains(&secret),
        "no raw key on the page"
    );
    env.axe("a key's activity").await;
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_write_made_with_a_key_names_the_key_and_shows_under_what_it_did() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let bot = expect(
        &env,
        &admin,
        "POST",
        "/api/api-keys",
        json!({ "name": "writer-bot", "groups": ["admin"] }),
        201,
    )
    .await;
    let (bot_id, bot_key) = (
        bot["id"].as_str().unwrap().to_string(),
        bot["key"].as_str().unwrap().to_string(),
    );
    let made = expect(
        &env,
        &bot_key,
        "POST",
        "/api/api-keys",
        json!({ "name": "made-by-bot", "groups": [] }),
        201,
    )
    .await;

    env.goto(&format!("/settings/api-keys/{bot_id}/configure"))
        .await;
    env.sign_in("admin@example.com").await;
    let did = events(&env, "[aria-labelledby=key-did]", 1).await;
    assert!(
        did[0].starts_with("Created \u{201c}made-by-bot\u{201d}"),
        "{did:?}"
    );
    assert!(
        did[0].contains("API key \u{201c}writer-bot\u{201d}"),
        "{did:?}"
    );

    // The made key's own timeline names the key that created it.
    let made_id = made["id"].as_str().unwrap();
    env.goto(&format!("/settings/api-keys/{made_id}/configure"))
        .await;
    let own = events(&env, "[aria-labelledby=key-activity]", 1).await;
    assert!(
        own[0].contains("API key \u{201c}writer-bot\u{201d}"),
        "{own:?}"
    );
    let html = env.js("return document.documentElement.outerHTML").await;
    for secret in [bot_key.as_str(), made["key"].as_str().unwrap()] {
        assert!(
            !html.as_str().unwrap().contains(secret),
            "no raw key on the page"
        );
    }
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn an_identitys_page_lists_create_edit_and_rotate() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let mi = json!({ "name": "audit-mi", "description": "", "connection_names": ["pg-demo"], "attributes": [] });
    let created = expect(&env, &admin, "POST", "/api/machineidentities", mi, 201).await;
    let edit = json!({ "name": "audit-mi", "description": "Nightly", "connection_names": ["pg-demo", "ssh-bastion"], "attributes": [] });
    let edited = expect(
        &env,
        &admin,
        "PUT",
        "/api/machineidentities/audit-mi",
        edit,
        200,
    )
    .await;
    let rotated = expect(
        &env,
        &admin,
        "POST",
        "/api/machineidentities/audit-mi/credentials/pg-demo/rotate",
        Value::Null,
        201,
    )
    .await;

    env.goto("/machine-identities/audit-mi").await;
    env.sign_in("admin@example.com").await;
    let got = events(&env, "[aria-labelledby=mi-activity]", 3).await;
    assert!(
        got[0].starts_with("Rotated the credential for \u{201c}pg-demo\u{201d}"),
        "{got:?}"
    );
    assert!(
        got[1].starts_with("Edited Connections: pg-demo, ssh-bastion"),
        "{got:?}"
    );
    assert!(
        got[2].starts_with("Created \u{201c}audit-mi\u{201d} Connections: pg-demo"),
        "{got:?}"
    );
    assert!(
        got.iter().all(|l| l.contains("Admin admin@example.com")),
        "{got:?}"
    );
    let html = env.js("return document.documentElement.outerHTML").await;
    let html = html.as_str().unwrap();
    let mut secrets = Vec::new();
    for answer in [&created, &edited, &rotated] {
        secret_values(answer, &mut secrets);
    }
    assert!(!secrets.is_empty(), "the answers carried credentials");
    for secret in secrets {
        assert!(!html.contains(&secret), "no credential on the page");
    }
    env.axe("an identity's activity").await;
    env.finish().await;
}
