//! A searchable multi-select built from native checkboxes, so it works with the keyboard and
//! screen readers without custom key handling.

use leptos::prelude::*;

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
    let visible = move || {
        let needle = filter.get().trim().to_lowercase();
        all()
            .into_iter()
            .filter(|n| needle.is_empty() || n.to_lowercase().contains(&needle))
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
            if v.len() == 1 && new_name().is_none() {
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
            {hint.map(|h| view! { <p id=hint_id.clone() class="gw-field__hint">{h}</p> })}
            <div class="gw-picker__selected" aria-live="polite">
                {move || {
                    let chosen = selected.get();
                    if chosen.is_empty() {
                        return view! { <span class="gw-muted">{format!("No {noun}s selected")}</span> }.into_any();
                    }
                    view! {
                        <ul class="gw-chips">
                            {chosen.into_iter().map(|name| {
                                let n = name.clone();
                                view! {
                                    <li class="gw-chip">{name.clone()}
                                        <button type="button" class="gw-chip__remove"
                                            aria-label=format!("Remove {noun} {name}")
                                            on:click=move |_| toggle(n.clone())>"×"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </div>
            <input type="search" class="gw-input" placeholder=format!("Filter {noun}s")
                aria-label=format!("Filter {noun}s") aria-controls=list_id.clone()
                prop:value=move || filter.get() on:input=move |ev| filter.set(event_target_value(&ev))
                on:keydown=on_key/>
            <ul class="gw-picker__options" id=list_id.clone()>
                <For each=visible key=|n| n.clone() let:name>
                    {
                        let checked_name = name.clone();
                        let toggled = name.clone();
                        view! {
                            <li><label class="gw-picker__option">
                                <input type="checkbox" value=name.clone()
                                    prop:checked=move || selected.with(|s| s.contains(&checked_name))
                                    on:change=move |_| toggle(toggled.clone())/>
                                <span>{name.clone()}</span>
                            </label></li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || new_name().is_some()>
                <button type="button" class="gw-btn gw-btn--small" on:click=move |_| add_new()>
                    {move || format!("Add {noun} \u{201c}{}\u{201d}", new_name().unwrap_or_default())}
                </button>
            </Show>
            <Show when=move || visible().is_empty() && new_name().is_none()>
                <p class="gw-muted">{format!("No {noun}s match.")}</p>
            </Show>
        </fieldset>
    }
}
