//! One isolated world per test: a fresh gateway database, a chromedriver and a browser
//! profile of its own, plus the checks every test ends with (no console error, so no CSP
//! violation, no panic and no failed request, except the failed requests a test provokes and
//! declares with `Env::expect_console_error`).

use devgateway::{Config, Gateway};
use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::{
    net::TcpListener,
    os::unix::process::CommandExt,
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

pub const PASSWORD: &str = "e2e-demo-password";
const WAIT: Duration = Duration::from_secs(15);

pub struct Env {
    pub gw: Gateway,
    pub c: Client,
    pub http: reqwest::Client,
    driver: Child,
    driver_url: String,
    /// Console errors this test provokes on purpose (text each such line contains).
    expected: std::sync::Mutex<Vec<String>>,
    _dir: tempfile::TempDir,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The app build the tests drive.
pub fn dist() -> PathBuf {
    PathBuf::from(
        std::env::var("HOOP_ADMIN_DIST").expect("HOOP_ADMIN_DIST: run `cargo xtask test`"),
    )
}

impl Env {
    pub async fn start() -> Self {
        Self::start_in(dist()).await
    }

    /// Serves the app from `dist` (a doctored copy, for download failures).
    pub async fn start_in(dist: PathBuf) -> Self {
        assert!(
            dist.join("index.html").exists(),
            "no app build in {}",
            dist.display()
        );
        let dir = tempfile::tempdir().unwrap();
        let mut cfg = Config::new(dir.path().join("gateway.db"));
        cfg.addr = "127.0.0.1:0".parse().unwrap();
        cfg.dist = Some(dist);
        cfg.demo_password = Some(PASSWORD.into());
        cfg.test_endpoints = true;
        let gw = devgateway::start(cfg).await.expect("devgateway starts");

        let port = free_port();
        let driver = Command::new("/usr/bin/chromedriver")
            .arg(format!("--port={port}"))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let driver_url = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        let deadline = Instant::now() + WAIT;
        while http
            .get(format!("{driver_url}/status"))
            .send()
            .await
            .is_err()
        {
            assert!(Instant::now() < deadline, "chromedriver did not come up");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = dir.path().join("profile");
        let caps = json!({
            "browserName": "chrome",
            "goog:loggingPrefs": { "browser": "ALL" },
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,900", format!("--user-data-dir={}", profile.display())]
            }
        });
        let Value::Object(caps) = caps else {
            unreachable!()
        };
        let c = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&driver_url)
            .await
            .expect("browser session");
        Env {
            gw,
            c,
            http,
            driver,
            driver_url,
            expected: std::sync::Mutex::new(Vec::new()),
            _dir: dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.gw.base_url(), path)
    }

    pub async fn goto(&self, path: &str) {
        self.c.goto(&self.url(path)).await.unwrap();
    }

    pub async fn path(&self) -> String {
        let u = self.c.current_url().await.unwrap();
        match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_string(),
        }
    }

    /// Waits for an element to exist.
    pub async fn find(&self, css: &str) -> Element {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(e) = self.c.find(Locator::Css(css)).await {
                return e;
            }
            if Instant::now() >= deadline {
                let shown = self.js("return document.body.innerText").await;
                panic!(
                    "no element matches {css} on {}; the page shows {shown}",
                    self.path().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until some element matching `css` contains `needle`; returns its text.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            for e in self.c.find_all(Locator::Css(css)).await.unwrap_or_default() {
                if let Ok(t) = e.text().await {
                    if t.contains(needle) {
                        return t;
                    }
                }
            }
            if Instant::now() > deadline {
                if let Ok(png) = self.c.screenshot().await {
                    let _ = std::fs::write(std::env::temp_dir().join("e2e-failure.png"), png);
                }
                let body = self
                    .c
                    .find(Locator::Css("body"))
                    .await
                    .unwrap()
                    .text()
                    .await
                    .unwrap_or_default();
                panic!(
                    "no {css} contains {needle:?} on {}; page text:\n{body}",
                    self.path().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until `script`'s result is `expected`.
    pub async fn wait_js(&self, script: &str, expected: Value) {
        let deadline = Instant::now() + WAIT;
        loop {
            let got = self.js(script).await;
            if got == expected {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "expected {expected} from {script}, still {got}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the URL path (and query) is `expected`.
    pub async fn wait_path(&self, expected: &str) {
        let deadline = Instant::now() + WAIT;
        while self.path().await != expected {
            assert!(
                Instant::now() < deadline,
                "expected to be at {expected}, still at {}",
                self.path().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until focus is on the element a screen reader would call `label` (see
    /// `focused_label`): some widgets move focus once what they open is there.
    pub async fn wait_focus(&self, label: &str) {
        let deadline = Instant::now() + WAIT;
        while self.focused_label().await != json!(label) {
            assert!(
                Instant::now() < deadline,
                "expected focus on {label:?}, still on {}",
                self.focused_label().await
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap();
    }

    pub async fn fill(&self, css: &str, text: &str) {
        let e = self.find(css).await;
        e.clear().await.unwrap();
        // WebDriver's clear fires no `input` event; a person's Backspace would.
        let arg = serde_json::to_value(&e).unwrap();
        self.c
            .execute(
                "arguments[0].dispatchEvent(new Event('input', { bubbles: true }))",
                vec![arg],
            )
            .await
            .unwrap();
        e.send_keys(text).await.unwrap();
    }

    /// Presses `key` on whatever has focus, as a keyboard user would.
    pub async fn press(&self, key: fantoccini::key::Key) {
        self.c
            .active_element()
            .await
            .unwrap()
            .send_keys(&key.to_string())
            .await
            .unwrap();
    }

    /// What a screen reader would call the focused element: its aria-label, else its text.
    pub async fn focused_label(&self) -> Value {
        self.js("const e = document.activeElement; return e.getAttribute('aria-label') || e.textContent || ''")
            .await
    }

    pub async fn js(&self, script: &str) -> Value {
        self.c.execute(script, vec![]).await.unwrap()
    }

    /// Signs in through the form on the current sign-in page.
    pub async fn sign_in(&self, email: &str) {
        self.fill("input[name=email]", email).await;
        self.fill("input[name=password]", PASSWORD).await;
        self.click("form button[type=submit]").await;
        self.find(".gw-header").await;
    }

    /// A session token for `email` straight from the gateway, for arranging data.
    pub async fn token(&self, email: &str) -> String {
        let r = self
            .http
            .post(self.url("/api/localauth/login"))
            .json(&json!({ "email": email, "password": PASSWORD }))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.headers()["Token"].to_str().unwrap().to_string()
    }

    /// Calls the API as `token`, returning status and JSON (Null when empty).
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = self.http.request(m, self.url(path)).bearer_auth(token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let r = req.send().await.unwrap();
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn test_endpoint(&self, method: &str, path: &str, body: Value) {
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let r = self
            .http
            .request(m, self.url(path))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{path}: {}", r.status());
    }

    /// Runs axe-core on the current page: no serious or critical violation allowed.
    pub async fn axe(&self, what: &str) {
        let path = std::env::var("HOOP_ADMIN_AXE").expect("HOOP_ADMIN_AXE: run `cargo xtask test`");
        let source = std::fs::read_to_string(path).unwrap();
        self.c.execute(&source, vec![]).await.unwrap();
        let result = self.c.execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        ).await.unwrap();
        let found: Vec<String> = serde_json::from_value(result).unwrap();
        assert!(
            found.is_empty(),
            "accessibility violations on {what}:\n{}",
            found.join("\n")
        );
    }

    /// Browser console lines so far (the driver hands each line out once).
    pub async fn console(&self) -> Vec<String> {
        let sid = self.c.session_id().await.unwrap().unwrap();
        let r = self
            .http
            .post(format!("{}/session/{sid}/se/log", self.driver_url))
            .json(&json!({ "type": "browser" }))
            .send()
            .await
            .unwrap();
        let v: Value = r.json().await.unwrap();
        v["value"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e["level"].as_str().unwrap_or(""),
                    e["message"].as_str().unwrap_or("")
                )
            })
            .collect()
    }

    /// A Chrome DevTools Protocol command through chromedriver (`cargo xtask bench` clears the
    /// HTTP cache and reads the heap with it).
    #[allow(dead_code)]
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        let sid = self.c.session_id().await.unwrap().unwrap();
        let r = self
            .http
            .post(format!(
                "{}/session/{sid}/goog/cdp/execute",
                self.driver_url
            ))
            .json(&json!({ "cmd": cmd, "params": params }))
            .send()
            .await
            .unwrap();
        let v: Value = r.json().await.unwrap();
        v["value"].clone()
    }

    /// Declares console errors this test provokes (a request it makes fail, such as
    /// `"status of 401"`): `finish` accepts lines that contain `text`.
    pub fn expect_console_error(&self, text: &str) {
        self.expected.lock().unwrap().push(text.to_string());
    }

    /// Ends the test: fails on any console error the test did not declare, and on any CSP
    /// violation or Rust panic whatever was declared.
    pub async fn finish(self) {
        let expected = self.expected.lock().unwrap().clone();
        let bad: Vec<String> = self
            .console()
            .await
            .into_iter()
            .filter(|l| {
                let never = l.contains("Content Security Policy")
                    || l.contains("panicked")
                    || l.contains("RuntimeError");
                let unexpected =
                    l.starts_with("SEVERE") && !expected.iter().any(|e| l.contains(e.as_str()));
                never || unexpected
            })
            .collect();
        let _ = self.c.clone().close().await;
        assert!(bad.is_empty(), "the browser reported:\n{}", bad.join("\n"));
    }
}

// A failed test must not leave Chromium behind: end chromedriver's whole process group.
impl Drop for Env {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
