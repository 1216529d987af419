//! A large fleet: the list renders one page at a time, keeps the page in the URL, and tells
//! assistive technology where each row sits in the whole list.

use crate::harness::Env;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs dist/ and Chromium: run `cargo xtask test`"]
async fn two_thousand_identities_page_by_fifty_with_row_indexes() {
    let env = Env::start().await;
    env.test_endpoint(
        "POST",
        "/__test/machine-identities/bulk",
        json!({ "count": 2000, "prefix": "svc-" }),
    )
    .await;
    env.goto("/machine-identities").await;
    env.sign_in("admin@example.com").await;
    env.wait_text(
        ".gw-pager__summary",
        "Showing 1\u{2013}50 of 2000 machine identities",
    )
    .await;
    // One page: the first screen's rows come with the list, the rest right after.
    let rows = "return document.querySelectorAll('tbody tr:not([hidden])').length";
    env.wait_js(rows, json!(50)).await;
    assert_eq!(
        env.js("return document.querySelector('table').getAttribute('aria-rowcount')")
            .await,
        json!("2001")
    );
    let first = || {
        env.js("const r = document.querySelector('tbody tr'); return [r.getAttribute('aria-rowindex'), r.querySelector('th').textContent]")
    };
    assert_eq!(first().await, json!(["2", "svc-00000"]));

    env.click("nav.gw-pager button:last-of-type").await;
    env.wait_path("/machine-identities?page=2").await;
    env.wait_text(".gw-pager__summary", "Showing 51\u{2013}100 of 2000")
        .await;
    assert_eq!(first().await, json!(["52", "svc-00050"]));
    // Reload keeps the page.
    env.c.refresh().await.unwrap();
    env.wait_text(".gw-pager__summary", "Showing 51\u{2013}100 of 2000")
        .await;
    assert_eq!(first().await, json!(["52", "svc-00050"]));

    // A search starts again from the first page.
    env.fill("input[name=search]", "svc-0011").await;
    env.wait_path("/machine-identities?q=svc-0011").await;
    env.wait_text(
        ".gw-pager__summary",
        "Showing 1\u{2013}10 of 10 machine identities",
    )
    .await;
    assert_eq!(env.js(rows).await, json!(10));
    assert_eq!(first().await, json!(["2", "svc-00110"]));
    assert_eq!(
        env.js("return document.querySelector('table').getAttribute('aria-rowcount')")
            .await,
        json!("11")
    );
    env.axe("a page of a large machine identity list").await;
    env.finish().await;
}
