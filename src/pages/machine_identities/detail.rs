//! One machine identity: its overview for everyone who may read, and for administrators its
//! credentials (with rotation), Edit and Delete.

use super::{delete::DeleteIdentityDialog, secrets::IdentityCredentials};
use crate::{
    api::{
        machine_identities::{get_machine_identity, MachineIdentity},
        ApiError,
    },
    components::{
        error_panel::ErrorPanel, page_header::PageHeader, skeleton::LoadingSkeleton,
        status_badge::Chips, timestamp::Timestamp,
    },
    pages::{
        activity::{sources, timeline, Timeline},
        load::Load,
    },
    router::{use_navigate, NavigateOptions},
    routes,
    session::{use_api, use_session},
};
use leptos::prelude::*;

#[component]
pub fn MachineIdentityPage(
    /// The identity's name, decoded from the path.
    name: String,
) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let admin = session.is_admin();
    let reads_log = admin || session.is_auditor();
    let navigate = use_navigate();
    let name = Signal::stored(name);
    let identity = Load::new(move || {
        let (api, name) = (api.clone(), name.get());
        async move { get_machine_identity(&api, &name).await }
    });
    let deleting = RwSignal::new(false);
    let back = move || {
        view! {
            <p class="gw-back">
                <a href=routes::MACHINE_IDENTITIES>"All machine identities"</a>
            </p>
        }
    };
    view! {
        <section class="gw-page">
            <Transition fallback=|| {
                view! { <LoadingSkeleton label="Loading the machine identity" rows=4 /> }
            }>
                {move || {
                    identity
                        .get()
                        .map(|r| match r {
                            Ok(mi) => {
                                view! {
                                    {back()}
                                    <Overview
                                        mi=mi.clone()
                                        admin=admin
                                        on_delete=Callback::new(move |_| deleting.set(true))
                                    />
                                    {admin
                                        .then(|| {
                                            view! {
                                                <IdentityCredentials
                                                    name=mi.name.clone()
                                                    explicit=mi.connection_names.clone()
                                                />
                                            }
                                        })}
                                    <IdentityActivity mi=mi.clone() reads_log=reads_log />
                                }
                                    .into_any()
                            }
                            Err(ApiError::NotFound(_)) => {
                                view! {
                                    <PageHeader title="Machine identity not found" />
                                    <p>
                                        {format!(
                                            "There is no machine identity named \u{201c}{}\u{201d}. It may have been renamed or deleted.",
                                            name.get_untracked(),
                                        )}
                                    </p>
                                    {back()}
                                }
                                    .into_any()
                            }
                            Err(e) => {
                                view! {
                                    {back()}
                                    <PageHeader title=name.get_untracked() />
                                    <ErrorPanel
                                        title="The machine identity could not be loaded"
                                        message=e.human()
                                        on_retry=Callback::new(move |_| identity.refetch())
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
                    .then(|| {
                        let navigate = navigate.clone();
                        view! {
                            <DeleteIdentityDialog
                                name=name.get_untracked()
                                on_deleted=Callback::new(move |_| {
                                    deleting.set(false);
                                    navigate(
                                        routes::MACHINE_IDENTITIES,
                                        NavigateOptions {
                                            replace: true,
                                            ..Default::default()
                                        },
                                    );
                                })
                                on_cancel=Callback::new(move |_| deleting.set(false))
                            />
                        }
                    })
            }}
        </section>
    }
}

/// The identity's audited history, for those the audit log lets in.
#[component]
fn IdentityActivity(mi: MachineIdentity, reads_log: bool) -> impl IntoView {
    if !reads_log {
        return view! {
            <section class="gw-card" aria-labelledby="mi-activity">
                <h2 id="mi-activity">"Activity"</h2>
                <p class="gw-muted">
                    "Only administrators and auditors can see who changed this identity: the gateway's audit log is theirs."
                </p>
            </section>
        }
            .into_any();
    }
    timeline(Timeline {
        title: "Activity",
        intro: "Audited changes to this identity and its credentials, newest first.",
        id: "mi-activity",
        sources: sources::identity(&mi.name, &mi.created_at),
        one_resource: true,
        empty: "No audited change to this identity yet.",
    })
}

#[component]
fn Overview(mi: MachineIdentity, admin: bool, on_delete: Callback<()>) -> impl IntoView {
    let count = mi.connection_names.len();
    let actions = admin.then(|| {
        let label = format!("Delete {}", mi.name);
        view! {
            <a href=routes::machine_identity_edit(&mi.name) class="gw-btn">
                "Edit"
            </a>
            <button
                type="button"
                class="gw-btn gw-btn--danger"
                aria-label=label
                on:click=move |_| on_delete.run(())
            >
                "Delete"
            </button>
        }
    });
    let updated = Some(mi.updated_at.clone()).filter(|u| !u.starts_with("0001-"));
    view! {
        <PageHeader title=mi.name.clone() subtitle="Machine identity">
            {actions}
        </PageHeader>
        <section class="gw-card gw-mi-overview" aria-labelledby="mi-overview">
            <h2 id="mi-overview">"Overview"</h2>
            <dl class="gw-facts">
                <dt>"Name"</dt>
                <dd>{mi.name.clone()}</dd>
                <dt>"Description"</dt>
                <dd>
                    {if mi.description.is_empty() {
                        view! { <span class="gw-muted">"No description"</span> }.into_any()
                    } else {
                        mi.description.clone().into_any()
                    }}
                </dd>
                <dt>"Connections"</dt>
                <dd>
                    <span class="gw-cell-note">
                        {if count == 1 {
                            "1 connection".to_string()
                        } else {
                            format!("{count} connections")
                        }}
                    </span>
                    <Chips items=mi.connection_names.clone() empty="" />
                </dd>
                <dt>"Attributes"</dt>
                <dd>
                    <Chips items=mi.attributes.clone() empty="None" />
                </dd>
                <dt>"Created"</dt>
                <dd>
                    <Timestamp value=Some(mi.created_at.clone()) />
                </dd>
                <dt>"Updated"</dt>
                <dd>
                    <Timestamp value=updated />
                </dd>
            </dl>
            {(!admin)
                .then(|| {
                    view! {
                        <p class="gw-muted">
                            "Only administrators can see, rotate or change this identity's credentials."
                        </p>
                    }
                })}
        </section>
    }
}
