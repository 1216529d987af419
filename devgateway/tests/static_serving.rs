//! Serving the built app: SPA fallback, content types, caching, CSP with hashed inline scripts.

mod common;

use base64::Engine;
use common::*;
use reqwest::{Method, StatusCode};
use sha2::{Digest, Sha256};

const INLINE: &str =
    "\nimport init from '/app-0123456789abcdef.js';\ninit('/app-0123456789abcdef_bg.wasm');\n";

fn index_html(inline: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/style-fedcba9876543210.css\">\
         <script type=\"module\">{inline}</script></head><body></body></html>"
    )
}

fn csp_with(inline: &str) -> String {
    let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(inline.as_bytes()));
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; \
         base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

async fn with_dist() -> (Gw, tempfile::TempDir) {
    let dist = tempfile::tempdir().unwrap();
    let p = dist.path();
    std::fs::write(p.join("index.html"), index_html(INLINE)).unwrap();
    std::fs::write(
        p.join("app-0123456789abcdef.js"),
        "export default function init() {}",
    )
    .unwrap();
    std::fs::write(p.join("app-0123456789abcdef_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
    std::fs::write(p.join("style-fedcba9876543210.css"), "body{}").unwrap();
    std::fs::write(p.join("favicon.ico"), b"\0\0\x01\0").unwrap();
    std::fs::write(p.join("logo.svg"), "<svg/>").unwrap();
    let root = p.to_path_buf();
    (Gw::start_with(move |c| c.dist = Some(root)).await, dist)
}

#[tokio::test]
async fn index_fallback_and_csp() {
    let (g, _dist) = with_dist().await;
    for path in [
        "/",
        "/index.html",
        "/settings/api-keys",
        "/machine-identities/svc.prod",
    ] {
        let resp = g.req(Method::GET, path).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{path}");
        let h = resp.headers().clone();
        assert_eq!(h["content-type"], "text/html; charset=utf-8");
        assert_eq!(h["cache-control"], "no-cache");
        assert_eq!(h["content-security-policy"], csp_with(INLINE).as_str());
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert_eq!(h["referrer-policy"], "no-referrer");
        assert_eq!(resp.text().await.unwrap(), index_html(INLINE));
    }
    let resp = g.req(Method::HEAD, "/settings").send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    assert!(resp.text().await.unwrap().is_empty());
}

#[tokio::test]
async fn assets_types_and_caching() {
    let (g, _dist) = with_dist().await;
    for (path, ctype, cache) in [
        (
            "/app-0123456789abcdef_bg.wasm",
            "application/wasm",
            "public, max-age=31536000, immutable",
        ),
        (
            "/app-0123456789abcdef.js",
            "text/javascript; charset=utf-8",
            "public, max-age=31536000, immutable",
        ),
        (
            "/style-fedcba9876543210.css",
            "text/css; charset=utf-8",
            "public, max-age=31536000, immutable",
        ),
        ("/favicon.ico", "image/x-icon", "no-cache"),
        ("/logo.svg", "image/svg+xml", "no-cache"),
    ] {
        let resp = g.req(Method::GET, path).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{path}");
        assert_eq!(resp.headers()["content-type"], ctype, "{path}");
        assert_eq!(resp.headers()["cache-control"], cache, "{path}");
        assert!(resp.headers().contains_key("content-security-policy"));
    }
}

#[tokio::test]
async fn missing_config_json_api_paths_and_traversal() {
    let (g, dist) = with_dist().await;
    let resp = g.req(Method::GET, "/config.json").send().await.unwrap();
    assert_eq!(
        resp.status(),
        StatusCode::NOT_FOUND,
        "the app reads 404 as same origin"
    );
    std::fs::write(dist.path().join("config.json"), "{\"api_url\":\"\"}").unwrap();
    let resp = g.req(Method::GET, "/config.json").send().await.unwrap();
    assert_eq!(
        (
            resp.status(),
            resp.headers()["content-type"].to_str().unwrap()
        ),
        (StatusCode::OK, "application/json")
    );

    // Routes that merely contain a dot get the page; a missing build asset (below) does not.
    let resp = g
        .req(Method::GET, "/machine-identities/x-0123456789abcdef.js")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);

    // A chunk from an older deploy must fail clearly, as an API path does.
    for path in [
        "/api/nope",
        "/__test/faults",
        "/chunk_5-0123456789abcdef.wasm",
        "/app-fedcba9876543210_bg.wasm",
    ] {
        let resp = g.req(Method::GET, path).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{path}");
        assert_eq!(resp.text().await.unwrap(), "404 page not found");
    }
    let resp = g.req(Method::POST, "/").send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);

    let outside = dist.path().parent().unwrap().join("devgateway-secret.txt");
    std::fs::write(&outside, "secret").unwrap();
    for path in [
        "/%2e%2e/devgateway-secret.txt",
        "/..%2fdevgateway-secret.txt",
    ] {
        let body = g
            .req(Method::GET, path)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!body.contains("secret"), "{path} must not escape dist");
    }
    std::fs::remove_file(outside).unwrap();
}

