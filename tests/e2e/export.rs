//! CSV export, end to end: the file a list saves is caught in the page where the browser would
//! write it, parsed back and compared with what the gateway returns. The capture, parse and
//! secret checks are `pub` for the API key export test.

mod api_keys;
mod identities;

use crate::harness::Env;
use serde_json::{json, Value};
use std::time::{Duration, Instant};

/// One file the app offered for download.
#[derive(Debug)]
pub struct Download {
    /// The link's `download` attribute: the file name.
    pub name: String,
    /// The object URL the link pointed at.
    pub href: String,
    /// The Blob's type.
    pub mime: String,
    /// Whether the bytes start with the UTF-8 byte order mark.
    pub bom: bool,
    /// The bytes decoded as strict UTF-8, without the BOM.
    pub text: String,
}

/// Keeps each Blob behind its object URL and turns a download link's click into a record, so
/// nothing is written to disk and the exact bytes can be read. Reading the Blob, not fetching
/// its `blob:` URL, because the app's CSP (`connect-src 'self'`) rightly refuses that fetch.
const CAPTURE: &str = "if (!window.__downloads) {
  window.__downloads = []; window.__revoked = [];
  const blobs = new Map(), create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = b => { const u = create(b); blobs.set(u, b); return u; };
  URL.revokeObjectURL = u => { window.__revoked.push(u); };
  HTMLAnchorElement.prototype.click = function () {
    window.__downloads.push({ href: this.href, name: this.download, blob: blobs.get(this.href) });
  };
}";

const READ: &str = "const [i, done] = arguments;
const d = window.__downloads[i];
if (!d.blob) { done({ error: 'no Blob behind ' + d.href }); return; }
d.blob.arrayBuffer().then(buf => {
  const b = new Uint8Array(buf);
  done({ href: d.href, name: d.name, mime: d.blob.type,
    bom: b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf,
    text: new TextDecoder('utf-8', { fatal: true }).decode(b) });
}).catch(e => done({ error: String(e) }));";

/// Clicks `button` and returns the file it saved. Patches the page first (again after a reload).
pub async fn export(env: &Env, button: &str) -> Download {
    env.js(CAPTURE).await;
    let count = || async {
        env.js("return window.__downloads.length")
            .await
            .as_u64()
            .unwrap()
    };
    let before = count().await;
    env.click(button).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while count().await == before {
        assert!(Instant::now() < deadline, "{button} saved no file");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let v = env
        .c
        .execute_async(READ, vec![json!(before)])
        .await
        .unwrap();
    assert!(v.get("error").is_none(), "{v}");
    let s = |k: &str| v[k].as_str().unwrap().to_string();
    Download {
        name: s("name"),
        href: s("href"),
        mime: s("mime"),
        bom: v["bom"] == json!(true),
        text: s("text"),
    }
}

/// Waits until the page has revoked `href`, so the file's memory is freed.
pub async fn wait_revoked(env: &Env, href: &str) {
    let deadline = Instant::now() + Duration::from_secs(15);
    let script = format!("return window.__revoked.includes({})", json!(href));
    while env.js(&script).await != json!(true) {
        assert!(Instant::now() < deadline, "{href} is never revoked");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Today in the browser's time zone, `YYYY-MM-DD`.
pub async fn today(env: &Env) -> String {
    env.js("const d = new Date(), p = n => String(n).padStart(2, '0');
        return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate())")
        .await
        .as_str()
        .unwrap()
        .to_string()
}

/// A strict RFC 4180 reader (text without the BOM): every line ends in CRLF, quotes only open
/// a cell, a doubled quote inside quotes is one quote. Panics on anything else.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(quoted) = rest.strip_prefix('"') {
            assert!(cell.is_empty(), "a quote inside a cell: {rest:?}");
            let mut chars = quoted.char_indices();
            loop {
                match chars.next() {
                    Some((i, '"')) if quoted[i + 1..].starts_with('"') => {
                        cell.push('"');
                        chars.next();
                    }
                    Some((i, '"')) => {
                        rest = &quoted[i + 1..];
                        break;
                    }
                    Some((_, c)) => cell.push(c),
                    None => panic!("an unterminated quote"),
                }
            }
            assert!(
                rest.is_empty() || rest.starts_with([',', '\r']),
                "text after a closing quote: {rest:?}"
            );
            continue;
        }
        let end = rest.find([',', '\r', '\n', '"']).unwrap_or(rest.len());
        cell.push_str(&rest[..end]);
        rest = &rest[end..];
        if let Some(after) = rest.strip_prefix(',') {
            row.push(std::mem::take(&mut cell));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("\r\n") {
            row.push(std::mem::take(&mut cell));
            rows.push(std::mem::take(&mut row));
            rest = after;
        } else {
            assert!(
                !rest.starts_with(['\r', '\n']),
                "a line end other than CRLF"
            );
            assert!(!rest.starts_with('"'), "a quote inside a cell: {rest:?}");
        }
    }
    assert!(
        row.is_empty() && cell.is_empty(),
        "the last line lacks its CRLF"
    );
    rows
}

/// A cell as the export must write `value`: a leading `=`, `+`, `-`, `@`, tab or CR behind `'`.
pub fn formula_safe(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    }
}

/// No API key secret: a masked preview (`hpk_` and 4 characters, then `*`) is all that may
/// follow `hpk_`.
pub fn assert_no_key_secret(text: &str) {
    for (i, _) in text.match_indices("hpk_") {
        let tail = text[i + 4..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
            .count();
        assert!(tail <= 4, "an unmasked API key at byte {i} of the export");
    }
}

/// A gateway list of strings as one cell.
pub fn joined(v: &Value) -> String {
    let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
    let strs: Vec<&str> = items.iter().map(|s| s.as_str().unwrap()).collect();
    strs.join("; ")
}

#[test]
fn the_reader_is_strict_rfc_4180() {
    let rows = parse_csv("a,\"b,\"\"c\"\"\r\nd\",\r\n,'=x\r\n");
    assert_eq!(rows, [vec!["a", "b,\"c\"\r\nd", ""], vec!["", "'=x"]]);
    assert!(std::panic::catch_unwind(|| parse_csv("a\nb\r\n")).is_err());
    assert!(std::panic::catch_unwind(|| parse_csv("a\"b\r\n")).is_err());
    assert!(std::panic::catch_unwind(|| parse_csv("\"a\r\n")).is_err());
    assert!(std::panic::catch_unwind(|| parse_csv("a")).is_err());
    assert_no_key_secret("hpk_1nzb*****, hpk_Zq9x***");
    assert!(std::panic::catch_unwind(|| assert_no_key_secret("hpk_abcdefgh")).is_err());
}
