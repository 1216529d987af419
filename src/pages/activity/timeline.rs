//! A timeline of audited writes (one key's, one identity's, or what one key did), newest
//! first, loaded page by page from the sources `feed.rs` merges.

use super::{
    describe::describe_all,
    feed::{Feed, Source},
    row::{from_ip, learn_keys, Actor, KeyNames, What, When},
};
use crate::{
    api::audit::list_audit_logs,
    components::{error_panel::ErrorPanel, skeleton::LoadingSkeleton},
    pages::mutation::Mutation,
    session::{use_api, use_session},
};
use leptos::prelude::*;
use std::collections::HashMap;

#[component]
pub fn ActivityTimeline(
    /// The section's heading ("Activity").
    title: &'static str,
    /// A one-line explanation under the heading.
    intro: &'static str,
    /// Element id of the heading, unique on the page.
    id: &'static str,
    /// Where the entries come from.
    sources: Vec<Source>,
    /// Whether every entry is about the same resource, so updates are compared in turn.
    one_resource: bool,
    /// What to say when nothing matched.
    empty: &'static str,
) -> impl IntoView {
    let api = use_api();
    let admin = use_session().is_admin();
    let feed = RwSignal::new(Feed::new(sources));
    let error = RwSignal::new(None::<String>);
    let names: KeyNames = RwSignal::new(HashMap::new());
    // Loads until at least one more entry can be shown, or nothing older exists.
    let load = Mutation::new(move |_: &()| {
        let api = api.clone();
        async move {
            error.set(None);
            let before = feed.with_untracked(|f| f.entries().len());
            while let Some((i, query)) = feed.with_untracked(Feed::next) {
                match list_audit_logs(&api, &query).await {
                    Ok(page) => {
                        if admin {
                            learn_keys(&api, names, &page.data).await;
                        }
                        feed.update(|f| f.add(i, page));
                    }
                    Err(e) => {
                        error.set(Some(e.human()));
                        break;
                    }
                }
                let (shown, more) = feed.with_untracked(|f| (f.entries().len(), f.has_older()));
                if shown > before || !more {
                    break;
                }
            }
        }
    });
    load.dispatch(());
    let rows = Memo::new(move |_| {
        let entries = feed.with(Feed::entries);
        let described = describe_all(&entries, one_resource);
        entries.into_iter().zip(described).collect::<Vec<_>>()
    });
    let busy = load.pending();
    let started = Signal::derive(move || busy.get() && rows.with(Vec::is_empty));
    view! {
        <section
            class="gw-card gw-activity"
            aria-labelledby=id
            aria-busy=move || busy.get().to_string()
        >
            <h2 id=id>{title}</h2>
            <p class="gw-muted">{intro}</p>
            <Show when=move || started.get()>
                <LoadingSkeleton label="Loading activity" rows=3 />
            </Show>
            <Show when=move || !busy.get() && error.get().is_none() && rows.with(Vec::is_empty)>
                <p>{empty}</p>
            </Show>
            <ol class="gw-timeline">
                <For
                    each=move || rows.get()
                    key=|(e, d)| (e.id.clone(), d.clone())
                    children=move |(entry, described)| {
                        let failed = described.failed;
                        view! {
                            <li class="gw-event" class:gw-event--failed=failed>
                                <p class="gw-event__line">
                                    <What described=described />
                                </p>
                                <p class="gw-event__meta">
                                    <Actor entry=entry.clone() names=names />
                                    " \u{b7} "
                                    <When created_at=entry.created_at.clone() />
                                    {format!(" \u{b7} from {}", from_ip(&entry.client_ip))}
                                </p>
                            </li>
                        }
                    }
                />
            </ol>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <ErrorPanel
                                title="Activity could not be loaded"
                                message=message
                                on_retry=Callback::new(move |_| {
                                    load.dispatch(());
                                })
                            />
                        }
                    })
            }}
            <Show when=move || {
                error.get().is_none() && !started.get() && feed.with(Feed::has_older)
            }>
                <button
                    type="button"
                    class="gw-btn"
                    disabled=move || busy.get()
                    on:click=move |_| {
                        if !busy.get_untracked() {
                            load.dispatch(());
                        }
                    }
                >
                    {move || if busy.get() { "Loading older\u{2026}" } else { "Show older" }}
                </button>
            </Show>
        </section>
    }
}
