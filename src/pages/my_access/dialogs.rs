//! The page's dialogs as a part (`crate::pages::part`): [`DIALOGS`] builds each, and the page
//! reaches it only through `LoadPart<Dialogs>` (in the `…_while` views here), so the app can
//! keep their code out of the page's.

use super::{
    credentials::{CredentialsDialog, Shown},
    end::{End, EndDialog},
    lock::Lock,
    request::RequestDialog,
    store::Pending,
};
use crate::{
    api::connection_credentials::{ActiveCredential, ConnectionCredentials},
    pages::part,
};
use leptos::prelude::*;

/// What the request dialog is opened with.
struct Request {
    name: String,
    lock: Lock,
    on_issued: Callback<Box<ConnectionCredentials>>,
    on_pending: Callback<Pending>,
    on_cancel: Callback<()>,
}

/// What the disconnect or revoke dialog is opened with.
struct Ending {
    credential: ActiveCredential,
    how: End,
    lock: Lock,
    on_done: Callback<String>,
    on_cancel: Callback<()>,
}

/// How to build each dialog.
#[derive(Clone, Copy)]
pub struct Dialogs {
    request: fn(Request) -> AnyView,
    end: fn(Ending) -> AnyView,
    credentials: fn(Shown, Signal<i64>) -> AnyView,
}

/// The dialogs; named only where the app loads them.
pub const DIALOGS: Dialogs = Dialogs {
    request,
    end,
    credentials,
};

/// The request dialog while `requesting` names a connection.
pub fn request_while(
    requesting: RwSignal<Option<String>>,
    lock: Lock,
    on_issued: Callback<Box<ConnectionCredentials>>,
    on_pending: Callback<Pending>,
) -> impl IntoView {
    part::open_while(
        requesting,
        |_| "Request access",
        move |d: Dialogs, name, on_cancel| {
            (d.request)(Request {
                name,
                lock,
                on_issued,
                on_pending,
                on_cancel,
            })
        },
    )
}

/// The disconnect or revoke dialog while `ending` holds a credential.
pub fn end_while(
    ending: RwSignal<Option<(ActiveCredential, End)>>,
    lock: Lock,
    on_done: Callback<String>,
) -> impl IntoView {
    part::open_while(
        ending,
        |(_, how)| match how {
            End::Disconnect => "Disconnect",
            End::Revoke => "Revoke credentials",
        },
        move |d: Dialogs, (credential, how), on_cancel| {
            (d.end)(Ending {
                credential,
                how,
                lock,
                on_done,
                on_cancel,
            })
        },
    )
}

/// The credentials dialog while `shown` is open.
pub fn credentials_while(shown: Shown, now: Signal<i64>) -> impl IntoView {
    // Whether it is open, not for whom: the dialog follows `open` itself.
    let showing = Memo::new(move |_| shown.open.with(Option::is_some));
    move || {
        showing.get().then(|| {
            part::open(
                "Credentials",
                Callback::new(move |()| shown.close()),
                move |d: Dialogs| (d.credentials)(shown, now),
            )
        })
    }
}

fn request(r: Request) -> AnyView {
    view! {
        <RequestDialog
            name=r.name
            lock=r.lock
            on_issued=r.on_issued
            on_pending=r.on_pending
            on_cancel=r.on_cancel
        />
    }
    .into_any()
}

fn end(e: Ending) -> AnyView {
    view! {
        <EndDialog
            credential=e.credential
            how=e.how
            lock=e.lock
            on_done=e.on_done
            on_cancel=e.on_cancel
        />
    }
    .into_any()
}

fn credentials(shown: Shown, now: Signal<i64>) -> AnyView {
    view! { <CredentialsDialog shown=shown now=now /> }.into_any()
}
