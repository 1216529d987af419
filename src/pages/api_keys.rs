//! Settings → API Keys: list, create (the key shown once), configure, deactivate, activate, rotate.

mod configure;
mod create;
mod form;
mod list;
pub mod query;
mod table;

use super::section;
use crate::routes::{api_keys_at, ApiKeysAt, API_KEYS};
use leptos::prelude::*;

/// Shared with the machine identity forms.
pub(crate) use form::guard_unsaved;
pub use form::{ConfigureApiKeyPage, NewApiKeyPage};
pub use list::ApiKeysPage;

/// The section's one route: shows the screen its path names, or not-found.
#[component]
pub fn ApiKeysSection() -> impl IntoView {
    section(API_KEYS, api_keys_at, |at| match at {
        ApiKeysAt::List => view! { <ApiKeysPage/> }.into_any(),
        ApiKeysAt::New => view! { <NewApiKeyPage/> }.into_any(),
        ApiKeysAt::Configure(id) => view! { <ConfigureApiKeyPage id=id/> }.into_any(),
    })
}

/// The gateway's own documentation on API keys.
pub const DOCS: &str = "https://hoop.dev/docs";
