//! Sign-in: local email + password when the gateway uses local auth, and an API key or access
//! token with any auth method. A token is checked with `/userinfo` before the console opens.

use crate::{
    api::{
        session::{get_public_server_info, get_user_info, login, UserInfo},
        Api, ApiError,
    },
    components::{form_field::TextField, page_header::PageHeader},
    router::{redirect, use_location, use_navigate, NavigateOptions},
    routes,
    session::{use_session, Phase, SignedOutReason},
};
use leptos::{prelude::*, task::spawn_local_scoped_with_cancellation};

#[derive(Clone)]
enum Attempt {
    Password { email: String, password: String },
    Token(String),
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let session = use_session();
    let api = expect_context::<Api>();
    let location = use_location();
    let next = Memo::new(move |_| {
        location
            .query("next")
            .and_then(|n| routes::safe_next(&n))
            .unwrap_or_else(|| routes::OVERVIEW.to_string())
    });
    // Whether the gateway takes passwords. A task and a signal rather than a resource: this
    // screen is part of the first load, and the resource machinery is not needed for one read.
    let is_local = RwSignal::new(None::<Result<bool, ApiError>>);
    {
        let api = api.clone();
        spawn_local_scoped_with_cancellation(async move {
            let answer = get_public_server_info(&api).await;
            is_local.set(Some(answer.map(|p| p.auth_method == "local")));
        });
    }
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let token = RwSignal::new(String::new());
    let (password_error, set_password_error) = signal(None::<String>);
    let (token_error, set_token_error) = signal(None::<String>);
    // Which form's attempt is running, if any: both forms wait for it, only its button says so.
    let busy = RwSignal::new(None::<bool>);
    // A task and signals rather than an Action (see `is_local`). Not cancelled with the page, as
    // an Action would not be: a sign-in cut between storing the token and loading the user would
    // leave a session that looks signed out yet comes back on reload. Page signals are written
    // with `try_`, since the user may have left.
    let start = std::sync::Arc::new(move |a: Attempt| {
        let is_password = matches!(a, Attempt::Password { .. });
        busy.set(Some(is_password));
        let (api, navigate, to) = (api.clone(), navigate.clone(), next.get_untracked());
        leptos::task::spawn_local(async move {
            match check(&api, a).await {
                Ok((checked, token, user)) => {
                    session.sign_in(&checked, token, user).await;
                    navigate(
                        &to,
                        NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    );
                }
                Err(e) if is_password => {
                    set_password_error.try_set(Some(e.message()));
                }
                Err(e) => {
                    set_token_error.try_set(Some(e.message()));
                }
            }
            busy.try_set(None);
        });
    });
    let running = move || busy.with(Option::is_some);
    let submit_password = {
        let start = start.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if busy.with_untracked(Option::is_some) {
                return;
            }
            if email.with(|e| e.trim().is_empty()) || password.with(String::is_empty) {
                set_password_error.set(Some("Enter your email and password.".into()));
                return;
            }
            set_password_error.set(None);
            start(Attempt::Password {
                email: email.get(),
                password: password.get(),
            });
        }
    };
    let submit_token = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.with_untracked(Option::is_some) {
            return;
        }
        if token.with(|t| t.trim().is_empty()) {
            set_token_error.set(Some("Paste an API key (hpk_…) or an access token.".into()));
            return;
        }
        set_token_error.set(None);
        start(Attempt::Token(token.get()));
    };
    let notice = move || {
        match session.reason() {
        Some(SignedOutReason::Expired) => {
            Some("Your session expired. Sign in again to continue where you were.")
        }
        Some(SignedOutReason::SignedOut) => Some("You have signed out."),
        Some(SignedOutReason::OwnKeyDeactivated) => Some(
            "You deactivated the API key this console was signed in with, so you were signed out. Sign in with another key or as a user; an admin can activate the key again.",
        ),
        None => None,
    }
    };
    // Signed in already: on to where the visitor was going. (A sign-in made here goes there
    // itself, and by the time this runs the address, and so `next`, may have moved on.)
    Effect::new(move |_| {
        let here = location
            .pathname
            .with_untracked(|p| routes::is_page(p, routes::SIGN_IN));
        if session.phase() == Phase::SignedIn && here {
            redirect(next.get_untracked());
        }
    });
    view! {
        <main id="main" class="gw-signin" tabindex="-1">
            <PageHeader
                title="Sign in"
                subtitle="Hoop Admin: manage API keys and machine identities of your Hoop gateway."
            />
            {move || {
                notice()
                    .map(|n| {
                        view! {
                            <p class="gw-alert gw-alert--info" role="status">
                                {n}
                            </p>
                        }
                    })
            }}
            {move || match is_local.get() {
                None => {
                    view! {
                        <p class="gw-muted" role="status">
                            "Contacting the gateway…"
                        </p>
                    }
                        .into_any()
                }
                Some(Err(e)) => {
                    view! {
                        <p class="gw-alert gw-alert--error" role="alert">
                            {format!("The gateway could not be reached: {}", e.human())}
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(false)) => {
                    view! {
                        <p class="gw-muted">
                            "This gateway signs people in through its identity provider. Use an API key or an access token here."
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(true)) => {
                    view! {
                        <form class="gw-card gw-form" on:submit=submit_password.clone() novalidate>
                            <h2>"Email and password"</h2>
                            <TextField
                                label="Email"
                                name="email"
                                value=email
                                input_type="email"
                                autocomplete="username"
                                required=true
                                error=Signal::derive(move || None::<String>)
                            />
                            <TextField
                                label="Password"
                                name="password"
                                value=password
                                input_type="password"
                                autocomplete="current-password"
                                required=true
                                error=password_error
                            />
                            <button
                                type="submit"
                                class="gw-btn gw-btn--primary"
                                disabled=running
                                aria-busy=move || running().to_string()
                            >
                                {move || {
                                    if busy.get() == Some(true) {
                                        "Signing in…"
                                    } else {
                                        "Sign in"
                                    }
                                }}
                            </button>
                        </form>
                    }
                        .into_any()
                }
            }}
            <form class="gw-card gw-form" on:submit=submit_token novalidate>
                <h2>"Use an API key or access token"</h2>
                <TextField
                    label="API key or access token"
                    name="token"
                    value=token
                    input_type="password"
                    hint="Paste an hpk_… API key or a bearer token. It is kept only for this browser tab."
                    error=token_error
                />
                <button
                    type="submit"
                    class="gw-btn"
                    disabled=running
                    aria-busy=move || running().to_string()
                >
                    {move || if busy.get() == Some(false) { "Checking…" } else { "Continue" }}
                </button>
            </form>
        </main>
    }
}

/// Why a sign-in attempt did not open the console.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignInError {
    /// The email or password is wrong (or the email unknown: the same words for both).
    WrongPassword,
    /// The pasted API key or token was refused.
    TokenRefused,
    /// Anything else the gateway or the network said.
    Gateway(ApiError),
}

