//! The pieces every view of the audit log shows the same way: who, when, from where, and what
//! (with a failed write marked in words, not colour alone).

use super::describe::{actor, maybe_key, Described};
use crate::{
    api::{api_keys::get_api_key, audit::AuditEntry, Api, ApiError},
    format::{exact, now_ms, parse_rfc3339, relative},
};
use leptos::prelude::*;
use std::collections::HashMap;

/// API key names by id, as far as the console has asked: `None` means "not a key".
pub type KeyNames = RwSignal<HashMap<String, Option<String>>>;

/// Asks the gateway about every actor of `entries` that looks like a key and was not asked
/// about yet, one request per id. Admins only: the key routes refuse everyone else.
pub async fn learn_keys(api: &Api, names: KeyNames, entries: &[AuditEntry]) {
    let mut ids: Vec<String> = entries
        .iter()
        .filter(|e| maybe_key(e))
        .map(|e| e.actor_subject.clone())
        .filter(|id| names.with_untracked(|n| !n.contains_key(id)))
        .collect();
    crate::order::sort(&mut ids);
    ids.dedup();
    for id in ids {
        let found = match get_api_key(api, &id).await {
            Ok(key) => Some(Some(key.name)),
            Err(ApiError::NotFound(_)) => Some(None),
            // Asked again with the next page.
            Err(_) => None,
        };
        if let Some(found) = found {
            names.update(|n| {
                n.insert(id, found);
            });
        }
    }
}

/// Who made the write.
#[component]
pub fn Actor(
    entry: AuditEntry,
    /// Key names by id (see [`KeyNames`]).
    #[prop(into)]
    names: Signal<HashMap<String, Option<String>>>,
) -> impl IntoView {
    move || {
        let (main, second) = names.with(|n| actor(&entry, |id| n.get(id).cloned().flatten()));
        view! {
            <span class="gw-event__who">{main}</span>
            {second.map(|s| view! { <span class="gw-muted">{format!(" {s}")}</span> })}
        }
    }
}

/// When, relative and exact (both visible: the exact time is what an investigation quotes).
#[component]
pub fn When(created_at: String) -> impl IntoView {
    match parse_rfc3339(&created_at) {
        Some(ms) => view! {
            <time datetime=created_at
                .clone()>
                {relative(ms, now_ms())} <span class="gw-muted">{format!(" ({})", exact(ms))}</span>
            </time>
        }
        .into_any(),
        None => view! { <span class="gw-muted">"Unknown time"</span> }.into_any(),
    }
}

/// What was done; a failed write says so in its words ("Failed to …") and gives the reason.
#[component]
pub fn What(described: Described) -> impl IntoView {
    view! {
        <span class="gw-event__what">{described.what}</span>
        {described.detail.map(|d| view! { <span class="gw-event__detail">{d}</span> })}
    }
}

/// The address the request came from.
pub fn from_ip(ip: &str) -> String {
    if ip.is_empty() {
        "unknown address".into()
    } else {
        ip.to_string()
    }
}
