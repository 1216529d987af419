//! One module per screen: each owns its data loading and mutations.

pub mod activity;
pub mod api_keys;
pub mod form;
pub mod frame;
pub mod load;
pub mod machine_identities;
pub mod mutation;
pub mod my_access;
pub mod not_found;
pub mod overview;
pub mod part;
pub mod sign_in;
pub mod url_query;
