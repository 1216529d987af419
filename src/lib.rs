//! Hoop Admin: a browser console for the Hoop access gateway's API keys, machine identities
//! and connection credentials.

pub mod api;
mod app;
pub mod chunks;
pub mod components;
pub mod config;
pub mod csv;
pub mod dom;
pub mod download;
pub mod format;
pub mod order;
pub mod pages;
pub mod router;
pub mod routes;
pub mod session;
pub mod text;

use api::Api;
use components::{layout::SkipLink, toast::Toasts};
use leptos::prelude::*;
use router::Router;
use session::Session;

/// The whole console: finds the gateway, then provides the app-wide services.
#[component]
pub fn App() -> impl IntoView {
    // A task and a signal rather than Suspense: the config is read once, and the first load
    // does not need the suspense machinery for it. (Suspense once hid a panic when a table row
    // was removed; its cause, the row menu's focusout reading disposed signals, is fixed there,
    // and the end-to-end tests that remove rows check the console for panics.)
    let gateway = RwSignal::new(None::<String>);
    leptos::task::spawn_local(async move { gateway.set(Some(config::load_gateway().await)) });
    move || match gateway.get() {
        None => view! {
            <p class="gw-boot" role="status">
                "Loading Hoop Admin…"
            </p>
        }
        .into_any(),
        // Built untracked: the console's own reads must not rebuild it.
        Some(g) => untrack(|| view! { <Console gateway=g /> }).into_any(),
    }
}

/// Provides session, gateway client and toasts (the only app-wide context), then routes.
#[component]
fn Console(gateway: String) -> impl IntoView {
    let session = Session::new();
    let api = Api::new(
        &gateway,
        session.token,
        Some(Callback::new(move |_| session.expire())),
    );
    let toasts = Toasts::new();
    provide_context(session);
    provide_context(api.clone());
    provide_context(toasts);
    session.restore(api);
    view! {
        <Router>
            <div id="app-root">
                <SkipLink />
                <app::AppRoutes />
            </div>
        </Router>
    }
}

/// Sends a panic's message to the browser console, where it would otherwise be lost.
pub fn report_panics() {
    std::panic::set_hook(Box::new(|info| {
        leptos::leptos_dom::logging::console_error(&info.to_string());
    }));
}
