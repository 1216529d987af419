//! The wasm chunks a release build cuts the app into, by name: the one list that the app's
//! routes (`src/app/lazy.rs`), the build and size report (`xtask`, which includes this file) and
//! the end-to-end tests read. Free of dependencies so `xtask` can include it as it is.

/// Sign-in, for a visit without a session.
pub const SIGN_IN: &str = "sign_in";
/// The signed-in frame (header, navigation, toasts) with the Overview.
pub const FRAME: &str = "frame";
/// The API key list (and the Overview's key summary, which links to it).
pub const API_KEYS: &str = "api_keys";
pub const NEW_API_KEY: &str = "new_api_key";
pub const API_KEY_SETTINGS: &str = "api_key_settings";
pub const MACHINE_IDENTITIES: &str = "machine_identities";
pub const NEW_MACHINE_IDENTITY: &str = "new_machine_identity";
pub const MACHINE_IDENTITY: &str = "machine_identity";
pub const MACHINE_IDENTITY_SETTINGS: &str = "machine_identity_settings";
/// The activity log, and the timelines other screens show from it.
pub const ACTIVITY: &str = "activity";
pub const MY_ACCESS: &str = "my_access";
/// The dialogs of the screens that keep theirs apart (My access: request access, disconnect or
/// revoke, show credentials; the API key list: deactivate or activate, one key or many), in one
/// chunk so the code they share is in one file: fetched once such a screen is shown, so a visit
/// does not wait for code that only an action needs.
pub const DIALOGS: &str = "dialogs";

/// Every chunk; the build fails when the splitter's loader offers another set.
pub const ALL: &[&str] = &[
    SIGN_IN,
    FRAME,
    API_KEYS,
    NEW_API_KEY,
    API_KEY_SETTINGS,
    MACHINE_IDENTITIES,
    NEW_MACHINE_IDENTITY,
    MACHINE_IDENTITY,
    MACHINE_IDENTITY_SETTINGS,
    ACTIVITY,
    MY_ACCESS,
    DIALOGS,
];

/// Chunks that are parts of screens, not screens: no visit lands on them; each is counted after
/// the screens that fetch it, as (part, screens).
pub const PARTS: &[(&str, &[&str])] = &[(DIALOGS, &[MY_ACCESS, API_KEYS])];

/// Screens a first visit lands on; the first-load budget is about these.
pub const LANDING: &[&str] = &[SIGN_IN, FRAME];

/// Whether `name` is in [`ALL`]; `const` so a route naming an undeclared chunk fails to compile.
pub const fn declared(name: &str) -> bool {
    let mut i = 0;
    while i < ALL.len() {
        if same(ALL[i].as_bytes(), name.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}
