//! The key list's pages: where the shown rows sit in the filtered list, and Previous/Next.

use super::query::{page_count, PAGE_SIZE};
use leptos::prelude::*;

/// "Showing 51–100 of 1,234 keys" and the page buttons.
#[component]
pub fn Pager(
    /// Matching keys.
    #[prop(into)]
    total: Signal<usize>,
    /// The 1-based page shown.
    #[prop(into)]
    page: Signal<usize>,
    /// Goes to a page.
    #[prop(into)]
    on_page: Callback<usize>,
) -> impl IntoView {
    let pages = move || page_count(total.get());
    let summary = move || {
        let (t, p) = (total.get(), page.get());
        if t == 0 {
            return "No keys match".to_string();
        }
        let from = (p - 1) * PAGE_SIZE + 1;
        let to = (p * PAGE_SIZE).min(t);
        format!(
            "Showing {from}\u{2013}{to} of {t} {}",
            if t == 1 { "key" } else { "keys" }
        )
    };
    view! {
        <nav class="gw-pager" aria-label="Pages of API keys">
            <p class="gw-pager__summary" role="status" aria-live="polite">
                {summary}
            </p>
            <Show when=move || { pages() > 1 }>
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    disabled=move || { page.get() <= 1 }
                    on:click=move |_| on_page.run(page.get_untracked() - 1)
                >
                    "Previous page"
                </button>
                <span>{move || format!("Page {} of {}", page.get(), pages())}</span>
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    disabled=move || { page.get() >= pages() }
                    on:click=move |_| on_page.run(page.get_untracked() + 1)
                >
                    "Next page"
                </button>
            </Show>
        </nav>
    }
}
