//! Settings → API Keys: list, create (the key shown once), configure, deactivate, activate, rotate.

mod configure;
mod create;
mod form;
mod list;
pub mod query;
mod table;

pub use configure::ConfigureApiKeyPage;
pub use create::NewApiKeyPage;
pub use list::ApiKeysPage;
