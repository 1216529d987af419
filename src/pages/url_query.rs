//! The one way a list keeps its view state (search, filters, sort, page) in the URL's query
//! string, so reload, Back/Forward and shared links show the same list.

use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};

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
    let params = use_query_map();
    let current = Memo::new(move |_| params.with(|m| Q::from_params(|k| m.get(k))));
    let navigate = use_navigate();
    let set = Callback::new(move |q: Q| {
        let qs = q.to_query();
        let url = if qs.is_empty() {
            path.to_string()
        } else {
            format!("{path}?{qs}")
        };
        let opts = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&url, opts);
    });
    (current, set)
}
