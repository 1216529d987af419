//! The key form shared by create and configure: name with counter, groups, what groups mean,
//! inline errors, busy submit, and a guard against leaving with unsaved changes.

use crate::{
    api::ApiError,
    components::{
        form_field::{FormFooter, TextField},
        group_picker::GroupPicker,
    },
};
use leptos::{html, prelude::*};
use wasm_bindgen::{closure::Closure, JsCast};

pub use super::{configure::ConfigureApiKeyPage, create::NewApiKeyPage};

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

#[component]
pub fn KeyForm(
    name: RwSignal<String>,
    groups: RwSignal<Vec<String>>,
    #[prop(into)] group_options: Signal<Vec<String>>,
    #[prop(into)] name_error: Signal<Option<String>>,
    #[prop(into)] form_error: Signal<Option<String>>,
    #[prop(into)] busy: Signal<bool>,
    submit_label: &'static str,
    busy_label: &'static str,
    name_ref: NodeRef<html::Input>,
    #[prop(into)] on_submit: Callback<()>,
    cancel_href: &'static str,
) -> impl IntoView {
    let admin_chosen = move || groups.with(|g| g.iter().any(|g| g == "admin"));
    view! {
        <form class="gw-card gw-form gw-form--wide" novalidate on:submit=move |ev| {
            ev.prevent_default();
            if !busy.get_untracked() { on_submit.run(()) }
        }>
            <TextField label="Name" name="name" value=name error=name_error required=true max_len=NAME_MAX
                node_ref=name_ref hint="Identifies the key in this list and in audit logs, e.g. ci-deploy or payments-agent."/>
            <GroupPicker legend="Groups" options=group_options selected=groups allow_new=true
                hint="The key gets exactly the permissions of these groups: the connections they can reach and the roles they carry. A key with no groups is a standard caller that reaches only connections open to everyone."/>
            <Show when=admin_chosen>
                <p class="gw-alert gw-alert--warn" role="status">
                    "The admin group makes this key a full administrator: it can manage every API key, machine identity and setting of the gateway."
                </p>
            </Show>
            <FormFooter error=form_error busy=busy submit_label=submit_label busy_label=busy_label cancel_href=cancel_href/>
        </form>
    }
}

/// While `dirty`, asks before the tab closes or reloads and before an in-app link leaves.
pub fn guard_unsaved(dirty: Signal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let before_unload = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if dirty.try_get_untracked().unwrap_or(false) {
            ev.prevent_default();
            // Chromium still wants a return value to show its prompt.
            let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
        }
    });
    let link_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if !dirty.try_get_untracked().unwrap_or(false) {
            return;
        }
        let leaving = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .is_some();
        let ok = || {
            web_sys::window()
                .and_then(|w| {
                    w.confirm_with_message("Leave this page? Your changes have not been saved.")
                        .ok()
                })
                .unwrap_or(true)
        };
        if leaving && !ok() {
            ev.prevent_default();
            ev.stop_immediate_propagation();
        }
    });
    let _ = window
        .add_event_listener_with_callback("beforeunload", before_unload.as_ref().unchecked_ref());
    // Capture phase, so this runs before the router turns the click into a navigation.
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        link_click.as_ref().unchecked_ref(),
        true,
    );
    let handles = send_wrapper::SendWrapper::new((before_unload, link_click));
    on_cleanup(move || {
        let (unload, click) = handles.take();
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "beforeunload",
                unload.as_ref().unchecked_ref(),
            );
            let _ = w.remove_event_listener_with_callback_and_bool(
                "click",
                click.as_ref().unchecked_ref(),
                true,
            );
        }
    });
}

/// Where a form's problems show: the name field (with focus) or above the buttons.
#[derive(Clone, Copy)]
pub struct Feedback {
    pub name: RwSignal<Option<String>>,
    pub form: RwSignal<Option<String>>,
    pub name_ref: NodeRef<html::Input>,
}

impl Feedback {
    pub fn new() -> Self {
        Self {
            name: RwSignal::new(None),
            form: RwSignal::new(None),
            name_ref: NodeRef::new(),
        }
    }

    /// The valid name to send, or `None` after showing why not on the name field.
    pub fn checked_name(self, raw: &str) -> Option<String> {
        self.form.set(None);
        match validate_name(raw) {
            Ok(valid) => {
                self.name.set(None);
                Some(valid)
            }
            Err(e) => {
                self.name.set(Some(e));
                focus(self.name_ref);
                None
            }
        }
    }

    /// Shows a failed save: a taken name on the name field, anything else above the buttons.
    pub fn failed(self, e: ApiError) {
        match e {
            ApiError::Conflict(_) => {
                self.name.set(Some(CONFLICT.into()));
                focus(self.name_ref);
            }
            other => self.form.set(Some(other.human())),
        }
    }
}

impl Default for Feedback {
    fn default() -> Self {
        Self::new()
    }
}

/// Puts the caret in a field that needs attention.
fn focus(input: NodeRef<html::Input>) {
    if let Some(el) = input.get_untracked() {
        let _ = el.focus();
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
