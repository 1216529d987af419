//! Step exports: drops wasm-streams' JS classes (`IntoUnderlyingByteSource`,
//! `IntoUnderlyingSink`, `IntoUnderlyingSource`). Leptos links them in with its server-function
//! client, which the console never calls; as wasm exports they kept their code in the shell and
//! their classes in the glue, on every first load. Their exports and classes go before wasm-opt,
//! which then drops the code behind them. A glue that still names one of them afterwards (a
//! `__wrap`, say, if some code of ours ever hands one to JS) stops the build.

use crate::imports::{find_section, put_str, with_section};
use std::collections::BTreeSet;

type Result<T> = std::result::Result<T, String>;

const CLASSES: &[&str] = &[
    "IntoUnderlyingByteSource",
    "IntoUnderlyingSink",
    "IntoUnderlyingSource",
];

/// The wasm without the classes' exports, and the glue without the classes.
pub fn drop_unused(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String)> {
    let mut js = glue.to_string();
    let mut exports = BTreeSet::new();
    for class in CLASSES {
        for (from, to) in [
            (format!("export class {class} {{\n"), "\n}\n"),
            (format!("if (Symbol.dispose) {class}.prototype"), "\n"),
            (format!("const {class}Finalization = "), ";\n"),
        ] {
            let gone = cut(&mut js, &from, to)
                .ok_or_else(|| format!("the glue has no single `{}`", from.trim_end()))?;
            exports.extend(wasm_calls(&gone));
        }
        if js.contains(class) {
            return Err(format!("the glue uses {class} outside its class"));
        }
    }
    if let Some(name) = exports.iter().find(|e| js.contains(e.as_str())) {
        return Err(format!("the glue calls {name} outside the dropped classes"));
    }
    Ok((without_exports(wasm, &exports)?, js))
}

/// Removes the one text that starts with `from` and ends with the first `to` after it; `None`
/// when `from` is not there exactly once.
fn cut(js: &mut String, from: &str, to: &str) -> Option<String> {
    if js.matches(from).count() != 1 {
        return None;
    }
    let start = js.find(from)?;
    let end = start + from.len() + js[start + from.len()..].find(to)? + to.len();
    Some(js.drain(start..end).collect())
}

/// The wasm exports a piece of glue calls (`wasm.name(`).
fn wasm_calls(js: &str) -> Vec<String> {
    js.split("wasm.")
        .skip(1)
        .filter_map(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty() && rest[name.len()..].starts_with('(')).then_some(name)
        })
        .collect()
}

/// The module with `names` left out of its export section; each must be there.
fn without_exports(wasm: &[u8], names: &BTreeSet<String>) -> Result<Vec<u8>> {
    let Some((mut r, at)) = find_section(wasm, 7)? else {
        return Err("the shell has no export section".into());
    };
    let (mut kept, mut entries, mut found) = (0, Vec::new(), 0);
    for _ in 0..r.leb()? {
        let name = r.string()?;
        let from = r.i;
        r.byte()?;
        r.leb()?;
        if names.contains(&name) {
            found += 1;
            continue;
        }
        kept += 1;
        put_str(&mut entries, &name);
        entries.extend_from_slice(&wasm[from..r.i]);
    }
    if r.i != at.end {
        return Err("the export section has bytes after its entries".into());
    }
    if found != names.len() {
        return Err(format!(
            "the wasm exports {found} of the {} functions the dropped classes call",
            names.len()
        ));
    }
    Ok(with_section(wasm, at, 7, kept, &entries))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::imports::put_leb;

    const RECORDED_GLUE: &str = include_str!("../samples/hoop-admin.js");

    /// A module exporting `names` as functions 0, 1, … (the export section is all it needs).
    fn module(names: &[&str]) -> Vec<u8> {
        let indexed: Vec<(&str, u64)> = names.iter().copied().zip(0..).collect();
        module_with(&indexed)
    }

    fn module_with(exports: &[(&str, u64)]) -> Vec<u8> {
        let mut body = Vec::new();
        put_leb(&mut body, exports.len() as u64);
        for (name, index) in exports {
            put_str(&mut body, name);
            body.push(0);
            put_leb(&mut body, *index);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.push(7);
        put_leb(&mut wasm, body.len() as u64);
        wasm.extend(body);
        wasm
    }

    #[test]
    fn the_recorded_glue_loses_the_classes_and_the_wasm_their_exports() {
        let called = wasm_calls(RECORDED_GLUE);
        let dropped: Vec<&str> = called
            .iter()
            .map(String::as_str)
            .filter(|n| n.contains("intounderlying"))
            .collect();
        assert_eq!(dropped.len(), 16, "{dropped:?}");
        let mut names: Vec<&str> = dropped.clone();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 13);
        // Kept exports keep their place and function.
        names.insert(5, "main");
        names.push("memory");
        let (wasm, js) = drop_unused(&module(&names), RECORDED_GLUE).unwrap();
        assert_eq!(wasm, module_with(&[("main", 5), ("memory", 14)]));
        assert!(!js.to_lowercase().contains("intounderlying"));
        // No other top-level statement of the glue goes.
        let top = |js: &str| {
            js.lines()
                .filter(|l| !l.starts_with(' ') && *l != "}" && !l.contains("IntoUnderlying"))
                .count()
        };
        assert_eq!(top(&js), top(RECORDED_GLUE));
    }

    #[test]
    fn a_glue_that_creates_a_class_stops_the_build() {
        let glue =
            format!("{RECORDED_GLUE}\nfunction f(p) {{ return IntoUnderlyingSink.__wrap(p); }}\n");
        let err = drop_unused(&module(&["memory"]), &glue).unwrap_err();
        assert!(
            err.contains("IntoUnderlyingSink outside its class"),
            "{err}"
        );
        let err = drop_unused(&module(&["memory"]), RECORDED_GLUE).unwrap_err();
        assert!(err.contains("the wasm exports 0 of the"), "{err}");
    }

    #[test]
    fn only_calls_count_as_exports() {
        assert_eq!(
            wasm_calls("wasm.a_b(1); wasm.memory.buffer; wasm.d ("),
            ["a_b"]
        );
    }
}
