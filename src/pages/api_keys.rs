//! Settings → API Keys: list, create (the key shown once), configure, deactivate, activate, rotate;
//! usage and age at a glance, bulk deactivate and activate, CSV export, rotation cut-over.

mod bulk;
mod configure;
mod create;
mod cutover;
mod dialogs;
mod export;
mod filters;
mod form;
mod list;
pub mod query;
mod row_op;
mod selection;
mod summary;
mod table;
pub mod usage;
mod watch;

pub use configure::ConfigureApiKeyPage;
pub use create::NewApiKeyPage;
pub use dialogs::{Dialogs as KeyDialogs, DIALOGS as KEY_DIALOGS};
pub use list::ApiKeysPage;
pub use summary::KeySummaryHere;
