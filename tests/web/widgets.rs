//! Toasts, fields, tables, badges, states, copy button and the admin-only gate.

use super::*;
use hoop_admin::components::{
    admin_gate::AdminOnly,
    copy_button::CopyButton,
    data_table::{Column, DataTable},
    empty_state::EmptyState,
    error_panel::ErrorPanel,
    export_button::ExportCsv,
    form_field::TextField,
    pager::{Pager, PagerText},
    skeleton::LoadingSkeleton,
    status_badge::{StatusBadge, Tone},
    timestamp::Timestamp,
    toast::{ToastRegion, Toasts},
};
use hoop_admin::router::Router;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn toasts_are_announced_and_dismissable() {
    let toasts = Toasts::new();
    let _m = mount(move || view! { <ToastRegion toasts=toasts /> });
    toasts.success("API key deactivated");
    toasts.error("The gateway failed");
    settle().await;
    assert!(
        text("[aria-live=polite]").contains("API key deactivated"),
        "news goes to the polite region"
    );
    assert!(
        text("[role=alert]").contains("The gateway failed"),
        "errors go to the assertive region"
    );
    query("[role=alert] .gw-toast__close").unwrap().click();
    settle().await;
    assert!(!text("[role=alert]").contains("The gateway failed"));
}

#[wasm_bindgen_test]
async fn text_field_ties_its_error_and_counter_to_the_input() {
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let _m = mount(move || {
        view! {
            <TextField
                label="Name"
                name="name"
                value=value
                error=error
                required=true
                max_len=255
                hint="Identifies the key in lists and audit logs."
            />
        }
    });
    settle().await;
    let input = query("input[name=name]").unwrap();
    let label = doc()
        .query_selector(&format!("label[for='{}']", input.id()))
        .unwrap()
        .unwrap();
    assert!(label.text_content().unwrap().starts_with("Name"));
    assert_eq!(input.get_attribute("aria-invalid"), None);
    error.set(Some("Enter a name.".into()));
    settle().await;
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described: Vec<String> = input
        .get_attribute("aria-describedby")
        .unwrap()
        .split(' ')
        .map(String::from)
        .collect();
    let texts: Vec<String> = described.iter().map(|id| text(&format!("#{id}"))).collect();
    assert!(texts.contains(&"Enter a name.".to_string()), "{texts:?}");
    assert!(
        texts.iter().any(|t| t == "0 of 255 characters"),
        "{texts:?}"
    );
    value.set("ci-deploy".into());
    settle().await;
    assert!(text(".gw-field__count").starts_with("9 of 255"));
}

#[wasm_bindgen_test]
async fn data_table_has_caption_headers_and_row_count() {
    let _m = mount(|| {
        view! {
            <DataTable
                caption="API keys"
                columns=vec![Column::new("Name"), Column::hidden("Actions")]
                row_count=Signal::derive(|| 2)
            >
                <tr>
                    <td>"a"</td>
                    <td></td>
                </tr>
                <tr>
                    <td>"b"</td>
                    <td></td>
                </tr>
            </DataTable>
        }
    });
    settle().await;
    assert_eq!(text("table caption"), "API keys");
    assert_eq!(
        query("table")
            .unwrap()
            .get_attribute("aria-rowcount")
            .as_deref(),
        Some("3")
    );
    let headers = doc().query_selector_all("th[scope=col]").unwrap();
    assert_eq!(headers.length(), 2);
    assert_eq!(
        headers.item(1).unwrap().text_content().unwrap(),
        "Actions",
        "the actions column is named"
    );
}

