//! Hoop Admin: a browser console for the Hoop access gateway's API keys, machine identities
//! and connection credentials.

pub mod api;
pub mod components;
pub mod config;
pub mod dom;
pub mod format;
pub mod pages;
pub mod routes;
pub mod session;

use api::Api;
use components::{
    layout::SkipLink,
    toast::{ToastRegion, Toasts},
};
use leptos::prelude::*;
use leptos_router::components::Router;
use session::Session;

/// The whole console: finds the gateway, then provides the app-wide services.
#[component]
pub fn App() -> impl IntoView {
    // Under Suspense on purpose: without it, tables that drop a row re-ran effects of that row's
    // already disposed menu (seen in the end-to-end tests). A plain future, not a resource: the
    // config is read once.
    view! {
        <Suspense fallback=|| view! { <p class="gw-boot" role="status">"Loading Hoop Admin…"</p> }>
            {Suspend::new(send_wrapper::SendWrapper::new(async {
                let gateway = config::load_gateway().await;
                view! { <Console gateway=gateway/> }
            }))}
        </Suspense>
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
                <SkipLink/>
                <routes::AppRoutes/>
            </div>
            <ToastRegion toasts=toasts/>
        </Router>
    }
}
