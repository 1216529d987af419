//! An identity's credentials, for administrators: every field masked until revealed, and a
//! Rotate per connection that confirms first, then shows the new credential. The secrets live
//! in this section's state only and go with it.

use crate::{
    api::machine_identities::{list_credentials, rotate_credential},
    components::{
        confirm_dialog::ConfirmDialog,
        credentials::{fields_for, CredentialKind, CredentialView},
        credentials_modal::{Issued, IssuedModal},
        error_panel::ErrorPanel,
        skeleton::LoadingSkeleton,
        toast::Toasts,
    },
    pages::{load::Load, mutation::Mutation},
    session::{use_api, use_session},
};
use leptos::prelude::*;

#[component]
pub fn IdentityCredentials(
    /// The identity.
    name: String,
    /// Its explicitly chosen connections; any other credential came through an attribute.
    explicit: Vec<String>,
) -> impl IntoView {
    let api = use_api();
    let copy_blocked = use_session().copy_blocked();
    let toasts = expect_context::<Toasts>();
    let load = (api.clone(), name.clone());
    let creds = Load::new(move || {
        let (api, name) = load.clone();
        async move { list_credentials(&api, &name).await }
    });
    let issued = Issued::new();
    let confirming = RwSignal::new(None::<String>);
    let rotate_error = RwSignal::new(None::<String>);
    let rotate = Mutation::new(move |connection: &String| {
        let (api, name, connection) = (api.clone(), name.clone(), connection.clone());
        async move {
            match rotate_credential(&api, &name, &connection).await {
                Ok(fresh) => {
                    confirming.set(None);
                    creds.refetch();
                    issued.show(
                        (format!("New credential for \u{201c}{connection}\u{201d}"), "The previous credential stopped working and its live sessions were cut. Give this one to the services that used it.".into()),
                        vec![fresh],
                    );
                }
                Err(e) => rotate_error.set(Some(e.human())),
            }
        }
    });
    let explicit = StoredValue::new(explicit);
    let card = move |c: crate::api::machine_identities::MiCredential| {
        let kind = CredentialKind::of(&c.connection_subtype, &c.connection_type);
        let conn = c.connection_name.clone();
        let note = (!explicit.with_value(|e| e.contains(&conn))).then(|| {
            "Issued because this connection shares an attribute with the identity.".to_string()
        });
        let label = format!("Rotate credential for {conn}");
        view! {
            <CredentialView
                connection=conn.clone()
                kind=kind
                fields=fields_for(kind, &c.fields)
                copy_blocked=copy_blocked
                note=note
            >
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    aria-label=label
                    on:click=move |_| {
                        rotate_error.set(None);
                        confirming.set(Some(conn.clone()))
                    }
                >
                    "Rotate"
                </button>
            </CredentialView>
        }
    };
    view! {
        <section class="gw-card gw-mi-credentials" aria-labelledby="mi-credentials">
            <h2 id="mi-credentials">"Credentials"</h2>
            <p class="gw-muted">
                "One credential per connection. They do not expire. Anyone holding one can connect as this identity, so values stay hidden until you reveal them."
            </p>
            <Transition fallback=|| {
                view! { <LoadingSkeleton label="Loading credentials" rows=3 /> }
            }>
                {move || {
                    creds
                        .get()
                        .map(|r| match r {
                            Err(e) => {
                                view! {
                                    <ErrorPanel
                                        title="Credentials could not be loaded"
                                        message=e.human()
                                        on_retry=Callback::new(move |_| creds.refetch())
                                    />
                                }
                                    .into_any()
                            }
                            Ok(list) if list.is_empty() => {
                                view! {
                                    <p>
                                        "No credentials yet. Edit this identity to add connections, or attributes that eligible connections share."
                                    </p>
                                }
                                    .into_any()
                            }
                            Ok(list) => {
                                view! {
                                    <div class="gw-cred-list">
                                        {list.into_iter().map(card).collect_view()}
                                    </div>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Transition>
            {move || {
                confirming
                    .get()
                    .map(|conn| {
                        let target = conn.clone();
                        view! {
                            <ConfirmDialog
                                title=format!("Rotate the credential for \u{201c}{conn}\u{201d}?")
                                confirm_label="Rotate credential"
                                busy_label="Rotating\u{2026}"
                                busy=rotate.pending()
                                danger=true
                                error=rotate_error
                                on_confirm=Callback::new(move |_| {
                                    rotate.dispatch(target.clone());
                                })
                                on_cancel=Callback::new(move |_| confirming.set(None))
                            >
                                <p>
                                    "The current credential stops working at once, and live sessions using it are cut. A new credential is issued and shown next; update every service that uses this one."
                                </p>
                            </ConfirmDialog>
                        }
                    })
            }}
            <IssuedModal
                issued=issued
                copy_blocked=copy_blocked
                on_close=Callback::new(move |_| {
                    toasts.success("Credential rotated. Only the new one works now.")
                })
            />
        </section>
    }
}
