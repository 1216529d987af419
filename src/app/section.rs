//! Sections: one route each, whose screen the path names (parsed by `crate::routes`). The
//! dispatch sits before the chunks, so each screen fetches only its own.

use super::{
    lazy::Loader,
    screens::{
        api_key_settings_route, api_keys_route, machine_identities_route, machine_identity_route,
        machine_identity_settings_route, new_api_key_route, new_machine_identity_route,
    },
};
use crate::{
    pages::not_found::NotFoundPage,
    routes::{
        api_keys_at, machine_identities_at, ApiKeysAt, MachineIdentitiesAt, API_KEYS,
        MACHINE_IDENTITIES,
    },
};
use leptos::prelude::*;

pub fn api_keys() -> impl IntoView {
    section(API_KEYS, api_keys_at, |at| match at {
        ApiKeysAt::List => api_keys_route::route().into_any(),
        ApiKeysAt::New => new_api_key_route::route().into_any(),
        ApiKeysAt::Configure(id) => api_key_settings_route::route(id).into_any(),
    })
}

pub fn machine_identities() -> impl IntoView {
    use MachineIdentitiesAt as At;
    section(MACHINE_IDENTITIES, machine_identities_at, |at| match at {
        At::List => machine_identities_route::route().into_any(),
        At::New => new_machine_identity_route::route().into_any(),
        At::Show(name) => machine_identity_route::route(name).into_any(),
        At::Edit(name) => machine_identity_settings_route::route(name).into_any(),
    })
}

/// The chunk of the section screen at `path`, for fetching it before it is shown.
pub fn chunk_at(path: &str) -> Option<Loader> {
    use MachineIdentitiesAt as At;
    if let Some(at) = api_keys_at(path) {
        return Some(match at {
            ApiKeysAt::List => api_keys_route::load,
            ApiKeysAt::New => new_api_key_route::load,
            ApiKeysAt::Configure(_) => api_key_settings_route::load,
        });
    }
    Some(match machine_identities_at(path)? {
        At::List => machine_identities_route::load,
        At::New => new_machine_identity_route::load,
        At::Show(_) => machine_identity_route::load,
        At::Edit(_) => machine_identity_settings_route::load,
    })
}
/// A section's one route: the screen its path names (`parse`), built by `screen`, or the
/// not-found page. The screen changes one tick after the path, as `AppRoutes`' routes do, so
/// the handler that navigated (a dialog's Esc, a form's submit) finishes before the screen it
/// belongs to is disposed. While the user is leaving the section the last screen stays, so it
/// never flashes not-found before `AppRoutes` replaces it.
fn section<T>(
    prefix: &'static str,
    parse: fn(&str) -> Option<T>,
    screen: fn(T) -> AnyView,
) -> impl IntoView
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let at = section_at(prefix, parse);
    move || {
        let at = at.get();
        // The screen's own reads must not rebuild it: only a new path does.
        untrack(move || at.map_or_else(|| view! { <NotFoundPage /> }.into_any(), screen))
    }
}

/// The screen `parse` reads from the path, following it as `section` describes.
fn section_at<T>(prefix: &'static str, parse: fn(&str) -> Option<T>) -> ReadSignal<Option<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let location = crate::router::use_location();
    let screen = RwSignal::new(location.pathname.with_untracked(|p| parse(p)));
    Effect::new(move |_| {
        let next = location
            .pathname
            .with(|path| crate::routes::within(path, prefix).then(|| parse(path)));
        if let Some(next) = next {
            if screen.with_untracked(|now| *now != next) {
                screen.set(next);
            }
        }
    });
    screen.read_only()
}
