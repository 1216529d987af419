//! Case folding for search and sort. `str::to_lowercase` brings Unicode's case tables into the
//! wasm (5 KB gzip on every list); in the browser, text that is all ASCII is folded here and
//! any other by the browser's own `toLowerCase`, which follows the same Unicode rules.

/// `s` in lower case, as `str::to_lowercase` gives it.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        other_lowercase(s)
    }
}

#[cfg(target_arch = "wasm32")]
fn other_lowercase(s: &str) -> String {
    js_sys::JsString::from(s).to_lower_case().into()
}

// Native builds (unit tests, tools) do not ship, so they may carry the tables.
#[cfg(not(target_arch = "wasm32"))]
fn other_lowercase(s: &str) -> String {
    s.to_lowercase()
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_and_other_text() {
        assert_eq!(super::lowercase("CI-Deploy_01"), "ci-deploy_01");
        assert_eq!(super::lowercase("Über ΣΟΦΙΑ"), "über σοφια");
        assert_eq!(super::lowercase(""), "");
    }
}
