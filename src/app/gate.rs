//! What stands before every signed-in screen: the stored session is checked, signed-out
//! visitors go to sign-in (remembering where they were going), and the frame's chunk arrives.

use super::{lazy::prefetch, screens::frame_route};
use crate::{
    api::ApiError,
    components::{error_panel::ErrorPanel, skeleton::LoadingSkeleton},
    routes,
    session::{use_session, Phase},
};
use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_location};

#[component]
pub fn SignedIn() -> impl IntoView {
    let session = use_session();
    let api = expect_context::<crate::api::Api>();
    let location = use_location();
    // Only a change of phase rebuilds what is shown, not a refreshed user or server info.
    let phase = Memo::new(move |_| session.phase());
    if phase.get_untracked() == Phase::Checking {
        // A stored session is being checked: fetch the frame meanwhile rather than after.
        prefetch(frame_route::load);
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
            view! { <Redirect path=routes::sign_in_then(&here) /> }.into_any()
        }
        Phase::SignedIn => frame_route::route().into_any(),
    }
}
