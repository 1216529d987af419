//! Any path the console does not know.

use crate::{components::page_header::PageHeader, router::use_location, routes};
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    view! {
        <section class="gw-page">
            <PageHeader title="Page not found" />
            <p>"There is no page at " <code>{path}</code> "."</p>
            <p>
                "Check the address, or go back to the " <a href=routes::OVERVIEW>"Overview"</a> "."
            </p>
        </section>
    }
}
