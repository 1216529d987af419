//! My access: loads the connections and the caller's active credentials, keeps the search in
//! the URL and pending reviews in the tab's storage, and runs requests, disconnects and
//! revokes, one at a time per connection.

use super::{
    clock::{clock, AccessQuery},
    credentials::Shown,
    dialogs::{self, Dialogs},
    end::End,
    lock::Lock,
    model::{matches, rows, status_of, Status},
    pending::PendingPanel,
    store::{self, Pending},
    table::{AccessTable, Act},
};
use crate::{
    api::{
        connection_credentials::{list_active, ActiveCredential},
        connections::list_connections,
    },
    components::{
        empty_state::EmptyState, error_panel::ErrorPanel, form_field::SearchField,
        page_header::PageHeader, skeleton::LoadingSkeleton, toast::Toasts,
    },
    format::now_ms,
    pages::{
        load::Load,
        part,
        url_query::{live_search, url_query},
    },
    routes,
    session::{use_api, use_session},
};
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn MyAccessPage() -> impl IntoView {
    let session = use_session();
    if session.is_auditor() {
        let role = session.with_user(|u| u.map(|u| u.role.label()).unwrap_or_default());
        return view! {
            <section class="gw-page">
                <PageHeader title="My access" />
                <p class="gw-alert gw-alert--info">
                    {format!(
                        "You are signed in with the {role} role. Auditors cannot hold credentials for connections: the gateway refuses them every request on this page. Auditors read what others did, in the session and audit history.",
                    )}
                </p>
            </section>
        }
        .into_any();
    }
    view! { <AccessScreen /> }.into_any()
}

