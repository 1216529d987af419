//! Screens arrive in their own wasm chunks: a download that fails must leave the console usable
//! and recover on Retry.

use crate::harness::{dist, Env};
use std::{fs, path::Path};

/// The one file in `dir` whose name starts with `prefix`.
fn asset(dir: &Path, prefix: &str) -> std::path::PathBuf {
    let found: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                // Not the precompressed copies devgateway serves in its place.
                n.starts_with(prefix) && !n.ends_with(".gz") && !n.ends_with(".br")
            })
        })
        .collect();
    assert_eq!(found.len(), 1, "{prefix}* in {}: {found:?}", dir.display());
    found[0].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_screen_that_fails_to_download_offers_retry_that_recovers() {
    let copy = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(dist()).unwrap() {
        let from = entry.unwrap().path();
        fs::copy(&from, copy.path().join(from.file_name().unwrap())).unwrap();
    }
    // wasm-split names a screen's own module `split_<chunk>`.
    let chunk = asset(
        copy.path(),
        &format!("split_{}-", hoop_admin::chunks::API_KEYS),
    );
    let away = copy.path().join("moved-away");
    fs::rename(&chunk, &away).unwrap();

    let env = Env::start_in(copy.path().to_path_buf()).await;

    env.expect_console_error("/split_api_keys-");

    env.expect_console_error("Failed to execute 'compile' on 'WebAssembly'");
    env.goto("/settings/api-keys").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("main", "Could not load API keys").await;
    env.wait_text("main", "Check your connection").await;
    // The rest of the console still works while the screen is missing.
    env.wait_text(".gw-header", "admin@example.com").await;
    env.axe("a screen that did not download").await;

    fs::rename(&away, &chunk).unwrap();
    env.click("main .gw-btn--primary").await;
    env.wait_text("main h1", "API keys").await;
    env.wait_path("/settings/api-keys").await;
    env.finish().await;
}

/// The stylesheets the page has fetched so far, by file name.
async fn fetched_styles(env: &Env) -> Vec<String> {
    let v = env
        .js("return performance.getEntriesByType('resource').map(e => e.name.split('/').pop()).filter(n => n.endsWith('.css'))")
        .await;
    serde_json::from_value(v).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_screens_styles_arrive_with_its_chunk_and_not_before() {
    let env = Env::start().await;
    env.goto("/").await;
    env.sign_in("sre@example.com").await;
    env.wait_text("h1", "Overview").await;
    let first = fetched_styles(&env).await;
    assert_eq!(first.len(), 1, "only the shared stylesheet: {first:?}");
    assert!(first[0].starts_with("hoop-admin-"), "{first:?}");

    env.click("nav a[href='/access']").await;
    env.wait_text("h1", "My access").await;
    let styles = fetched_styles(&env).await;
    assert!(
        styles.iter().any(|s| s.starts_with("my_access-")),
        "{styles:?}"
    );
    assert!(
        !styles.iter().any(|s| s.starts_with("api_keys-")),
        "{styles:?}"
    );
    // Its styles apply: a countdown's digits keep their width.
    assert_eq!(
        env.js("const t = document.createElement('span'); t.className = 'gw-countdown'; document.body.append(t); const v = getComputedStyle(t).fontVariantNumeric; t.remove(); return v")
            .await,
        serde_json::json!("tabular-nums")
    );
    env.finish().await;
}
