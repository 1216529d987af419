//! The selection bar above the key table: the count, select-all and the bulk buttons.

use super::model::KeyOp;
use leptos::prelude::*;

/// "3 selected", select every matching key, and the bulk buttons.
#[component]
pub fn BulkBar(
    /// Keys matching the filter (the select-all checkbox's reach, without the own key).
    #[prop(into)]
    matching: Signal<usize>,
    /// Whether every one of them is selected.
    #[prop(into)]
    all_selected: Signal<bool>,
    /// Selected keys that are active, and that are deactivated.
    #[prop(into)]
    selected: Signal<(usize, usize)>,
    /// The console's own key when the filter matches it but select-all left it out.
    #[prop(into)]
    own_left_out: Signal<Option<String>>,
    #[prop(into)] on_select_all: Callback<bool>,
    #[prop(into)] on_bulk: Callback<KeyOp>,
    #[prop(into)] on_clear: Callback<()>,
) -> impl IntoView {
    let total = move || selected.get().0 + selected.get().1;
    let count_text = move || match total() {
        0 => "No keys selected".to_string(),
        1 => "1 key selected".to_string(),
        n => format!("{n} keys selected"),
    };
    view! {
        <div class="gw-bulk" role="group" aria-label="Selected keys">
            <label class="gw-check">
                <input
                    type="checkbox"
                    prop:checked=move || all_selected.get()
                    disabled=move || matching.get() == 0
                    on:change=move |ev| on_select_all.run(event_target_checked(&ev))
                />
                {move || format!("Select all {} matching keys", matching.get())}
            </label>
            <p class="gw-bulk__count" role="status" aria-live="polite">
                {count_text}
            </p>
            <div class="gw-bulk__actions">
                <button
                    type="button"
                    class="gw-btn gw-btn--small gw-btn--danger"
                    disabled=move || selected.get().0 == 0
                    on:click=move |_| on_bulk.run(KeyOp::Deactivate)
                >
                    {move || format!("Deactivate {} selected", selected.get().0)}
                </button>
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    disabled=move || selected.get().1 == 0
                    on:click=move |_| on_bulk.run(KeyOp::Activate)
                >
                    {move || format!("Activate {} selected", selected.get().1)}
                </button>
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    disabled=move || total() == 0
                    on:click=move |_| on_clear.run(())
                >
                    "Clear selection"
                </button>
            </div>
            {move || {
                own_left_out
                    .get()
                    .map(|name| {
                        view! {
                            <p class="gw-bulk__note">
                                {format!(
                                    "\u{201c}{name}\u{201d}, the key this console is signed in with, is left out; tick its row to include it.",
                                )}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
