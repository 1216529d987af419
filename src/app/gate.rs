//! What stands before every signed-in screen: the stored session is checked, signed-out
//! visitors go to sign-in (remembering where they were going), and the frame's chunk arrives.

use super::{
    lazy::{prefetch, Loader},
    screens::{activity_route, frame_route, my_access_route},
    section,
};
use crate::{
    api::ApiError,
    components::{error_panel::ErrorPanel, skeleton::LoadingSkeleton},
    router::{redirect, use_location},
    routes::{self, Route},
    session::{use_session, Phase},
};
use leptos::prelude::*;

#[component]
pub fn SignedIn() -> impl IntoView {
    let session = use_session();
    let api = expect_context::<crate::api::Api>();
    let location = use_location();
    // Only a change of phase rebuilds what is shown, not a refreshed user or server info.
    let phase = Memo::new(move |_| session.phase());
    if phase.get_untracked() == Phase::Checking {
        // A stored session is being checked: fetch the frame meanwhile rather than after, and
        // the screen the visit lands on beside it rather than once the frame is shown.
        prefetch(frame_route::load);
        if let Some(load) = screen_chunk(&location.pathname.get_untracked()) {
            prefetch(load);
        }
    }
    move || match phase.get() {
        Phase::Checking => view! {
            <main class="gw-boot">
                <LoadingSkeleton label="Checking your session" rows=3 />
            </main>
        }
        .into_any(),
        Phase::Unreachable => {
            let api = api.clone();
            let err = untrack(|| session.unreachable()).unwrap_or(ApiError::Network(String::new()));
            view! {
                <main class="gw-boot">
                    <ErrorPanel
                        title="The gateway could not be reached"
                        message=err.human()
                        on_retry=Callback::new(move |_| session.restore(api.clone()))
                    />
                </main>
            }
            .into_any()
        }
        Phase::SignedOut => {
            let (path, search) = (
                location.pathname.get_untracked(),
                location.search.get_untracked(),
            );
            let here = if search.is_empty() {
                path
            } else {
                format!("{path}?{search}")
            };
            redirect(routes::sign_in_then(&here));
            ().into_any()
        }
        Phase::SignedIn => frame_route::route().into_any(),
    }
}

/// The chunk of the screen at `path` when it is not the frame's (the Overview's is).
fn screen_chunk(path: &str) -> Option<Loader> {
    match routes::route_at(path) {
        Route::ApiKeys | Route::MachineIdentities => section::chunk_at(path),
        Route::Activity => Some(activity_route::load),
        Route::MyAccess => Some(my_access_route::load),
        Route::SignIn | Route::Overview | Route::NotFound => None,
    }
}

#[cfg(test)]
mod tests {
    use super::screen_chunk;

    #[test]
    fn a_deep_link_names_its_screens_chunk_and_only_at_a_path_boundary() {
        for path in [
            "/settings/api-keys",
            "/settings/api-keys/new",
            "/settings/api-keys/k1/configure",
            "/machine-identities/ci-runner",
            "/machine-identities/ci-runner/edit",
            "/activity",
            "/access",
        ] {
            assert!(screen_chunk(path).is_some(), "{path}");
        }
        for path in [
            "/",
            "/accessible",
            "/settings/api-keys-old",
            "/settings/api-keys/k1",
            "/machine-identities/ci-runner/edit/more",
            "/sign-in",
            "/nowhere",
        ] {
            assert!(screen_chunk(path).is_none(), "{path}");
        }
    }
}
