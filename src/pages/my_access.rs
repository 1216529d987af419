//! My access: a person's own native credentials for connections. Request for a duration (or
//! through review), wait for approval across reloads, show the credentials on demand, and
//! disconnect or revoke them. Everyone but auditors, whom the gateway refuses.
//!
//! The dialogs are not in the page's code: the page fetches them once its list is shown
//! (`crate::pages::part`: the app puts [`DIALOGS`] in a chunk of its own), so a
//! visit to the screen does not wait for code that only an action needs.

mod clock;
mod credentials;
mod dialogs;
mod durations;
mod end;
mod lock;
mod model;
mod page;
mod pending;
mod request;
mod store;
mod table;

pub use dialogs::{Dialogs, DIALOGS};
pub use page::MyAccessPage;
