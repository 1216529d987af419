//! A time shown relative ("5 minutes ago") with the exact local time on hover and for screen
//! readers.

use crate::format::{exact, now_ms, parse_rfc3339, relative};
use leptos::prelude::*;

#[component]
pub fn Timestamp(
    /// RFC 3339 text from the gateway; `None` or unparsable shows `missing`.
    value: Option<String>,
    /// What to show when there is no time ("Never").
    #[prop(into, default = "—".into())]
    missing: String,
) -> impl IntoView {
    match value.as_deref().and_then(parse_rfc3339) {
        Some(ms) => {
            let full = exact(ms);
            let title = full.clone();
            view! {
                <time datetime=value.unwrap_or_default() title=title>
                    <span aria-hidden="true">{relative(ms, now_ms())}</span>
                    <span class="gw-visually-hidden">{full}</span>
                </time>
            }
            .into_any()
        }
        None => view! { <span class="gw-muted">{missing}</span> }.into_any(),
    }
}
