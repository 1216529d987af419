use super::*;
use crate::api::{decode, machine_identities::MiCredential};

fn cred(json: &str) -> (CredentialKind, Vec<Field>) {
    let c: MiCredential = decode(json).unwrap();
    let kind = CredentialKind::of(&c.connection_subtype, &c.connection_type);
    (kind, fields_for(kind, &c.fields))
}

fn labels(fields: &[Field]) -> Vec<&'static str> {
    fields.iter().map(|f| f.label).collect()
}

fn value<'a>(fields: &'a [Field], label: &str) -> &'a str {
    &fields.iter().find(|f| f.label == label).unwrap().value
}

#[test]
fn kinds_follow_the_gateway_aliases() {
    assert_eq!(
        CredentialKind::of("postgres", "database"),
        CredentialKind::Postgres
    );
    assert_eq!(
        CredentialKind::of("git", "application"),
        CredentialKind::Ssh
    );
    assert_eq!(
        CredentialKind::of("grafana", "httpproxy"),
        CredentialKind::HttpProxy
    );
    assert_eq!(
        CredentialKind::of("kubernetes-eks", "custom"),
        CredentialKind::HttpProxy
    );
    assert_eq!(
        CredentialKind::of("claude-code", "custom"),
        CredentialKind::HttpProxy
    );
    assert_eq!(
        CredentialKind::of("", "kubernetes"),
        CredentialKind::HttpProxy
    );
    assert_eq!(
        CredentialKind::of("mcpproxy", "custom"),
        CredentialKind::Mcp
    );
    assert_eq!(CredentialKind::of("tcp", "custom"), CredentialKind::Other);
}

#[test]
fn postgres_masks_user_password_and_uri() {
    let (kind, f) = cred(
        r#"{"connection_name":"pg-demo","connection_type":"database","connection_subtype":"postgres",
        "secret_key":"pg-abc","hostname":"127.0.0.1","port":"15432","username":"pg-abc","password":"hoop",
        "database_name":"demo","connection_string":"postgres://pg-abc:hoop@127.0.0.1:15432/demo?sslmode=disable"}"#,
    );
    assert_eq!(kind.label(), "PostgreSQL");
    assert_eq!(
        labels(&f),
        [
            "Host",
            "Port",
            "User",
            "Password",
            "Database",
            "Connection URI"
        ]
    );
    let secret: Vec<bool> = f.iter().map(|x| x.secret).collect();
    assert_eq!(secret, [false, false, true, true, false, true]);
    assert!(
        !format!("{f:?}").contains("pg-abc"),
        "Debug never shows values"
    );
}

#[test]
fn ssh_shows_what_to_use_and_a_command_with_the_right_roles() {
    let (_, f) = cred(
        r#"{"connection_name":"ssh-bastion","connection_type":"application","connection_subtype":"ssh",
        "secret_key":"ssh-xyz","hostname":"127.0.0.1","port":"12222","username":"hoop","password":"ssh-xyz",
        "command":"sshpass -p 'hoop' ssh ssh-xyz@127.0.0.1 -p 12222"}"#,
    );
    assert_eq!(value(&f, "Username"), "hoop");
    assert_eq!(value(&f, "Password"), "ssh-xyz");
    assert_eq!(
        value(&f, "Command"),
        "sshpass -p ssh-xyz ssh hoop@127.0.0.1 -p 12222",
        "the secret is the password, not the user"
    );
}

#[test]
fn proxy_command_json_becomes_curl_and_browser_forms() {
    let (kind, f) = cred(
        r#"{"connection_name":"grafana","connection_type":"httpproxy","connection_subtype":"httpproxy",
        "secret_key":"httpproxy-t","hostname":"127.0.0.1","port":"18888","proxy_token":"httpproxy-t",
        "command":"{\"browser\":\"http://localhost:18888/httpproxy-t\",\"curl\":\"curl -H 'Authorization: httpproxy-t' http://localhost:18888/\"}"}"#,
    );
    assert_eq!(kind, CredentialKind::HttpProxy);
    assert_eq!(
        labels(&f),
        ["Host", "Port", "Proxy token", "curl", "Browser URL"]
    );
    assert_eq!(
        value(&f, "curl"),
        "curl -H 'Authorization: httpproxy-t' http://localhost:18888/"
    );
    assert_eq!(
        value(&f, "Browser URL"),
        "http://localhost:18888/httpproxy-t"
    );
    let cmd = parse_command(r#"{"mcp":"http://localhost:18888/mcp","curl":"curl x"}"#).unwrap();
    assert_eq!(cmd.mcp, "http://localhost:18888/mcp");
    assert!(parse_command("curl -H x").is_none(), "not JSON");
    assert!(parse_command("{}").is_none(), "nothing usable");
    assert!(parse_command("").is_none());
}

#[test]
fn unparsable_proxy_command_is_shown_as_is() {
    let fields = CredentialFields {
        proxy_token: "t".into(),
        command: "curl -H 'Authorization: t' http://gw/".into(),
        ..Default::default()
    };
    let f = fields_for(CredentialKind::HttpProxy, &fields);
    assert_eq!(labels(&f), ["Proxy token", "Command"]);
}

#[test]
fn aws_ssm_and_rdp_fields() {
    let (_, aws) = cred(
        r#"{"connection_name":"aws","connection_type":"custom","connection_subtype":"aws-ssm",
        "secret_key":"aws-ssm-1","endpoint_url":"http://gw/ssm/","aws_access_key_id":"AKIA1",
        "aws_secret_access_key":"0123","connection_string":"AWS_ACCESS_KEY_ID=AKIA1 aws ssm start-session"}"#,
    );
    assert_eq!(
        labels(&aws),
        [
            "Endpoint URL",
            "Access key ID",
            "Secret access key",
            "Command"
        ]
    );
    let (_, rdp) = cred(
        r#"{"connection_name":"rdp","connection_type":"application","connection_subtype":"rdp",
        "secret_key":"rdp-1","hostname":"127.0.0.1","port":"13389","username":"rdp-1","password":"rdp-1",
        "command":"xfreerdp /v:127.0.0.1:13389 /u:rdp-1 /p:rdp-1"}"#,
    );
    assert_eq!(
        labels(&rdp),
        ["Host", "Port", "Username", "Password", "Command"]
    );
    assert!(rdp
        .iter()
        .filter(|f| f.label != "Host" && f.label != "Port")
        .all(|f| f.secret));
}

#[test]
fn copy_all_is_key_value_lines_a_shell_can_source() {
    let f = vec![
        field("Host", "HOST", "127.0.0.1", false),
        field("Port", "PORT", "15432", false),
        field("User", "USER", "pg-a_b", true),
        long(
            "Connection URI",
            "DATABASE_URL",
            "postgres://pg-a_b:hoop@127.0.0.1:15432/demo?sslmode=disable",
            true,
        ),
        long("Command", "SSH_COMMAND", "sshpass -p 'x' ssh", true),
    ];
    assert_eq!(
        copy_all(&f),
        "HOST=127.0.0.1\nPORT=15432\nUSER=pg-a_b\n\
         DATABASE_URL='postgres://pg-a_b:hoop@127.0.0.1:15432/demo?sslmode=disable'\n\
         SSH_COMMAND='sshpass -p '\\''x'\\'' ssh'"
    );
    assert_eq!(copy_all(&[]), "");
}
