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
        data_table::{Column, DataTable, Slots},
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
    // One row slot per place on the page (`data_table::Slots`).
    let slots = Slots::new(rows);
    let count = slots.count();
    view! {
        <div class="gw-keys gw-rowgrid">
            <DataTable caption="API keys" columns=columns row_count=total>
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <KeyRow
                        slots=slots
                        index=i
                        now=now
                        stale_days=stale_days
                        narrow=narrow
                        selected=selected
                        on_action=on_action
                    />
                </For>
            </DataTable>
        </div>
    }
}

/// One row slot: shows the page's row at its place, or is hidden when the page has fewer.
/// Texts and attributes follow the row directly; a part whose shape can change (a note that
/// may be absent, a time or a badge) is a memo, so it is rebuilt only when its shape or
/// content differs from the slot's last row.
#[component]
fn KeyRow(
    slots: Slots<ShownRow>,
    /// The slot's place on the page.
    index: usize,
    now: Signal<i64>,
    stale_days: Signal<u32>,
    /// Whether key, groups, creation and use fold under the name.
    narrow: Signal<bool>,
    selected: RwSignal<BTreeSet<String>>,
    on_action: Callback<RowAction>,
) -> impl IntoView {
    fn part<T: Clone + PartialEq + Default + Send + Sync + 'static>(
        last: Memo<Option<ShownRow>>,
        f: impl Fn(&ShownRow) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        Memo::new(move |_| last.with(|s| s.as_ref().map(&f).unwrap_or_default()))
    }
    // What only texts and attributes show needs no memo: an equal value is not written again.
    // A `Signal`, for the components that take one.
    fn read<T: Default + Send + Sync + 'static>(
        last: Memo<Option<ShownRow>>,
        f: impl Fn(&ShownRow) -> T + Send + Sync + 'static,
    ) -> Signal<T> {
        Signal::derive(move || last.with(|s| s.as_ref().map(&f).unwrap_or_default()))
    }
    let (last, hidden, tr) = slots.slot(index);
    // Text and flags are plain reads: writing an equal text or attribute again is skipped.
    let key = move |f: fn(&ApiKey) -> String| {
        move || last.with(|s| s.as_ref().map(|s| f(&s.row.key)).unwrap_or_default())
    };
    let id = key(|k| k.id.clone());
    let name = key(|k| k.name.clone());
    let masked = key(|k| k.masked_key.clone());
    let active = move || {
        last.with(|s| {
            s.as_ref()
                .is_none_or(|s| s.row.key.status == KeyStatus::Active)
        })
    };
    let own = part(last, |s| s.own);
    let cutover = part(last, move |s| s.cutover.as_ref().map(|c| c.text(now.get())));
    let deactivated_by = read(last, |s| {
        let by = s.row.key.deactivated_by.as_deref().unwrap_or_default();
        if by.is_empty() {
            String::new()
        } else {
            format!("by {by} ")
        }
    });
    let deactivated_at = read(last, |s| s.row.key.deactivated_at.clone());
    let groups = part(last, |s| s.row.key.groups.clone());
    let created_at = read(last, |s| Some(s.row.key.created_at.clone()));
    let created_by = part(last, |s| {
        let by = &s.row.key.created_by;
        (!by.is_empty()).then(|| format!("by {by}"))
    });
    let old = part(last, move |s| due_for_rotation(s.row.created_ms, now.get()));
    let last_used = read(last, |s| s.row.key.last_used_at.clone());
    let used_text = read(last, move |s| {
        usage_text(s.row.last_used_ms, now.get(), stale_days.get())
    });
    let used_tone = part(last, move |s| {
        match usage(s.row.last_used_ms, now.get(), stale_days.get()) {
            Usage::Recent => None,
            // A deactivated key that was never used is no warning.
            Usage::Never if s.row.key.status != KeyStatus::Active => Some(Tone::Plain),
            _ => Some(Tone::Warn),
        }
    });
    // Built when the menu opens, for the key the slot shows then.
    let items = Callback::new(move |()| {
        let Some(k) = last.with_untracked(|s| s.as_ref().map(|s| s.row.key.clone())) else {
            return Vec::new();
        };
        let item = |label: &str, danger: bool, action: RowAction| MenuItem {
            label: label.to_string(),
            danger,
            on_select: Callback::new(move |_| on_action.run(action.clone())),
        };
        let mut items = vec![item("Configure", false, RowAction::Configure(k.clone()))];
        if k.status == KeyStatus::Active {
            items.push(item("Rotate", false, RowAction::Rotate(k.clone())));
            items.push(item("Deactivate", true, RowAction::Deactivate(k)));
        } else {
            items.push(item("Activate", false, RowAction::Activate(k)));
        }
        items
    });
    let checked = move || {
        let id = id();
        selected.with(|s| s.contains(&id))
    };
    let toggle = move |ev| {
        let on = event_target_checked(&ev);
        let id = untrack(id);
        selected.update(|s| {
            if on {
                s.insert(id);
            } else {
                s.remove(&id);
            }
        });
    };
    // The note on who deactivated the key stays in place, hidden while the key is active, so
    // a slot given a key of the other status only rewrites texts.
    let status_cell = view! {
        <StatusBadge
            text=Signal::derive(move || {
                if active() { "Active" } else { "Deactivated" }.to_string()
            })
            tone=Signal::derive(move || if active() { Tone::Good } else { Tone::Muted })
        />
        <span class="gw-cell-note" hidden=active>
            {deactivated_by}
            <Timestamp value=deactivated_at compact=true />
        </span>
    };
    // The time of the last use, or how long it has not been used (`None`: a time).
    let used_time = Memo::new(move |_| used_tone.with(Option::is_none));
    let usage_cell = move || {
        if used_time.get() {
            view! { <Timestamp value=last_used compact=true /> }.into_any()
        } else {
            let tone = Signal::derive(move || used_tone.get().unwrap_or(Tone::Plain));
            view! { <StatusBadge text=used_text tone=tone /> }.into_any()
        }
    };
    let created_cell = move || {
        view! {
            <Timestamp value=created_at compact=true />
            {move || created_by.get().map(|b| view! { <span class="gw-cell-note">{b}</span> })}
            {move || {
                old.get()
                    .then(|| {
                        view! {
                            <span class="gw-cell-note gw-cell-note--warn">
                                "Older than a year: rotate"
                            </span>
                        }
                    })
            }}
        }
    };
    let groups_cell = move || view! { <Chips items=groups.get() empty="No groups" /> };
    let mask = move || {
        view! {
            <code class="gw-masked" title=masked>
                {move || short_mask(&masked())}
            </code>
        }
    };
    let fold = move || {
        narrow.get().then(|| {
            view! {
                <div class="gw-fold">
                    {mask()} <span>{groups_cell}</span> <span>"Created " {created_cell()}</span>
                    <span>"Last used " {usage_cell}</span>
                </div>
            }
        })
    };
    view! {
        <tr
            node_ref=tr
            hidden=hidden
            aria-rowindex=move || last.with(|s| s.as_ref().map(|s| (s.pos + 2).to_string()))
            class:gw-row--muted=move || !active()
        >
            <td class="gw-col-select">
                <input
                    type="checkbox"
                    aria-label=move || format!("Select {}", name())
                    prop:checked=checked
                    on:change=toggle
                />
            </td>
            <th scope="row" class="gw-cell-name">
                <span class="gw-key-name">{name}</span>
                {move || own.get().then(|| view! { <StatusBadge text="This session" tone=Tone::Info /> })}
                {move || cutover.get().map(|c| view! { <span class="gw-cell-note gw-cutover">{c}</span> })}
                {fold}
            </th>
            <td class="gw-fold-col">{mask()}</td>
            <td>{status_cell}</td>
            <td class="gw-fold-col">{groups_cell}</td>
            <td class="gw-fold-col">{created_cell()}</td>
            <td class="gw-fold-col">{usage_cell}</td>
            <td>
                <RowMenu
                    label=Signal::derive(move || format!("Actions for {}", name()))
                    items=items
                />
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
