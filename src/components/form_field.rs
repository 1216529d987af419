//! A labelled text input whose error is tied to it (`aria-invalid`, `aria-describedby`).

use crate::dom;
use leptos::{either::Either, html, prelude::*};

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
    // Fixed ids: the error paragraph is always there (empty, so hidden and silent, when there
    // is no error), which keeps this attribute static. One reactive attribute less per field.
    let described_by = [
        hint.is_some().then_some(hint_id.as_str()),
        Some(error_id.as_str()),
        max_len.map(|_| count_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = move || error.with(Option::is_some).then_some("true");
    let node_ref = node_ref.unwrap_or_default();
    let max_attr = max_len.map(|m| m.to_string());
    let on_input = move |ev| value.set(event_target_value(&ev));
    let control = if multiline {
        Either::Left(view! {
            <textarea
                id=id.clone()
                name=name
                rows="3"
                maxlength=max_attr
                aria-invalid=invalid
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=on_input
            ></textarea>
        })
    } else {
        Either::Right(view! {
            <input
                id=id.clone()
                name=name
                type=input_type
                autocomplete=autocomplete
                required=required
                maxlength=max_attr
                aria-invalid=invalid
                aria-describedby=described_by
                node_ref=node_ref
                prop:value=move || value.get()
                on:input=on_input
            />
        })
    };
    view! {
        <div class="gw-field">
            <label for=id class="gw-field__label">
                {label}
                {required
                    .then(|| {
                        view! {
                            <span class="gw-field__required" aria-hidden="true">
                                " *"
                            </span>
                        }
                    })}
            </label>
            {hint
                .map(|h| {
                    view! {
                        <p id=hint_id class="gw-field__hint">
                            {h}
                        </p>
                    }
                })}
            {control}
            {max_len
                .map(|m| {
                    view! {
                        <p id=count_id class="gw-field__count" aria-live="polite">
                            {move || {
                                format!("{} of {m} characters", value.with(|v| v.chars().count()))
                            }}
                        </p>
                    }
                })}
            <p id=error_id class="gw-field__error">
                {move || error.get()}
            </p>
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
            <p class="gw-alert gw-alert--error" role="alert">
                {move || error.get()}
            </p>
        </Show>
        <div class="gw-form__actions">
            <button
                type="submit"
                class="gw-btn gw-btn--primary"
                disabled=busy
                aria-busy=move || busy.get().to_string()
            >
                {move || if busy.get() { busy_label } else { submit_label }}
            </button>
            <a class="gw-btn" href=cancel_href>
                "Cancel"
            </a>
        </div>
    }
}

/// The search box of a list's filter bar: labelled "Search", reporting every keystroke.
#[component]
pub fn SearchField(
    /// What the box shows.
    #[prop(into)]
    value: Signal<String>,
    /// What can be searched for ("Name or description").
    placeholder: &'static str,
    /// Called with the text after each keystroke.
    #[prop(into)]
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <label class="gw-filters__item">
            <span class="gw-field__label">"Search"</span>
            <input
                type="search"
                class="gw-input"
                name="search"
                placeholder=placeholder
                prop:value=move || value.get()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </label>
    }
}
