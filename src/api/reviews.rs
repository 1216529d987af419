//! Reviews: the approvals that gate reviewed connection credentials.

use super::{
    json::{self, need, Decode, Object, Reader},
    segment, Api, ApiError, Method,
};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Review {
    pub id: String,
    pub session: String,
    pub review_connection: Option<ReviewConnection>,
    pub status: String,
    /// Nanoseconds, unlike the seconds used when requesting credentials.
    pub access_duration: Option<i64>,
    /// One entry per reviewer group, each with its own status.
    pub review_groups_data: Vec<ReviewGroup>,
    pub created_at: String,
}

impl Decode for Review {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut v = Self::default();
        let mut id = None;
        r.object(&mut |r, field| {
            match field {
                "id" => id = Some(r.string()?),
                "session" => v.session = r.string()?,
                "review_connection" => v.review_connection = r.read()?,
                "status" => v.status = r.string()?,
                "access_duration" => v.access_duration = r.read()?,
                "review_groups_data" => v.review_groups_data = r.read()?,
                "created_at" => v.created_at = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        v.id = need(id, "id")?;
        Ok(v)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReviewConnection {
    pub name: String,
}

impl Decode for ReviewConnection {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut name = String::new();
        r.object(&mut |r, field| {
            match field {
                "name" => name = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(Self { name })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReviewGroup {
    pub group: String,
    pub status: String,
}

impl Decode for ReviewGroup {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let mut g = Self::default();
        r.object(&mut |r, field| {
            match field {
                "group" => g.group = r.string()?,
                "status" => g.status = r.string()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(g)
    }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approved,
    Rejected,
    Revoked,
}

impl Decision {
    /// The request body: the gateway's status words are upper case.
    fn json(self) -> String {
        let status = match self {
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Revoked => "REVOKED",
        };
        Object::new().str("status", status).end()
    }
}

pub async fn get_review(api: &Api, id: &str) -> Result<Review, ApiError> {
    api.get(&format!("/reviews/{}", segment(id))).await
}

pub async fn decide_review(api: &Api, id: &str, status: Decision) -> Result<(), ApiError> {
    api.send(
        Method::Put,
        &format!("/reviews/{}", segment(id)),
        Some(status.json()),
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
        assert_eq!(super::Decision::Approved.json(), r#"{"status":"APPROVED"}"#);
        assert_eq!(super::Decision::Revoked.json(), r#"{"status":"REVOKED"}"#);
    }
}
