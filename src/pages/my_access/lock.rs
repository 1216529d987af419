//! One request per connection in flight: a second click, a poll tick or Check now while one
//! runs finds the connection taken and does nothing.

use leptos::prelude::*;
use std::collections::BTreeSet;

#[derive(Clone, Copy)]
pub struct Lock(RwSignal<BTreeSet<String>>);

impl Lock {
    pub fn new() -> Self {
        Self(RwSignal::new(BTreeSet::new()))
    }

    /// Takes `connection`; false when a request for it already runs.
    pub fn try_begin(self, connection: &str) -> bool {
        let free = self.0.with_untracked(|s| !s.contains(connection));
        if free {
            self.0.update(|s| {
                s.insert(connection.to_string());
            });
        }
        free
    }

    pub fn end(self, connection: &str) {
        self.0.try_update(|s| {
            s.remove(connection);
        });
    }

    /// Whether a request for `connection` runs (tracked, for busy buttons).
    pub fn busy(self, connection: &str) -> bool {
        self.0.with(|s| s.contains(connection))
    }

    /// [`Lock::busy`] for one connection, as a signal a button can read.
    pub fn watch(self, connection: String) -> Signal<bool> {
        Signal::derive(move || self.busy(&connection))
    }
}

#[cfg(test)]
mod tests {
    use super::Lock;
    use leptos::prelude::*;

    #[test]
    fn a_second_begin_for_the_same_connection_is_refused() {
        Owner::new().with(|| {
            let lock = Lock::new();
            assert!(lock.try_begin("pg-demo"));
            assert!(!lock.try_begin("pg-demo"));
            assert!(lock.try_begin("grafana"), "other connections are free");
            lock.end("pg-demo");
            assert!(!lock.busy("pg-demo"));
            assert!(lock.try_begin("pg-demo"));
        });
    }
}
