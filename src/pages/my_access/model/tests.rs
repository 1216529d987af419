use super::*;
use crate::api::connection_credentials::ConnectionCredentials;
use crate::format::countdown;

fn conn(name: &str, subtype: &str) -> Connection {
    crate::api::decode(&format!(
        r#"{{"id":"{name}","name":"{name}","type":"database","subtype":"{subtype}",
        "access_mode_connect":"enabled","reviewers":[],"attributes":[]}}"#
    ))
    .unwrap()
}

fn held(name: &str, expire_at: Option<&str>) -> ActiveCredential {
    ActiveCredential {
        id: format!("cred-{name}"),
        connection_id: name.into(),
        connection_name: name.into(),
        connection_type: "database".into(),
        connection_subtype: "postgres".into(),
        session_id: "s".into(),
        expire_at: expire_at.map(Into::into),
        created_at: "2025-08-25T12:00:00Z".into(),
    }
}

const NOON: i64 = 1_756_123_200_000; // 2025-08-25T12:00:00Z

#[test]
fn states_follow_the_gateway_and_the_clock() {
    let h = held("a", Some("2025-08-25T13:00:00Z"));
    assert_eq!(status_of(None, false, NOON), Status::NoCredential);
    assert_eq!(status_of(Some(&h), true, NOON), Status::Pending);
    assert_eq!(
        status_of(Some(&h), false, NOON),
        Status::Active {
            until_ms: NOON + 3_600_000
        }
    );
    assert_eq!(
        status_of(Some(&h), false, NOON + 3_600_000),
        Status::Expired
    );
    assert_eq!(
        status_of(Some(&held("a", None)), false, NOON),
        Status::Persistent
    );
}

#[test]
fn active_and_pending_first_then_name_then_the_unrequestable() {
    let conns = [
        conn("mysql", "mysql"),
        conn("b-idle", "postgres"),
        conn("c-held", "postgres"),
        conn("a-idle", "postgres"),
        conn("d-pending", "ssh"),
    ];
    let held = [held("c-held", None)];
    let order: Vec<String> = rows(&conns, &held, &["d-pending".into()], NOON)
        .into_iter()
        .map(|r| r.connection.name)
        .collect();
    assert_eq!(order, ["c-held", "d-pending", "a-idle", "b-idle", "mysql"]);
    let all = rows(&conns, &held, &[], NOON);
    let mysql = all.iter().find(|r| r.connection.name == "mysql").unwrap();
    assert!(mysql.blocker.as_deref().unwrap().contains("mysql"));
}

#[test]
fn search_matches_name_type_and_subtype() {
    let r = &rows(&[conn("pg-demo", "postgres")], &[], &[], NOON)[0];
    for q in ["", "PG-", "database", "gres", "  demo "] {
        assert!(matches(r, q), "{q}");
    }
    assert!(!matches(r, "ssh"));
}

#[test]
fn windows_respect_48_hours_the_connection_and_the_rule() {
    let mut c = conn("pg", "postgres");
    let open = Window::of(&c);
    assert_eq!(
        (open.max, open.fixed, open.review, open.no_expiry),
        (MAX_SECONDS, None, false, true)
    );
    assert_eq!(open.presets().count(), 9);
    assert_eq!(open.check(172_800), Ok(172_800));
    assert_eq!(
        open.check(49 * 3600).unwrap_err(),
        "Access can last at most 48 hours."
    );
    assert!(open.check(0).is_err());

    c.access_max_duration = Some(28_800);
    let capped = Window::of(&c);
    assert_eq!(capped.presets().last(), Some(28_800));
    assert_eq!(
        capped.check(9 * 3600).unwrap_err(),
        "This connection allows at most 8 h."
    );
    assert!(capped.no_expiry);

    c.reviewers = vec!["sre".into()];
    assert!(!Window::of(&c).no_expiry, "a review needs a window");
    c.jit_access_duration_sec = Some(14_400);
    let jit = Window::of(&c);
    assert_eq!(
        (jit.fixed, jit.max, jit.review),
        (Some(14_400), 14_400, true)
    );
}

