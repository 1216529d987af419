//! Typed client for the Hoop gateway's REST API. No view code: async functions returning
//! `Result<T, ApiError>` and the types they exchange (read and written by `json`), one module per resource.

mod client;
mod error;
pub mod json;

pub mod api_keys;
pub mod audit;
pub mod connection_credentials;
pub mod connections;
pub mod groups;
pub mod machine_identities;
pub mod reviews;
pub mod session;

pub use client::{decode, no_fields, Api, Method, Reply};
pub use error::ApiError;

/// Percent-encodes one path segment, so names with `/`, `?` or spaces address the right thing.
pub fn segment(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(super::segment("ci/deploy key"), "ci%2Fdeploy%20key");
        assert_eq!(super::segment("né"), "n%C3%A9");
        assert_eq!(super::segment("a-b_c.d~e"), "a-b_c.d~e");
    }
}
