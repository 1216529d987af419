//! The credentials display: secrets masked until revealed, copy on every field, copy-all as
//! `KEY=value` lines, and the credentials modal dropping everything when it closes.

use super::*;
use hoop_admin::{
    api::{decode, machine_identities::MiCredential},
    components::{
        credentials::{fields_for, CredentialKind, CredentialView},
        credentials_modal::CredentialsModal,
    },
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

const PG: &str = r#"{"connection_name":"pg-demo","connection_type":"database","connection_subtype":"postgres",
    "secret_key":"pg-S3cr3t","hostname":"127.0.0.1","port":"15432","username":"pg-S3cr3t","password":"hoop",
    "database_name":"demo","connection_string":"postgres://pg-S3cr3t:hoop@127.0.0.1:15432/demo?sslmode=disable"}"#;

/// Records what reaches the clipboard instead of depending on the headless browser's.
fn fake_clipboard() {
    let clipboard = js_sys::Object::new();
    let write =
        js_sys::Function::new_with_args("t", "window.__copied = t; return Promise.resolve();");
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &write).unwrap();
    let navigator = web_sys::window().unwrap().navigator();
    let d = js_sys::Object::new();
    js_sys::Reflect::set(&d, &"value".into(), &clipboard).unwrap();
    js_sys::Reflect::set(&d, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &d);
}

fn copied() -> Option<String> {
    js_sys::Reflect::get(&web_sys::window().unwrap(), &"__copied".into())
        .unwrap()
        .as_string()
}

fn button(label: &str) -> web_sys::HtmlElement {
    query(&format!("button[aria-label='{label}']")).unwrap_or_else(|| panic!("no button {label}"))
}

#[wasm_bindgen_test]
async fn secrets_are_masked_until_revealed_and_every_field_copies() {
    fake_clipboard();
    let c: MiCredential = decode(PG).unwrap();
    let kind = CredentialKind::of(&c.connection_subtype, &c.connection_type);
    let fields = fields_for(kind, &c.fields);
    let m = mount(move || {
        view! {
            <CredentialView
                connection="pg-demo"
                kind=kind
                fields=fields
                copy_blocked=Signal::derive(|| false)
            />
        }
    });
    settle().await;
    let html = m.root.inner_html();
    assert!(
        !html.contains("S3cr3t"),
        "no secret in the page while masked"
    );
    assert!(
        text("[data-field=HOST] code").contains("127.0.0.1"),
        "plain fields show"
    );
    assert!(text("[data-field=USER] code").contains("hidden"));
    assert!(text(".gw-cred__title").contains("PostgreSQL"));

    button("Reveal Connection URI for pg-demo").click();
    settle().await;
    assert_eq!(
        text("[data-field=DATABASE_URL] code"),
        "postgres://pg-S3cr3t:hoop@127.0.0.1:15432/demo?sslmode=disable"
    );
    assert!(
        !text("[data-field=USER] code").contains("S3cr3t"),
        "one field at a time"
    );
    button("Hide Connection URI for pg-demo").click();
    settle().await;
    assert!(!m.root.inner_html().contains("S3cr3t"));

    // A masked field still copies its real value.
    button("Copy User for pg-demo").click();
    settle().await;
    assert_eq!(copied().as_deref(), Some("pg-S3cr3t"));
    button("Copy all credentials for pg-demo as KEY=value lines").click();
    settle().await;
    assert_eq!(
        copied().as_deref(),
        Some(
            "HOST=127.0.0.1\nPORT=15432\nUSER=pg-S3cr3t\nPASSWORD=hoop\nDATABASE=demo\n\
             DATABASE_URL='postgres://pg-S3cr3t:hoop@127.0.0.1:15432/demo?sslmode=disable'"
        )
    );
    assert!(text(".gw-cred__copy-all").contains("Copied"));
}

#[wasm_bindgen_test]
async fn ssh_explains_the_swapped_command_and_proxy_commands_split() {
    let ssh: MiCredential = decode(
        r#"{"connection_name":"ssh-bastion","connection_type":"application","connection_subtype":"ssh",
        "secret_key":"ssh-k","hostname":"127.0.0.1","port":"12222","username":"hoop","password":"ssh-k",
        "command":"sshpass -p 'hoop' ssh ssh-k@127.0.0.1 -p 12222"}"#,
    )
    .unwrap();
    let proxy: MiCredential = decode(
        r#"{"connection_name":"grafana","connection_type":"httpproxy","connection_subtype":"httpproxy",
        "secret_key":"httpproxy-t","hostname":"127.0.0.1","port":"18888","proxy_token":"httpproxy-t",
        "command":"{\"curl\":\"curl -H 'Authorization: httpproxy-t' http://localhost:18888/\",\"browser\":\"http://localhost:18888/httpproxy-t\"}"}"#,
    )
    .unwrap();
    let _m = mount(move || {
        [ssh, proxy]
            .into_iter()
            .map(|c| {
                let kind = CredentialKind::of(&c.connection_subtype, &c.connection_type);
                view! {
                    <CredentialView
                        connection=c.connection_name.clone()
                        kind=kind
                        fields=fields_for(kind, &c.fields)
                        copy_blocked=Signal::derive(|| false)
                    />
                }
            })
            .collect_view()
    });
    settle().await;
    assert!(text("[data-connection=ssh-bastion]").contains("swaps the two"));
    assert_eq!(
        text("[data-connection=ssh-bastion] [data-field=USER] code"),
        "hoop"
    );
    button("Reveal Command for ssh-bastion").click();
    settle().await;
    assert_eq!(
        text("[data-connection=ssh-bastion] [data-field=SSH_COMMAND] code"),
        "sshpass -p ssh-k ssh hoop@127.0.0.1 -p 12222"
    );
    button("Reveal curl for grafana").click();
    button("Reveal Browser URL for grafana").click();
    settle().await;
    assert!(
        text("[data-field=CURL_COMMAND] code").starts_with("curl -H 'Authorization: httpproxy-t'")
    );
    assert_eq!(
        text("[data-field=BROWSER_URL] code"),
        "http://localhost:18888/httpproxy-t"
    );
}

#[wasm_bindgen_test]
async fn the_modal_is_honest_and_drops_the_secrets_when_closed() {
    let c: MiCredential = decode(PG).unwrap();
    let closed = RwSignal::new(false);
    let _m = mount(move || {
        view! {
            <Show when=move || !closed.get()>
                <CredentialsModal
                    title="Credentials for \u{201c}etl\u{201d}"
                    summary="1 connection provisioned."
                    credentials=vec![c.clone()]
                    copy_blocked=Signal::derive(|| false)
                    on_close=Callback::new(move |_| closed.set(true))
                />
            </Show>
        }
    });
    settle().await;
    let dialog = query("[role=dialog]").expect("the modal is open");
    let said = dialog.text_content().unwrap();
    assert!(said.contains("1 connection provisioned."));
    assert!(
        said.contains("administrators can view them again"),
        "{said}"
    );
    assert!(!dialog.inner_html().contains("S3cr3t"), "masked by default");
    button("Reveal Password for pg-demo").click();
    settle().await;
    assert_eq!(text("[role=dialog] [data-field=PASSWORD] code"), "hoop");
    query("[role=dialog] .gw-modal__actions .gw-btn--primary")
        .unwrap()
        .click();
    settle().await;
    assert!(closed.get_untracked());
    assert!(query("[role=dialog]").is_none());
    assert!(!doc().body().unwrap().inner_html().contains("S3cr3t"));
}
