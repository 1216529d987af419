//! The key table. Pure view: rows and callbacks come from the page. Columns have fixed
//! widths, and on narrow windows key, groups, creation and use fold into the row beneath the
//! name. The folded copy is rendered only on narrow windows, so a wide row builds each of them
//! once and assistive technology always reads one.

use super::{
    cutover::CutOver,
    query::Row,
    usage::{due_for_rotation, usage, usage_text, Usage},
};
use crate::{
    api::api_keys::{ApiKey, KeyStatus},
    components::{
        data_table::{Column, DataTable},
        row_menu::{MenuItem, RowMenu},
        status_badge::{Chips, StatusBadge, Tone},
        timestamp::Timestamp,
    },
};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// What a row's menu asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowAction {
    Configure(ApiKey),
    Deactivate(ApiKey),
    Activate(ApiKey),
    Rotate(ApiKey),
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

/// A row as the table shows it, with what the page worked out about it.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownRow {
    /// 0-based position in the whole filtered list.
    pub pos: usize,
    pub row: Row,
    /// The key this console is signed in with.
    pub own: bool,
    pub cutover: Option<CutOver>,
}

impl ShownRow {
    /// Changes whenever anything shown in the row changes, so <For> rebuilds exactly those rows.
    fn stamp(&self, now_ms: i64, stale_days: u32) -> String {
        let k = &self.row.key;
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        [
            k.id.as_str(),
            if k.status == KeyStatus::Active {
                "a"
            } else {
                "r"
            },
            &k.name,
            &k.groups.join("\u{1f}"),
            &opt(&k.last_used_at),
            &opt(&k.deactivated_at),
            if self.own { "o" } else { "" },
            &self
                .cutover
                .as_ref()
                .map(|c| c.text(now_ms))
                .unwrap_or_default(),
            &usage_text(self.row.last_used_ms, now_ms, stale_days),
        ]
        .join("\u{1e}")
    }
}

/// One page of keys.
#[component]
pub fn KeyTable(
    #[prop(into)] rows: Signal<Vec<ShownRow>>,
    /// How many keys match, across all pages.
    #[prop(into)]
    total: Signal<usize>,
    /// The time usage is judged at, and the stale threshold in days.
    #[prop(into)]
    now: Signal<i64>,
    #[prop(into)] stale_days: Signal<u32>,
    /// Ids of the selected keys.
    selected: RwSignal<BTreeSet<String>>,
    /// Runs a row's action.
    #[prop(into)]
    on_action: Callback<RowAction>,
) -> impl IntoView {
    let columns = vec![
        Column::hidden("Select"),
        Column::new("Name"),
        Column::new("Key"),
        Column::new("Status"),
        Column::new("Groups"),
        Column::new("Created"),
        Column::new("Last used"),
        Column::hidden("Actions"),
    ];
    // The width below which `style/keys.css` hides those columns.
    let narrow = crate::dom::media_matches("(max-width: 1100px)");
    // Keyed by id and what the row shows, so a row that stays visible after a keystroke or a
    // sort keeps its DOM; only its position (aria-rowindex) follows.
    let each = move || {
        let (now, stale) = (now.get(), stale_days.get());
        rows.get()
            .into_iter()
            .map(|r| (r.row.key.id.clone(), r.stamp(now, stale), r))
            .collect::<Vec<_>>()
    };
    let position = move |id: String| {
        Signal::derive(move || {
            rows.with(|r| r.iter().find(|x| x.row.key.id == id).map_or(0, |x| x.pos))
        })
    };
    view! {
        <div class="gw-keys gw-rowgrid">
            <DataTable caption="API keys" columns=columns row_count=total>
                <For each=each key=|(id, stamp, _)| (id.clone(), stamp.clone()) let:item>
                    <KeyRow
                        pos=position(item.0)
                        shown=item.2
                        now=now.get_untracked()
                        stale_days=stale_days.get_untracked()
                        narrow=narrow
                        selected=selected
                        on_action=on_action
                    />
                </For>
            </DataTable>
        </div>
    }
}

