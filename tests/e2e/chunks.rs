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
    let (copy, chunk, away) = dist_without(hoop_admin::chunks::API_KEYS);
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

/// A copy of `dist()` without chunk `chunk`'s own file (wasm-split names it `split_<chunk>-…`):
/// (the copy, where the file was, where it is now).
fn dist_without(chunk: &str) -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let copy = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(dist()).unwrap() {
        let from = entry.unwrap().path();
        fs::copy(&from, copy.path().join(from.file_name().unwrap())).unwrap();
    }
    let file = asset(copy.path(), &format!("split_{chunk}-"));
    let away = copy.path().join("moved-away");
    fs::rename(&file, &away).unwrap();
    (copy, file, away)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_dialog_that_fails_to_download_says_so_and_opens_on_retry() {
    let (copy, file, away) = dist_without(hoop_admin::chunks::DIALOGS);
    let env = Env::start_in(copy.path().to_path_buf()).await;
    env.expect_console_error("/split_dialogs-");
    env.expect_console_error("Failed to execute 'compile' on 'WebAssembly'");
    env.goto("/access").await;
    env.sign_in("dev@example.com").await;
    // The screen does not need the dialogs to show.
    env.wait_text("h1", "My access").await;
    env.find("tr[data-connection='pg-demo']").await;

    env.click("button[aria-label='Request access to pg-demo']")
        .await;
    env.wait_text(".gw-modal", "Could not open Request access")
        .await;
    env.wait_text(".gw-modal", "Check your connection").await;
    env.axe("a dialog that did not download").await;

    fs::rename(&away, &file).unwrap();
    env.click(".gw-modal .gw-error button").await;
    env.wait_text(".gw-modal", "Request access to pg-demo")
        .await;
    env.press(fantoccini::key::Key::Escape).await;
    env.wait_focus("Request access to pg-demo").await;
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
