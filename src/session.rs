//! The signed-in session: the token (memory + sessionStorage, so closing the tab signs out),
//! the caller's identity and the gateway's server info. Provided once, by `App`.

use crate::api::{
    session::{get_server_info, get_user_info, ServerInfo, UserInfo},
    Api, ApiError,
};
use leptos::{prelude::*, task::spawn_local};

const TOKEN_KEY: &str = "hoop-admin.session";

/// Why the sign-in page is shown, when it is not a first visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedOutReason {
    Expired,
    SignedOut,
}

#[derive(Clone, Copy)]
pub struct Session {
    pub token: RwSignal<Option<String>>,
    pub user: RwSignal<Option<UserInfo>>,
    pub server: RwSignal<Option<ServerInfo>>,
    /// True while a stored token is being checked at start-up.
    pub restoring: RwSignal<bool>,
    /// Set when the gateway could not be reached while restoring.
    pub restore_error: RwSignal<Option<ApiError>>,
    pub reason: RwSignal<Option<SignedOutReason>>,
}

impl Session {
    /// Creates the session and mirrors the token into sessionStorage whenever it changes
    /// (sign-in, `X-New-Access-Token` renewal, sign-out).
    pub fn new() -> Self {
        let stored = storage().and_then(|s| s.get_item(TOKEN_KEY).ok().flatten());
        let session = Self {
            restoring: RwSignal::new(stored.is_some()),
            token: RwSignal::new(stored),
            user: RwSignal::new(None),
            server: RwSignal::new(None),
            restore_error: RwSignal::new(None),
            reason: RwSignal::new(None),
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

    /// Checks the stored token with `/userinfo` and opens the app if it is still good.
    pub fn restore(self, api: Api) {
        if self.token.get_untracked().is_none() {
            self.restoring.set(false);
            return;
        }
        self.restoring.set(true);
        self.restore_error.set(None);
        spawn_local(async move {
            match get_user_info(&api).await {
                Ok(user) => self.open(&api, user).await,
                Err(ApiError::Unauthorized) => {}
                Err(e) => self.restore_error.set(Some(e)),
            }
            self.restoring.set(false);
        });
    }

    /// Makes `token` the session's after it was validated as `user`.
    pub async fn sign_in(self, api: &Api, token: String, user: UserInfo) {
        self.token.set(Some(token));
        self.open(api, user).await;
    }

    async fn open(self, api: &Api, user: UserInfo) {
        // Server info is secondary: the console works without it, so a failure is not fatal.
        let server = get_server_info(api).await.ok();
        self.server.set(server);
        self.reason.set(None);
        self.user.set(Some(user));
    }

    /// Any 401: forget everything and say why on the sign-in page.
    pub fn expire(self) {
        if self.user.get_untracked().is_some() || self.token.get_untracked().is_some() {
            self.reason.set(Some(SignedOutReason::Expired));
        }
        self.clear();
    }

    pub fn sign_out(self) {
        self.reason.set(Some(SignedOutReason::SignedOut));
        self.clear();
    }

    fn clear(self) {
        self.token.set(None);
        self.user.set(None);
        self.server.set(None);
    }

    pub fn is_admin(self) -> bool {
        self.user
            .with(|u| u.as_ref().is_some_and(UserInfo::is_admin))
    }

    /// Whether the gateway forbids copying to the clipboard.
    pub fn copy_blocked(self) -> Signal<bool> {
        let server = self.server;
        Signal::derive(move || {
            server.with(|s| s.as_ref().is_some_and(|s| s.disable_clipboard_copy_cut))
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
