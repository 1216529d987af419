//! The one and only showing of a new API key: the raw key, copy, usage snippets, and a close
//! that needs an explicit "I have stored this key". The page hands the key over through
//! `show_once::ShowOnce`; from then on it lives in this component's own state and is wiped when
//! it closes or unmounts.

use super::{copy_button::CopyButton, modal::Modal};
use crate::api::api_keys::CreatedApiKey;
use leptos::prelude::*;

#[component]
pub fn KeyRevealModal(
    /// The create response; from here on the secret is this component's alone.
    created: CreatedApiKey,
    /// Base URL of the gateway for the usage snippets.
    #[prop(into)]
    api_url: String,
    /// True when the gateway's policy disables copying.
    #[prop(into)]
    copy_blocked: Signal<bool>,
    /// Called once the key is acknowledged or deliberately discarded.
    #[prop(into)]
    on_close: Callback<()>,
    /// Extra explanation under the warning (e.g. which key a rotation replaces).
    #[prop(default = None)]
    note: Option<String>,
) -> impl IntoView {
    let name = created.key.name.clone();
    let secret = RwSignal::new(created.secret);
    let confirming = RwSignal::new(false);
    // Untracked: during unmount there is nothing left to notify, only memory to wipe.
    on_cleanup(move || {
        secret.try_update_untracked(String::clear);
    });
    let close = move || {
        secret.set(String::new());
        on_close.run(());
    };
    let api_url = api_url.trim_end_matches('/').to_string();
    let curl = Signal::derive(move || {
        format!(
            "curl -H \"Authorization: Bearer {}\" {api_url}/api/userinfo",
            secret.get()
        )
    });
    let login = Signal::derive(move || format!("hoop login --api-key {}", secret.get()));
    let title = format!("API key \u{201c}{name}\u{201d} created");
    view! {
        <Modal title=title on_dismiss=Callback::new(move |_| confirming.set(true))>
            <p class="gw-alert gw-alert--warn">
                <strong>"Copy this key now. "</strong>
                "It will never be shown again: the gateway stores only a hash of it. If it is lost, create a new key."
            </p>
            {note.clone().map(|n| view! { <p class="gw-alert gw-alert--info">{n}</p> })}
            <div class="gw-field">
                <label class="gw-field__label" for="new-api-key">
                    "API key"
                </label>
                <div class="gw-secret-row">
                    <input
                        id="new-api-key"
                        class="gw-input gw-mono"
                        readonly=true
                        prop:value=move || secret.get()
                        on:focus=|ev| select_all(&ev)
                    />
                    <CopyButton value=secret what="API key" blocked=copy_blocked />
                </div>
            </div>
            <h3 class="gw-subheading">"Use it"</h3>
            <p class="gw-muted">"Call the gateway's API with it as a bearer token:"</p>
            <div class="gw-snippet">
                <code>{move || curl.get()}</code>
                <CopyButton value=curl what="curl command" blocked=copy_blocked />
            </div>
            <p class="gw-muted">"Or sign the hoop command-line client in with it:"</p>
            <div class="gw-snippet">
                <code>{move || login.get()}</code>
                <CopyButton value=login what="hoop login command" blocked=copy_blocked />
            </div>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <div class="gw-modal__actions">
                            <button
                                type="button"
                                class="gw-btn gw-btn--primary"
                                on:click=move |_| close()
                            >
                                "I have stored this key"
                            </button>
                        </div>
                    }
                }
            >
                <div class="gw-alert gw-alert--error" role="alert">
                    <p>"Discard this key? It can never be shown again."</p>
                    <div class="gw-modal__actions">
                        <button
                            type="button"
                            class="gw-btn"
                            autofocus=true
                            on:click=move |_| confirming.set(false)
                        >
                            "Keep showing it"
                        </button>
                        <button
                            type="button"
                            class="gw-btn gw-btn--danger"
                            on:click=move |_| close()
                        >
                            "Discard key"
                        </button>
                    </div>
                </div>
            </Show>
        </Modal>
    }
}

fn select_all(ev: &web_sys::FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}
