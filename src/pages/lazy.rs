//! Route-level code splitting. Built with `--features split` (what `cargo xtask` ships), the
//! screens sit in wasm chunks fetched the first time they are needed: sign-in; the signed-in
//! frame with the Overview; API keys; machine identities. A first load carries the shell and only
//! what its screen needs. Without the feature (trunk's live reload, component tests) the same
//! routes render directly.

use crate::{
    components::{error_panel::ErrorPanel, skeleton::LoadingSkeleton},
    pages::{
        api_keys::ApiKeysSection, machine_identities::MachineIdentitiesSection,
        overview::OverviewPage, shell::Frame, sign_in::SignInPage,
    },
};
use leptos::prelude::*;
use std::{
    future::Future,
    pin::Pin,
    task::{Context, Poll, Waker},
};

/// A screen's chunk did not arrive (offline, gateway restarted mid-upgrade…). Loading again is
/// safe: a failed fetch is not remembered.
#[derive(Debug, Clone, Copy)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

const NOT_DOWNLOADED: &str = "This part of Hoop Admin did not download. Check your connection, \
    then try again; if Hoop Admin was just updated, reload the page.";

/// Builds a screen's view; the function itself lives in the screen's chunk.
type Render = fn() -> AnyView;
type Loader = fn() -> Pin<Box<dyn Future<Output = Result<Render, ChunkError>>>>;

/// Declares a route component that renders `$page` from chunk `$chunk`.
macro_rules! split_route {
    ($chunk:ident, $load:ident, $route:ident => $page:ident, $what:literal) => {
        split_route!($chunk, $load, $route => $page, $what, false);
    };
    ($chunk:ident, $load:ident, $route:ident => $page:ident, $what:literal, $landmark:literal) => {
        #[cfg(all(feature = "split", target_family = "wasm"))]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $load() -> Result<Render, ChunkError> {
            fn render() -> AnyView {
                view! { <$page/> }.into_any()
            }
            Ok(render)
        }

        #[cfg(not(all(feature = "split", target_family = "wasm")))]
        async fn $load() -> Result<Render, ChunkError> {
            fn render() -> AnyView {
                view! { <$page/> }.into_any()
            }
            Ok(render)
        }

        #[component]
        pub fn $route() -> impl IntoView {
            view! { <Deferred load=|| Box::pin($load()) what=$what landmark=$landmark/> }
        }
    };
}

// The frame brings `<main>` itself, so its loading and error states stand in one.
split_route!(frame, load_frame, FrameRoute => Frame, "the console", true);
split_route!(sign_in, load_sign_in, SignInRoute => SignInPage, "sign-in");
split_route!(frame, load_overview, OverviewRoute => OverviewPage, "the overview");
split_route!(api_keys, load_api_keys, ApiKeysRoute => ApiKeysSection, "API keys");
split_route!(machine_identities, load_machine_identities, MachineIdentitiesRoute => MachineIdentitiesSection, "machine identities");

/// Starts downloading the frame's chunk without waiting for it (a second load reuses it).
pub fn prefetch_frame() {
    leptos::task::spawn_local(async {
        let _ = load_frame().await;
    });
}

/// Shows a skeleton while the chunk downloads, then the screen; a failed download offers Retry
/// instead of taking the whole console down. The screen is built here, synchronously, so it
/// belongs to this route exactly as if it had never been split (its signals and effects go away
/// together when the user leaves). Not generic, so all routes share one copy of this code.
/// `landmark`: the screen is the page's `<main>`, so its loading and error states go in one.
#[component]
fn Deferred(load: Loader, what: &'static str, landmark: bool) -> impl IntoView {
    let chunk = RwSignal::new(None::<Result<Render, ChunkError>>);
    let fetch = move || {
        let mut pending = load();
        // A chunk that is already here is ready at once: no skeleton frame in between.
        match pending
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            Poll::Ready(done) => chunk.set(Some(done)),
            Poll::Pending => leptos::task::spawn_local(async move {
                let done = pending.await;
                // The user may have left while it downloaded.
                let _ = chunk.try_set(Some(done));
            }),
        }
    };
    fetch();
    move || {
        let waiting = match chunk.get() {
            Some(Ok(render)) => return untrack(render),
            None => view! { <LoadingSkeleton label=format!("Loading {what}")/> }.into_any(),
            Some(Err(ChunkError)) => view! {
                <ErrorPanel
                    title=format!("Could not load {what}")
                    message=NOT_DOWNLOADED
                    on_retry=move |_| {
                        chunk.set(None);
                        fetch();
                    }
                />
            }
            .into_any(),
        };
        if landmark {
            view! { <main id="main" class="gw-boot" tabindex="-1">{waiting}</main> }.into_any()
        } else {
            waiting
        }
    }
}
