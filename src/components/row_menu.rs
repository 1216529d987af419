//! A per-row action menu: a labelled button that opens a `role=menu` list, operable with
//! arrows, Home/End, Enter and Esc, returning focus to its button. A closed menu is a button
//! and one signal: every list row has one, so the list, its entries and the focus hand-over are
//! built each time it opens.

use leptos::{html, prelude::*};
use wasm_bindgen::JsCast;

/// One entry of the menu.
#[derive(Clone)]
pub struct MenuItem {
    pub label: String,
    pub danger: bool,
    pub on_select: Callback<()>,
}

#[component]
pub fn RowMenu(
    /// The accessible name of the button, e.g. "Actions for ci-deploy". A list reuses its
    /// rows for other items, so the name can change: an open menu then closes, because its
    /// entries were built for what the old name named.
    #[prop(into)]
    label: Signal<String>,
    /// Builds the entries, in order, each time the menu opens: a closed menu (every row's, most
    /// of the time) holds none of their callbacks.
    #[prop(into)]
    items: Callback<(), Vec<MenuItem>>,
) -> impl IntoView {
    // The name the menu was opened under; it is open while the button still bears it.
    let opened = RwSignal::new(None::<String>);
    let open = move || opened.with(|o| o.as_ref().is_some_and(|o| label.with(|l| l == o)));
    let show = move || opened.set(Some(label.get_untracked()));
    let button = NodeRef::<html::Button>::new();
    let menu = NodeRef::<html::Ul>::new();
    let focus_item = move |index: i32| {
        let Some(list) = menu.get_untracked() else {
            return;
        };
        let Ok(items) = list.query_selector_all("[role=menuitem]") else {
            return;
        };
        let n = items.length() as i32;
        if n == 0 {
            return;
        }
        let i = index.rem_euclid(n) as u32;
        if let Some(el) = items
            .item(i)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    };
    let current = move || -> i32 {
        let (Some(list), Some(active)) = (menu.get_untracked(), crate::dom::active_element())
        else {
            return -1;
        };
        let Ok(items) = list.query_selector_all("[role=menuitem]") else {
            return -1;
        };
        (0..items.length())
            .find(|i| items.item(*i).is_some_and(|n| n == **active))
            .map_or(-1, |i| i as i32)
    };
    let close = move |refocus: bool| {
        opened.set(None);
        if refocus {
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let on_menu_key = move |ev: web_sys::KeyboardEvent| {
        let handled = match ev.key().as_str() {
            "ArrowDown" => {
                focus_item(current() + 1);
                true
            }
            "ArrowUp" => {
                focus_item(current() - 1);
                true
            }
            "Home" => {
                focus_item(0);
                true
            }
            "End" => {
                focus_item(-1);
                true
            }
            "Escape" => {
                close(true);
                true
            }
            "Tab" => {
                close(false);
                false
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
            ev.stop_propagation();
        }
    };
    let on_button_key = move |ev: web_sys::KeyboardEvent| {
        if matches!(ev.key().as_str(), "ArrowDown" | "ArrowUp") {
            ev.prevent_default();
            show();
        }
    };
    let on_focusout = move |ev: web_sys::FocusEvent| {
        // Close when focus leaves the whole widget, not when it moves inside it (only the
        // open list listens: a row's closed menu adds no listener to it). The browser
        // also reports focus leaving when the row is removed, after the menu is gone: the
        // `try_` reads ignore that.
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(
                button
                    .try_get_untracked()
                    .flatten()
                    .and_then(|b| b.parent_element()),
            )
            .is_some_and(|(t, root)| root.contains(Some(&t)));
        if !inside {
            let _ = opened.try_set(None);
        }
    };
    view! {
        <div class="gw-menu">
            <button
                type="button"
                class="gw-btn gw-btn--small"
                aria-haspopup="menu"
                aria-label=label
                aria-expanded=move || open().to_string()
                node_ref=button
                on:click=move |_| if open() { opened.set(None) } else { show() }
                on:keydown=on_button_key
            >
                <span aria-hidden="true">"⋯"</span>
            </button>
            {move || {
                open()
                    .then(|| {
                        menu.on_load(move |_| focus_item(0));
                        view! {
                            <ul
                                class="gw-menu__list"
                                role="menu"
                                node_ref=menu
                                on:keydown=on_menu_key
                                on:focusout=on_focusout
                            >
                                {items
                                    .run(())
                                    .into_iter()
                                    .map(|item| {
                                        let class = if item.danger {
                                            "gw-menu__item gw-menu__item--danger"
                                        } else {
                                            "gw-menu__item"
                                        };
                                        view! {
                                            <li role="none">
                                                <button
                                                    type="button"
                                                    role="menuitem"
                                                    tabindex="-1"
                                                    class=class
                                                    on:click=move |_| {
                                                        close(true);
                                                        item.on_select.run(())
                                                    }
                                                >
                                                    {item.label.clone()}
                                                </button>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
        </div>
    }
}
