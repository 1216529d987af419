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

#[tokio::test]
async fn update_semantics_and_quirks() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let (_, mi) = create(&g, &admin, json!({ "name": "svc", "description": "d", "connection_names": ["pg-demo"], "attributes": ["team:data"] })).await;
    let id = mi["id"].clone();
    let put = |path: &str, body: Value| g.as_(&admin, Method::PUT, path).json(&body);

    let (status, up) = send(put(
        "/api/machineidentities/svc",
        json!({ "name": "svc2", "connection_names": ["pg-demo", "grafana"] }),
    ))
    .await;
    assert_eq!(status, StatusCode::OK, "{up}");
    assert_eq!(
        (up["id"].clone(), up["name"].clone()),
        (id.clone(), json!("svc2")),
        "the id survives a rename"
    );
    assert_eq!(
        (up["created_at"].as_str(), up["updated_at"].as_str()),
        (Some("0001-01-01T00:00:00Z"), Some("0001-01-01T00:00:00Z"))
    );
    assert_eq!(
        (up["description"].clone(), up["attributes"].clone()),
        (json!(""), json!([])),
        "omitted fields are cleared"
    );
    let new: Vec<&str> = up["new_credentials"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["connection_name"].as_str().unwrap())
        .collect();
    assert_eq!(new, ["grafana"], "only added connections");
    let (_, fetched) = send(g.as_(&admin, Method::GET, "/api/machineidentities/svc2")).await;
    assert_ne!(fetched["updated_at"], "0001-01-01T00:00:00Z");
    expect_error(
        g.as_(&admin, Method::GET, "/api/machineidentities/svc"),
        StatusCode::NOT_FOUND,
        "machine identity not found",
    )
    .await;

    // Removing a connection deletes its credential; nothing new gives null.
    let (_, up) = send(put(
        "/api/machineidentities/svc2",
        json!({ "name": "svc2", "connection_names": ["grafana"], "attributes": [] }),
    ))
    .await;
    assert_eq!(up["new_credentials"], Value::Null);
    let (_, creds) = send(g.as_(
        &admin,
        Method::GET,
        "/api/machineidentities/svc2/credentials",
    ))
    .await;
    let held: Vec<&str> = creds
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["connection_name"].as_str().unwrap())
        .collect();
    // pg-reviewed came from the team:data attribute at creation; clearing attributes keeps it.
    assert_eq!(held, ["pg-reviewed", "grafana"]);

    expect_error(
        put(
            "/api/machineidentities/ghost",
            json!({ "name": "ghost", "connection_names": [] }),
        ),
        StatusCode::BAD_REQUEST,
        "failed updating machine identity: failed fetching machine identity: resource not found",
    )
    .await;
    create(
        &g,
        &admin,
        json!({ "name": "other", "connection_names": [] }),
    )
    .await;
    expect_error(
        put(
            "/api/machineidentities/svc2",
            json!({ "name": "other", "connection_names": ["grafana"] }),
        ),
        StatusCode::CONFLICT,
        "machine identity with this name already exists",
    )
    .await;
    let (status, body) = send(put(
        "/api/machineidentities/svc2",
        json!({ "name": "svc2", "connection_names": ["grafana", "mysql-legacy"] }),
    ))
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["message"], "failed updating machine identity: connection mysql-legacy has unsupported type mysql for machine identities");

    // Explicitly adding an attribute-provisioned connection hits the join table's unique index.
    send(put(
        "/api/machineidentities/svc2",
        json!({ "name": "svc2", "connection_names": ["grafana"], "attributes": ["env:dev"] }),
    ))
    .await;
    let (status, body) = send(put("/api/machineidentities/svc2", json!({ "name": "svc2", "connection_names": ["grafana", "pg-demo"], "attributes": ["env:dev"] }))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("duplicate key value violates unique constraint"),
        "{body}"
    );

    // Omitting connection_names revokes the listed connections' credentials, then fails.
    let (status, body) = send(put(
        "/api/machineidentities/svc2",
        json!({ "name": "svc2" }),
    ))
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("violates not-null constraint"));
    let (_, creds) = send(g.as_(
        &admin,
        Method::GET,
        "/api/machineidentities/svc2/credentials",
    ))
    .await;
    let left: Vec<&str> = creds
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["connection_name"].as_str().unwrap())
        .collect();
    assert_eq!(
        left,
        ["pg-reviewed", "pg-demo"],
        "grafana's credential was revoked"
    );
    let (_, row) = send(g.as_(&admin, Method::GET, "/api/machineidentities/svc2")).await;
    assert_eq!(
        row["connection_names"],
        json!(["grafana"]),
        "the row is unchanged"
    );
}