#[wasm_bindgen_test]
async fn the_pager_hides_its_buttons_on_a_single_page_and_keeps_them() {
    const TEXT: PagerText = PagerText {
        label: "Pages of API keys",
        one: "key",
        many: "keys",
        none: "No keys match",
        previous: "Previous page",
        next: "Next page",
    };
    let total = RwSignal::new(120_usize);
    let page = RwSignal::new(1_usize);
    let asked = RwSignal::new(0_usize);
    let _m = mount(move || {
        view! {
            <Pager
                text=TEXT
                total=total
                page=page
                page_size=50
                on_page=Callback::new(move |p| asked.set(p))
            />
        }
    });
    settle().await;
    let nav = query("nav[aria-label='Pages of API keys'] .gw-pager__nav").unwrap();
    assert!(!nav.hidden());
    assert!(text(".gw-pager").contains("Page 1 of 3"));
    assert_eq!(
        text(".gw-pager__summary"),
        "Showing 1\u{2013}50 of 120 keys"
    );
    let next = query(".gw-pager__nav button:last-of-type").unwrap();
    next.click();
    assert_eq!(asked.get_untracked(), 2);
    // A search that leaves one page hides the buttons; one that widens again shows the same ones.
    total.set(10);
    settle().await;
    assert!(nav.hidden(), "no page buttons for a single page");
    assert_eq!(nav.offset_height(), 0);
    assert_eq!(text(".gw-pager__summary"), "Showing 1\u{2013}10 of 10 keys");
    total.set(120);
    settle().await;
    assert!(!nav.hidden());
    assert!(query(".gw-pager__nav button:last-of-type")
        .unwrap()
        .is_same_node(Some(&next)));
    // A page past the end (a stale link) still offers the way back.
    total.set(10);
    page.set(2);
    settle().await;
    assert!(!nav.hidden());
    assert!(text(".gw-pager__summary").contains("past the end"));
}

#[wasm_bindgen_test]
async fn badge_states_and_error_retry_speak_in_words() {
    let retried = RwSignal::new(0);
    let _m = mount(move || {
        view! {
            <StatusBadge text="Deactivated" tone=Tone::Muted />
            <EmptyState title="No API keys yet" body="Keys let scripts call the gateway.">
                <button>"Create API key"</button>
            </EmptyState>
            <LoadingSkeleton label="Loading API keys" />
            <ErrorPanel
                title="API keys could not be loaded"
                message="The gateway failed (HTTP 500)."
                on_retry=Callback::new(move |_| retried.update(|r| *r += 1))
            />
        }
    });
    settle().await;
    assert!(text(".gw-badge").contains("Deactivated"));
    assert_eq!(text(".gw-empty__title"), "No API keys yet");
    let skeleton = query(".gw-skeleton").unwrap();
    assert_eq!(skeleton.get_attribute("aria-busy").as_deref(), Some("true"));
    assert!(skeleton
        .text_content()
        .unwrap()
        .contains("Loading API keys"));
    assert!(text(".gw-error").contains("HTTP 500"));
    query(".gw-error button").unwrap().click();
    assert_eq!(retried.get_untracked(), 1);
}

#[wasm_bindgen_test]
async fn copy_button_copies_and_announces_or_explains_the_policy() {
    // Record what reaches the clipboard instead of depending on the headless browser's.
    let clipboard = js_sys::Object::new();
    let write =
        js_sys::Function::new_with_args("t", "window.__copied = t; return Promise.resolve();");
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &write).unwrap();
    let navigator = web_sys::window().unwrap().navigator();
    js_sys::Object::define_property(&navigator, &"clipboard".into(), &{
        let d = js_sys::Object::new();
        js_sys::Reflect::set(&d, &"value".into(), &clipboard).unwrap();
        js_sys::Reflect::set(&d, &"configurable".into(), &JsValue::TRUE).unwrap();
        d
    });
    let blocked = RwSignal::new(false);
    let _m = mount(move || {
        view! {
            <CopyButton
                value=Signal::derive(|| "hpk_secret".to_string())
                what="API key"
                blocked=blocked
            />
        }
    });
    settle().await;
    let button = query(".gw-copy button").unwrap();
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("Copy API key")
    );
    button.click();
    settle().await;
    let copied = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__copied".into()).unwrap();
    assert_eq!(copied.as_string().as_deref(), Some("hpk_secret"));
    assert_eq!(text(".gw-copy [role=status]"), "Copied");
    blocked.set(true);
    settle().await;
    assert!(query(".gw-copy button").is_none());
    assert!(text(".gw-copy").contains("disabled by your organisation's policy"));
}

#[wasm_bindgen_test]
async fn admin_gate_explains_and_renders_nothing_inside_for_non_admins() {
    let is_admin = RwSignal::new(false);
    let rendered = RwSignal::new(0);
    let _m = mount(move || {
        view! {
            <Router>
                <AdminOnly
                    is_admin=is_admin
                    what="manage API keys"
                    role=Signal::derive(|| "Standard".to_string())
                >
                    {move || {
                        rendered.update_untracked(|r| *r += 1);
                        view! { <p id="secret-page">"keys"</p> }
                    }}
                </AdminOnly>
            </Router>
        }
    });
    settle().await;
    assert!(text("main, body").contains("Only administrators can manage API keys."));
    assert!(query("#secret-page").is_none());
    assert_eq!(
        rendered.get_untracked(),
        0,
        "the admin page never runs, so it sends no request"
    );
    assert_eq!(doc().title(), "Administrators only · Hoop Admin");
    is_admin.set(true);
    settle().await;
    assert!(query("#secret-page").is_some());
}

