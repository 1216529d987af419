//! What a list's row slots rely on when a slot is given another row: times, badges and the row
//! menu follow their signals in place, and an open menu never outlives the item it was for.

use super::*;
use hoop_admin::components::{
    data_table::{Slots, FIRST_SCREEN},
    row_menu::{MenuItem, RowMenu},
    status_badge::{StatusBadge, Tone},
    timestamp::Timestamp,
};
use wasm_bindgen_test::wasm_bindgen_test;

fn days_ago(days: f64) -> String {
    let then = js_sys::Date::new_0();
    then.set_time(js_sys::Date::now() - days * 86_400_000.0);
    String::from(then.to_iso_string())
}

#[wasm_bindgen_test]
async fn times_and_badges_are_rewritten_in_place_for_another_row() {
    let at = RwSignal::new(Some(days_ago(3.0)));
    let tone = RwSignal::new(Tone::Warn);
    let words = RwSignal::new("Not used for 90 days".to_string());
    let _m = mount(move || {
        view! {
            <Timestamp value=at compact=true />
            <StatusBadge text=words tone=tone />
        }
    });
    settle().await;
    let time = query("time").unwrap();
    assert_eq!(text("time [aria-hidden=true]"), "3 d ago");
    let badge = query(".gw-badge--warn").unwrap();
    assert_eq!(badge.text_content().unwrap(), "▲Not used for 90 days");

    let other = days_ago(10.0);
    at.set(Some(other.clone()));
    tone.set(Tone::Plain);
    words.set("Never used".into());
    settle().await;
    let now = query("time").unwrap();
    assert!(now.is_same_node(Some(&time)), "the same element, rewritten");
    assert_eq!(now.get_attribute("datetime"), Some(other));
    assert_eq!(text("time [aria-hidden=true]"), "10 d ago");
    assert_eq!(
        now.get_attribute("title"),
        Some(text("time .gw-visually-hidden"))
    );
    // Plain words: no badge, and the icon is not drawn.
    assert!(query(".gw-badge").is_none());
    let plain = query(".gw-muted").unwrap();
    assert!(plain.is_same_node(Some(&badge)));
    assert_eq!(plain.inner_text(), "Never used");

    at.set(None);
    settle().await;
    assert!(query("time").is_none());
    assert_eq!(text(".gw-muted"), "—");
}

#[wasm_bindgen_test]
async fn an_open_row_menu_closes_when_its_row_shows_another_item() {
    let name = RwSignal::new("ci-deploy".to_string());
    let chosen = RwSignal::new(Vec::<String>::new());
    let _m = mount(move || {
        let items = Callback::new(move |()| {
            // Built at opening, for the item the row shows then.
            let item = name.get_untracked();
            vec![MenuItem {
                label: "Configure".into(),
                danger: false,
                on_select: Callback::new(move |_| chosen.update(|c| c.push(item.clone()))),
            }]
        });
        view! {
            <RowMenu
                label=Signal::derive(move || format!("Actions for {}", name.get()))
                items=items
            />
        }
    });
    settle().await;
    let button = query("button[aria-haspopup=menu]").unwrap();
    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(query("[role=menu]").is_some());

    name.set("nightly-backup".into());
    settle().await;
    assert!(
        query("[role=menu]").is_none(),
        "its entries were for ci-deploy"
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("Actions for nightly-backup")
    );

    button.click();
    settle().await;
    query("[role=menuitem]").unwrap().click();
    settle().await;
    assert_eq!(chosen.get_untracked(), vec!["nightly-backup".to_string()]);
}

/// Waits for the next frame to be painted and what follows it to run.
async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |done, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&done)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    settle().await;
}

fn shown_items() -> Vec<(String, bool)> {
    let rows = doc().query_selector_all("tbody tr").unwrap();
    (0..rows.length())
        .map(|i| {
            let tr: web_sys::HtmlElement = rows.item(i).unwrap().unchecked_into();
            (tr.text_content().unwrap_or_default(), tr.hidden())
        })
        .collect()
}

#[wasm_bindgen_test]
async fn every_row_slot_ends_up_showing_the_latest_rows() {
    let named = |prefix: &str, n: usize| (0..n).map(|i| format!("{prefix}{i}")).collect();
    let rows = RwSignal::new(named("a", FIRST_SCREEN + 5));
    let _m = mount(move || {
        let slots = Slots::new(Signal::from(rows));
        let count = slots.count();
        // Below the window, where slots follow their rows only after the frame.
        view! {
            <div style="height: 300vh"></div>
            <table>
                <tbody>
                    <For each=move || 0..count.get() key=|i| *i let:i>
                        {
                            let (row, hidden, tr) = slots.slot(i);
                            view! {
                                <tr node_ref=tr hidden=hidden>
                                    <td>{move || row.get().unwrap_or_default()}</td>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
        }
    });
    next_frame().await;
    let first: Vec<(String, bool)> = (0..FIRST_SCREEN + 5)
        .map(|i| (format!("a{i}"), false))
        .collect();
    assert_eq!(shown_items(), first);

    // Two changes in a row, then fewer rows: the slots show the last, and the slots the page
    // no longer uses are hidden at once and keep what they showed.
    rows.set(named("b", FIRST_SCREEN + 5));
    leptos::task::tick().await;
    rows.set(named("c", FIRST_SCREEN + 3));
    settle().await;
    let shown = shown_items();
    assert!(shown[FIRST_SCREEN + 3].1 && shown[FIRST_SCREEN + 4].1);
    next_frame().await;
    let shown = shown_items();
    let used: Vec<(String, bool)> = (0..FIRST_SCREEN + 3)
        .map(|i| (format!("c{i}"), false))
        .collect();
    assert_eq!(shown[..FIRST_SCREEN + 3], used[..]);
    assert!(shown[FIRST_SCREEN + 3].1 && shown[FIRST_SCREEN + 4].1);
}
