//! The machine identity list: loads identities, keeps search, filters and sort in the URL, and
//! (for admins) edits or deletes from a row's menu. Everyone who may read sees it.

use super::{
    delete::DeleteIdentityDialog,
    export::identities_csv,
    query::{facets, filtered, haystacks, sorted, MiQuery, Row, PAGE_SIZE},
    table::{IdentityFilters, IdentityTable, RowAction},
};
use crate::{
    api::machine_identities::list_machine_identities,
    components::{
        empty_state::EmptyState,
        error_panel::ErrorPanel,
        export_button::ExportCsv,
        page_header::PageHeader,
        pager::{page_count, Pager, PagerText},
        skeleton::LoadingSkeleton,
    },
    pages::{
        load::Load,
        url_query::{live_search, url_query},
    },
    router::use_navigate,
    routes,
    session::{use_api, use_session},
};
use leptos::prelude::*;

const WHAT: &str = "A machine identity is a service, job or agent that connects to databases, servers and internal tools through the gateway with credentials of its own: one per connection, never tied to a person, and rotatable at any time.";

const PAGER: PagerText = PagerText {
    label: "Pages of machine identities",
    one: "machine identity",
    many: "machine identities",
    // The list bar above says how many match, and an empty result says so in the table's place.
    none: "",
    previous: "Previous page",
    next: "Next page",
};

/// The gateway's documentation.
pub const DOCS: &str = "https://hoop.dev/docs";

