//! Parts of a screen that only an action shows (its dialogs), kept out of the screen's own code:
//! the page names a part by its type `T` (a set of functions that build its dialogs) and asks
//! for it through [`LoadPart<T>`], which the app provides and which fetches the chunk the part
//! sits in. The page prefetches its parts once it is shown, so they are usually here by the
//! first click; a dialog opened before that says it is loading.

use crate::components::{
    error_panel::{ErrorPanel, NOT_DOWNLOADED},
    modal::Modal,
    skeleton::LoadingSkeleton,
};
use leptos::{
    leptos_dom::helpers::{request_idle_callback_with_handle, set_timeout},
    prelude::*,
    task::spawn_local,
};
use std::{
    future::Future,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll, Waker},
};

/// Part `T` on its way; `None` when the download failed (asking again tries again).
pub type Fetching<T> = Pin<Box<dyn Future<Output = Option<T>>>>;

/// How to get part `T`, provided as context by the app.
pub struct LoadPart<T>(pub fn() -> Fetching<T>);

impl<T> Clone for LoadPart<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for LoadPart<T> {}

/// Starts fetching part `T` without showing anything, once the browser is idle: not while it
/// still paints the screen that asks (a chunk's download and compile would hold that back).
pub fn prefetch<T: 'static>() {
    let load = expect_context::<LoadPart<T>>().0;
    let start = move || {
        spawn_local(async move {
            let _ = load().await;
        })
    };
    // Browsers without idle callbacks (Safari) get a short wait instead.
    if request_idle_callback_with_handle(start).is_err() {
        set_timeout(start, std::time::Duration::from_millis(300));
    }
}

/// Puts what `pending` gives into `into`: now when it is ready at the first poll (a chunk already
/// here), so its view is built with no loading frame in between, else once it is. A view that
/// went away meanwhile is not written to.
pub fn settle<T: Send + Sync + 'static>(
    mut pending: Pin<Box<dyn Future<Output = T>>>,
    into: RwSignal<Option<T>>,
) {
    match pending
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(done) => into.set(Some(done)),
        Poll::Pending => spawn_local(async move {
            let done = pending.await;
            let _ = into.try_set(Some(done));
        }),
    }
}

/// One dialog of part `T`, built by `show` once the part is here: at once when it already is,
/// else behind a dialog titled `what` that says it is loading and offers Retry if the download
/// fails. `on_dismiss` runs on Esc, a click outside or Close before the dialog is shown.
pub fn open<T: Copy + Send + Sync + 'static>(
    what: &'static str,
    on_dismiss: Callback<()>,
    show: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let load = expect_context::<LoadPart<T>>().0;
    // `Some(None)`: the download failed.
    let got = RwSignal::new(None::<Option<T>>);
    let fetch = move || settle(load(), got);
    fetch();
    let show: Arc<dyn Fn(T) -> AnyView + Send + Sync> = Arc::new(show);
    let retry = Callback::new(move |()| {
        got.set(None);
        fetch();
    });
    move || match got.get() {
        Some(Some(part)) => untrack(|| show(part)),
        waiting => waiting_dialog(what, waiting.is_none(), on_dismiss, retry),
    }
}

/// A dialog of part `T` while `state` holds what it opens with (titled `what` of it until the
/// part is here): `show` builds it from that and a `close` that empties `state`, which Esc, a
/// click outside or Close also run before it is shown.
pub fn open_while<S, T>(
    state: RwSignal<Option<S>>,
    what: fn(&S) -> &'static str,
    show: impl Fn(T, S, Callback<()>) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    S: Clone + Send + Sync + 'static,
    T: Copy + Send + Sync + 'static,
{
    move || {
        state.get().map(|opened| {
            let close = Callback::new(move |()| state.set(None));
            let show = show.clone();
            open(what(&opened), close, move |part: T| {
                show(part, opened.clone(), close)
            })
        })
    }
}

/// In place of a dialog still downloading (`loading`) or that failed to.
fn waiting_dialog(
    what: &'static str,
    loading: bool,
    on_dismiss: Callback<()>,
    retry: Callback<()>,
) -> AnyView {
    view! {
        <Modal title=what.to_string() on_dismiss=on_dismiss>
            {if loading {
                view! { <LoadingSkeleton label=format!("Loading {what}") rows=2 /> }.into_any()
            } else {
                view! {
                    <ErrorPanel
                        title=format!("Could not open {what}")
                        message=NOT_DOWNLOADED
                        on_retry=retry
                    />
                }
                    .into_any()
            }}
            <div class="gw-form__actions">
                <button type="button" class="gw-btn" on:click=move |_| on_dismiss.run(())>
                    "Close"
                </button>
            </div>
        </Modal>
    }
    .into_any()
}
