//! The API key list: loads keys, keeps search/filter/sort/page in the URL, and runs the row
//! actions (deactivate and activate with confirmation, updating the row in place).

use super::{
    query::{apply, page_count, KeyQuery, Row, PAGE_SIZE},
    table::{KeyFilters, KeyTable, Pager, RowAction},
};
use crate::{
    api::{
        api_keys::{
            get_api_key, list_api_keys, reactivate_api_key, revoke_api_key, ApiKey, KeyStatus,
        },
        ApiError,
    },
    components::{
        confirm_dialog::ConfirmDialog, empty_state::EmptyState, error_panel::ErrorPanel,
        page_header::PageHeader, skeleton::LoadingSkeleton, toast::Toasts,
    },
    pages::{frame::AdminPage, url_query::url_query},
    routes,
    session::use_api,
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_navigate};

/// The gateway's own documentation on API keys.
pub const DOCS: &str = "https://hoop.dev/docs";

#[component]
pub fn ApiKeysPage() -> impl IntoView {
    view! {
        <AdminPage what="manage API keys">
            <ApiKeysList />
        </AdminPage>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Deactivate,
    Activate,
}

#[component]
fn ApiKeysList() -> impl IntoView {
    let api = use_api();
    let toasts = expect_context::<Toasts>();
    let navigate = use_navigate();
    let (url_query, set_query) = url_query::<KeyQuery>(routes::API_KEYS);
    // The search box filters at once; the URL follows asynchronously. Back/Forward (popstate)
    // bring the URL's search back into the box.
    let search = RwSignal::new(url_query.get_untracked().search);
    let from_history = StoredValue::new(false);
    let popstate =
        window_event_listener(leptos::ev::popstate, move |_| from_history.set_value(true));
    on_cleanup(move || popstate.remove());
    Effect::new(move |_| {
        let s = url_query.with(|q| q.search.clone());
        if from_history.get_value() {
            from_history.set_value(false);
            search.set(s);
        }
    });
    let query = Memo::new(move |_| {
        let mut q = url_query.get();
        let s = search.get();
        if s != q.search {
            q.search = s;
            q.page = 1;
        }
        q
    });
    let load_api = api.clone();
    let keys = LocalResource::new(move || {
        let api = load_api.clone();
        async move { list_api_keys(&api).await }
    });
    // The rows as shown; row actions update them in place instead of reloading everything.
    let rows = RwSignal::new(Vec::<Row>::new());
    Effect::new(move |_| {
        if let Some(Ok(list)) = keys.get() {
            rows.set(list.into_iter().map(Row::new).collect());
        }
    });
    // Positions into `rows`, so a keystroke over 10 000 keys copies nothing but indexes.
    let matching = Memo::new(move |_| {
        let q = query.get();
        rows.with(|all| apply(all, &q))
    });
    let total = Signal::derive(move || matching.with(Vec::len));
    let page = Signal::derive(move || query.get().page.min(page_count(total.get())));
    let page_rows = Signal::derive(move || {
        let start = (page.get() - 1) * PAGE_SIZE;
        matching.with(|m| {
            rows.with(|all| {
                m.iter()
                    .enumerate()
                    .skip(start)
                    .take(PAGE_SIZE)
                    .map(|(pos, i)| (pos, all[*i].clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let replace_row = move |key: ApiKey| {
        rows.update(|all| {
            if let Some(r) = all.iter_mut().find(|r| r.key.id == key.id) {
                *r = Row::new(key);
            }
        })
    };

    let pending = RwSignal::new(None::<(Op, ApiKey)>);
    let op_error = RwSignal::new(None::<String>);
    let run_op = Action::new_local(move |(op, key): &(Op, ApiKey)| {
        let (api, op, key) = (api.clone(), *op, key.clone());
        async move {
            // The change first, then (for a deactivation, whose answer is empty) the key as
            // stored: a failed read after a done change must not be mistaken for a failed change.
            let changed = match op {
                Op::Deactivate => revoke_api_key(&api, &key.id).await.map(|()| None),
                Op::Activate => reactivate_api_key(&api, &key.id).await.map(Some),
            };
            match changed {
                Ok(updated) => {
                    let fresh = match updated {
                        Some(k) => Ok(k),
                        None => get_api_key(&api, &key.id).await,
                    };
                    pending.set(None);
                    let name = key.name.clone();
                    let done = match op {
                        Op::Deactivate => format!("API key \u{201c}{name}\u{201d} deactivated. Requests with it now get 401."),
                        Op::Activate => format!("API key \u{201c}{name}\u{201d} activated. Its secret works again."),
                    };
                    match fresh {
                        Ok(fresh) => {
                            replace_row(fresh);
                            toasts.success(done);
                        }
                        Err(_) => {
                            let mut shown = key.clone();
                            shown.status = KeyStatus::Revoked;
                            replace_row(shown);
                            toasts.info(format!("{done} The list could not be refreshed; reload the page to see who deactivated it and when."));
                        }
                    }
                }
                // Already active (or already deactivated): show the key as it really is.
                Err(e)
                    if matches!(e, ApiError::Invalid { status: 422, .. })
                        || (op == Op::Deactivate && matches!(e, ApiError::NotFound(_))) =>
                {
                    if let Ok(fresh) = get_api_key(&api, &key.id).await {
                        replace_row(fresh);
                    }
                    pending.set(None);
                    toasts.info(format!("\u{201c}{}\u{201d} had already been changed by someone else; the row now shows its current state.", key.name));
                }
                Err(e) => op_error.set(Some(e.human())),
            }
        }
    });
    let on_action = Callback::new(move |action: RowAction| match action {
        RowAction::Configure(k) => navigate(&routes::api_key_configure(&k.id), Default::default()),
        RowAction::Rotate(k) => navigate(&routes::api_key_rotate(&k.id), Default::default()),
        RowAction::Deactivate(k) => {
            op_error.set(None);
            pending.set(Some((Op::Deactivate, k)))
        }
        RowAction::Activate(k) => {
            op_error.set(None);
            pending.set(Some((Op::Activate, k)))
        }
    });

    let clear_filters = move |_| {
        search.set(String::new());
        set_query.run(KeyQuery {
            sort: query.get_untracked().sort,
            descending: query.get_untracked().descending,
            ..Default::default()
        });
    };
    view! {
        <section class="gw-page">
            <PageHeader
                title="API keys"
                subtitle="Keys let scripts, CI jobs and agents call the gateway as a non-human identity with the permissions of their groups."
            >
                <A href=routes::API_KEY_NEW attr:class="gw-btn gw-btn--primary">
                    "Create API key"
                </A>
            </PageHeader>
            <Transition fallback=|| {
                view! { <LoadingSkeleton label="Loading API keys" rows=6 /> }
            }>
                {move || {
                    keys.get()
                        .map(|r| match r {
                            Err(e) => {
                                view! {
                                    <ErrorPanel
                                        title="API keys could not be loaded"
                                        message=e.human()
                                        on_retry=Callback::new(move |_| keys.refetch())
                                    />
                                }
                                    .into_any()
                            }
                            Ok(list) if list.is_empty() => {
                                view! {
                                    <EmptyState
                                        title="No API keys yet"
                                        body="An API key authenticates a script, CI job or agent to the gateway with a bearer token. It gets exactly the permissions of the groups you give it, and you can deactivate it at any time."
                                    >
                                        <A
                                            href=routes::API_KEY_NEW
                                            attr:class="gw-btn gw-btn--primary"
                                        >
                                            "Create API key"
                                        </A>
                                        <a
                                            class="gw-btn"
                                            href=DOCS
                                            rel="noopener noreferrer"
                                            target="_blank"
                                        >
                                            "Read about API keys (opens in a new tab)"
                                        </a>
                                    </EmptyState>
                                }
                                    .into_any()
                            }
                            Ok(_) => {
                                view! {
                                    <KeyFilters search=search query=query on_change=set_query />
                                    <Show
                                        when=move || { total.get() > 0 }
                                        fallback=move || {
                                            view! {
                                                <div class="gw-empty">
                                                    <h2 class="gw-empty__title">"No API keys match"</h2>
                                                    <p>"Nothing matches the search and status filter."</p>
                                                    <button type="button" class="gw-btn" on:click=clear_filters>
                                                        "Clear filters"
                                                    </button>
                                                </div>
                                            }
                                        }
                                    >
                                        <KeyTable rows=page_rows total=total on_action=on_action />
                                    </Show>
                                    <Pager
                                        total=total
                                        page=page
                                        on_page=Callback::new(move |p| {
                                            set_query
                                                .run(KeyQuery {
                                                    page: p,
                                                    ..query.get_untracked()
                                                })
                                        })
                                    />
                                }
                                    .into_any()
                            }
                        })
                }}
            </Transition>
            {move || {
                pending
                    .get()
                    .map(|(op, key)| {
                        let (title, label, busy_label, body) = match op {
                            Op::Deactivate => {
                                (
                                    format!("Deactivate \u{201c}{}\u{201d}?", key.name),
                                    "Deactivate",
                                    "Deactivating\u{2026}",
                                    "Every request with this key gets 401 at once. The key stays in the list, and you can activate it again later with the same secret.",
                                )
                            }
                            Op::Activate => {
                                (
                                    format!("Activate \u{201c}{}\u{201d}?", key.name),
                                    "Activate",
                                    "Activating\u{2026}",
                                    "The same secret works again immediately, with the key's current groups.",
                                )
                            }
                        };
                        let confirm_key = key.clone();
                        view! {
                            <ConfirmDialog
                                title=title
                                confirm_label=label
                                busy_label=busy_label
                                busy=run_op.pending()
                                danger=op == Op::Deactivate
                                error=op_error
                                on_confirm=Callback::new(move |_| {
                                    run_op.dispatch((op, confirm_key.clone()));
                                })
                                on_cancel=Callback::new(move |_| pending.set(None))
                            >
                                <p>{body}</p>
                            </ConfirmDialog>
                        }
                    })
            }}
        </section>
    }
}
