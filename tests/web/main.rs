//! Component tests in headless Chromium: each mounts one component with fixed props and checks
//! what a person (or a screen reader) would get.
#![cfg(target_arch = "wasm32")]

mod credentials;
mod dialogs;
mod pickers;
mod router;
mod rows;
mod widgets;

use leptos::{mount::mount_to, prelude::*};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

/// A mounted component; unmounts and removes its container when dropped.
pub struct Mounted {
    pub root: web_sys::HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.root.remove();
    }
}

pub fn doc() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> Mounted {
    let root: web_sys::HtmlElement = doc().create_element("div").unwrap().unchecked_into();
    doc().body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), f);
    Mounted {
        root,
        _handle: Box::new(handle),
    }
}

/// Lets effects, `on_load` callbacks and spawned tasks run.
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
        gloo_timers::future::TimeoutFuture::new(5).await;
    }
}

pub fn query(selector: &str) -> Option<web_sys::HtmlElement> {
    doc()
        .query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

pub fn text(selector: &str) -> String {
    query(selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

pub fn active() -> Option<web_sys::Element> {
    doc().active_element()
}

pub fn key(target: &web_sys::EventTarget, key: &str, shift: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_shift_key(shift);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}
