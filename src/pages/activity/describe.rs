//! What an audit entry did, who did it and on what, in words. Pure, so tested natively.
//!
//! A key's update carries its whole new state (`name`, `groups`), not what changed: the change
//! is found by comparing with the state the previous entry on the same resource left (its
//! create or earlier update). Without one the new state is shown instead.

use super::feed::segments;
use crate::api::audit::AuditEntry;
use std::collections::HashMap;

/// The resource an entry is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An API key, by the id or name in the path, or the name of its create.
    Key(String),
    Identity(String),
    Flag(String),
    Other,
}

pub fn target(e: &AuditEntry) -> Target {
    let segs = segments(&e.http_path);
    let named = |i: usize| {
        segs.get(i)
            .cloned()
            .or_else(|| e.payload_str("name").map(str::to_string))
    };
    let known = match segs.get(1).map(String::as_str) {
        Some("api-keys") => named(2).map(Target::Key),
        Some("machineidentities") => named(2).map(Target::Identity),
        Some("feature-flags") => segs.get(2).cloned().map(Target::Flag),
        _ => None,
    };
    known.unwrap_or(Target::Other)
}

/// The line shown for one entry: `what` in words, `detail` below it, and whether it failed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Described {
    pub what: String,
    pub detail: Option<String>,
    pub failed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct KeyState {
    name: Option<String>,
    groups: Option<Vec<String>>,
}

fn quoted(s: &str) -> String {
    format!("\u{201c}{s}\u{201d}")
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        "none".into()
    } else {
        items.join(", ")
    }
}

/// Describes `entries` (newest first, as shown). `one_resource`: they are all about the same
/// resource (a key's or identity's own timeline), so each update is compared with the one
/// before it whatever path addressed it.
pub fn describe_all(entries: &[AuditEntry], one_resource: bool) -> Vec<Described> {
    let mut states: HashMap<String, KeyState> = HashMap::new();
    let mut out: Vec<Described> = entries
        .iter()
        .rev()
        .map(|e| {
            let slot = match (one_resource, target(e)) {
                (true, _) => String::new(),
                (false, Target::Key(k)) => k,
                (false, _) => e.http_path.clone(),
            };
            let state = states.entry(slot).or_default();
            describe(e, state)
        })
        .collect();
    out.reverse();
    out
}

/// One entry, given the state its resource was left in before it. Each change has two
/// wordings: "Renamed …" for a success, "rename …" after "Failed to".
fn describe(e: &AuditEntry, state: &mut KeyState) -> Described {
    let segs = segments(&e.http_path);
    let tail: Vec<&str> = segs.iter().skip(3).map(String::as_str).collect();
    let (what, detail) = match (
        segs.get(1).map(String::as_str),
        e.http_method.as_str(),
        segs.len(),
    ) {
        (Some("api-keys"), "POST", 2) => key_create(e, state),
        (Some("api-keys"), "PUT", 3) => key_update(e, state),
        (Some("api-keys"), "DELETE", 3) => (("Deactivated".into(), "deactivate".into()), None),
        (Some("api-keys"), "POST", _) if tail == ["reactivate"] => {
            (("Reactivated".into(), "reactivate".into()), None)
        }
        (Some("machineidentities"), "POST", 2) => {
            let name = quoted(e.payload_str("name").unwrap_or_default());
            let done = (format!("Created {name}"), format!("create {name}"));
            (done, identity_detail(e))
        }
        (Some("machineidentities"), "PUT", 3) => {
            (("Edited".into(), "edit".into()), identity_detail(e))
        }
        (Some("machineidentities"), "DELETE", 3) => (("Deleted".into(), "delete".into()), None),
        (Some("machineidentities"), "POST", _) if tail.len() == 3 && tail[2] == "rotate" => {
            let c = quoted(tail[1]);
            let done = (
                format!("Rotated the credential for {c}"),
                format!("rotate the credential for {c}"),
            );
            (done, None)
        }
        (Some("feature-flags"), "PUT", 3) => {
            let on = e.payload_flag("enabled").unwrap_or(false);
            let (flag, word) = (quoted(&segs[2]), if on { "on" } else { "off" });
            (
                (
                    format!("Turned {flag} {word}"),
                    format!("turn {flag} {word}"),
                ),
                None,
            )
        }
        _ => {
            let raw = format!("{} {}", e.http_method, e.http_path);
            ((raw.clone(), raw), None)
        }
    };
    if e.outcome {
        Described {
            what: what.0,
            detail,
            failed: false,
        }
    } else {
        let reason = match e.error_message.trim() {
            "" => format!("HTTP {}", e.http_status),
            m => format!("HTTP {}: {m}", e.http_status),
        };
        Described {
            what: format!("Failed to {}", what.1),
            detail: Some(reason),
            failed: true,
        }
    }
}

