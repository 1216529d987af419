//! Machine identities: every route, the credential shapes and the documented quirks.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

fn by_conn<'a>(creds: &'a Value, name: &str) -> &'a Value {
    creds
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["connection_name"] == name)
        .unwrap()
}

fn assert_secret(secret: &Value, prefix: &str) {
    let s = secret.as_str().unwrap();
    let rest = s
        .strip_prefix(&format!("{prefix}-"))
        .unwrap_or_else(|| panic!("{s} lacks {prefix}-"));
    assert_eq!(rest.len(), 43, "base64url of 32 bytes: {s}");
    assert!(rest
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
}

async fn create(g: &Gw, token: &str, body: Value) -> (StatusCode, Value) {
    send(
        g.as_(token, Method::POST, "/api/machineidentities")
            .json(&body),
    )
    .await
}

#[tokio::test]
async fn create_with_credentials_per_kind() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (status, list) = send(g.as_(&admin, Method::GET, "/api/machineidentities")).await;
    assert_eq!((status, list), (StatusCode::OK, json!([])));
    let names = [
        "pg-demo",
        "ssh-bastion",
        "rdp-windows",
        "aws-ssm-prod",
        "grafana",
        "k8s-prod",
    ];
    let (status, mi) = create(
        &g,
        &admin,
        json!({ "name": "backend-prod", "description": "svc", "connection_names": names }),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{mi}");
    let (_, info) = send(g.as_(&admin, Method::GET, "/api/userinfo")).await;
    let seed = format!(
        "{}:machineidentity:backend-prod",
        info["org_id"].as_str().unwrap()
    );
    assert_eq!(
        mi["id"],
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, seed.as_bytes()).to_string()
    );
    assert_eq!(mi["connection_names"], json!(names));
    assert_eq!(mi["attributes"], json!([]));
    let creds = &mi["credentials"];
    assert_eq!(creds.as_array().unwrap().len(), 6);

    let pg = by_conn(creds, "pg-demo");
    assert_secret(&pg["secret_key"], "pg");
    let secret = pg["secret_key"].as_str().unwrap();
    assert_eq!(
        (
            pg["connection_type"].as_str(),
            pg["connection_subtype"].as_str()
        ),
        (Some("database"), Some("postgres"))
    );
    assert_eq!(
        (pg["hostname"].as_str(), pg["port"].as_str()),
        (Some("127.0.0.1"), Some("15432"))
    );
    assert_eq!(
        (pg["username"].as_str(), pg["password"].as_str()),
        (Some(secret), Some("hoop"))
    );
    assert_eq!(pg["database_name"], "demo");
    assert_eq!(
        pg["connection_string"],
        format!("postgres://{secret}:hoop@127.0.0.1:15432/demo?sslmode=disable")
    );

    let ssh = by_conn(creds, "ssh-bastion");
    let s = ssh["secret_key"].as_str().unwrap();
    assert_secret(&ssh["secret_key"], "ssh");
    assert_eq!(
        (ssh["username"].as_str(), ssh["password"].as_str()),
        (Some("hoop"), Some(s))
    );
    assert_eq!(
        ssh["command"],
        format!("sshpass -p 'hoop' ssh {s}@127.0.0.1 -p 12222")
    );

    let rdp = by_conn(creds, "rdp-windows");
    let s = rdp["secret_key"].as_str().unwrap();
    assert_eq!(
        rdp["command"],
        format!("xfreerdp /v:127.0.0.1:13389 /u:{s} /p:{s}")
    );

    let ssm = by_conn(creds, "aws-ssm-prod");
    assert_secret(&ssm["secret_key"], "aws-ssm");
    assert!(ssm.get("hostname").is_none() && ssm.get("port").is_none());
    assert_eq!(ssm["endpoint_url"], format!("{}/ssm/", g.base));
    assert_eq!(ssm["aws_secret_access_key"].as_str().unwrap().len(), 40);
    assert!(ssm["connection_string"]
        .as_str()
        .unwrap()
        .contains("aws ssm start-session --target {TARGET_INSTANCE}"));

    for name in ["grafana", "k8s-prod"] {
        let http = by_conn(creds, name);
        let s = http["secret_key"].as_str().unwrap();
        assert_secret(&http["secret_key"], "httpproxy");
        assert_eq!(
            (
                http["connection_type"].as_str(),
                http["connection_subtype"].as_str()
            ),
            (Some("httpproxy"), Some("httpproxy"))
        );
        assert_eq!(http["proxy_token"], s);
        let cmd: Value = serde_json::from_str(http["command"].as_str().unwrap()).unwrap();
        assert_eq!(cmd["browser"], format!("http://localhost:18888/{s}"));
        assert_eq!(
            cmd["curl"],
            format!("curl -H 'Authorization: {s}' http://localhost:18888/")
        );
    }

    // Admins can fetch the secrets again; others cannot.
    let (status, again) = send(g.as_(
        &admin,
        Method::GET,
        "/api/machineidentities/backend-prod/credentials",
    ))
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(by_conn(&again, "pg-demo")["secret_key"], pg["secret_key"]);
    let dev = g.login(DEV).await;
    expect_error(
        g.as_(
            &dev,
            Method::GET,
            "/api/machineidentities/backend-prod/credentials",
        ),
        StatusCode::FORBIDDEN,
        "access denied",
    )
    .await;
    let (status, one) = send(g.as_(&dev, Method::GET, "/api/machineidentities/backend-prod")).await;
    assert_eq!(
        (status, one["description"].clone()),
        (StatusCode::OK, json!("svc"))
    );
    assert!(one.get("credentials").is_none());
}

