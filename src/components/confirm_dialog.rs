//! A confirmation dialog with a busy state, so a double click cannot send twice.

use super::modal::Modal;
use leptos::prelude::*;

/// Asks before doing something; the confirm button is disabled and says so while `busy`.
#[component]
pub fn ConfirmDialog(
    /// The question, as the dialog's heading.
    #[prop(into)]
    title: Signal<String>,
    /// Label of the confirming button ("Deactivate").
    #[prop(into)]
    confirm_label: Signal<String>,
    /// Label while the action runs ("Deactivating…").
    #[prop(into)]
    busy_label: Signal<String>,
    /// True while the confirmed action runs.
    #[prop(into)]
    busy: Signal<bool>,
    /// Styles the confirm button as destructive.
    #[prop(optional)]
    danger: bool,
    /// Disables the confirm button (e.g. until a name is typed).
    #[prop(optional, into)]
    confirm_disabled: Signal<bool>,
    /// An error from the last attempt, shown inside the dialog.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
    /// Label of the button that backs out.
    #[prop(default = "Cancel")]
    cancel_label: &'static str,
    #[prop(into)] on_confirm: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
    /// What happens if the user confirms.
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    let dismiss = move |_| {
        if !busy.get_untracked() {
            on_cancel.run(());
        }
    };
    view! {
        <Modal title=title on_dismiss=Callback::new(dismiss) alert=true>
            <div class="gw-modal__body">{children.read_value()()}</div>
            <Show when=move || error.get().is_some()>
                <p class="gw-alert gw-alert--error" role="alert">
                    {move || error.get()}
                </p>
            </Show>
            <div class="gw-modal__actions">
                <button
                    type="button"
                    class="gw-btn"
                    on:click=move |_| on_cancel.run(())
                    disabled=move || busy.get()
                >
                    {cancel_label}
                </button>
                <button
                    type="button"
                    class=if danger { "gw-btn gw-btn--danger" } else { "gw-btn gw-btn--primary" }
                    aria-busy=move || busy.get().to_string()
                    disabled=move || busy.get() || confirm_disabled.get()
                    on:click=move |_| {
                        if !busy.get_untracked() {
                            on_confirm.run(())
                        }
                    }
                >
                    {move || if busy.get() { busy_label.get() } else { confirm_label.get() }}
                </button>
            </div>
        </Modal>
    }
}