type Texts = ((String, String), Option<String>);

fn key_create(e: &AuditEntry, state: &mut KeyState) -> Texts {
    let name = e.payload_str("name").unwrap_or_default().to_string();
    let groups = e.payload_list("groups").unwrap_or_default();
    let detail = Some(format!("Groups: {}", list(&groups)));
    if e.outcome {
        *state = KeyState {
            name: Some(name.clone()),
            groups: Some(groups),
        };
    }
    let n = quoted(&name);
    ((format!("Created {n}"), format!("create {n}")), detail)
}

fn key_update(e: &AuditEntry, state: &mut KeyState) -> Texts {
    let name = e.payload_str("name").map(str::to_string);
    let groups = e.payload_list("groups");
    let renamed = match (&state.name, &name) {
        (Some(old), Some(new)) if old != new => Some((old.clone(), new.clone())),
        _ => None,
    };
    let regrouped = match (&state.groups, &groups) {
        (Some(old), Some(new)) if sorted(old) != sorted(new) => {
            let added: Vec<String> = new.iter().filter(|g| !old.contains(g)).cloned().collect();
            let removed: Vec<String> = old.iter().filter(|g| !new.contains(g)).cloned().collect();
            Some((added, removed))
        }
        _ => None,
    };
    let known = state.name.is_some() && state.groups.is_some();
    if e.outcome {
        state.name = name.clone().or(state.name.take());
        state.groups = groups.clone().or(state.groups.take());
    }
    let group_detail = regrouped.as_ref().map(|(added, removed)| {
        format!("Groups added: {}; removed: {}", list(added), list(removed))
    });
    match (renamed, regrouped.is_some()) {
        (Some((old, new)), regroup) => {
            let (o, n) = (quoted(&old), quoted(&new));
            let also = if regroup { " and changed groups" } else { "" };
            let also_do = if regroup { " and change groups" } else { "" };
            (
                (
                    format!("Renamed {o} to {n}{also}"),
                    format!("rename {o} to {n}{also_do}"),
                ),
                group_detail,
            )
        }
        (None, true) => (
            ("Changed groups".into(), "change groups".into()),
            group_detail,
        ),
        (None, false) if known => (("Saved without changes".into(), "save".into()), None),
        (None, false) => {
            let mut parts = Vec::new();
            if let Some(n) = &name {
                parts.push(format!("Name {}", quoted(n)));
            }
            if let Some(g) = &groups {
                parts.push(format!("groups: {}", list(g)));
            }
            let detail = (!parts.is_empty()).then(|| parts.join("; "));
            (("Updated".into(), "update".into()), detail)
        }
    }
}

fn sorted(v: &[String]) -> Vec<&String> {
    let mut s: Vec<&String> = v.iter().collect();
    crate::order::sort(&mut s);
    s
}

fn identity_detail(e: &AuditEntry) -> Option<String> {
    let conns = e.payload_list("connection_names")?;
    let attrs = e.payload_list("attributes").unwrap_or_default();
    Some(format!(
        "Connections: {}; attributes: {}",
        list(&conns),
        list(&attrs)
    ))
}

/// Who made the write: the main line and, for people, their email. `key_name` gives the name
/// of an API key by id when the console knows that id.
pub fn actor(
    e: &AuditEntry,
    key_name: impl Fn(&str) -> Option<String>,
) -> (String, Option<String>) {
    if e.actor_subject == "API_KEY" {
        return ("The gateway's legacy API key".into(), None);
    }
    if let Some(name) = key_name(&e.actor_subject) {
        return (format!("API key {}", quoted(&name)), None);
    }
    let name = [&e.actor_name, &e.actor_email, &e.actor_subject]
        .into_iter()
        .find(|s| !s.is_empty())
        .cloned()
        .unwrap_or_else(|| "Unknown caller".into());
    let second = [&e.actor_email, &e.actor_subject]
        .into_iter()
        .find(|s| !s.is_empty() && **s != name)
        .cloned();
    (name, second)
}

/// Whether the actor looks like an API key or agent (a UUID subject named after itself), the
/// only subjects worth asking the gateway about.
pub fn maybe_key(e: &AuditEntry) -> bool {
    let s = &e.actor_subject;
    s.len() == 36 && s.bytes().filter(|b| *b == b'-').count() == 4 && e.actor_email == e.actor_name
}

#[cfg(test)]
#[path = "describe/tests.rs"]
mod tests;