#[component]
pub fn MachineIdentitiesPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let admin = session.is_admin();
    let navigate = use_navigate();
    let (url, set_query) = url_query::<MiQuery>(routes::MACHINE_IDENTITIES);
    let search = live_search(url, set_query);
    let query = search.query;
    let list = Load::new(move || {
        let api = api.clone();
        async move { list_machine_identities(&api).await }
    });
    crate::format::prepare_local_times();
    let rows = Memo::new(move |_| match list.get() {
        Some(Ok(all)) => all.into_iter().map(Row::new).collect(),
        _ => Vec::new(),
    });
    // Positions into `rows`, so counting and exporting the matches copy no identity. Sorted
    // only when the rows or the order change, not on every keystroke.
    let sort = Memo::new(move |_| query.with(|q| (q.sort, q.descending)));
    let order = Memo::new(move |_| {
        let (by, descending) = sort.get();
        rows.with(|all| sorted(all, by, descending))
    });
    let hay = Memo::new(move |_| rows.with(|all| haystacks(all)));
    let matching = Memo::new(move |_| {
        let q = query.get();
        rows.with(|all| hay.with(|h| order.with(|o| filtered(all, h, o, &q))))
    });
    let count = Signal::derive(move || matching.with(Vec::len));
    let page = Signal::derive(move || {
        query
            .with(|q| q.page)
            .min(page_count(count.get(), PAGE_SIZE))
    });
    // One page, so the first row paints as soon as the list arrives, whatever the fleet's size.
    let shown = Memo::new(move |_| {
        let start = (page.get() - 1) * PAGE_SIZE;
        matching.with(|m| {
            rows.with(|all| {
                m.iter()
                    .enumerate()
                    .skip(start)
                    .take(PAGE_SIZE)
                    .map(|(pos, &i)| (pos, all[i].clone()))
                    .collect::<Vec<_>>()
            })
        })
    });
    let export = Callback::new(move |()| {
        matching.with_untracked(|m| {
            rows.with_untracked(|all| identities_csv(m.iter().map(|&i| &all[i].mi)))
        })
    });
    let used = Signal::derive(move || rows.with(|r| facets(r)));
    let deleting = RwSignal::new(None::<String>);
    let on_action = Callback::new(move |a: RowAction| match a {
        RowAction::Edit(name) => {
            navigate(&routes::machine_identity_edit(&name), Default::default())
        }
        RowAction::Delete(name) => deleting.set(Some(name)),
    });
    let clear = move |_| {
        let q = query.get_untracked();
        search.show(MiQuery {
            sort: q.sort,
            descending: q.descending,
            ..Default::default()
        })
    };
    let create = move || {
        admin.then(|| {
            view! {
                <a href=routes::MACHINE_IDENTITY_NEW class="gw-btn gw-btn--primary">
                    "Create machine identity"
                </a>
            }
        })
    };
    view! {
        <section class="gw-page">
            <PageHeader
                title="Machine identities"
                subtitle="Services and jobs that connect through the gateway with credentials of their own."
            >
                {create()}
            </PageHeader>
            {(!admin)
                .then(|| {
                    view! {
                        <p class="gw-alert gw-alert--info">
                            "You can see machine identities and what they reach. Only administrators can create, change or delete them, or see and rotate their credentials."
                        </p>
                    }
                })}
            <Transition fallback=|| {
                view! { <LoadingSkeleton label="Loading machine identities" rows=5 /> }
            }>
                {move || {
                    list.get()
                        .map(|r| match r {
                            Err(e) => {
                                view! {
                                    <ErrorPanel
                                        title="Machine identities could not be loaded"
                                        message=e.human()
                                        on_retry=Callback::new(move |_| list.refetch())
                                    />
                                }
                                    .into_any()
                            }
                            Ok(all) if all.is_empty() => {
                                view! {
                                    <EmptyState title="No machine identities yet" body=WHAT>
                                        {create()}
                                        <a
                                            class="gw-btn"
                                            href=DOCS
                                            rel="noopener noreferrer"
                                            target="_blank"
                                        >
                                            "Read the gateway documentation (opens in a new tab)"
                                        </a>
                                    </EmptyState>
                                }
                                    .into_any()
                            }
                            Ok(_) => {
                                view! {
                                    <IdentityFilters
                                        search=search.text
                                        on_search=search.on_input
                                        query=query
                                        facets=used
                                        on_change=set_query
                                    />
                                    <div class="gw-list-bar">
                                        <p
                                            class="gw-pager__summary"
                                            role="status"
                                            aria-live="polite"
                                        >
                                            {move || {
                                                let (n, total) = (count.get(), rows.with(Vec::len));
                                                let noun = if total == 1 {
                                                    "machine identity"
                                                } else {
                                                    "machine identities"
                                                };
                                                if n == total {
                                                    format!("{total} {noun}")
                                                } else {
                                                    format!("{n} of {total} {noun} match")
                                                }
                                            }}
                                        </p>
                                        <ExportCsv
                                            what="machine identities"
                                            file_stem="hoop-machine-identities"
                                            count=count
                                            csv=export
                                        />
                                    </div>
                                    <Show
                                        when=move || shown.with(|s| !s.is_empty())
                                        fallback=move || {
                                            view! {
                                                <div class="gw-empty">
                                                    <h2 class="gw-empty__title">
                                                        "No machine identities match"
                                                    </h2>
                                                    <p>"Nothing matches the search and filters."</p>
                                                    <button type="button" class="gw-btn" on:click=clear>
                                                        "Clear filters"
                                                    </button>
                                                </div>
                                            }
                                        }
                                    >
                                        <IdentityTable
                                            rows=shown
                                            total=count
                                            admin=admin
                                            on_action=on_action
                                        />
                                    </Show>
                                    <Pager
                                        text=PAGER
                                        total=count
                                        page=page
                                        page_size=PAGE_SIZE
                                        on_page=Callback::new(move |p| {
                                            set_query
                                                .run(MiQuery {
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
                deleting
                    .get()
                    .map(|name| {
                        view! {
                            <DeleteIdentityDialog
                                name=name
                                on_deleted=Callback::new(move |_| {
                                    deleting.set(None);
                                    list.refetch();
                                })
                                on_cancel=Callback::new(move |_| deleting.set(None))
                            />
                        }
                    })
            }}
        </section>
    }
}
