//! The route table: the one module that knows both the paths (`crate::routes`, a leaf) and the
//! screens (`crate::pages`), and so where chunks and sections are wired.
//!
//! **How a screen gets its chunk.** Each line of `split_route!` in `screens.rs` names a chunk (declared in
//! `crate::chunks`, checked at compile time), a route module, the page component and what the
//! user waits for. The route module's `route` shows a skeleton while the chunk downloads and
//! Retry if it fails; the page's code is only reachable from there, so the splitter moves it
//! (and what only it uses) into that chunk.
//!
//! **How a screen keeps its dialogs apart.** A page builds the dialogs only an action opens
//! through a set of functions (`Dialogs` in its module) that it asks for with
//! `crate::pages::part`; one `split_part!` line in `screens.rs` puts that set in the `dialogs`
//! chunk and `AppRoutes` provides its loader. The page prefetches it once it is shown.
//!
//! **How to add a section.** Declare its paths and a `…_at` parser in `crate::routes`; write the
//! section's dispatch in `section.rs` (the parser's screens to page components); add its chunk
//! name to `crate::chunks`, one `split_route!` line to `screens.rs`, and one `<Route>` in
//! `AppRoutes` below. A section of one screen (My access, Activity) needs no parser or dispatch: its
//! `split_route!` line names the page and its `<Route>` the one path. Its navigation entry
//! goes in `crate::routes::NAV`.

mod gate;
mod lazy;
mod screens;
mod section;

use crate::pages::{not_found::NotFoundPage, part::LoadPart};
use leptos::prelude::*;
use leptos_router::{
    components::{ParentRoute, Route, Routes},
    path,
};
use screens::{
    activity_route, api_keys_route, machine_identities_route, my_access_route, overview_route,
    sign_in_route,
};

/// Each section is one route whose screens `section.rs` tells apart: every route entry costs
/// the first load code, and these screens load with their section anyway.
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
    view! {
        <Routes fallback=|| view! { <NotFoundPage /> }>
            <Route path=path!("/sign-in") view=sign_in_route::route />
            <ParentRoute path=path!("") view=gate::SignedIn>
                <Route path=path!("/") view=overview_route::route />
                <Route path=path!("/access") view=my_access_route::route />
                <Route path=path!("/activity") view=activity_route::route />
                <Route path=path!("/settings/api-keys/*rest") view=api_keys_route::route />
                <Route
                    path=path!("/machine-identities/*rest")
                    view=machine_identities_route::route
                />
                <Route path=path!("/*any") view=NotFoundPage />
            </ParentRoute>
        </Routes>
    }
}
