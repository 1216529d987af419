//! A row's deactivate or activate, confirmed first; the row is updated in place. Deactivating
//! the key this console is signed in with says so first, and then signs out with a reason.

use super::bulk::KeyOp;
use crate::{
    api::api_keys::{get_api_key, ApiKey, KeyStatus},
    components::{confirm_dialog::ConfirmDialog, toast::Toasts},
    pages::mutation::Mutation,
    session::{use_api, use_session, SignedOutReason},
};
use leptos::prelude::*;

/// The confirmation for `op` on `key`; `own` when it is the console's own key.
#[component]
pub fn RowOpDialog(
    op: KeyOp,
    key: ApiKey,
    own: bool,
    /// The key as it is now, to show in its row.
    #[prop(into)]
    on_changed: Callback<ApiKey>,
    #[prop(into)] on_close: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let toasts = expect_context::<Toasts>();
    let error = RwSignal::new(None::<String>);
    let run = Mutation::new(move |(op, key): &(KeyOp, ApiKey)| {
        let (api, op, key) = (api.clone(), *op, key.clone());
        async move {
            // The change first, then (for a deactivation, whose answer is empty) the key as
            // stored: a failed read after a done change must not be mistaken for a failed change.
            let changed = op.send(&api, &key.id).await;
            match changed {
                Ok(_) if own && op == KeyOp::Deactivate => {
                    session.end(SignedOutReason::OwnKeyDeactivated);
                }
                Ok(updated) => {
                    let fresh = match updated {
                        Some(k) => Ok(k),
                        None => get_api_key(&api, &key.id).await,
                    };
                    on_close.run(());
                    let name = key.name.clone();
                    let done = match op {
                        KeyOp::Deactivate => format!("API key \u{201c}{name}\u{201d} deactivated. Requests with it now get 401."),
                        KeyOp::Activate => format!("API key \u{201c}{name}\u{201d} activated. Its secret works again."),
                    };
                    match fresh {
                        Ok(fresh) => {
                            on_changed.run(fresh);
                            toasts.success(done);
                        }
                        Err(_) => {
                            let mut shown = key.clone();
                            shown.status = KeyStatus::Revoked;
                            on_changed.run(shown);
                            toasts.info(format!("{done} The list could not be refreshed; reload the page to see who deactivated it and when."));
                        }
                    }
                }
                // Already active (or already deactivated): show the key as it really is.
                Err(e) if op.already_so(&e) => {
                    if let Ok(fresh) = get_api_key(&api, &key.id).await {
                        on_changed.run(fresh);
                    }
                    on_close.run(());
                    toasts.info(format!("\u{201c}{}\u{201d} had already been changed by someone else; the row now shows its current state.", key.name));
                }
                Err(e) => error.set(Some(e.human())),
            }
        }
    });
    let (title, label, busy_label, body) = match op {
        KeyOp::Deactivate => (
            format!("Deactivate \u{201c}{}\u{201d}?", key.name),
            "Deactivate",
            "Deactivating\u{2026}",
            "Every request with this key gets 401 at once. The key stays in the list, and you can activate it again later with the same secret.",
        ),
        KeyOp::Activate => (
            format!("Activate \u{201c}{}\u{201d}?", key.name),
            "Activate",
            "Activating\u{2026}",
            "The same secret works again immediately, with the key's current groups.",
        ),
    };
    let lockout = own && op == KeyOp::Deactivate;
    let label = if lockout {
        "Deactivate and sign out"
    } else {
        label
    };
    view! {
        <ConfirmDialog
            title=title
            confirm_label=label
            busy_label=busy_label
            busy=run.pending()
            danger=op == KeyOp::Deactivate
            error=error
            on_confirm=Callback::new(move |_| {
                run.dispatch((op, key.clone()));
            })
            on_cancel=on_close
        >
            <p>{body}</p>
            {lockout
                .then(|| {
                    view! {
                        <p class="gw-alert gw-alert--warn">
                            "This is the key this console is signed in with. Deactivating it signs you out at once; sign in again with another key or as a user."
                        </p>
                    }
                })}
        </ConfirmDialog>
    }
}
