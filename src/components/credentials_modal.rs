//! Machine-identity credentials right after they were issued (create, edit, rotate). The
//! modal owns them: they leave memory when it closes or unmounts. It does not pretend this is
//! the only chance to see them: administrators can view them again on the identity's page.

use super::{
    credentials::{fields_for, CredentialKind, CredentialView},
    modal::Modal,
    show_once::ShowOnce,
};
use crate::api::machine_identities::MiCredential;
use leptos::prelude::*;

/// Freshly issued credentials on their way into a [`CredentialsModal`], with the modal's title
/// and summary.
pub type Issued = ShowOnce<Vec<MiCredential>, (String, String)>;

/// "1 new connection provisioned." / "3 new connections provisioned."
pub fn provisioned(n: usize, new: bool) -> String {
    let new = if new { "new " } else { "" };
    let s = if n == 1 { "" } else { "s" };
    format!("{n} {new}connection{s} provisioned.")
}

#[component]
pub fn CredentialsModal(
    /// The dialog's heading.
    #[prop(into)]
    title: String,
    /// One line on what was issued ("2 new connections provisioned").
    #[prop(into)]
    summary: String,
    /// The credentials; from here on they belong to this modal.
    credentials: Vec<MiCredential>,
    /// True when the organisation's policy disables copying.
    #[prop(into)]
    copy_blocked: Signal<bool>,
    /// Called when the admin is done with them.
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    let held = RwSignal::new(credentials);
    on_cleanup(move || {
        held.try_update_untracked(Vec::clear);
    });
    let close = Callback::new(move |_| {
        held.set(Vec::new());
        on_close.run(());
    });
    view! {
        <Modal title=title on_dismiss=close>
            <div class="gw-creds-modal">
                <p class="gw-alert gw-alert--info" role="status">
                    {summary.clone()}
                </p>
                <p>
                    "Store these where the service that uses them reads its secrets (a secret manager or your CI's secret store). "
                    "Anyone holding them can connect as this identity. Secrets are hidden until you reveal them; copying works either way."
                </p>
                <p class="gw-muted">
                    "Unlike API keys, these are not lost when you close this: administrators can view them again on the machine identity's page, and rotate them there."
                </p>
                {move || {
                    held.get()
                        .into_iter()
                        .map(|c| {
                            let kind = CredentialKind::of(
                                &c.connection_subtype,
                                &c.connection_type,
                            );
                            view! {
                                <CredentialView
                                    connection=c.connection_name.clone()
                                    kind=kind
                                    fields=fields_for(kind, &c.fields)
                                    copy_blocked=copy_blocked
                                />
                            }
                        })
                        .collect_view()
                }}
            </div>
            <div class="gw-modal__actions">
                <button
                    type="button"
                    class="gw-btn gw-btn--primary"
                    on:click=move |_| close.run(())
                >
                    "Done"
                </button>
            </div>
        </Modal>
    }
}

/// The modal while `issued` holds credentials; Done (or Esc) closes it, then `on_close` runs.
#[component]
pub fn IssuedModal(
    issued: Issued,
    /// True when the organisation's policy disables copying.
    #[prop(into)]
    copy_blocked: Signal<bool>,
    /// What happens after the admin is done (navigate, toast).
    #[prop(into)]
    on_close: Callback<()>,
) -> impl IntoView {
    move || {
        issued.open.get().map(|(title, summary)| {
            view! {
                <CredentialsModal
                    title=title
                    summary=summary
                    credentials=issued.take().unwrap_or_default()
                    copy_blocked=copy_blocked
                    on_close=Callback::new(move |_| {
                        issued.close();
                        on_close.run(());
                    })
                />
            }
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn summaries_count_connections() {
        assert_eq!(super::provisioned(1, true), "1 new connection provisioned.");
        assert_eq!(super::provisioned(2, false), "2 connections provisioned.");
    }
}
