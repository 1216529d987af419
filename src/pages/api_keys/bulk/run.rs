//! Sends a bulk action's requests: `AT_ONCE` at a time from one queue, so each key is asked
//! for once however the workers interleave, and the console's own key alone after the rest.

use super::model::{KeyOp, Outcome, Target, AT_ONCE};
use crate::api::{api_keys::ApiKey, Api};
use leptos::{prelude::*, task::spawn_local};
use std::{cell::RefCell, collections::VecDeque, rc::Rc};

/// Where a run reports to.
#[derive(Clone, Copy)]
pub struct Report {
    /// One result per target, `None` while waiting.
    pub results: RwSignal<Vec<Option<Outcome>>>,
    /// A key the action changed, with the key as the gateway answered (activation) or
    /// `None` (deactivation answers nothing).
    pub changed: Callback<(Target, Option<ApiKey>)>,
    /// Every request has been answered.
    pub finished: Callback<()>,
}

/// Runs `op` for `targets[i]` for every `i` in `which` (all of them, or the failed ones on a
/// retry).
pub fn start(api: Api, op: KeyOp, targets: Rc<Vec<Target>>, which: Vec<usize>, report: Report) {
    report.results.update(|r| {
        for &i in &which {
            r[i] = None;
        }
    });
    let (own, others): (Vec<usize>, Vec<usize>) = which.into_iter().partition(|&i| targets[i].own);
    let queue = Rc::new(RefCell::new(others.into_iter().collect::<VecDeque<_>>()));
    let workers = AT_ONCE.min(queue.borrow().len());
    let running = Rc::new(RefCell::new(workers));
    let last = {
        let (api, targets) = (api.clone(), targets.clone());
        Rc::new(move || {
            let (api, targets, own) = (api.clone(), targets.clone(), own.clone());
            spawn_local(async move {
                for i in own {
                    send(&api, op, &targets, i, report).await;
                }
                report.finished.run(());
            });
        })
    };
    if workers == 0 {
        last();
        return;
    }
    for _ in 0..workers {
        let (api, targets, queue, running, last) = (
            api.clone(),
            targets.clone(),
            queue.clone(),
            running.clone(),
            last.clone(),
        );
        spawn_local(async move {
            loop {
                let next = queue.borrow_mut().pop_front();
                let Some(i) = next else { break };
                send(&api, op, &targets, i, report).await;
            }
            let left = {
                let mut r = running.borrow_mut();
                *r -= 1;
                *r
            };
            if left == 0 {
                last();
            }
        });
    }
}

async fn send(api: &Api, op: KeyOp, targets: &[Target], i: usize, report: Report) {
    let t = &targets[i];
    let outcome = if t.settled {
        Outcome::Already
    } else {
        let answer = op.send(api, &t.id).await;
        if let Ok(key) = &answer {
            report.changed.run((t.clone(), key.clone()));
        }
        op.outcome(answer)
    };
    report.results.update(|r| r[i] = Some(outcome));
}
