//! Disconnect (the session ends; the same secret works on the next request) or Revoke (the
//! secret is burned), each confirmed with one sentence on the difference.

use super::lock::Lock;
use crate::{
    api::connection_credentials::{close_credential, revoke_credential, ActiveCredential},
    components::{confirm_dialog::ConfirmDialog, toast::Toasts},
    session::use_api,
};
use leptos::{prelude::*, task::spawn_local};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Disconnect,
    Revoke,
}

#[component]
pub fn EndDialog(
    credential: ActiveCredential,
    how: End,
    lock: Lock,
    /// Done: the connection whose credential was ended.
    #[prop(into)]
    on_done: Callback<String>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let toasts = expect_context::<Toasts>();
    let name = credential.connection_name.clone();
    let error = RwSignal::new(None::<String>);
    let busy = lock.watch(name.clone());
    let confirm = Callback::new({
        let name = name.clone();
        move |_| {
            if !lock.try_begin(&name) {
                return;
            }
            error.set(None);
            let (api, name, id) = (api.clone(), name.clone(), credential.id.clone());
            spawn_local(async move {
                let done = match how {
                    End::Disconnect => close_credential(&api, &name, &id).await,
                    End::Revoke => revoke_credential(&api, &name, &id).await,
                };
                lock.end(&name);
                match done {
                    Ok(()) => {
                        toasts.success(match how {
                            End::Disconnect => format!("Disconnected from {name}. The same credentials work the next time you request access."),
                            End::Revoke => format!("Credentials for {name} revoked. Your next request gets new ones."),
                        });
                        on_done.run(name);
                    }
                    Err(e) => {
                        error.try_set(Some(e.human()));
                    }
                }
            });
        }
    });
    let (title, label, busy_label, body) = match how {
        End::Disconnect => (
            format!("Disconnect from {name}?"),
            "Disconnect",
            "Disconnecting\u{2026}",
            "Your session ends and live connections drop; the same credentials work again the next time you request access.",
        ),
        End::Revoke => (
            format!("Revoke your credentials for {name}?"),
            "Revoke credentials",
            "Revoking\u{2026}",
            "The credentials stop working everywhere at once; your next request gets new ones.",
        ),
    };
    view! {
        <ConfirmDialog
            title=title
            confirm_label=label
            busy_label=busy_label
            busy=busy
            danger=how == End::Revoke
            error=error
            on_confirm=confirm
            on_cancel=on_cancel
        >
            <p>{body}</p>
        </ConfirmDialog>
    }
}
