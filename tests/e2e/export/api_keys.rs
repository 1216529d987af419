//! The API key list's export: every column as the gateway returns it, the filter, formulas
//! neutralised, no secret.

use super::{assert_no_key_secret, export, formula_safe, joined, parse_csv, today};
use crate::{harness::Env, key_hygiene::create_key};
use serde_json::{json, Value};

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

/// The row a key from `GET /api/api-keys` must become.
fn key_row(k: &Value) -> Vec<String> {
    let status = if k["status"] == "active" {
        "Active"
    } else {
        "Deactivated"
    };
    [
        text(&k["name"]),
        text(&k["id"]),
        text(&k["masked_key"]),
        status.to_string(),
        joined(&k["groups"]),
        text(&k["created_at"]),
        text(&k["created_by"]),
        text(&k["last_used_at"]),
        text(&k["deactivated_at"]),
        text(&k["deactivated_by"]),
    ]
    .iter()
    .map(|c| formula_safe(c))
    .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn key_export_is_the_filtered_list_without_formulas_or_secrets() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let mut secrets = Vec::new();
    for (name, groups) in [
        ("x-=HYPERLINK(\"x\")", json!(["sre"])),
        ("=HYPERLINK(\"x\")", json!(["engineering", "sre"])),
        ("x-plain, \"quoted\"", json!([])),
        ("x-used", json!(["engineering"])),
    ] {
        secrets.push(create_key(&env, &admin, name, groups).await.1);
    }
    let (status, _) = env.call("GET", "/api/userinfo", &secrets[3], None).await;
    assert_eq!(status, 200, "x-used has been used");
    env.call(
        "DELETE",
        "/api/api-keys/x-plain%2C%20%22quoted%22",
        &admin,
        None,
    )
    .await;

    env.goto("/settings/api-keys?sort=name&dir=asc").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("tbody th", "x-used").await;
    let file = export(&env, ".gw-export button").await;
    assert_eq!(
        file.name,
        format!("hoop-api-keys-{}.csv", today(&env).await)
    );
    assert!(file.bom);
    assert_no_key_secret(&file.text);
    for s in &secrets {
        assert!(!file.text.contains(s.as_str()), "a raw key in the file");
    }
    let (_, all) = env.call("GET", "/api/api-keys", &admin, None).await;
    let mut expected: Vec<Vec<String>> = all.as_array().unwrap().iter().map(key_row).collect();
    // The list's "Name, A to Z" order: case-insensitive, then exact name.
    expected.sort_by(|a, b| {
        let plain = |r: &Vec<String>| r[0].trim_start_matches('\'').to_lowercase();
        plain(a).cmp(&plain(b)).then_with(|| a[0].cmp(&b[0]))
    });
    let rows = parse_csv(&file.text);
    assert_eq!(rows[0][0], "Name");
    let mut got = rows[1..].to_vec();
    got.sort_by(|a, b| {
        let plain = |r: &Vec<String>| r[0].trim_start_matches('\'').to_lowercase();
        plain(a).cmp(&plain(b)).then_with(|| a[0].cmp(&b[0]))
    });
    assert_eq!(
        got, expected,
        "every key, every column, as the API returns it"
    );
    assert!(
        rows.iter().any(|r| r[0] == "'=HYPERLINK(\"x\")"),
        "the formula name is neutralised"
    );
    assert!(
        !rows.iter().flatten().any(|c| c.starts_with('=')),
        "no cell is a formula"
    );

    // The current filter is what is exported.
    env.fill("input[name=search]", "x-").await;
    env.wait_text(".gw-pager__summary", "of 3 keys").await;
    let filtered = parse_csv(&export(&env, ".gw-export button").await.text);
    let names: Vec<&str> = filtered[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        names,
        ["x-=HYPERLINK(\"x\")", "x-plain, \"quoted\"", "x-used"]
    );
    env.finish().await;
}
