//! The one form mechanism every create and edit screen uses: client validation of the name
//! with focus on it, a taken name (409) shown on the name field, any other refusal above the
//! buttons, one submit at a time (with `FormFooter`'s busy button, `components::form_field`),
//! and a guard against leaving with unsaved changes.

use crate::api::ApiError;
use leptos::{html, prelude::*};
use wasm_bindgen::{closure::Closure, JsCast};

/// The form's submit handler: the browser's own submit never runs, and a submit while `busy`
/// (Enter pressed again while saving) does nothing.
pub fn submit_once(busy: Signal<bool>, submit: Callback<()>) -> impl Fn(leptos::ev::SubmitEvent) {
    move |ev| {
        ev.prevent_default();
        if !busy.get_untracked() {
            submit.run(());
        }
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
    validate: fn(&str) -> Result<String, String>,
    conflict: &'static str,
}

impl Feedback {
    /// `validate` turns the typed name into the one to send or says why not; `conflict` is what
    /// the name field says when the gateway answers 409.
    pub fn new(validate: fn(&str) -> Result<String, String>, conflict: &'static str) -> Self {
        Self {
            name: RwSignal::new(None),
            form: RwSignal::new(None),
            name_ref: NodeRef::new(),
            validate,
            conflict,
        }
    }

    /// The valid name to send, or `None` after showing why not on the name field.
    pub fn checked_name(self, raw: &str) -> Option<String> {
        self.form.set(None);
        match (self.validate)(raw) {
            Ok(valid) => {
                self.name.set(None);
                Some(valid)
            }
            Err(e) => self.name_problem(e),
        }
    }

    /// For a field whose rules need more than its text (the caller checked it): shows the
    /// problem on the field, with focus, or clears it and hands the value on.
    pub fn field_checked<T>(self, checked: Result<T, String>) -> Option<T> {
        self.form.set(None);
        match checked {
            Ok(v) => {
                self.name.set(None);
                Some(v)
            }
            Err(e) => {
                self.name_problem(e);
                None
            }
        }
    }

    /// Shows a failed save: a taken name on the name field, anything else above the buttons.
    pub fn failed(self, e: ApiError) {
        self.failed_explained(e, |_| None);
    }

    /// As [`Feedback::failed`], with `explain` turning a 400's message into words for this
    /// form (`None` keeps the gateway's own).
    pub fn failed_explained(self, e: ApiError, explain: impl FnOnce(&str) -> Option<String>) {
        match e {
            ApiError::Conflict(_) => {
                self.name_problem(self.conflict.to_string());
            }
            ApiError::Invalid { ref message, .. } => {
                let said = explain(message).unwrap_or_else(|| e.human());
                self.form.set(Some(said));
            }
            other => self.form.set(Some(other.human())),
        }
    }

    fn name_problem(self, e: String) -> Option<String> {
        self.name.set(Some(e));
        // Puts the caret in the field that needs attention.
        if let Some(el) = self.name_ref.get_untracked() {
            let _ = el.focus();
        }
        None
    }
}
