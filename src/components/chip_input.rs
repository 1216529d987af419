//! Free-text values as chips: type, then Enter or a comma adds; Backspace in the empty box
//! removes the last one; each chip has a labelled remove button. A plain labelled `<input>`
//! underneath, so it reads and types like any other field.

use crate::dom;
use leptos::prelude::*;

/// Adds `raw` (split on commas, trimmed) to `values`, skipping blanks and repeats.
pub fn add_values(values: &mut Vec<String>, raw: &str) {
    for v in raw.split(',').map(str::trim).filter(|v| !v.is_empty()) {
        if !values.iter().any(|x| x == v) {
            values.push(v.to_string());
        }
    }
}

#[component]
pub fn ChipInput(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The chosen values, two-way.
    values: RwSignal<Vec<String>>,
    /// `name` of the text box, also a stable test hook.
    #[prop(into)]
    name: String,
    /// Help under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Known values offered while typing.
    #[prop(optional, into)]
    suggestions: Signal<Vec<String>>,
    /// Singular noun for labels ("attribute").
    #[prop(default = "value")]
    noun: &'static str,
) -> impl IntoView {
    let id = dom::unique_id(&format!("chips-{name}"));
    let hint_id = format!("{id}-hint");
    let list_id = format!("{id}-options");
    let draft = RwSignal::new(String::new());
    // `try_`: Chromium also blurs the input when its page is taken down, after its signals.
    let commit = move || {
        let Some(text) = draft.try_get_untracked() else {
            return;
        };
        if !text.trim().is_empty() {
            values.try_update(|v| add_values(v, &text));
        }
        draft.try_set(String::new());
    };
    let on_key = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        // Enter adds instead of submitting the surrounding form.
        "Enter" | "," => {
            if ev.key() == "," || !draft.with_untracked(|d| d.trim().is_empty()) {
                ev.prevent_default();
            }
            commit();
        }
        "Backspace" if draft.with_untracked(String::is_empty) => {
            values.update(|v| {
                v.pop();
            });
        }
        _ => {}
    };
    // A pasted "a, b, c" becomes three chips at once.
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match text.rsplit_once(',') {
            Some((done, rest)) => {
                values.update(|v| add_values(v, done));
                draft.set(rest.trim_start().to_string());
            }
            None => draft.set(text),
        }
    };
    let described_by = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="gw-field gw-chip-input">
            <label for=id.clone() class="gw-field__label">
                {label}
            </label>
            {hint
                .map(|h| {
                    view! {
                        <p id=hint_id.clone() class="gw-field__hint">
                            {h}
                        </p>
                    }
                })}
            <div class="gw-chip-input__chosen" aria-live="polite">
                {move || {
                    let chosen = values.get();
                    if chosen.is_empty() {
                        return view! { <span class="gw-muted">{format!("No {noun}s")}</span> }
                            .into_any();
                    }
                    view! {
                        <ul class="gw-chips" aria-label=format!("Chosen {noun}s")>
                            {chosen
                                .into_iter()
                                .map(|v| {
                                    let gone = v.clone();
                                    view! {
                                        <li class="gw-chip">
                                            {v.clone()}
                                            <button
                                                type="button"
                                                class="gw-chip__remove"
                                                aria-label=format!("Remove {noun} {v}")
                                                on:click=move |_| {
                                                    values.update(|all| all.retain(|x| *x != gone))
                                                }
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
                id=id.clone()
                name=name
                type="text"
                class="gw-input"
                autocomplete="off"
                list=list_id.clone()
                aria-describedby=described_by
                prop:value=move || draft.get()
                on:input=on_input
                on:keydown=on_key
                on:blur=move |_| commit()
            />
            <datalist id=list_id>
                {move || {
                    suggestions
                        .get()
                        .into_iter()
                        .filter(|s| !values.with(|v| v.contains(s)))
                        .map(|s| view! { <option value=s></option> })
                        .collect_view()
                }}
            </datalist>
        </div>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn values_are_split_trimmed_and_unique() {
        let mut v = vec!["env:prod".to_string()];
        super::add_values(&mut v, " team:data , env:prod,, ");
        assert_eq!(v, ["env:prod", "team:data"]);
        super::add_values(&mut v, "   ");
        assert_eq!(v.len(), 2);
    }
}
