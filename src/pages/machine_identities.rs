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

use super::section;
use crate::routes::{machine_identities_at, MachineIdentitiesAt as At, MACHINE_IDENTITIES};
use leptos::prelude::*;

pub use create::NewMachineIdentityPage;
pub use detail::MachineIdentityPage;
pub use edit::EditMachineIdentityPage;
pub use list::MachineIdentitiesPage;

/// The section's one route: shows the screen its path names, or not-found.
#[component]
pub fn MachineIdentitiesSection() -> impl IntoView {
    section(MACHINE_IDENTITIES, machine_identities_at, |at| match at {
        At::List => view! { <MachineIdentitiesPage/> }.into_any(),
        At::New => view! { <NewMachineIdentityPage/> }.into_any(),
        At::Show(name) => view! { <MachineIdentityPage name=name/> }.into_any(),
        At::Edit(name) => view! { <EditMachineIdentityPage name=name/> }.into_any(),
    })
}

/// The gateway's documentation.
pub const DOCS: &str = "https://hoop.dev/docs";
