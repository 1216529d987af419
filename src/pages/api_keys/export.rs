//! The API key list as CSV: one row per key, timestamps as the gateway sent them (RFC 3339),
//! so the file sorts and parses back. Never a secret: the key column is the masked preview.

use crate::{
    api::api_keys::{ApiKey, KeyStatus},
    csv,
};

const HEADER: [&str; 10] = [
    "Name",
    "ID",
    "Masked key",
    "Status",
    "Groups",
    "Created",
    "Created by",
    "Last used",
    "Deactivated at",
    "Deactivated by",
];

/// The CSV text of `keys`, in the order given (the list's current order and filter).
/// Takes `&[ApiKey]`, `&Vec<ApiKey>` or any iterator of references.
pub fn api_keys_csv<'a>(keys: impl IntoIterator<Item = &'a ApiKey>) -> String {
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    csv::write(
        &HEADER,
        keys.into_iter().map(|k| {
            [
                k.name.clone(),
                k.id.clone(),
                masked(&k.masked_key),
                match k.status {
                    KeyStatus::Active => "Active",
                    KeyStatus::Revoked => "Deactivated",
                }
                .to_string(),
                csv::joined(&k.groups),
                k.created_at.clone(),
                k.created_by.clone(),
                text(&k.last_used_at),
                text(&k.deactivated_at),
                text(&k.deactivated_by),
            ]
        }),
    )
}

/// The gateway's preview is already masked; cutting it to its first 8 characters again means a
/// file that outlives the session could not carry a secret even from a gateway that erred.
fn masked(preview: &str) -> String {
    preview
        .chars()
        .enumerate()
        .map(|(i, c)| if i < 8 { c } else { '*' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::api_keys::parse_list;

    const KEYS: &str = r#"[
      {"id":"8a1e","name":"ci-deploy","masked_key":"hpk_1nzb***************************************",
       "status":"active","groups":["sre","dev"],"created_by":"admin@example.com",
       "created_at":"2025-08-25T12:00:00.123456Z","last_used_at":"2025-08-26T08:00:00Z"},
      {"id":"77b0","name":"=HYPERLINK(\"x\")","masked_key":"hpk_Zq9x***","status":"revoked",
       "groups":null,"created_by":"dev@example.com","created_at":"2025-01-01T00:00:00Z",
       "deactivated_by":"admin@example.com","deactivated_at":"2025-02-01T00:00:00+02:00"}
    ]"#;

    #[test]
    fn one_row_per_key_with_every_column() {
        let keys = parse_list(KEYS).unwrap();
        let rows = csv::parse(&api_keys_csv(&keys));
        assert_eq!(rows[0], HEADER);
        assert_eq!(
            rows[1],
            [
                "ci-deploy",
                "8a1e",
                "hpk_1nzb***************************************",
                "Active",
                "sre; dev",
                "2025-08-25T12:00:00.123456Z",
                "admin@example.com",
                "2025-08-26T08:00:00Z",
                "",
                "",
            ]
        );
        assert_eq!(
            rows[2],
            [
                "'=HYPERLINK(\"x\")",
                "77b0",
                "hpk_Zq9x***",
                "Deactivated",
                "",
                "2025-01-01T00:00:00Z",
                "dev@example.com",
                "",
                "2025-02-01T00:00:00+02:00",
                "admin@example.com",
            ]
        );
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn an_unmasked_preview_is_masked_again() {
        let raw = "hpk_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ";
        let keys = parse_list(&format!(
            r#"[{{"id":"1","name":"n","masked_key":"{raw}","status":"active"}}]"#
        ))
        .unwrap();
        let text = api_keys_csv(keys.iter());
        assert!(!text.contains("hpk_abcde"), "{text}");
        assert_eq!(
            csv::parse(&text)[1][2],
            format!("hpk_abcd{}", "*".repeat(39))
        );
    }

    #[test]
    fn an_empty_list_is_the_header_alone() {
        assert_eq!(csv::parse(&api_keys_csv(&[])), [HEADER]);
    }
}
