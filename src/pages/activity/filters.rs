//! The Activity page's filter bar. Every control applies at once (text on Enter or when it
//! loses focus, so typing does not send a request per keystroke) and resets to the first page.

use super::query::{ActivityQuery, ACTIONS, RESOURCES};
use leptos::prelude::*;

#[component]
pub fn Filters(
    /// The filters in the URL.
    #[prop(into)]
    query: Signal<ActivityQuery>,
    /// Applies new filters.
    on_change: Callback<ActivityQuery>,
) -> impl IntoView {
    let apply = move |change: &dyn Fn(&mut ActivityQuery)| {
        let mut q = query.get_untracked();
        change(&mut q);
        q.page = 1;
        on_change.run(q);
    };
    let select = move |name: &'static str,
                       label: &'static str,
                       all: &'static str,
                       options: &'static [(&'static str, &'static str)],
                       read: fn(&ActivityQuery) -> String,
                       write: fn(&mut ActivityQuery, String)| {
        view! {
            <label class="gw-filters__item">
                <span class="gw-field__label">{label}</span>
                <select
                    class="gw-input"
                    name=name
                    prop:value=move || query.with(read)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        apply(&|q| write(q, v.clone()));
                    }
                >
                    <option value="">{all}</option>
                    {options
                        .iter()
                        .map(|(value, text)| view! { <option value=*value>{*text}</option> })
                        .collect_view()}
                </select>
            </label>
        }
    };
    let date = move |name: &'static str,
                     label: &'static str,
                     read: fn(&ActivityQuery) -> String,
                     write: fn(&mut ActivityQuery, String)| {
        view! {
            <label class="gw-filters__item">
                <span class="gw-field__label">{label}</span>
                <input
                    type="date"
                    class="gw-input"
                    name=name
                    prop:value=move || query.with(read)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        apply(&|q| write(q, v.clone()));
                    }
                />
            </label>
        }
    };
    const OUTCOMES: &[(&str, &str)] = &[("succeeded", "Succeeded"), ("failed", "Failed")];
    view! {
        <div class="gw-filters" role="search" aria-label="Filter the audit log">
            {select(
                "resource",
                "Resource",
                "All resources",
                RESOURCES,
                |q| q.resource.clone(),
                |q, v| q.resource = v,
            )}
            {select(
                "action",
                "Action",
                "All actions",
                ACTIONS,
                |q| q.action.clone(),
                |q, v| q.action = v,
            )}
            <label class="gw-filters__item">
                <span class="gw-field__label">"Actor"</span>
                <input
                    type="search"
                    class="gw-input"
                    name="actor"
                    placeholder="Email or key name"
                    prop:value=move || query.with(|q| q.actor.clone())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        apply(&|q| q.actor = v.trim().to_string());
                    }
                />
            </label>
            {select(
                "outcome",
                "Outcome",
                "Any outcome",
                OUTCOMES,
                |q| match q.outcome {
                    Some(true) => "succeeded".into(),
                    Some(false) => "failed".into(),
                    None => String::new(),
                },
                |q, v| {
                    q.outcome = match v.as_str() {
                        "succeeded" => Some(true),
                        "failed" => Some(false),
                        _ => None,
                    };
                },
            )}
            {date("from", "From", |q| q.from.clone(), |q, v| q.from = v)}
            {date("to", "To", |q| q.to.clone(), |q, v| q.to = v)}
            <Show when=move || query.with(ActivityQuery::is_filtered)>
                <button
                    type="button"
                    class="gw-btn gw-filters__clear"
                    on:click=move |_| on_change.run(ActivityQuery::default())
                >
                    "Clear filters"
                </button>
            </Show>
        </div>
    }
}
