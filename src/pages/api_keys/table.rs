//! The key table and its controls. Pure view: rows and callbacks come from the page.

use super::query::{ordering_name, KeyQuery, Row, SortKey, StatusFilter, PAGE_SIZE};
use crate::{
    api::api_keys::{ApiKey, KeyStatus},
    components::{
        data_table::{Column, DataTable},
        form_field::SearchField,
        row_menu::{MenuItem, RowMenu},
        status_badge::{Chips, StatusBadge, Tone},
        timestamp::Timestamp,
    },
};
use leptos::prelude::*;

/// What a row's menu asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowAction {
    Configure(ApiKey),
    Deactivate(ApiKey),
    Activate(ApiKey),
    Rotate(ApiKey),
}

const SORTS: [(SortKey, bool); 6] = [
    (SortKey::Created, true),
    (SortKey::Created, false),
    (SortKey::Name, false),
    (SortKey::Name, true),
    (SortKey::LastUsed, true),
    (SortKey::LastUsed, false),
];

/// Search box, status filter and sort order.
#[component]
pub fn KeyFilters(
    /// The text in the search box, two-way.
    search: RwSignal<String>,
    /// The query in the URL.
    #[prop(into)]
    query: Signal<KeyQuery>,
    /// Applies a new query.
    #[prop(into)]
    on_change: Callback<KeyQuery>,
) -> impl IntoView {
    let status_value = move || match query.get().status {
        StatusFilter::All => "all",
        StatusFilter::Active => "active",
        StatusFilter::Deactivated => "deactivated",
    };
    view! {
        <div class="gw-filters" role="search" aria-label="Filter API keys">
            <SearchField
                value=search
                placeholder="Name, group or creator"
                on_input=Callback::new(move |text: String| {
                    search.set(text.clone());
                    on_change
                        .run(KeyQuery {
                            search: text,
                            page: 1,
                            ..query.get_untracked()
                        });
                })
            />
            <label class="gw-filters__item">
                <span class="gw-field__label">"Status"</span>
                <select
                    class="gw-input"
                    name="status"
                    prop:value=status_value
                    on:change=move |ev| {
                        let status = match event_target_value(&ev).as_str() {
                            "active" => StatusFilter::Active,
                            "deactivated" => StatusFilter::Deactivated,
                            _ => StatusFilter::All,
                        };
                        on_change
                            .run(KeyQuery {
                                status,
                                page: 1,
                                ..query.get_untracked()
                            });
                    }
                >
                    <option value="all">"All"</option>
                    <option value="active">"Active"</option>
                    <option value="deactivated">"Deactivated"</option>
                </select>
            </label>
            <label class="gw-filters__item">
                <span class="gw-field__label">"Sort"</span>
                <select
                    class="gw-input"
                    name="sort"
                    prop:value=move || {
                        let q = query.get();
                        sort_index(q.sort, q.descending).to_string()
                    }
                    on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        let (sort, descending) = SORTS[i.min(SORTS.len() - 1)];
                        on_change
                            .run(KeyQuery {
                                sort,
                                descending,
                                page: 1,
                                ..query.get_untracked()
                            });
                    }
                >
                    {SORTS
                        .iter()
                        .enumerate()
                        .map(|(i, (s, d))| {
                            view! { <option value=i.to_string()>{ordering_name(*s, *d)}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

/// `hpk_1nzb` plus an ellipsis: the eight characters the gateway keeps are what identify a key;
/// the 39 asterisks after them carry nothing.
pub fn short_mask(masked: &str) -> String {
    let visible: String = masked.chars().take_while(|c| *c != '*').collect();
    if visible.is_empty() {
        "\u{2014}".into()
    } else {
        format!("{visible}\u{2026}")
    }
}

/// Changes whenever anything shown in the row changes, so <For> re-renders exactly those rows.
fn row_key(k: &ApiKey) -> String {
    let status = if k.status == KeyStatus::Active {
        "a"
    } else {
        "r"
    };
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    [
        k.id.as_str(),
        status,
        &k.name,
        &k.groups.join("\u{1f}"),
        &opt(&k.last_used_at),
        &opt(&k.deactivated_at),
    ]
    .join("\u{1e}")
}

fn sort_index(sort: SortKey, descending: bool) -> usize {
    SORTS
        .iter()
        .position(|s| *s == (sort, descending))
        .unwrap_or(0)
}

/// One page of keys.
#[component]
pub fn KeyTable(
    /// The rows of this page, with their 0-based position in the whole filtered list.
    #[prop(into)]
    rows: Signal<Vec<(usize, Row)>>,
    /// How many keys match, across all pages.
    #[prop(into)]
    total: Signal<usize>,
    /// Runs a row's action.
    #[prop(into)]
    on_action: Callback<RowAction>,
) -> impl IntoView {
    let columns = vec![
        Column::new("Name"),
        Column::new("Key"),
        Column::new("Status"),
        Column::new("Groups"),
        Column::new("Created"),
        Column::new("Created by"),
        Column::new("Last used"),
        Column::hidden("Actions"),
    ];
    view! {
        <DataTable caption="API keys" columns=columns row_count=total>
            <For each=move || rows.get() key=|(i, r)| (*i, row_key(&r.key)) let:item>
                <KeyRow index=item.0 key_row=item.1.key.clone() on_action=on_action />
            </For>
        </DataTable>
    }
}

#[component]
fn KeyRow(index: usize, key_row: ApiKey, on_action: Callback<RowAction>) -> impl IntoView {
    let k = key_row;
    let active = k.status == KeyStatus::Active;
    let item = |label: &str, danger: bool, action: RowAction| MenuItem {
        label: label.to_string(),
        danger,
        on_select: Callback::new(move |_| on_action.run(action.clone())),
    };
    let mut items = vec![item("Configure", false, RowAction::Configure(k.clone()))];
    if active {
        items.push(item("Rotate", false, RowAction::Rotate(k.clone())));
        items.push(item("Deactivate", true, RowAction::Deactivate(k.clone())));
    } else {
        items.push(item("Activate", false, RowAction::Activate(k.clone())));
    }
    let status = if active {
        view! { <StatusBadge text="Active" tone=Tone::Good /> }.into_any()
    } else {
        let by = k.deactivated_by.clone().filter(|b| !b.is_empty());
        view! {
            <StatusBadge text="Deactivated" tone=Tone::Muted />
            <span class="gw-cell-note">
                {by.map(|b| format!("by {b} "))} <Timestamp value=k.deactivated_at.clone() />
            </span>
        }
        .into_any()
    };
    view! {
        <tr aria-rowindex=(index + 2).to_string() class:gw-row--muted=!active>
            <th scope="row" class="gw-cell-name">{k.name.clone()}</th>
            <td><code class="gw-masked" title=k.masked_key.clone()>{short_mask(&k.masked_key)}</code></td>
            <td>{status}</td>
            <td><Chips items=k.groups.clone() empty="No groups"/></td>
            <td><Timestamp value=Some(k.created_at.clone())/></td>
            <td>{if k.created_by.is_empty() { "—".to_string() } else { k.created_by.clone() }}</td>
            <td><Timestamp value=k.last_used_at.clone() missing="Never"/></td>
            <td><RowMenu label=format!("Actions for {}", k.name) items=items/></td>
        </tr>
    }
}

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
    let pages = move || super::query::page_count(total.get());
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

#[cfg(test)]
mod tests {
    #[test]
    fn masked_keys_show_their_identifying_part() {
        let masked = format!("hpk_1nzb{}", "*".repeat(39));
        assert_eq!(super::short_mask(&masked), "hpk_1nzb\u{2026}");
        assert_eq!(super::short_mask(""), "\u{2014}");
    }
}
