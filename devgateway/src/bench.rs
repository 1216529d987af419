//! `devgateway bench`: requests per second on loopback against an in-process gateway.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{ensure, Context};
use serde_json::{json, Value};

use crate::{start, Config};

#[derive(Clone, Debug)]
pub struct BenchOptions {
    pub keys: usize,
    pub concurrency: usize,
    /// Time spent on each figure.
    pub duration: Duration,
    /// Upper bound of requests per figure.
    pub max_requests: usize,
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions {
            keys: 10_000,
            concurrency: 8,
            duration: Duration::from_secs(5),
            max_requests: 200_000,
        }
    }
}

/// Runs both measurements and returns `(label, requests per second)`.
pub async fn run(opts: &BenchOptions) -> anyhow::Result<Vec<(String, f64)>> {
    let dir = tempfile::tempdir()?;
    let mut cfg = Config::new(dir.path().join("bench.db"));
    cfg.addr = "127.0.0.1:0".parse()?;
    cfg.test_endpoints = true;
    cfg.demo_password = Some("bench-password".into());
    let gw = start(cfg).await?;
    let base = gw.base_url();
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(opts.concurrency)
        .build()?;

    let login = client
        .post(format!("{base}/api/localauth/login"))
        .json(&json!({ "email": "admin@example.com", "password": "bench-password" }))
        .send()
        .await?;
    ensure!(
        login.status().is_success(),
        "login failed: {}",
        login.status()
    );
    let token = login
        .headers()
        .get("token")
        .context("no Token header")?
        .to_str()?
        .to_string();
    let admin = format!("Bearer {token}");

    let bulk = client
        .post(format!("{base}/__test/api-keys/bulk"))
        .json(&json!({ "count": opts.keys, "prefix": "bench-" }))
        .send()
        .await?;
    ensure!(
        bulk.status().is_success(),
        "bulk insert failed: {}",
        bulk.status()
    );
    let created: Value = client
        .post(format!("{base}/api/api-keys"))
        .header("authorization", &admin)
        .json(&json!({ "name": "bench-userinfo", "groups": ["engineering"] }))
        .send()
        .await?
        .json()
        .await?;
    let key = created["key"]
        .as_str()
        .context("no key in create response")?;

    let list = client
        .get(format!("{base}/api/api-keys"))
        .header("authorization", &admin)
        .send()
        .await?
        .json::<Vec<Value>>()
        .await?;
    ensure!(
        list.len() == opts.keys + 1,
        "expected {} keys, got {}",
        opts.keys + 1,
        list.len()
    );

    let figures = vec![
        (
            format!("GET /api/api-keys ({} keys)", opts.keys),
            measure(&client, format!("{base}/api/api-keys"), admin, opts).await?,
        ),
        (
            "GET /api/userinfo (hpk key)".to_string(),
            measure(
                &client,
                format!("{base}/api/userinfo"),
                format!("Bearer {key}"),
                opts,
            )
            .await?,
        ),
    ];
    gw.shutdown().await;
    Ok(figures)
}

async fn measure(
    client: &reqwest::Client,
    url: String,
    auth: String,
    opts: &BenchOptions,
) -> anyhow::Result<f64> {
    let done = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..opts.concurrency {
        let (client, url, auth, done) = (client.clone(), url.clone(), auth.clone(), done.clone());
        let (deadline, max) = (started + opts.duration, opts.max_requests);
        tasks.push(tokio::spawn(async move {
            while Instant::now() < deadline && done.fetch_add(1, Ordering::Relaxed) < max {
                let resp = client
                    .get(&url)
                    .header("authorization", &auth)
                    .send()
                    .await?;
                ensure!(resp.status().is_success(), "{url}: {}", resp.status());
                resp.bytes().await?;
            }
            anyhow::Ok(())
        }));
    }
    for t in tasks {
        t.await??;
    }
    let elapsed = started.elapsed().as_secs_f64();
    // Every worker overshoots the counter once when it stops.
    let completed = done
        .load(Ordering::Relaxed)
        .min(opts.max_requests + opts.concurrency)
        - opts.concurrency;
    Ok(completed as f64 / elapsed)
}
