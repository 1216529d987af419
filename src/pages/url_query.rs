//! The one way a list keeps its view state (search, filters, sort, page) in the URL's query
//! string, so reload, Back/Forward and shared links show the same list.

use crate::router::{use_location, use_navigate, NavigateOptions};
use leptos::prelude::*;

/// A list's view state as query parameters.
pub trait UrlQuery: Clone + PartialEq + Send + Sync + 'static {
    /// Reads the parameters; anything unknown or missing means the default.
    fn from_params(get: impl Fn(&str) -> Option<String>) -> Self;
    /// The query string without `?`, leaving defaults out so plain URLs stay plain.
    fn to_query(&self) -> String;
}

/// The state the URL holds (tracked), and the callback that writes a new one to the URL of
/// `path`: in place of the current history entry (filtering is not a place to go Back to) and
/// without scrolling.
pub fn url_query<Q: UrlQuery>(path: &'static str) -> (Memo<Q>, Callback<Q>) {
    let location = use_location();
    let current = Memo::new(move |_| location.with_query(|get| Q::from_params(get)));
    let navigate = use_navigate();
    let set = Callback::new(move |q: Q| {
        let qs = q.to_query();
        let url = if qs.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{qs}")
        };
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
            },
        );
    });
    (current, set)
}

/// A list query with a search box.
pub trait Searched: UrlQuery {
    fn search(&self) -> &str;
    /// This query searching for `text`, from the first page.
    fn searching(self, text: String) -> Self;
}

/// `Searched` for a query whose `search` field holds the text and `page` the 1-based page.
macro_rules! searched_with_page {
    ($query:ty) => {
        impl $crate::pages::url_query::Searched for $query {
            fn search(&self) -> &str {
                &self.search
            }

            fn searching(self, search: String) -> Self {
                Self {
                    search,
                    page: 1,
                    ..self
                }
            }
        }
    };
}
pub(crate) use searched_with_page;

/// A list's search box: the rows follow each keystroke at once, and the URL follows once the
/// keystroke's frame is painted, with the latest text. Writing the URL re-reads the route and
/// every query memo, which would otherwise hold up the frame that answers the key.
pub struct LiveSearch<Q: Searched> {
    /// What the box shows; Back/Forward bring the URL's search back into it.
    pub text: RwSignal<String>,
    /// The URL's query with the box's text in it: what the list shows.
    pub query: Memo<Q>,
    /// For the box's `on_input`.
    pub on_input: Callback<String>,
    set: Callback<Q>,
}

// By hand: a derive would ask for `Q: Copy`, and the signals are `Copy` whatever `Q` is.
impl<Q: Searched> Clone for LiveSearch<Q> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<Q: Searched> Copy for LiveSearch<Q> {}

impl<Q: Searched> LiveSearch<Q> {
    /// Shows `q` whole ("Clear filters"): the box takes its search at once, the URL all of it.
    pub fn show(self, q: Q) {
        self.text.set(q.search().to_string());
        self.set.run(q);
    }
}

pub fn live_search<Q: Searched>(url: Memo<Q>, set: Callback<Q>) -> LiveSearch<Q> {
    let text = RwSignal::new(url.with_untracked(|q| q.search().to_string()));
    let from_history = StoredValue::new(false);
    let popstate =
        window_event_listener(leptos::ev::popstate, move |_| from_history.set_value(true));
    on_cleanup(move || popstate.remove());
    Effect::new(move |_| {
        let s = url.with(|q| q.search().to_string());
        if from_history.get_value() {
            from_history.set_value(false);
            text.set(s);
        }
    });
    let query = Memo::new(move |_| {
        let q = url.get();
        text.with(|s| {
            if s == q.search() {
                q
            } else {
                q.searching(s.clone())
            }
        })
    });
    let pending = StoredValue::new(false);
    let on_input = Callback::new(move |s: String| {
        text.set(s);
        if pending.get_value() {
            return;
        }
        pending.set_value(true);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // The list may be gone by then.
                    let (Some(s), Some(q)) = (text.try_get_untracked(), url.try_get_untracked())
                    else {
                        return;
                    };
                    pending.set_value(false);
                    if s != q.search() {
                        set.run(q.searching(s));
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    });
    LiveSearch {
        text,
        query,
        on_input,
        set,
    }
}
