//! Every lazily loaded screen, one line each: chunk, route module, page, what the user waits for,
//! and whether the screen brings its own `<main>` (then its loading and error states stand in
//! one).

use super::lazy::{split_part, split_route};

split_route!(frame, frame_route => crate::pages::frame::Frame, "the console", true);
split_route!(sign_in, sign_in_route => crate::pages::sign_in::SignInPage, "sign-in", false);
split_route!(frame, overview_route => crate::pages::overview::OverviewPage, "the overview", false);
split_route!(api_keys, api_keys_route => crate::app::section::ApiKeysSection, "API keys", false);
split_route!(api_keys, key_summary => crate::pages::api_keys::KeySummaryHere, "the API key summary", false);
split_route!(my_access, my_access_route => crate::pages::my_access::MyAccessPage, "your access", false);
split_part!(dialogs, access_dialogs: crate::pages::my_access::Dialogs = crate::pages::my_access::DIALOGS);
split_part!(dialogs, key_dialogs: crate::pages::api_keys::KeyDialogs = crate::pages::api_keys::KEY_DIALOGS);
split_route!(machine_identities, machine_identities_route => crate::app::section::MachineIdentitiesSection, "machine identities", false);
split_route!(machine_identities, activity_route => crate::pages::activity::ActivityPage, "the activity log", false);
split_route!(machine_identities, activity_timeline => crate::pages::activity::TimelineHere, "activity", false);
