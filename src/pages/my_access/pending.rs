//! A request waiting for review: what was asked, who must approve, and checks for a decision
//! with backoff (about 5 s growing to 30 s; none while the tab is hidden, one at once when it
//! is shown again) plus Check now. Approved → the credentials; rejected, expired or gone →
//! said so, with Request again.

use super::{
    lock::Lock,
    model::{backoff_secs, checked, duration, Checked, Ended},
    store::Pending,
};
use crate::{
    api::{
        connection_credentials::{resume_credentials, ConnectionCredentials},
        reviews::get_review,
    },
    components::status_badge::{Chips, StatusBadge, Tone},
    dom::tab_hidden,
    format::now_ms,
    pages::load::Load,
    session::use_api,
};
use leptos::{prelude::*, task::spawn_local};

#[component]
pub fn PendingPanel(
    pending: Pending,
    lock: Lock,
    /// The page's clock (epoch ms), which also paces the checks.
    #[prop(into)]
    now: Signal<i64>,
    /// Approved: the connection and its credentials, handed on at once.
    #[prop(into)]
    on_issued: Callback<(String, Box<ConnectionCredentials>)>,
    /// The request is over (rejected, expired, gone).
    #[prop(into)]
    on_ended: Callback<String>,
    #[prop(into)] on_request_again: Callback<String>,
    #[prop(into)] on_dismiss: Callback<String>,
) -> impl IntoView {
    let api = use_api();
    let Pending {
        connection,
        session_id,
        review_id,
    } = pending;
    let review = Load::new({
        let (api, id) = (api.clone(), review_id.clone());
        move || {
            let (api, id) = (api.clone(), id.clone());
            async move { get_review(&api, &id).await.ok() }
        }
    });
    let attempt = RwSignal::new(0u32);
    let next_at = RwSignal::new(now_ms() + i64::from(backoff_secs(0)) * 1000);
    let last_failed = RwSignal::new(None::<String>);
    let ended = RwSignal::new(None::<Ended>);
    let conn = StoredValue::new(connection.clone());
    let check = move || {
        let name = conn.get_value();
        if ended.get_untracked().is_some() || !lock.try_begin(&name) {
            return;
        }
        let (api, session) = (api.clone(), session_id.clone());
        spawn_local(async move {
            let answer = resume_credentials(&api, &name, &session).await;
            lock.end(&name);
            match checked(answer) {
                Checked::Issued(c) => on_issued.run((name, c)),
                Checked::Waiting(why) => {
                    let n = attempt.try_get_untracked().unwrap_or(0) + 1;
                    attempt.try_set(n);
                    next_at.try_set(now_ms() + i64::from(backoff_secs(n)) * 1000);
                    last_failed.try_set(why);
                }
                Checked::Ended(e) => {
                    if ended.try_set(Some(e)).is_none() {
                        on_ended.run(name);
                    }
                }
            }
        });
    };
    let check = StoredValue::new(check);
    Effect::new(move |_| {
        let t = now.get();
        if t >= next_at.get_untracked() && !tab_hidden() {
            check.with_value(|c| c());
        }
    });
    let shown = window_event_listener_untyped("visibilitychange", move |_| {
        if !tab_hidden() {
            check.try_with_value(|c| c());
        }
    });
    on_cleanup(move || shown.remove());

    let busy = lock.watch(connection.clone());
    let heading_id = crate::dom::unique_id("pending");
    let asked = move || {
        review.get().flatten().map(|r| {
            let groups = r.waiting_on();
            let window = r.duration_seconds().map(duration);
            view! {
                {window
                    .map(|w| {
                        view! {
                            <dt>"Requested"</dt>
                            <dd>{w}</dd>
                        }
                    })}
                {(!groups.is_empty())
                    .then(|| {
                        view! {
                            <dt>"Waiting on"</dt>
                            <dd>
                                <Chips items=groups empty="" />
                            </dd>
                        }
                    })}
            }
        })
    };
    let (again, dismiss) = (connection.clone(), connection.clone());
    view! {
        <article
            class="gw-card gw-pending"
            aria-labelledby=heading_id.clone()
            data-connection=connection.clone()
        >
            <header class="gw-pending__header">
                <h3 id=heading_id.clone()>{connection.clone()}</h3>
                {move || match ended.get() {
                    None => {
                        view! { <StatusBadge tone=Tone::Warn text="Waiting for review approval" /> }
                            .into_any()
                    }
                    Some(Ended::Rejected) => {
                        view! { <StatusBadge tone=Tone::Bad text="Rejected" /> }.into_any()
                    }
                    Some(Ended::Expired) => {
                        view! { <StatusBadge tone=Tone::Muted text="Expired" /> }.into_any()
                    }
                    Some(Ended::Other(_)) => {
                        view! { <StatusBadge tone=Tone::Muted text="Ended" /> }.into_any()
                    }
                }}
            </header>
            <dl class="gw-facts">
                <dt>"Review"</dt>
                <dd>
                    <code>{review_id.clone()}</code>
                </dd>
                {asked}
            </dl>
            <p class="gw-pending__state" role="status">
                {move || match ended.get() {
                    Some(e) => e.text(),
                    None => {
                        match last_failed.get() {
                            Some(why) => {
                                format!(
                                    "The last check failed: {why} Still waiting; the next check is automatic.",
                                )
                            }
                            None => {
                                "Waiting for a reviewer. This page checks for a decision by itself; the credentials appear here when it comes."
                                    .into()
                            }
                        }
                    }
                }}
            </p>
            <div class="gw-pending__actions">
                <Show
                    when=move || ended.get().is_none()
                    fallback=move || {
                        let (a, d) = (again.clone(), dismiss.clone());
                        view! {
                            <button
                                type="button"
                                class="gw-btn gw-btn--primary"
                                on:click=move |_| on_request_again.run(a.clone())
                            >
                                "Request again"
                            </button>
                            <button
                                type="button"
                                class="gw-btn"
                                on:click=move |_| on_dismiss.run(d.clone())
                            >
                                "Dismiss"
                            </button>
                        }
                    }
                >
                    <button
                        type="button"
                        class="gw-btn"
                        disabled=busy
                        aria-busy=move || busy.get().to_string()
                        on:click=move |_| check.with_value(|c| c())
                    >
                        {move || if busy.get() { "Checking\u{2026}" } else { "Check now" }}
                    </button>
                </Show>
            </div>
        </article>
    }
}
