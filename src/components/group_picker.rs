//! A searchable multi-select built from native checkboxes, so it works with the keyboard and
//! screen readers without custom key handling.

use crate::text::lowercase;
use leptos::prelude::*;

/// A word about one option, shown beside it. A `blocked` option cannot be chosen (unless it
/// already is, so it can still be removed) and its note says why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickerNote {
    pub name: String,
    pub text: String,
    pub blocked: bool,
}

#[component]
pub fn GroupPicker(
    /// The fieldset's legend.
    #[prop(into)]
    legend: String,
    /// The names to choose from.
    #[prop(into)]
    options: Signal<Vec<String>>,
    /// The chosen names, two-way.
    selected: RwSignal<Vec<String>>,
    /// Help under the legend.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Offers to add a name that is not in `options`.
    #[prop(optional)]
    allow_new: bool,
    /// Singular noun for messages ("group", "connection").
    #[prop(default = "group")]
    noun: &'static str,
    /// Notes on some options (e.g. a connection's type, or why it cannot be chosen).
    #[prop(optional, into)]
    notes: Signal<Vec<PickerNote>>,
) -> impl IntoView {
    let filter = RwSignal::new(String::new());
    let list_id = crate::dom::unique_id("picker");
    let hint_id = format!("{list_id}-hint");
    let all = move || {
        let mut names = options.get();
        for s in selected.get() {
            if !names.contains(&s) {
                names.push(s);
            }
        }
        names
    };
    let note_of = move |name: &str| notes.with(|n| n.iter().find(|x| x.name == name).cloned());
    let blocked = move |name: &str| {
        note_of(name).is_some_and(|n| n.blocked) && !selected.with(|s| s.iter().any(|x| x == name))
    };
    let visible = move || {
        let needle = lowercase(filter.get().trim());
        let matches = |n: &String| {
            lowercase(n).contains(&needle)
                || note_of(n).is_some_and(|x| lowercase(&x.text).contains(&needle))
        };
        all()
            .into_iter()
            .filter(|n| needle.is_empty() || matches(n))
            .collect::<Vec<_>>()
    };
    let toggle = move |name: String| {
        selected.update(|s| match s.iter().position(|x| *x == name) {
            Some(i) => {
                s.remove(i);
            }
            None => s.push(name),
        })
    };
    let new_name = move || {
        let t = filter.get().trim().to_string();
        (allow_new && !t.is_empty() && !all().contains(&t)).then_some(t)
    };
    let add_new = move || {
        if let Some(n) = new_name() {
            selected.update(|s| s.push(n));
            filter.set(String::new());
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        // Enter in the filter picks instead of submitting the surrounding form.
        if ev.key() == "Enter" {
            ev.prevent_default();
            let v = visible();
            if v.len() == 1 && new_name().is_none() && !blocked(&v[0]) {
                toggle(v[0].clone());
                filter.set(String::new());
            } else {
                add_new();
            }
        }
    };
    let described_by = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <fieldset class="gw-picker" aria-describedby=described_by>
            <legend class="gw-field__label">{legend}</legend>
            {hint
                .map(|h| {
                    view! {
                        <p id=hint_id.clone() class="gw-field__hint">
                            {h}
                        </p>
                    }
                })}
            <div class="gw-picker__selected" aria-live="polite">
                {move || {
                    let chosen = selected.get();
                    if chosen.is_empty() {
                        return view! {
                            <span class="gw-muted">{format!("No {noun}s selected")}</span>
                        }
                            .into_any();
                    }
                    view! {
                        <ul class="gw-chips">
                            {chosen
                                .into_iter()
                                .map(|name| {
                                    let n = name.clone();
                                    view! {
                                        <li class="gw-chip">
                                            {name.clone()}
                                            <button
                                                type="button"
                                                class="gw-chip__remove"
                                                aria-label=format!("Remove {noun} {name}")
                                                on:click=move |_| toggle(n.clone())
                                            >
                                                "×"
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
            </div>
            <input
                type="search"
                class="gw-input"
                placeholder=format!("Filter {noun}s")
                aria-label=format!("Filter {noun}s")
                aria-controls=list_id.clone()
                prop:value=move || filter.get()
                on:input=move |ev| filter.set(event_target_value(&ev))
                on:keydown=on_key
            />
            <ul class="gw-picker__options" id=list_id.clone()>
                <For each=visible key=|n| n.clone() let:name>
                    {
                        let checked_name = name.clone();
                        let toggled = name.clone();
                        let (blocked_name, note_name) = (name.clone(), name.clone());
                        let blocked_name = StoredValue::new(blocked_name);
                        let is_blocked = move || blocked_name.with_value(|n| blocked(n));
                        let note_id = crate::dom::unique_id("picker-note");
                        let described = note_id.clone();
                        let note_name = StoredValue::new(note_name);
                        let note = move || note_name.with_value(|n| note_of(n));
                        view! {
                            <li><label class="gw-picker__option" class:gw-picker__option--disabled=is_blocked>
                                <input type="checkbox" value=name.clone() disabled=is_blocked
                                    aria-describedby=move || note().map(|_| described.clone())
                                    prop:checked=move || selected.with(|s| s.contains(&checked_name))
                                    on:change=move |_| toggle(toggled.clone())/>
                                <span>{name.clone()}</span>
                                {move || note().map(|n| view! {
                                    <span id=note_id.clone() class="gw-picker__note">{n.text}</span>
                                })}
                            </label></li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || new_name().is_some()>
                <button type="button" class="gw-btn gw-btn--small" on:click=move |_| add_new()>
                    {move || {
                        format!("Add {noun} \u{201c}{}\u{201d}", new_name().unwrap_or_default())
                    }}
                </button>
            </Show>
            <Show when=move || visible().is_empty() && new_name().is_none()>
                <p class="gw-muted">{format!("No {noun}s match.")}</p>
            </Show>
        </fieldset>
    }
}
