//! The frame around every signed-in page: skip link, header with identity, navigation.

use crate::api::session::Role;
use leptos::prelude::*;
use leptos_router::components::A;

/// A navigation entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NavEntry {
    pub label: &'static str,
    pub href: &'static str,
    /// Active only on exactly this path (the Overview at `/`).
    pub exact: bool,
}

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="gw-skip-link" href="#main">"Skip to content"</a> }
}

/// The top bar: product, organisation, who is signed in, sign out.
#[component]
pub fn AppHeader(
    /// The organisation's name.
    #[prop(into)]
    org: Signal<String>,
    /// The caller's display name.
    #[prop(into)]
    name: Signal<String>,
    /// The caller's email, when it differs from the name.
    #[prop(into)]
    email: Signal<String>,
    /// The caller's role, shown as a badge.
    #[prop(into)]
    role: Signal<Role>,
    /// Signs out.
    #[prop(into)]
    on_sign_out: Callback<()>,
) -> impl IntoView {
    view! {
        <header class="gw-header">
            <div class="gw-header__brand">
                <span class="gw-header__product">"Hoop Admin"</span>
                <span class="gw-header__org">{move || org.get()}</span>
            </div>
            <div class="gw-header__user">
                <span class="gw-header__identity">
                    <span class="gw-header__name">{move || name.get()}</span>
                    <Show when=move || email.with(|e| !e.is_empty() && *e != name.get())>
                        <span class="gw-header__email">{move || email.get()}</span>
                    </Show>
                </span>
                <span class=move || format!("gw-role gw-role--{:?}", role.get()).to_lowercase()>
                    <span class="gw-visually-hidden">"Role: "</span>
                    {move || role.get().label()}
                </span>
                <button type="button" class="gw-btn gw-btn--small" on:click=move |_| on_sign_out.run(())>
                    "Sign out"
                </button>
            </div>
        </header>
    }
}

/// The main navigation; the current page's link carries `aria-current="page"`.
#[component]
pub fn NavBar(
    /// The entries, in order.
    entries: Vec<NavEntry>,
) -> impl IntoView {
    view! {
        <nav class="gw-nav" aria-label="Main">
            <ul>
                {entries.into_iter().map(|e| view! {
                    <li><A href=e.href exact=e.exact>{e.label}</A></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}
