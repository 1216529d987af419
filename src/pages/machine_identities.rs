//! Machine identities: list, create (credentials shown right away), detail with credentials
//! and rotation (admins), edit, delete. Non-admins may read the list and the overview only.

mod create;
mod delete;
mod detail;
mod edit;
mod form;
mod list;
pub mod query;
pub mod rules;
mod secrets;
mod table;

use super::{not_found::NotFoundPage, section_screen};
use crate::routes::{machine_identities_at, MachineIdentitiesAt as At, MACHINE_IDENTITIES};
use leptos::prelude::*;

pub use create::NewMachineIdentityPage;
pub use detail::MachineIdentityPage;
pub use edit::EditMachineIdentityPage;
pub use list::MachineIdentitiesPage;

/// The section's one route: shows the screen its path names, or not-found.
#[component]
pub fn MachineIdentitiesSection() -> impl IntoView {
    let at = section_screen(MACHINE_IDENTITIES, machine_identities_at);
    move || {
        let at = at.get();
        // The screen's own reads must not rebuild it: only a new path does.
        untrack(move || match at {
            Some(At::List) => view! { <MachineIdentitiesPage/> }.into_any(),
            Some(At::New) => view! { <NewMachineIdentityPage/> }.into_any(),
            Some(At::Show(name)) => view! { <MachineIdentityPage name=name/> }.into_any(),
            Some(At::Edit(name)) => view! { <EditMachineIdentityPage name=name/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        })
    }
}

/// The gateway's documentation.
pub const DOCS: &str = "https://hoop.dev/docs";
