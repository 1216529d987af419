//! The machine identity list as CSV. Only what the list shows: identities carry no credentials
//! in the list answer, so none can reach the file.

use crate::{api::machine_identities::MachineIdentity, csv};

const HEADER: [&str; 6] = [
    "Name",
    "Description",
    "Connections",
    "Attributes",
    "Created",
    "Updated",
];

/// The CSV text of `identities`, in the order given; timestamps as the gateway sent them.
pub fn identities_csv<'a>(identities: impl IntoIterator<Item = &'a MachineIdentity>) -> String {
    csv::write(
        &HEADER,
        identities.into_iter().map(|mi| {
            [
                mi.name.clone(),
                mi.description.clone(),
                csv::joined(&mi.connection_names),
                csv::joined(&mi.attributes),
                mi.created_at.clone(),
                mi.updated_at.clone(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::decode;

    #[test]
    fn one_row_per_identity_in_the_given_order() {
        let list: Vec<MachineIdentity> = decode(
            r#"[{"id":"1","name":"etl","description":"=HYPERLINK(\"x\")\nnightly, \"batch\"",
              "connection_names":["pg-demo","ssh-bastion"],"attributes":["env:prod","team:data"],
              "created_at":"2025-01-01T00:00:00Z","updated_at":"2025-02-01T10:00:00.5Z"},
             {"id":"2","name":"billing","description":null,"connection_names":null,
              "attributes":null,"created_at":"2025-01-02T00:00:00Z","updated_at":null}]"#,
        )
        .unwrap();
        let rows = csv::parse(&identities_csv(&list));
        assert_eq!(rows[0], HEADER);
        assert_eq!(
            rows[1],
            [
                "etl",
                "'=HYPERLINK(\"x\")\nnightly, \"batch\"",
                "pg-demo; ssh-bastion",
                "env:prod; team:data",
                "2025-01-01T00:00:00Z",
                "2025-02-01T10:00:00.5Z",
            ]
        );
        assert_eq!(rows[2], ["billing", "", "", "", "2025-01-02T00:00:00Z", ""]);
        assert_eq!(rows.len(), 3);
    }
}