#[test]
fn custom_durations_read_minutes_and_hours() {
    assert_eq!(parse_custom("90", Unit::Minutes), Ok(5400));
    assert_eq!(parse_custom("1,5", Unit::Hours), Ok(5400));
    assert_eq!(parse_custom(" 49 ", Unit::Hours), Ok(176_400));
    assert!(parse_custom("", Unit::Hours).is_err());
    assert!(parse_custom("soon", Unit::Hours)
        .unwrap_err()
        .contains("soon"));
    assert!(parse_custom("1e30", Unit::Hours).is_err());
    assert_eq!(parse_custom(".5", Unit::Hours), Ok(1800));
    assert_eq!(parse_custom("2.", Unit::Minutes), Ok(120));
    assert_eq!(parse_custom("0.0083", Unit::Minutes), Ok(0));
    assert_eq!(
        parse_custom("0.0084", Unit::Minutes),
        Ok(1),
        "half a second rounds up"
    );
    assert_eq!(parse_custom("0.333333333333", Unit::Hours), Ok(1200));
    assert_eq!(parse_custom("-5", Unit::Minutes), Ok(-300));
    assert_eq!(parse_custom("+5", Unit::Minutes), Ok(300));
    for bad in [".", "1.2.3", "5 min", "1,5,0", "--5"] {
        assert!(
            parse_custom(bad, Unit::Hours)
                .unwrap_err()
                .contains("not a number"),
            "{bad}"
        );
    }
    assert!(parse_custom("99999999999999999999", Unit::Hours)
        .unwrap_err()
        .contains("at most 48 hours"));
}

#[test]
fn durations_and_countdowns_read_well() {
    assert_eq!(duration(900), "15 min");
    assert_eq!(duration(3600), "1 h");
    assert_eq!(duration(5400), "1 h 30 min");
    assert_eq!(duration(172_800), "48 h");
    assert_eq!(duration(45), "45 s");
    assert_eq!(countdown(NOON + 7_198_500, NOON), "1:59:59");
    assert_eq!(countdown(NOON + 247_000, NOON), "4:07");
    assert_eq!(countdown(NOON - 5, NOON), "0:00");
}

#[test]
fn checks_back_off_from_5_to_30_seconds() {
    let d: Vec<u32> = (0..8).map(backoff_secs).collect();
    assert_eq!(d, [5, 8, 11, 17, 25, 30, 30, 30]);
    assert_eq!(backoff_secs(u32::MAX), 30);
}

#[test]
fn resume_answers_settle_or_keep_waiting() {
    let err = |status, msg: &str| {
        Err(ApiError::from_response(
            status,
            &format!(r#"{{"message":"{msg}"}}"#),
        ))
    };
    assert_eq!(checked(Ok(Resumed::StillPending)), Checked::Waiting(None));
    let c: ConnectionCredentials =
        crate::api::decode(r#"{"id":"c","connection_name":"pg","expire_at":null}"#).unwrap();
    assert!(matches!(
        checked(Ok(Resumed::Issued(Box::new(c)))),
        Checked::Issued(_)
    ));
    assert_eq!(
        checked(err(403, "review was rejected")),
        Checked::Ended(Ended::Rejected)
    );
    assert_eq!(
        checked(err(410, "credentials have expired")),
        Checked::Ended(Ended::Expired)
    );
    assert!(matches!(
        checked(err(404, "session not found")),
        Checked::Ended(Ended::Other(t)) if t.contains("no longer knows")
    ));
    assert!(matches!(
        checked(err(404, "review not found for this session")),
        Checked::Ended(Ended::Other(t)) if t.contains("no review")
    ));
    assert!(matches!(
        checked(err(400, "invalid review status: REVOKED")),
        Checked::Ended(Ended::Other(t)) if t.starts_with("Revoked")
    ));
    assert!(matches!(
        checked(Err(ApiError::Network("offline".into()))),
        Checked::Waiting(Some(t)) if t.contains("could not be reached")
    ));
    assert!(matches!(checked(err(500, "db")), Checked::Waiting(Some(_))));
}
