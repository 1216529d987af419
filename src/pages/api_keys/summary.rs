//! The Overview's API key summary for admins: active, never used, stale and deactivated keys,
//! each a link to the list filtered to exactly those keys. It loads with the API keys' chunk
//! (the Overview asks for it through `crate::pages::overview::ShowKeySummary`), so the
//! Overview's own first load does not carry it.

use super::{
    query::{KeyQuery, StatusFilter, UsageFilter},
    usage::{Summary, DEFAULT_STALE_DAYS},
};
use crate::{
    api::api_keys::{list_api_keys, KeyStatus},
    components::{error_panel::ErrorPanel, skeleton::LoadingSkeleton},
    format::{now_ms, parse_rfc3339},
    pages::load::Load,
    routes,
    session::use_api,
};
use leptos::prelude::*;

/// The list's URL for one of the summary's numbers.
pub fn list_link(status: StatusFilter, usage: UsageFilter) -> String {
    let q = KeyQuery {
        status,
        usage,
        ..Default::default()
    }
    .to_query();
    format!("{}?{q}", routes::API_KEYS)
}

#[component]
pub fn KeySummaryHere() -> impl IntoView {
    let api = use_api();
    let keys = Load::new(move || {
        let api = api.clone();
        async move { list_api_keys(&api).await }
    });
    let body = move || {
        keys.get().map(|r| match r {
            Err(e) => view! {
                <ErrorPanel
                    title="API keys could not be loaded"
                    message=e.human()
                    on_retry=Callback::new(move |_| keys.refetch())
                />
            }
            .into_any(),
            Ok(list) => {
                let s = Summary::of(
                    list.iter().map(|k| {
                        (
                            k.status == KeyStatus::Active,
                            k.last_used_at.as_deref().and_then(parse_rfc3339),
                        )
                    }),
                    now_ms(),
                    DEFAULT_STALE_DAYS,
                );
                let items = [
                    (
                        s.active,
                        "Active".to_string(),
                        StatusFilter::Active,
                        UsageFilter::All,
                    ),
                    (
                        s.never_used,
                        "Active, never used".into(),
                        StatusFilter::Active,
                        UsageFilter::Never,
                    ),
                    (
                        s.stale,
                        format!("Active, not used for {DEFAULT_STALE_DAYS} days"),
                        StatusFilter::Active,
                        UsageFilter::Stale,
                    ),
                    (
                        s.deactivated,
                        "Deactivated".into(),
                        StatusFilter::Deactivated,
                        UsageFilter::All,
                    ),
                ];
                view! {
                    <ul class="gw-summary">
                        {items
                            .into_iter()
                            .map(|(n, label, status, usage)| {
                                view! {
                                    <li>
                                        <a href=list_link(status, usage)>

                                            <span class="gw-summary__count">{n.to_string()}</span>
                                            <span class="gw-summary__label">{label}</span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }
        })
    };
    view! {
        <Suspense fallback=|| {
            view! { <LoadingSkeleton label="Loading API key summary" rows=2 /> }
        }>{body}</Suspense>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_number_links_to_its_filtered_list() {
        assert_eq!(
            list_link(StatusFilter::Active, UsageFilter::Never),
            "/settings/api-keys?status=active&usage=never"
        );
        assert_eq!(
            list_link(StatusFilter::Deactivated, UsageFilter::All),
            "/settings/api-keys?status=deactivated"
        );
    }
}
