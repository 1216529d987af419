//! Small browser helpers shared by components: ids, focus, document title, inert background.

use std::sync::atomic::{AtomicUsize, Ordering};
use wasm_bindgen::JsCast;

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

/// A document-unique id for `aria-labelledby`/`aria-describedby` links.
pub fn unique_id(prefix: &str) -> String {
    format!("{prefix}-{}", NEXT_ID.fetch_add(1, Ordering::Relaxed))
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

pub fn active_element() -> Option<web_sys::HtmlElement> {
    document()?.active_element()?.dyn_into().ok()
}

/// True while the tab is in the background: nothing polls then.
pub fn tab_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}

/// Runs `tick` every `every` while the tab is visible, and at once when it becomes visible
/// again, until the calling component is unmounted.
pub fn poll_while_visible(every: std::time::Duration, tick: impl Fn() + Clone + 'static) {
    use leptos::prelude::{on_cleanup, set_interval_with_handle, window_event_listener_untyped};
    let shown = {
        let tick = tick.clone();
        window_event_listener_untyped("visibilitychange", move |_| {
            if !tab_hidden() {
                tick();
            }
        })
    };
    let timer = set_interval_with_handle(
        move || {
            if !tab_hidden() {
                tick();
            }
        },
        every,
    );
    on_cleanup(move || {
        shown.remove();
        if let Ok(t) = timer {
            t.clear();
        }
    });
}

/// Sets `document.title` as "<page> · Hoop Admin".
pub fn set_title(page: &str) {
    if let Some(doc) = document() {
        doc.set_title(&format!("{page} · Hoop Admin"));
    }
}

static OPEN_MODALS: AtomicUsize = AtomicUsize::new(0);

/// Makes everything behind a modal unreachable by keyboard and assistive technology. Counted,
/// so a confirmation stacked on another dialog does not wake the page when it closes.
pub fn set_app_inert(inert: bool) {
    let open = if inert {
        OPEN_MODALS.fetch_add(1, Ordering::Relaxed) + 1
    } else {
        OPEN_MODALS
            .fetch_sub(1, Ordering::Relaxed)
            .saturating_sub(1)
    };
    let Some(root) = document().and_then(|d| d.get_element_by_id("app-root")) else {
        return;
    };
    let _ = if open > 0 {
        root.set_attribute("inert", "")
    } else {
        root.remove_attribute("inert")
    };
}

/// Whether the window matches the media query `query`, following resizes.
pub fn media_matches(query: &str) -> leptos::prelude::Signal<bool> {
    use leptos::prelude::*;
    let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return Signal::stored(false);
    };
    let matches = RwSignal::new(list.matches());
    let resized = window_event_listener_untyped("resize", move |_| {
        let now = list.matches();
        if matches.get_untracked() != now {
            matches.set(now);
        }
    });
    on_cleanup(move || resized.remove());
    matches.into()
}
