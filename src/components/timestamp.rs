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
    // (RFC 3339 text, exact local time, relative time) of a time that parses.
    let texts = Memo::new(move |_| {
        value.with(|v| {
            let text = v.as_deref()?;
            let ms = parse_rfc3339(text)?;
            let shown = if compact {
                relative_compact(ms, now_ms())
            } else {
                relative(ms, now_ms())
            };
            Some((text.to_string(), exact(ms), shown))
        })
    });
    let known = Memo::new(move |_| texts.with(Option::is_some));
    let text = move |f: fn(&(String, String, String)) -> &String| {
        move || texts.with(|t| t.as_ref().map(f).cloned().unwrap_or_default())
    };
    move || {
        if known.get() {
            view! {
                <time
                    datetime=text(|t| &t.0)
                    title=text(|t| &t.1)
                    data-exact=move || compact.then(text(|t| &t.1))
                >
                    <span aria-hidden="true">{text(|t| &t.2)}</span>
                    <span class="gw-visually-hidden">{text(|t| &t.1)}</span>
                </time>
            }
            .into_any()
        } else {
            view! { <span class="gw-muted">{missing.clone()}</span> }.into_any()
        }
    }
}
