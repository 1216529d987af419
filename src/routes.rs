//! Every path of the console, declared once: paths, link builders and the parsers that tell a
//! section's screens apart. A leaf: it knows no page (`crate::app` wires paths to pages).

pub const OVERVIEW: &str = "/";
pub const SIGN_IN: &str = "/sign-in";

pub const API_KEYS: &str = "/settings/api-keys";
pub const API_KEY_NEW: &str = "/settings/api-keys/new";

/// Configure one key, addressed by id so names with `/` or UUID-like names still work.
pub fn api_key_configure(id: &str) -> String {
    format!("{API_KEYS}/{}/configure", crate::api::segment(id))
}

/// Create a replacement for a key (same groups), then offer to deactivate the old one.
pub fn api_key_rotate(id: &str) -> String {
    format!("{API_KEY_NEW}?rotate={}", crate::api::segment(id))
}

pub const MACHINE_IDENTITIES: &str = "/machine-identities";
pub const MACHINE_IDENTITY_NEW: &str = "/machine-identities/new";

/// One machine identity's page. Machine identities are addressed by name only; a name that
/// spells `new` gets its first letter encoded so it cannot land on the create page.
pub fn machine_identity(name: &str) -> String {
    let seg = match crate::api::segment(name) {
        s if s == "new" => "%6Eew".to_string(),
        s => s,
    };
    format!("{MACHINE_IDENTITIES}/{seg}")
}

pub fn machine_identity_edit(name: &str) -> String {
    format!("{}/edit", machine_identity(name))
}

/// A person's own native credentials for connections.
pub const MY_ACCESS: &str = "/access";

/// The gateway's audit log: who changed what, when and from where.
pub const ACTIVITY: &str = "/activity";

/// Who a navigation entry is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// Auditors read only; this page would refuse them everything.
    NotAuditors,
    Admins,
    /// The audit log lets in administrators and auditors.
    AdminsAndAuditors,
}

/// The navigation, in order: section heading ("" for none), label, path, audience.
pub const NAV: &[(&str, &str, &str, Audience)] = &[
    ("", "Overview", OVERVIEW, Audience::Everyone),
    ("", "My access", MY_ACCESS, Audience::NotAuditors),
    (
        "",
        "Machine identities",
        MACHINE_IDENTITIES,
        Audience::Everyone,
    ),
    ("", "Activity", ACTIVITY, Audience::AdminsAndAuditors),
    ("Settings", "API keys", API_KEYS, Audience::Admins),
];

/// A screen of Settings → API keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiKeysAt {
    List,
    New,
    Configure(String),
}

/// Which API keys screen `path` (as the browser has it, still percent-encoded) shows; `None`
/// for a path in the section that is no screen.
pub fn api_keys_at(path: &str) -> Option<ApiKeysAt> {
    Some(match section(path, API_KEYS)?.as_slice() {
        [] => ApiKeysAt::List,
        ["new"] => ApiKeysAt::New,
        [id, "configure"] => ApiKeysAt::Configure(decode(id)?),
        _ => return None,
    })
}

/// A screen of Machine identities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MachineIdentitiesAt {
    List,
    New,
    Show(String),
    Edit(String),
}

/// Which machine identity screen `path` shows. `new` is compared before decoding, so an
/// identity named "new" (linked as `%6Eew`, which the address bar keeps) gets its own page.
pub fn machine_identities_at(path: &str) -> Option<MachineIdentitiesAt> {
    Some(match section(path, MACHINE_IDENTITIES)?.as_slice() {
        [] => MachineIdentitiesAt::List,
        ["new"] => MachineIdentitiesAt::New,
        [name] => MachineIdentitiesAt::Show(decode(name)?),
        [name, "edit"] => MachineIdentitiesAt::Edit(decode(name)?),
        _ => return None,
    })
}

/// The segments of `path` below `prefix`, or `None` when `path` is outside that section. A
/// trailing slash is ignored; an empty segment is kept, so `a//edit` matches nothing.
pub fn section<'a>(path: &'a str, prefix: &str) -> Option<Vec<&'a str>> {
    let rest = below(path, prefix)?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    Some(
        rest.strip_prefix('/')
            .map_or_else(Vec::new, |r| r.split('/').collect()),
    )
}

/// What follows `prefix` in `path` (nothing, or from a `/` on) when `path` is `prefix` or below
/// it at a segment boundary: the one boundary check `section`, `within` and `is_page` share.
fn below<'a>(path: &'a str, prefix: &str) -> Option<&'a str> {
    path.strip_prefix(prefix)
        .filter(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Whether `path` is `prefix` or below it, at a segment boundary.
pub fn within(path: &str, prefix: &str) -> bool {
    below(path, prefix).is_some()
}

/// Whether `path` is exactly `page`, give or take a trailing slash.
pub fn is_page(path: &str, page: &str) -> bool {
    matches!(below(path, page), Some("" | "/"))
}

/// The console's routes: sign-in, and behind it the signed-in screens and sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    SignIn,
    Overview,
    MyAccess,
    Activity,
    ApiKeys,
    MachineIdentities,
    /// Signed in, but no screen is there.
    NotFound,
}

/// The route `path` (as the browser has it) is on.
pub fn route_at(path: &str) -> Route {
    if is_page(path, SIGN_IN) {
        Route::SignIn
    } else if is_page(path, OVERVIEW) {
        Route::Overview
    } else if is_page(path, MY_ACCESS) {
        Route::MyAccess
    } else if is_page(path, ACTIVITY) {
        Route::Activity
    } else if within(path, API_KEYS) {
        Route::ApiKeys
    } else if within(path, MACHINE_IDENTITIES) {
        Route::MachineIdentities
    } else {
        Route::NotFound
    }
}

