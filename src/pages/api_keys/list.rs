//! The API key list: loads keys, keeps search/filters/sort/page in the URL, marks the key this
//! console is signed in with, links rotated keys to their replacements, and runs the row and
//! bulk actions, updating rows in place.

use super::{
    bulk::{BulkBar, KeyOp, Outcome, Target},
    cutover::{CutOver, Links},
    dialogs::{self, Dialogs},
    export::api_keys_csv,
    filters::KeyFilters,
    query::{filtered, haystacks, page_count, sorted, KeyQuery, Row, PAGE_SIZE},
    selection::Selection,
    table::{KeyTable, RowAction, ShownRow},
    watch::watch_replacements,
};
use crate::{
    api::api_keys::{list_api_keys, ApiKey, KeyStatus},
    components::{
        empty_state::EmptyState,
        error_panel::ErrorPanel,
        export_button::ExportCsv,
        page_header::PageHeader,
        pager::{Pager, PagerText},
        skeleton::LoadingSkeleton,
    },
    format::{now_ms, rfc3339_utc},
    pages::{
        frame::AdminPage,
        load::Load,
        part,
        url_query::{live_search, url_query},
    },
    router::use_navigate,
    routes,
    session::{use_api, use_session, SignedOutReason},
};
use leptos::prelude::*;

const PAGER: PagerText = PagerText {
    label: "Pages of API keys",
    one: "key",
    many: "keys",
    none: "No keys match",
    previous: "Previous page",
    next: "Next page",
};

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

