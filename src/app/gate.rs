//! What stands before every signed-in screen: the stored session is checked, signed-out
//! visitors go to sign-in (remembering where they were going), and the frame's chunk arrives.

use super::{lazy::prefetch, screens::frame_route};
use crate::{
    components::{error_panel::ErrorPanel, skeleton::LoadingSkeleton},
    routes,
    session::use_session,
};
use leptos::prelude::*;
use leptos_router::{components::Redirect, hooks::use_location};

#[component]
pub fn SignedIn() -> impl IntoView {
    let session = use_session();
    let api = expect_context::<crate::api::Api>();
    let location = use_location();
    let signed_in = Memo::new(move |_| session.user.with(Option::is_some));
    if session.restoring.get_untracked() {
        // A stored session is being checked: fetch the frame meanwhile rather than after.
        prefetch(frame_route::load);
    }
    move || {
        if session.restoring.get() {
            return view! { <main class="gw-boot"><LoadingSkeleton label="Checking your session" rows=3/></main> }
                .into_any();
        }
        if let Some(err) = session.restore_error.get() {
            let api = api.clone();
            return view! {
                <main class="gw-boot">
                    <ErrorPanel title="The gateway could not be reached" message=err.human()
                        on_retry=Callback::new(move |_| session.restore(api.clone()))/>
                </main>
            }
            .into_any();
        }
        if !signed_in.get() {
            let (path, search) = (
                location.pathname.get_untracked(),
                location.search.get_untracked(),
            );
            let here = if search.is_empty() {
                path
            } else {
                format!("{path}?{search}")
            };
            return view! { <Redirect path=routes::sign_in_then(&here)/> }.into_any();
        }
        frame_route::route().into_any()
    }
}
