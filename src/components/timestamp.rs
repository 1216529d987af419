//! A time shown relative ("5 minutes ago") with the exact local time on hover and for screen
//! readers.

use crate::format::{exact, now_ms, parse_rfc3339, relative, relative_compact};
use leptos::prelude::*;

#[component]
pub fn Timestamp(
    /// RFC 3339 text from the gateway; `None` or unparsable shows `missing`. A signal, so a
    /// list row that is given another item rewrites these texts instead of rebuilding them.
    #[prop(into)]
    value: Signal<Option<String>>,
    /// What to show when there is no time ("Never").
    #[prop(into, default = "—".into())]
    missing: String,
    /// "3 d ago" for narrow columns. The exact time is then also shown while the row holds
    /// keyboard focus (`data-exact`, see the table styles), as hovering shows it.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    // Texts are worked out where they are shown (an equal one is not written again); only the
    // choice between a time and `missing` is a memo, as it changes the elements.
    let ms = move || value.with(|v| v.as_deref().and_then(parse_rfc3339));
    let known = Memo::new(move |_| ms().is_some());
    let full = move || ms().map(exact).unwrap_or_default();
    move || {
        if known.get() {
            view! {
                <time
                    datetime=move || value.get().unwrap_or_default()
                    title=full
                    data-exact=move || compact.then(full)
                >
                    <span aria-hidden="true">
                        {move || {
                            ms()
                                .map(|ms| {
                                    if compact {
                                        relative_compact(ms, now_ms())
                                    } else {
                                        relative(ms, now_ms())
                                    }
                                })
                                .unwrap_or_default()
                        }}
                    </span>
                    <span class="gw-visually-hidden">{full}</span>
                </time>
            }
            .into_any()
        } else {
            view! { <span class="gw-muted">{missing.clone()}</span> }.into_any()
        }
    }
}