#[tokio::test]
async fn csp_follows_a_rebuilt_index() {
    let (g, dist) = with_dist().await;
    let other = "console.log('rebuilt');";
    std::fs::write(dist.path().join("index.html"), index_html(other)).unwrap();
    let resp = g.req(Method::GET, "/").send().await.unwrap();
    assert_eq!(
        resp.headers()["content-security-policy"],
        csp_with(other).as_str()
    );
}

#[tokio::test]
async fn dist_without_index_fails_to_start() {
    let empty = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(&dir);
    cfg.dist = Some(empty.path().to_path_buf());
    let err = devgateway::start(cfg).await.err().expect("start fails");
    assert!(format!("{err:#}").contains("index.html"));
}

#[tokio::test]
async fn precompressed_copies_by_accept_encoding() {
    let (g, dist) = with_dist().await;
    let js = dist.path().join("app-0123456789abcdef.js");
    std::fs::write(js.with_extension("js.br"), b"brotli bytes").unwrap();
    std::fs::write(js.with_extension("js.gz"), b"gzip bytes").unwrap();
    let get = |enc: Option<&'static str>| {
        let mut r = g.req(Method::GET, "/app-0123456789abcdef.js");
        if let Some(e) = enc {
            r = r.header("accept-encoding", e);
        }
        r.send()
    };
    for (enc, coding, body) in [
        (Some("gzip, deflate, br"), Some("br"), "brotli bytes"),
        (Some("gzip"), Some("gzip"), "gzip bytes"),
        (Some("br;q=0, gzip"), Some("gzip"), "gzip bytes"),
        (None, None, "export default function init() {}"),
    ] {
        let resp = get(enc).await.unwrap();
        assert_eq!(resp.status(), StatusCode::OK);
        let h = resp.headers().clone();
        assert_eq!(
            h.get("content-encoding").map(|v| v.to_str().unwrap()),
            coding,
            "{enc:?}"
        );
        assert_eq!(h["vary"], "Accept-Encoding");
        assert_eq!(h["content-type"], "text/javascript; charset=utf-8");
        assert_eq!(resp.text().await.unwrap(), body, "{enc:?}");
    }
    // A copy older than its file (the file rebuilt without new copies) is not served.
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&js, "export default function init() { return 2 }").unwrap();
    let resp = get(Some("br, gzip")).await.unwrap();
    assert!(resp.headers().get("content-encoding").is_none());
    assert_eq!(
        resp.text().await.unwrap(),
        "export default function init() { return 2 }"
    );
    // Images are not compressed again, nor told to vary.
    let resp = g
        .req(Method::GET, "/favicon.ico")
        .header("accept-encoding", "br, gzip")
        .send()
        .await
        .unwrap();
    assert!(resp.headers().get("vary").is_none());
}

#[tokio::test]
async fn json_answers_are_gzipped_when_accepted() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    for i in 0..20 {
        g.create_key(&admin, &format!("key-{i:02}"), &["engineering"])
            .await;
    }
    let plain = g
        .as_(&admin, Method::GET, "/api/api-keys")
        .send()
        .await
        .unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    assert_eq!(plain.headers()["vary"], "Accept-Encoding");
    let plain = plain.bytes().await.unwrap();
    let gz = g
        .as_(&admin, Method::GET, "/api/api-keys")
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    let gz = gz.bytes().await.unwrap();
    assert!(
        gz.len() * 3 < plain.len(),
        "{} vs {}",
        gz.len(),
        plain.len()
    );
    let mut back = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back).unwrap();
    assert_eq!(back, plain);
}
