//! Serving the built app: SPA fallback, content types, caching and a CSP that allows the inline
//! scripts of index.html by hash only.

use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use anyhow::Context;
use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::compress;
use crate::error::not_found_text;

pub struct StaticFiles {
    root: PathBuf,
    /// CSP for the current index.html, recomputed when the file changes (e.g. after a rebuild).
    csp: Mutex<(Option<(SystemTime, u64)>, String)>,
}

impl StaticFiles {
    pub fn new(root: PathBuf) -> anyhow::Result<Self> {
        let index = root.join("index.html");
        let html = std::fs::read_to_string(&index)
            .with_context(|| format!("reading {} (is the app built?)", index.display()))?;
        let stamp = file_stamp(&index);
        Ok(StaticFiles {
            csp: Mutex::new((stamp, csp_for(&html))),
            root,
        })
    }

    pub fn csp(&self) -> String {
        let index = self.root.join("index.html");
        let stamp = file_stamp(&index);
        let mut cached = self.csp.lock().unwrap_or_else(|e| e.into_inner());
        if stamp != cached.0 {
            if let Ok(html) = std::fs::read_to_string(&index) {
                *cached = (stamp, csp_for(&html));
            }
        }
        cached.1.clone()
    }

    pub async fn serve(&self, method: &Method, path: &str, req: &HeaderMap) -> Response {
        if method != Method::GET && method != Method::HEAD {
            return not_found_text();
        }
        let mut resp = match self.resolve(path) {
            Some(file) => file_response(&file, method, req).await,
            // The app reads /config.json and treats 404 as "same origin".
            None if path == "/config.json" => not_found_text(),
            // A build's asset that is not there (an open tab asking for a chunk of the build
            // before the last deploy): a page in its place would only fail later and vaguely.
            None if path
                .strip_prefix('/')
                .is_some_and(|name| !name.contains('/') && is_hashed_asset(name)) =>
            {
                not_found_text()
            }
            None => file_response(&self.root.join("index.html"), method, req).await,
        };
        if let Ok(v) = HeaderValue::from_str(&self.csp()) {
            resp.headers_mut()
                .insert(header::CONTENT_SECURITY_POLICY, v);
        }
        resp
    }

    /// The file under the root that `path` names, if it exists.
    fn resolve(&self, path: &str) -> Option<PathBuf> {
        let decoded = percent_decode(path.trim_start_matches('/'))?;
        let rel = Path::new(&decoded);
        if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
            return None;
        }
        let full = self.root.join(rel);
        full.is_file().then_some(full)
    }
}

fn file_stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

/// A precompressed copy the client takes, if the build wrote one that is not older than the
/// file (a rebuild by hand without the copies must not serve the previous build's).
fn precompressed(path: &Path, req: &HeaderMap) -> Option<(&'static str, PathBuf)> {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let original = modified(path)?;
    compress::static_choices(req).find_map(|(coding, suffix)| {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let copy = PathBuf::from(name);
        (modified(&copy)? >= original).then_some((coding, copy))
    })
}

async fn file_response(path: &Path, method: &Method, req: &HeaderMap) -> Response {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let compressible = compress::compressible(name);
    let chosen = compressible.then(|| precompressed(path, req)).flatten();
    let read_from = chosen.as_ref().map_or(path, |(_, p)| p.as_path());
    let Ok(bytes) = tokio::fs::read(read_from).await else {
        return not_found_text();
    };
    let cache = if is_hashed_asset(name) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let len = bytes.len();
    let body = if method == Method::HEAD {
        Body::empty()
    } else {
        Body::from(bytes)
    };
    let mut resp = (StatusCode::OK, body).into_response();
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(name)),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
    if let Some((coding, _)) = chosen {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    if compressible {
        compress::append_vary(h);
    }
    resp
}

pub fn content_type(name: &str) -> &'static str {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json" | "map") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("ico") => "image/x-icon",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The release build (and trunk) name assets `name-<16 hex>.ext` (or `name-<16 hex>_bg.wasm`).
pub fn is_hashed_asset(name: &str) -> bool {
    name.match_indices('-').any(|(i, _)| {
        let rest = &name[i + 1..];
        rest.len() > 16
            && rest[..16]
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            && matches!(rest.as_bytes()[16], b'.' | b'_')
    })
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok().filter(|s| !s.contains('\0'))
}

/// The exact text of every inline `<script>` (one without `src`) in the page.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(start) = lower[pos..].find("<script").map(|i| i + pos) {
        let Some(open_end) = lower[start..].find('>').map(|i| i + start) else {
            break;
        };
        let Some(close) = lower[open_end..].find("</script").map(|i| i + open_end) else {
            break;
        };
        if !lower[start..open_end].contains("src=") {
            found.push(&html[open_end + 1..close]);
        }
        pos = close;
    }
    found
}

pub fn csp_for(index_html: &str) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for script in inline_scripts(index_html) {
        let digest = Sha256::digest(script.as_bytes());
        script_src.push_str(&format!(" 'sha256-{}'", STANDARD.encode(digest)));
    }
    format!(
        "default-src 'self'; script-src {script_src}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_inline_scripts_only() {
        let html = "<head><script src=\"/a.js\"></script><SCRIPT type=\"module\">import x;\n</SCRIPT></head>";
        assert_eq!(inline_scripts(html), vec!["import x;\n"]);
    }

    #[test]
    fn hashed_names() {
        assert!(is_hashed_asset("app-0123456789abcdef.js"));
        assert!(is_hashed_asset("app-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("style-fedcba9876543210.css"));
        assert!(!is_hashed_asset("index.html"));
        assert!(!is_hashed_asset("app-0123456789abcde.js"));
    }
}
