//! The console's router: links followed in the page, the current one marked, Back followed,
//! and clicks meant for the browser (a new tab) left to it.

use super::*;
use hoop_admin::{
    components::layout::{NavBar, NavEntry},
    router::{use_location, Router},
};
use std::{cell::Cell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

#[component]
fn Where() -> impl IntoView {
    let location = use_location();
    view! {
        <p id="where">{move || format!("{}?{}", location.pathname.get(), location.search.get())}</p>
    }
}

fn entry(label: &'static str, href: &'static str) -> NavEntry {
    NavEntry {
        section: "",
        label,
        href,
        exact: href == "/",
    }
}

fn link(label: &str) -> web_sys::HtmlElement {
    query(&format!(".gw-nav a[data-test={label}]"))
        .unwrap_or_else(|| panic!("no link {label} in {}", text(".gw-nav")))
}

/// Clicks `el` with `ctrl` held and says whether the router took the click; the browser's own
/// following of the link is cancelled either way, so the test page stays.
fn click(el: &web_sys::HtmlElement, ctrl: bool) -> bool {
    let taken = Rc::new(Cell::new(false));
    let seen = taken.clone();
    // Added after the router's listener on the same target and phase, so it runs after it.
    let after = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        seen.set(ev.default_prevented());
        ev.prevent_default();
    });
    let window = web_sys::window().unwrap();
    window
        .add_event_listener_with_callback("click", after.as_ref().unchecked_ref())
        .unwrap();
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_ctrl_key(ctrl);
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&ev).unwrap();
    window
        .remove_event_listener_with_callback("click", after.as_ref().unchecked_ref())
        .unwrap();
    taken.get()
}

fn current(label: &str) -> Option<String> {
    link(label).get_attribute("aria-current")
}

#[wasm_bindgen_test]
async fn links_go_in_the_page_and_back_returns() {
    let window = web_sys::window().unwrap();
    let history = window.history().unwrap();
    let start = window.location().href().unwrap();
    history
        .replace_state_with_url(&JsValue::NULL, "", Some("/?tab=1"))
        .unwrap();
    let length = history.length().unwrap();
    let _m = mount(|| {
        view! {
            <Router>
                <Where />
                <NavBar entries=vec![
                    entry("Overview", "/"),
                    entry("API keys", "/settings/api-keys"),
                    entry("Named new", "/machine-identities/%6Eew"),
                ] />
            </Router>
        }
    });
    settle().await;
    for a in doc().query_selector_all(".gw-nav a").unwrap().values() {
        let a: web_sys::Element = a.unwrap().unchecked_into();
        let label = a.text_content().unwrap().trim().replace(' ', "-");
        a.set_attribute("data-test", &label).unwrap();
    }
    assert_eq!(text("#where"), "/?tab=1");
    assert_eq!(current("Overview").as_deref(), Some("page"));
    assert_eq!(current("API-keys"), None);

    assert!(
        !click(&link("API-keys"), true),
        "a Ctrl-click is the browser's (a new tab)"
    );
    settle().await;
    assert_eq!(text("#where"), "/?tab=1");

    assert!(
        click(&link("API-keys"), false),
        "a plain click is followed in the page"
    );
    settle().await;
    assert_eq!(text("#where"), "/settings/api-keys?");
    assert_eq!(window.location().pathname().unwrap(), "/settings/api-keys");
    assert_eq!(history.length().unwrap(), length + 1, "one history entry");
    assert_eq!(current("API-keys").as_deref(), Some("page"));
    assert_eq!(current("Overview"), None);

    // Following the link to where the browser already is adds no entry.
    assert!(click(&link("API-keys"), false));
    settle().await;
    assert_eq!(history.length().unwrap(), length + 1);

    history.back().unwrap();
    for _ in 0..100 {
        if text("#where") == "/?tab=1" {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    assert_eq!(text("#where"), "/?tab=1", "Back is followed");
    assert_eq!(current("Overview").as_deref(), Some("page"));

    // The address keeps a link's encoding: an identity named "new" is not the create page.
    assert!(click(&link("Named-new"), false));
    settle().await;
    assert_eq!(text("#where"), "/machine-identities/%6Eew?");
    history.back().unwrap();
    for _ in 0..100 {
        if text("#where") == "/?tab=1" {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&start))
        .unwrap();
}
