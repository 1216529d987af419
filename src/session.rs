//! The signed-in session: the token (memory + sessionStorage, so closing the tab signs out) and
//! one state, checking → signed out (with why) or signed in (with who and the gateway's server
//! info) or unreachable. Provided once, by `App`; read through the small accessors below.

use crate::api::{
    session::{get_server_info, get_user_info, ServerInfo, UserInfo},
    Api, ApiError,
};
use leptos::{prelude::*, task::spawn_local};

const TOKEN_KEY: &str = "hoop-admin.session";

/// Where My access keeps requests waiting for review (no secret); sign-out removes it.
pub const PENDING_ACCESS_KEY: &str = "hoop-admin.pending-access";

/// Why the sign-in page is shown, when it is not a first visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedOutReason {
    Expired,
    SignedOut,
    /// The admin deactivated the API key this console was signed in with.
    OwnKeyDeactivated,
}

/// Where the session is.
#[derive(Debug, Clone, PartialEq)]
pub enum State {
    /// A stored token is being checked with the gateway.
    Checking,
    /// The gateway could not be reached while checking; `restore` tries again.
    Unreachable(ApiError),
    /// No session; `None` on a first visit.
    SignedOut(Option<SignedOutReason>),
    SignedIn(Box<SignedIn>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SignedIn {
    pub user: UserInfo,
    /// `/serverinfo` as read when the session opened (`None` while it is read again). The
    /// console works without it, so a failure is kept here rather than refusing the session.
    pub server: Option<Result<ServerInfo, ApiError>>,
}

/// The state without its data, so views that only care which one it is rebuild only then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Checking,
    Unreachable,
    SignedOut,
    SignedIn,
}

#[derive(Clone, Copy)]
pub struct Session {
    pub token: RwSignal<Option<String>>,
    state: RwSignal<State>,
}

impl Session {
    /// Creates the session and mirrors the token into sessionStorage whenever it changes
    /// (sign-in, `X-New-Access-Token` renewal, sign-out).
    pub fn new() -> Self {
        let stored = storage().and_then(|s| s.get_item(TOKEN_KEY).ok().flatten());
        let session = Self {
            state: RwSignal::new(if stored.is_some() {
                State::Checking
            } else {
                State::SignedOut(None)
            }),
            token: RwSignal::new(stored),
        };
        let token = session.token;
        Effect::new(move |_| {
            let Some(storage) = storage() else { return };
            let _ = match token.get() {
                Some(t) => storage.set_item(TOKEN_KEY, &t),
                None => storage.remove_item(TOKEN_KEY),
            };
        });
        session
    }

    /// Which state the session is in (tracked).
    pub fn phase(self) -> Phase {
        self.state.with(|s| match s {
            State::Checking => Phase::Checking,
            State::Unreachable(_) => Phase::Unreachable,
            State::SignedOut(_) => Phase::SignedOut,
            State::SignedIn(_) => Phase::SignedIn,
        })
    }

    /// Why the gateway could not be reached while checking the session (tracked).
    pub fn unreachable(self) -> Option<ApiError> {
        self.state.with(|s| match s {
            State::Unreachable(e) => Some(e.clone()),
            _ => None,
        })
    }

    /// Why the visitor is signed out, if they were signed in before (tracked).
    pub fn reason(self) -> Option<SignedOutReason> {
        self.state.with(|s| match s {
            State::SignedOut(r) => *r,
            _ => None,
        })
    }

    /// Reads the signed-in user (tracked); `None` when there is none.
    pub fn with_user<T>(self, f: impl FnOnce(Option<&UserInfo>) -> T) -> T {
        self.state.with(|s| match s {
            State::SignedIn(s) => f(Some(&s.user)),
            _ => f(None),
        })
    }

    /// The gateway's server info as the session holds it (tracked): `None` while loading or
    /// signed out.
    pub fn server(self) -> Option<Result<ServerInfo, ApiError>> {
        self.state.with(|s| match s {
            State::SignedIn(s) => s.server.clone(),
            _ => None,
        })
    }

