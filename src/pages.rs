//! One module per screen: each owns its data loading and mutations.

pub mod api_keys;
pub mod lazy;
pub mod machine_identities;
pub mod not_found;
pub mod overview;
pub mod shell;
pub mod sign_in;

use leptos::prelude::*;

/// A section's one route: the screen its path names (`parse`), built by `screen`, or the
/// not-found page. The screen changes one tick after the path, as the router's own routes do, so
/// the handler that navigated (a dialog's Esc, a form's submit) finishes before the screen it
/// belongs to is disposed. While the user is leaving the section the last screen stays, so it
/// never flashes not-found before the router replaces it.
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
        untrack(move || at.map_or_else(|| view! { <not_found::NotFoundPage/> }.into_any(), screen))
    }
}

/// The screen `parse` reads from the path, following it as `section` describes.
fn section_at<T>(prefix: &'static str, parse: fn(&str) -> Option<T>) -> ReadSignal<Option<T>>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let location = leptos_router::hooks::use_location();
    let screen = RwSignal::new(location.pathname.with_untracked(|p| parse(p)));
    Effect::new(move |_| {
        let next = location.pathname.with(|path| {
            crate::routes::section(path, prefix)
                .is_some()
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
