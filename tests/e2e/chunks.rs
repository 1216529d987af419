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
    let (copy, restore) = dist_without(hoop_admin::chunks::API_KEYS);
    let env = Env::start_in(copy.path().to_path_buf()).await;
    env.expect_console_error("/pack_api_keys-");
    env.expect_console_error("Could not download pack_api_keys-");
    env.goto("/settings/api-keys").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("main", "Could not load API keys").await;
    env.wait_text("main", "Check your connection").await;
    // The rest of the console still works while the screen is missing.
    env.wait_text(".gw-header", "admin@example.com").await;
    env.axe("a screen that did not download").await;

    restore();
    env.click("main .gw-btn--primary").await;
    env.wait_text("main h1", "API keys").await;
    env.wait_path("/settings/api-keys").await;
    env.finish().await;
}

/// A copy of `dist()` without screen `chunk`'s code: its own module (wasm-split names it
/// `split_<chunk>-…`) and its pack (`pack_<chunk>-…`, which the loader fetches instead on a
/// first visit). Returns the copy and a function that puts the files back.
fn dist_without(chunk: &str) -> (tempfile::TempDir, impl Fn()) {
    let copy = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(dist()).unwrap() {
        let from = entry.unwrap().path();
        fs::copy(&from, copy.path().join(from.file_name().unwrap())).unwrap();
    }
    let moved: Vec<_> = ["split", "pack"]
        .iter()
        .map(|kind| {
            let file = asset(copy.path(), &format!("{kind}_{chunk}-"));
            let away = copy.path().join(format!("moved-away-{kind}"));
            fs::rename(&file, &away).unwrap();
            (file, away)
        })
        .collect();
    let restore = move || {
        for (file, away) in &moved {
            fs::rename(away, file).unwrap();
        }
    };
    (copy, restore)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_dialog_that_fails_to_download_says_so_and_opens_on_retry() {
    let (copy, restore) = dist_without(hoop_admin::chunks::DIALOGS);
    let env = Env::start_in(copy.path().to_path_buf()).await;
    env.expect_console_error("/pack_dialogs-");
    env.expect_console_error("Could not download pack_dialogs-");
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

    restore();
    env.click(".gw-modal .gw-error button").await;
    env.wait_text(".gw-modal", "Request access to pg-demo")
        .await;
    env.press(fantoccini::key::Key::Escape).await;
    env.wait_focus("Request access to pg-demo").await;
    env.finish().await;
}

/// The files the page has fetched so far whose names end in one of `extensions`, by name
/// without the build's hash.
async fn fetched(env: &Env, extensions: &str) -> Vec<String> {
    let v = env
        .js(&format!("return performance.getEntriesByType('resource').map(e => e.name.split('/').pop()).filter(n => /\\.({extensions})$/.test(n)).map(n => n.replace(/-[0-9a-f]{{16}}/, ''))"))
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
    let first = fetched(&env, "css").await;
    assert_eq!(first.len(), 1, "only the shared stylesheet: {first:?}");
    assert!(first[0] == "hoop-admin.css", "{first:?}");

    env.click("nav a[href='/access']").await;
    env.wait_text("h1", "My access").await;
    let styles = fetched(&env, "css").await;
    assert!(styles.iter().any(|s| s == "my_access.css"), "{styles:?}");
    assert!(!styles.iter().any(|s| s == "api_keys.css"), "{styles:?}");
    // Its styles apply: a countdown's digits keep their width.
    assert_eq!(
        env.js("const t = document.createElement('span'); t.className = 'gw-countdown'; document.body.append(t); const v = getComputedStyle(t).fontVariantNumeric; t.remove(); return v")
            .await,
        serde_json::json!("tabular-nums")
    );
    env.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn a_cold_deep_link_fetches_the_frame_and_its_screen_one_pack_each() {
    let env = Env::start().await;
    env.goto("/settings/api-keys").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("main h1", "API keys").await;

    // A reload is a cold visit: the shell, then the frame's pack beside the screen's.
    env.goto("/settings/api-keys").await;
    env.wait_text("main", "No API keys yet").await;
    let mut code = fetched(&env, "wasm|bin").await;
    // The list's dialogs follow once it is shown, in a pack of their own.
    code.retain(|f| f != "pack_dialogs.bin");
    code.sort();
    assert_eq!(
        code,
        ["hoop-admin_bg.wasm", "pack_api_keys.bin", "pack_frame.bin"]
    );

    // The next screen brings only what the list did not: no module twice.
    env.click("a[href='/settings/api-keys/new']").await;
    env.wait_text("main h1", "Create API key").await;
    let after = fetched(&env, "wasm|bin").await;
    let mut unique = after.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), after.len(), "{after:?}");
    assert!(after.iter().any(|f| f.contains("new_api_key")), "{after:?}");
    env.finish().await;
}
