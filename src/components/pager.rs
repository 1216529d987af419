//! Pages of a long list: where the shown rows sit ("Showing 51–100 of 1,234 keys") and the
//! buttons to the neighbouring pages. Every paged list uses this one.

use leptos::prelude::*;

/// The words one list uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PagerText {
    /// The navigation landmark's name, e.g. "Pages of API keys".
    pub label: &'static str,
    /// What the rows are, singular and plural.
    pub one: &'static str,
    pub many: &'static str,
    /// Shown when nothing matches ("" for nothing).
    pub none: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
}

/// How many pages `total` rows fill, at least one.
pub fn page_count(total: usize, size: usize) -> usize {
    total.div_ceil(size.max(1)).max(1)
}

/// The summary line for page `page` (1-based).
pub fn summary(text: &PagerText, total: usize, page: usize, size: usize) -> String {
    if total == 0 {
        return text.none.to_string();
    }
    let from = (page.max(1) - 1) * size + 1;
    let to = (page * size).min(total);
    let noun = if total == 1 { text.one } else { text.many };
    if from > total {
        return format!("Page {page} is past the end: {total} {noun} in all");
    }
    format!("Showing {from}\u{2013}{to} of {total} {noun}")
}

#[component]
pub fn Pager(
    text: PagerText,
    /// Matching rows, across all pages.
    #[prop(into)]
    total: Signal<usize>,
    /// The 1-based page shown.
    #[prop(into)]
    page: Signal<usize>,
    page_size: usize,
    /// Goes to a page.
    #[prop(into)]
    on_page: Callback<usize>,
) -> impl IntoView {
    let pages = move || page_count(total.get(), page_size);
    view! {
        <nav class="gw-pager" aria-label=text.label>
            <p class="gw-pager__summary" role="status" aria-live="polite">
                {move || summary(&text, total.get(), page.get(), page_size)}
            </p>
            // Kept in place, hidden while there is one page: a search that narrows the list to
            // one page and widens it again builds no buttons.
            <span class="gw-pager__nav" hidden=move || { pages() <= 1 && page.get() <= 1 }>
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    disabled=move || { page.get() <= 1 }
                    on:click=move |_| on_page.run(page.get_untracked().saturating_sub(1).max(1))
                >
                    {text.previous}
                </button>
                <span>{move || format!("Page {} of {}", page.get(), pages())}</span>
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    disabled=move || { page.get() >= pages() }
                    on:click=move |_| on_page.run(page.get_untracked() + 1)
                >
                    {text.next}
                </button>
            </span>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: PagerText = PagerText {
        label: "Pages",
        one: "key",
        many: "keys",
        none: "No keys match",
        previous: "Previous page",
        next: "Next page",
    };

    #[test]
    fn summaries() {
        assert_eq!(summary(&T, 0, 1, 50), "No keys match");
        assert_eq!(summary(&T, 1, 1, 50), "Showing 1\u{2013}1 of 1 key");
        assert_eq!(
            summary(&T, 120, 3, 50),
            "Showing 101\u{2013}120 of 120 keys"
        );
        assert_eq!(
            summary(&T, 120, 4, 50),
            "Page 4 is past the end: 120 keys in all"
        );
        assert_eq!(page_count(0, 50), 1);
        assert_eq!(page_count(101, 50), 3);
    }
}
