use super::*;
use crate::api::audit::Pages;

pub fn entry(id: &str, secs: i64, method: &str, path: &str, payload: &str) -> AuditEntry {
    AuditEntry {
        id: id.into(),
        actor_subject: "admin@example.com".into(),
        actor_email: "admin@example.com".into(),
        actor_name: "Admin".into(),
        created_at: crate::format::rfc3339_utc(secs * 1000),
        resource_type: "api_keys".into(),
        action: "update".into(),
        http_method: method.into(),
        http_status: 200,
        http_path: path.into(),
        client_ip: "127.0.0.1".into(),
        request_payload_redacted: crate::api::json::from_str(payload).ok().flatten(),
        outcome: true,
        error_message: String::new(),
    }
}

fn page(total: u64, size: u32, data: Vec<AuditEntry>) -> AuditPage {
    AuditPage {
        pages: Pages {
            total,
            page: 1,
            size,
        },
        data,
    }
}

fn ids(feed: &Feed) -> Vec<String> {
    feed.entries().into_iter().map(|e| e.id).collect()
}

fn under(path: &str) -> Keep {
    Keep::Under(segments(path))
}

#[test]
fn paths_are_matched_by_segment_not_by_substring() {
    let keep = under("/api/api-keys/ci");
    let entries = vec![
        entry("1", 1, "PUT", "/api/api-keys/ci", "{}"),
        entry("2", 2, "PUT", "/api/api-keys/ci-bot", "{}"),
        entry("3", 3, "POST", "/api/api-keys/ci/reactivate", "{}"),
        entry("4", 4, "PUT", "/api/api-keys/c%69", "{}"),
        entry("5", 5, "PUT", "/api/api-keys/xci", "{}"),
    ];
    let got: Vec<&str> = kept(&keep, &entries)
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(got, ["1", "3", "4"]);
}

#[test]
fn the_create_with_the_name_wins_else_the_nearest_in_time() {
    let at = 1_000_000;
    let keep = |by_time| Keep::Create {
        collection: segments("/api/api-keys"),
        name: "ci".into(),
        created_ms: at * 1000,
        by_time,
    };
    let mut failed = entry("f", at, "POST", "/api/api-keys", r#"{"name":"ci"}"#);
    failed.outcome = false;
    let entries = vec![
        entry("late", at + 60, "POST", "/api/api-keys", r#"{"name":"ci"}"#),
        entry("other", at, "POST", "/api/api-keys", r#"{"name":"other"}"#),
        entry("named", at + 1, "POST", "/api/api-keys", r#"{"name":"ci"}"#),
        failed.clone(),
    ];
    let got = |k: Keep, e: &[AuditEntry]| -> Vec<String> {
        kept(&k, e).iter().map(|e| e.id.clone()).collect()
    };
    assert_eq!(got(keep(true), &entries), ["named"]);
    // Renamed since: no create carries the current name, so the nearest one is it.
    let renamed = vec![entries[1].clone(), entries[0].clone(), failed];
    assert_eq!(got(keep(true), &renamed), ["other"]);
    // Identities are never renamed: a create of another name is not theirs.
    assert!(got(keep(false), &renamed).is_empty());
}

#[test]
fn first_pages_of_every_source_then_the_one_holding_the_timeline_back() {
    let key = Source {
        query: AuditQuery {
            page_size: 2,
            ..Default::default()
        },
        keep: under("/api/api-keys/k"),
    };
    let mut feed = Feed::new(vec![key.clone(), key]);
    assert_eq!(feed.next().map(|(i, q)| (i, q.page)), Some((1, 1)));
    feed.add(
        1,
        page(
            3,
            2,
            vec![
                entry("b9", 90, "PUT", "/api/api-keys/k", "{}"),
                entry("b5", 50, "PUT", "/api/api-keys/k", "{}"),
            ],
        ),
    );
    // Source 0 has loaded nothing yet: nothing may be shown.
    assert!(ids(&feed).is_empty());
    assert_eq!(feed.next().map(|(i, q)| (i, q.page)), Some((0, 1)));
    feed.add(
        0,
        page(
            4,
            2,
            vec![
                entry("a8", 80, "PUT", "/api/api-keys/k", "{}"),
                entry("a7", 70, "DELETE", "/api/api-keys/k", "{}"),
            ],
        ),
    );
    // Both have older pages; everything at or after 70 is complete.
    assert_eq!(ids(&feed), ["b9", "a8", "a7"]);
    assert_eq!(feed.next().map(|(i, q)| (i, q.page)), Some((0, 2)));
    feed.add(
        0,
        page(
            4,
            2,
            vec![
                entry("a6", 60, "PUT", "/api/api-keys/k", "{}"),
                entry("a1", 10, "POST", "/api/api-keys/k/reactivate", "{}"),
            ],
        ),
    );
    assert!(feed.sources[0].done);
    assert_eq!(ids(&feed), ["b9", "a8", "a7", "a6", "b5"]);
    assert_eq!(feed.next().map(|(i, q)| (i, q.page)), Some((1, 2)));
    feed.add(
        1,
        page(3, 2, vec![entry("b2", 20, "PUT", "/api/api-keys/k", "{}")]),
    );
    assert!(!feed.has_older());
    assert_eq!(ids(&feed), ["b9", "a8", "a7", "a6", "b5", "b2", "a1"]);
    assert_eq!(feed.next(), None);
}

#[test]
fn an_entry_found_by_two_sources_shows_once_and_actor_matches_exactly() {
    let mut feed = Feed::new(vec![
        Source {
            query: AuditQuery::default(),
            keep: Keep::Actor("k1".into()),
        },
        Source {
            query: AuditQuery::default(),
            keep: Keep::All,
        },
    ]);
    let mut other = entry("2", 2, "PUT", "/api/api-keys/x", "{}");
    other.actor_subject = "k10".into();
    let mut mine = entry("1", 1, "PUT", "/api/api-keys/x", "{}");
    mine.actor_subject = "k1".into();
    feed.add(0, page(2, 50, vec![other.clone(), mine.clone()]));
    feed.add(1, page(1, 50, vec![mine]));
    assert_eq!(ids(&feed), ["1"]);
    assert!(!feed.has_older());
}

#[test]
fn entries_of_one_millisecond_from_two_sources_keep_their_microsecond_order() {
    let mut feed = Feed::new(vec![
        Source {
            query: AuditQuery::default(),
            keep: under("/api/api-keys/id-1"),
        },
        Source {
            query: AuditQuery::default(),
            keep: under("/api/api-keys/by-name"),
        },
    ]);
    let at = |id: &str, path: &str, micros: &str| {
        let mut e = entry(id, 0, "PUT", path, "{}");
        e.created_at = format!("2026-12-02T13:43:58.123{micros}Z");
        e
    };
    // Newest first, as the gateway sends them: the by-name write came between the two by-id.
    feed.add(
        0,
        page(
            2,
            50,
            vec![
                at("c", "/api/api-keys/id-1", "900"),
                at("a", "/api/api-keys/id-1", "100"),
            ],
        ),
    );
    feed.add(
        1,
        page(1, 50, vec![at("b", "/api/api-keys/by-name", "500")]),
    );
    assert_eq!(ids(&feed), ["c", "b", "a"]);
}
