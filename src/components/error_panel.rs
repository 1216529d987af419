//! A failed load: what went wrong and a Retry button.

use leptos::prelude::*;

/// Why a part of the app (a chunk) is missing, and what to do.
pub const NOT_DOWNLOADED: &str =
    "This part of Hoop Admin did not download. Check your connection, \
    then try again; if Hoop Admin was just updated, reload the page.";

#[component]
pub fn ErrorPanel(
    /// Heading, e.g. "API keys could not be loaded".
    #[prop(into)]
    title: String,
    /// The reason, in words a person can act on.
    #[prop(into)]
    message: String,
    /// Runs the load again.
    #[prop(into)]
    on_retry: Callback<()>,
) -> impl IntoView {
    view! {
        <section class="gw-error" role="alert">
            <h2 class="gw-error__title">{title}</h2>
            <p>{message}</p>
            <button type="button" class="gw-btn gw-btn--primary" on:click=move |_| on_retry.run(())>
                "Retry"
            </button>
        </section>
    }
}
