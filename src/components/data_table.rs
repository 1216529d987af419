//! A real `<table>` with a caption, labelled columns and row counts for assistive technology.

use leptos::prelude::*;

/// A column header; `hidden` keeps the label for screen readers only (e.g. "Actions").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub label: &'static str,
    pub hidden: bool,
}

impl Column {
    pub const fn new(label: &'static str) -> Self {
        Self {
            label,
            hidden: false,
        }
    }

    pub const fn hidden(label: &'static str) -> Self {
        Self {
            label,
            hidden: true,
        }
    }
}

#[component]
pub fn DataTable(
    /// The table's accessible name.
    #[prop(into)]
    caption: String,
    /// Column headers, in order.
    columns: Vec<Column>,
    /// Total rows, including any not rendered (for `aria-rowcount`).
    #[prop(into)]
    row_count: Signal<usize>,
    /// The `<tr>` rows. (The body's role is stated: a list may lay its rows out as grids,
    /// which drops the implied one.)
    children: Children,
) -> impl IntoView {
    view! {
        <div class="gw-table-wrap">
            <table class="gw-table" aria-rowcount=move || (row_count.get() + 1).to_string()>
                <caption class="gw-visually-hidden">{caption}</caption>
                <thead>
                    <tr aria-rowindex="1">
                        {columns
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <th scope="col">
                                        {if c.hidden {
                                            view! { <span class="gw-visually-hidden">{c.label}</span> }
                                                .into_any()
                                        } else {
                                            c.label.into_any()
                                        }}
                                    </th>
                                }
                            })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody role="rowgroup">{children()}</tbody>
            </table>
        </div>
    }
}

/// Row slots: a list keeps one row per place on its page and gives each the row now at that
/// place, so a keystroke, sort, filter or page change rewrites rows instead of rebuilding them.
/// The number of slots to keep is the most rows a page has had; slots past the page's rows are
/// hidden (see `style/lists.css`), so narrowing and widening a search builds no rows.
pub fn slot_count<T: Send + Sync + 'static>(rows: Signal<Vec<T>>) -> Memo<usize> {
    Memo::new(move |before: Option<&usize>| rows.with(Vec::len).max(before.copied().unwrap_or(0)))
}

/// The row slot `index` shows, and whether the page leaves it unused (hidden). A hidden slot
/// keeps its last row, so showing it again writes only what differs.
pub fn slot<T: Clone + PartialEq + Send + Sync + 'static>(
    rows: Signal<Vec<T>>,
    index: usize,
) -> (
    Memo<Option<T>>,
    impl Fn() -> bool + Copy + Send + Sync + 'static,
) {
    let row = Memo::new(move |before: Option<&Option<T>>| {
        rows.with(|r| r.get(index).cloned())
            .or_else(|| before.cloned().flatten())
    });
    (row, move || rows.with(|r| r.len() <= index))
}
