//! The identity table and its filters. Pure view: rows and callbacks come from the page.

use super::query::{MiQuery, Row, SORTS};
use crate::api::machine_identities::MachineIdentity;
use crate::{
    components::{
        data_table::{Column, DataTable, Slots},
        form_field::SearchField,
        row_menu::{MenuItem, RowMenu},
        status_badge::Chips,
        timestamp::Timestamp,
    },
    routes,
};
use leptos::prelude::*;

/// Connections and attributes that identities use.
type Facets = (Vec<String>, Vec<String>);

/// Search box, connection and attribute filters, and sort order.
#[component]
pub fn IdentityFilters(
    /// The text in the search box.
    #[prop(into)]
    search: Signal<String>,
    /// Called with the text after each keystroke.
    on_search: Callback<String>,
    /// The query shown.
    #[prop(into)]
    query: Signal<MiQuery>,
    /// Connections and attributes that identities use, for the filter choices.
    #[prop(into)]
    facets: Signal<Facets>,
    /// Applies a new query.
    #[prop(into)]
    on_change: Callback<MiQuery>,
) -> impl IntoView {
    // What the selects show: a keystroke in the search box re-runs none of them.
    let picked = Memo::new(move |_| {
        query.with(|q| MiQuery {
            search: String::new(),
            page: 1,
            ..q.clone()
        })
    });
    let select = move |label: &'static str,
                       name: &'static str,
                       pick: fn(&Facets) -> Vec<String>,
                       current: fn(&MiQuery) -> String,
                       set: fn(&mut MiQuery, String)| {
        view! {
            <label class="gw-filters__item">
                <span class="gw-field__label">{label}</span>
                // Options mark themselves selected: they arrive after the list loads, so a
                // value set on the <select> first would find nothing to select.
                <select
                    class="gw-input"
                    name=name
                    on:change=move |ev| {
                        let mut q = query.get_untracked();
                        set(&mut q, event_target_value(&ev));
                        q.page = 1;
                        on_change.run(q);
                    }
                >
                    <option value="" prop:selected=move || current(&picked.get()).is_empty()>
                        "Any"
                    </option>
                    {move || {
                        facets
                            .with(pick)
                            .into_iter()
                            .map(|v| {
                                let mine = v.clone();
                                view! {
                                    <option
                                        value=v.clone()
                                        prop:selected=move || current(&picked.get()) == mine
                                    >
                                        {v.clone()}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </label>
        }
    };
    view! {
        <div class="gw-filters" role="search" aria-label="Filter machine identities">
            <SearchField value=search placeholder="Name or description" on_input=on_search />
            {select(
                "Connection",
                "connection",
                |f| f.0.clone(),
                |q| q.connection.clone(),
                |q, v| q.connection = v,
            )}
            {select(
                "Attribute",
                "attribute",
                |f| f.1.clone(),
                |q| q.attribute.clone(),
                |q, v| q.attribute = v,
            )}
            <label class="gw-filters__item">
                <span class="gw-field__label">"Sort"</span>
                <select
                    class="gw-input"
                    name="sort"
                    prop:value=move || {
                        let q = picked.get();
                        SORTS
                            .iter()
                            .position(|(s, d, _)| *s == q.sort && *d == q.descending)
                            .unwrap_or(0)
                            .to_string()
                    }
                    on:change=move |ev| {
                        let i: usize = event_target_value(&ev).parse().unwrap_or(0);
                        let (sort, descending, _) = SORTS[i.min(SORTS.len() - 1)];
                        on_change
                            .run(MiQuery {
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
                        .map(|(i, (_, _, label))| {
                            view! { <option value=i.to_string()>{*label}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}

/// What a row's menu asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowAction {
    Edit(String),
    Delete(String),
}

#[component]
pub fn IdentityTable(
    /// One page of the matching rows, each with its 0-based position among all matches.
    #[prop(into)]
    rows: Signal<Vec<(usize, Row)>>,
    /// How many identities match, across all pages.
    #[prop(into)]
    total: Signal<usize>,
    /// Whether to offer edit and delete.
    admin: bool,
    /// Runs a row's action.
    #[prop(into)]
    on_action: Callback<RowAction>,
) -> impl IntoView {
    let mut columns = vec![
        Column::new("Name"),
        Column::new("Description"),
        Column::new("Connections"),
        Column::new("Attributes"),
        Column::new("Created"),
        Column::new("Updated"),
    ];
    if admin {
        columns.push(Column::hidden("Actions"));
    }
    // One row slot per place on the page, as in the key table (`data_table::Slots`).
    let slots = Slots::new(rows);
    let count = slots.count();
    view! {
        <div class=if admin {
            "gw-mi-list gw-mi-list--admin gw-rowgrid"
        } else {
            "gw-mi-list gw-rowgrid"
        }>
            <DataTable caption="Machine identities" columns=columns row_count=total>
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <IdentityRow slots=slots index=i admin=admin on_action=on_action />
                </For>
            </DataTable>
        </div>
    }
}

/// One row slot: shows the page's row at its place, or is hidden when the page has fewer.
/// Texts follow the row directly; each part that is a view is a memo of what it shows, so it is
/// rebuilt only when that differs from the slot's last row.
#[component]
fn IdentityRow(
    slots: Slots<(usize, Row)>,
    /// The slot's place on the page.
    index: usize,
    admin: bool,
    on_action: Callback<RowAction>,
) -> impl IntoView {
    fn part<T: Clone + PartialEq + Send + Sync + 'static>(
        last: Memo<Option<(usize, Row)>>,
        f: fn(&MachineIdentity) -> T,
    ) -> Memo<Option<T>> {
        Memo::new(move |_| last.with(|s| s.as_ref().map(|(_, r)| f(&r.mi))))
    }
    let (last, hidden, tr) = slots.slot(index);
    let text = move |f: fn(&MachineIdentity) -> String| {
        move || last.with(|s| s.as_ref().map(|(_, r)| f(&r.mi)).unwrap_or_default())
    };
    let name = text(|mi| mi.name.clone());
    let description = part(last, |mi| mi.description.clone());
    let connections = part(last, |mi| mi.connection_names.clone());
    let attributes = part(last, |mi| mi.attributes.clone());
    let created = part(last, |mi| mi.created_at.clone());
    let updated = part(last, |mi| {
        Some(mi.updated_at.clone()).filter(|u| !u.starts_with("0001-"))
    });
    let menu = admin.then(|| {
        // Built when the menu opens, for the identity the slot shows then.
        let items = Callback::new(move |()| {
            let name = untrack(name);
            let item = |label: &str, danger: bool, action: RowAction| MenuItem {
                label: label.to_string(),
                danger,
                on_select: Callback::new(move |_| on_action.run(action.clone())),
            };
            vec![
                item("Edit", false, RowAction::Edit(name.clone())),
                item("Delete", true, RowAction::Delete(name)),
            ]
        });
        view! {
            <td>
                <RowMenu
                    label=Signal::derive(move || format!("Actions for {}", name()))
                    items=items
                />
            </td>
        }
    });
    let description_cell = move || {
        description.get().map(|d| {
            if d.is_empty() {
                view! { <span class="gw-muted">"—"</span> }.into_any()
            } else {
                d.into_any()
            }
        })
    };
    let connections_cell = move || {
        connections.get().map(|c| {
            let count = c.len();
            view! {
                <span class="gw-cell-note">
                    {if count == 1 {
                        "1 connection".to_string()
                    } else {
                        format!("{count} connections")
                    }}
                </span>
                <Chips items=c empty="" />
            }
        })
    };
    let attributes_cell = move || {
        attributes
            .get()
            .map(|a| view! { <Chips items=a empty="None" /> })
    };
    view! {
        <tr
            node_ref=tr
            hidden=hidden
            aria-rowindex=move || last.with(|s| s.as_ref().map(|(p, _)| (p + 2).to_string()))
        >
            <th scope="row" class="gw-cell-name">
                // A plain link: the router follows any same-origin link, and `<A>`'s
                // active-state tracking costs each row an effect it never needs here.
                <a href=move || routes::machine_identity(&name())>{name}</a>
            </th>
            <td class="gw-mi-desc">{description_cell}</td>
            <td>{connections_cell}</td>
            <td>{attributes_cell}</td>
            <td>
                <Timestamp value=created />
            </td>
            <td>
                <Timestamp value=Signal::derive(move || updated.get().flatten()) />
            </td>
            {menu}
        </tr>
    }
}
