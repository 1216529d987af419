//! `cargo xtask test`'s module-cycle check: which `src/` modules refer to which (through `use`
//! and `crate::`/`super::`/`self::` paths), and the cycles among them. A cycle is where a change
//! to one module can no longer be understood without the others; `routes.rs` in particular must
//! stay a leaf that no page depends back on.

use crate::run::{root, Result};
use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::Path,
};

/// Module path (`pages::api_keys::list`, "" for the crate root) → source text.
fn modules(src: &Path) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let Ok(rel) = path.strip_prefix(src) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            let Some(rel) = rel.strip_suffix(".rs") else {
                continue;
            };
            // The binary is another crate: it reaches the library by its name.
            if rel == "main" {
                continue;
            }
            let name = match rel {
                "lib" => String::new(),
                r => r.strip_suffix("/mod").unwrap_or(r).replace('/', "::"),
            };
            let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            out.insert(name, text);
        }
    }
    Ok(out)
}

/// The text without comments, string and char literals, so paths in prose are not counted.
fn code_only(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str("\"\"");
            }
            b'\'' if b.get(i + 2) == Some(&b'\'') || b.get(i + 1) == Some(&b'\\') => {
                // A char literal; a lifetime has no closing quote right after one char.
                i += 1;
                while i < b.len() && b[i] != b'\'' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            c => {
                out.push(c as char);
                i += 1;
            }
        }
    }
    out
}

