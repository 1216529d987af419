//! Activity: who changed each key and identity, when and from where, read from the gateway's
//! audit log. Timelines for one key or identity (on their pages), what a key did, and the
//! Activity page with filters kept in the URL. Admins and auditors only: the log refuses
//! everyone else.
//!
//! The timeline's code is not in the pages that show one: a key's page fetches it when it
//! shows the timeline, so a deep link to the key list does not download it. Pages ask for a
//! timeline with [`timeline`]; the app provides how it is loaded ([`ShowTimeline`]). It shares
//! the machine identities' chunk: a chunk of its own splits the code it shares with the other
//! screens into more, smaller files and made the first load of sign-in and the Overview 3.7 KB
//! heavier, past their budget.

mod describe;
mod feed;
mod filters;
mod page;
mod query;
mod row;
pub mod sources;
mod timeline;

pub use feed::Source;
pub use page::ActivityPage;

use leptos::{context::Provider, prelude::*};
use timeline::ActivityTimeline;

/// One timeline to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The section's heading.
    pub title: &'static str,
    /// A one-line explanation under it.
    pub intro: &'static str,
    /// Element id of the heading, unique on the page.
    pub id: &'static str,
    /// Where the entries come from (`sources`).
    pub sources: Vec<Source>,
    /// Whether every entry is about the same resource, so updates are compared in turn.
    pub one_resource: bool,
    /// What to say when nothing matched.
    pub empty: &'static str,
}

/// The timeline its caller provided as context: the chunk's entry for timelines, so it takes
/// no props (it is loaded like a screen).
#[component]
pub fn TimelineHere() -> impl IntoView {
    let t = expect_context::<Timeline>();
    view! {
        <ActivityTimeline
            title=t.title
            intro=t.intro
            id=t.id
            sources=t.sources
            one_resource=t.one_resource
            empty=t.empty
        />
    }
}

/// How the app shows a timeline (fetching its chunk first), provided as context.
#[derive(Clone, Copy)]
pub struct ShowTimeline(pub fn() -> AnyView);

/// A timeline, as the app shows it; each in an owner of its own, so two on one page each find
/// their own description.
pub fn timeline(t: Timeline) -> AnyView {
    let show = expect_context::<ShowTimeline>().0;
    view! { <Provider value=t>{show()}</Provider> }.into_any()
}
