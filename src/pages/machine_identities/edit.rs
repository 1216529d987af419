//! Edit a machine identity: the same form, prefilled. Renaming is allowed; removing
//! connections asks first; new credentials are shown after saving.

use super::{
    form::{load_connections, Draft, IdentityForm},
    rules::{explain_refusal, validate_name, CONFLICT},
};
use crate::{
    api::{
        machine_identities::{
            get_machine_identity, update_machine_identity, MachineIdentity, MachineIdentityBody,
        },
        ApiError,
    },
    components::{
        confirm_dialog::ConfirmDialog,
        credentials_modal::{provisioned, Issued, IssuedModal},
        error_panel::ErrorPanel,
        page_header::PageHeader,
        skeleton::LoadingSkeleton,
        toast::Toasts,
    },
    pages::{
        form::{guard_unsaved, Feedback},
        frame::AdminPage,
        load::Load,
        mutation::Mutation,
    },
    router::{use_navigate, NavigateOptions},
    routes,
    session::{use_api, use_session},
};
use leptos::prelude::*;

#[component]
pub fn EditMachineIdentityPage(
    /// The identity's name, decoded from the path.
    name: String,
) -> impl IntoView {
    view! {
        <AdminPage what="change machine identities">
            <Edit name=name.clone() />
        </AdminPage>
    }
}

#[component]
fn Edit(name: String) -> impl IntoView {
    let api = use_api();
    let load_name = name.clone();
    let identity = Load::new(move || {
        let (api, name) = (api.clone(), load_name.clone());
        async move { get_machine_identity(&api, &name).await }
    });
    view! {
        <section class="gw-page">
            <Transition fallback=|| {
                view! { <LoadingSkeleton label="Loading the machine identity" rows=4 /> }
            }>
                {move || {
                    identity
                        .get()
                        .map(|r| match r {
                            Ok(mi) => view! { <EditForm mi=mi /> }.into_any(),
                            Err(ApiError::NotFound(_)) => {
                                // Never an empty form for something that does not exist.
                                view! {
                                    <PageHeader title="Machine identity not found" />
                                    <p>
                                        {format!(
                                            "There is no machine identity named \u{201c}{name}\u{201d} to edit. It may have been renamed or deleted.",
                                        )}
                                    </p>
                                    <p>
                                        <a href=routes::MACHINE_IDENTITIES>
                                            "Back to machine identities"
                                        </a>
                                    </p>
                                }
                                    .into_any()
                            }
                            Err(e) => {
                                view! {
                                    <PageHeader title="Edit machine identity" />
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
        </section>
    }
}

#[component]
fn EditForm(mi: MachineIdentity) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let toasts = expect_context::<Toasts>();
    let navigate = use_navigate();
    let base = MachineIdentityBody {
        name: mi.name.clone(),
        description: mi.description.clone(),
        connection_names: mi.connection_names.clone(),
        attributes: mi.attributes.clone(),
    };
    let draft = Draft::new(mi.name, mi.description, mi.connection_names, mi.attributes);
    let old_name = StoredValue::new(base.name.clone());
    let feedback = Feedback::new(validate_name, CONFLICT);
    let saved = RwSignal::new(false);
    let base = StoredValue::new(base);
    guard_unsaved(Signal::derive(move || {
        !saved.get() && base.with_value(|b| draft.differs(b))
    }));
    let conns = load_connections(api.clone());
    let issued = Issued::new();
    let saved_name = StoredValue::new(String::new());
    let to_detail = Callback::new(move |name: String| {
        let opts = NavigateOptions {
            replace: true,
            ..Default::default()
        };
        navigate(&routes::machine_identity(&name), opts)
    });

    let save = Mutation::new(move |body: &MachineIdentityBody| {
        let (api, body, old) = (api.clone(), body.clone(), old_name.get_value());
        async move {
            let added =
                base.with_value(|b| missing_from(&body.connection_names, &b.connection_names));
            match update_machine_identity(&api, &old, &body).await {
                Ok(updated) => {
                    saved.set(true);
                    // The answer's timestamps are zeroed: ask for the identity as stored.
                    let name = match get_machine_identity(&api, &updated.identity.name).await {
                        Ok(fresh) => fresh.name,
                        Err(_) => updated.identity.name.clone(),
                    };
                    let n = updated.new_credentials.len();
                    if n == 0 {
                        toasts.success(format!("Machine identity \u{201c}{name}\u{201d} saved."));
                        to_detail.run(name);
                    } else {
                        saved_name.set_value(name.clone());
                        issued.show(
                            (format!("New credentials for \u{201c}{name}\u{201d}"), provisioned(n, true)),
                            updated.new_credentials,
                        );
                    }
                }
                Err(e) => feedback.failed_explained(e, |message| Some(format!(
                    "{} Nothing else was saved, but credentials of connections you removed may already be revoked; reload to see the current state.",
                    explain_refusal(message, &added)
                ))),
            }
        }
    });
    // Connections being removed, while the admin is asked to confirm.
    let removing = RwSignal::new(None::<(MachineIdentityBody, Vec<String>)>);
    let submit = Callback::new(move |_| {
        let Some(valid) = feedback.checked_name(&draft.name.get_untracked()) else {
            return;
        };
        let body = draft.body(valid);
        let removed =
            base.with_value(|b| missing_from(&b.connection_names, &body.connection_names));
        if removed.is_empty() {
            save.dispatch(body);
        } else {
            removing.set(Some((body, removed)));
        }
    });
    let title = format!("Edit \u{201c}{}\u{201d}", old_name.get_value());
    view! {
        <PageHeader
            title=title
            subtitle="Changing the name changes the identity's URL; its credentials stay the same."
        />
        <IdentityForm
            draft=draft
            conns=conns
            feedback=feedback
            busy=save.pending()
            submit_label="Save changes"
            busy_label="Saving\u{2026}"
            on_submit=submit
            cancel_href=routes::machine_identity(&old_name.get_value())
        />
        {move || {
            removing
                .get()
                .map(|(body, removed)| {
                    let n = removed.len();
                    let title = if n == 1 {
                        "Remove 1 connection?".to_string()
                    } else {
                        format!("Remove {n} connections?")
                    };
                    view! {
                        <ConfirmDialog
                            title=title
                            confirm_label="Remove and save"
                            busy_label="Saving\u{2026}"
                            busy=save.pending()
                            danger=true
                            on_confirm=Callback::new(move |_| {
                                removing.set(None);
                                save.dispatch(body.clone());
                            })
                            on_cancel=Callback::new(move |_| removing.set(None))
                        >
                            <p>
                                "This identity's credentials for these connections are revoked at once, and live sessions using them are cut (unless an attribute still matches the connection):"
                            </p>
                            <ul class="gw-mi-removed">
                                {removed
                                    .iter()
                                    .map(|c| view! { <li>{c.clone()}</li> })
                                    .collect_view()}
                            </ul>
                        </ConfirmDialog>
                    }
                })
        }}
        <IssuedModal
            issued=issued
            copy_blocked=session.copy_blocked()
            on_close=Callback::new(move |_| {
                let name = saved_name.get_value();
                toasts.success(format!("Machine identity \u{201c}{name}\u{201d} saved."));
                to_detail.run(name);
            })
        />
    }
}

/// The names in `these` that `other` lacks, in `these`' order.
fn missing_from(these: &[String], other: &[String]) -> Vec<String> {
    these
        .iter()
        .filter(|c| !other.contains(c))
        .cloned()
        .collect()
}
