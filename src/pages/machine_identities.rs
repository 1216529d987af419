//! Machine identities: list, create (credentials shown right away), detail with credentials
//! and rotation (admins), edit, delete. Non-admins may read the list and the overview only.

mod create;
mod delete;
mod detail;
mod edit;
mod export;
mod form;
mod list;
pub mod query;
pub mod rules;
mod secrets;
mod table;

pub use create::NewMachineIdentityPage;
pub use detail::MachineIdentityPage;
pub use edit::EditMachineIdentityPage;
pub use list::MachineIdentitiesPage;
