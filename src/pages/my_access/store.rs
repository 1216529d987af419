//! Requests waiting for review, kept in sessionStorage so a reload or a return to the page
//! goes on waiting. Only what resuming needs is kept (connection, session id, review id): no
//! secret, nothing the gateway would not show the same person again.

use crate::api::json::{self, need, Decode, Object, Reader};
use crate::session::PENDING_ACCESS_KEY as KEY;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub connection: String,
    pub session_id: String,
    pub review_id: String,
}

impl Decode for Pending {
    fn decode(r: &mut Reader) -> json::Result<Self> {
        let (mut connection, mut session_id, mut review_id) = (None, None, None);
        r.object(&mut |r, field| {
            match field {
                "connection" => connection = Some(r.string()?),
                "session_id" => session_id = Some(r.string()?),
                "review_id" => review_id = Some(r.string()?),
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(Self {
            connection: need(connection, "connection")?,
            session_id: need(session_id, "session_id")?,
            review_id: need(review_id, "review_id")?,
        })
    }
}

/// The stored list; anything unreadable counts as none.
pub fn decode(text: Option<&str>) -> Vec<Pending> {
    text.and_then(|t| json::from_str(t).ok())
        .unwrap_or_default()
}

pub fn encode(list: &[Pending]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|p| {
            Object::new()
                .str("connection", &p.connection)
                .str("session_id", &p.session_id)
                .str("review_id", &p.review_id)
                .end()
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// Adds `p`, replacing an older request for the same connection (one request per connection).
pub fn with(mut list: Vec<Pending>, p: Pending) -> Vec<Pending> {
    list.retain(|q| q.connection != p.connection);
    list.push(p);
    list
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn load() -> Vec<Pending> {
    decode(
        storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .as_deref(),
    )
}

pub fn save(list: &[Pending]) {
    if let Some(s) = storage() {
        let _ = if list.is_empty() {
            s.remove_item(KEY)
        } else {
            s.set_item(KEY, &encode(list))
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(c: &str, s: &str) -> Pending {
        Pending {
            connection: c.into(),
            session_id: s.into(),
            review_id: format!("r-{s}"),
        }
    }

    #[test]
    fn round_trips_and_forgives_garbage() {
        let list = vec![p("pg-reviewed", "s1")];
        assert_eq!(decode(Some(&encode(&list))), list);
        assert_eq!(
            encode(&list),
            r#"[{"connection":"pg-reviewed","session_id":"s1","review_id":"r-s1"}]"#
        );
        assert!(decode(Some("{not json")).is_empty());
        assert!(decode(None).is_empty());
    }

    #[test]
    fn one_request_per_connection() {
        let list = with(vec![p("a", "1"), p("b", "2")], p("a", "3"));
        assert_eq!(list, vec![p("b", "2"), p("a", "3")]);
    }
}
