//! The route table: the one module that knows both the paths (`crate::routes`, a leaf) and the
//! screens (`crate::pages`), and so where chunks and sections are wired.
//!
//! **How a screen gets its chunk.** Each line of `split_route!` in `screens.rs` names a chunk (declared in
//! `crate::chunks`, checked at compile time), a route module, the page component and what the
//! user waits for. The route module's `route` shows a skeleton while the chunk downloads and
//! Retry if it fails; the page's code is only reachable from there, so the splitter moves it
//! (and what only it uses) into that chunk. Every screen has a chunk of its own, so a deep link
//! fetches no other screen's code; the code screens share, which the splitter cuts into many
//! small modules, reaches the browser in one pack per screen (`xtask/src/pack.rs`).
//!
//! **How a screen keeps its dialogs apart.** A page builds the dialogs only an action opens
//! through a set of functions (`Dialogs` in its module) that it asks for with
//! `crate::pages::part`; one `split_part!` line in `screens.rs` puts that set in the `dialogs`
//! chunk and `AppRoutes` provides its loader. The page prefetches it once it is shown.
//!
//! **How to add a section.** Declare its paths and a `…_at` parser in `crate::routes`; add a
//! chunk name per screen to `crate::chunks` and a `split_route!` line per screen to
//! `screens.rs`; write the section's dispatch in `section.rs` (the parser's screens to their
//! routes, and to their chunks for `chunk_at`); add a `Route` (and the test of its path in
//! `route_at`) to `crate::routes`, and its arm in `AppRoutes` below. A section of
//! one screen (My access, Activity) needs no parser or dispatch: its `split_route!` line names
//! the page and its `Route` the one path. Its navigation entry goes in `crate::routes::NAV`.
//!
//! **Routing** is `crate::router`'s: the location as signals, History API navigation and
//! same-origin links followed in the page.

mod gate;
mod lazy;
mod screens;
mod section;

use crate::{
    pages::{not_found::NotFoundPage, part::LoadPart},
    router::{use_location, OutletView},
    routes::{route_at, Route},
};
use leptos::prelude::*;
use screens::{activity_route, my_access_route, overview_route, sign_in_route};
use std::sync::Arc;

/// Each section is one route whose screens `section.rs` tells apart, each from its own chunk.
#[component]
pub fn AppRoutes() -> impl IntoView {
    // Screens fetch their dialogs once they are shown: see `crate::pages::part`.
    provide_context(LoadPart::<crate::pages::my_access::Dialogs>(|| {
        Box::pin(async { screens::access_dialogs::load().await.ok() })
    }));
    provide_context(LoadPart::<crate::pages::api_keys::KeyDialogs>(|| {
        Box::pin(async { screens::key_dialogs::load().await.ok() })
    }));
    // Pages show timelines without knowing their chunk: see `crate::pages::activity`.
    provide_context(crate::pages::activity::ShowTimeline(|| {
        screens::activity_timeline::route().into_any()
    }));
    // The same for the Overview's key summary: see `crate::pages::overview`.
    provide_context(crate::pages::overview::ShowKeySummary(|| {
        screens::key_summary::route().into_any()
    }));
    let location = use_location();
    let route = Memo::new(move |_| location.pathname.with(|p| route_at(p)));
    // The frame shows the signed-in route's screen; only a new route rebuilds it, not a move
    // within a section (the section's dispatch follows that) or the screen's own reads.
    provide_context(OutletView(Arc::new(move || {
        let route = route.get();
        untrack(move || match route {
            Route::Overview => overview_route::route().into_any(),
            Route::MyAccess => my_access_route::route().into_any(),
            Route::Activity => activity_route::route().into_any(),
            Route::ApiKeys => section::api_keys().into_any(),
            Route::MachineIdentities => section::machine_identities().into_any(),
            Route::SignIn | Route::NotFound => view! { <NotFoundPage /> }.into_any(),
        })
    })));
    // Everything but sign-in stands behind the session gate, which stays while the route changes.
    let signed_in = Memo::new(move |_| route.get() != Route::SignIn);
    move || {
        if signed_in.get() {
            untrack(|| view! { <gate::SignedIn /> }).into_any()
        } else {
            untrack(sign_in_route::route).into_any()
        }
    }
}
