//! Seeding, driving and timing; `page.js` holds what runs inside the page.

use crate::harness::Env;
use crate::report::{Figure, Report};
use serde_json::{json, Value};

const PAGE_JS: &str = include_str!("page.js");
const COLD_LOADS: usize = 5;
const KEYSTROKES: usize = 50;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
pub async fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 10_000]
    } else {
        sizes
    };
    let mut report = Report::default();
    for n in sizes {
        run(n, &mut report).await;
    }
    report.print_and_save();
    if report.failed() > 0 {
        std::process::exit(1);
    }
}

/// Calls one of page.js's entry points.
async fn page(env: &Env, entry: &str, args: Vec<Value>) -> Value {
    let mut all = vec![json!(entry)];
    all.extend(args);
    let v = env
        .c
        .execute_async(PAGE_JS, all)
        .await
        .expect("page script runs");
    assert!(v.get("error").is_none(), "{entry}: {v}");
    v
}

async fn cdp(env: &Env, cmd: &str, params: Value) -> Value {
    env.cdp(cmd, params).await
}

async fn seed(env: &Env, n: usize) {
    env.test_endpoint(
        "POST",
        "/__test/api-keys/bulk",
        json!({ "count": n, "prefix": "bulk-" }),
    )
    .await;
    env.test_endpoint(
        "POST",
        "/__test/machine-identities/bulk",
        json!({ "count": n / 5, "prefix": "svc-" }),
    )
    .await;
    let admin = env.token("admin@example.com").await;
    let (_, keys) = env.call("GET", "/api/api-keys", &admin, None).await;
    for k in keys.as_array().unwrap() {
        let name = k["name"].as_str().unwrap_or("");
        let i: usize = name
            .strip_prefix("bulk-")
            .and_then(|d| d.parse().ok())
            .unwrap_or(1);
        if i % 10 == 3 {
            let id = k["id"].as_str().unwrap();
            let (status, _) = env
                .call("DELETE", &format!("/api/api-keys/{id}"), &admin, None)
                .await;
            assert_eq!(status, 204, "deactivating {name}");
        }
    }
}

/// Navigation → first row and list response → first row over cold loads (HTTP cache cleared).
async fn first_rows(env: &Env, report: &mut Report, n: usize, what: &str, path: &str, api: &str) {
    let mut nav = Vec::new();
    let mut after = Vec::new();
    let mut last = Value::Null;
    let watch = page(env, "watchScript", vec![]).await;
    cdp(
        env,
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": watch }),
    )
    .await;
    for _ in 0..COLD_LOADS {
        env.c.goto("about:blank").await.unwrap();
        cdp(env, "Network.clearBrowserCache", json!({})).await;
        env.goto(path).await;
        env.find("tbody tr").await;
        last = page(env, "coldLoad", vec![json!(api)]).await;
        let painted = last["first_row_ms"].as_f64().expect("first row painted");
        let response = last["list_response_end_ms"]
            .as_f64()
            .expect("list response timed");
        nav.push(painted);
        after.push(painted - response);
    }
    report.add(Figure::times(
        format!("{what} N={n}: navigation → first row"),
        &nav,
        None,
    ));
    report.add(Figure::times(
        format!("{what} N={n}: list response → first row"),
        &after,
        Some(300.0),
    ));
    report.note(
        format!("{what} N={n}: list as served"),
        format!(
            "{} B on the wire, {} B decoded",
            last["list_encoded_bytes"], last["list_decoded_bytes"]
        ),
    );
    report.note(
        format!("{what} N={n}: cold deep link as served"),
        format!(
            "{} requests, {} B on the wire, {} B decoded",
            last["requests"], last["encoded_bytes"], last["decoded_bytes"]
        ),
    );
}

/// Times `values.len()` changes of one control, as work and as frame.
async fn changes(
    env: &Env,
    report: &mut Report,
    label: String,
    css: &str,
    kind: &str,
    values: Vec<String>,
    budget: f64,
) {
    let v = page(env, "changes", vec![json!(css), json!(kind), json!(values)]).await;
    let series = |k: &str| -> Vec<f64> {
        v[k].as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_f64)
            .collect()
    };
    report.add(Figure::percentiles(
        format!("{label}: event → result laid out"),
        &series("work"),
        Some(budget),
    ));
    report.add(Figure::percentiles(
        format!("{label}: event → frame shown"),
        &series("frame"),
        None,
    ));
}

