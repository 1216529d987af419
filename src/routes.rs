//! Every path of the console, declared once: the route table and the link builders beside it.

use crate::pages::{
    lazy::{
        ApiKeysRoute, ConfigureApiKeyRoute, EditMachineIdentityRoute, MachineIdentitiesRoute,
        MachineIdentityRoute, NewApiKeyRoute, NewMachineIdentityRoute, OverviewRoute, SignInRoute,
    },
    not_found::NotFoundPage,
    shell::Shell,
};
use leptos::prelude::*;
use leptos_router::{
    components::{ParentRoute, Route, Routes},
    path,
};

pub const OVERVIEW: &str = "/";
pub const SIGN_IN: &str = "/sign-in";

pub const API_KEYS: &str = "/settings/api-keys";
pub const API_KEY_NEW: &str = "/settings/api-keys/new";

/// Configure one key, addressed by id so names with `/` or UUID-like names still work.
pub fn api_key_configure(id: &str) -> String {
    format!("{API_KEYS}/{}/configure", crate::api::segment(id))
}

/// Create a replacement for a key (same groups), then offer to deactivate the old one.
pub fn api_key_rotate(id: &str) -> String {
    format!("{API_KEY_NEW}?rotate={}", crate::api::segment(id))
}

pub const MACHINE_IDENTITIES: &str = "/machine-identities";
pub const MACHINE_IDENTITY_NEW: &str = "/machine-identities/new";

/// One machine identity's page. Machine identities are addressed by name only; a name that
/// spells `new` gets its first letter encoded so it cannot land on the create page.
pub fn machine_identity(name: &str) -> String {
    let seg = match crate::api::segment(name) {
        s if s == "new" => "%6Eew".to_string(),
        s => s,
    };
    format!("{MACHINE_IDENTITIES}/{seg}")
}

pub fn machine_identity_edit(name: &str) -> String {
    format!("{}/edit", machine_identity(name))
}

/// The navigation, in order: section heading ("" for none), label, path, admin-only.
pub const NAV: &[(&str, &str, &str, bool)] = &[
    ("", "Overview", OVERVIEW, false),
    ("", "Machine identities", MACHINE_IDENTITIES, false),
    ("Settings", "API keys", API_KEYS, true),
];

/// The route table. Patterns here and the builders below must agree; `tests::links_match`
/// checks them against each other.
#[component]
pub fn AppRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFoundPage/> }>
            <Route path=path!("/sign-in") view=SignInRoute/>
            <ParentRoute path=path!("") view=Shell>
                <Route path=path!("/") view=OverviewRoute/>
                <Route path=path!("/settings/api-keys") view=ApiKeysRoute/>
                <Route path=path!("/settings/api-keys/new") view=NewApiKeyRoute/>
                <Route path=path!("/settings/api-keys/:id/configure") view=ConfigureApiKeyRoute/>
                <Route path=path!("/machine-identities") view=MachineIdentitiesRoute/>
                <Route path=path!("/machine-identities/new") view=NewMachineIdentityRoute/>
                <Route path=path!("/machine-identities/:name") view=MachineIdentityRoute/>
                <Route path=path!("/machine-identities/:name/edit") view=EditMachineIdentityRoute/>
                <Route path=path!("/*any") view=NotFoundPage/>
            </ParentRoute>
        </Routes>
    }
}

/// The sign-in page, asking to come back to `next` afterwards.
pub fn sign_in_then(next: &str) -> String {
    match safe_next(next) {
        Some(n) if n != OVERVIEW => format!("{SIGN_IN}?next={}", crate::api::segment(&n)),
        _ => SIGN_IN.to_string(),
    }
}

/// Accepts only same-origin absolute paths, so a crafted `?next=` can never send a signed-in
/// user to another site (`//evil`, `/\evil`, `https://evil`, `javascript:`…).
pub fn safe_next(next: &str) -> Option<String> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control() || c == '\\')
        && next.len() <= 2048;
    let path_only = next.split(['?', '#']).next().unwrap_or_default();
    (ok && path_only != SIGN_IN).then(|| next.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_stay_on_this_origin() {
        assert_eq!(
            safe_next("/settings/api-keys?q=ci").as_deref(),
            Some("/settings/api-keys?q=ci")
        );
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "",
            "evil",
            "/a\nb",
            "/sign-in",
            "/sign-in?next=/x",
            "/%5C\\x",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?} must be refused");
        }
    }

    #[test]
    fn key_links_are_encoded() {
        assert_eq!(
            api_key_configure("8a1e-4f"),
            "/settings/api-keys/8a1e-4f/configure"
        );
        assert_eq!(api_key_rotate("a/b"), "/settings/api-keys/new?rotate=a%2Fb");
    }

    #[test]
    fn machine_identity_links_are_encoded() {
        assert_eq!(
            machine_identity("billing.worker"),
            "/machine-identities/billing.worker"
        );
        assert_eq!(machine_identity("a/b c"), "/machine-identities/a%2Fb%20c");
        assert_eq!(machine_identity_edit("w"), "/machine-identities/w/edit");
        assert_eq!(machine_identity("new"), "/machine-identities/%6Eew");
        assert_eq!(machine_identity("newer"), "/machine-identities/newer");
    }

    #[test]
    fn sign_in_link_carries_the_return_path() {
        assert_eq!(
            sign_in_then("/machine-identities?sort=name"),
            "/sign-in?next=%2Fmachine-identities%3Fsort%3Dname"
        );
        assert_eq!(sign_in_then("/"), "/sign-in");
        assert_eq!(sign_in_then("https://evil"), "/sign-in");
    }
}
