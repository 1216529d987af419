//! Machine identities: list/get (ReadOnly), the rest AdminOnly.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use rusqlite::{params, TransactionBehavior};
use serde_json::{json, Value};

use crate::auth::{Auth, ADMIN_ONLY, READ_ONLY};
use crate::body::{json_body, JsonBody};
use crate::clock::{now_us, ZERO_TIME};
use crate::conns;
use crate::db::to_json_text;
use crate::error::{conflict_on_unique, json, ok, ApiError, ApiResult};
use crate::kinds::load_misc;
use crate::mi::{self, Mi, NULL_CONNECTION_NAMES};
use crate::state::SharedState;

struct MiBody {
    name: String,
    description: Option<String>,
    connection_names: Option<Vec<String>>,
    attributes: Vec<String>,
}

fn parse(b: &JsonBody) -> Result<MiBody, ApiError> {
    let body = MiBody {
        name: b.str("name")?.unwrap_or_default(),
        description: b.str("description")?,
        connection_names: b.str_list("connection_names")?,
        attributes: b.str_list("attributes")?.unwrap_or_default(),
    };
    b.require(&[("Name", !body.name.is_empty())])?;
    Ok(body)
}

/// `null` for an empty list, as the gateway's nil slice.
fn list_or_null(items: Vec<Value>) -> Value {
    if items.is_empty() {
        Value::Null
    } else {
        items.into()
    }
}

pub async fn list(State(st): State<SharedState>, _a: Auth<READ_ONLY>) -> ApiResult {
    let all = st.db.read(|c| Ok(mi::list(c)?)).await?;
    ok(&all.iter().map(Mi::to_json).collect::<Vec<_>>())
}

fn not_found() -> ApiError {
    ApiError::not_found("machine identity not found")
}

pub async fn get_one(
    State(st): State<SharedState>,
    _a: Auth<READ_ONLY>,
    Path(name): Path<String>,
) -> ApiResult {
    let found = st.db.read(move |c| Ok(mi::by_name(c, &name)?)).await?;
    ok(&found.ok_or_else(not_found)?.to_json())
}

pub async fn create(State(st): State<SharedState>, _a: Auth<ADMIN_ONLY>, body: Body) -> ApiResult {
    let body = parse(&json_body(body, "MachineIdentity").await?)?;
    let (org_id, api_url) = (st.org_id.clone(), st.api_url.clone());
    let fail = |m: String| ApiError::bad_request(format!("failed creating machine identity: {m}"));
    let out = st
        .db
        .tx(move |tx| {
            let all = conns::load_all(tx)?;
            let names = body.connection_names.clone().unwrap_or_default();
            let explicit: Vec<_> = names
                .iter()
                .map(|n| all.iter().find(|c| &c.name == n))
                .collect();
            for (n, c) in names.iter().zip(&explicit) {
                if let Some(reason) = mi::ineligible(n, *c) {
                    return Err(fail(reason));
                }
            }
            let listeners =
                load_misc(tx)?.ok_or_else(|| fail("server misc configuration not found".into()))?;
            // Postgres reports the NOT NULL violation before the duplicate name.
            if body.connection_names.is_none() {
                return Err(fail(NULL_CONNECTION_NAMES.into()));
            }
            if mi::by_name(tx, &body.name)?.is_some() {
                return Err(ApiError::conflict(
                    "machine identity with this name already exists",
                ));
            }
            let now = now_us();
            let row = Mi {
                id: mi::mi_id(&org_id, &body.name),
                name: body.name.clone(),
                description: body.description.clone().unwrap_or_default(),
                connection_names: names.clone(),
                attributes: body.attributes.clone(),
                created_at: now,
                updated_at: now,
            };
            mi::insert(tx, &row).map_err(conflict_on_unique(
                "machine identity with this name already exists",
            ))?;
            let mut creds = Vec::new();
            for c in explicit.into_iter().flatten() {
                creds.push(mi::provision(tx, &row.id, c, &listeners, &api_url).map_err(fail)?);
            }
            mi::set_attributes(tx, &row.id, &row.attributes)?;
            // Attribute matches are best effort: failures are skipped.
            for c in mi::attribute_matched(&all, &row.attributes) {
                if !mi::has_credential(tx, &row.id, &c.name)? {
                    if let Ok(v) = mi::provision(tx, &row.id, c, &listeners, &api_url) {
                        creds.push(v);
                    }
                }
            }
            let mut v = row.to_json();
            v["credentials"] = list_or_null(creds);
            Ok(v)
        })
        .await?;
    Ok(json(StatusCode::CREATED, &out))
}

