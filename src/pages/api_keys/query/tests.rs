use super::*;
use crate::api::decode;

/// The list's two steps in one: positions of the rows that match, in display order.
fn apply(rows: &[Row], q: &KeyQuery, now_ms: i64) -> Vec<usize> {
    filtered(
        rows,
        &haystacks(rows),
        &sorted(rows, q.sort, q.descending),
        q,
        now_ms,
    )
}

/// 2025-04-01, after every key below was created.
const NOW: i64 = 1_743_465_600_000;

fn key(
    id: &str,
    name: &str,
    status: &str,
    created: &str,
    used: Option<&str>,
    groups: &[&str],
) -> Row {
    let used = used.map_or("null".to_string(), |u| format!("\"{u}\""));
    Row::new(decode(&format!(
        r#"{{"id":"{id}","name":"{name}","status":"{status}","groups":{groups:?},"created_by":"admin@example.com",
        "created_at":"{created}","last_used_at":{used}}}"#
    )).unwrap())
}

fn rows() -> Vec<Row> {
    vec![
        key(
            "3",
            "deploy",
            "active",
            "2025-01-03T00:00:00Z",
            None,
            &["sre"],
        ),
        key(
            "1",
            "Billing",
            "revoked",
            "2025-01-01T00:00:00Z",
            Some("2025-02-01T00:00:00Z"),
            &[],
        ),
        key(
            "2",
            "ci",
            "active",
            "2025-01-02T00:00:00Z",
            Some("2025-03-01T00:00:00Z"),
            &["engineering"],
        ),
    ]
}

fn names_of(rows: &[Row], v: Vec<usize>) -> Vec<String> {
    v.into_iter().map(|i| rows[i].key.name.clone()).collect()
}

#[test]
fn default_is_newest_first_and_the_order_is_stable() {
    let r = rows();
    assert_eq!(
        names_of(&r, apply(&r, &KeyQuery::default(), NOW)),
        ["deploy", "ci", "Billing"]
    );
    let mut shuffled = r.clone();
    shuffled.reverse();
    assert_eq!(
        names_of(&shuffled, apply(&shuffled, &KeyQuery::default(), NOW)),
        ["deploy", "ci", "Billing"]
    );
}

#[test]
fn sorts_filters_and_searches() {
    let r = rows();
    let by = |sort, descending| KeyQuery {
        sort,
        descending,
        ..Default::default()
    };
    assert_eq!(
        names_of(&r, apply(&r, &by(SortKey::Name, false), NOW)),
        ["Billing", "ci", "deploy"]
    );
    assert_eq!(
        names_of(&r, apply(&r, &by(SortKey::LastUsed, true), NOW)),
        ["ci", "Billing", "deploy"]
    );
    let active = KeyQuery {
        status: StatusFilter::Active,
        ..Default::default()
    };
    assert_eq!(names_of(&r, apply(&r, &active, NOW)), ["deploy", "ci"]);
    let search = KeyQuery {
        search: "ENGINEER".into(),
        ..Default::default()
    };
    assert_eq!(
        names_of(&r, apply(&r, &search, NOW)),
        ["ci"],
        "groups are searched"
    );
    let creator = KeyQuery {
        search: "admin@".into(),
        ..Default::default()
    };
    assert_eq!(apply(&r, &creator, NOW).len(), 3, "creators are searched");
}

#[test]
fn url_round_trip_leaves_defaults_out() {
    assert_eq!(KeyQuery::default().to_query(), "");
    let q = KeyQuery {
        search: "ci deploy".into(),
        status: StatusFilter::Deactivated,
        sort: SortKey::Name,
        descending: false,
        usage: UsageFilter::Stale,
        stale_days: 30,
        page: 3,
    };
    let s = q.to_query();
    assert_eq!(
        s,
        "q=ci%20deploy&status=deactivated&usage=stale&stale=30&sort=name&dir=asc&page=3"
    );
    let params: Vec<(String, String)> = s
        .split('&')
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap();
            (k.to_string(), v.replace("%20", " "))
        })
        .collect();
    let back =
        KeyQuery::from_params(|k| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()));
    assert_eq!(back, q);
    assert_eq!(KeyQuery::from_params(|_| Some("bogus".into())).page, 1);
}

#[test]
fn ten_thousand_keys_filter_and_page() {
    let many: Vec<Row> = (0..10_000)
        .map(|i| {
            key(
                &format!("{i:05}"),
                &format!("key-{i}"),
                "active",
                "2025-01-01T00:00:00Z",
                None,
                &["sre"],
            )
        })
        .collect();
    let hits = apply(
        &many,
        &KeyQuery {
            search: "key-99".into(),
            ..Default::default()
        },
        NOW,
    );
    assert_eq!(hits.len(), 111);
    assert_eq!(page_count(10_000), 200);
    assert_eq!(page_count(0), 1);
}

#[test]
fn usage_filter_and_threshold() {
    let r = rows();
    // On 2025-04-01: "ci" was used 31 days ago, "Billing" 59 days ago, "deploy" never.
    let by = |usage, stale_days| KeyQuery {
        usage,
        stale_days,
        ..Default::default()
    };
    assert_eq!(
        names_of(&r, apply(&r, &by(UsageFilter::Never, 90), NOW)),
        ["deploy"]
    );
    assert!(apply(&r, &by(UsageFilter::Stale, 90), NOW).is_empty());
    assert_eq!(
        names_of(&r, apply(&r, &by(UsageFilter::Stale, 30), NOW)),
        ["ci", "Billing"]
    );
    assert_eq!(
        names_of(&r, apply(&r, &by(UsageFilter::Recent, 45), NOW)),
        ["ci"]
    );
    assert!(by(UsageFilter::Never, 90).is_filtered());
    assert!(
        !by(UsageFilter::All, 30).is_filtered(),
        "a threshold alone filters nothing"
    );
    let from = |k: &'static str, v: &'static str| {
        KeyQuery::from_params(move |p| (p == k).then(|| v.to_string()))
    };
    assert_eq!(from("stale", "0").stale_days, 90, "out of range");
    assert_eq!(from("stale", "180").stale_days, 180);
    assert_eq!(from("usage", "never").usage, UsageFilter::Never);
    assert_eq!(from("usage", "soon").usage, UsageFilter::All);
}

#[test]
fn never_used_keys_sort_first_or_last() {
    let r = rows();
    let by = |descending| KeyQuery {
        sort: SortKey::LastUsed,
        descending,
        ..Default::default()
    };
    assert_eq!(
        names_of(&r, apply(&r, &by(true), NOW)),
        ["ci", "Billing", "deploy"]
    );
    assert_eq!(
        names_of(&r, apply(&r, &by(false), NOW)),
        ["deploy", "Billing", "ci"]
    );
}
