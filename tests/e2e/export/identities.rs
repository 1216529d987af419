//! The machine identity list's export: every column, the filter, formulas and credentials.

use super::{export, formula_safe, joined, parse_csv, today, wait_revoked, Download};
use crate::{harness::Env, machine_identities::create};
use serde_json::{json, Value};

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

/// The row an identity from `GET /api/machineidentities` must become.
fn identity_row(mi: &Value) -> Vec<String> {
    [
        text(&mi["name"]),
        text(&mi["description"]),
        joined(&mi["connection_names"]),
        joined(&mi["attributes"]),
        text(&mi["created_at"]),
        text(&mi["updated_at"]),
    ]
    .iter()
    .map(|c| formula_safe(c))
    .collect()
}

const HEADER: [&str; 6] = [
    "Name",
    "Description",
    "Connections",
    "Attributes",
    "Created",
    "Updated",
];

/// Saves the identity list and checks it against the gateway's identities that `keep` selects,
/// in the table's order; returns the file.
async fn check_identities(env: &Env, token: &str, keep: impl Fn(&Value) -> bool) -> Download {
    let file = export(env, ".gw-export button").await;
    assert_eq!(
        file.name,
        format!("hoop-machine-identities-{}.csv", today(env).await)
    );
    assert_eq!(file.mime, "text/csv;charset=utf-8");
    assert!(file.bom, "the file starts with the UTF-8 BOM");
    let rows = parse_csv(&file.text);
    assert_eq!(rows[0], HEADER);

    let (status, all) = env.call("GET", "/api/machineidentities", token, None).await;
    assert_eq!(status, 200, "{all}");
    let expected: Vec<Vec<String>> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|mi| keep(mi))
        .map(identity_row)
        .collect();
    // The table's order: the file lists what the page shows, as it shows it.
    let shown = env
        .js("return [...document.querySelectorAll('tbody tr:not([hidden]) th')].map(t => t.textContent.trim())")
        .await;
    let shown: Vec<String> = serde_json::from_value(shown).unwrap();
    let in_order: Vec<Vec<String>> = shown
        .iter()
        .map(|name| {
            let row = expected.iter().find(|r| r[0] == formula_safe(name));
            row.unwrap_or_else(|| panic!("{name} is shown but not expected"))
                .clone()
        })
        .collect();
    assert_eq!(in_order.len(), expected.len(), "the table shows {shown:?}");
    assert_eq!(rows[1..], in_order[..]);
    file
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn identity_export_is_the_filtered_list_without_formulas_or_secrets() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let bodies = [
        json!({ "name": "formula-bot", "description": "=HYPERLINK(\"x\")",
            "connection_names": ["pg-demo"], "attributes": ["env:prod"] }),
        json!({ "name": "etl", "description": "Nightly, \"batch\"\r\nsecond line",
            "connection_names": ["pg-demo", "ssh-bastion"], "attributes": ["env:prod", "team:data"] }),
        json!({ "name": "Zoë-backup", "description": "-rf backups @ night",
            "connection_names": ["ssh-bastion"], "attributes": [] }),
    ];
    let mut secrets = Vec::new();
    for body in bodies {
        let made = create(&env, &admin, body).await;
        for cred in made["credentials"].as_array().unwrap() {
            for key in ["secret_key", "password", "connection_string"] {
                secrets.extend(
                    cred[key]
                        .as_str()
                        .filter(|s| !s.is_empty())
                        .map(String::from),
                );
            }
        }
    }
    assert!(!secrets.is_empty(), "creating issued credentials");
    env.goto("/machine-identities").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("tbody th", "formula-bot").await;
    let described = "const b = document.querySelector('.gw-export button');
        return document.getElementById(b.getAttribute('aria-describedby')).textContent";
    assert!(
        env.js(described)
            .await
            .as_str()
            .unwrap()
            .ends_with("3 rows."),
        "the button says how much it saves"
    );
    env.axe("the machine identity list with its export").await;

    let all = check_identities(&env, &admin, |_| true).await;
    let rows = parse_csv(&all.text);
    let formula = &rows.iter().find(|r| r[0] == "formula-bot").unwrap()[1];
    assert_eq!(formula, "'=HYPERLINK(\"x\")", "the formula is neutralised");
    assert!(all.text.contains("\"'=HYPERLINK(\"\"x\"\")\""), "quoted");
    assert!(!all.text.contains("hpk_"));
    for s in &secrets {
        assert!(!all.text.contains(s.as_str()), "a credential in the export");
    }
    env.wait_text(".gw-export__status", &format!("Saved {}", all.name))
        .await;

    // Only what the filter keeps, from a link that is gone again.
    env.find("select[name=connection] option[value='ssh-bastion']")
        .await
        .click()
        .await
        .unwrap();
    env.wait_text(".gw-pager__summary", "2 of 3").await;
    let has_ssh = |mi: &Value| joined(&mi["connection_names"]).contains("ssh-bastion");
    let filtered = check_identities(&env, &admin, has_ssh).await;
    assert_eq!(parse_csv(&filtered.text).len(), 3);
    assert_eq!(
        env.js("return document.querySelectorAll('a[download]').length")
            .await,
        json!(0)
    );

    env.fill("input[name=search]", "nothing matches this").await;
    env.wait_text(".gw-empty__title", "No machine identities match")
        .await;
    let button = env.find(".gw-export button").await;
    assert!(!button.is_enabled().await.unwrap(), "nothing to export");

    wait_revoked(&env, &all.href).await;
    wait_revoked(&env, &filtered.href).await;
    env.finish().await;
}
