//! What a list says when it has nothing yet, with the way forward.

use leptos::prelude::*;

#[component]
pub fn EmptyState(
    /// One line: what is missing.
    #[prop(into)]
    title: String,
    /// Why the thing is useful.
    #[prop(into)]
    body: String,
    /// Calls to action (create button, docs link).
    children: Children,
) -> impl IntoView {
    view! {
        <section class="gw-empty">
            <h2 class="gw-empty__title">{title}</h2>
            <p class="gw-empty__body">{body}</p>
            <div class="gw-empty__actions">{children()}</div>
        </section>
    }
}
