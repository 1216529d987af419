//! Copy to clipboard: the Clipboard API, a select-and-copy fallback, and a spoken result.
//! When the gateway's policy forbids copying it says so instead of vanishing.

use leptos::{prelude::*, task::spawn_local};
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn CopyButton(
    /// The text to copy; read only at click time.
    #[prop(into)]
    value: Signal<String>,
    /// What is copied, for the accessible name: "Copy {what}".
    #[prop(into)]
    what: String,
    /// True when the organisation's policy disables copying.
    #[prop(into)]
    blocked: Signal<bool>,
    /// The button's visible text ("Copy all" for a whole set).
    #[prop(default = "Copy")]
    text: &'static str,
) -> impl IntoView {
    let (status, set_status) = signal(None::<&'static str>);
    let label = format!("Copy {what}");
    let copy = move |_| {
        let text = value.get_untracked();
        spawn_local(async move {
            let ok = clipboard_write(&text).await || exec_copy(&text);
            set_status.try_set(Some(if ok {
                "Copied"
            } else {
                "Copy failed: select the text and press Ctrl+C"
            }));
            set_timeout(
                move || {
                    set_status.try_set(None);
                },
                Duration::from_secs(4),
            );
        });
    };
    view! {
        <span class="gw-copy">
            <Show
                when=move || !blocked.get()
                fallback=|| {
                    view! {
                        <span class="gw-copy__blocked">
                            "Copying is disabled by your organisation's policy"
                        </span>
                    }
                }
            >
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    aria-label=label.clone()
                    title=label.clone()
                    on:click=copy
                >
                    {move || if status.get() == Some("Copied") { "Copied" } else { text }}
                </button>
            </Show>
            <span class="gw-copy__status" role="status" aria-live="polite">
                {move || status.get()}
            </span>
        </span>
    }
}

/// `navigator.clipboard.writeText`, read through reflection because web-sys keeps the
/// Clipboard API behind an unstable flag.
async fn clipboard_write(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard"));
    let Ok(clipboard) = clipboard else {
        return false;
    };
    if clipboard.is_undefined() {
        return false;
    }
    let write = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"));
    let Ok(write) = write.and_then(|f| f.dyn_into::<js_sys::Function>()) else {
        return false;
    };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(p) => JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// The legacy path: select a temporary off-screen textarea and `execCommand("copy")`.
fn exec_copy(text: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = doc.body() else { return false };
    let Ok(area) = doc.create_element("textarea") else {
        return false;
    };
    let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("class", "gw-visually-hidden");
    let _ = area.set_attribute("aria-hidden", "true");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let ok = doc
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    // The secret must not linger in the document.
    area.set_value("");
    area.remove();
    ok
}
