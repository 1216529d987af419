//! One module per screen: each owns its data loading and mutations.

pub mod api_keys;
pub mod lazy;
pub mod machine_identities;
pub mod not_found;
pub mod overview;
pub mod shell;
pub mod sign_in;