pub async fn update(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(name): Path<String>,
    body: Body,
) -> ApiResult {
    let body = parse(&json_body(body, "MachineIdentity").await?)?;
    let api_url = st.api_url.clone();
    let fail = |m: String| ApiError::bad_request(format!("failed updating machine identity: {m}"));
    // Steps commit one by one, so a later failure keeps earlier effects, as on the gateway.
    let out = st
        .db
        .write(move |conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let current = mi::by_name(&tx, &name)?.ok_or_else(|| {
                fail("failed fetching machine identity: resource not found".into())
            })?;
            let listeners = load_misc(&tx)?
                .ok_or_else(|| fail("server misc configuration not found".into()))?;
            if body.name != current.name && mi::by_name(&tx, &body.name)?.is_some() {
                return Err(ApiError::conflict(
                    "machine identity with this name already exists",
                ));
            }
            let all = conns::load_all(&tx)?;
            let matched: Vec<String> = mi::attribute_matched(&all, &body.attributes)
                .iter()
                .map(|c| c.name.clone())
                .collect();
            let new_names = body.connection_names.clone().unwrap_or_default();
            let removed: Vec<String> = current
                .connection_names
                .iter()
                .filter(|n| !new_names.contains(n) && !matched.contains(n))
                .cloned()
                .collect();
            mi::drop_credentials(&tx, &current.id, &removed)?;
            tx.commit()?;
            if body.connection_names.is_none() {
                return Err(fail(NULL_CONNECTION_NAMES.into()));
            }
            let mut new_creds = Vec::new();
            for n in new_names
                .iter()
                .filter(|n| !current.connection_names.contains(n))
            {
                let tx = conn.transaction()?;
                let c = all.iter().find(|c| &c.name == n);
                if let Some(reason) = mi::ineligible(n, c) {
                    return Err(fail(reason));
                }
                let c = c.expect("checked by ineligible");
                new_creds
                    .push(mi::provision(&tx, &current.id, c, &listeners, &api_url).map_err(fail)?);
                tx.commit()?;
            }
            let tx = conn.transaction()?;
            tx.execute(
                "UPDATE machine_identities SET name = ?1, description = ?2, connection_names = ?3,
                    updated_at = ?4 WHERE id = ?5",
                params![
                    body.name,
                    body.description.clone().unwrap_or_default(),
                    to_json_text(&new_names),
                    now_us(),
                    current.id
                ],
            )?;
            mi::set_attributes(&tx, &current.id, &body.attributes)?;
            for c in mi::attribute_matched(&all, &body.attributes) {
                if !mi::has_credential(&tx, &current.id, &c.name)? {
                    if let Ok(v) = mi::provision(&tx, &current.id, c, &listeners, &api_url) {
                        new_creds.push(v);
                    }
                }
            }
            tx.commit()?;
            // The handler answers with a fresh struct: both timestamps are Go's zero time.
            Ok(json!({
                "id": current.id,
                "name": body.name,
                "description": body.description.unwrap_or_default(),
                "connection_names": new_names,
                "attributes": body.attributes,
                "created_at": ZERO_TIME,
                "updated_at": ZERO_TIME,
                "new_credentials": list_or_null(new_creds),
            }))
        })
        .await?;
    ok(&out)
}

pub async fn delete(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(name): Path<String>,
) -> ApiResult {
    st.db
        .tx(move |tx| {
            let current = mi::by_name(tx, &name)?.ok_or_else(not_found)?;
            tx.execute(
                "DELETE FROM credentials WHERE machine_identity_id = ?1",
                [&current.id],
            )?;
            tx.execute(
                "DELETE FROM machine_identities WHERE id = ?1",
                [&current.id],
            )?;
            Ok(())
        })
        .await?;
    ok(&json!({ "message": "machine identity deleted" }))
}

pub async fn credentials(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path(name): Path<String>,
) -> ApiResult {
    let api_url = st.api_url.clone();
    let creds = st
        .db
        .read(move |c| {
            let current = mi::by_name(c, &name)?.ok_or_else(not_found)?;
            let listeners = load_misc(c)?.unwrap_or_default();
            mi::credentials(c, &current.id, &listeners, &api_url)
        })
        .await?;
    ok(&creds)
}

pub async fn rotate(
    State(st): State<SharedState>,
    _a: Auth<ADMIN_ONLY>,
    Path((name, connection)): Path<(String, String)>,
) -> ApiResult {
    let api_url = st.api_url.clone();
    let fail = |m: &str| ApiError::bad_request(format!("failed rotating credential: {m}"));
    let cred = st
        .db
        .tx(move |tx| {
            let current = mi::by_name(tx, &name)?
                .ok_or_else(|| fail("failed fetching machine identity: resource not found"))?;
            mi::credential_id(tx, &current.id, &connection)?
                .ok_or_else(|| fail("failed fetching credential: resource not found"))?;
            let listeners =
                load_misc(tx)?.ok_or_else(|| fail("server misc configuration not found"))?;
            let c = conns::find_by_name(tx, &connection)?
                .ok_or_else(|| fail("failed fetching connection: resource not found"))?;
            mi::drop_credentials(tx, &current.id, std::slice::from_ref(&connection))?;
            mi::provision(tx, &current.id, &c, &listeners, &api_url).map_err(|e| fail(&e))
        })
        .await?;
    Ok(json(StatusCode::CREATED, &cred))
}
