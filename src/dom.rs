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
