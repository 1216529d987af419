//! Create a key (or a replacement for one: `?rotate=<id>`), then show its secret once.

use super::{
    cutover::rotated_name,
    form::{feedback, GroupList, KeyForm},
    watch::ReplacementUse,
};
use crate::{
    api::api_keys::{
        create_api_key, get_api_key, revoke_api_key, ApiKey, CreatedApiKey, KeyStatus, NewApiKey,
    },
    components::{
        confirm_dialog::ConfirmDialog, key_reveal::KeyRevealModal, page_header::PageHeader,
        show_once::ShowOnce, toast::Toasts,
    },
    pages::{
        mutation::Mutation,
        {form::guard_unsaved, frame::AdminPage},
    },
    router::{use_location, use_navigate, NavigateOptions},
    routes,
    session::{use_api, use_session},
};
use leptos::prelude::*;

#[component]
pub fn NewApiKeyPage() -> impl IntoView {
    view! {
        <AdminPage what="create API keys">
            <NewKey />
        </AdminPage>
    }
}

fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.chars().take(10).collect()
}

#[component]
fn NewKey() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let toasts = expect_context::<Toasts>();
    let navigate = use_navigate();
    let rotate_id = untrack(|| use_location().query("rotate"));
    let name = RwSignal::new(String::new());
    let groups = RwSignal::new(Vec::<String>::new());
    let feedback = feedback();
    let submitted = RwSignal::new(false);
    let dirty = Signal::derive(move || {
        !submitted.get() && (name.with(|n| !n.trim().is_empty()) || groups.with(|g| !g.is_empty()))
    });
    guard_unsaved(dirty);

    let group_list = GroupList::load(api.clone());
    let old_key = RwSignal::new(None::<ApiKey>);
    if let Some(id) = rotate_id.clone() {
        let api = api.clone();
        leptos::task::spawn_local(async move {
            match get_api_key(&api, &id).await {
                Ok(k) => {
                    name.set(rotated_name(&k.name, &today()));
                    groups.set(k.groups.clone());
                    old_key.set(Some(k));
                }
                Err(e) => feedback.form.set(Some(format!(
                    "The key to rotate could not be loaded: {}",
                    e.human()
                ))),
            }
        });
    }

    // The new key goes straight to the reveal dialog; this page keeps no copy of it.
    let reveal = ShowOnce::<CreatedApiKey, Option<String>>::new();
    // Not a secret: the new key's id, to show whether clients use it yet.
    let new_id = RwSignal::new(None::<String>);
    let revoke_api = api.clone();
    let create = Mutation::new(move |body: &NewApiKey| {
        let (api, body) = (api.clone(), body.clone());
        async move {
            match create_api_key(&api, &body).await {
                Ok(created) => {
                    submitted.set(true);
                    new_id.set(Some(created.key.id.clone()));
                    let note = old_key.get_untracked().map(|old| format!(
                        "This new key \u{201c}{}\u{201d} replaces \u{201c}{}\u{201d}. Switch your clients to it; the old key keeps working until you deactivate it.",
                        created.key.name, old.name));
                    reveal.show(note, created);
                }
                Err(e) => feedback.failed(e),
            }
        }
    });
    let submit = Callback::new(move |_| {
        if let Some(valid) = feedback.checked_name(&name.get_untracked()) {
            create.dispatch(NewApiKey {
                name: valid,
                groups: groups.get_untracked(),
            });
        }
    });

    let offer_deactivate = RwSignal::new(false);
    let deactivate_error = RwSignal::new(None::<String>);
    let to_list = {
        let navigate = navigate.clone();
        move || {
            navigate(
                routes::API_KEYS,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            )
        }
    };
    let after_reveal = {
        let to_list = to_list.clone();
        Callback::new(move |_| {
            reveal.close();
            match old_key.get_untracked() {
                Some(old) if old.status == KeyStatus::Active => offer_deactivate.set(true),
                _ => to_list(),
            }
        })
    };
    let deactivate_old = Mutation::new(move |old: &ApiKey| {
        let (api, old) = (revoke_api.clone(), old.clone());
        async move { revoke_api_key(&api, &old.id).await.map(|_| old.name) }
    });
    Effect::new({
        let to_list = to_list.clone();
        move |_| match deactivate_old.value() {
            Some(Ok(old_name)) => {
                toasts.success(format!("The old key \u{201c}{old_name}\u{201d} is deactivated. Only the new key works now."));
                to_list();
            }
            Some(Err(e)) => deactivate_error.set(Some(e.human())),
            None => {}
        }
    });

    let api_url = {
        let from_server = untrack(|| session.server())
            .and_then(Result::ok)
            .map(|s| s.api_url)
            .unwrap_or_default();
        if from_server.is_empty() {
            expect_context::<crate::api::Api>()
                .gateway_origin()
                .to_string()
        } else {
            from_server
        }
    };
    let api_url = if api_url.is_empty() {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    } else {
        api_url
    };
    let title = if rotate_id.is_some() {
        "Rotate API key"
    } else {
        "Create API key"
    };
    view! {
        <section class="gw-page">
            <PageHeader
                title=title
                subtitle=if rotate_id.is_some() {
                    "Create a replacement with the same groups, switch your clients to it, then deactivate the old key. Keep the suggested \u{201c}-rotated-\u{201d} name: the key list links the two keys by it and tells you when the old one can go."
                } else {
                    "The key is shown once, right after it is created."
                }
            />
            <KeyForm
                name=name
                groups=groups
                group_list=group_list
                feedback=feedback
                busy=create.pending()
                submit_label="Create key"
                busy_label="Creating\u{2026}"
                on_submit=submit
                cancel_href=routes::API_KEYS
            />
            {move || {
                reveal
                    .open
                    .get()
                    .and_then(|note| {
                        reveal
                            .take()
                            .map(|created| {
                                view! {
                                    <KeyRevealModal
                                        created=created
                                        api_url=api_url.clone()
                                        copy_blocked=session.copy_blocked()
                                        on_close=after_reveal
                                        note=note
                                    />
                                }
                            })
                    })
            }}
            {move || {
                (offer_deactivate.get())
                    .then(|| {
                        let old = old_key.get_untracked().expect("only offered with an old key");
                        let to_list = to_list.clone();
                        let confirm_old = old.clone();
                        let body = format!(
                            "Deactivate \u{201c}{}\u{201d} only when nothing uses it any more: requests with it will get 401 at once. Choose \u{201c}Later\u{201d} to keep both keys working for now.",
                            old.name,
                        );
                        view! {
                            <ConfirmDialog
                                title=format!(
                                    "Deactivate the old key \u{201c}{}\u{201d} now?",
                                    old.name,
                                )
                                confirm_label="Deactivate old key"
                                busy_label="Deactivating\u{2026}"
                                busy=deactivate_old.pending()
                                danger=true
                                error=deactivate_error
                                cancel_label="Later"
                                on_confirm=Callback::new(move |_| {
                                    deactivate_old.dispatch(confirm_old.clone());
                                })
                                on_cancel=Callback::new(move |_| {
                                    toasts
                                        .info(
                                            format!(
                                                "\u{201c}{}\u{201d} is still active. Deactivate it once your clients use the new key.",
                                                old.name,
                                            ),
                                        );
                                    to_list();
                                })
                            >
                                <p>{body.clone()}</p>
                                {new_id
                                    .get_untracked()
                                    .map(|id| view! { <ReplacementUse id=id /> })}
                            </ConfirmDialog>
                        }
                    })
            }}
        </section>
    }
}
