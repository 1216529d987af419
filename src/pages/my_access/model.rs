//! What My access shows, worked out without the browser: each connection's state, the order
//! and search of the list, the windows a request may ask for, countdown text, the backoff of
//! review checks and what a resume answer means. Tested natively.

use crate::api::{
    connection_credentials::{ActiveCredential, Missing, Resumed},
    connections::Connection,
    ApiError,
};
pub use crate::format::duration;
use crate::{format::parse_rfc3339, text::lowercase};

/// The gateway's ceiling for any credential window.
pub const MAX_SECONDS: i64 = 48 * 3600;

/// The durations offered as one click, in seconds.
pub const PRESETS: [i64; 9] = [
    900, 1800, 3600, 7200, 14_400, 28_800, 57_600, 86_400, 172_800,
];

/// Where a connection stands for the signed-in person.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Status {
    /// Nothing issued (or it expired before this page saw it).
    NoCredential,
    /// A request waits for a reviewer.
    Pending,
    /// Issued and valid until this instant (epoch ms).
    Active { until_ms: i64 },
    /// Issued without expiry.
    Persistent,
    /// Was active while this page was open and its window has passed.
    Expired,
}

impl Status {
    /// Active and pending rows come first.
    fn rank(&self) -> u8 {
        match self {
            Status::Pending | Status::Active { .. } | Status::Persistent => 0,
            _ => 1,
        }
    }
}

/// One line of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub connection: Connection,
    /// Why it cannot be requested, when it cannot.
    pub blocker: Option<String>,
    pub status: Status,
    /// The credential behind `Active`/`Persistent`/`Expired` (no secrets).
    pub held: Option<ActiveCredential>,
}

/// Status of a connection given what the gateway lists and what is pending, at `now_ms`.
pub fn status_of(held: Option<&ActiveCredential>, pending: bool, now_ms: i64) -> Status {
    if pending {
        return Status::Pending;
    }
    let Some(h) = held else {
        return Status::NoCredential;
    };
    match h.expire_at.as_deref().map(parse_rfc3339) {
        None => Status::Persistent,
        Some(Some(until_ms)) if until_ms > now_ms => Status::Active { until_ms },
        Some(_) => Status::Expired,
    }
}

/// Every connection the caller can reach, with its state: requestable ones first (active and
/// pending before the rest, then by name), then the ones that cannot be requested.
pub fn rows(
    connections: &[Connection],
    held: &[ActiveCredential],
    pending: &[String],
    now_ms: i64,
) -> Vec<Row> {
    let mut out: Vec<Row> = connections
        .iter()
        .map(|c| {
            let h = held.iter().find(|h| h.connection_name == c.name);
            Row {
                connection: c.clone(),
                blocker: c.credentials_blocker(),
                status: status_of(h, pending.contains(&c.name), now_ms),
                held: h.cloned(),
            }
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| {
        (a.blocker.is_some(), a.status.rank(), &a.connection.name).cmp(&(
            b.blocker.is_some(),
            b.status.rank(),
            &b.connection.name,
        ))
    });
    out
}

/// Whether `row` matches the search text (name, type or subtype; case-insensitive).
pub fn matches(row: &Row, query: &str) -> bool {
    let q = lowercase(query.trim());
    let c = &row.connection;
    q.is_empty()
        || [&c.name, &c.kind, &c.subtype]
            .iter()
            .any(|v| lowercase(v).contains(&q))
}

/// What a request for one connection may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// The longest window allowed, in seconds.
    pub max: i64,
    /// A JIT rule's fixed window: the request asks for exactly this.
    pub fixed: Option<i64>,
    /// A reviewer must approve before credentials are issued.
    pub review: bool,
    /// A credential without expiry may be asked for (no review and no rule).
    pub no_expiry: bool,
}

impl Window {
    pub fn of(c: &Connection) -> Self {
        let rule = c.jit_access_duration_sec.filter(|s| *s > 0);
        let max = [
            Some(MAX_SECONDS),
            c.access_max_duration.filter(|s| *s > 0),
            rule,
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(MAX_SECONDS);
        let review = !c.reviewers.is_empty() || rule.is_some();
        Self {
            max,
            fixed: rule.map(|r| r.min(max)),
            review,
            no_expiry: !review,
        }
    }

    /// The presets this connection accepts.
    pub fn presets(self) -> impl Iterator<Item = i64> {
        PRESETS.into_iter().filter(move |p| *p <= self.max)
    }

    /// `seconds` if the gateway will accept it, or why not.
    pub fn check(self, seconds: i64) -> Result<i64, String> {
        if seconds <= 0 {
            Err("Enter a duration longer than zero.".into())
        } else if seconds > MAX_SECONDS {
            Err("Access can last at most 48 hours.".into())
        } else if seconds > self.max {
            Err(format!(
                "This connection allows at most {}.",
                duration(self.max)
            ))
        } else {
            Ok(seconds)
        }
    }
}

/// The unit a custom duration is typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Minutes,
    Hours,
}

