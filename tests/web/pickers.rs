//! The connection picker's blocked options and search, and the attribute chip input.

use super::*;
use hoop_admin::components::{
    chip_input::ChipInput,
    group_picker::{GroupPicker, PickerNote},
};
use wasm_bindgen_test::wasm_bindgen_test;

fn type_into(selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = query(selector).unwrap().unchecked_into();
    input.set_value(value);
    js_sys::Function::new_with_args(
        "el",
        "el.dispatchEvent(new Event('input', { bubbles: true }))",
    )
    .call1(&wasm_bindgen::JsValue::NULL, &input)
    .unwrap();
}

/// Types `text` into the picker's search box and presses Enter, as a person choosing the
/// first match would.
async fn search_and_enter(text: &str) {
    type_into(".gw-picker input[type=search]", text);
    settle().await;
    key(
        &query(".gw-picker input[type=search]").unwrap(),
        "Enter",
        false,
    );
    settle().await;
}

#[wasm_bindgen_test]
async fn blocked_options_show_why_and_cannot_be_chosen() {
    let selected = RwSignal::new(Vec::<String>::new());
    let notes = vec![
        PickerNote {
            name: "pg-demo".into(),
            text: "postgres".into(),
            blocked: false,
        },
        PickerNote {
            name: "mysql-legacy".into(),
            text: "mysql: not selectable, mysql connections cannot carry machine credentials"
                .into(),
            blocked: true,
        },
    ];
    let _m = mount(move || {
        view! {
            <GroupPicker
                legend="Connections"
                noun="connection"
                selected=selected
                options=Signal::derive(|| vec!["pg-demo".to_string(), "mysql-legacy".to_string()])
                notes=Signal::derive(move || notes.clone())
            />
        }
    });
    settle().await;
    let mysql: web_sys::HtmlInputElement =
        query("input[value=mysql-legacy]").unwrap().unchecked_into();
    assert!(mysql.disabled());
    let why = mysql.get_attribute("aria-describedby").unwrap();
    assert!(text(&format!("#{why}")).contains("cannot carry machine credentials"));
    mysql.click();
    search_and_enter("mysql").await;
    assert!(
        selected.get_untracked().is_empty(),
        "a blocked option is never chosen"
    );

    search_and_enter("postgres").await;
    assert_eq!(
        selected.get_untracked(),
        ["pg-demo"],
        "notes are searched too"
    );
    let pg: web_sys::HtmlInputElement = query("input[value=pg-demo]").unwrap().unchecked_into();
    assert!(!pg.disabled() && pg.checked());
}

#[wasm_bindgen_test]
async fn search_ignores_case_beyond_ascii() {
    // Non-ASCII text is folded by the browser: the same answer as Rust's own rules.
    for s in ["Über-Team", "ΣΟΦΙΑ-OPS", "İstanbul", "ǅemal", "ci-deploy"] {
        assert_eq!(hoop_admin::text::lowercase(s), s.to_lowercase(), "{s}");
    }
    let selected = RwSignal::new(Vec::<String>::new());
    let _m = mount(move || {
        view! {
            <GroupPicker
                legend="Groups"
                noun="group"
                selected=selected
                options=Signal::derive(|| {
                    vec![
                        "admin".to_string(),
                        "Über-Team".to_string(),
                        "ΣΟΦΙΑ-ops".to_string(),
                    ]
                })
                notes=Signal::derive(Vec::new)
            />
        }
    });
    settle().await;
    for (typed, picked) in [("ÜBER", "Über-Team"), ("σοφια", "ΣΟΦΙΑ-ops")] {
        search_and_enter(typed).await;
        assert!(
            selected.get_untracked().iter().any(|g| g == picked),
            "{typed} finds {picked}"
        );
    }
    assert_eq!(selected.get_untracked().len(), 2);
}

#[wasm_bindgen_test]
async fn chips_are_added_with_enter_or_comma_and_removed_with_backspace() {
    let values = RwSignal::new(vec!["env:prod".to_string()]);
    let _m = mount(move || {
        view! { <ChipInput label="Attributes" name="attributes" values=values noun="attribute" /> }
    });
    settle().await;
    let input = query("input[name=attributes]").unwrap();
    type_into("input[name=attributes]", "team:data");
    key(&input, "Enter", false);
    settle().await;
    assert_eq!(values.get_untracked(), ["env:prod", "team:data"]);
    type_into("input[name=attributes]", "a, b,c");
    settle().await;
    assert_eq!(values.get_untracked(), ["env:prod", "team:data", "a", "b"]);
    key(&input, ",", false);
    settle().await;
    assert_eq!(values.get_untracked().last().map(String::as_str), Some("c"));
    key(&input, "Backspace", false);
    settle().await;
    assert_eq!(
        values.get_untracked().len(),
        4,
        "Backspace in the empty box removes the last"
    );
    query("button[aria-label='Remove attribute env:prod']")
        .unwrap()
        .click();
    settle().await;
    assert_eq!(values.get_untracked(), ["team:data", "a", "b"]);
}
