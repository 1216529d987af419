//! Route-level code splitting. Built with `--features split` (what `cargo xtask` ships), each
//! screen's code sits in a wasm chunk (named in `crate::chunks`) fetched the first time the
//! screen is needed. Without the feature (trunk's live reload, component tests) the same routes
//! render directly.

use crate::components::{
    error_panel::{ErrorPanel, NOT_DOWNLOADED},
    skeleton::LoadingSkeleton,
};
use crate::pages::part::settle;
use leptos::prelude::*;
use std::{future::Future, pin::Pin};

/// A screen's chunk did not arrive (offline, gateway restarted mid-upgrade…). Loading again is
/// safe: a failed fetch is not remembered.
#[derive(Debug, Clone, Copy)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Builds a screen's view from its path parameter (a key's id, an identity's name; empty for a
/// screen without one); the function itself lives in the screen's chunk.
pub type Render = fn(String) -> AnyView;
/// A chunk on its way, with what it hands back.
pub type Part<T> = Pin<Box<dyn Future<Output = Result<T, ChunkError>>>>;
pub type Loading = Part<Render>;
pub type Loader = fn() -> Loading;

/// Declares `mod $route` with `load()`, which fetches chunk `$chunk` (checked against
/// `crate::chunks` at compile time) and returns how to build `$page`, and `route`, the
/// function the route table calls. With `($prop)` after the route's name, `route` takes the
/// path's parameter and hands it to the page as that prop.
macro_rules! split_route {
    ($chunk:ident, $route:ident => $($page:ident)::+, $what:literal, $landmark:literal) => {
        $crate::app::lazy::split_route!(@ $chunk, $route, $($page)::+, $what, $landmark,
            |_param: String| view! { <Page/> },
            pub fn route() -> impl IntoView {
                deferred(load, String::new(), $what, $landmark)
            }
        );
    };
    ($chunk:ident, $route:ident($prop:ident) => $($page:ident)::+, $what:literal, $landmark:literal) => {
        $crate::app::lazy::split_route!(@ $chunk, $route, $($page)::+, $what, $landmark,
            |param: String| view! { <Page $prop=param/> },
            pub fn route(param: String) -> impl IntoView {
                deferred(load, param, $what, $landmark)
            }
        );
    };
    (@ $chunk:ident, $route:ident, $($page:ident)::+, $what:literal, $landmark:literal,
        |$param:ident: String| $build:expr, $route_fn:item) => {
        pub mod $route {
            use $($page)::+ as Page;
            use crate::app::lazy::{deferred, ChunkError, Render};
            use leptos::prelude::*;
            const _: () = assert!(
                crate::chunks::declared(stringify!($chunk)),
                "every chunk is listed in src/chunks.rs"
            );

            fn render($param: String) -> AnyView {
                $build.into_any()
            }

            #[cfg(all(feature = "split", target_family = "wasm"))]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn chunk() -> Result<Render, ChunkError> {
                Ok(render)
            }

            #[cfg(not(all(feature = "split", target_family = "wasm")))]
            async fn chunk() -> Result<Render, ChunkError> {
                Ok(render)
            }

            pub fn load() -> crate::app::lazy::Loading {
                crate::app::lazy::link_styles(concat!("styles-", stringify!($chunk)));
                Box::pin(chunk())
            }

            /// The route's view (a plain function: the route table passes no props).
            $route_fn
        }
    };
}
pub(crate) use split_route;

/// Declares `mod $part` with `load()`, which fetches chunk `$chunk` and hands back `$value` (a
/// `$ty`, made in the chunk, so only it reaches the code behind it): for the parts of a screen
/// that only an action shows, such as dialogs. The screen's stylesheet already covers them.
/// Paths in `$ty` and `$value` are written in full.
macro_rules! split_part {
    ($chunk:ident, $part:ident: $ty:ty = $value:expr) => {
        pub mod $part {
            use crate::app::lazy::ChunkError;
            const _: () = assert!(
                crate::chunks::declared(stringify!($chunk)),
                "every chunk is listed in src/chunks.rs"
            );

            #[cfg(all(feature = "split", target_family = "wasm"))]
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn chunk() -> Result<$ty, ChunkError> {
                Ok($value)
            }

            #[cfg(not(all(feature = "split", target_family = "wasm")))]
            async fn chunk() -> Result<$ty, ChunkError> {
                Ok($value)
            }

            pub fn load() -> crate::app::lazy::Part<$ty> {
                Box::pin(chunk())
            }
        }
    };
}
pub(crate) use split_part;

/// Turns on the stylesheet the build made for a chunk: the page carries it as
/// `<link rel="stylesheet" id="styles-<chunk>" data-href="/file.css">`, inert until it gets its
/// `href`. Started with the chunk's download, the small stylesheet is in before the chunk's code
/// can render. Without that link (trunk's live reload, component tests) every stylesheet is
/// already on the page.
pub fn link_styles(id: &str) {
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(link) = link.filter(|l| l.get_attribute("href").is_none()) {
        if let Some(href) = link.get_attribute("data-href") {
            let _ = link.set_attribute("href", &href);
        }
    }
}

/// Starts downloading a screen's chunk without showing it (a later load reuses it).
pub fn prefetch(load: Loader) {
    leptos::task::spawn_local(async move {
        let _ = load().await;
    });
}

/// Shows a skeleton while the chunk downloads, then the screen; a failed download offers Retry
/// instead of taking the whole console down. The screen is built here, synchronously, so it
/// belongs to this route exactly as if it had never been split (its signals and effects go away
/// together when the user leaves). Not generic, so all routes share one copy of this code.
/// `landmark`: the screen is the page's `<main>`, so its loading and error states go in one.
/// Nothing here reads a signal outside the returned view, so it needs no component wrapper.
pub fn deferred(load: Loader, param: String, what: &'static str, landmark: bool) -> impl IntoView {
    let chunk = RwSignal::new(None::<Result<Render, ChunkError>>);
    let fetch = move || settle(load(), chunk);
    fetch();
    move || {
        let waiting = match chunk.get() {
            Some(Ok(render)) => return untrack(|| render(param.clone())),
            None => view! { <LoadingSkeleton label=format!("Loading {what}") /> }.into_any(),
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
            view! {
                <main id="main" class="gw-boot" tabindex="-1">
                    {waiting}
                </main>
            }
            .into_any()
        } else {
            waiting
        }
    }
}
