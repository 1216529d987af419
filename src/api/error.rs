//! The one error type every gateway call returns, and the status-code mapping behind it.

use std::fmt;

/// Why a gateway call failed, by cause. Carries the gateway's own message where it sent one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// The request never got an HTTP answer (offline, DNS, CORS, connection dropped).
    Network(String),
    /// 401: missing, expired or revoked credentials.
    Unauthorized,
    /// 403: the caller's role may not do this.
    Forbidden(String),
    /// 404: the resource (or route) does not exist.
    NotFound(String),
    /// 409: a name is already taken.
    Conflict(String),
    /// 410: the credential or session has expired.
    Gone(String),
    /// 400, 413 or 422: the gateway refused the input; the message says why.
    Invalid { status: u16, message: String },
    /// 5xx: the gateway failed. Panics come back with an empty body, hence the Option.
    Server {
        status: u16,
        message: Option<String>,
    },
    /// The gateway answered, but not in a shape this console understands.
    Decode(String),
}

impl ApiError {
    /// Maps an HTTP status and raw body to an error. The body is `{"message": …}` on the real
    /// gateway, plain text for unknown routes and empty after a recovered panic.
    pub fn from_response(status: u16, body: &str) -> Self {
        let message = extract_message(body);
        let text = || message.clone().unwrap_or_default();
        match status {
            401 => Self::Unauthorized,
            403 => Self::Forbidden(text()),
            404 => Self::NotFound(text()),
            409 => Self::Conflict(text()),
            410 => Self::Gone(text()),
            400..=499 => Self::Invalid {
                status,
                message: text(),
            },
            _ => Self::Server { status, message },
        }
    }

    /// The gateway's message, when it sent one.
    pub fn server_message(&self) -> Option<&str> {
        match self {
            Self::Forbidden(m) | Self::NotFound(m) | Self::Conflict(m) | Self::Gone(m) => {
                Some(m.as_str()).filter(|m| !m.is_empty())
            }
            Self::Invalid { message, .. } => Some(message.as_str()).filter(|m| !m.is_empty()),
            Self::Server { message, .. } => message.as_deref().filter(|m| !m.is_empty()),
            _ => None,
        }
    }

    /// A sentence a person can act on.
    pub fn human(&self) -> String {
        match self {
            Self::Network(_) => {
                "The gateway could not be reached. Check your connection and try again.".into()
            }
            Self::Unauthorized => "Your session has expired. Sign in again.".into(),
            Self::Forbidden(_) => "You do not have permission to do this.".into(),
            Self::NotFound(m) => with_detail("It was not found", m),
            Self::Conflict(m) => with_detail("That name is already taken", m),
            Self::Gone(m) => with_detail("This has expired", m),
            Self::Invalid { message, .. } => {
                with_detail("The gateway refused the request", message)
            }
            Self::Server { status, message } => with_detail(
                &format!("The gateway failed (HTTP {status}). Try again in a moment"),
                message.as_deref().unwrap_or_default(),
            ),
            Self::Decode(_) => {
                "The gateway sent an answer this console does not understand.".into()
            }
        }
    }
}

fn with_detail(lead: &str, detail: &str) -> String {
    let detail = detail.trim();
    if detail.is_empty() {
        format!("{lead}.")
    } else {
        format!("{lead}: {detail}.")
    }
}

/// Reads `{"message": …}`; falls back to the trimmed text for plain bodies such as gin's
/// `404 page not found`. An HTML page (a proxy's or static server's error page) says nothing a
/// person could act on, so it is left out.
fn extract_message(body: &str) -> Option<String> {
    let trimmed = body.trim();
    if trimmed.is_empty() || trimmed.starts_with('<') {
        return None;
    }
    match super::json::member(trimmed, "message") {
        Ok(message) => message,
        Err(_) => Some(trimmed.chars().take(300).collect()),
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.human())
    }
}

impl std::error::Error for ApiError {}

/// An answer that is not the JSON its type expects; the reader's reason is kept for the
/// console's diagnostics.
impl From<super::json::Error> for ApiError {
    fn from(e: super::json::Error) -> Self {
        Self::Decode(e.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_html_error_page_is_not_shown_as_text() {
        let page = "<!DOCTYPE HTML>\n<html><head><title>Error response</title></head></html>";
        assert_eq!(extract_message(page), None);
        assert_eq!(
            extract_message("404 page not found").as_deref(),
            Some("404 page not found")
        );
    }

    #[test]
    fn maps_status_codes_and_messages() {
        assert_eq!(
            ApiError::from_response(401, r#"{"message":"access denied"}"#),
            ApiError::Unauthorized
        );
        assert_eq!(
            ApiError::from_response(
                409,
                r#"{"message":"an api key with this name already exists"}"#
            ),
            ApiError::Conflict("an api key with this name already exists".into())
        );
        assert_eq!(
            ApiError::from_response(422, r#"{"message":"cannot reactivate an active api key"}"#),
            ApiError::Invalid {
                status: 422,
                message: "cannot reactivate an active api key".into()
            }
        );
        assert_eq!(
            ApiError::from_response(410, r#"{"message":"credentials have expired"}"#),
            ApiError::Gone("credentials have expired".into())
        );
    }

    #[test]
    fn plain_text_404_and_empty_500() {
        let e = ApiError::from_response(404, "404 page not found");
        assert_eq!(e, ApiError::NotFound("404 page not found".into()));
        let e = ApiError::from_response(500, "");
        assert_eq!(
            e,
            ApiError::Server {
                status: 500,
                message: None
            }
        );
        assert!(e.human().contains("HTTP 500"));
        assert_eq!(e.server_message(), None);
    }

    #[test]
    fn empty_body_bad_request_reads_eof() {
        let e = ApiError::from_response(400, r#"{"message":"EOF"}"#);
        assert_eq!(e.server_message(), Some("EOF"));
        assert_eq!(e.human(), "The gateway refused the request: EOF.");
    }
}