/// Search prefixes whose consecutive results differ, over names `<prefix><5 digits>` numbered
/// from 0: each narrows the one before (10 000 → 1 000 → … → 1) and back.
fn searches(prefix: &str, count: usize) -> Vec<String> {
    let last = format!("{:05}", count - 1);
    let matches = |digits: &str| {
        (0..count)
            .filter(|i| format!("{i:05}").starts_with(digits))
            .count()
    };
    let steps: Vec<String> = (1..=5)
        .filter(|&k| matches(&last[..k]) < count)
        .map(|k| format!("{prefix}{}", &last[..k]))
        .collect();
    let mut cycle = steps.clone();
    cycle.extend(
        steps
            .iter()
            .rev()
            .skip(1)
            .take(steps.len().saturating_sub(2))
            .cloned(),
    );
    cycle.iter().cycle().take(KEYSTROKES).cloned().collect()
}

fn alternate(a: &str, b: &str, count: usize) -> Vec<String> {
    (0..count)
        .map(|i| if i % 2 == 0 { a } else { b }.to_string())
        .collect()
}

/// One list's controls as the bench drives them.
struct List {
    /// "API keys N=1000".
    label: String,
    path: &'static str,
    /// Text of the pager's summary once the whole list is shown.
    loaded: String,
    /// Names are `<prefix><5 digits>`, numbered from 0 up to `count`.
    prefix: &'static str,
    count: usize,
    /// A filter's `<select>` and two values whose results differ.
    filter: (&'static str, &'static str, &'static str),
}

/// Search keystrokes, sort changes and filter changes on a list, each from the whole list.
async fn list_changes(env: &Env, report: &mut Report, list: &List) {
    let label = &list.label;
    env.goto(list.path).await;
    env.wait_text(".gw-pager__summary", &list.loaded).await;
    let floor = page(env, "rowFloor", vec![]).await;
    report.note(
        format!("{label}: the same rows inserted as plain DOM"),
        format!(
            "{:.1} ms for {} rows with style and layout (the browser's share of a page change)",
            floor["ms"].as_f64().unwrap_or(0.0),
            floor["rows"]
        ),
    );
    for (what, css, kind, values, budget) in [
        (
            "search keystroke",
            "input[name=search]",
            "input",
            searches(list.prefix, list.count),
            16.0,
        ),
        (
            "sort change",
            "select[name=sort]",
            "change",
            alternate("1", "0", 20),
            50.0,
        ),
        (
            "filter change",
            list.filter.0,
            "change",
            alternate(list.filter.1, list.filter.2, 20),
            50.0,
        ),
    ] {
        env.goto(list.path).await;
        env.wait_text(".gw-pager__summary", &list.loaded).await;
        changes(
            env,
            report,
            format!("{label}: {what}"),
            css,
            kind,
            values,
            budget,
        )
        .await;
    }
}

async fn run(n: usize, report: &mut Report) {
    let env = Env::start().await;
    seed(&env, n).await;
    env.goto("/settings/api-keys").await;
    env.sign_in("admin@example.com").await;
    let ids = n / 5;
    first_rows(
        &env,
        report,
        n,
        "API keys",
        "/settings/api-keys",
        "/api/api-keys",
    )
    .await;
    first_rows(
        &env,
        report,
        ids,
        "Machine identities",
        "/machine-identities",
        "/api/machineidentities",
    )
    .await;

    let keys = List {
        label: format!("API keys N={n}"),
        path: "/settings/api-keys",
        loaded: format!("of {n} keys"),
        prefix: "bulk-",
        count: n,
        filter: ("select[name=status]", "deactivated", "all"),
    };
    list_changes(&env, report, &keys).await;
    let heap = cdp(&env, "Runtime.getHeapUsage", json!({})).await;
    let wasm = page(&env, "wasmMemory", vec![]).await;
    report.note(
        format!("API keys N={n}: memory with the list shown"),
        format!(
            "JS heap {:.1} MB used, wasm memory {:.1} MB",
            heap["usedSize"].as_f64().unwrap_or(0.0) / 1e6,
            wasm.as_f64().unwrap_or(0.0) / 1e6
        ),
    );

    let identities = List {
        label: format!("Machine identities N={ids}"),
        path: "/machine-identities",
        loaded: format!("of {ids} machine identities"),
        prefix: "svc-",
        count: ids,
        filter: ("select[name=attribute]", "env:dev", ""),
    };
    list_changes(&env, report, &identities).await;
    env.finish().await;
}
