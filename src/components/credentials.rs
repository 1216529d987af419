//! One credential, shown field by field for its kind: secrets masked until revealed (one
//! field at a time), a copy button on every field, and "Copy all" as `KEY=value` lines.
//! The values live only in this view's state, are never written into the page while masked,
//! and are wiped when it unmounts.

mod fields;

pub use fields::{
    copy_all, fields_for, parse_command, ssh_command, CredentialKind, Field, ProxyCommand,
};

use super::copy_button::CopyButton;
use leptos::prelude::*;

#[component]
pub fn CredentialView(
    /// The connection this credential opens; named in the heading and every control's label.
    #[prop(into)]
    connection: String,
    /// The credential's shape.
    kind: CredentialKind,
    /// What to show; from here on the values belong to this view.
    fields: Vec<Field>,
    /// True when the organisation's policy disables copying.
    #[prop(into)]
    copy_blocked: Signal<bool>,
    /// Extra words under the heading (e.g. "Provisioned through the attribute …").
    #[prop(default = None)]
    note: Option<String>,
    /// Controls beside "Copy all" (e.g. Rotate).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let heading_id = crate::dom::unique_id("credential");
    let meta: Vec<(&'static str, &'static str, bool, bool)> = fields
        .iter()
        .map(|f| (f.label, f.key, f.secret, f.long))
        .collect();
    let values = RwSignal::new(fields);
    // Wipe without notifying: whatever would re-render is being torn down with this view.
    on_cleanup(move || {
        values.try_update_untracked(Vec::clear);
    });
    let value_at = move |i: usize| {
        values
            .try_with(|v| v.get(i).map(|f| f.value.clone()))
            .flatten()
            .unwrap_or_default()
    };
    let all = Signal::derive(move || values.try_with(|v| copy_all(v)).unwrap_or_default());
    let rows = meta
        .into_iter()
        .enumerate()
        .map(|(i, (label, key, secret, long))| {
            let revealed = RwSignal::new(!secret);
            let conn = connection.clone();
            let shown = move || {
                if revealed.get() {
                    view! { {value_at(i)} }.into_any()
                } else {
                    view! {
                        <span aria-hidden="true">"••••••••••••"</span>
                        <span class="gw-visually-hidden">"hidden"</span>
                    }
                    .into_any()
                }
            };
            let class = if long {
                "gw-cred__value gw-cred__value--long"
            } else {
                "gw-cred__value"
            };
            let reveal = secret.then(|| {
                let conn = conn.clone();
                view! {
                    <button
                        type="button"
                        class="gw-btn gw-btn--small gw-cred__reveal"
                        aria-label=move || {
                            format!(
                                "{} {label} for {conn}",
                                if revealed.get() { "Hide" } else { "Reveal" },
                            )
                        }
                        on:click=move |_| revealed.update(|r| *r = !*r)
                    >
                        {move || if revealed.get() { "Hide" } else { "Reveal" }}
                    </button>
                }
            });
            view! {
                <div class="gw-cred__row" data-field=key>
                    <dt>{label}</dt>
                    <dd class="gw-cred__cell">
                        <code class=class>{shown}</code>
                        <span class="gw-cred__controls">
                            {reveal}
                            <CopyButton
                                value=Signal::derive(move || value_at(i))
                                what=format!("{label} for {conn}")
                                blocked=copy_blocked
                            />
                        </span>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <article
            class="gw-cred"
            aria-labelledby=heading_id.clone()
            data-connection=connection.clone()
        >
            <header class="gw-cred__header">
                <h3 id=heading_id.clone() class="gw-cred__title">
                    {connection.clone()}
                    <span class="gw-cred__kind">{kind.label()}</span>
                </h3>
                <div class="gw-cred__actions">
                    <span class="gw-cred__copy-all">
                        <CopyButton
                            value=all
                            what=format!("all credentials for {connection} as KEY=value lines")
                            blocked=copy_blocked
                            text="Copy all"
                        />
                    </span>
                    {children.map(|c| c())}
                </div>
            </header>
            {note.map(|n| view! { <p class="gw-cred__note">{n}</p> })}
            {(kind == CredentialKind::Ssh)
                .then(|| {
                    view! {
                        <p class="gw-cred__note">
                            "Sign in with this username and password. The gateway's own suggested command swaps the two and is refused, so the command here is built from the fields instead."
                        </p>
                    }
                })}
            <dl class="gw-cred__fields">{rows}</dl>
        </article>
    }
}
