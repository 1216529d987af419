//! Admin-only pages: non-admins get a clear explanation instead of a blank screen, a redirect
//! loop, or requests that would only come back 403.

use super::page_header::PageHeader;
use leptos::prelude::*;

/// Renders `children` for administrators only; nothing inside runs for anyone else.
#[component]
pub fn AdminOnly(
    /// Whether the caller's role is admin.
    #[prop(into)]
    is_admin: Signal<bool>,
    /// What the page does, completing "Only administrators can …".
    what: &'static str,
    /// The caller's role, named in the explanation.
    #[prop(into)]
    role: Signal<String>,
    /// The admin page.
    children: ChildrenFn,
) -> impl IntoView {
    let children = StoredValue::new(children);
    move || {
        if is_admin.get() {
            return children.read_value()().into_any();
        }
        view! {
            <section class="gw-page">
                <PageHeader title="Administrators only" />
                <p class="gw-alert gw-alert--warn">{format!("Only administrators can {what}.")}</p>
                <p>
                    {move || {
                        format!(
                            "You are signed in with the {} role. ",
                            role.get().to_ascii_lowercase(),
                        )
                    }} "Ask an administrator of your organisation if you need this."
                </p>
                <p>
                    <a href=crate::routes::OVERVIEW>"Back to the Overview"</a>
                </p>
            </section>
        }
        .into_any()
    }
}
