//! What is stored of a request body, and the error text stored for a failed request.

use serde_json::{json, Map, Value};

const REDACTED_KEYS: &[&str] = &[
    "password",
    "hashed_password",
    "client_secret",
    "secret",
    "secrets",
    "api_key",
    "token",
    "key",
    "env",
    "envs",
    "rollout_api_key",
    "hosts_key",
];

const PLACEHOLDER: &str = "[REDACTED]";

/// The stored payload: an object (redacted), `None` for an empty body or JSON `null`, and
/// `{"_raw": body}` (not redacted) for anything that does not decode to an object.
pub fn payload(body: &[u8]) -> Option<Value> {
    if body.is_empty() {
        return None;
    }
    // Go's decoder replaces invalid UTF-8 instead of failing.
    let text = String::from_utf8_lossy(body);
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::Object(map)) => Some(Value::Object(redact(map))),
        Ok(Value::Null) => None,
        _ => Some(json!({ "_raw": text })),
    }
}

/// Replaces the values of sensitive keys. Nested objects are searched, arrays are not (the
/// gateway's redactor only recurses into maps).
pub fn redact(map: Map<String, Value>) -> Map<String, Value> {
    map.into_iter()
        .map(|(k, v)| {
            let v = if REDACTED_KEYS.contains(&k.as_str()) {
                PLACEHOLDER.into()
            } else if let Value::Object(inner) = v {
                Value::Object(redact(inner))
            } else {
                v
            };
            (k, v)
        })
        .collect()
}

/// `error_message` of an entry. `aborted` marks the failures that went through the gateway's
/// abort helper: gin renders the error attached to its context as `Error #01: <text>\n`.
/// devgateway uses the response's message as that text (the gateway's internal error text
/// is not modelled).
pub fn error_message(status: u16, body: &[u8], aborted: bool) -> String {
    if status < 400 || body.is_empty() {
        return String::new();
    }
    let parsed = serde_json::from_slice::<Value>(body);
    let field = |v: &Value| {
        ["message", "error", "msg"].iter().find_map(|k| {
            v.get(*k)
                .and_then(Value::as_str)
                .filter(|s| !s.is_empty())
                .map(String::from)
        })
    };
    match parsed {
        Ok(v @ (Value::Object(_) | Value::Null)) => match field(&v) {
            Some(msg) if aborted => format!("Error #01: {msg}\n"),
            Some(msg) => msg,
            None => format!("HTTP {status}"),
        },
        _ => {
            let text = String::from_utf8_lossy(body);
            if text.len() <= 200 {
                return text.into_owned();
            }
            let mut end = 200;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            format!("{}...", &text[..end])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads() {
        assert_eq!(payload(b""), None);
        assert_eq!(payload(b"null"), None);
        assert_eq!(payload(b"[1]"), Some(json!({ "_raw": "[1]" })));
        assert_eq!(
            payload(br#"{"password":"x"} tail"#),
            Some(json!({ "_raw": r#"{"password":"x"} tail"# }))
        );
        assert_eq!(
            payload(br#"{"name":"n","a":{"token":"t","b":{"key":1}},"l":[{"secret":"s"}]}"#),
            Some(json!({
                "name": "n",
                "a": { "token": "[REDACTED]", "b": { "key": "[REDACTED]" } },
                "l": [{ "secret": "s" }],
            }))
        );
    }

    #[test]
    fn error_texts() {
        assert_eq!(error_message(200, br#"{"message":"x"}"#, false), "");
        assert_eq!(error_message(409, br#"{"message":"dup"}"#, false), "dup");
        assert_eq!(
            error_message(500, br#"{"message":"db"}"#, true),
            "Error #01: db\n"
        );
        assert_eq!(error_message(400, br#"{"error":"e"}"#, false), "e");
        assert_eq!(error_message(400, br#"{"other":1}"#, false), "HTTP 400");
        assert_eq!(
            error_message(404, b"404 page not found", false),
            "404 page not found"
        );
        let long = "x".repeat(250);
        assert_eq!(
            error_message(500, long.as_bytes(), false),
            format!("{}...", &long[..200])
        );
        assert_eq!(error_message(500, b"", false), "");
    }
}
