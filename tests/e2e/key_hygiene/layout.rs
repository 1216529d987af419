//! The key list at 1 280 px (every column visible, nothing cut off, times on one line) and at
//! 360 px (columns folded beneath the name), with a screenshot of each under
//! `target/screenshots/` for a person to look at.

use super::{create_key, set_times};
use crate::harness::Env;
use serde_json::{json, Value};

/// What the test checks, measured in the page.
const MEASURE: &str = "const doc = document.documentElement;
    const wrap = document.querySelector('.gw-table-wrap');
    const heads = [...document.querySelectorAll('thead th')].filter(h => getComputedStyle(h).display !== 'none');
    const lastUsed = heads.find(h => h.textContent === 'Last used');
    const times = [...document.querySelectorAll('tbody tr:not([hidden]) time')].filter(t => t.offsetParent !== null);
    const lineHeight = t => parseFloat(getComputedStyle(t).lineHeight) || 20;
    const edge = wrap.getBoundingClientRect().right + 1;
    return {
        sticking_out: [...wrap.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > edge)
            .slice(0, 6).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width)),
        page_overflow: doc.scrollWidth - doc.clientWidth,
        table_overflow: wrap.scrollWidth - wrap.clientWidth,
        last_used_right: lastUsed ? lastUsed.getBoundingClientRect().right : null,
        viewport: window.innerWidth,
        columns: heads.length,
        wrapped_times: times.filter(t => t.getBoundingClientRect().height > lineHeight(t) * 1.5).map(t => t.textContent),
        folded_shown: [...document.querySelectorAll('.gw-fold')].filter(f => getComputedStyle(f).display !== 'none').length,
    };";

async fn screenshot(env: &Env, name: &str) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = env.c.screenshot().await.unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    std::fs::write(dir.join(name), png).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn the_key_list_fits_1280_and_folds_at_360() {
    let env = Env::start().await;
    let admin = env.token("admin@example.com").await;
    let long = "payments-reconciliation-nightly-export-to-the-data-warehouse";
    create_key(
        &env,
        &admin,
        long,
        json!(["engineering", "sre", "data-platform"]),
    )
    .await;
    create_key(&env, &admin, "w-stale", json!(["sre"])).await;
    set_times(
        &env,
        "w-stale",
        json!({ "last_used_at": super::ago(200), "created_at": super::ago(500) }),
    )
    .await;
    create_key(&env, &admin, "w-used", json!([])).await;
    set_times(&env, "w-used", json!({ "last_used_at": super::ago(3) })).await;
    create_key(&env, &admin, "w-off", json!(["engineering"])).await;
    env.call("DELETE", "/api/api-keys/w-off", &admin, None)
        .await;

    env.c.set_window_size(1280, 900).await.unwrap();
    env.goto("/settings/api-keys").await;
    env.sign_in("admin@example.com").await;
    env.wait_text("tbody th", "w-off").await;
    env.wait_text("tbody td", "Not used for 200 days").await;
    let wide: Value = env.js(MEASURE).await;
    screenshot(&env, "api-keys-1280.png").await;
    assert_eq!(wide["page_overflow"], json!(0), "{wide}");
    assert_eq!(
        wide["table_overflow"],
        json!(0),
        "no sideways scrolling: {wide}"
    );
    assert_eq!(wide["columns"], json!(8), "every column shown: {wide}");
    assert!(
        wide["last_used_right"].as_f64().unwrap() <= wide["viewport"].as_f64().unwrap(),
        "Last used is not cut off: {wide}"
    );
    assert_eq!(
        wide["wrapped_times"],
        json!([]),
        "times on one line: {wide}"
    );
    assert_eq!(wide["folded_shown"], json!(0), "{wide}");

    env.c.set_window_size(360, 740).await.unwrap();
    env.wait_text("tbody th", "Last used").await;
    let narrow: Value = env.js(MEASURE).await;
    screenshot(&env, "api-keys-360.png").await;
    assert_eq!(narrow["page_overflow"], json!(0), "{narrow}");
    assert_eq!(narrow["table_overflow"], json!(0), "{narrow}");
    assert!(
        narrow["columns"].as_u64().unwrap() <= 4,
        "columns folded: {narrow}"
    );
    assert!(narrow["folded_shown"].as_u64().unwrap() >= 4, "{narrow}");
    let folded = env.wait_text("tbody th", long).await;
    assert!(folded.contains("Created"), "{folded}");
    env.axe("the key list at 360 px").await;
    env.finish().await;
}