/// Percent-decodes one path segment (of a path the gateway logged, for instance).
pub fn decode_segment(segment: &str) -> Option<String> {
    decode(segment)
}

/// Percent-decodes one path segment; `None` for an empty one or one that is not UTF-8 after
/// decoding (no such name exists, so the section shows not-found).
fn decode(segment: &str) -> Option<String> {
    let hex = |b: Option<&u8>| b.and_then(|&b| (b as char).to_digit(16));
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let (hi, lo) = (hex(bytes.get(i + 1))?, hex(bytes.get(i + 2))?);
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok().filter(|s| !s.is_empty())
}

/// The sign-in page, asking to come back to `next` afterwards.
pub fn sign_in_then(next: &str) -> String {
    match safe_next(next) {
        Some(n) if n != OVERVIEW => format!("{SIGN_IN}?next={}", crate::api::segment(&n)),
        _ => SIGN_IN.to_string(),
    }
}

/// Accepts only same-origin absolute paths, so a crafted `?next=` can never send a signed-in
/// user to another site (`//evil`, `/\evil`, `https://evil`, `javascript:`…).
pub fn safe_next(next: &str) -> Option<String> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.chars().any(|c| c.is_control() || c == '\\')
        && next.len() <= 2048;
    let path_only = next.split(['?', '#']).next().unwrap_or_default();
    (ok && path_only != SIGN_IN).then(|| next.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_must_stay_on_this_origin() {
        assert_eq!(
            safe_next("/settings/api-keys?q=ci").as_deref(),
            Some("/settings/api-keys?q=ci")
        );
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "",
            "evil",
            "/a\nb",
            "/sign-in",
            "/sign-in?next=/x",
            "/%5C\\x",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?} must be refused");
        }
    }

    #[test]
    fn paths_find_their_route_at_segment_boundaries() {
        for (path, route) in [
            ("/", Route::Overview),
            ("/sign-in", Route::SignIn),
            ("/sign-in/", Route::SignIn),
            ("/access", Route::MyAccess),
            ("/access/", Route::MyAccess),
            ("/activity", Route::Activity),
            ("/settings/api-keys", Route::ApiKeys),
            ("/settings/api-keys/new", Route::ApiKeys),
            ("/machine-identities/ci/edit", Route::MachineIdentities),
            ("/accessible", Route::NotFound),
            ("/access/x", Route::NotFound),
            ("/settings/api-keys-old", Route::NotFound),
            ("/settings", Route::NotFound),
        ] {
            assert_eq!(route_at(path), route, "{path}");
        }
    }

    #[test]
    fn key_links_are_encoded() {
        assert_eq!(
            api_key_configure("8a1e-4f"),
            "/settings/api-keys/8a1e-4f/configure"
        );
        assert_eq!(api_key_rotate("a/b"), "/settings/api-keys/new?rotate=a%2Fb");
    }

    #[test]
    fn machine_identity_links_are_encoded() {
        assert_eq!(
            machine_identity("billing.worker"),
            "/machine-identities/billing.worker"
        );
        assert_eq!(machine_identity("a/b c"), "/machine-identities/a%2Fb%20c");
        assert_eq!(machine_identity_edit("w"), "/machine-identities/w/edit");
        assert_eq!(machine_identity("new"), "/machine-identities/%6Eew");
        assert_eq!(machine_identity("newer"), "/machine-identities/newer");
    }

    #[test]
    fn links_match() {
        use ApiKeysAt as K;
        use MachineIdentitiesAt as M;
        for id in ["8a1e-4f", "a/b", "x y%"] {
            let configure = api_key_configure(id);
            assert_eq!(api_keys_at(&configure), Some(K::Configure(id.into())));
        }
        assert_eq!(api_keys_at(API_KEYS), Some(K::List));
        assert_eq!(api_keys_at("/settings/api-keys/"), Some(K::List));
        assert_eq!(api_keys_at(API_KEY_NEW), Some(K::New));
        let rotate = api_key_rotate("k");
        assert_eq!(api_keys_at(rotate.split('?').next().unwrap()), Some(K::New));
        for name in ["billing.worker", "a/b c", "new", "newer", "é"] {
            assert_eq!(
                machine_identities_at(&machine_identity(name)),
                Some(M::Show(name.into()))
            );
            assert_eq!(
                machine_identities_at(&machine_identity_edit(name)),
                Some(M::Edit(name.into()))
            );
        }
        assert_eq!(machine_identities_at(MACHINE_IDENTITIES), Some(M::List));
        assert_eq!(machine_identities_at(MACHINE_IDENTITY_NEW), Some(M::New));
    }

    #[test]
    fn paths_that_are_no_screen_are_not_found() {
        for path in [
            "/settings/api-keys/x",
            "/settings/api-keys/x/edit",
            "/settings/api-keys//configure",
            "/settings/api-keys/%zz/configure",
            "/settings/api-keys/%ff/configure",
            "/settings/api-keysx",
        ] {
            assert_eq!(api_keys_at(path), None, "{path}");
        }
        for path in [
            "/machine-identities/a/b/c",
            "/machine-identities/a/configure",
            "/machine-identities//edit",
            "/machine-identities/%4",
            "/machine-identitiesx",
        ] {
            assert_eq!(machine_identities_at(path), None, "{path}");
        }
    }

    #[test]
    fn sign_in_link_carries_the_return_path() {
        assert_eq!(
            sign_in_then("/machine-identities?sort=name"),
            "/sign-in?next=%2Fmachine-identities%3Fsort%3Dname"
        );
        assert_eq!(sign_in_then("/"), "/sign-in");
        assert_eq!(sign_in_then("https://evil"), "/sign-in");
    }
}
