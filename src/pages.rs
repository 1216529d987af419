//! One module per screen: each owns its data loading and mutations.

pub mod api_keys;
pub mod lazy;
pub mod machine_identities;
pub mod not_found;
pub mod overview;
pub mod shell;
pub mod sign_in;

use leptos::prelude::*;

/// The screen a section's path names, parsed by `parse`. It changes one tick after the path,
/// as the router's own routes do, so the handler that navigated (a dialog's Esc, a form's
/// submit) finishes before the screen it belongs to is disposed. While the user is leaving the
/// section the last screen stays, so it never flashes not-found before the router replaces it.
fn section_screen<T>(prefix: &'static str, parse: fn(&str) -> Option<T>) -> ReadSignal<Option<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let location = leptos_router::hooks::use_location();
    let screen = RwSignal::new(location.pathname.with_untracked(|p| parse(p)));
    Effect::new(move |_| {
        let next = location.pathname.with(|path| {
            path.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
                .then(|| parse(path))
        });
        if let Some(next) = next {
            if screen.with_untracked(|now| *now != next) {
                screen.set(next);
            }
        }
    });
    screen.read_only()
}
