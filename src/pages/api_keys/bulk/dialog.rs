//! The dialog that confirms, runs and sums up a bulk action.

use super::{
    model::{in_sending_order, KeyOp, Outcome, Tally, Target},
    run::{start, Report},
};
use crate::{
    api::api_keys::ApiKey,
    components::modal::{focus_within, Modal},
    session::use_api,
};
use leptos::prelude::*;
use std::rc::Rc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Confirm,
    Running,
    Finished,
}

/// Confirms `op` for `targets`, runs it, then says what happened to each key, with Retry for
/// the failures. Mount it only while open.
#[component]
pub fn BulkDialog(
    op: KeyOp,
    targets: Vec<Target>,
    /// A key the action changed (to update its row in place).
    #[prop(into)]
    on_changed: Callback<(Target, Option<ApiKey>)>,
    /// A run finished (to refresh the list once).
    #[prop(into)]
    on_finished: Callback<Vec<(Target, Option<Outcome>)>>,
    #[prop(into)] on_close: Callback<()>,
) -> impl IntoView {
    let api = use_api();
    let n = targets.len();
    let targets = Rc::new(in_sending_order(targets));
    let listed = StoredValue::new(targets.to_vec());
    let own = StoredValue::new(
        targets
            .iter()
            .find(|t| t.own && !t.settled)
            .map(|t| t.name.clone()),
    );
    let phase = RwSignal::new(Phase::Confirm);
    let results = RwSignal::new(vec![None::<Outcome>; n]);
    let report = Report {
        results,
        changed: on_changed,
        finished: Callback::new(move |()| {
            phase.set(Phase::Finished);
            on_finished.run(listed.with_value(|t| {
                t.iter()
                    .cloned()
                    .zip(results.get_untracked())
                    .collect::<Vec<_>>()
            }));
        }),
    };
    let send = StoredValue::new_local(move |which: Vec<usize>| {
        // A second click lands here while the first run is going: it sends nothing.
        if phase.get_untracked() == Phase::Running {
            return;
        }
        phase.set(Phase::Running);
        start(api.clone(), op, targets.clone(), which, report);
    });
    let tally = move || results.with(|r| Tally::of(r));
    let noun = move |k: usize| if k == 1 { "key" } else { "keys" };
    let title = Signal::derive(move || match phase.get() {
        Phase::Confirm => format!("{} {n} API {}?", op.verb(), noun(n)),
        Phase::Running => format!(
            "{}ing {n} API {}\u{2026}",
            op.verb().trim_end_matches('e'),
            noun(n)
        ),
        Phase::Finished => format!("{} finished", op.verb()),
    });
    let consequence = match op {
        KeyOp::Deactivate => "Every request with these keys gets 401 at once. They stay in the list, and each can be activated again later with the same secret.",
        KeyOp::Activate => "Each key's secret works again immediately, with the key's current groups.",
    };
    let retry = move |_| {
        let failed: Vec<usize> = results.with_untracked(|r| {
            r.iter()
                .enumerate()
                .filter(|(_, o)| matches!(o, Some(Outcome::Failed(_))))
                .map(|(i, _)| i)
                .collect()
        });
        send.with_value(|s| s(failed));
    };
    // The button that had focus goes away with each phase: focus follows to what replaced it.
    let tally_ref = NodeRef::<leptos::html::P>::new();
    let actions_ref = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| match phase.get() {
        Phase::Confirm => {}
        Phase::Running => {
            if let Some(p) = tally_ref.get_untracked() {
                let _ = p.focus();
            }
        }
        Phase::Finished => {
            if let Some(d) = actions_ref.get_untracked() {
                focus_within(&d);
            }
        }
    });
    let dismiss = move || {
        if phase.get_untracked() != Phase::Running {
            on_close.run(());
        }
    };
    view! {
        <Modal title=title on_dismiss=Callback::new(move |()| dismiss()) alert=true>
            <div class="gw-modal__body">
                <Show when=move || phase.get() == Phase::Confirm>
                    <p>{consequence}</p>
                    {own
                        .get_value()
                        .filter(|_| op == KeyOp::Deactivate)
                        .map(|name| {
                            view! {
                                <p class="gw-alert gw-alert--warn">
                                    {format!(
                                        "This includes \u{201c}{name}\u{201d}, the key this console is signed in with. It is deactivated last, and then the console signs out at once.",
                                    )}
                                </p>
                            }
                        })}
                </Show>
                <Show when=move || phase.get() != Phase::Confirm>
                    <p
                        class="gw-bulk__tally"
                        role="status"
                        aria-live="polite"
                        tabindex="-1"
                        node_ref=tally_ref
                    >
                        {move || tally().text(op)}
                    </p>
                </Show>
                <ul class="gw-bulk__list" tabindex="0" aria-label="Keys in this action">
                    {listed
                        .get_value()
                        .into_iter()
                        .enumerate()
                        .map(|(i, t)| {
                            let state = move || outcome_text(
                                op,
                                results.with(|r| r[i].clone()),
                                phase.get(),
                            );
                            view! {
                                <li>
                                    <span class="gw-bulk__name">{t.name.clone()}</span>
                                    {t.own.then_some(" (this session)")}
                                    <span class="gw-cell-note">{state}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
            <div class="gw-modal__actions" node_ref=actions_ref>
                {move || match phase.get() {
                    Phase::Confirm => {
                        view! {
                            <button type="button" class="gw-btn" on:click=move |_| on_close.run(())>
                                "Cancel"
                            </button>
                            <button
                                type="button"
                                class=if op == KeyOp::Deactivate {
                                    "gw-btn gw-btn--danger"
                                } else {
                                    "gw-btn gw-btn--primary"
                                }
                                on:click=move |_| send.with_value(|s| s((0..n).collect()))
                            >
                                {format!("{} {n} {}", op.verb(), noun(n))}
                            </button>
                        }
                            .into_any()
                    }
                    Phase::Running => {
                        view! {
                            <button
                                type="button"
                                class="gw-btn gw-btn--primary"
                                disabled=true
                                aria-busy="true"
                            >
                                "Working\u{2026}"
                            </button>
                        }
                            .into_any()
                    }
                    Phase::Finished => {
                        let failed = tally().failed;
                        view! {
                            {(failed > 0)
                                .then(|| {
                                    view! {
                                        <button
                                            type="button"
                                            class="gw-btn gw-btn--primary"
                                            on:click=retry
                                        >
                                            {format!("Retry {failed} failed")}
                                        </button>
                                    }
                                })}
                            <button type="button" class="gw-btn" on:click=move |_| on_close.run(())>
                                "Close"
                            </button>
                        }
                            .into_any()
                    }
                }}
            </div>
        </Modal>
    }
}

/// A key's line in the dialog: nothing before the run, then its outcome.
fn outcome_text(op: KeyOp, o: Option<Outcome>, phase: Phase) -> String {
    match (o, phase) {
        (_, Phase::Confirm) => String::new(),
        (None, _) => "Waiting\u{2026}".into(),
        (Some(Outcome::Done), _) => capitalise(op.done()),
        (Some(Outcome::Already), _) => capitalise(op.already()),
        (Some(Outcome::Failed(msg)), _) => format!("Failed: {msg}"),
    }
}

/// Our own English words: ASCII, so no Unicode case tables in the wasm.
fn capitalise(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
