//! While the list is open, the replacements of rotated keys that have not been used yet are
//! read again every few seconds (not in a hidden tab), so "deactivate the old key" appears as
//! soon as a client switches, without a reload.

use super::{
    cutover::{awaited, Links},
    query::Row,
};
use crate::{
    api::{
        api_keys::{get_api_key, ApiKey},
        Api,
    },
    dom::poll_while_visible,
};
use leptos::{prelude::*, task::spawn_local};
use std::{cell::Cell, rc::Rc, time::Duration};

const EVERY: Duration = Duration::from_secs(5);
/// Reads per check, so a list with many rotations in progress stays gentle on the gateway.
const AT_MOST: usize = 10;

pub fn watch_replacements(
    api: Api,
    rows: RwSignal<Vec<Row>>,
    links: Memo<Links>,
    on_used: Callback<ApiKey>,
) {
    let busy = Rc::new(Cell::new(false));
    poll_while_visible(EVERY, move || {
        let Some(ids) = rows.try_with_untracked(|r| links.with_untracked(|l| awaited(r, l))) else {
            return;
        };
        if ids.is_empty() || busy.replace(true) {
            return;
        }
        let (api, busy) = (api.clone(), busy.clone());
        spawn_local(async move {
            for id in ids.into_iter().take(AT_MOST) {
                if let Ok(k) = get_api_key(&api, &id).await {
                    if k.last_used_at.is_some() {
                        on_used.try_run(k);
                    }
                }
            }
            busy.set(false);
        });
    });
}

/// The rotation result's line on whether the new key (`id`) is in use yet, read again every
/// few seconds while shown.
#[component]
pub fn ReplacementUse(id: String) -> impl IntoView {
    let api = crate::session::use_api();
    let used = RwSignal::new(None::<Option<i64>>);
    let read = move || {
        if matches!(used.try_get_untracked(), Some(Some(Some(_))) | None) {
            return;
        }
        let (api, id) = (api.clone(), id.clone());
        spawn_local(async move {
            if let Ok(k) = get_api_key(&api, &id).await {
                let at = k
                    .last_used_at
                    .as_deref()
                    .and_then(crate::format::parse_rfc3339);
                used.try_set(Some(at));
            }
        });
    };
    read();
    poll_while_visible(EVERY, read);
    move || {
        let text = match used.get() {
            None => "Checking whether the new key has been used\u{2026}".to_string(),
            Some(None) => "The new key has not been used yet: clients still on the old key would get 401 once it is deactivated.".to_string(),
            Some(Some(at)) => format!(
                "The new key was used {}: your clients have switched to it.",
                crate::format::relative(at, crate::format::now_ms())
            ),
        };
        view! {
            <p class="gw-alert gw-alert--info" role="status">
                {text}
            </p>
        }
    }
}
