//! Modal and confirmation dialog behaviour.

use super::*;
use hoop_admin::components::{confirm_dialog::ConfirmDialog, modal::Modal};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn modal_moves_focus_in_traps_tab_reports_escape_and_returns_focus() {
    let opener: web_sys::HtmlElement = doc().create_element("button").unwrap().unchecked_into();
    opener.set_text_content(Some("Open"));
    doc().body().unwrap().append_child(&opener).unwrap();
    opener.focus().unwrap();

    let open = RwSignal::new(true);
    let dismissed = RwSignal::new(0);
    let m = mount(move || {
        view! {
            <Show when=move || open.get()>
                <Modal
                    title="Your new key"
                    on_dismiss=Callback::new(move |_| dismissed.update(|d| *d += 1))
                >
                    <button id="first">"First"</button>
                    <button id="last">"Last"</button>
                </Modal>
            </Show>
        }
    });
    settle().await;

    let dialog = query("[role=dialog]").expect("dialog rendered");
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    let title_id = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(text(&format!("#{title_id}")), "Your new key");
    assert_eq!(
        active().unwrap().id(),
        "first",
        "focus moves into the dialog"
    );

    // Tab from the last control wraps to the first; Shift+Tab from the first wraps to the last.
    query("#last").unwrap().focus().unwrap();
    key(&dialog, "Tab", false);
    assert_eq!(active().unwrap().id(), "first");
    key(&dialog, "Tab", true);
    assert_eq!(active().unwrap().id(), "last");

    key(&dialog, "Escape", false);
    settle().await;
    assert_eq!(dismissed.get_untracked(), 1, "Esc is reported to the owner");
    assert!(
        query("[role=dialog]").is_some(),
        "the owner decides whether to close"
    );

    open.set(false);
    settle().await;
    assert!(query("[role=dialog]").is_none());
    assert_eq!(
        active().unwrap(),
        opener.clone().unchecked_into::<web_sys::Element>(),
        "focus returns to the opener"
    );
    opener.remove();
    drop(m);
}

#[wasm_bindgen_test]
async fn confirm_dialog_disables_and_relabels_while_busy() {
    let busy = RwSignal::new(false);
    let confirmed = RwSignal::new(0);
    let cancelled = RwSignal::new(0);
    let _m = mount(move || {
        view! {
            <ConfirmDialog
                title="Deactivate ci-deploy?"
                confirm_label="Deactivate"
                busy_label="Deactivating…"
                busy=busy
                danger=true
                on_confirm=Callback::new(move |_| {
                    confirmed.update(|c| *c += 1);
                    busy.set(true);
                })
                on_cancel=Callback::new(move |_| cancelled.update(|c| *c += 1))
            >
                <p>"Requests with this key get 401 at once."</p>
            </ConfirmDialog>
        }
    });
    settle().await;
    let dialog = query("[role=alertdialog]").expect("alert dialog");
    assert!(dialog
        .text_content()
        .unwrap()
        .contains("Requests with this key get 401"));
    let confirm = query(".gw-btn--danger").unwrap();
    assert_eq!(confirm.text_content().unwrap(), "Deactivate");
    confirm.click();
    confirm.click();
    settle().await;
    assert_eq!(confirmed.get_untracked(), 1, "a double click confirms once");
    assert_eq!(confirm.text_content().unwrap(), "Deactivating…");
    assert!(confirm.has_attribute("disabled"));
    assert_eq!(confirm.get_attribute("aria-busy").as_deref(), Some("true"));
    key(&dialog, "Escape", false);
    settle().await;
    assert_eq!(
        cancelled.get_untracked(),
        0,
        "Esc cannot cancel while the action runs"
    );
    busy.set(false);
    settle().await;
    key(&dialog, "Escape", false);
    settle().await;
    assert_eq!(cancelled.get_untracked(), 1);
}
