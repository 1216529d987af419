//! A time shown relative ("5 minutes ago") with the exact local time on hover and for screen
//! readers.

use crate::format::{exact, now_ms, parse_rfc3339, relative, relative_compact};
use leptos::prelude::*;

#[component]
pub fn Timestamp(
    /// RFC 3339 text from the gateway; `None` or unparsable shows `missing`.
    value: Option<String>,
    /// What to show when there is no time ("Never").
    #[prop(into, default = "—".into())]
    missing: String,
    /// "3 d ago" for narrow columns. The exact time is then also shown while the row holds
    /// keyboard focus (`data-exact`, see the table styles), as hovering shows it.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    match value.as_deref().and_then(parse_rfc3339) {
        Some(ms) => {
            let full = exact(ms);
            let title = full.clone();
            let shown = if compact {
                relative_compact(ms, now_ms())
            } else {
                relative(ms, now_ms())
            };
            view! {
                <time
                    datetime=value.unwrap_or_default()
                    title=title.clone()
                    data-exact=compact.then_some(title)
                >
                    <span aria-hidden="true">{shown}</span>
                    <span class="gw-visually-hidden">{full}</span>
                </time>
            }
            .into_any()
        }
        None => view! { <span class="gw-muted">{missing}</span> }.into_any(),
    }
}
