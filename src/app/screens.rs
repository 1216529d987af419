//! Every lazily loaded screen, one line each: chunk, route module (with the prop it hands the
//! path's parameter to, if any), page, what the user waits for, and whether the screen brings
//! its own `<main>` (then its loading and error states stand in one). A chunk per screen: a
//! deep link fetches that screen's code and what it shares with others, not its section's.

use super::lazy::{split_part, split_route};

split_route!(frame, frame_route => crate::pages::frame::Frame, "the console", true);
split_route!(sign_in, sign_in_route => crate::pages::sign_in::SignInPage, "sign-in", false);
split_route!(frame, overview_route => crate::pages::overview::OverviewPage, "the overview", false);
split_route!(api_keys, api_keys_route => crate::pages::api_keys::ApiKeysPage, "API keys", false);
split_route!(new_api_key, new_api_key_route => crate::pages::api_keys::NewApiKeyPage, "the new key form", false);
split_route!(api_key_settings, api_key_settings_route(id) => crate::pages::api_keys::ConfigureApiKeyPage, "the key's settings", false);
split_route!(api_keys, key_summary => crate::pages::api_keys::KeySummaryHere, "the API key summary", false);
split_route!(my_access, my_access_route => crate::pages::my_access::MyAccessPage, "your access", false);
split_part!(dialogs, access_dialogs: crate::pages::my_access::Dialogs = crate::pages::my_access::DIALOGS);
split_part!(dialogs, key_dialogs: crate::pages::api_keys::KeyDialogs = crate::pages::api_keys::KEY_DIALOGS);
split_route!(machine_identities, machine_identities_route => crate::pages::machine_identities::MachineIdentitiesPage, "machine identities", false);
split_route!(new_machine_identity, new_machine_identity_route => crate::pages::machine_identities::NewMachineIdentityPage, "the new identity form", false);
split_route!(machine_identity, machine_identity_route(name) => crate::pages::machine_identities::MachineIdentityPage, "the machine identity", false);
split_route!(machine_identity_settings, machine_identity_settings_route(name) => crate::pages::machine_identities::EditMachineIdentityPage, "the machine identity's settings", false);
split_route!(activity, activity_route => crate::pages::activity::ActivityPage, "the activity log", false);
split_route!(activity, activity_timeline => crate::pages::activity::TimelineHere, "activity", false);