#[tokio::test]
async fn delete_credentials_and_rotate() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    create(
        &g,
        &admin,
        json!({ "name": "rot", "connection_names": ["pg-demo"] }),
    )
    .await;
    let (_, before) = send(g.as_(
        &admin,
        Method::GET,
        "/api/machineidentities/rot/credentials",
    ))
    .await;
    let (status, rotated) = send(g.as_(
        &admin,
        Method::POST,
        "/api/machineidentities/rot/credentials/pg-demo/rotate",
    ))
    .await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(rotated["connection_name"], "pg-demo");
    assert_ne!(rotated["secret_key"], before[0]["secret_key"]);
    let (_, after) = send(g.as_(
        &admin,
        Method::GET,
        "/api/machineidentities/rot/credentials",
    ))
    .await;
    assert_eq!(after, json!([rotated]));

    let rotate = |path: &str| g.as_(&admin, Method::POST, path);
    expect_error(
        rotate("/api/machineidentities/ghost/credentials/pg-demo/rotate"),
        StatusCode::BAD_REQUEST,
        "failed rotating credential: failed fetching machine identity: resource not found",
    )
    .await;
    expect_error(
        rotate("/api/machineidentities/rot/credentials/grafana/rotate"),
        StatusCode::BAD_REQUEST,
        "failed rotating credential: failed fetching credential: resource not found",
    )
    .await;
    expect_error(
        g.as_(
            &admin,
            Method::GET,
            "/api/machineidentities/ghost/credentials",
        ),
        StatusCode::NOT_FOUND,
        "machine identity not found",
    )
    .await;

    let (status, body) = send(g.as_(&admin, Method::DELETE, "/api/machineidentities/rot")).await;
    assert_eq!(
        (status, body),
        (
            StatusCode::OK,
            json!({ "message": "machine identity deleted" })
        )
    );
    expect_error(
        g.as_(&admin, Method::DELETE, "/api/machineidentities/rot"),
        StatusCode::NOT_FOUND,
        "machine identity not found",
    )
    .await;
    let left: i64 = g
        .sqlite()
        .query_row("SELECT COUNT(*) FROM credentials", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 0, "credentials go with the identity");
}

#[tokio::test]
async fn provisioning_needs_misc_config_and_listeners() {
    let g = Gw::start().await;
    let admin = g.admin().await;
    let misc =
        json!({ "postgres_server_config": { "listen_address": "localhost:15432" } }).to_string();
    g.sqlite()
        .execute("UPDATE settings SET value = ?1 WHERE key = 'misc'", [misc])
        .unwrap();
    let (status, body) = create(
        &g,
        &admin,
        json!({ "name": "r", "connection_names": ["pg-demo", "rdp-windows"] }),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body["message"], "failed creating machine identity: listening address is not configured for connection type rdp");
    expect_error(
        g.as_(&admin, Method::GET, "/api/machineidentities/r"),
        StatusCode::NOT_FOUND,
        "machine identity not found",
    )
    .await;
    let (_, mi) = create(
        &g,
        &admin,
        json!({ "name": "p", "connection_names": ["pg-demo", "aws-ssm-prod"] }),
    )
    .await;
    assert_eq!(
        mi["credentials"][0]["hostname"], "127.0.0.1",
        "localhost is reported as 127.0.0.1"
    );

    g.sqlite()
        .execute("DELETE FROM settings WHERE key = 'misc'", [])
        .unwrap();
    let (_, body) = create(&g, &admin, json!({ "name": "m", "connection_names": [] })).await;
    assert_eq!(
        body["message"],
        "failed creating machine identity: server misc configuration not found"
    );
}
