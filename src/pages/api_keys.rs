//! Settings → API Keys: list, create (the key shown once), configure, deactivate, activate, rotate.

mod configure;
mod create;
mod form;
mod list;
pub mod query;
mod table;

pub use form::{ConfigureApiKeyPage, NewApiKeyPage};
pub use list::ApiKeysPage;

/// The gateway's own documentation on API keys.
pub const DOCS: &str = "https://hoop.dev/docs";
