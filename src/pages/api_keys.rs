//! Settings → API Keys: list, create (the key shown once), configure, deactivate, activate, rotate.

mod configure;
mod create;
mod form;
mod list;
pub mod query;
mod table;

/// Shared with the machine identity forms.
pub(crate) use form::guard_unsaved;
pub use form::{ConfigureApiKeyPage, NewApiKeyPage};
pub use list::ApiKeysPage;

/// The gateway's own documentation on API keys.
pub const DOCS: &str = "https://hoop.dev/docs";
