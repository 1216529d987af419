use super::*;
use crate::pages::activity::feed::tests_support::entry;

fn whats(entries: &[AuditEntry], one: bool) -> Vec<String> {
    describe_all(entries, one)
        .into_iter()
        .map(|d| match d.detail {
            Some(detail) => format!("{} | {detail}", d.what),
            None => d.what,
        })
        .collect()
}

#[test]
fn a_keys_life_reads_as_what_changed() {
    let k = "/api/api-keys/8a1e";
    let mut conflict = entry("6", 6, "PUT", k, r#"{"name":"taken","groups":["ops"]}"#);
    conflict.outcome = false;
    conflict.http_status = 409;
    conflict.error_message = "an api key with this name already exists".into();
    // Newest first, as the gateway and the timeline list them.
    let entries = vec![
        conflict,
        entry("5", 5, "POST", &format!("{k}/reactivate"), "{}"),
        entry("4", 4, "DELETE", k, "null"),
        entry("3", 3, "PUT", k, r#"{"name":"ci-2","groups":["ops"]}"#),
        entry("2", 2, "PUT", k, r#"{"name":"ci-2","groups":["sre"]}"#),
        entry(
            "1",
            1,
            "POST",
            "/api/api-keys",
            r#"{"name":"ci","groups":["sre"]}"#,
        ),
    ];
    assert_eq!(
        whats(&entries, true),
        [
            "Failed to rename \u{201c}ci-2\u{201d} to \u{201c}taken\u{201d} | HTTP 409: an api key with this name already exists",
            "Reactivated",
            "Deactivated",
            "Changed groups | Groups added: ops; removed: sre",
            "Renamed \u{201c}ci\u{201d} to \u{201c}ci-2\u{201d}",
            "Created \u{201c}ci\u{201d} | Groups: sre",
        ]
    );
    assert!(describe_all(&entries, true)[0].failed);
    // Without the create, the first update can only show the new state.
    assert_eq!(
        whats(&entries[4..5], true),
        ["Updated | Name \u{201c}ci-2\u{201d}; groups: sre"]
    );
}

#[test]
fn identities_and_flags() {
    let entries = vec![
        entry(
            "4",
            4,
            "PUT",
            "/api/feature-flags/experimental.rulepacks",
            r#"{"enabled":false}"#,
        ),
        entry("3", 3, "DELETE", "/api/machineidentities/billing", "null"),
        entry(
            "2",
            2,
            "POST",
            "/api/machineidentities/billing/credentials/pg%20demo/rotate",
            "null",
        ),
        entry(
            "1",
            1,
            "POST",
            "/api/machineidentities",
            r#"{"name":"billing","connection_names":["pg"],"attributes":null}"#,
        ),
    ];
    assert_eq!(
        whats(&entries, false),
        [
            "Turned \u{201c}experimental.rulepacks\u{201d} off",
            "Deleted",
            "Rotated the credential for \u{201c}pg demo\u{201d}",
            "Created \u{201c}billing\u{201d} | Connections: pg; attributes: none",
        ]
    );
    assert_eq!(target(&entries[1]), Target::Identity("billing".into()));
    assert_eq!(target(&entries[3]), Target::Identity("billing".into()));
    assert_eq!(
        target(&entries[0]),
        Target::Flag("experimental.rulepacks".into())
    );
}

#[test]
fn actors_are_people_keys_or_the_legacy_key() {
    let mut e = entry("1", 1, "PUT", "/api/api-keys/x", "{}");
    assert_eq!(
        actor(&e, |_| None),
        ("Admin".to_string(), Some("admin@example.com".to_string()))
    );
    e.actor_subject = "0b6f6c1e-6a2f-4a53-9e7e-2f3c1d9d8a01".into();
    e.actor_email = "ci-bot".into();
    e.actor_name = "ci-bot".into();
    assert!(maybe_key(&e));
    assert_eq!(
        actor(&e, |id| (id == e.actor_subject)
            .then(|| "ci-bot".to_string()))
        .0,
        "API key \u{201c}ci-bot\u{201d}"
    );
    e.actor_subject = "API_KEY".into();
    assert_eq!(actor(&e, |_| None).0, "The gateway's legacy API key");
    assert!(!maybe_key(&entry("2", 1, "PUT", "/", "{}")));
}

#[test]
fn keys_on_the_activity_page_are_told_apart_by_path() {
    let entries = vec![
        entry(
            "3",
            3,
            "PUT",
            "/api/api-keys/b",
            r#"{"name":"b","groups":["x"]}"#,
        ),
        entry(
            "2",
            2,
            "PUT",
            "/api/api-keys/a",
            r#"{"name":"a","groups":["y"]}"#,
        ),
        entry(
            "1",
            1,
            "PUT",
            "/api/api-keys/a",
            r#"{"name":"a","groups":["x"]}"#,
        ),
    ];
    assert_eq!(
        whats(&entries, false),
        [
            "Updated | Name \u{201c}b\u{201d}; groups: x",
            "Changed groups | Groups added: y; removed: x",
            "Updated | Name \u{201c}a\u{201d}; groups: x",
        ]
    );
}
