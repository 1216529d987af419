//! Transient messages announced through a live region: polite for news, assertive for errors.

use leptos::prelude::*;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    Success,
    Info,
    Error,
}

impl ToastKind {
    fn class(self) -> &'static str {
        match self {
            ToastKind::Success => "gw-toast gw-toast--success",
            ToastKind::Info => "gw-toast gw-toast--info",
            ToastKind::Error => "gw-toast gw-toast--error",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    pub id: u64,
    pub kind: ToastKind,
    pub text: String,
}

/// The queue of toasts. `App` provides one; pages push to it.
#[derive(Clone, Copy)]
pub struct Toasts {
    items: RwSignal<Vec<Toast>>,
    next: StoredValue<u64>,
}

impl Toasts {
    pub fn new() -> Self {
        Self {
            items: RwSignal::new(Vec::new()),
            next: StoredValue::new(1),
        }
    }

    /// Shows `text`; errors stay longer because they usually need reading.
    pub fn push(self, kind: ToastKind, text: impl Into<String>) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.items.update(|v| {
            v.push(Toast {
                id,
                kind,
                text: text.into(),
            })
        });
        let secs = if kind == ToastKind::Error { 12 } else { 6 };
        set_timeout(move || self.dismiss(id), Duration::from_secs(secs));
    }

    pub fn success(self, text: impl Into<String>) {
        self.push(ToastKind::Success, text);
    }

    pub fn error(self, text: impl Into<String>) {
        self.push(ToastKind::Error, text);
    }

    pub fn info(self, text: impl Into<String>) {
        self.push(ToastKind::Info, text);
    }

    pub fn dismiss(self, id: u64) {
        // The queue may be gone already when a timer fires after unmount.
        self.items.try_update(|v| v.retain(|t| t.id != id));
    }

    fn of(self, errors: bool) -> Vec<Toast> {
        self.items.with(|v| {
            v.iter()
                .filter(|t| (t.kind == ToastKind::Error) == errors)
                .cloned()
                .collect()
        })
    }
}

impl Default for Toasts {
    fn default() -> Self {
        Self::new()
    }
}

/// The two always-present live regions toasts are rendered into.
#[component]
pub fn ToastRegion(
    /// The queue to show.
    toasts: Toasts,
) -> impl IntoView {
    let list = move |errors: bool| {
        view! {
            <For each=move || toasts.of(errors) key=|t| t.id let:toast>
                <div class=toast.kind.class()>
                    <span class="gw-toast__text">{toast.text.clone()}</span>
                    <button
                        type="button"
                        class="gw-toast__close"
                        aria-label="Dismiss notification"
                        on:click=move |_| toasts.dismiss(toast.id)
                    >
                        "×"
                    </button>
                </div>
            </For>
        }
    };
    view! {
        <div class="gw-toasts">
            <div role="status" aria-live="polite" class="gw-toasts__stack">
                {list(false)}
            </div>
            <div role="alert" aria-live="assertive" class="gw-toasts__stack">
                {list(true)}
            </div>
        </div>
    }
}
