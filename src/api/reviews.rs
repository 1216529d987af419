//! Reviews: the approvals that gate reviewed connection credentials.

use super::{segment, Api, ApiError, Method};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Review {
    pub id: String,
    #[serde(default)]
    pub session: String,
    #[serde(default)]
    pub connection_name: Option<String>,
    #[serde(default)]
    pub status: String,
    /// Nanoseconds, unlike the seconds used when requesting credentials.
    #[serde(default)]
    pub access_duration: Option<i64>,
    #[serde(default)]
    pub created_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Decision {
    Approved,
    Rejected,
    Revoked,
}

pub async fn get_review(api: &Api, id: &str) -> Result<Review, ApiError> {
    api.get(&format!("/reviews/{}", segment(id))).await
}

pub async fn decide_review(api: &Api, id: &str, status: Decision) -> Result<(), ApiError> {
    let body = serde_json::json!({ "status": status });
    api.send(
        Method::Put,
        &format!("/reviews/{}", segment(id)),
        Some(&body),
    )
    .await
    .map(drop)
}

#[cfg(test)]
mod tests {
    #[test]
    fn decisions_are_upper_case() {
        let s = serde_json::to_string(&super::Decision::Approved).unwrap();
        assert_eq!(s, r#""APPROVED""#);
    }
}
