//! A labelled text input whose error is tied to it (`aria-invalid`, `aria-describedby`).

use crate::dom;
use leptos::{html, prelude::*};

/// One text field with label, hint, optional character counter and inline error.
#[component]
pub fn TextField(
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The field's value, two-way.
    value: RwSignal<String>,
    /// The current error, shown under the field.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// A line of help under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Marks the field required (also for assistive technology).
    #[prop(optional)]
    required: bool,
    /// Shows a counter and stops typing beyond this many characters.
    #[prop(optional)]
    max_len: Option<usize>,
    /// `text`, `email`, `password`…
    #[prop(default = "text")]
    input_type: &'static str,
    /// The `autocomplete` hint.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// `name` attribute, also used as a stable test hook.
    #[prop(into)]
    name: String,
    /// Lets the form focus this field (e.g. the first invalid one).
    #[prop(optional)]
    node_ref: Option<NodeRef<html::Input>>,
    /// Renders a multi-line `<textarea>` instead.
    #[prop(optional)]
    multiline: bool,
) -> impl IntoView {
    let id = dom::unique_id(&format!("field-{name}"));
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let count_id = format!("{id}-count");
    let has_hint = hint.is_some();
    let described_by = {
        let (h, e, c) = (hint_id.clone(), error_id.clone(), count_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(h.clone());
            }
            if error.get().is_some() {
                ids.push(e.clone());
            }
            if max_len.is_some() {
                ids.push(c.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let node_ref = node_ref.unwrap_or_default();
    let max_attr = max_len.map(|m| m.to_string());
    let control = if multiline {
        view! {
            <textarea id=id.clone() name=name.clone() rows="3" maxlength=max_attr.clone()
                aria-invalid=invalid aria-describedby=described_by.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() name=name.clone() type=input_type autocomplete=autocomplete
                required=required maxlength=max_attr aria-invalid=invalid
                aria-describedby=described_by node_ref=node_ref bind:value=value/>
        }
        .into_any()
    };
    view! {
        <div class="gw-field">
            <label for=id.clone() class="gw-field__label">
                {label}
                {required.then(|| view! { <span class="gw-field__required" aria-hidden="true">" *"</span> })}
            </label>
            {hint.map(|h| view! { <p id=hint_id.clone() class="gw-field__hint">{h}</p> })}
            {control}
            {max_len.map(|m| view! {
                <p id=count_id.clone() class="gw-field__count" aria-live="polite">
                    {move || format!("{} of {m} characters", value.with(|v| v.chars().count()))}
                </p>
            })}
            <Show when=move || error.get().is_some()>
                <p id=error_id.clone() class="gw-field__error">{move || error.get()}</p>
            </Show>
        </div>
    }
}

/// The end of a form: its error, if any, then the busy-aware submit button and Cancel.
#[component]
pub fn FormFooter(
    /// An error that belongs to no single field.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// True while the form's request runs; the submit button is disabled and says so.
    #[prop(into)]
    busy: Signal<bool>,
    /// The submit button's label ("Create key").
    submit_label: &'static str,
    /// Its label while busy ("Creating…").
    busy_label: &'static str,
    /// Where Cancel goes.
    #[prop(into)]
    cancel_href: String,
) -> impl IntoView {
    view! {
        <Show when=move || error.get().is_some()>
            <p class="gw-alert gw-alert--error" role="alert">{move || error.get()}</p>
        </Show>
        <div class="gw-form__actions">
            <button type="submit" class="gw-btn gw-btn--primary" disabled=busy aria-busy=move || busy.get().to_string()>
                {move || if busy.get() { busy_label } else { submit_label }}
            </button>
            <a class="gw-btn" href=cancel_href>"Cancel"</a>
        </div>
    }
}