/// Reads a typed custom duration ("90" minutes, "1.5" hours) as whole seconds, rounded. Plain
/// decimals, read exactly: parsing them as floats would bring the float parser and its tables
/// into the wasm.
pub fn parse_custom(text: &str, unit: Unit) -> Result<i64, String> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return Err("Enter how long access should last.".into());
    }
    let not_a_number = || format!("\u{201c}{}\u{201d} is not a number.", text.trim());
    let (negative, unsigned) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let (whole, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits(whole) || !digits(frac) {
        return Err(not_a_number());
    }
    let too_long = || "Access can last at most 48 hours.".to_string();
    // Twelve digits of hours is far past any limit; more would not fit the sums below.
    let whole = whole.trim_start_matches('0');
    if whole.len() > 12 {
        return Err(too_long());
    }
    let frac = &frac[..frac.len().min(9)];
    let scale = 10u128.pow(frac.len() as u32);
    let value = whole.parse::<u128>().unwrap_or(0) * scale + frac.parse::<u128>().unwrap_or(0);
    let per: u128 = match unit {
        Unit::Minutes => 60,
        Unit::Hours => 3600,
    };
    // Half a second rounds up, as the user would round it.
    let secs = (value * per * 2 + scale) / (2 * scale);
    if secs > (MAX_SECONDS * 10) as u128 {
        return Err(too_long());
    }
    Ok(if negative {
        -(secs as i64)
    } else {
        secs as i64
    })
}

/// Seconds to wait before the `n`-th check of a pending review (0-based): about 5 s, growing by
/// half each time, never more than 30 s.
pub fn backoff_secs(n: u32) -> u32 {
    let mut d = 5.0_f64;
    for _ in 0..n.min(10) {
        d *= 1.5;
    }
    (d.round() as u32).min(30)
}

/// Where a pending request stands after a check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked {
    /// Approved: the credential (secrets included) is to be shown.
    Issued(Box<crate::api::connection_credentials::ConnectionCredentials>),
    /// Still waiting; `Some` says why the last check could not tell.
    Waiting(Option<String>),
    /// Over: the reviewer said no, the window lapsed, or the request is gone; it says which.
    Ended(Ended),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    Rejected,
    Expired,
    /// Anything else that settles it, in words.
    Other(String),
}

impl Ended {
    pub fn text(&self) -> String {
        match self {
            Ended::Rejected => "Rejected: a reviewer turned this request down.".into(),
            Ended::Expired => {
                "Expired: the approved window has passed or the session ended. Request again."
                    .into()
            }
            Ended::Other(t) => t.clone(),
        }
    }
}

/// What a resume answer means for the pending request.
pub fn checked(answer: Result<Resumed, ApiError>) -> Checked {
    let e = match answer {
        Ok(Resumed::Issued(c)) => return Checked::Issued(c),
        Ok(Resumed::StillPending) => return Checked::Waiting(None),
        Err(e) => e,
    };
    let end = |t: &str| Checked::Ended(Ended::Other(t.into()));
    match &e {
        ApiError::Forbidden(m) if m == "review was rejected" => Checked::Ended(Ended::Rejected),
        ApiError::Forbidden(_) => {
            end("This request was made by someone else. Request access yourself.")
        }
        ApiError::Gone(_) => Checked::Ended(Ended::Expired),
        ApiError::NotFound(_) => match Missing::of(&e) {
            Some(Missing::Connection) => {
                end("The connection no longer exists or you can no longer reach it.")
            }
            Some(Missing::Review) => {
                end("The gateway has no review for this request any more. Request again.")
            }
            _ => end("The gateway no longer knows this request. Request again."),
        },
        ApiError::Invalid { message, .. } => {
            match message.strip_prefix("invalid review status: ") {
                Some(s) if s.eq_ignore_ascii_case("REVOKED") => {
                    end("Revoked: a reviewer withdrew the approval.")
                }
                _ => Checked::Ended(Ended::Other(e.human())),
            }
        }
        // Nothing that settles the request: the next check may.
        ApiError::Network(_)
        | ApiError::Server { .. }
        | ApiError::Decode(_)
        | ApiError::Unauthorized
        | ApiError::Conflict(_) => Checked::Waiting(Some(e.human())),
    }
}

#[cfg(test)]
mod tests;
