//! CSV text for the list exports: RFC 4180 (comma, CRLF, quoted where needed), UTF-8 with a
//! byte order mark. Pure, so it is tested natively; saving the file is `download`'s job.

/// Excel opens a double-clicked `.csv` in the system's legacy code page unless the file starts
/// with a UTF-8 byte order mark; without it, names such as "Zoë" would turn into mojibake.
pub const BOM: char = '\u{feff}';

/// Leading characters that make a spreadsheet read a cell as a formula (or, for tab and
/// carriage return, hide one behind whitespace).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The whole file: BOM, `header`, then one line per row, each line ending in CRLF.
///
/// Every cell goes through [`cell`], which is the one place exported text is neutralised.
pub fn write<R, C>(header: &[&str], rows: R) -> String
where
    R: IntoIterator,
    R::Item: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut out = String::from(BOM);
    line(&mut out, header);
    for row in rows {
        line(&mut out, row);
    }
    out
}

fn line<C: AsRef<str>>(out: &mut String, cells: impl IntoIterator<Item = C>) {
    for (i, c) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell(c.as_ref()));
    }
    out.push_str("\r\n");
}

/// One cell as written. Following OWASP's advice on CSV injection, a cell that starts with
/// `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so a spreadsheet shows it as
/// text instead of running it (a key named `=HYPERLINK(…)` stays a name). Then, per RFC 4180,
/// a cell holding `"`, `,`, CR or LF is quoted, with its quotes doubled.
pub fn cell(value: &str) -> String {
    let neutral = if value.starts_with(FORMULA_STARTS) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if neutral.contains(['"', ',', '\r', '\n']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// Several values in one cell ("pg-demo; ssh-bastion"), as the exports show lists.
pub fn joined(values: &[String]) -> String {
    values.join("; ")
}

/// A strict RFC 4180 reader for the tests of what `write` produces; the app never reads CSV.
#[cfg(test)]
pub fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix(BOM).expect("starts with the BOM");
    let mut rows = Vec::new();
    let (mut row, mut cell, mut quoted) = (Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') => {
                assert!(cell.is_empty(), "a quote inside an unquoted cell");
                quoted = true;
            }
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "a bare CR");
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, '\n') => panic!("a bare LF ends a line"),
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "an unterminated quote");
    assert!(
        row.is_empty() && cell.is_empty(),
        "the last line lacks CRLF"
    );
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(value: &str) -> String {
        let text = write(&["h"], [[value]]);
        text.strip_prefix("\u{feff}h\r\n")
            .and_then(|t| t.strip_suffix("\r\n"))
            .unwrap()
            .to_string()
    }

    #[test]
    fn starts_with_the_bom_and_ends_lines_with_crlf() {
        let text = write(&["Name", "ID"], [vec!["a", "1"], vec!["b", "2"]]);
        assert_eq!(text, "\u{feff}Name,ID\r\na,1\r\nb,2\r\n");
        assert_eq!(&text.as_bytes()[..3], [0xEF, 0xBB, 0xBF]);
        assert_eq!(
            write(&["Only"], Vec::<Vec<String>>::new()),
            "\u{feff}Only\r\n"
        );
    }

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(one("plain text"), "plain text");
        assert_eq!(one(""), "");
        assert_eq!(one("a,b"), "\"a,b\"");
        assert_eq!(one("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(one("Zoë’s key"), "Zoë’s key", "UTF-8 passes as it is");
    }

    #[test]
    fn newlines_inside_a_cell_are_quoted() {
        assert_eq!(one("line 1\nline 2"), "\"line 1\nline 2\"");
        assert_eq!(one("line 1\r\nline 2"), "\"line 1\r\nline 2\"");
    }

    #[test]
    fn each_formula_start_is_neutralised() {
        assert_eq!(one("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(one("+1"), "'+1");
        assert_eq!(one("-1+2"), "'-1+2");
        assert_eq!(one("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(one("\t=1"), "'\t=1");
        assert_eq!(one("\r=1"), "\"'\r=1\"");
        // Only the first character counts.
        assert_eq!(one("a=b"), "a=b");
        assert_eq!(one("2025-08-25T12:00:00Z"), "2025-08-25T12:00:00Z");
    }

    #[test]
    fn round_trips_through_a_reader() {
        let rows = vec![
            vec!["ci-deploy", "", "sre; dev"],
            vec!["multi\r\nline, \"quoted\"", "Zoë", "x\ny"],
            vec!["=cmd|' /C calc'!A0", "-", "@"],
        ];
        let text = write(&["Name", "Description", "Groups"], rows.clone());
        let back = parse(&text);
        assert_eq!(back[0], ["Name", "Description", "Groups"]);
        assert_eq!(back[1..3], [rows[0].clone(), rows[1].clone()]);
        assert_eq!(back[3], ["'=cmd|' /C calc'!A0", "'-", "'@"]);
        assert_eq!(back.len(), 4);
    }

    #[test]
    fn joins_lists_with_semicolons() {
        assert_eq!(joined(&["pg-demo".into(), "ssh".into()]), "pg-demo; ssh");
        assert_eq!(joined(&[]), "");
    }
}