#[wasm_bindgen_test]
async fn a_countdown_ticks_for_the_eye_and_reads_as_an_end_time() {
    use hoop_admin::components::countdown::Countdown;
    let now = RwSignal::new(1_000_000_i64);
    let _m = mount(move || view! { <Countdown until_ms=1_000_000 + 65_000 now=now /> });
    settle().await;
    let ticking = query(".gw-countdown [aria-hidden=true]").unwrap();
    assert_eq!(ticking.text_content().unwrap(), "1:05 left");
    let spoken = text(".gw-countdown .gw-visually-hidden");
    assert!(spoken.starts_with("until "), "{spoken}");
    now.set(1_000_000 + 64_500);
    settle().await;
    assert_eq!(ticking.text_content().unwrap(), "0:01 left");
    assert_eq!(
        text(".gw-countdown .gw-visually-hidden"),
        spoken,
        "what a screen reader gets does not change every second"
    );
}

#[wasm_bindgen_test]
async fn export_says_what_it_saves_and_saves_it_as_a_dated_csv() {
    // Keep the file in the page instead of downloading it.
    js_sys::eval(
        "window.__saved = [];
         window.__restore = [URL.createObjectURL, URL.revokeObjectURL, HTMLAnchorElement.prototype.click];
         const blobs = new Map(), create = URL.createObjectURL.bind(URL);
         URL.createObjectURL = b => { const u = create(b); blobs.set(u, b); return u; };
         URL.revokeObjectURL = () => {};
         HTMLAnchorElement.prototype.click = function () { window.__saved.push([this.download, blobs.get(this.href).type]); };",
    )
    .unwrap();
    let count = RwSignal::new(0usize);
    let built = RwSignal::new(0);
    let _m = mount(move || {
        view! {
            <ExportCsv
                what="API keys"
                file_stem="hoop-api-keys"
                count=count
                csv=Callback::new(move |()| {
                    built.update(|n| *n += 1);
                    "Name\r\nci\r\n".to_string()
                })
            />
        }
    });
    settle().await;
    let b = query(".gw-export button").unwrap();
    assert!(b.has_attribute("disabled"), "nothing to export");
    assert!(text(".gw-export .gw-visually-hidden").contains("nothing to export"));
    count.set(120);
    settle().await;
    assert!(!b.has_attribute("disabled"));
    assert!(text(".gw-export .gw-visually-hidden").ends_with("120 rows."));
    b.click();
    settle().await;
    assert_eq!(built.get_untracked(), 1, "the text is built at click time");
    let saved = js_sys::eval(
        "const s = JSON.stringify(window.__saved);
         [URL.createObjectURL, URL.revokeObjectURL, HTMLAnchorElement.prototype.click] = window.__restore;
         s",
    )
    .unwrap()
    .as_string()
    .unwrap();
    assert!(saved.contains("\"hoop-api-keys-20"), "{saved}");
    assert!(
        saved.contains(".csv\",\"text/csv;charset=utf-8\""),
        "{saved}"
    );
    assert!(text(".gw-export__status").starts_with("Saved hoop-api-keys-"));
}

#[wasm_bindgen_test]
async fn compact_times_keep_the_exact_time_for_hover_and_screen_readers() {
    let then = js_sys::Date::new_0();
    then.set_time(js_sys::Date::now() - 3.0 * 86_400_000.0);
    let iso = String::from(then.to_iso_string());
    let _m = mount(move || view! { <Timestamp value=Some(iso) compact=true /> });
    settle().await;
    let t = query("time").unwrap();
    assert_eq!(text("time [aria-hidden=true]"), "3 d ago");
    let exact = t.get_attribute("data-exact").unwrap();
    assert_eq!(t.get_attribute("title").as_deref(), Some(exact.as_str()));
    assert_eq!(text("time .gw-visually-hidden"), exact);
}