#[component]
fn ApiKeysList() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let navigate = use_navigate();
    let (url_query, set_query) = url_query::<KeyQuery>(routes::API_KEYS);
    let search = live_search(url_query, set_query);
    let query = search.query;
    let load_api = api.clone();
    let keys = Load::new(move || {
        let api = load_api.clone();
        async move { list_api_keys(&api).await }
    });
    crate::format::prepare_local_times();
    // The rows as shown; actions update them in place instead of reloading everything. `now`
    // is when they were read: usage is judged against it, so it does not shift under the user.
    let rows = RwSignal::new(Vec::<Row>::new());
    let now = RwSignal::new(now_ms());
    let set_rows = move |list: Vec<ApiKey>| {
        now.set(now_ms());
        rows.set(list.into_iter().map(Row::new).collect());
    };
    Effect::new(move |_| {
        if let Some(Ok(list)) = keys.get() {
            set_rows(list);
            // The dialogs, once the list is on screen: usually here before the first click.
            part::prefetch::<Dialogs>();
        }
    });
    let own_id = Memo::new(move |_| session.own_key_id());
    let links = Memo::new(move |_| rows.with(|r| Links::of(r)));
    // Positions into `rows`, so a keystroke over 10 000 keys copies nothing but indexes. Sorted
    // only when the rows or the order change, not on every keystroke or filter.
    let sort = Memo::new(move |_| query.with(|q| (q.sort, q.descending)));
    let order = Memo::new(move |_| {
        let (by, descending) = sort.get();
        rows.with(|all| sorted(all, by, descending))
    });
    let hay = Memo::new(move |_| rows.with(|all| haystacks(all)));
    let matching = Memo::new(move |_| {
        let q = query.get();
        rows.with(|all| hay.with(|h| order.with(|o| filtered(all, h, o, &q, now.get()))))
    });
    let total = Signal::derive(move || matching.with(Vec::len));
    let page = Signal::derive(move || query.with(|q| q.page).min(page_count(total.get())));
    // A memo: every row's position reads it, and a change that leaves the page alone (a key
    // off this page updated) reaches no row.
    let page_rows = Memo::new(move |_| {
        let start = (page.get() - 1) * PAGE_SIZE;
        let own = own_id.get();
        matching.with(|m| {
            rows.with(|all| {
                links.with(|l| {
                    m.iter()
                        .enumerate()
                        .skip(start)
                        .take(PAGE_SIZE)
                        .map(|(pos, &i)| ShownRow {
                            pos,
                            row: all[i].clone(),
                            own: own.as_deref() == Some(all[i].key.id.as_str()),
                            cutover: CutOver::for_row(all, l, i),
                        })
                        .collect::<Vec<_>>()
                })
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
    watch_replacements(api.clone(), rows, links, Callback::new(replace_row));

    let selection = Selection::new(rows, matching, own_id);
    let bulk = RwSignal::new(None::<(KeyOp, Vec<Target>)>);
    let me = session
        .with_user(|u| u.map(|u| u.email.clone()))
        .unwrap_or_default();
    let bulk_changed = Callback::new(move |(t, key): (Target, Option<ApiKey>)| match key {
        Some(k) => replace_row(k),
        None => rows.update(|all| {
            if let Some(r) = all.iter_mut().find(|r| r.key.id == t.id) {
                r.key.status = KeyStatus::Revoked;
                r.key.deactivated_by = Some(me.clone());
                r.key.deactivated_at = Some(rfc3339_utc(now_ms()));
            }
        }),
    });
    let list_api = api.clone();
    let bulk_finished = Callback::new(move |results: Vec<(Target, Option<Outcome>)>| {
        let own_gone = results.iter().any(|(t, o)| {
            t.own
                && o == &Some(Outcome::Done)
                && bulk.with_untracked(|b| matches!(b, Some((KeyOp::Deactivate, _))))
        });
        if own_gone {
            session.end(SignedOutReason::OwnKeyDeactivated);
            return;
        }
        selection.settle(&results);
        // One read for who deactivated what and when, instead of one per key.
        let api = list_api.clone();
        leptos::task::spawn_local(async move {
            if let Ok(list) = list_api_keys(&api).await {
                set_rows(list);
            }
        });
    });

    let row_op = RwSignal::new(None::<(KeyOp, ApiKey)>);
    let on_action = Callback::new(move |action: RowAction| match action {
        RowAction::Configure(k) => navigate(&routes::api_key_configure(&k.id), Default::default()),
        RowAction::Rotate(k) => navigate(&routes::api_key_rotate(&k.id), Default::default()),
        RowAction::Deactivate(k) => row_op.set(Some((KeyOp::Deactivate, k))),
        RowAction::Activate(k) => row_op.set(Some((KeyOp::Activate, k))),
    });
    let export = Callback::new(move |()| {
        matching.with_untracked(|m| {
            rows.with_untracked(|all| api_keys_csv(m.iter().map(|&i| &all[i].key)))
        })
    });
    let clear_filters = move |_| {
        search.show(KeyQuery {
            sort: query.get_untracked().sort,
            descending: query.get_untracked().descending,
            stale_days: query.get_untracked().stale_days,
            ..Default::default()
        });
    };
    // A memo: every row slot reads it, and a keystroke leaves it alone.
    let stale_days = Memo::new(move |_| query.with(|q| q.stale_days));
    let list = move || {
        view! {
            <KeyFilters
                search=search.text
                on_search=search.on_input
                query=query
                on_change=set_query
            />
            <div class="gw-list-bar">
                <BulkBar
                    matching=selection.reachable_count()
                    all_selected=selection.all_selected()
                    selected=selection.counts()
                    own_left_out=selection.own_left_out()
                    on_select_all=Callback::new(move |on| selection.select_all(on))
                    on_bulk=Callback::new(move |op| bulk.set(Some((op, selection.targets(op)))))
                    on_clear=Callback::new(move |()| selection.clear())
                />
                <ExportCsv what="API keys" file_stem="hoop-api-keys" count=total csv=export />
            </div>
            <Show
                when=move || { total.get() > 0 }
                fallback=move || {
                    view! {
                        <div class="gw-empty">
                            <h2 class="gw-empty__title">"No API keys match"</h2>
                            <p>"Nothing matches the search and filters."</p>
                            <button type="button" class="gw-btn" on:click=clear_filters>
                                "Clear filters"
                            </button>
                        </div>
                    }
                }
            >
                <KeyTable
                    rows=page_rows
                    total=total
                    now=now
                    stale_days=stale_days
                    selected=selection.ids
                    on_action=on_action
                />
            </Show>
            <Pager
                text=PAGER
                total=total
                page=page
                page_size=PAGE_SIZE
                on_page=Callback::new(move |p| {
                    set_query
                        .run(KeyQuery {
                            page: p,
                            ..query.get_untracked()
                        })
                })
            />
        }
    };
    view! {
        <section class="gw-page">
            <PageHeader
                title="API keys"
                subtitle="Keys let scripts, CI jobs and agents call the gateway as a non-human identity with the permissions of their groups."
            >
                <a href=routes::API_KEY_NEW class="gw-btn gw-btn--primary">
                    "Create API key"
                </a>
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
                            Ok(list) if list.is_empty() => no_keys().into_any(),
                            Ok(_) => list().into_any(),
                        })
                }}
            </Transition>
            {dialogs::row_op_while(row_op, own_id, Callback::new(replace_row))}
            {dialogs::bulk_while(bulk, bulk_changed, bulk_finished)}
        </section>
    }
}

fn no_keys() -> impl IntoView {
    view! {
        <EmptyState
            title="No API keys yet"
            body="An API key authenticates a script, CI job or agent to the gateway with a bearer token. It gets exactly the permissions of the groups you give it, and you can deactivate it at any time."
        >
            <a href=routes::API_KEY_NEW class="gw-btn gw-btn--primary">
                "Create API key"
            </a>
            <a class="gw-btn" href=DOCS rel="noopener noreferrer" target="_blank">
                "Read about API keys (opens in a new tab)"
            </a>
        </EmptyState>
    }
}
