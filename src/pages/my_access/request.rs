//! Asking for credentials for one connection: how long (presets, a custom value, or no expiry
//! where the gateway allows it; a JIT rule's fixed window shown as fixed), checked against
//! the same limits the gateway applies, then sent once.

use super::{
    durations::{Choice, DurationChoices},
    lock::Lock,
    model::{parse_custom, Unit, Window},
    store::Pending,
};
use crate::{
    api::{
        connection_credentials::{
            needs_window, request_credentials, review_needs_user, ConnectionCredentials, Requested,
        },
        connections::{get_connection, Connection},
        ApiError,
    },
    components::{error_panel::ErrorPanel, modal::Modal, skeleton::LoadingSkeleton},
    pages::{
        form::{submit_once, Feedback},
        load::Load,
        mutation::Mutation,
    },
    session::{use_api, use_session},
};
use leptos::prelude::*;

pub const KEY_NEEDS_USER: &str = "Reviewed access needs a user sign-in: the gateway opens reviews for people, and this console is signed in with an API key. Sign in with your own account to request it.";

fn accept(s: &str) -> Result<String, String> {
    Ok(s.to_string())
}

#[component]
pub fn RequestDialog(
    /// The connection; its access rules (JIT window included) are read when the dialog opens.
    #[prop(into)]
    name: String,
    lock: Lock,
    /// 201: the credentials, handed on at once (this dialog keeps no copy).
    #[prop(into)]
    on_issued: Callback<Box<ConnectionCredentials>>,
    /// 202: a reviewer must approve first.
    #[prop(into)]
    on_pending: Callback<Pending>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let load = (api.clone(), name.clone());
    let detail = Load::new(move || {
        let (api, name) = load.clone();
        async move { get_connection(&api, &name).await }
    });
    let busy = lock.watch(name.clone());
    let dismiss = Callback::new(move |_| {
        if !busy.get_untracked() {
            on_cancel.run(());
        }
    });
    let ctx = Ctx {
        api,
        lock,
        busy,
        on_issued,
        on_pending,
        on_cancel: dismiss,
    };
    let ctx = StoredValue::new_local(ctx);
    view! {
        <Modal title=format!("Request access to {name}") on_dismiss=dismiss>
            {move || match detail.get() {
                None => {
                    view! {
                        <LoadingSkeleton label="Loading the connection's access rules" rows=3 />
                    }
                        .into_any()
                }
                Some(Err(e)) => {
                    view! {
                        <ErrorPanel
                            title="The connection's access rules could not be loaded"
                            message=e.human()
                            on_retry=Callback::new(move |_| detail.refetch())
                        />
                        <div class="gw-modal__actions">
                            <button
                                type="button"
                                class="gw-btn"
                                on:click=move |_| on_cancel.run(())
                            >
                                "Cancel"
                            </button>
                        </div>
                    }
                        .into_any()
                }
                Some(Ok(c)) => request_form(ctx.get_value(), c).into_any(),
            }}
        </Modal>
    }
}

#[derive(Clone)]
struct Ctx {
    api: crate::api::Api,
    lock: Lock,
    busy: Signal<bool>,
    on_issued: Callback<Box<ConnectionCredentials>>,
    on_pending: Callback<Pending>,
    on_cancel: Callback<()>,
}

