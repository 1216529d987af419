//! The form shared by create and edit: name, description, connections (only eligible ones
//! selectable, the rest shown with the reason), attributes as chips with a preview of the
//! connections they pull in, inline errors and a busy submit.

use super::rules::{attribute_matched, connection_choices};
use crate::{
    api::{connections::Connection, machine_identities::MachineIdentityBody},
    components::{
        chip_input::ChipInput,
        form_field::{FormFooter, TextField},
        group_picker::GroupPicker,
    },
    pages::{
        form::{submit_once, Feedback},
        load::Load,
    },
};
use leptos::prelude::*;

/// The form's values, two-way.
#[derive(Clone, Copy)]
pub struct Draft {
    pub name: RwSignal<String>,
    pub description: RwSignal<String>,
    pub connections: RwSignal<Vec<String>>,
    pub attributes: RwSignal<Vec<String>>,
}

impl Draft {
    pub fn new(
        name: String,
        description: String,
        connections: Vec<String>,
        attributes: Vec<String>,
    ) -> Self {
        Self {
            name: RwSignal::new(name),
            description: RwSignal::new(description),
            connections: RwSignal::new(connections),
            attributes: RwSignal::new(attributes),
        }
    }

    /// The complete body: the gateway overwrites whatever is left out.
    pub fn body(self, name: String) -> MachineIdentityBody {
        MachineIdentityBody {
            name,
            description: self.description.get_untracked().trim().to_string(),
            connection_names: self.connections.get_untracked(),
            attributes: self.attributes.get_untracked(),
        }
    }

    /// Whether anything differs from `(name, description, connections, attributes)`.
    pub fn differs(self, base: &MachineIdentityBody) -> bool {
        self.name.with(|n| n.trim() != base.name)
            || self.description.with(|d| d.trim() != base.description)
            || self.connections.with(|c| *c != base.connection_names)
            || self.attributes.with(|a| *a != base.attributes)
    }
}

#[component]
pub fn IdentityForm(
    draft: Draft,
    /// Every connection the caller can see.
    conns: ConnectionList,
    /// Where problems show (`pages::form`).
    feedback: Feedback,
    #[prop(into)] busy: Signal<bool>,
    submit_label: &'static str,
    busy_label: &'static str,
    #[prop(into)] on_submit: Callback<()>,
    /// Where Cancel goes.
    cancel_href: String,
) -> impl IntoView {
    let ConnectionList {
        list: connections,
        error: connections_error,
        retry: on_retry_connections,
    } = conns;
    let choices = Memo::new(move |_| connections.with(|c| connection_choices(c)));
    let options = Signal::derive(move || choices.with(|c| c.0.clone()));
    let notes = Signal::derive(move || choices.with(|c| c.1.clone()));
    let suggestions = Signal::derive(move || {
        let mut all: Vec<String> =
            connections.with(|c| c.iter().flat_map(|c| c.attributes.clone()).collect());
        crate::order::sort(&mut all);
        all.dedup();
        all
    });
    let via_attributes = move || {
        let found = connections.with(|all| {
            draft
                .attributes
                .with(|a| draft.connections.with(|c| attribute_matched(all, a, c)))
        });
        (!found.is_empty()).then(|| found.join(", "))
    };
    view! {
        <form
            class="gw-card gw-form gw-form--wide"
            novalidate
            on:submit=submit_once(busy, on_submit)
        >
            <TextField
                label="Name"
                name="name"
                value=draft.name
                error=feedback.name
                required=true
                node_ref=feedback.name_ref
                hint="Identifies the identity in URLs and audit logs, e.g. billing-worker. Letters, digits, \u{201c}-\u{201d}, \u{201c}_\u{201d} and \u{201c}.\u{201d} only."
            />
            <TextField
                label="Description"
                name="description"
                value=draft.description
                error=Signal::derive(|| None::<String>)
                multiline=true
                hint="What runs as this identity, and who owns it."
            />
            <Show when=move || connections_error.get().is_some()>
                <div class="gw-alert gw-alert--error" role="alert">
                    <p>
                        {move || {
                            format!(
                                "Connections could not be loaded: {}",
                                connections_error.get().unwrap_or_default(),
                            )
                        }}
                    </p>
                    <button
                        type="button"
                        class="gw-btn gw-btn--small"
                        on:click=move |_| on_retry_connections.run(())
                    >
                        "Retry loading connections"
                    </button>
                </div>
            </Show>
            <GroupPicker
                legend="Connections"
                options=options
                selected=draft.connections
                noun="connection"
                notes=notes
                hint="The identity gets its own credential for each connection. Only PostgreSQL, SSH (and Git), RDP, AWS SSM, HTTP proxy (Grafana, Kibana), Kubernetes and Claude Code connections with native (connect) access can carry one; the others are listed with the reason."
            />
            <ChipInput
                label="Attributes"
                name="attributes"
                values=draft.attributes
                noun="attribute"
                suggestions=suggestions
                hint="Type an attribute and press Enter or a comma; Backspace in the empty box removes the last one. Eligible connections that share an attribute with this identity also get credentials when you save."
            />
            <p class="gw-field__hint" role="status">
                {move || {
                    via_attributes()
                        .map(|list| {
                            format!(
                                "Through these attributes, credentials are also issued for: {list}.",
                            )
                        })
                }}
            </p>
            <FormFooter
                error=feedback.form
                busy=busy
                submit_label=submit_label
                busy_label=busy_label
                cancel_href=cancel_href
            />
        </form>
    }
}

/// The connections the picker offers, loaded by the page.
#[derive(Clone, Copy)]
pub struct ConnectionList {
    pub list: Signal<Vec<Connection>>,
    /// Why they could not be loaded, if they could not.
    pub error: Signal<Option<String>>,
    pub retry: Callback<()>,
}

/// Loads the connections for the picker.
pub fn load_connections(api: crate::api::Api) -> ConnectionList {
    let res = Load::new(move || {
        let api = api.clone();
        async move { crate::api::connections::list_connections(&api).await }
    });
    let list = Signal::derive(move || {
        res.with(|r| match r {
            Some(Ok(list)) => list.clone(),
            _ => Vec::new(),
        })
    });
    let error = Signal::derive(move || {
        res.with(|r| match r {
            Some(Err(e)) => Some(e.human()),
            _ => None,
        })
    });
    ConnectionList {
        list,
        error,
        retry: Callback::new(move |_| res.refetch()),
    }
}
