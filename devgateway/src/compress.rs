//! Compression as served: JSON answers are gzipped when the client accepts it, and the app's
//! files go out as the `.br` / `.gz` copies the release build writes beside them.

use std::io::Write;

use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;
use http_body_util::BodyExt;

/// Answers smaller than this gain less than the header costs.
const MIN_JSON: usize = 1024;

/// Whether `Accept-Encoding` allows `coding` (a `q=0` refuses it).
pub fn accepts(headers: &HeaderMap, coding: &str) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|item| {
            let mut parts = item.split(';').map(str::trim);
            let name = parts.next().unwrap_or("");
            let refused = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            (name.eq_ignore_ascii_case(coding) || name == "*") && !refused
        })
}

/// The precompressed copy to send for a file, best first: (`Content-Encoding`, suffix).
pub fn static_choices(headers: &HeaderMap) -> impl Iterator<Item = (&'static str, &'static str)> {
    let br = accepts(headers, "br");
    let gz = accepts(headers, "gzip");
    [("br", ".br", br), ("gzip", ".gz", gz)]
        .into_iter()
        .filter(|c| c.2)
        .map(|(e, s, _)| (e, s))
}

/// Whether a file of this name is worth compressing (text and wasm, not images or fonts).
pub fn compressible(name: &str) -> bool {
    matches!(
        name.rsplit_once('.').map(|(_, e)| e),
        Some("html" | "js" | "mjs" | "css" | "wasm" | "bin" | "json" | "svg" | "txt" | "map")
    )
}

/// Gzips a JSON answer when the client takes gzip and it is worth it.
pub async fn json(accepts_gzip: bool, resp: Response) -> Response {
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("application/json"));
    if !is_json || resp.headers().contains_key(header::CONTENT_ENCODING) {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    append_vary(&mut parts.headers);
    let Ok(collected) = body.collect().await else {
        return Response::from_parts(parts, Body::empty());
    };
    let bytes = collected.to_bytes();
    if !accepts_gzip || bytes.len() < MIN_JSON {
        return Response::from_parts(parts, Body::from(bytes));
    }
    // Fast rather than small: the 10 000-key list shrinks about eightfold either way.
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    if enc.write_all(&bytes).is_err() {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let Ok(gz) = enc.finish() else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    parts
        .headers
        .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    parts
        .headers
        .insert(header::CONTENT_LENGTH, HeaderValue::from(gz.len()));
    Response::from_parts(parts, Body::from(gz))
}

/// Caches must keep the encodings apart.
pub fn append_vary(h: &mut HeaderMap) {
    let has = h
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.to_ascii_lowercase().contains("accept-encoding"));
    if !has {
        h.append(header::VARY, HeaderValue::from_static("Accept-Encoding"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(v: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(v).unwrap());
        h
    }

    #[test]
    fn reads_accept_encoding() {
        assert!(accepts(&with("gzip, deflate, br"), "br"));
        assert!(accepts(&with("GZIP;q=0.5"), "gzip"));
        assert!(!accepts(&with("gzip;q=0, br"), "gzip"));
        assert!(accepts(&with("*"), "gzip"));
        assert!(!accepts(&HeaderMap::new(), "gzip"));
        let order: Vec<_> = static_choices(&with("gzip, br")).collect();
        assert_eq!(order, [("br", ".br"), ("gzip", ".gz")]);
    }

    #[tokio::test]
    async fn gzips_large_json_only_when_accepted() {
        let big = format!("[{}]", vec!["{\"a\":1}"; 500].join(","));
        let make = || {
            Response::builder()
                .header(header::CONTENT_TYPE, "application/json; charset=utf-8")
                .body(Body::from(big.clone()))
                .unwrap()
        };
        let gz = json(true, make()).await;
        assert_eq!(gz.headers()[header::CONTENT_ENCODING], "gzip");
        assert_eq!(gz.headers()[header::VARY], "Accept-Encoding");
        let bytes = gz.into_body().collect().await.unwrap().to_bytes();
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut back)
            .unwrap();
        assert_eq!(back, big);
        let plain = json(false, make()).await;
        assert!(!plain.headers().contains_key(header::CONTENT_ENCODING));
        assert_eq!(plain.headers()[header::VARY], "Accept-Encoding");
    }
}
