//! The page's `<h1>`: sets `document.title` and takes focus after navigation, so screen
//! readers announce the new page and keyboard users start at its top.

use crate::dom;
use leptos::{html, prelude::*};

#[component]
pub fn PageHeader(
    /// The page title, also used for `document.title`.
    #[prop(into)]
    title: String,
    /// One line under the title.
    #[prop(optional, into)]
    subtitle: Option<String>,
    /// Page-level actions shown beside the title.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let heading = NodeRef::<html::H1>::new();
    dom::set_title(&title);
    heading.on_load(|h| {
        // A screen whose chunk arrives later can be built before it is attached: wait a frame
        // so the heading is in the document when it takes focus.
        request_animation_frame(move || {
            let _ = h.focus();
        });
    });
    view! {
        <header class="gw-page-header">
            <div>
                <h1 tabindex="-1" node_ref=heading>
                    {title}
                </h1>
                {subtitle.map(|s| view! { <p class="gw-page-header__subtitle">{s}</p> })}
            </div>
            <div class="gw-page-header__actions">{children.map(|c| c())}</div>
        </header>
    }
}