#[component]
fn KeyRow(
    /// 0-based position in the whole filtered list.
    pos: Signal<usize>,
    shown: ShownRow,
    now: i64,
    stale_days: u32,
    /// Whether key, groups, creation and use fold under the name.
    narrow: Signal<bool>,
    selected: RwSignal<BTreeSet<String>>,
    on_action: Callback<RowAction>,
) -> impl IntoView {
    let ShownRow {
        row, own, cutover, ..
    } = shown;
    let k = row.key.clone();
    let active = k.status == KeyStatus::Active;
    let items = {
        let k = k.clone();
        Callback::new(move |()| {
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
            items
        })
    };
    let status = if active {
        view! { <StatusBadge text="Active" tone=Tone::Good /> }.into_any()
    } else {
        let by = k.deactivated_by.clone().filter(|b| !b.is_empty());
        view! {
            <StatusBadge text="Deactivated" tone=Tone::Muted />
            <span class="gw-cell-note">
                {by.map(|b| format!("by {b} "))}
                <Timestamp value=k.deactivated_at.clone() compact=true />
            </span>
        }
        .into_any()
    };
    let id = k.id.clone();
    let checked = {
        let id = id.clone();
        move || selected.with(|s| s.contains(&id))
    };
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        selected.update(|s| {
            if on {
                s.insert(id.clone());
            } else {
                s.remove(&id);
            }
        });
    };
    let created_by = if k.created_by.is_empty() {
        None
    } else {
        Some(format!("by {}", k.created_by))
    };
    let old = due_for_rotation(row.created_ms, now);
    let key = row.key.clone();
    let masked = row.key.masked_key.clone();
    let name = row.key.name.clone();
    let usage_cell = move || {
        let text = usage_text(row.last_used_ms, now, stale_days);
        match usage(row.last_used_ms, now, stale_days) {
            Usage::Recent => {
                view! { <Timestamp value=row.key.last_used_at.clone() compact=true /> }.into_any()
            }
            Usage::Never if !active => view! { <span class="gw-muted">{text}</span> }.into_any(),
            _ => view! { <StatusBadge text=text tone=Tone::Warn /> }.into_any(),
        }
    };
    let created = move || {
        view! {
            <Timestamp value=Some(k.created_at.clone()) compact=true />
            {created_by.clone().map(|b| view! { <span class="gw-cell-note">{b}</span> })}
            {old
                .then(|| {
                    view! {
                        <span class="gw-cell-note gw-cell-note--warn">
                            "Older than a year: rotate"
                        </span>
                    }
                })}
        }
    };
    let groups = move || view! { <Chips items=key.groups.clone() empty="No groups" /> };
    let mask = move || {
        view! {
            <code class="gw-masked" title=masked.clone()>
                {short_mask(&masked)}
            </code>
        }
    };
    let fold = {
        let (mask, groups, created, usage_cell) = (
            mask.clone(),
            groups.clone(),
            created.clone(),
            usage_cell.clone(),
        );
        move || {
            narrow.get().then(|| {
                view! {
                    <div class="gw-fold">
                        {mask()} <span>{groups()}</span> <span>"Created " {created()}</span>
                        <span>"Last used " {usage_cell()}</span>
                    </div>
                }
            })
        }
    };
    view! {
        <tr aria-rowindex=move || (pos.get() + 2).to_string() class:gw-row--muted=!active>
            <td class="gw-col-select">
                <input
                    type="checkbox"
                    aria-label=format!("Select {name}")
                    prop:checked=checked
                    on:change=toggle
                />
            </td>
            <th scope="row" class="gw-cell-name">
                <span class="gw-key-name">{name.clone()}</span>
                {own.then(|| view! { <StatusBadge text="This session" tone=Tone::Info /> })}
                {cutover.map(|c| view! { <span class="gw-cell-note gw-cutover">{c.text(now)}</span> })}
                {fold}
            </th>
            <td class="gw-fold-col">{mask()}</td>
            <td>{status}</td>
            <td class="gw-fold-col">{groups()}</td>
            <td class="gw-fold-col">{created()}</td>
            <td class="gw-fold-col">{usage_cell()}</td>
            <td>
                <RowMenu label=format!("Actions for {name}") items=items />
            </td>
        </tr>
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
