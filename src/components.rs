//! Reusable views. They take their data through props and never call the gateway.

pub mod admin_gate;
pub mod chip_input;
pub mod confirm_dialog;
pub mod copy_button;
pub mod countdown;
pub mod credentials;
pub mod credentials_modal;
pub mod data_table;
pub mod empty_state;
pub mod error_panel;
pub mod export_button;
pub mod form_field;
pub mod group_picker;
pub mod key_reveal;
pub mod layout;
pub mod modal;
pub mod page_header;
pub mod pager;
pub mod row_menu;
pub mod show_once;
pub mod skeleton;
pub mod status_badge;
pub mod timestamp;
pub mod toast;