#[component]
fn AccessScreen() -> impl IntoView {
    let api = use_api();
    let toasts = expect_context::<Toasts>();
    let lock = Lock::new();
    let now = clock();
    let (url, set_query) = url_query::<AccessQuery>(routes::MY_ACCESS);
    let search = live_search(url, set_query);
    let query = search.query;
    let conns = Load::new({
        let api = api.clone();
        move || {
            let api = api.clone();
            async move { list_connections(&api).await }
        }
    });
    let held = Load::new({
        let api = api.clone();
        move || {
            let api = api.clone();
            async move { list_active(&api).await }
        }
    });
    // The dialogs' chunk, once the list is on screen: usually here before the first click.
    Effect::new(move |_| {
        if conns.with(|c| c.is_some()) {
            part::prefetch::<Dialogs>();
        }
    });
    let pending = RwSignal::new(store::load());
    Effect::new(move |_| pending.with(|p| store::save(p)));
    // Requests a check found rejected, expired or gone: no longer pending in the list.
    let ended = RwSignal::new(BTreeSet::<String>::new());
    let held_list = move || held.get().and_then(Result::ok).unwrap_or_default();
    // Only the set of lapsed credentials, so the list is rebuilt when one lapses, not every tick.
    let lapsed = Memo::new(move |_| {
        let t = now.get();
        held.with(|r| match r {
            Some(Ok(list)) => list
                .iter()
                .filter(|h| status_of(Some(h), false, t) == Status::Expired)
                .map(|h| h.connection_name.clone())
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    });
    let all_rows = Memo::new(move |_| {
        // Read, not only tracked: a memo that is merely tracked is not brought up to date here.
        lapsed.with(|_| ());
        let waiting: Vec<String> = pending.with(|p| {
            ended.with(|e| {
                p.iter()
                    .filter(|x| !e.contains(&x.connection))
                    .map(|x| x.connection.clone())
                    .collect()
            })
        });
        match conns.get() {
            Some(Ok(list)) => rows(&list, &held_list(), &waiting, now_ms()),
            _ => Vec::new(),
        }
    });
    let shown_rows = Signal::derive(move || {
        let q = query.with(|q| q.search.clone());
        all_rows.with(|all| {
            all.iter()
                .filter(|r| matches(r, &q))
                .cloned()
                .collect::<Vec<_>>()
        })
    });

    let requesting = RwSignal::new(None::<String>);
    let shown = Shown::new();
    let forget = move |name: &str| {
        pending.update(|p| p.retain(|x| x.connection != name));
        ended.update(|e| {
            e.remove(name);
        });
    };
    let on_issued = Callback::new(
        move |c: Box<crate::api::connection_credentials::ConnectionCredentials>| {
            requesting.set(None);
            held.refetch();
            shown.show(c.connection_name.clone(), c);
        },
    );
    let on_pending = Callback::new(move |p: Pending| {
        requesting.set(None);
        toasts.info(format!("Request for {} sent for review.", p.connection));
        ended.update(|e| {
            e.remove(&p.connection);
        });
        pending.update(|list| *list = store::with(std::mem::take(list), p));
    });
    let on_approved = Callback::new(
        move |(name, c): (
            String,
            Box<crate::api::connection_credentials::ConnectionCredentials>,
        )| {
            forget(&name);
            held.refetch();
            toasts.success(format!("Access to {name} approved."));
            shown.show(name, c);
        },
    );
    let request_again = Callback::new(move |name: String| {
        forget(&name);
        requesting.set(Some(name));
    });

    let ending = RwSignal::new(None::<(ActiveCredential, End)>);
    let ended_one = Callback::new(move |name: String| {
        ending.try_set(None);
        if shown.open.try_get_untracked().flatten().as_deref() == Some(name.as_str()) {
            shown.close();
        }
        held.refetch();
    });
    let on_act = Callback::new(move |a: Act| match a {
        Act::Request(name) => requesting.set(Some(name)),
        Act::Show(name) => shown.open.set(Some(name)),
        Act::Disconnect(h) => ending.set(Some((h, End::Disconnect))),
        Act::Revoke(h) => ending.set(Some((h, End::Revoke))),
    });

    let list = move || {
        conns.get().map(|r| match r {
            Err(e) => view! {
                <ErrorPanel
                    title="Your connections could not be loaded"
                    message=e.human()
                    on_retry=Callback::new(move |_| conns.refetch())
                />
            }
            .into_any(),
            Ok(all) if all.is_empty() => view! {
                <EmptyState
                    title="No connections you can reach"
                    body="Connections appear here once an administrator gives one of your groups access to them."
                >
                    <a href=routes::OVERVIEW class="gw-btn">
                        "Back to the overview"
                    </a>
                </EmptyState>
            }
            .into_any(),
            Ok(_) => view! {
                {move || {
                    held.get()
                        .and_then(Result::err)
                        .map(|e| {
                            view! {
                                <ErrorPanel
                                    title="Your active credentials could not be loaded"
                                    message=e.human()
                                    on_retry=Callback::new(move |_| held.refetch())
                                />
                            }
                        })
                }}
                <div class="gw-filters" role="search" aria-label="Search connections">
                    <SearchField
                        value=search.text
                        placeholder="Name, type or subtype"
                        on_input=search.on_input
                    />
                </div>
                <p class="gw-pager__summary" role="status" aria-live="polite">
                    {move || {
                        let (n, total) = (shown_rows.with(Vec::len), all_rows.with(Vec::len));
                        if n == total {
                            format!("{total} connections")
                        } else {
                            format!("{n} of {total} connections match")
                        }
                    }}
                </p>
                <Show
                    when=move || shown_rows.with(|r| !r.is_empty())
                    fallback=move || {
                        view! {
                            <div class="gw-empty">
                                <h2 class="gw-empty__title">"No connections match"</h2>
                                <button
                                    type="button"
                                    class="gw-btn"
                                    on:click=move |_| search.show(AccessQuery::default())
                                >
                                    "Clear search"
                                </button>
                            </div>
                        }
                    }
                >
                    <AccessTable rows=shown_rows lock=lock now=now on_act=on_act />
                </Show>
            }
            .into_any(),
        })
    };
    view! {
        <section class="gw-page">
            <PageHeader
                title="My access"
                subtitle="Credentials of your own for databases, servers and tools, for as long as you need them."
            />
            <Show when=move || pending.with(|p| !p.is_empty())>
                <section class="gw-pending-list" aria-labelledby="pending-heading">
                    <h2 id="pending-heading">"Waiting for approval"</h2>
                    <For
                        each=move || pending.get()
                        key=|p| p.session_id.clone()
                        children=move |p| {
                            view! {
                                <PendingPanel
                                    pending=p
                                    lock=lock
                                    now=now
                                    on_issued=on_approved
                                    on_ended=Callback::new(move |name: String| {
                                        ended
                                            .update(|e| {
                                                e.insert(name);
                                            })
                                    })
                                    on_request_again=request_again
                                    on_dismiss=Callback::new(move |name: String| forget(&name))
                                />
                            }
                        }
                    />
                </section>
            </Show>
            <Transition fallback=|| {
                view! { <LoadingSkeleton label="Loading your connections" rows=5 /> }
            }>{list}</Transition>
            {dialogs::request_while(requesting, lock, on_issued, on_pending)}
            {dialogs::end_while(ending, lock, ended_one)}
            {dialogs::credentials_while(shown, now.into())}
        </section>
    }
}
