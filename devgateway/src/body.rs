//! Request bodies decoded the way gin's `ShouldBindJSON` does, with Go's error texts.
//!
//! Go's decoder reads only the first JSON value (trailing bytes are ignored), matches keys
//! case-insensitively, treats `null` as "leave unset", and replaces invalid UTF-8.

use axum::body::Body as AxumBody;
use axum::http::StatusCode;
use serde_json::{Map, Value};

use crate::error::ApiError;

/// Bodies above this size answer 413.
pub const BODY_LIMIT: usize = 1024 * 1024;

/// Reads a request body, enforcing [`BODY_LIMIT`].
pub async fn read_limited(body: AxumBody) -> Result<Vec<u8>, ApiError> {
    match axum::body::to_bytes(body, BODY_LIMIT).await {
        Ok(bytes) => Ok(bytes.to_vec()),
        Err(_) => Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "http: request body too large",
        )),
    }
}

/// Reads and decodes a request body bound to the Go struct `ty`.
pub async fn json_body(body: AxumBody, ty: &'static str) -> Result<JsonBody, ApiError> {
    JsonBody::parse(&read_limited(body).await?, ty)
}

/// A decoded JSON object, named after the Go struct it binds to (for error texts).
pub struct JsonBody {
    map: Map<String, Value>,
    ty: &'static str,
}

impl JsonBody {
    pub fn parse(bytes: &[u8], ty: &'static str) -> Result<Self, ApiError> {
        let text = String::from_utf8_lossy(bytes);
        if text.trim().is_empty() {
            return Err(ApiError::bad_request("EOF"));
        }
        let mut stream = serde_json::Deserializer::from_str(&text).into_iter::<Value>();
        let value = match stream.next() {
            Some(Ok(v)) => v,
            Some(Err(e)) => return Err(ApiError::bad_request(syntax_message(&e, &text))),
            None => return Err(ApiError::bad_request("EOF")),
        };
        let map = match value {
            Value::Object(map) => map,
            Value::Null => Map::new(),
            other => {
                return Err(ApiError::bad_request(format!(
                    "json: cannot unmarshal {} into Go value of type openapi.{ty}",
                    kind(&other)
                )))
            }
        };
        Ok(JsonBody { map, ty })
    }

    fn get(&self, key: &str) -> Option<&Value> {
        let v = self.map.get(key).or_else(|| {
            self.map
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        });
        v.filter(|v| !v.is_null())
    }

    fn type_error(&self, key: &str, v: &Value, go_type: &str) -> ApiError {
        let what = match v {
            Value::Number(n) if go_type == "int" => format!("number {n}"),
            other => kind(other).to_string(),
        };
        ApiError::bad_request(format!(
            "json: cannot unmarshal {what} into Go struct field {}.{key} of type {go_type}",
            self.ty
        ))
    }

    pub fn str(&self, key: &str) -> Result<Option<String>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(v) => Err(self.type_error(key, v, "string")),
        }
    }

    pub fn str_list(&self, key: &str) -> Result<Option<Vec<String>>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| match item {
                    Value::String(s) => Ok(s.clone()),
                    Value::Null => Ok(String::new()),
                    v => Err(self.type_error(key, v, "string")),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(v) => Err(self.type_error(key, v, "[]string")),
        }
    }

    pub fn int(&self, key: &str) -> Result<Option<i64>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => match n.as_i64() {
                Some(i) => Ok(Some(i)),
                None => Err(self.type_error(key, &Value::Number(n.clone()), "int")),
            },
            Some(v) => Err(self.type_error(key, v, "int")),
        }
    }

    pub fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(self.type_error(key, v, "bool")),
        }
    }

    /// gin's `binding:"required"` check; `fields` pairs the Go field name with whether it is set.
    pub fn require(&self, fields: &[(&str, bool)]) -> Result<(), ApiError> {
        let errors: Vec<String> = fields
            .iter()
            .filter(|(_, ok)| !ok)
            .map(|(field, _)| {
                format!(
                    "Key: '{}.{field}' Error:Field validation for '{field}' failed on the 'required' tag",
                    self.ty
                )
            })
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::bad_request(errors.join("\n")))
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Go's wording for a JSON syntax error, derived from where serde_json stopped.
fn syntax_message(e: &serde_json::Error, text: &str) -> String {
    if e.is_eof() {
        return "unexpected EOF".into();
    }
    let line = text.lines().nth(e.line().saturating_sub(1)).unwrap_or("");
    let ch = line
        .get(e.column().saturating_sub(1)..)
        .and_then(|rest| rest.chars().next())
        .unwrap_or(' ');
    let msg = e.to_string();
    let context = if msg.starts_with("expected `:`") {
        "after object key"
    } else if msg.starts_with("expected `,` or `}`") {
        "after object key:value pair"
    } else if msg.starts_with("expected `,` or `]`") {
        "after array element"
    } else if msg.starts_with("key must be a string") || msg.starts_with("trailing comma") {
        if ch == ']' {
            "looking for beginning of value"
        } else {
            "looking for beginning of object key string"
        }
    } else if msg.starts_with("control character") || msg.starts_with("invalid escape") {
        "in string literal"
    } else {
        "looking for beginning of value"
    };
    let quoted = match ch {
        '\'' => "'\\''".to_string(),
        c if c.is_control() => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    };
    format!("invalid character {quoted} {context}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(e: ApiError) -> String {
        let ApiError::Msg(_, m) = e;
        m
    }

    #[test]
    fn go_like_errors() {
        assert_eq!(msg(JsonBody::parse(b"", "X").err().unwrap()), "EOF");
        assert_eq!(msg(JsonBody::parse(b" \n", "X").err().unwrap()), "EOF");
        assert_eq!(
            msg(JsonBody::parse(b"{\"a\":", "X").err().unwrap()),
            "unexpected EOF"
        );
        assert_eq!(
            msg(JsonBody::parse(b"nope", "X").err().unwrap()),
            "invalid character 'o' looking for beginning of value"
        );
        assert_eq!(
            msg(JsonBody::parse(b"[1]", "X").err().unwrap()),
            "json: cannot unmarshal array into Go value of type openapi.X"
        );
        let body = JsonBody::parse(br#"{"Name": 5, "n": 1.5}"#, "T").unwrap();
        assert_eq!(
            msg(body.str("name").err().unwrap()),
            "json: cannot unmarshal number into Go struct field T.name of type string"
        );
        assert_eq!(
            msg(body.int("n").err().unwrap()),
            "json: cannot unmarshal number 1.5 into Go struct field T.n of type int"
        );
    }

    #[test]
    fn first_value_only_and_null_is_unset() {
        let body = JsonBody::parse(br#"{"name":"a","groups":null} trailing"#, "T").unwrap();
        assert_eq!(body.str("name").unwrap().as_deref(), Some("a"));
        assert_eq!(body.str_list("groups").unwrap(), None);
        assert!(JsonBody::parse(b"null", "T").is_ok());
    }
}
