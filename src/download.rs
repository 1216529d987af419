//! Saving text the app made (a CSV export) as a file, without a round trip to a server.

use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

pub const CSV_MIME: &str = "text/csv;charset=utf-8";

/// `{stem}-YYYY-MM-DD.csv` with the reader's local date, so exports from different days sort
/// and do not overwrite each other.
pub fn dated_csv_name(stem: &str) -> String {
    format!("{stem}-{}.csv", local_date())
}

/// Today in the reader's time zone as `YYYY-MM-DD` (UTC when not in a browser).
pub fn local_date() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        format!(
            "{:04}-{:02}-{:02}",
            d.get_full_year(),
            d.get_month() + 1,
            d.get_date()
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        crate::format::rfc3339_utc(crate::format::now_ms())[..10].to_string()
    }
}

/// Offers `text` as a download named `name`: a Blob behind an object URL, clicked through a
/// temporary `<a download>`. Returns false when the browser refused a step.
pub fn save_text(name: &str, mime: &str, text: &str) -> bool {
    save(name, mime, text).is_ok()
}

fn save(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let doc = window.document().ok_or(JsValue::NULL)?;
    let body = doc.body().ok_or(JsValue::NULL)?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement = doc.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    // Attached while clicked: some browsers ignore clicks on detached links.
    body.append_child(&link)?;
    link.click();
    link.remove();
    // Revoking at once can cancel a download that has not started reading the Blob yet; a few
    // seconds later the browser holds its own reference, and the memory is freed.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(5),
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_date() {
        let name = dated_csv_name("hoop-api-keys");
        let date = name
            .strip_prefix("hoop-api-keys-")
            .and_then(|d| d.strip_suffix(".csv"))
            .unwrap();
        let b = date.as_bytes();
        assert_eq!((b.len(), b[4], b[7]), (10, b'-', b'-'), "{name}");
        assert!(date.bytes().filter(u8::is_ascii_digit).count() == 8);
    }
}