fn request_form(ctx: Ctx, c: Connection) -> impl IntoView {
    let window = Window::of(&c);
    let by_key = use_session().uses_api_key() && window.review;
    let name = c.name.clone();
    let start = window.fixed.map_or_else(
        || match window.presets().filter(|p| *p <= 3600).last() {
            Some(p) => Choice::Preset(p),
            None => Choice::Custom,
        },
        Choice::Preset,
    );
    let choice = RwSignal::new(start);
    let custom = RwSignal::new(String::new());
    let unit = RwSignal::new(Unit::Hours);
    // Set when the gateway says this connection needs a window after all.
    let required = RwSignal::new(false);
    let retry = RwSignal::new(false);
    let feedback = Feedback::new(accept, "");
    let Ctx {
        api,
        lock,
        busy,
        on_issued,
        on_pending,
        on_cancel,
    } = ctx;
    let send = Mutation::new({
        let name = name.clone();
        move |seconds: &Option<i64>| {
            let (api, name, seconds) = (api.clone(), name.clone(), *seconds);
            async move {
                let answer = request_credentials(&api, &name, seconds).await;
                lock.end(&name);
                match answer {
                    Ok(Requested::Issued(creds)) => on_issued.run(creds),
                    Ok(Requested::NeedsReview {
                        session_id,
                        review_id,
                        ..
                    }) => on_pending.run(Pending {
                        connection: name,
                        session_id,
                        review_id,
                    }),
                    Err(e) => explain(e, feedback, required, retry, choice, start),
                }
            }
        }
    });
    let submit = Callback::new({
        let name = name.clone();
        move |_| {
            let checked = match (window.fixed, choice.get_untracked()) {
                (Some(fixed), _) => Ok(Some(fixed)),
                (None, Choice::NoExpiry) => Ok(None),
                (None, Choice::Preset(s)) => window.check(s).map(Some),
                (None, Choice::Custom) => {
                    parse_custom(&custom.get_untracked(), unit.get_untracked())
                        .and_then(|s| window.check(s))
                        .map(Some)
                }
            };
            let Some(seconds) = feedback.field_checked(checked) else {
                return;
            };
            if lock.try_begin(&name) {
                retry.set(false);
                send.dispatch(seconds);
            }
        }
    });
    let review_note = window.review.then(|| {
        let who = if c.reviewers.is_empty() {
            "A reviewer must approve this request before credentials are issued.".to_string()
        } else {
            format!(
                "A reviewer ({}) must approve this request before credentials are issued.",
                c.reviewers.join(", ")
            )
        };
        view! { <p class="gw-alert gw-alert--info">{who}</p> }
    });
    let durations = view! {
        <DurationChoices
            window=window
            start=start
            choice=choice
            custom=custom
            unit=unit
            required=required
            feedback=feedback
        />
    };
    // The form arrives after the dialog took focus: move it to the chosen duration.
    let form = NodeRef::<leptos::html::Form>::new();
    form.on_load(|f| {
        request_animation_frame(move || crate::components::modal::focus_within(&f));
    });
    view! {
        <form
            class="gw-form gw-request"
            novalidate=true
            node_ref=form
            on:submit=submit_once(busy, submit)
        >
            <p class="gw-muted">{format!("{} · {}", c.kind, c.subtype)}</p>
            {review_note}
            {by_key.then(|| view! { <p class="gw-alert gw-alert--warn">{KEY_NEEDS_USER}</p> })}
            {durations}
            {move || {
                required
                    .get()
                    .then(|| {
                        view! {
                            <p class="gw-alert gw-alert--info" role="status">
                                "This connection needs an access window after all: choose how long, then request again."
                            </p>
                        }
                    })
            }}
            <Show when=move || feedback.form.get().is_some()>
                <p class="gw-alert gw-alert--error" role="alert">
                    {move || feedback.form.get()}
                </p>
            </Show>
            <div class="gw-modal__actions">
                <button
                    type="button"
                    class="gw-btn"
                    disabled=busy
                    on:click=move |_| on_cancel.run(())
                >
                    "Cancel"
                </button>
                <button
                    type="submit"
                    class="gw-btn gw-btn--primary"
                    autofocus=window.fixed.is_some()
                    disabled=move || busy.get() || by_key
                    aria-busy=move || busy.get().to_string()
                >
                    {move || match (busy.get(), retry.get()) {
                        (true, _) => "Requesting\u{2026}",
                        (false, true) => "Retry",
                        (false, false) => "Request access",
                    }}
                </button>
            </div>
        </form>
    }
}

/// A refused request, in words for this dialog.
fn explain(
    e: ApiError,
    feedback: Feedback,
    required: RwSignal<bool>,
    retry: RwSignal<bool>,
    choice: RwSignal<Choice>,
    start: Choice,
) {
    if needs_window(&e) {
        // Not a failure: the dialog asks for what the gateway wants (see the note it shows).
        required.set(true);
        if choice.get_untracked() == Choice::NoExpiry {
            choice.set(start);
        }
        return;
    }
    let text = if review_needs_user(&e) {
        KEY_NEEDS_USER.to_string()
    } else {
        if let ApiError::Server { message, status } = &e {
            retry.set(true);
            if message.is_none() {
                feedback.form.set(Some(format!("The gateway failed (HTTP {status}) without saying why. Retry, or ask an administrator to look at the gateway's log.")));
                return;
            }
        }
        e.human()
    };
    feedback.form.set(Some(text));
}
