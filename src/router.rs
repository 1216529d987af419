//! The console's router: where the browser is, as signals; going somewhere through the History
//! API; same-origin links followed in the page; and the outlet a frame shows its screen in.
//! The console's routes are a few fixed paths and prefixes (`crate::routes::route_at`), so a
//! matcher for nested route trees and path patterns would only add to every first load.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Where the browser is: the path as the address bar has it (still percent-encoded) and the
/// query string without its `?`. Each changes only when its text does.
#[derive(Debug, Clone, Copy)]
pub struct Location {
    pub pathname: ReadSignal<String>,
    pub search: ReadSignal<String>,
    path_to: WriteSignal<String>,
    search_to: WriteSignal<String>,
}

impl Location {
    /// Follows the browser's address (after a navigation, Back or Forward).
    fn follow_browser(self) {
        let Some(l) = web_sys::window().map(|w| w.location()) else {
            return;
        };
        let path = l.pathname().unwrap_or_default();
        let search = l.search().unwrap_or_default();
        let search = search.strip_prefix('?').unwrap_or(&search);
        if self.pathname.with_untracked(|p| *p != path) {
            self.path_to.try_set(path);
        }
        if self.search.with_untracked(|s| s != search) {
            self.search_to.try_set(search.to_string());
        }
    }

    /// The query parameter `key`, percent-decoded. Tracks the query string.
    pub fn query(self, key: &str) -> Option<String> {
        self.with_query(|get| get(key))
    }

    /// The query string parsed, for reading several parameters at once. Tracks it.
    pub fn with_query<T>(self, f: impl FnOnce(&dyn Fn(&str) -> Option<String>) -> T) -> T {
        self.search.with(|s| {
            let params = web_sys::UrlSearchParams::new_with_str(s).ok();
            f(&|k| params.as_ref().and_then(|p| p.get(k)))
        })
    }
}

/// The browser's location, as the `Router` around the app provides it.
pub fn use_location() -> Location {
    expect_context()
}

/// How to go somewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NavigateOptions {
    /// In place of the current history entry (Back skips what it was).
    pub replace: bool,
    /// To the top of the page.
    pub scroll: bool,
}

impl Default for NavigateOptions {
    fn default() -> Self {
        Self {
            replace: false,
            scroll: true,
        }
    }
}

/// Goes to `to`, a same-origin path with an optional query and fragment. Going where the
/// browser already is adds no history entry, as following a link there would not.
pub fn navigate(location: Location, to: &str, options: NavigateOptions) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let here = window.location().href().unwrap_or_default();
    let done = if options.replace || absolute(to, &here).as_deref() == Some(here.as_str()) {
        history.replace_state_with_url(&JsValue::NULL, "", Some(to))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(to))
    };
    if done.is_err() {
        return;
    }
    location.follow_browser();
    if options.scroll {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// `to` resolved against `base`.
fn absolute(to: &str, base: &str) -> Option<String> {
    Some(web_sys::Url::new_with_base(to, base).ok()?.href())
}

/// `navigate` bound to the app's location, for event handlers and tasks.
pub fn use_navigate() -> impl Fn(&str, NavigateOptions) + Clone + Send + Sync + 'static {
    let location = use_location();
    move |to: &str, options: NavigateOptions| navigate(location, to, options)
}

/// Provides the location and follows links and Back/Forward for everything inside it.
#[component]
pub fn Router(children: Children) -> impl IntoView {
    let (pathname, path_to) = signal(String::new());
    let (search, search_to) = signal(String::new());
    let location = Location {
        pathname,
        search,
        path_to,
        search_to,
    };
    location.follow_browser();
    provide_context(location);
    if let Some(window) = web_sys::window() {
        let popstate = Closure::<dyn Fn()>::new(move || location.follow_browser());
        let click =
            Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev| follow_link(location, &ev));
        let _ =
            window.add_event_listener_with_callback("popstate", popstate.as_ref().unchecked_ref());
        let _ = window.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
        let listeners = SendWrapper::new((window, popstate, click));
        on_cleanup(move || {
            let (window, popstate, click) = listeners.take();
            let _ = window
                .remove_event_listener_with_callback("popstate", popstate.as_ref().unchecked_ref());
            let _ =
                window.remove_event_listener_with_callback("click", click.as_ref().unchecked_ref());
        });
    }
    children()
}

/// A plain left click on a same-origin link becomes a navigation in the page. Links that open
/// elsewhere (a new tab, a download, another site) and clicks something else already handled
/// (an unsaved form's confirmation) are the browser's. So is a link to a fragment of this very
/// page, such as the skip link.
fn follow_link(location: Location, ev: &web_sys::MouseEvent) {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return;
    }
    let Some(a) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[href]").ok().flatten())
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let elsewhere = a.has_attribute("download")
        || !matches!(a.target().as_str(), "" | "_self")
        || a.rel().split_ascii_whitespace().any(|r| r == "external");
    let Some(here) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    if elsewhere || a.origin() != here.origin().unwrap_or_default() {
        return;
    }
    let (path, search, hash) = (a.pathname(), a.search(), a.hash());
    let same_page = here.pathname().ok().as_deref() == Some(path.as_str())
        && here.search().ok().as_deref() == Some(search.as_str());
    if same_page && !hash.is_empty() {
        return;
    }
    ev.prevent_default();
    navigate(
        location,
        &format!("{path}{search}{hash}"),
        NavigateOptions::default(),
    );
}

/// What a frame shows inside it: the current screen, as the app's route table picks it.
#[derive(Clone)]
pub struct OutletView(pub Arc<dyn Fn() -> AnyView + Send + Sync>);

/// The current screen, where a frame puts it.
#[component]
pub fn Outlet() -> impl IntoView {
    let OutletView(screen) = expect_context();
    move || screen()
}

/// Replaces the current history entry with `to` once the view being built is in place (a
/// navigation while it is built would tear it down mid-way).
pub fn redirect(to: String) {
    let location = use_location();
    queue_microtask(move || {
        navigate(
            location,
            &to,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    });
}