impl SignInError {
    /// A refused login: the gateway's 401 (wrong password) and 404 (unknown email) alike.
    fn from_login(e: ApiError) -> Self {
        match e {
            ApiError::Unauthorized | ApiError::NotFound(_) => Self::WrongPassword,
            other => Self::Gateway(other),
        }
    }

    /// What the form says. One neutral message for wrong email or password: the gateway's 404
    /// for unknown emails would otherwise tell an attacker which accounts exist.
    pub fn message(&self) -> String {
        match self {
            Self::WrongPassword => "The email or password is wrong.".into(),
            Self::TokenRefused => {
                "This key or token was not accepted. Check that it is complete and still active."
                    .into()
            }
            Self::Gateway(e) => e.human(),
        }
    }
}

/// Turns an attempt into a validated token: the password is exchanged for one first, and either
/// way `/userinfo` must accept it before the console opens.
async fn check(api: &Api, a: Attempt) -> Result<(Api, String, UserInfo), SignInError> {
    let refused = match a {
        Attempt::Password { .. } => SignInError::WrongPassword,
        Attempt::Token(_) => SignInError::TokenRefused,
    };
    let token = match a {
        Attempt::Password { email, password } => login(api, email.trim(), &password)
            .await
            .map_err(SignInError::from_login)?,
        Attempt::Token(t) => t.trim().to_string(),
    };
    let checked = api.with_token(token.clone());
    let user = get_user_info(&checked).await.map_err(|e| match e {
        ApiError::Unauthorized => refused,
        other => SignInError::Gateway(other),
    })?;
    Ok((checked, token, user))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrong_email_and_wrong_password_read_the_same() {
        let unknown = SignInError::from_login(ApiError::NotFound("user not found".into()));
        let wrong = SignInError::from_login(ApiError::Unauthorized);
        assert_eq!(unknown, wrong);
        assert!(!unknown.message().contains("not found"));
    }

    #[test]
    fn a_refused_token_and_a_wrong_password_say_what_to_check() {
        assert_eq!(
            SignInError::WrongPassword.message(),
            "The email or password is wrong."
        );
        assert!(SignInError::TokenRefused.message().contains("not accepted"));
        let down = SignInError::Gateway(ApiError::Network("offline".into()));
        assert_eq!(down.message(), ApiError::Network("offline".into()).human());
    }
}
