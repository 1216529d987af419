//! The page's clock and its URL query: small pieces the screen and its tests share.

use crate::{format::now_ms, pages::url_query::UrlQuery};
use leptos::prelude::*;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessQuery {
    pub search: String,
}

impl UrlQuery for AccessQuery {
    fn from_params(get: impl Fn(&str) -> Option<String>) -> Self {
        Self {
            search: get("q").unwrap_or_default(),
        }
    }

    fn to_query(&self) -> String {
        match self.search.as_str() {
            "" => String::new(),
            q => format!("q={}", crate::api::segment(q)),
        }
    }
}

impl crate::pages::url_query::Searched for AccessQuery {
    fn search(&self) -> &str {
        &self.search
    }

    fn searching(self, search: String) -> Self {
        Self { search }
    }
}

/// A clock for countdowns and review checks, ticking once a second while the page is open.
pub fn clock() -> ReadSignal<i64> {
    let (now, set_now) = signal(now_ms());
    if let Ok(handle) = set_interval_with_handle(
        move || {
            set_now.try_set(now_ms());
        },
        std::time::Duration::from_secs(1),
    ) {
        on_cleanup(move || handle.clear());
    }
    now
}

#[cfg(test)]
mod tests {
    use super::AccessQuery;
    use crate::pages::url_query::UrlQuery;

    #[test]
    fn the_search_goes_into_the_url_and_back() {
        let q = AccessQuery {
            search: "pg demo".into(),
        };
        assert_eq!(q.to_query(), "q=pg%20demo");
        let back = AccessQuery::from_params(|k| (k == "q").then(|| "pg demo".to_string()));
        assert_eq!(back, q);
        assert_eq!(AccessQuery::default().to_query(), "");
    }
}
