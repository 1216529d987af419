//! Route-level code splitting. Built with `--features split` (what `cargo xtask` ships), the API
//! key and machine identity screens sit in their own wasm chunks, fetched the first time one of
//! their routes opens; the first load carries only sign-in, the shell and the overview. Without
//! the feature (trunk's live reload, component tests) the same routes render directly.

use crate::{
    components::{error_panel::ErrorPanel, skeleton::LoadingSkeleton},
    pages::{
        api_keys::{ApiKeysPage, ConfigureApiKeyPage, NewApiKeyPage},
        machine_identities::{
            EditMachineIdentityPage, MachineIdentitiesPage, MachineIdentityPage,
            NewMachineIdentityPage,
        },
        overview::OverviewPage,
        sign_in::SignInPage,
    },
};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;

/// A screen's chunk did not arrive (offline, gateway restarted mid-upgrade…). Loading again is
/// safe: a failed fetch is not remembered.
#[derive(Debug, Clone, Copy)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Declares a route component that renders `$page` from chunk `$chunk`.
macro_rules! split_route {
    ($chunk:ident, $load:ident, $route:ident => $page:ident, $what:literal) => {
        #[cfg(all(feature = "split", target_family = "wasm"))]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $load() -> Result<AnyView, ChunkError> {
            Ok(view! { <$page/> }.into_any())
        }

        #[cfg(not(all(feature = "split", target_family = "wasm")))]
        async fn $load() -> Result<AnyView, ChunkError> {
            Ok(view! { <$page/> }.into_any())
        }

        #[component]
        pub fn $route() -> impl IntoView {
            view! { <Deferred load=$load what=$what/> }
        }
    };
}

split_route!(sign_in, load_sign_in, SignInRoute => SignInPage, "sign-in");
split_route!(overview, load_overview, OverviewRoute => OverviewPage, "the overview");
split_route!(api_keys, load_api_keys, ApiKeysRoute => ApiKeysPage, "API keys");
split_route!(api_keys, load_new_api_key, NewApiKeyRoute => NewApiKeyPage, "the new API key form");
split_route!(api_keys, load_configure_api_key, ConfigureApiKeyRoute => ConfigureApiKeyPage, "the API key");
split_route!(machine_identities, load_machine_identities, MachineIdentitiesRoute => MachineIdentitiesPage, "machine identities");
split_route!(machine_identities, load_new_machine_identity, NewMachineIdentityRoute => NewMachineIdentityPage, "the new machine identity form");
split_route!(machine_identities, load_machine_identity, MachineIdentityRoute => MachineIdentityPage, "the machine identity");
split_route!(machine_identities, load_edit_machine_identity, EditMachineIdentityRoute => EditMachineIdentityPage, "the machine identity");

/// Shows a skeleton while the chunk downloads, then the screen; a failed download offers Retry
/// instead of taking the whole console down.
#[component]
fn Deferred<F, Fut>(load: F, what: &'static str) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkError>> + 'static,
{
    let attempt = RwSignal::new(0u32);
    let screen = move || {
        attempt.track();
        // The split loader's future is not Send; the browser has one thread.
        Suspend::new(SendWrapper::new(async move {
            match load().await {
                Ok(view) => view,
                Err(ChunkError) => view! {
                    <ErrorPanel
                        title=format!("Could not load {what}")
                        message="This part of Hoop Admin did not download. Check your connection, then try again."
                        on_retry=move |_| attempt.update(|n| *n += 1)
                    />
                }
                .into_any(),
            }
        }))
    };
    view! {
        <Suspense fallback=move || view! { <LoadingSkeleton label=format!("Loading {what}")/> }>
            {screen}
        </Suspense>
    }
}
