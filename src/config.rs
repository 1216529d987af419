//! Where the gateway is. By default the page's own origin; a deployment can place a
//! `config.json` (`{"gateway_url": "https://gateway.example.com"}`) beside `index.html` to
//! point the same static build elsewhere.

/// The gateway origin from a `config.json` body; `""` (same origin) when absent or unusable.
pub fn parse_gateway(body: &str) -> String {
    let Ok(url) = crate::api::json::member::<String>(body, "gateway_url") else {
        return String::new();
    };
    let url = url.unwrap_or_default();
    let url = url.trim().trim_end_matches('/');
    let allowed = url.starts_with("https://") || url.starts_with("http://");
    if allowed && !url.contains(['?', '#', ' ']) {
        url.to_string()
    } else {
        String::new()
    }
}

/// Reads `/config.json`; any failure (404, a fallback HTML page) means "same origin".
pub async fn load_gateway() -> String {
    let Ok(resp) = gloo_net::http::Request::get("/config.json").send().await else {
        return String::new();
    };
    if !resp.ok() {
        return String::new();
    }
    resp.text()
        .await
        .map(|b| parse_gateway(&b))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::parse_gateway;

    #[test]
    fn only_http_origins_are_accepted() {
        assert_eq!(
            parse_gateway(r#"{"gateway_url":"https://gw.example.com/"}"#),
            "https://gw.example.com"
        );
        assert_eq!(
            parse_gateway(r#"{"gateway_url":"javascript:alert(1)"}"#),
            ""
        );
        assert_eq!(parse_gateway("<!doctype html><html>"), "");
        assert_eq!(parse_gateway("{}"), "");
    }
}
