//! The signed-in frame: header, navigation, the page and toasts; and the admin-only wrapper
//! pages use.

use crate::{
    api::session::Role,
    components::{
        admin_gate::AdminOnly,
        layout::{AppHeader, NavBar, NavEntry},
        toast::{ToastRegion, Toasts},
    },
    router::Outlet,
    routes::{self, Audience},
    session::use_session,
};
use leptos::prelude::*;

/// Navigation entries the caller can use: admin-only pages for admins, pages that refuse
/// auditors everything not for auditors.
pub fn nav_entries(role: Role) -> Vec<NavEntry> {
    routes::NAV
        .iter()
        .filter(|(_, _, _, who)| match who {
            Audience::Everyone => true,
            Audience::NotAuditors => role != Role::Auditor,
            Audience::Admins => role == Role::Admin,
            Audience::AdminsAndAuditors => matches!(role, Role::Admin | Role::Auditor),
        })
        .map(|&(section, label, href, _)| NavEntry {
            section,
            label,
            href,
            exact: href == routes::OVERVIEW,
        })
        .collect()
}

/// Header, navigation and the page: in a chunk of its own, because a visitor who is not
/// signed in only needs sign-in.
#[component]
pub fn Frame() -> impl IntoView {
    let session = use_session();
    let toasts = expect_context::<Toasts>();
    let user = move |f: fn(&crate::api::session::UserInfo) -> String| {
        move || session.with_user(|u| u.map(f).unwrap_or_default())
    };
    let role = Signal::derive(move || session.with_user(|u| u.map_or(Role::Standard, |u| u.role)));
    view! {
        <AppHeader
            org=Signal::derive(user(|u| u.org_name.clone()))
            name=Signal::derive(user(|u| u.display_name().to_string()))
            email=Signal::derive(user(|u| u.email.clone()))
            role=role
            on_sign_out=Callback::new(move |_| session.sign_out())
        />
        <div class="gw-layout">
            <NavBar entries=nav_entries(role.get_untracked()) />
            <main id="main" class="gw-main" tabindex="-1">
                <Outlet />
            </main>
        </div>
        // Only signed-in pages raise toasts; the region is in place before any of them can.
        <ToastRegion toasts=toasts />
    }
}

/// An admin-only page: administrators get `children`; everyone else the explanation, and
/// nothing inside runs (so no request that would only come back 403).
#[component]
pub fn AdminPage(
    /// Completes "Only administrators can …".
    what: &'static str,
    /// The page itself.
    children: ChildrenFn,
) -> impl IntoView {
    let session = use_session();
    let role = Signal::derive(move || {
        session.with_user(|u| u.map(|u| u.role.label().to_string()).unwrap_or_default())
    });
    view! {
        <AdminOnly is_admin=Signal::derive(move || session.is_admin()) what=what role=role>
            {children()}
        </AdminOnly>
    }
}
