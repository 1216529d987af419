//! How long a request asks for: one-click presets up to the connection's maximum, a custom
//! value in minutes or hours, and no expiry where the gateway allows it; or the JIT rule's
//! fixed window, shown as fixed.

use super::model::{duration, Unit, Window};
use crate::{components::form_field::TextField, pages::form::Feedback};
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Preset(i64),
    Custom,
    NoExpiry,
}

#[component]
pub fn DurationChoices(
    window: Window,
    /// The choice the dialog opened with; it takes focus.
    start: Choice,
    choice: RwSignal<Choice>,
    /// The typed custom value and its unit.
    custom: RwSignal<String>,
    unit: RwSignal<Unit>,
    /// The gateway said a window is needed: no expiry is no longer offered.
    required: RwSignal<bool>,
    /// Where the custom value's problem shows.
    feedback: Feedback,
) -> impl IntoView {
    // Typing a custom value chooses it.
    Effect::new(move |seen: Option<()>| {
        custom.track();
        if seen.is_some() {
            choice.set(Choice::Custom);
        }
    });
    let hint_id = crate::dom::unique_id("duration-hint");
    let radio = move |label: String, value: Choice| {
        view! {
            <label class="gw-choice">
                <input
                    type="radio"
                    name="duration"
                    value=match value {
                        Choice::Preset(s) => s.to_string(),
                        Choice::Custom => "custom".into(),
                        Choice::NoExpiry => "none".into(),
                    }
                    autofocus=value == start
                    prop:checked=move || choice.get() == value
                    on:change=move |_| choice.set(value)
                />
                {label}
            </label>
        }
    };
    match window.fixed {
        Some(fixed) => view! {
            <p class="gw-alert gw-alert--info" data-fixed-window=fixed.to_string()>
                {format!(
                    "This connection has just-in-time review with a fixed window: access lasts {} from approval. The window is set by the access rule and cannot be changed here.",
                    duration(fixed),
                )}
            </p>
        }.into_any(),
        None => view! {
            <fieldset class="gw-choices" aria-describedby=hint_id.clone()>
                <legend class="gw-field__label">"How long you need access"</legend>
                <p id=hint_id.clone() class="gw-field__hint">
                    {format!(
                        "At most {} on this connection. Access ends by itself when the time is up.",
                        duration(window.max),
                    )}
                </p>
                {window.presets().map(|p| radio(duration(p), Choice::Preset(p))).collect_view()}
                {radio("Custom".into(), Choice::Custom)}
                <div class="gw-choice--custom">
                    <TextField
                        label="Custom duration"
                        name="custom-duration"
                        value=custom
                        error=feedback.name
                        node_ref=feedback.name_ref
                    />
                    <select
                        class="gw-input"
                        name="custom-unit"
                        aria-label="Custom duration unit"
                        on:change=move |ev| {
                            unit.set(
                                if event_target_value(&ev) == "minutes" {
                                    Unit::Minutes
                                } else {
                                    Unit::Hours
                                },
                            );
                            choice.set(Choice::Custom);
                        }
                    >
                        <option value="hours" selected=true>
                            "hours"
                        </option>
                        <option value="minutes">"minutes"</option>
                    </select>
                </div>
                <Show when=move || {
                    window.no_expiry && !required.get()
                }>{radio("No expiry (until you revoke it)".into(), Choice::NoExpiry)}</Show>
            </fieldset>
        }.into_any(),
    }
}
