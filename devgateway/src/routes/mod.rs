//! The API routes.

mod api_keys;
mod audit_logs;
mod auth;
mod connections;
mod credentials;
mod credentials_held;
mod feature_flags;
mod machine_identities;
mod reviews;
mod serverinfo;
mod test_endpoints;
mod users;

use axum::extract::{Request, State};
use axum::response::Response;
use axum::routing::{get, post, put};
use axum::Router;

use crate::error::not_found_text;
use crate::state::SharedState;

pub fn router(state: SharedState) -> Router {
    let mut r = Router::new()
        .route("/api/publicserverinfo", get(serverinfo::public))
        .route("/api/serverinfo", get(serverinfo::info))
        .route("/api/localauth/login", post(auth::login))
        .route("/api/localauth/register", post(auth::register))
        .route("/api/userinfo", get(auth::userinfo))
        .route("/api/users", get(users::list).post(users::create))
        .route(
            "/api/users/groups",
            get(users::list_groups).post(users::create_group),
        )
        .route(
            "/api/users/groups/{name}",
            axum::routing::delete(users::delete_group),
        )
        .route("/api/users/{id}", get(users::get_one).delete(users::delete))
        .route("/api/connections", get(connections::list))
        .route("/api/connections/{name}", get(connections::get_one))
        .route(
            "/api/connections/{name}/credentials",
            get(credentials_held::get_current).post(credentials::create),
        )
        .route(
            "/api/connections/{name}/credentials/{session}",
            post(credentials::resume),
        )
        .route(
            "/api/connections/{name}/credentials/{cred}/close",
            post(credentials_held::close),
        )
        .route(
            "/api/connections/{name}/credentials/{cred}/revoke",
            post(credentials_held::revoke),
        )
        .route("/api/connection-credentials", get(credentials_held::list))
        .route("/api/api-keys", get(api_keys::list).post(api_keys::create))
        .route(
            "/api/api-keys/{key}",
            get(api_keys::get_one)
                .put(api_keys::update)
                .delete(api_keys::revoke),
        )
        .route("/api/api-keys/{key}/reactivate", post(api_keys::reactivate))
        .route(
            "/api/machineidentities",
            get(machine_identities::list).post(machine_identities::create),
        )
        .route(
            "/api/machineidentities/{name}",
            get(machine_identities::get_one)
                .put(machine_identities::update)
                .delete(machine_identities::delete),
        )
        .route(
            "/api/machineidentities/{name}/credentials",
            get(machine_identities::credentials),
        )
        .route(
            "/api/machineidentities/{name}/credentials/{connection}/rotate",
            post(machine_identities::rotate),
        )
        .route("/api/audit/logs", get(audit_logs::list))
        .route("/api/feature-flags", get(feature_flags::list))
        .route("/api/feature-flags/{name}", put(feature_flags::update))
        .route("/api/reviews", get(reviews::list))
        .route(
            "/api/reviews/{id}",
            get(reviews::get_one).put(reviews::decide),
        );
    if state.test_endpoints {
        r = r
            .route("/__test/faults", put(test_endpoints::faults))
            .route("/__test/serverinfo", put(test_endpoints::serverinfo))
            .route(
                "/__test/sessions/expire",
                post(test_endpoints::expire_sessions),
            )
            .route("/__test/sessions/end", post(test_endpoints::end_sessions))
            .route(
                "/__test/credential-sessions/end",
                post(test_endpoints::end_credential_sessions),
            )
            .route("/__test/api-keys/bulk", post(test_endpoints::bulk_api_keys))
            .route(
                "/__test/machine-identities/bulk",
                post(test_endpoints::bulk_machine_identities),
            )
            .route(
                "/__test/api-keys/{name}/times",
                put(test_endpoints::api_key_times),
            );
    }
    r.fallback(fallback)
        // gin has method-not-allowed handling off: a wrong method is an unknown route.
        .method_not_allowed_fallback(|| async { not_found_text() })
        .with_state(state)
}

/// Unknown API paths get gin's text 404; everything else is the app (when serving one).
async fn fallback(State(state): State<SharedState>, req: Request) -> Response {
    let path = req.uri().path();
    let api_like = path == "/api" || path.starts_with("/api/") || path.starts_with("/__test");
    match &state.static_files {
        Some(files) if !api_like => files.serve(req.method(), path, req.headers()).await,
        _ => not_found_text(),
    }
}
