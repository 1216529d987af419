//! The key list's controls: search, status and usage filters, the stale threshold and the
//! sort order. Pure view: the query comes in, a new query goes out.

use super::{
    query::{ordering_name, KeyQuery, SortKey, StatusFilter, UsageFilter},
    usage::STALE_CHOICES,
};
use crate::components::form_field::SearchField;
use leptos::prelude::*;

const SORTS: [(SortKey, bool); 6] = [
    (SortKey::Created, true),
    (SortKey::Created, false),
    (SortKey::Name, false),
    (SortKey::Name, true),
    (SortKey::LastUsed, true),
    (SortKey::LastUsed, false),
];

/// Search box, status and usage filters, the stale threshold and the sort order.
#[component]
pub fn KeyFilters(
    /// The text in the search box.
    #[prop(into)]
    search: Signal<String>,
    /// Called with the text after each keystroke.
    on_search: Callback<String>,
    /// The query in the URL.
    #[prop(into)]
    query: Signal<KeyQuery>,
    /// Applies a new query.
    #[prop(into)]
    on_change: Callback<KeyQuery>,
) -> impl IntoView {
    // What the selects show: a keystroke in the search box re-runs none of them.
    let picked =
        Memo::new(move |_| query.with(|q| (q.status, q.usage, q.stale_days, q.sort, q.descending)));
    let status_value = move || match picked.get().0 {
        StatusFilter::All => "all",
        StatusFilter::Active => "active",
        StatusFilter::Deactivated => "deactivated",
    };
    view! {
        <div class="gw-filters" role="search" aria-label="Filter API keys">
            <SearchField value=search placeholder="Name, group or creator" on_input=on_search />
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
                <span class="gw-field__label">"Use"</span>
                <select
                    class="gw-input"
                    name="usage"
                    prop:value=move || picked.get().1.param()
                    on:change=move |ev| {
                        on_change
                            .run(KeyQuery {
                                usage: UsageFilter::from_param(&event_target_value(&ev)),
                                page: 1,
                                ..query.get_untracked()
                            });
                    }
                >
                    {UsageFilter::ALL
                        .iter()
                        .map(|u| view! { <option value=u.param()>{u.label()}</option> })
                        .collect_view()}
                </select>
            </label>
            <label class="gw-filters__item gw-filters__item--narrow">
                <span class="gw-field__label">"Stale after"</span>
                <select
                    class="gw-input"
                    name="stale"
                    on:change=move |ev| {
                        if let Ok(days) = event_target_value(&ev).parse() {
                            on_change
                                .run(KeyQuery {
                                    stale_days: days,
                                    page: 1,
                                    ..query.get_untracked()
                                });
                        }
                    }
                >
                    {
                        let mut days = STALE_CHOICES.to_vec();
                        let linked = query.get_untracked().stale_days;
                        if !days.contains(&linked) {
                            days.push(linked);
                            crate::order::sort(&mut days);
                        }
                        days.into_iter()
                            .map(|d| {
                                // A threshold from a shared link that is not among the choices is offered too.
                                view! {
                                    <option
                                        value=d.to_string()
                                        prop:selected=move || picked.get().2 == d
                                    >
                                        {format!("{d} days unused")}
                                    </option>
                                }
                            })
                            .collect_view()
                    }
                </select>
            </label>
            <label class="gw-filters__item">
                <span class="gw-field__label">"Sort"</span>
                <select
                    class="gw-input"
                    name="sort"
                    prop:value=move || {
                        let (.., sort, descending) = picked.get();
                        sort_index(sort, descending).to_string()
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

fn sort_index(sort: SortKey, descending: bool) -> usize {
    SORTS
        .iter()
        .position(|s| *s == (sort, descending))
        .unwrap_or(0)
}
