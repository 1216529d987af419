//! My access: a person's own native credentials for connections. Request for a duration (or
//! through review), wait for approval across reloads, show the credentials on demand, and
//! disconnect or revoke them. Everyone but auditors, whom the gateway refuses.

mod clock;
mod credentials;
mod durations;
mod end;
mod lock;
mod model;
mod page;
mod pending;
mod request;
mod store;
mod table;

pub use page::MyAccessPage;
