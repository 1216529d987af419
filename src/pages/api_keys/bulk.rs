//! Bulk deactivate and activate: what is selected, how the requests go out (a few at a time,
//! each key once, the console's own key last) and what happened to each key.

mod bar;
mod dialog;
mod model;
mod run;

pub use bar::BulkBar;
pub use dialog::BulkDialog;
pub use model::{KeyOp, Outcome, Target};
