//! The Activity page: the gateway's audit log, filtered by resource type, action, actor,
//! outcome and days (all kept in the URL), each row linking to the key or identity it was
//! about while that still exists.

use super::{
    describe::{describe_all, target, Target},
    filters::Filters,
    query::{ActivityQuery, PAGE_SIZE},
    row::{from_ip, Actor, What, When},
};
use crate::{
    api::{
        api_keys::list_api_keys, audit::list_audit_logs,
        machine_identities::list_machine_identities,
    },
    components::{
        data_table::{Column, DataTable},
        error_panel::ErrorPanel,
        page_header::PageHeader,
        pager::{Pager, PagerText},
        skeleton::LoadingSkeleton,
    },
    pages::{load::Load, url_query::url_query},
    routes,
    session::{use_api, use_session},
};
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

const PAGER: PagerText = PagerText {
    label: "Pages of the audit log",
    one: "entry",
    many: "entries",
    // The empty log says so in the table's place.
    none: "",
    previous: "Newer",
    next: "Older",
};

#[component]
pub fn ActivityPage() -> impl IntoView {
    let session = use_session();
    if !(session.is_admin() || session.is_auditor()) {
        return view! {
            <section class="gw-page">
                <PageHeader title="Activity" />
                <p>
                    "Only administrators and auditors can read the gateway's audit log. Ask an administrator if you need to know who changed something."
                </p>
            </section>
        }
            .into_any();
    }
    view! { <ActivityLog admin=session.is_admin() /> }.into_any()
}

#[component]
fn ActivityLog(admin: bool) -> impl IntoView {
    let api = use_api();
    let (query, set_query) = url_query::<ActivityQuery>(routes::ACTIVITY);
    let log_api = api.clone();
    let log = Load::new(move || {
        let (api, q) = (log_api.clone(), query.get().to_audit());
        async move { list_audit_logs(&api, &q).await }
    });
    crate::format::prepare_local_times();
    // Keys are admin-only on the gateway: auditors get names as logged, without links.
    let dir_api = api.clone();
    let keys = Load::new(move || {
        let api = dir_api.clone();
        async move {
            match admin {
                true => list_api_keys(&api).await.ok(),
                false => None,
            }
        }
    });
    let mi_api = api.clone();
    let mis = Load::new(move || {
        let api = mi_api.clone();
        async move { list_machine_identities(&api).await.ok() }
    });
    let names = Memo::new(move |_| {
        let list = keys.get().flatten().unwrap_or_default();
        list.into_iter()
            .map(|k| (k.id, Some(k.name)))
            .collect::<HashMap<_, _>>()
    });
    // Paths address keys by id or by name.
    let key_ids = Memo::new(move |_| {
        let list = keys.get().flatten().unwrap_or_default();
        list.into_iter()
            .flat_map(|k| [(k.name, k.id.clone()), (k.id.clone(), k.id)])
            .collect::<HashMap<_, _>>()
    });
    // `None` until the list is in (or when it failed): then nothing is called deleted.
    let identities = Memo::new(move |_| {
        let list = mis.get().flatten()?;
        Some(list.into_iter().map(|m| m.name).collect::<HashSet<_>>())
    });
    let resource = move |t: Target| -> AnyView {
        let q = |s: &str| format!("\u{201c}{s}\u{201d}");
        match t {
            Target::Key(k) => match key_ids.with(|ids| ids.get(&k).cloned()) {
                Some(id) => {
                    let label = names.with(|n| n.get(&id).cloned().flatten()).unwrap_or(k);
                    view! { <a href=routes::api_key_configure(&id)>{format!("API key {}", q(&label))}</a> }
                        .into_any()
                }
                None => format!("API key {}", q(&k)).into_any(),
            },
            Target::Identity(n) => {
                let exists = identities.with(|s| s.as_ref().map(|s| s.contains(&n)));
                let label = format!("Machine identity {}", q(&n));
                match exists {
                    Some(true) => {
                        view! { <a href=routes::machine_identity(&n)>{label}</a> }.into_any()
                    }
                    Some(false) => format!("{label} (deleted)").into_any(),
                    None => label.into_any(),
                }
            }
            Target::Flag(f) => format!("Feature flag {}", q(&f)).into_any(),
            Target::Other => "Another resource".into_any(),
        }
    };
    let total = Signal::derive(move || log.get().and_then(|r| r.ok()).map_or(0, |p| p.pages.total));
    let page = Signal::derive(move || query.get().page);
    let go = Callback::new(move |p: u32| {
        set_query.run(ActivityQuery {
            page: p,
            ..query.get_untracked()
        })
    });
    view! {
        <section class="gw-page">
            <PageHeader
                title="Activity"
                subtitle="Every audited write on API keys, machine identities and feature flags: who, what, when and from where. Newest first."
            />
            {(!admin)
                .then(|| {
                    view! {
                        <p class="gw-muted">
                            "API keys open for administrators only, so key rows do not link here."
                        </p>
                    }
                })}
            <Filters query=query on_change=set_query />
            <Transition fallback=|| {
                view! { <LoadingSkeleton label="Loading activity" rows=6 /> }
            }>
                {move || {
                    log.get()
                        .map(|r| match r {
                            Ok(p) if p.data.is_empty() => {
                                let filtered = query.with(ActivityQuery::is_filtered);
                                view! {
                                    <p class="gw-empty__body" role="status">
                                        {if filtered {
                                            "No audited write matches these filters."
                                        } else {
                                            "The audit log is empty: no write has been made yet."
                                        }}
                                    </p>
                                }
                                    .into_any()
                            }
                            Ok(p) => {
                                let described = describe_all(&p.data, false);
                                let rows = p.data.into_iter().zip(described).collect::<Vec<_>>();
                                let count = rows.len();
                                view! {
                                    <DataTable
                                        caption="Audit log"
                                        columns=vec![
                                            Column::new("When"),
                                            Column::new("Who"),
                                            Column::new("What"),
                                            Column::new("On"),
                                            Column::new("From"),
                                        ]
                                        row_count=Signal::derive(move || count)
                                    >
                                        {rows
                                            .into_iter()
                                            .enumerate()
                                            .map(|(i, (e, d))| {
                                                let (failed, ip, on) = (
                                                    d.failed,
                                                    from_ip(&e.client_ip),
                                                    target(&e),
                                                );
                                                view! {
                                                    <tr aria-rowindex=(i + 2).to_string() class:gw-event--failed=failed>
                                                        <td><When created_at=e.created_at.clone() /></td>
                                                        <td><Actor entry=e.clone() names=names /></td>
                                                        <td><What described=d /></td>
                                                        <td>{move || resource(on.clone())}</td>
                                                        <td>{ip}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </DataTable>
                                }
                                    .into_any()
                            }
                            Err(e) => {
                                view! {
                                    <ErrorPanel
                                        title="The audit log could not be loaded"
                                        message=e.human()
                                        on_retry=Callback::new(move |_| log.refetch())
                                    />
                                }
                                    .into_any()
                            }
                        })
                }}
            </Transition>
            <Pager
                text=PAGER
                total=Signal::derive(move || total.get() as usize)
                page=Signal::derive(move || page.get() as usize)
                page_size=PAGE_SIZE as usize
                on_page=Callback::new(move |p: usize| go.run(p as u32))
            />
        </section>
    }
}
