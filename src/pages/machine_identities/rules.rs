//! What the machine identity form checks and explains: the name rule, which connections can be
//! chosen and why not, which ones an attribute pulls in, and what to do about a refusal.

use crate::{api::connections::Connection, components::group_picker::PickerNote, text::lowercase};

/// The name identifies the identity in URLs and audit logs: letters, digits, `-`, `_`, `.`.
pub fn validate_name(raw: &str) -> Result<String, String> {
    let name = raw.trim();
    if name.is_empty() {
        return Err("Enter a name.".into());
    }
    let bad: String = name
        .chars()
        .filter(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .collect();
    if !bad.is_empty() {
        let shown = if bad.contains(' ') {
            "spaces".to_string()
        } else {
            format!("\u{201c}{bad}\u{201d}")
        };
        return Err(format!(
            "Use only letters, digits, \u{201c}-\u{201d}, \u{201c}_\u{201d} and \u{201c}.\u{201d}; remove {shown}."
        ));
    }
    // Browsers and the gateway read "." and ".." in a path as "this" and "up a level".
    if name.chars().all(|c| c == '.') {
        return Err(
            "A name made only of dots cannot be used in a URL. Add a letter or digit.".into(),
        );
    }
    Ok(name.to_string())
}

pub const CONFLICT: &str =
    "Another machine identity already has this name. Choose a different name.";

/// The picker's notes: each connection's type, and for those that cannot carry machine
/// credentials, why not. Eligible connections come first.
pub fn connection_choices(all: &[Connection]) -> (Vec<String>, Vec<PickerNote>) {
    let mut sorted: Vec<&Connection> = all.iter().collect();
    crate::order::sort_by_key(&mut sorted, |c| {
        (c.machine_identity_blocker().is_some(), lowercase(&c.name))
    });
    let names = sorted.iter().map(|c| c.name.clone()).collect();
    let notes = sorted
        .iter()
        .map(|c| {
            let kind = if c.subtype.is_empty() {
                &c.kind
            } else {
                &c.subtype
            };
            match c.machine_identity_blocker() {
                Some(why) => PickerNote {
                    name: c.name.clone(),
                    text: format!("{kind}: not selectable, {why}"),
                    blocked: true,
                },
                None => PickerNote {
                    name: c.name.clone(),
                    text: kind.clone(),
                    blocked: false,
                },
            }
        })
        .collect();
    (names, notes)
}

/// Eligible connections that get credentials because they share an attribute, beyond `chosen`.
pub fn attribute_matched(
    all: &[Connection],
    attributes: &[String],
    chosen: &[String],
) -> Vec<String> {
    all.iter()
        .filter(|c| c.machine_identity_blocker().is_none() && !chosen.contains(&c.name))
        .filter(|c| c.attributes.iter().any(|a| attributes.contains(a)))
        .map(|c| c.name.clone())
        .collect()
}

/// The connection a gateway message names ("… connection pg-x not found").
fn named_connection(message: &str) -> Option<&str> {
    message
        .match_indices("connection ")
        .filter_map(|(i, m)| message[i + m.len()..].split_whitespace().next())
        .find(|w| *w != "type")
}

/// A 400 from create or update, in words that say what to do. `added` are the connections this
/// save adds, for the one refusal whose message does not name its connection.
pub fn explain_refusal(message: &str, added: &[String]) -> String {
    let m = lowercase(message);
    let conn = named_connection(message).unwrap_or("one of the connections");
    let what = if m.contains("resource not found") {
        "This machine identity no longer exists; someone may have deleted or renamed it. Go back to the list.".to_string()
    } else if m.contains("not found") && m.contains("connection ") && !m.contains("misc") {
        format!("The connection \u{201c}{conn}\u{201d} no longer exists. Remove it from the connections and save again.")
    } else if m.contains("unsupported type") {
        format!("\u{201c}{conn}\u{201d} cannot carry machine credentials. Remove it from the connections.")
    } else if m.contains("access mode connect") {
        format!("\u{201c}{conn}\u{201d} has native (connect) access turned off. Turn it on for that connection, or remove it from the connections.")
    } else if m.contains("listening address") {
        "The gateway has no listener configured for this kind of connection. Ask whoever runs the gateway to configure it, or remove those connections.".to_string()
    } else if m.contains("misc configuration") {
        "The gateway's server settings are incomplete, so it cannot issue credentials. An administrator must save the gateway's server settings first.".to_string()
    } else if m.contains("duplicate key") {
        let which = if added.is_empty() {
            "A connection you added".to_string()
        } else {
            format!("One of the connections you added ({})", added.join(", "))
        };
        format!("{which} already has a credential because it shares an attribute with this identity. Leave it out: it keeps its credential while the attribute matches.")
    } else {
        "Check the connections and attributes, then try again.".to_string()
    };
    format!(
        "The gateway refused this: {}. {what}",
        message.trim().trim_end_matches('.')
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    #[test]
    fn names_follow_the_url_safe_rule() {
        assert_eq!(
            validate_name("  billing.worker-2_a "),
            Ok("billing.worker-2_a".into())
        );
        assert!(validate_name("").unwrap_err().contains("Enter a name"));
        assert!(validate_name("two words").unwrap_err().contains("spaces"));
        assert!(validate_name("a/b?")
            .unwrap_err()
            .contains("\u{201c}/?\u{201d}"));
        assert!(validate_name("né").is_err(), "ASCII letters only");
        assert!(validate_name("..").is_err());
        assert!(validate_name(".").is_err());
        assert_eq!(validate_name(".hidden"), Ok(".hidden".into()));
    }

    fn conn(name: &str, subtype: &str, connect: &str, attrs: &[&str]) -> Connection {
        decode(&format!(
            r#"{{"id":"{name}","name":"{name}","type":"database","subtype":"{subtype}",
            "access_mode_connect":"{connect}","attributes":{attrs:?}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn only_eligible_connections_are_choosable_and_come_first() {
        let all = [
            conn("mysql-legacy", "mysql", "enabled", &[]),
            conn("pg-demo", "postgres", "enabled", &["env:dev"]),
            conn("pg-off", "postgres", "disabled", &["env:dev"]),
            conn("grafana", "grafana", "enabled", &["team:platform"]),
        ];
        let (names, notes) = connection_choices(&all);
        assert_eq!(names, ["grafana", "pg-demo", "mysql-legacy", "pg-off"]);
        let blocked: Vec<bool> = notes.iter().map(|n| n.blocked).collect();
        assert_eq!(blocked, [false, false, true, true]);
        assert!(notes[2].text.contains("mysql"), "{}", notes[2].text);
        assert!(notes[3].text.contains("disabled"));
        assert_eq!(notes[1].text, "postgres");
        assert_eq!(
            attribute_matched(
                &all,
                &["env:dev".into(), "team:platform".into()],
                &["grafana".into()]
            ),
            ["pg-demo"],
            "ineligible and already chosen connections are left out"
        );
    }

    #[test]
    fn refusals_say_what_to_do() {
        let r = explain_refusal(
            "failed creating machine identity: connection pg-x not found",
            &[],
        );
        assert!(r.contains("\u{201c}pg-x\u{201d} no longer exists"), "{r}");
        let r = explain_refusal(
            "failed creating machine identity: connection pg-off does not have access mode connect enabled",
            &[],
        );
        assert!(r.contains("\u{201c}pg-off\u{201d} has native"), "{r}");
        let r = explain_refusal(
            "failed creating machine identity: listening address is not configured for connection type rdp",
            &[],
        );
        assert!(r.contains("no listener"), "{r}");
        let r = explain_refusal(
            "failed updating machine identity: ERROR: duplicate key value violates unique constraint",
            &["ssh-bastion".into()],
        );
        assert!(r.contains("(ssh-bastion) already has a credential"), "{r}");
        let r = explain_refusal(
            "failed updating machine identity: failed fetching machine identity: resource not found",
            &[],
        );
        assert!(
            r.contains("no longer exists; someone may have deleted"),
            "{r}"
        );
        assert!(explain_refusal("EOF", &[]).starts_with("The gateway refused this: EOF. Check"));
    }
}