#[tokio::test]
async fn create_validation_and_attribute_matching() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let fail = |m: &str| format!("failed creating machine identity: {m}");
    for (names, msg) in [
        (json!(["nope"]), fail("connection nope not found")),
        (json!(["mysql-legacy"]), fail("connection mysql-legacy has unsupported type mysql for machine identities")),
        (json!(["mcp-tools"]), fail("connection mcp-tools has unsupported type mcp for machine identities")),
        (json!(["pg-connect-off"]), fail("connection pg-connect-off does not have access mode connect enabled")),
        (Value::Null, fail("ERROR: null value in column \"connection_names\" of relation \"machine_identities\" violates not-null constraint (SQLSTATE 23502)")),
    ] {
        let (status, body) = create(&g, &admin, json!({ "name": "bad", "connection_names": names })).await;
        assert_eq!((status, body), (StatusCode::BAD_REQUEST, json!({ "message": msg })));
    }
    let (status, body) = create(&g, &admin, json!({ "connection_names": [] })).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["message"], "Key: 'MachineIdentity.Name' Error:Field validation for 'Name' failed on the 'required' tag");
    let dev = g.login(DEV).await;
    let (status, _) = create(&g, &dev, json!({ "name": "x", "connection_names": [] })).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, mi) = create(
        &g,
        &admin,
        json!({ "name": "empty", "connection_names": [] }),
    )
    .await;
    assert_eq!(
        (status, mi["credentials"].clone()),
        (StatusCode::CREATED, Value::Null)
    );
    expect_error(
        g.as_(&admin, Method::POST, "/api/machineidentities")
            .json(&json!({ "name": "empty", "connection_names": [] })),
        StatusCode::CONFLICT,
        "machine identity with this name already exists",
    )
    .await;

    // Attribute matches: eligible connections get credentials, ineligible ones are skipped.
    let (_, mi) = create(
        &g,
        &admin,
        json!({ "name": "dev-bot", "connection_names": [], "attributes": ["env:dev"] }),
    )
    .await;
    let creds: Vec<&str> = mi["credentials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["connection_name"].as_str().unwrap())
        .collect();
    assert_eq!(creds, ["pg-demo"]);
    assert_eq!(
        mi["connection_names"],
        json!([]),
        "matched connections are not listed"
    );

    let (status, list) = send(g.as_(&dev, Method::GET, "/api/machineidentities")).await;
    assert_eq!(status, StatusCode::OK);
    let order: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["dev-bot", "empty"], "newest first");
}
