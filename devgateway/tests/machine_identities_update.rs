//! Machine identities: update, delete, rotate, and provisioning prerequisites.

mod common;

use common::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

async fn create(g: &Gw, token: &str, body: Value) -> (StatusCode, Value) {
    send(
        g.as_(token, Method::POST, "/api/machineidentities")
            .json(&body),
    )
    .await
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
