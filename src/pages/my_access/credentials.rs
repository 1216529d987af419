//! A person's credentials for one connection: handed over right after they were issued, or
//! fetched on demand for "Show credentials". Masked until revealed, copy per field, the time
//! left; gone from memory when the dialog closes, the page is left or the window runs out.

use crate::{
    api::{
        connection_credentials::{get_credentials, ConnectionCredentials, Missing},
        ApiError,
    },
    components::{
        countdown::Countdown,
        credentials::{fields_for, CredentialKind, CredentialView, Field},
        error_panel::ErrorPanel,
        modal::Modal,
        show_once::ShowOnce,
        skeleton::LoadingSkeleton,
    },
    format::{exact, parse_rfc3339},
    session::{use_api, use_session},
};
use leptos::{prelude::*, task::spawn_local};

/// Credentials on their way into the dialog, by connection name; `open` without a handed-over
/// credential makes the dialog fetch it.
pub type Shown = ShowOnce<Box<ConnectionCredentials>, String>;

/// What the dialog shows around the secret values.
#[derive(Clone, PartialEq)]
struct Meta {
    kind: CredentialKind,
    /// `None`: no expiry.
    until_ms: Option<i64>,
    /// The gateway sent no connection details (a kind it cannot describe).
    empty: bool,
}

fn split(c: ConnectionCredentials) -> (Meta, Vec<Field>) {
    let kind = CredentialKind::of(&c.connection_subtype, &c.connection_type);
    let fields = c
        .connection_credentials
        .as_ref()
        .map(|f| fields_for(kind, f))
        .unwrap_or_default();
    let meta = Meta {
        kind,
        until_ms: c.expire_at.as_deref().and_then(parse_rfc3339),
        empty: fields.is_empty(),
    };
    (meta, fields)
}

fn missing_text(e: &ApiError) -> String {
    match Missing::of(e) {
        Some(Missing::NoCredential) => "You hold no credentials for this connection any more: they were revoked, or never issued. Request access for new ones.".into(),
        Some(Missing::Expired) => "These credentials have expired. Request access again for new ones.".into(),
        Some(Missing::Unrecoverable) => "The gateway can no longer read this secret back. Revoke it, then request access for a new one.".into(),
        _ => e.human(),
    }
}

/// The dialog while `shown` is open.
#[component]
pub fn CredentialsDialog(
    shown: Shown,
    /// The page's clock (epoch ms).
    #[prop(into)]
    now: Signal<i64>,
) -> impl IntoView {
    move || {
        shown.open.get().map(|connection| {
            view! {
                <CredentialsFor
                    connection=connection
                    given=shown.take()
                    now=now
                    on_close=Callback::new(move |_| shown.close())
                />
            }
        })
    }
}

#[component]
fn CredentialsFor(
    connection: String,
    given: Option<Box<ConnectionCredentials>>,
    now: Signal<i64>,
    on_close: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let copy_blocked = use_session().copy_blocked();
    // The values go straight into the view below, which owns and wipes them.
    let held = ShowOnce::<Vec<Field>, Meta>::new();
    let failed = RwSignal::new(None::<ApiError>);
    let expired_at = RwSignal::new(None::<i64>);
    let fetch = {
        let name = connection.clone();
        move || {
            let (api, name) = (api.clone(), name.clone());
            failed.set(None);
            spawn_local(async move {
                match get_credentials(&api, &name).await {
                    Ok(c) => {
                        let (meta, fields) = split(c);
                        held.show(meta, fields);
                    }
                    Err(e) => {
                        failed.try_set(Some(e));
                    }
                }
            });
        }
    };
    match given {
        Some(c) => {
            let (meta, fields) = split(*c);
            held.show(meta, fields);
        }
        None => fetch(),
    }
    let fetch = StoredValue::new_local(fetch);
    // The window ran out while the dialog was open: the values go, the reason stays.
    Effect::new(move |_| {
        let t = now.get();
        let until = held.open.with(|m| m.as_ref().and_then(|m| m.until_ms));
        if let Some(u) = until.filter(|u| *u <= t) {
            held.close();
            expired_at.set(Some(u));
        }
    });
    let conn = StoredValue::new(connection.clone());
    let body = move || {
        if let Some(at) = expired_at.get() {
            return view! {
                <p class="gw-alert gw-alert--warn" role="status">
                    {format!(
                        "These credentials expired at {}. Request access again for new ones.",
                        exact(at),
                    )}
                </p>
            }
            .into_any();
        }
        if let Some(e) = failed.get() {
            return view! {
                <ErrorPanel
                    title="The credentials could not be loaded"
                    message=missing_text(&e)
                    on_retry=Callback::new(move |_| fetch.with_value(|f| f()))
                />
            }
            .into_any();
        }
        match held.open.get() {
            None => {
                view! { <LoadingSkeleton label="Loading your credentials" rows=4 /> }.into_any()
            }
            Some(meta) => {
                let expiry = match meta.until_ms {
                    Some(until_ms) => view! { <p class="gw-cred-expiry">"Active: " <Countdown until_ms=until_ms now=now /></p> }
                    .into_any(),
                    None => view! { <p class="gw-cred-expiry">"No expiry: these work until you revoke them."</p> }.into_any(),
                };
                view! {
                    {expiry}
                    <p class="gw-muted">
                        "Request access again and the gateway hands you these same secrets with a new window, until you revoke them. Values stay hidden until you reveal them; copying works either way."
                    </p>
                    {meta
                        .empty
                        .then(|| {
                            view! {
                                <p class="gw-alert gw-alert--warn">
                                    "The gateway issued a credential for this connection but sent no connection details."
                                </p>
                            }
                        })}
                    <CredentialView
                        connection=conn.get_value()
                        kind=meta.kind
                        fields=held.take().unwrap_or_default()
                        copy_blocked=copy_blocked
                    />
                }
                .into_any()
            }
        }
    };
    view! {
        <Modal title=format!("Credentials for {connection}") on_dismiss=on_close>
            <div class="gw-creds-modal">{body}</div>
            <div class="gw-modal__actions">
                <button
                    type="button"
                    class="gw-btn gw-btn--primary"
                    on:click=move |_| on_close.run(())
                >
                    "Done"
                </button>
            </div>
        </Modal>
    }
}