    /// Checks the stored token with `/userinfo` and opens the app if it is still good.
    pub fn restore(self, api: Api) {
        if self.token.get_untracked().is_none() {
            self.state.set(State::SignedOut(None));
            return;
        }
        self.state.set(State::Checking);
        spawn_local(async move {
            match get_user_info(&api).await {
                Ok(user) => self.open(&api, user).await,
                // The client's 401 hook has already expired the session.
                Err(ApiError::Unauthorized) => self.expire(),
                Err(e) => self.state.set(State::Unreachable(e)),
            }
        });
    }

    /// Makes `token` the session's after it was validated as `user`.
    pub async fn sign_in(self, api: &Api, token: String, user: UserInfo) {
        self.token.set(Some(token));
        self.open(api, user).await;
    }

    async fn open(self, api: &Api, user: UserInfo) {
        let server = Some(get_server_info(api).await);
        self.state
            .set(State::SignedIn(Box::new(SignedIn { user, server })));
    }

    /// Reads `/serverinfo` again (the Overview's Retry after it failed).
    pub fn reload_server(self, api: Api) {
        self.set_server(None);
        spawn_local(async move {
            let answer = get_server_info(&api).await;
            self.set_server(Some(answer));
        });
    }

    fn set_server(self, server: Option<Result<ServerInfo, ApiError>>) {
        self.state.update(|s| {
            if let State::SignedIn(s) = s {
                s.server = server;
            }
        });
    }

    /// Any 401: forget everything and say why on the sign-in page.
    pub fn expire(self) {
        let had_one = self.token.get_untracked().is_some()
            || self
                .state
                .with_untracked(|s| matches!(s, State::SignedIn(_) | State::Checking));
        if had_one {
            self.clear(SignedOutReason::Expired);
        }
    }

    /// Ends the session and forgets what this tab kept for it (pending access requests), so
    /// the next person to sign in here starts clean.
    pub fn sign_out(self) {
        self.end(SignedOutReason::SignedOut);
    }

    /// Ends the session for `why`, as `sign_out` does.
    pub fn end(self, why: SignedOutReason) {
        if let Some(s) = storage() {
            let _ = s.remove_item(PENDING_ACCESS_KEY);
        }
        self.clear(why);
    }

    /// The id of the API key this console is signed in with (the gateway reports a key's id
    /// as the caller's id), `None` when signed in as a person.
    pub fn own_key_id(self) -> Option<String> {
        if !self.uses_api_key() {
            return None;
        }
        self.with_user(|u| u.map(|u| u.id.clone()))
    }

    fn clear(self, why: SignedOutReason) {
        self.token.set(None);
        self.state.set(State::SignedOut(Some(why)));
    }

    pub fn is_admin(self) -> bool {
        self.with_user(|u| u.is_some_and(UserInfo::is_admin))
    }

    pub fn is_auditor(self) -> bool {
        self.with_user(|u| u.is_some_and(|u| u.role == crate::api::session::Role::Auditor))
    }

    /// Signed in with an `hpk_` API key rather than as a person.
    pub fn uses_api_key(self) -> bool {
        self.token
            .with_untracked(|t| t.as_deref().is_some_and(|t| t.starts_with("hpk_")))
    }

    /// Whether the gateway forbids copying to the clipboard.
    pub fn copy_blocked(self) -> Signal<bool> {
        Signal::derive(move || {
            self.state.with(|s| match s {
                State::SignedIn(s) => s
                    .server
                    .as_ref()
                    .is_some_and(|r| r.as_ref().is_ok_and(|i| i.disable_clipboard_copy_cut)),
                _ => false,
            })
        })
    }
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The app-wide session. Panics outside `App`, which always provides it.
pub fn use_session() -> Session {
    expect_context::<Session>()
}

/// The app-wide gateway client, scoped to the calling page so its requests end with it.
pub fn use_api() -> Api {
    expect_context::<Api>().scoped()
}
