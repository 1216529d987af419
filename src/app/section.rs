//! Sections: one route each, whose screen the path names (parsed by `crate::routes`).

use crate::{
    pages::{
        api_keys::{ApiKeysPage, ConfigureApiKeyPage, NewApiKeyPage},
        machine_identities::{
            EditMachineIdentityPage, MachineIdentitiesPage, MachineIdentityPage,
            NewMachineIdentityPage,
        },
        not_found::NotFoundPage,
    },
    routes::{
        api_keys_at, machine_identities_at, ApiKeysAt, MachineIdentitiesAt, API_KEYS,
        MACHINE_IDENTITIES,
    },
};
use leptos::prelude::*;

#[component]
pub fn ApiKeysSection() -> impl IntoView {
    section(API_KEYS, api_keys_at, |at| match at {
        ApiKeysAt::List => view! { <ApiKeysPage /> }.into_any(),
        ApiKeysAt::New => view! { <NewApiKeyPage /> }.into_any(),
        ApiKeysAt::Configure(id) => view! { <ConfigureApiKeyPage id=id /> }.into_any(),
    })
}

#[component]
pub fn MachineIdentitiesSection() -> impl IntoView {
    use MachineIdentitiesAt as At;
    section(MACHINE_IDENTITIES, machine_identities_at, |at| match at {
        At::List => view! { <MachineIdentitiesPage /> }.into_any(),
        At::New => view! { <NewMachineIdentityPage /> }.into_any(),
        At::Show(name) => view! { <MachineIdentityPage name=name /> }.into_any(),
        At::Edit(name) => view! { <EditMachineIdentityPage name=name /> }.into_any(),
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
