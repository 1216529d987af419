//! A loading placeholder shaped like the content, announced as busy.

use leptos::prelude::*;

#[component]
pub fn LoadingSkeleton(
    /// What is loading, for screen readers ("Loading API keys").
    #[prop(into)]
    label: String,
    /// How many placeholder rows to draw.
    #[prop(default = 5)]
    rows: usize,
) -> impl IntoView {
    view! {
        <div class="gw-skeleton" role="status" aria-busy="true" aria-live="polite">
            <span class="gw-visually-hidden">{label}</span>
            {(0..rows)
                .map(|_| view! { <div class="gw-skeleton__row" aria-hidden="true"></div> })
                .collect_view()}
        </div>
    }
}
