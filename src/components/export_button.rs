//! "Export CSV" for a list: saves the rows that match its search and filters (all of them, not
//! one page) as a dated file. The page builds the text at click time, so none is kept around.

use crate::{
    dom,
    download::{dated_csv_name, save_text, CSV_MIME},
};
use leptos::prelude::*;
use std::time::Duration;

#[component]
pub fn ExportCsv(
    /// What the rows are, in the plural: "API keys".
    what: &'static str,
    /// The file name before its date: "hoop-api-keys" gives `hoop-api-keys-2025-08-25.csv`.
    file_stem: &'static str,
    /// How many rows match the current search and filters; nothing to export at 0.
    #[prop(into)]
    count: Signal<usize>,
    /// Builds the file's text; run on each click.
    #[prop(into)]
    csv: Callback<(), String>,
) -> impl IntoView {
    let note_id = dom::unique_id("export-note");
    let (status, set_status) = signal(None::<String>);
    // The button keeps its visible name; how much it saves is its description.
    let note = move || match count.get() {
        0 => format!("No {what} match, so there is nothing to export."),
        1 => format!("Saves the {what} matching the search and filters as a CSV file: 1 row."),
        n => format!("Saves the {what} matching the search and filters as a CSV file: {n} rows."),
    };
    let export = move |_| {
        let name = dated_csv_name(file_stem);
        let saved = save_text(&name, CSV_MIME, &csv.run(()));
        // Browsers do not announce a download, so the button's status does.
        set_status.set(Some(if saved {
            format!("Saved {name}")
        } else {
            "The browser did not save the file".to_string()
        }));
        set_timeout(
            move || {
                set_status.try_set(None);
            },
            Duration::from_secs(6),
        );
    };
    view! {
        <span class="gw-export">
            <button
                type="button"
                class="gw-btn gw-btn--small"
                aria-describedby=note_id.clone()
                title=note
                disabled=move || count.get() == 0
                on:click=export
            >
                "Export CSV"
            </button>
            <span id=note_id class="gw-visually-hidden">
                {note}
            </span>
            <span class="gw-export__status" role="status" aria-live="polite">
                {move || status.get()}
            </span>
        </span>
    }
}
