//! Configure a key: rename and change its groups. Works for deactivated keys too.

use super::form::{feedback, GroupList, KeyForm};
use crate::{
    api::{
        api_keys::{get_api_key, update_api_key, ApiKeyUpdate, KeyStatus},
        ApiError,
    },
    components::{
        confirm_dialog::ConfirmDialog,
        error_panel::ErrorPanel,
        page_header::PageHeader,
        skeleton::LoadingSkeleton,
        status_badge::{StatusBadge, Tone},
        toast::Toasts,
    },
    pages::{
        activity::{sources, timeline, Timeline},
        form::guard_unsaved,
        frame::AdminPage,
        load::Load,
        mutation::Mutation,
    },
    router::use_navigate,
    routes,
    session::{use_api, use_session},
};
use leptos::prelude::*;

#[component]
pub fn ConfigureApiKeyPage(
    /// The key's id, decoded from the path.
    id: String,
) -> impl IntoView {
    view! {
        <AdminPage what="configure API keys">
            <Configure id=id.clone() />
        </AdminPage>
    }
}

#[component]
fn Configure(id: String) -> impl IntoView {
    let api = use_api();
    let load_api = api.clone();
    let load_id = id.clone();
    let key = Load::new(move || {
        let (api, id) = (load_api.clone(), load_id.clone());
        async move { get_api_key(&api, &id).await }
    });
    view! {
        <section class="gw-page">
            <Transition fallback=|| {
                view! { <LoadingSkeleton label="Loading the API key" rows=3 /> }
            }>
                {move || {
                    key.get()
                        .map(|r| match r {
                            Ok(k) => {
                                view! {
                                    <ConfigureForm
                                        own=use_session().own_key_id().as_deref()
                                            == Some(k.id.as_str())
                                        key_id=id.clone()
                                        name=k.name.clone()
                                        groups=k.groups.clone()
                                        active=k.status == KeyStatus::Active
                                    />
                                    {timeline(Timeline {
                                        title: "Activity",
                                        intro: "Audited changes to this key, newest first: who made them, when and from which address.",
                                        id: "key-activity",
                                        sources: sources::key(&k.id, &k.name, &k.created_at),
                                        one_resource: true,
                                        empty: "No audited change to this key yet.",
                                    })}
                                    {timeline(Timeline {
                                        title: "What this key did",
                                        intro: "Audited writes made with this key as the caller, newest first.",
                                        id: "key-did",
                                        sources: sources::by_key(&k.id),
                                        one_resource: false,
                                        empty: "This key has made no audited write.",
                                    })}
                                }
                                    .into_any()
                            }
                            Err(ApiError::NotFound(_)) => {
                                view! {
                                    <PageHeader title="API key not found" />
                                    <p>
                                        "There is no API key with this id. It may have been mistyped."
                                    </p>
                                    <p>
                                        <a href=routes::API_KEYS>"Back to API keys"</a>
                                    </p>
                                }
                                    .into_any()
                            }
                            Err(e) => {
                                view! {
                                    <PageHeader title="Configure API key" />
                                    <ErrorPanel
                                        title="The API key could not be loaded"
                                        message=e.human()
                                        on_retry=Callback::new(move |_| key.refetch())
                                    />
                                }
                                    .into_any()
                            }
                        })
                }}
            </Transition>
        </section>
    }
}

/// The group that makes a key an admin (§2).
const ADMIN_GROUP: &str = "admin";

#[component]
fn ConfigureForm(
    key_id: String,
    name: String,
    groups: Vec<String>,
    active: bool,
    /// The key this console is signed in with.
    own: bool,
) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let toasts = expect_context::<Toasts>();
    let navigate = use_navigate();
    let (initial_name, initial_groups) = (name.clone(), groups.clone());
    let was_admin = groups.iter().any(|g| g == ADMIN_GROUP);
    let name = RwSignal::new(name);
    let groups = RwSignal::new(groups);
    let feedback = feedback();
    let saved = RwSignal::new(false);
    let dirty = Signal::derive(move || {
        !saved.get() && (name.get() != initial_name || groups.get() != initial_groups)
    });
    guard_unsaved(dirty);
    let group_list = GroupList::load(api.clone());
    // Dropping the admin group from the console's own key locks this console out of every
    // admin screen with the very next request.
    let locks_out = Signal::derive(move || {
        own && was_admin && groups.with(|g| !g.iter().any(|g| g == ADMIN_GROUP))
    });
    let confirming = RwSignal::new(false);
    let restore_api = api.clone();
    let save = Mutation::new(move |update: &ApiKeyUpdate| {
        let (api, update, id, navigate, restore_api) = (
            api.clone(),
            update.clone(),
            key_id.clone(),
            navigate.clone(),
            restore_api.clone(),
        );
        async move {
            match update_api_key(&api, &id, &update).await {
                Ok(k) => {
                    saved.set(true);
                    confirming.set(false);
                    toasts.success(format!("API key \u{201c}{}\u{201d} updated.", k.name));
                    if locks_out.get_untracked() {
                        // Read who the console is now: no longer an admin.
                        navigate(routes::OVERVIEW, Default::default());
                        session.restore(restore_api);
                    } else {
                        navigate(routes::API_KEYS, Default::default());
                    }
                }
                Err(e) => {
                    confirming.set(false);
                    feedback.failed(e)
                }
            }
        }
    });
    let send = move || {
        if let Some(valid) = feedback.checked_name(&name.get_untracked()) {
            // Always send the groups: an empty list must clear them, not keep them.
            save.dispatch(ApiKeyUpdate {
                name: Some(valid),
                groups: Some(groups.get_untracked()),
            });
        }
    };
    let submit = Callback::new(move |_| {
        if locks_out.get_untracked() {
            confirming.set(true);
        } else {
            send();
        }
    });
    view! {
        <PageHeader
            title="Configure API key"
            subtitle="Rename the key or change its groups. The secret does not change, so clients keep working."
        />
        {(!active)
            .then(|| {
                view! {
                    <p class="gw-status-line">
                        <StatusBadge text="Deactivated" tone=Tone::Muted />
                        " This key is deactivated; changes apply when it is activated again."
                    </p>
                }
            })}
        <KeyForm
            name=name
            groups=groups
            group_list=group_list
            feedback=feedback
            busy=save.pending()
            submit_label="Save changes"
            busy_label="Saving\u{2026}"
            on_submit=submit
            cancel_href=routes::API_KEYS
        />
        <Show when=move || locks_out.get()>
            <p class="gw-alert gw-alert--warn" role="status">
                "This console is signed in with this key. Without the admin group it loses access to this page and every admin screen as soon as you save."
            </p>
        </Show>
        <Show when=move || confirming.get()>
            <ConfirmDialog
                title="Remove the admin group from this session's key?"
                confirm_label="Remove and lose access"
                busy_label="Saving\u{2026}"
                busy=save.pending()
                danger=true
                on_confirm=Callback::new(move |()| send())
                on_cancel=Callback::new(move |()| confirming.set(false))
            >
                <p>
                    "The console is signed in with this key. Once it is saved, the console can no longer manage API keys or machine identities; sign in with an admin key or as an admin user to continue."
                </p>
            </ConfirmDialog>
        </Show>
    }
}
