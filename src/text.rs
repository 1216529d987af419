//! Case folding for search and sort. `str::to_lowercase` brings Unicode's case tables into the
//! wasm (5 KB gzip on every list); in the browser, text that is all ASCII is folded here and
//! any other by the browser's own `toLowerCase`, which follows the same Unicode rules.

/// `s` in lower case, as `str::to_lowercase` gives it.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        other_lowercase(s)
    }
}

#[cfg(target_arch = "wasm32")]
fn other_lowercase(s: &str) -> String {
    js_sys::JsString::from(s).to_lower_case().into()
}

// Native builds (unit tests, tools) do not ship, so they may carry the tables.
#[cfg(not(target_arch = "wasm32"))]
fn other_lowercase(s: &str) -> String {
    s.to_lowercase()
}

/// The searchable text of every row of a list in one string, so that a keystroke runs the
/// string searcher over it once per matching row, not once per row: building a searcher for
/// each of 10 000 short texts cost more than the searching itself.
#[derive(Debug, Default, PartialEq)]
pub struct Haystacks {
    text: String,
    /// Where each row's text starts in `text`; the rows are joined by a line break.
    starts: Vec<usize>,
}

impl Haystacks {
    pub fn new<'a>(rows: impl IntoIterator<Item = &'a str>) -> Self {
        let mut text = String::new();
        let mut starts = Vec::new();
        for row in rows {
            starts.push(text.len());
            text.push_str(row);
            text.push('\n');
        }
        Self { text, starts }
    }

    /// For each row, whether its text contains `needle` (every row for an empty needle).
    pub fn hits(&self, needle: &str) -> Vec<bool> {
        let rows = self.starts.len();
        if needle.is_empty() {
            return vec![true; rows];
        }
        let mut hits = vec![false; rows];
        let (mut from, mut row) = (0, 0);
        while let Some(found) = self.text[from..].find(needle) {
            let at = from + found;
            while row + 1 < rows && self.starts[row + 1] <= at {
                row += 1;
            }
            // Where the row's text ends: before the line break that follows every row.
            let end = self.starts.get(row + 1).map_or(self.text.len(), |&s| s) - 1;
            if at + needle.len() <= end {
                hits[row] = true;
                match self.starts.get(row + 1) {
                    Some(&next) => from = next,
                    None => break,
                }
            } else {
                // The match runs into the next row: look again one character further on.
                from = at + self.text[at..].chars().next().map_or(1, char::len_utf8);
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_and_other_text() {
        assert_eq!(super::lowercase("CI-Deploy_01"), "ci-deploy_01");
        assert_eq!(super::lowercase("Über ΣΟΦΙΑ"), "über σοφια");
        assert_eq!(super::lowercase(""), "");
    }

    #[test]
    fn rows_that_contain_a_needle() {
        let rows = ["alpha\nops", "beta", "", "alphabet\nalpha"];
        let hay = super::Haystacks::new(rows);
        assert_eq!(hay.hits("alpha"), [true, false, false, true]);
        assert_eq!(hay.hits("a"), [true, true, false, true]);
        assert_eq!(hay.hits("ops"), [true, false, false, false]);
        assert_eq!(hay.hits("bet"), [false, true, false, true]);
        assert_eq!(hay.hits(""), [true; 4]);
        assert_eq!(hay.hits("zeta"), [false; 4]);
        // A needle never matches across two rows, nor the break that joins them.
        assert_eq!(hay.hits("ops\nbeta"), [false; 4]);
        assert_eq!(hay.hits("a\nb"), [false; 4]);
        assert_eq!(hay.hits("\n"), [true, false, false, true]);
        assert_eq!(hay.hits("ta\n\nal"), [false; 4]);
        // Non-ASCII text is stepped by character.
        let hay = super::Haystacks::new(["über", "σοφια\nü"]);
        assert_eq!(hay.hits("ü"), [true, true]);
        assert_eq!(hay.hits("α\nü"), [false, true]);
        assert!(super::Haystacks::new([]).hits("x").is_empty());
    }
}
