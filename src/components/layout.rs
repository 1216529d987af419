//! The frame around every signed-in page: skip link, header with identity, navigation.

use crate::api::session::Role;
use leptos::prelude::*;

/// A navigation entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NavEntry {
    /// The section heading this entry sits under ("" for none).
    pub section: &'static str,
    pub label: &'static str,
    pub href: &'static str,
    /// Active only on exactly this path (the Overview at `/`).
    pub exact: bool,
}

#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="gw-skip-link" href="#main">
            "Skip to content"
        </a>
    }
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
                <span class=move || role.get().class()>
                    <span class="gw-visually-hidden">"Role: "</span>
                    {move || role.get().label()}
                </span>
                <button
                    type="button"
                    class="gw-btn gw-btn--small"
                    on:click=move |_| on_sign_out.run(())
                >
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
    // Consecutive entries of one section share a heading.
    let mut groups: Vec<(&'static str, Vec<NavEntry>)> = Vec::new();
    for e in entries {
        match groups.last_mut() {
            Some((s, list)) if *s == e.section => list.push(e),
            _ => groups.push((e.section, vec![e])),
        }
    }
    let location = crate::router::use_location();
    let link = move |e: NavEntry| {
        let current = move || {
            location
                .pathname
                .with(|p| {
                    if e.exact {
                        crate::routes::is_page(p, e.href)
                    } else {
                        crate::routes::within(p, e.href)
                    }
                })
                .then_some("page")
        };
        view! {
            <li>
                <a href=e.href aria-current=current>
                    {e.label}
                </a>
            </li>
        }
    };
    view! {
        <nav class="gw-nav" aria-label="Main">
            <ul>
                {groups
                    .into_iter()
                    .map(|(section, list)| {
                        if section.is_empty() {
                            list.into_iter().map(link).collect_view().into_any()
                        } else {
                            view! {
                                <li class="gw-nav__section">
                                    <span class="gw-nav__heading">{section}</span>
                                    <ul>{list.into_iter().map(link).collect_view()}</ul>
                                </li>
                            }
                                .into_any()
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
