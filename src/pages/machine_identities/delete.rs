//! Deleting a machine identity: a confirmation that names it, says what stops working, and
//! asks for its name to be typed, with a busy state so it cannot be sent twice.

use crate::{
    api::{machine_identities::delete_machine_identity, ApiError},
    components::{confirm_dialog::ConfirmDialog, toast::Toasts},
    pages::mutation::Mutation,
    session::use_api,
};
use leptos::prelude::*;

#[component]
pub fn DeleteIdentityDialog(
    /// The identity to delete.
    name: String,
    /// Called with the name once it is gone (also when someone else deleted it first).
    #[prop(into)]
    on_deleted: Callback<String>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let toasts = expect_context::<Toasts>();
    let typed = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let target = name.clone();
    let delete = Mutation::new(move |name: &String| {
        let (api, name) = (api.clone(), name.clone());
        async move {
            match delete_machine_identity(&api, &name).await {
                Ok(()) => {
                    toasts.success(format!("Machine identity \u{201c}{name}\u{201d} deleted. Its credentials no longer work."));
                    on_deleted.run(name);
                }
                Err(ApiError::NotFound(_)) => {
                    toasts.info(format!("\u{201c}{name}\u{201d} had already been deleted."));
                    on_deleted.run(name);
                }
                Err(e) => error.set(Some(e.human())),
            }
        }
    });
    let matches = {
        let target = target.clone();
        Signal::derive(move || typed.with(|t| t.trim() == target))
    };
    let confirm = {
        let target = target.clone();
        Callback::new(move |_| {
            if matches.get_untracked() && !delete.pending().get_untracked() {
                error.set(None);
                delete.dispatch(target.clone());
            }
        })
    };
    let input_id = crate::dom::unique_id("confirm-name");
    let prompt = format!("Type \u{201c}{name}\u{201d} to confirm");
    view! {
        <ConfirmDialog
            title=format!("Delete machine identity \u{201c}{name}\u{201d}?")
            confirm_label="Delete machine identity"
            busy_label="Deleting\u{2026}"
            busy=delete.pending()
            danger=true
            confirm_disabled=Signal::derive(move || !matches.get())
            error=error
            on_confirm=confirm
            on_cancel=on_cancel
        >
            <p>
                "All of its credentials are revoked at once: services using them lose access and live sessions are cut. "
                "This cannot be undone."
            </p>
            <div class="gw-field">
                <label class="gw-field__label" for=input_id.clone()>
                    {prompt.clone()}
                </label>
                <input
                    id=input_id.clone()
                    class="gw-input"
                    name="confirm-name"
                    autocomplete="off"
                    autofocus=true
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                    on:keydown=move |ev: web_sys::KeyboardEvent| {
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                            confirm.run(())
                        }
                    }
                />
            </div>
        </ConfirmDialog>
    }
}
