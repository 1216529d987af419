//! Time left until an instant, ticking for the eye while screen readers get the end time as
//! still text (a number that changes every second would be read out, or ignored, every second).

use crate::format::{countdown, exact};
use leptos::prelude::*;

#[component]
pub fn Countdown(
    /// The end, in epoch milliseconds.
    until_ms: i64,
    /// The page's clock, in epoch milliseconds.
    #[prop(into)]
    now: Signal<i64>,
) -> impl IntoView {
    let at = exact(until_ms);
    view! {
        <span class="gw-countdown" title=format!("Until {at}")>
            <span aria-hidden="true">
                {move || format!("{} left", countdown(until_ms, now.get()))}
            </span>
            <span class="gw-visually-hidden">{format!("until {at}")}</span>
        </span>
    }
}
