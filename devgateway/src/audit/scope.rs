//! Which requests are audited, and the resource type and action derived from their path.

use axum::http::Method;

/// The audited route families. The gateway attaches its audit middleware per route, so only
/// these writes are logged; every other write (credentials, reviews, users, login) is not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Family {
    ApiKeys,
    MachineIdentities,
    FeatureFlags,
}

impl Family {
    /// Whether a failure with this status went through the gateway's shared abort helper, which
    /// attaches the error to gin's context: API-key 500s and machine-identity 400s/500s.
    pub fn aborts_with_error(self, status: u16) -> bool {
        match self {
            Family::ApiKeys => status == 500,
            Family::MachineIdentities => status == 400 || status == 500,
            Family::FeatureFlags => false,
        }
    }
}

/// The audited route matched by a request, from the path the router sees.
pub fn audited_route(method: &Method, path: &str) -> Option<Family> {
    let segs: Vec<&str> = path.split('/').collect();
    let set = |s: &&str| !s.is_empty();
    let family = match (method.as_str(), segs.as_slice()) {
        ("POST", ["", "api", "api-keys"]) => Family::ApiKeys,
        ("PUT" | "DELETE", ["", "api", "api-keys", k]) if set(k) => Family::ApiKeys,
        ("POST", ["", "api", "api-keys", k, "reactivate"]) if set(k) => Family::ApiKeys,
        ("POST", ["", "api", "machineidentities"]) => Family::MachineIdentities,
        ("PUT" | "DELETE", ["", "api", "machineidentities", n]) if set(n) => {
            Family::MachineIdentities
        }
        ("POST", ["", "api", "machineidentities", n, "credentials", c, "rotate"])
            if set(n) && set(c) =>
        {
            Family::MachineIdentities
        }
        ("PUT", ["", "api", "feature-flags", n]) if set(n) => Family::FeatureFlags,
        _ => return None,
    };
    Some(family)
}

const SKIP: &[&str] = &["/healthz", "/health", "/metrics", "/login", "/signup"];

/// The gateway's own filter: writes only, and no path that merely *contains* a skipped word
/// (so `/api/api-keys/login-bot` is never logged).
pub fn should_audit(method: &Method, path: &str) -> bool {
    action(method).is_some() && !SKIP.iter().any(|s| path.contains(s))
}

pub fn action(method: &Method) -> Option<&'static str> {
    match method.as_str() {
        "POST" => Some("create"),
        "PUT" | "PATCH" => Some("update"),
        "DELETE" => Some("delete"),
        _ => None,
    }
}

/// The gateway's fixed tree of path segments (entries whose resource type devgateway knows).
const TREE: &[(&[&str], &str)] = &[
    (&["users", "groups"], "user_groups"),
    (&["users"], "users"),
    (&["connections", "datamasking-rules"], "data_masking"),
    (&["connections"], "connections"),
    (&["agents"], "agents"),
    (&["resources"], "resources"),
    (&["guardrails"], "guardrails"),
    (&["datamasking"], "data_masking"),
    (&["datamasking-rules"], "data_masking"),
    (&["data-masking"], "data_masking"),
    (&["serviceaccounts"], "service_accounts"),
    (&["service-accounts"], "service_accounts"),
    (&["machineidentities"], "machine_identities"),
    (&["machine-identities"], "machine_identities"),
    (&["authconfig"], "auth_config"),
    (&["auth-config"], "auth_config"),
    (&["orgkeys"], "org_keys"),
    (&["org-keys"], "org_keys"),
    (&["api-keys"], "api_keys"),
    (&["feature-flags"], "feature_flags"),
];

/// Walks the segments after `api` through the tree, skipping segments that are not in it; the
/// deepest match wins, and without one the first segment is used as it is.
pub fn resource_type(path: &str) -> String {
    let trimmed = path.strip_suffix('/').unwrap_or(path);
    let parts: Vec<&str> = trimmed.split('/').collect();
    let start = match parts.iter().position(|p| *p == "api") {
        Some(i) if i + 1 < parts.len() => i + 1,
        _ => return "unknown".into(),
    };
    let mut node: Vec<&str> = Vec::new();
    let mut best = None;
    for seg in &parts[start..] {
        let mut next = node.clone();
        next.push(seg);
        if !TREE.iter().any(|(segs, _)| segs.starts_with(&next)) {
            continue;
        }
        if let Some((_, r)) = TREE.iter().find(|(segs, _)| *segs == next.as_slice()) {
            best = Some(*r);
        }
        node = next;
    }
    best.unwrap_or(parts[start]).to_string()
}

/// The percent-decoded path, as Go's `URL.Path` holds it.
pub fn decode_path(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resource_walk() {
        assert_eq!(resource_type("/api/api-keys/ci-bot"), "api_keys");
        assert_eq!(
            resource_type("/api/machineidentities/mi/credentials/pg/rotate"),
            "machine_identities"
        );
        assert_eq!(resource_type("/api/users/groups/x"), "user_groups");
        assert_eq!(resource_type("/api/ai-agents/users"), "users");
        assert_eq!(resource_type("/api/ai-agents/x"), "ai-agents");
        assert_eq!(resource_type("/api/"), "unknown");
    }

    #[test]
    fn scope() {
        assert!(should_audit(&Method::POST, "/api/api-keys"));
        assert!(!should_audit(&Method::GET, "/api/api-keys"));
        assert!(!should_audit(&Method::PUT, "/api/api-keys/login-bot"));
        assert_eq!(
            audited_route(&Method::DELETE, "/api/api-keys/x"),
            Some(Family::ApiKeys)
        );
        assert_eq!(audited_route(&Method::DELETE, "/api/api-keys/"), None);
        assert_eq!(audited_route(&Method::POST, "/api/users"), None);
        assert_eq!(decode_path("/a%20b%2"), "/a b%2");
        assert_eq!(decode_path("/%e2%82%ac"), "/€");
    }
}