/// Every path the code names, as segments, with how many inline modules (`mod tests { … }`)
/// it stands in: each `use` tree expanded, and every `a::b::c` elsewhere.
fn paths(code: &str) -> Vec<(usize, Vec<String>)> {
    let tokens = tokens(code);
    let mut out = Vec::new();
    // Brace depth and the depths at which inline modules opened.
    let (mut depth, mut inline) = (0usize, Vec::<usize>::new());
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i].as_str() {
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last() == Some(&depth) {
                    inline.pop();
                }
            }
            "mod" if tokens.get(i + 2).map(String::as_str) == Some("{") => {
                inline.push(depth);
                depth += 1;
                i += 3;
                continue;
            }
            "use" => {
                let mut j = i + 1;
                let mut found = Vec::new();
                use_tree(&tokens, &mut j, Vec::new(), &mut found);
                out.extend(found.into_iter().map(|p| (inline.len(), p)));
                i = j;
                continue;
            }
            t if is_ident(t) && tokens.get(i + 1).map(String::as_str) == Some("::") => {
                let mut path = vec![tokens[i].clone()];
                let mut j = i + 1;
                while tokens.get(j).map(String::as_str) == Some("::")
                    && tokens.get(j + 1).is_some_and(|t| is_ident(t))
                {
                    path.push(tokens[j + 1].clone());
                    j += 2;
                }
                out.push((inline.len(), path));
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn is_ident(t: &str) -> bool {
    t.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

fn tokens(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() || c == '_' {
            let mut word = c.to_string();
            while let Some(&n) = chars.peek() {
                if n.is_alphanumeric() || n == '_' {
                    word.push(n);
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(word);
        } else if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            out.push("::".into());
        } else if !c.is_whitespace() {
            out.push(c.to_string());
        }
    }
    out
}

/// Reads one use tree at `tokens[*i]` below `prefix`, up to its `;`, `,` or `}`.
fn use_tree(tokens: &[String], i: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    while let Some(t) = tokens.get(*i) {
        match t.as_str() {
            "::" => *i += 1,
            "{" => {
                *i += 1;
                loop {
                    use_tree(tokens, i, path.clone(), out);
                    match tokens.get(*i).map(String::as_str) {
                        Some(",") => *i += 1,
                        Some("}") => {
                            *i += 1;
                            break;
                        }
                        _ => break,
                    }
                    if tokens.get(*i).map(String::as_str) == Some("}") {
                        *i += 1;
                        break;
                    }
                }
                return;
            }
            ";" => {
                *i += 1;
                out.push(path);
                return;
            }
            "," | "}" => {
                out.push(path);
                return;
            }
            "as" => *i += 2,
            "*" => *i += 1,
            word => {
                path.push(word.to_string());
                *i += 1;
            }
        }
    }
}

/// The modules each module refers to: the deepest module each of its paths names.
fn edges(mods: &BTreeMap<String, String>) -> BTreeMap<String, BTreeSet<String>> {
    let join = |base: &str, seg: &str| {
        if base.is_empty() {
            seg.to_string()
        } else {
            format!("{base}::{seg}")
        }
    };
    let parent = |m: &str| {
        m.rsplit_once("::")
            .map_or(String::new(), |(p, _)| p.to_string())
    };
    let mut out = BTreeMap::new();
    for (name, text) in mods {
        let mut to = BTreeSet::new();
        for (inline, mut path) in paths(&code_only(text)) {
            // Inside `mod tests { … }`, the first `super` is this file's module.
            let mut skip = 0;
            while skip < inline && path.get(skip).map(String::as_str) == Some("super") {
                skip += 1;
            }
            if skip > 0 {
                path.drain(..skip);
                path.insert(0, "self".into());
            }
            if path.is_empty() {
                continue;
            }
            let (mut at, rest) = match path[0].as_str() {
                "crate" => (String::new(), &path[1..]),
                "super" => (parent(name), &path[1..]),
                "self" => (name.clone(), &path[1..]),
                first if mods.contains_key(&join(name, first)) => (join(name, first), &path[1..]),
                // Another crate, a local item or a prelude name.
                _ => continue,
            };
            for seg in rest {
                match seg.as_str() {
                    "super" => at = parent(&at),
                    "self" => {}
                    s if mods.contains_key(&join(&at, s)) => at = join(&at, s),
                    _ => break,
                }
            }
            if at != *name {
                to.insert(at);
            }
        }
        out.insert(name.clone(), to);
    }
    out
}

/// Cycles as strongly connected groups of two or more modules (Tarjan's algorithm).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on_stack.insert(v);
        let graph = s.graph;
        for w in graph.get(v).into_iter().flatten() {
            if !s.index.contains_key(w.as_str()) {
                visit(s, w);
                let lw = s.low[w.as_str()];
                let lv = s.low[v];
                s.low.insert(v, lv.min(lw));
            } else if s.on_stack.contains(w.as_str()) {
                let iw = s.index[w.as_str()];
                let lv = s.low[v];
                s.low.insert(v, lv.min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.found.push(group);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.found
}

/// The check: Err lists every cycle among `src/` modules with the references that close it.
pub fn check() -> Result {
    let mods = modules(&root().join("src"))?;
    let graph = edges(&mods);
    let found = cycles(&graph);
    if found.is_empty() {
        println!("no import cycle among {} modules of src/", mods.len());
        return Ok(());
    }
    let mut msg = format!("{} import cycle(s) among src/ modules:", found.len());
    for group in &found {
        msg.push_str("\n  ");
        let shown = |m: &str| {
            if m.is_empty() {
                "crate".to_string()
            } else {
                m.to_string()
            }
        };
        for m in group {
            let inside: Vec<String> = graph[m]
                .iter()
                .filter(|t| group.contains(t))
                .map(|t| shown(t))
                .collect();
            msg.push_str(&format!("{} -> {}; ", shown(m), inside.join(", ")));
        }
    }
    Err(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(files: &[(&str, &str)]) -> BTreeMap<String, BTreeSet<String>> {
        let mods = files
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        edges(&mods)
    }

    #[test]
    fn reads_use_trees_and_inline_paths() {
        let g = graph(&[
            ("", "pub mod a; pub mod b; pub mod c;"),
            (
                "a",
                "use crate::{b::{X, Y as Z}, c};\nfn f() { crate::c::g(); }",
            ),
            (
                "b",
                "// crate::a::x in a comment\nconst S: &str = \"crate::a\";",
            ),
            ("c", "mod d; fn f() { d::h(); super::b::Q; }"),
            ("c::d", "use super::super::a::*;"),
        ]);
        assert_eq!(g["a"], BTreeSet::from(["b".into(), "c".into()]));
        assert!(g["b"].is_empty(), "comments and strings are not references");
        assert_eq!(g["c"], BTreeSet::from(["b".into(), "c::d".into()]));
        assert_eq!(g["c::d"], BTreeSet::from(["a".into()]));
        assert_eq!(
            cycles(&g),
            vec![vec!["a".to_string(), "c".into(), "c::d".into()]]
        );
    }

    #[test]
    fn a_tree_without_back_references_has_no_cycle() {
        let g = graph(&[
            ("", "pub mod routes; pub mod pages; pub mod app;"),
            ("routes", "pub const A: &str = \"/a\";"),
            ("pages", "use crate::routes::A;"),
            ("app", "use crate::{pages, routes};"),
        ]);
        assert!(cycles(&g).is_empty());
    }

    #[test]
    fn super_in_a_test_module_is_the_file_itself() {
        let g = graph(&[
            ("", "pub mod a;"),
            ("a", "pub mod b;"),
            (
                "a::b",
                "fn f() {}\n#[cfg(test)]\nmod tests { use super::*; fn g() { super::super::X; } }",
            ),
        ]);
        assert_eq!(g["a::b"], BTreeSet::from(["a".into()]));
    }

    #[test]
    fn lifetimes_and_chars_do_not_hide_code() {
        let g = graph(&[
            ("", "pub mod a; pub mod b;"),
            (
                "a",
                "fn f<'a>(x: &'a str) -> char { let _ = '\"'; crate::b::g() }",
            ),
            ("b", ""),
        ]);
        assert_eq!(g["a"], BTreeSet::from(["b".into()]));
    }
}
