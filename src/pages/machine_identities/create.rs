//! Create a machine identity, then show every credential it was issued.

use super::{
    form::{load_connections, Draft, IdentityForm},
    rules::{explain_refusal, validate_name, CONFLICT},
};
use crate::{
    api::machine_identities::{create_machine_identity, MachineIdentityBody},
    components::{
        credentials_modal::{provisioned, Issued, IssuedModal},
        page_header::PageHeader,
        toast::Toasts,
    },
    pages::{
        form::{guard_unsaved, Feedback},
        frame::AdminPage,
        mutation::Mutation,
    },
    router::{use_navigate, NavigateOptions},
    routes,
    session::{use_api, use_session},
};
use leptos::prelude::*;

#[component]
pub fn NewMachineIdentityPage() -> impl IntoView {
    view! {
        <AdminPage what="create machine identities">
            <NewIdentity />
        </AdminPage>
    }
}

#[component]
fn NewIdentity() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let toasts = expect_context::<Toasts>();
    let navigate = use_navigate();
    let draft = Draft::new(String::new(), String::new(), Vec::new(), Vec::new());
    let empty = MachineIdentityBody {
        name: String::new(),
        description: String::new(),
        connection_names: Vec::new(),
        attributes: Vec::new(),
    };
    let feedback = Feedback::new(validate_name, CONFLICT);
    let submitted = RwSignal::new(false);
    guard_unsaved(Signal::derive(move || {
        !submitted.get() && draft.differs(&empty)
    }));
    let conns = load_connections(api.clone());

    let issued = Issued::new();
    // Where the modal's Done leads, and what is said then.
    let created = StoredValue::new((String::new(), String::new()));
    let to_detail = Callback::new(move |name: String| {
        navigate(
            &routes::machine_identity(&name),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    });
    let create = Mutation::new(move |body: &MachineIdentityBody| {
        let (api, body) = (api.clone(), body.clone());
        async move {
            match create_machine_identity(&api, &body).await {
                Ok(reply) => {
                    submitted.set(true);
                    let name = reply.identity.name.clone();
                    let n = reply.credentials.len();
                    let done = match n {
                        0 => format!("Machine identity \u{201c}{name}\u{201d} created, without credentials yet."),
                        1 => format!("Machine identity \u{201c}{name}\u{201d} created with 1 credential."),
                        n => format!("Machine identity \u{201c}{name}\u{201d} created with {n} credentials."),
                    };
                    if n == 0 {
                        toasts.success(done);
                        to_detail.run(name);
                    } else {
                        // The toast waits for the modal, so it never covers the modal's buttons.
                        created.set_value((name.clone(), done));
                        issued.show(
                            (
                                format!("Credentials for \u{201c}{name}\u{201d}"),
                                provisioned(n, false),
                            ),
                            reply.credentials,
                        );
                    }
                }
                Err(e) => feedback.failed_explained(e, |message| {
                    Some(explain_refusal(message, &body.connection_names))
                }),
            }
        }
    });
    let submit = Callback::new(move |_| {
        if let Some(valid) = feedback.checked_name(&draft.name.get_untracked()) {
            create.dispatch(draft.body(valid));
        }
    });
    view! {
        <section class="gw-page">
            <PageHeader
                title="Create machine identity"
                subtitle="A machine identity is a named service or job that connects through the gateway with credentials of its own, one per connection."
            />
            <IdentityForm
                draft=draft
                conns=conns
                feedback=feedback
                busy=create.pending()
                submit_label="Create machine identity"
                busy_label="Creating\u{2026}"
                on_submit=submit
                cancel_href=routes::MACHINE_IDENTITIES.to_string()
            />
            <IssuedModal
                issued=issued
                copy_blocked=session.copy_blocked()
                on_close=Callback::new(move |_| {
                    let (name, done) = created.get_value();
                    toasts.success(done);
                    to_detail.run(name);
                })
            />
        </section>
    }
}
