//! The list's selection: ids, so it survives paging, filtering and in-place updates; what
//! "select all matching" reaches (every matching key but the console's own, which is only
//! ever included on purpose); and the targets a bulk action starts from.

use super::{
    bulk::{KeyOp, Outcome, Target},
    query::Row,
};
use crate::api::api_keys::KeyStatus;
use leptos::prelude::*;
use std::collections::BTreeSet;

#[derive(Clone, Copy)]
pub struct Selection {
    pub ids: RwSignal<BTreeSet<String>>,
    rows: RwSignal<Vec<Row>>,
    matching: Memo<Vec<usize>>,
    own_id: Memo<Option<String>>,
    /// Positions into `rows` of the keys select-all selects (positions, so a keystroke over
    /// 10 000 keys copies no id).
    reachable: Memo<Vec<usize>>,
}

impl Selection {
    pub fn new(
        rows: RwSignal<Vec<Row>>,
        matching: Memo<Vec<usize>>,
        own_id: Memo<Option<String>>,
    ) -> Self {
        let reachable = Memo::new(move |_| {
            let own = own_id.get();
            matching.with(|m| {
                rows.with(|all| {
                    m.iter()
                        .copied()
                        .filter(|&i| own.as_deref() != Some(all[i].key.id.as_str()))
                        .collect::<Vec<_>>()
                })
            })
        });
        Self {
            ids: RwSignal::new(BTreeSet::new()),
            rows,
            matching,
            own_id,
            reachable,
        }
    }

    pub fn reachable_count(self) -> Signal<usize> {
        Signal::derive(move || self.reachable.with(Vec::len))
    }

    pub fn all_selected(self) -> Signal<bool> {
        Signal::derive(move || {
            self.reachable.with(|r| {
                !r.is_empty()
                    && self.ids.with(|s| {
                        self.rows
                            .with(|all| r.iter().all(|&i| s.contains(&all[i].key.id)))
                    })
            })
        })
    }

    /// Selected keys that are active, and that are deactivated.
    pub fn counts(self) -> Signal<(usize, usize)> {
        Signal::derive(move || {
            self.ids.with(|s| {
                self.rows.with(|all| {
                    all.iter()
                        .filter(|r| s.contains(&r.key.id))
                        .fold((0, 0), |(a, d), r| match r.key.status {
                            KeyStatus::Active => (a + 1, d),
                            KeyStatus::Revoked => (a, d + 1),
                        })
                })
            })
        })
    }

    /// The own key's name while the filter matches it and it is not selected.
    pub fn own_left_out(self) -> Signal<Option<String>> {
        Signal::derive(move || {
            let own = self.own_id.get()?;
            let name = self.matching.with(|m| {
                self.rows.with(|all| {
                    m.iter()
                        .find(|&&i| all[i].key.id == own)
                        .map(|&i| all[i].key.name.clone())
                })
            })?;
            (!self.ids.with(|s| s.contains(&own))).then_some(name)
        })
    }

    pub fn select_all(self, on: bool) {
        if on {
            let ids: Vec<String> = self.reachable.with_untracked(|r| {
                self.rows
                    .with_untracked(|all| r.iter().map(|&i| all[i].key.id.clone()).collect())
            });
            self.ids.update(|s| s.extend(ids));
        } else {
            self.clear();
        }
    }

    pub fn clear(self) {
        self.ids.update(BTreeSet::clear);
    }

    /// The selected keys as targets of `op`; those already in the state asked for are settled.
    pub fn targets(self, op: KeyOp) -> Vec<Target> {
        let own = self.own_id.get_untracked();
        self.ids.with_untracked(|s| {
            self.rows.with_untracked(|all| {
                all.iter()
                    .filter(|r| s.contains(&r.key.id))
                    .map(|r| Target {
                        id: r.key.id.clone(),
                        name: r.key.name.clone(),
                        settled: (r.key.status == KeyStatus::Active) == (op == KeyOp::Activate),
                        own: own.as_deref() == Some(r.key.id.as_str()),
                    })
                    .collect()
            })
        })
    }

    /// Unselects the keys an action is done with; the failed ones stay selected.
    pub fn settle(self, results: &[(Target, Option<Outcome>)]) {
        self.ids.update(|s| {
            for (t, o) in results {
                if matches!(o, Some(Outcome::Done | Outcome::Already)) {
                    s.remove(&t.id);
                }
            }
        });
    }
}
