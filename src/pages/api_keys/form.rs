//! The key form shared by create and configure: name with counter, groups, what groups mean,
//! inline errors (through `pages::form`).

use crate::components::{
    form_field::{FormFooter, TextField},
    group_picker::GroupPicker,
};
use crate::{
    api::{groups::list_groups, Api, ApiError},
    pages::{
        form::{submit_once, Feedback},
        load::Load,
    },
};
use leptos::prelude::*;

pub const NAME_MAX: usize = 255;

/// Checks a key name the way the gateway stores it: trimmed, non-empty, at most 255 characters.
pub fn validate_name(raw: &str) -> Result<String, String> {
    let name = raw.trim();
    if name.is_empty() {
        return Err("Enter a name. Spaces alone do not count.".into());
    }
    if name.chars().count() > NAME_MAX {
        return Err(format!("Use at most {NAME_MAX} characters."));
    }
    Ok(name.to_string())
}

const CONFLICT: &str = "An API key with this name already exists (deactivated keys keep their names). Choose another name.";

/// The key form's feedback: key names as the gateway checks them.
pub fn feedback() -> Feedback {
    Feedback::new(validate_name, CONFLICT)
}

/// The gateway's groups for the picker, loaded by the page.
#[derive(Clone, Copy)]
pub struct GroupList {
    answer: Load<Result<Vec<String>, ApiError>>,
}

impl GroupList {
    pub fn load(api: Api) -> Self {
        let answer = Load::new(move || {
            let api = api.clone();
            async move { list_groups(&api).await }
        });
        Self { answer }
    }

    fn options(self) -> Vec<String> {
        self.answer.get().and_then(Result::ok).unwrap_or_default()
    }

    fn error(self) -> Option<String> {
        self.answer.get().and_then(Result::err).map(|e| e.human())
    }
}

#[component]
pub fn KeyForm(
    name: RwSignal<String>,
    groups: RwSignal<Vec<String>>,
    group_list: GroupList,
    /// Where problems show (`pages::form`).
    feedback: Feedback,
    #[prop(into)] busy: Signal<bool>,
    submit_label: &'static str,
    busy_label: &'static str,
    #[prop(into)] on_submit: Callback<()>,
    cancel_href: &'static str,
) -> impl IntoView {
    let admin_chosen = move || groups.with(|g| g.iter().any(|g| g == "admin"));
    view! {
        <form
            class="gw-card gw-form gw-form--wide"
            novalidate
            on:submit=submit_once(busy, on_submit)
        >
            <TextField
                label="Name"
                name="name"
                value=name
                error=feedback.name
                required=true
                max_len=NAME_MAX
                node_ref=feedback.name_ref
                hint="Identifies the key in this list and in audit logs, e.g. ci-deploy or payments-agent."
            />
            {move || {
                group_list
                    .error()
                    .map(|e| {
                        view! {
                            <div class="gw-alert gw-alert--error" role="alert">
                                <p>
                                    {format!(
                                        "The gateway's groups could not be loaded. {e} You can still type group names.",
                                    )}
                                </p>
                                <button
                                    type="button"
                                    class="gw-btn gw-btn--small"
                                    on:click=move |_| group_list.answer.refetch()
                                >
                                    "Retry loading groups"
                                </button>
                            </div>
                        }
                    })
            }}
            <GroupPicker
                legend="Groups"
                options=Signal::derive(move || group_list.options())
                selected=groups
                allow_new=true
                hint="The key gets exactly the permissions of these groups: the connections they can reach and the roles they carry. A key with no groups is a standard caller that reaches only connections open to everyone."
            />
            <Show when=admin_chosen>
                <p class="gw-alert gw-alert--warn" role="status">
                    "The admin group makes this key a full administrator: it can manage every API key, machine identity and setting of the gateway."
                </p>
            </Show>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(validate_name("  ci-deploy "), Ok("ci-deploy".into()));
        assert!(validate_name("   \t").is_err());
        assert!(
            validate_name(&"é".repeat(255)).is_ok(),
            "the limit counts characters, not bytes"
        );
        assert!(validate_name(&"a".repeat(256)).is_err());
        assert_eq!(
            validate_name("<script>alert(1)</script>"),
            Ok("<script>alert(1)</script>".into())
        );
    }
}
