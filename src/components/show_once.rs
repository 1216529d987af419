//! The one way a secret gets from the page that received it to the dialog that shows it. The
//! page hands it over with [`ShowOnce::show`] and keeps no copy; the dialog takes it as it opens
//! ([`ShowOnce::take`]), so from then on the dialog's own state is the only place it lives, and
//! the dialog wipes that on close and on unmount. Whatever was handed over but never taken is
//! dropped when the page goes away.

use leptos::prelude::*;

/// `S`: the secret; `M`: what the dialog shows around it (title, notes), which is no secret.
pub struct ShowOnce<S: Send + Sync + 'static, M: Send + Sync + 'static> {
    parked: StoredValue<Option<S>>,
    /// Set while the dialog is open.
    pub open: RwSignal<Option<M>>,
}

impl<S: Send + Sync + 'static, M: Send + Sync + 'static> Clone for ShowOnce<S, M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S: Send + Sync + 'static, M: Send + Sync + 'static> Copy for ShowOnce<S, M> {}

impl<S: Send + Sync + 'static, M: Send + Sync + 'static> ShowOnce<S, M> {
    pub fn new() -> Self {
        let once = Self {
            parked: StoredValue::new(None),
            open: RwSignal::new(None),
        };
        // Quietly: the views that would react are being torn down too.
        on_cleanup(move || {
            once.parked.try_set_value(None);
            once.open.try_update_untracked(|o| *o = None);
        });
        once
    }

    /// Hands `secret` to the dialog and opens it with `meta`.
    pub fn show(self, meta: M, secret: S) {
        self.parked.set_value(Some(secret));
        self.open.set(Some(meta));
    }

    /// The secret, once: the dialog calls this as it opens, leaving nothing behind.
    pub fn take(self) -> Option<S> {
        self.parked.try_update_value(Option::take).flatten()
    }

    /// Closes the dialog and drops anything not taken.
    pub fn close(self) {
        self.parked.try_set_value(None);
        self.open.try_set(None);
    }
}

impl<S: Send + Sync + 'static, M: Send + Sync + 'static> Default for ShowOnce<S, M> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::ShowOnce;
    use leptos::prelude::*;

    #[test]
    fn the_secret_is_handed_over_once_and_dropped_on_close_and_unmount() {
        let owner = Owner::new();
        owner.with(|| {
            let once = ShowOnce::<String, &'static str>::new();
            assert_eq!(once.take(), None);
            once.show("title", "hpk_secret".into());
            assert_eq!(once.open.get_untracked(), Some("title"));
            assert_eq!(once.take().as_deref(), Some("hpk_secret"));
            assert_eq!(once.take(), None, "a second take finds nothing");
            once.show("again", "hpk_other".into());
            once.close();
            assert_eq!(once.open.get_untracked(), None);
            assert_eq!(once.take(), None, "close drops what was not taken");
        });
        // The page goes away with a secret still parked: nothing of it stays reachable.
        let parked = owner.with(ShowOnce::<String, ()>::new);
        parked.show((), "hpk_gone".into());
        owner.cleanup();
        assert_eq!(parked.take(), None);
    }
}
