//! A modal dialog: `role=dialog`, `aria-modal`, focus moved in and trapped, Esc and backdrop
//! click reported to the owner, focus returned to the opener when it goes away.

use crate::dom;
use leptos::{portal::Portal, prelude::*};
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]), \
    select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

/// A dialog over the page. Mount it only while it is open (e.g. inside `<Show>`).
#[component]
pub fn Modal(
    /// The dialog's heading, also its accessible name.
    #[prop(into)]
    title: Signal<String>,
    /// Called on Esc or a click on the backdrop; the owner decides whether that closes it.
    #[prop(into)]
    on_dismiss: Callback<()>,
    /// `alertdialog` for confirmations, `dialog` otherwise.
    #[prop(optional)]
    alert: bool,
    /// The dialog body and its buttons.
    children: ChildrenFn,
) -> impl IntoView {
    let panel = NodeRef::<leptos::html::Div>::new();
    let title_id = dom::unique_id("dialog-title");
    let opener = SendWrapper::new(dom::active_element());
    dom::set_app_inert(true);
    on_cleanup(move || {
        dom::set_app_inert(false);
        if let Some(el) = opener.take() {
            if el.is_connected() {
                let _ = el.focus();
            }
        }
    });
    panel.on_load(|el| focus_within(&el));
    let on_keydown = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            ev.stop_propagation();
            on_dismiss.run(());
        }
        "Tab" => {
            if let Some(el) = panel.get_untracked() {
                trap_tab(&el, &ev);
            }
        }
        _ => {}
    };
    let labelled_by = title_id.clone();
    let on_backdrop = move |ev: leptos::ev::MouseEvent| {
        // Only a click on the backdrop itself, not one bubbling up from the panel.
        if ev.target() == ev.current_target() {
            on_dismiss.run(())
        }
    };
    view! {
        <Portal>
            <div class="gw-modal" on:click=on_backdrop>
                <div
                    class="gw-modal__panel"
                    role=if alert { "alertdialog" } else { "dialog" }
                    aria-modal="true"
                    aria-labelledby=labelled_by.clone()
                    tabindex="-1"
                    node_ref=panel
                    on:keydown=on_keydown
                >
                    <h2 class="gw-modal__title" id=labelled_by.clone()>
                        {move || title.get()}
                    </h2>
                    {children()}
                </div>
            </div>
        </Portal>
    }
}

/// Focuses the `[autofocus]` element inside `root`, else its first focusable one, else `root`
/// itself. Dialog content that arrives after the dialog opened calls this again.
pub fn focus_within(root: &web_sys::HtmlElement) {
    let target = root
        .query_selector("[autofocus]")
        .ok()
        .flatten()
        .or_else(|| first_focusable(root));
    match target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(t) => {
            let _ = t.focus();
        }
        None => {
            let _ = root.focus();
        }
    }
}

fn first_focusable(root: &web_sys::Element) -> Option<web_sys::Element> {
    root.query_selector(FOCUSABLE).ok().flatten()
}

/// Keeps Tab and Shift+Tab inside the dialog.
fn trap_tab(root: &web_sys::HtmlDivElement, ev: &web_sys::KeyboardEvent) {
    let Ok(list) = root.query_selector_all(FOCUSABLE) else {
        return;
    };
    let len = list.length();
    if len == 0 {
        ev.prevent_default();
        return;
    }
    let item = |i| {
        list.item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (first, last) = (item(0), item(len - 1));
    let active = dom::active_element();
    let at = |target: &Option<web_sys::HtmlElement>| matches!((target, &active), (Some(t), Some(a)) if a == t);
    let outside = active.as_ref().is_none_or(|a| !root.contains(Some(a)));
    if ev.shift_key() && (at(&first) || outside) {
        ev.prevent_default();
        if let Some(l) = last {
            let _ = l.focus();
        }
    } else if !ev.shift_key() && (at(&last) || outside) {
        ev.prevent_default();
        if let Some(f) = first {
            let _ = f.focus();
        }
    }
}
