//! What a bulk action is made of: the operation (also a row's own deactivate and activate), its
//! targets, each key's outcome and the tally.

use crate::api::{
    api_keys::{reactivate_api_key, revoke_api_key, ApiKey},
    Api, ApiError,
};

/// Requests in flight at once: fast on a healthy gateway, gentle on a struggling one.
pub const AT_ONCE: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOp {
    Deactivate,
    Activate,
}

impl KeyOp {
    pub fn verb(self) -> &'static str {
        match self {
            Self::Deactivate => "Deactivate",
            Self::Activate => "Activate",
        }
    }

    pub fn done(self) -> &'static str {
        match self {
            Self::Deactivate => "deactivated",
            Self::Activate => "activated",
        }
    }

    pub fn already(self) -> &'static str {
        match self {
            Self::Deactivate => "already deactivated",
            Self::Activate => "already active",
        }
    }

    /// Asks the gateway to change key `id`: the key as it answers (activation) or `None`
    /// (a deactivation answers nothing).
    pub async fn send(self, api: &Api, id: &str) -> Result<Option<ApiKey>, ApiError> {
        match self {
            Self::Deactivate => revoke_api_key(api, id).await.map(|()| None),
            Self::Activate => reactivate_api_key(api, id).await.map(Some),
        }
    }

    /// Whether `e` says the key was already in the state asked for: a deactivation of an
    /// already deactivated key answers 404, an activation of an active one 422 (§5.3).
    pub fn already_so(self, e: &ApiError) -> bool {
        match self {
            Self::Deactivate => matches!(e, ApiError::NotFound(_)),
            Self::Activate => matches!(e, ApiError::Invalid { status: 422, .. }),
        }
    }

    /// What the gateway's answer means for one key.
    pub fn outcome(self, answer: Result<Option<ApiKey>, ApiError>) -> Outcome {
        match answer {
            Ok(_) => Outcome::Done,
            Err(e) if self.already_so(&e) => Outcome::Already,
            Err(e) => Outcome::Failed(e.human()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    Already,
    Failed(String),
}

/// One key of a bulk action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: String,
    pub name: String,
    /// Already in the state asked for when the action started: no request is sent.
    pub settled: bool,
    /// The key this console is signed in with.
    pub own: bool,
}

/// The order requests go out in: the console's own key last, so the others are not refused
/// once it is deactivated; otherwise as listed.
pub fn in_sending_order(mut targets: Vec<Target>) -> Vec<Target> {
    crate::order::sort_by_key(&mut targets, |t| t.own);
    targets
}

/// Counts of a finished (or running) action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub done: usize,
    pub already: usize,
    pub failed: usize,
    pub waiting: usize,
}

impl Tally {
    pub fn of<'a>(results: impl IntoIterator<Item = &'a Option<Outcome>>) -> Self {
        let mut t = Self::default();
        for r in results {
            match r {
                None => t.waiting += 1,
                Some(Outcome::Done) => t.done += 1,
                Some(Outcome::Already) => t.already += 1,
                Some(Outcome::Failed(_)) => t.failed += 1,
            }
        }
        t
    }

    /// "118 deactivated, 1 already deactivated, 1 failed".
    pub fn text(self, op: KeyOp) -> String {
        let mut parts = vec![format!("{} {}", self.done, op.done())];
        if self.already > 0 {
            parts.push(format!("{} {}", self.already, op.already()));
        }
        if self.failed > 0 {
            parts.push(format!("{} failed", self.failed));
        }
        if self.waiting > 0 {
            parts.push(format!("{} waiting", self.waiting));
        }
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(id: &str, own: bool) -> Target {
        Target {
            id: id.into(),
            name: id.into(),
            settled: false,
            own,
        }
    }

    #[test]
    fn gateway_answers_become_outcomes() {
        let nf = || Err(ApiError::NotFound("resource not found".into()));
        let active = || {
            Err(ApiError::Invalid {
                status: 422,
                message: "cannot reactivate an active api key".into(),
            })
        };
        assert_eq!(KeyOp::Deactivate.outcome(Ok(None)), Outcome::Done);
        assert_eq!(KeyOp::Deactivate.outcome(nf()), Outcome::Already);
        assert_eq!(KeyOp::Activate.outcome(active()), Outcome::Already);
        assert!(matches!(KeyOp::Activate.outcome(nf()), Outcome::Failed(_)));
        let Outcome::Failed(msg) = KeyOp::Deactivate.outcome(Err(ApiError::Server {
            status: 500,
            message: None,
        })) else {
            panic!("a 500 is a failure");
        };
        assert!(!msg.is_empty(), "an empty 500 still says something");
    }

    #[test]
    fn the_own_key_goes_last() {
        let order = in_sending_order(vec![
            target("me", true),
            target("a", false),
            target("b", false),
        ]);
        let ids: Vec<&str> = order.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "me"]);
    }

    #[test]
    fn tally_counts_and_reads() {
        let results = [
            Some(Outcome::Done),
            Some(Outcome::Done),
            Some(Outcome::Already),
            Some(Outcome::Failed("boom".into())),
            None,
        ];
        let t = Tally::of(&results);
        assert_eq!(
            t,
            Tally {
                done: 2,
                already: 1,
                failed: 1,
                waiting: 1
            }
        );
        assert_eq!(
            t.text(KeyOp::Deactivate),
            "2 deactivated, 1 already deactivated, 1 failed, 1 waiting"
        );
        assert_eq!(Tally::default().text(KeyOp::Activate), "0 activated");
    }
}
