//! A status shown as text plus an icon, never by colour alone.

use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Muted,
    Warn,
    Bad,
    Info,
    /// Muted words without a badge, for a state that asks nothing of the reader.
    Plain,
}

impl Tone {
    fn icon(self) -> &'static str {
        match self {
            Tone::Good => "●",
            Tone::Muted => "○",
            Tone::Warn => "▲",
            Tone::Bad => "■",
            Tone::Info => "◆",
            Tone::Plain => "",
        }
    }

    fn class(self) -> &'static str {
        match self {
            Tone::Good => "gw-badge gw-badge--good",
            Tone::Muted => "gw-badge gw-badge--muted",
            Tone::Warn => "gw-badge gw-badge--warn",
            Tone::Bad => "gw-badge gw-badge--bad",
            Tone::Info => "gw-badge gw-badge--info",
            Tone::Plain => "gw-muted",
        }
    }
}

/// A badge such as "Active" or "Deactivated".
#[component]
pub fn StatusBadge(
    /// The words that carry the meaning. Text and tone are signals, so a list row that is
    /// given another item rewrites them instead of rebuilding the badge.
    #[prop(into)]
    text: Signal<String>,
    /// Colour and icon, as reinforcement only.
    #[prop(into)]
    tone: Signal<Tone>,
) -> impl IntoView {
    view! {
        <span class=move || tone.get().class()>
            <span
                class="gw-badge__icon"
                aria-hidden="true"
                hidden=move || tone.get() == Tone::Plain
            >
                {move || tone.get().icon()}
            </span>
            {text}
        </span>
    }
}

/// A list of short labels (groups, attributes, connections).
#[component]
pub fn Chips(
    /// The labels; an empty list shows `empty`.
    items: Vec<String>,
    /// What to show when there are none.
    #[prop(into)]
    empty: String,
) -> impl IntoView {
    if items.is_empty() {
        return view! { <span class="gw-muted">{empty}</span> }.into_any();
    }
    view! {
        <ul class="gw-chips">
            {items.into_iter().map(|i| view! { <li class="gw-chip">{i}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}
