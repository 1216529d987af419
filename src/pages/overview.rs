//! The landing page: what gateway this is and who you are on it, and for admins how their API
//! keys stand (loaded with the API keys' code, see [`ShowKeySummary`]).

use crate::{
    api::Api,
    components::{
        error_panel::ErrorPanel, page_header::PageHeader, skeleton::LoadingSkeleton,
        status_badge::Chips,
    },
    session::use_session,
};
use leptos::prelude::*;

/// How the app shows the API key summary (fetching the API keys' chunk first), provided as
/// context, so the Overview's first load does not carry the key list's code.
#[derive(Clone, Copy)]
pub struct ShowKeySummary(pub fn() -> AnyView);

#[component]
pub fn OverviewPage() -> impl IntoView {
    let session = use_session();
    // The session read the server info when it opened; Retry asks it to read again.
    let api = expect_context::<Api>();
    let user = move || session.with_user(|u| u.cloned());
    // Admins only; whether one is signed in does not change while the Overview is shown.
    let keys = untrack(|| session.is_admin()).then(expect_context::<ShowKeySummary>().0);
    view! {
        <section class="gw-page">
            <PageHeader title="Overview" subtitle="This gateway and your identity on it." />
            <div class="gw-grid">
                <section class="gw-card" aria-labelledby="overview-you">
                    <h2 id="overview-you">"You"</h2>
                    {move || {
                        user()
                            .map(|u| {
                                view! {
                                    <dl class="gw-facts">
                                        <dt>"Name"</dt>
                                        <dd>{u.display_name().to_string()}</dd>
                                        <dt>"Email"</dt>
                                        <dd>
                                            {if u.email.is_empty() {
                                                "—".to_string()
                                            } else {
                                                u.email.clone()
                                            }}
                                        </dd>
                                        <dt>"Role"</dt>
                                        <dd data-testid="overview-role">{u.role.label()}</dd>
                                        <dt>"Groups"</dt>
                                        <dd>
                                            <Chips items=u.groups.clone() empty="No groups" />
                                        </dd>
                                        <dt>"Organisation"</dt>
                                        <dd>{u.org_name.clone()}</dd>
                                    </dl>
                                }
                            })
                    }}
                </section>
                <section class="gw-card" aria-labelledby="overview-gateway">
                    <h2 id="overview-gateway">"Gateway"</h2>
                    {move || match session.server() {
                        None => {
                            view! { <LoadingSkeleton label="Loading gateway details" rows=4 /> }
                                .into_any()
                        }
                        Some(Ok(info)) => {
                            view! {
                                <dl class="gw-facts">
                                    <dt>"Version"</dt>
                                    <dd data-testid="overview-version">{info.version.clone()}</dd>
                                    <dt>"Sign-in method"</dt>
                                    <dd>{auth_label(&info.auth_method)}</dd>
                                    <dt>"API URL"</dt>
                                    <dd>
                                        <code>{info.api_url.clone()}</code>
                                    </dd>
                                    <dt>"Tenancy"</dt>
                                    <dd>{info.tenancy_type.clone()}</dd>
                                    <dt>"Clipboard"</dt>
                                    <dd>
                                        {if info.disable_clipboard_copy_cut {
                                            "Copying disabled by policy"
                                        } else {
                                            "Copying allowed"
                                        }}
                                    </dd>
                                </dl>
                            }
                                .into_any()
                        }
                        Some(Err(e)) => {
                            let api = api.clone();
                            view! {
                                <ErrorPanel
                                    title="Gateway details could not be loaded"
                                    message=e.human()
                                    on_retry=Callback::new(move |_| {
                                        session.reload_server(api.clone())
                                    })
                                />
                            }
                                .into_any()
                        }
                    }}
                </section>
                {keys}
            </div>
        </section>
    }
}

/// Names the gateway's auth method the way an admin knows it.
pub fn auth_label(method: &str) -> String {
    match method {
        "local" => "Local (email and password)".into(),
        "oidc" | "idp" => "OpenID Connect".into(),
        "saml" => "SAML".into(),
        "" => "Unknown".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn auth_methods_have_names() {
        assert_eq!(super::auth_label("idp"), "OpenID Connect");
        assert_eq!(super::auth_label("local"), "Local (email and password)");
    }
}
