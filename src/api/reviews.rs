//! Reviews: the approvals that gate reviewed connection credentials.

use super::{segment, Api, ApiError, Method};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Review {
    pub id: String,
    #[serde(default)]
    pub session: String,
    #[serde(default)]
    pub review_connection: Option<ReviewConnection>,
    #[serde(default)]
    pub status: String,
    /// Nanoseconds, unlike the seconds used when requesting credentials.
    #[serde(default)]
    pub access_duration: Option<i64>,
    /// One entry per reviewer group, each with its own status.
    #[serde(default, deserialize_with = "super::serde_util::null_as_empty")]
    pub review_groups_data: Vec<ReviewGroup>,
    #[serde(default)]
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ReviewConnection {
    #[serde(default)]
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ReviewGroup {
    #[serde(default)]
    pub group: String,
    #[serde(default)]
    pub status: String,
}

impl Review {
    /// The requested window in whole seconds.
    pub fn duration_seconds(&self) -> Option<i64> {
        self.access_duration
            .map(|ns| ns / 1_000_000_000)
            .filter(|s| *s > 0)
    }

    /// Groups that still have to approve.
    pub fn waiting_on(&self) -> Vec<String> {
        self.review_groups_data
            .iter()
            .filter(|g| g.status.eq_ignore_ascii_case("PENDING"))
            .map(|g| g.group.clone())
            .collect()
    }
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
    fn a_review_says_how_long_and_who_is_left() {
        let r: super::Review = crate::api::decode(
            r#"{"id":"r","session":"s","type":"jit","access_duration":14400000000000,
            "status":"PENDING","revoke_at":null,"created_at":"2025-08-25T12:00:00Z",
            "review_owner":{"id":"u","name":"Dev","email":"dev@example.com","slack_id":""},
            "review_connection":{"id":"c","name":"pg-reviewed"},
            "review_groups_data":[{"id":"g1","group":"sre","status":"PENDING","reviewed_by":null},
              {"id":"g2","group":"dba","status":"APPROVED","reviewed_by":null}],"time_window":null}"#,
        )
        .unwrap();
        assert_eq!(r.duration_seconds(), Some(14_400));
        assert_eq!(r.waiting_on(), vec!["sre".to_string()]);
        assert_eq!(r.review_connection.unwrap().name, "pg-reviewed");
    }

    #[test]
    fn decisions_are_upper_case() {
        let s = serde_json::to_string(&super::Decision::Approved).unwrap();
        assert_eq!(s, r#""APPROVED""#);
    }
}
