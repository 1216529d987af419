//! Step imports: short names for the shell's JS imports. wasm-bindgen names each import after
//! its JS function plus a 16-digit hash (`__wbg_setAttribute_1a9337c05100b9ed`) from a module
//! named `./hoop-admin_bg.js`; both appear in the wasm's import section and the names again as
//! keys of the glue's import object. The hashes do not compress, and every chunk's imports
//! live in the shell, so they weigh on every first load. Each becomes a short name, the same in
//! both files, and nothing else changes.

use std::{collections::HashMap, ops::Range};

/// The import module the glue provides, and what it is renamed to.
const MODULE: &str = "./hoop-admin_bg.js";
const SHORT_MODULE: &str = "b";

type Result<T> = std::result::Result<T, String>;

/// The wasm with `MODULE`'s imports renamed, and the glue pointed at the new names.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String)> {
    let (imports, at) = import_section(wasm)?.ok_or("the shell has no import section")?;
    let mut names = HashMap::new();
    let mut entries = Vec::new();
    for imp in &imports {
        let (module, name) = if imp.module == MODULE {
            let short = short_name(names.len());
            if names.insert(imp.name.clone(), short.clone()).is_some() {
                return Err(format!("{} is imported twice", imp.name));
            }
            (SHORT_MODULE, short)
        } else {
            (imp.module.as_str(), imp.name.clone())
        };
        put_str(&mut entries, module);
        put_str(&mut entries, &name);
        entries.extend_from_slice(&imp.desc);
    }
    if names.is_empty() {
        return Err(format!("the shell imports nothing from {MODULE}"));
    }
    let out = with_section(wasm, at, 2, imports.len(), &entries);

    let from = format!("\"{MODULE}\":");
    if glue.matches(&from).count() != 1 {
        return Err(format!("the glue does not name {from} exactly once"));
    }
    let glue = glue.replace(&from, &format!("\"{SHORT_MODULE}\":"));
    let (glue, seen) = rename_identifiers(&glue, &names);
    if seen != names.len() {
        return Err(format!(
            "the glue defines {seen} of the {} imports the wasm names",
            names.len()
        ));
    }
    Ok((out, glue))
}

pub struct Import {
    module: String,
    name: String,
    /// The kind byte and its description, copied as they are.
    desc: Vec<u8>,
}

impl Import {
    /// Whether it imports a function (which takes one of the first function indexes).
    pub fn is_function(&self) -> bool {
        self.desc.first() == Some(&0)
    }
}

/// The first section with id `wanted`: a reader at its contents, and where the whole section
/// (id and size included) lies.
pub fn find_section(wasm: &[u8], wanted: u8) -> Result<Option<(Reader<'_>, Range<usize>)>> {
    if wasm.len() < 8 || &wasm[..4] != b"\0asm" {
        return Err("not a wasm module".into());
    }
    let mut r = Reader { b: wasm, i: 8 };
    while r.i < wasm.len() {
        let start = r.i;
        let id = r.byte()?;
        let size = r.leb()? as usize;
        let end = r.i + size;
        if end > wasm.len() {
            return Err("a section runs past the end".into());
        }
        if id == wanted {
            return Ok(Some((r, start..end)));
        }
        r.i = end;
    }
    Ok(None)
}

/// `wasm` with the section at `at` replaced by section `id` of `count` `entries`.
pub fn with_section(
    wasm: &[u8],
    at: Range<usize>,
    id: u8,
    count: usize,
    entries: &[u8],
) -> Vec<u8> {
    let mut body = Vec::new();
    put_leb(&mut body, count as u64);
    body.extend_from_slice(entries);
    let mut out = wasm[..at.start].to_vec();
    out.push(id);
    put_leb(&mut out, body.len() as u64);
    out.extend(body);
    out.extend_from_slice(&wasm[at.end..]);
    out
}

/// The import section's entries and where the section (id and size included) lies.
pub fn import_section(wasm: &[u8]) -> Result<Option<(Vec<Import>, Range<usize>)>> {
    let Some((mut r, at)) = find_section(wasm, 2)? else {
        return Ok(None);
    };
    let mut list = Vec::new();
    for _ in 0..r.leb()? {
        let module = r.string()?;
        let name = r.string()?;
        let from = r.i;
        match r.byte()? {
            0 => {
                r.leb()?;
            }
            1 => {
                r.byte()?;
                r.limits()?;
            }
            2 => r.limits()?,
            3 => {
                r.byte()?;
                r.byte()?;
            }
            4 => {
                r.byte()?;
                r.leb()?;
            }
            k => return Err(format!("import kind {k} unknown")),
        }
        list.push(Import {
            module,
            name,
            desc: wasm[from..r.i].to_vec(),
        });
    }
    if r.i != at.end {
        return Err("the import section has bytes after its entries".into());
    }
    Ok(Some((list, at)))
}

pub struct Reader<'a> {
    pub b: &'a [u8],
    pub i: usize,
}

impl Reader<'_> {
    pub fn byte(&mut self) -> Result<u8> {
        let v = *self.b.get(self.i).ok_or("the module ends early")?;
        self.i += 1;
        Ok(v)
    }

    pub fn leb(&mut self) -> Result<u64> {
        let (mut v, mut shift) = (0u64, 0);
        loop {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
            shift += 7;
            if shift > 63 {
                return Err("a number is too long".into());
            }
        }
    }

    pub fn string(&mut self) -> Result<String> {
        let n = self.leb()? as usize;
        let s = self
            .b
            .get(self.i..self.i + n)
            .ok_or("a name runs past the end")?;
        self.i += n;
        String::from_utf8(s.to_vec()).map_err(|e| e.to_string())
    }

    fn limits(&mut self) -> Result<()> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Ok(())
    }
}

pub fn put_leb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put_leb(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// `a`…`z`, `A`…`Z`, then `aa`, `ab`…: letters only, so each is a plain property name.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut s = Vec::new();
    loop {
        s.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Replaces whole identifiers found in `names`; returns the text and how many distinct names
/// it met.
fn rename_identifiers(js: &str, names: &HashMap<String, String>) -> (String, usize) {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let mut out = String::with_capacity(js.len());
    let mut seen = std::collections::HashSet::new();
    let mut rest = js;
    while let Some(start) = rest.find(ident) {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        let len = tail.find(|c: char| !ident(c)).unwrap_or(tail.len());
        let word = &tail[..len];
        match names.get(word) {
            Some(short) => {
                seen.insert(word);
                out.push_str(short);
            }
            None => out.push_str(word),
        }
        rest = &tail[len..];
    }
    out.push_str(rest);
    (out, seen.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module importing two functions from the glue and its memory from elsewhere, with a
    /// type section before and a custom section after the imports.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        put_leb(&mut imports, 3);
        for name in ["__wbg_alert_0123456789abcdef", "__wbg_now_fedcba9876543210"] {
            put_str(&mut imports, MODULE);
            put_str(&mut imports, name);
            imports.extend([0, 0]);
        }
        put_str(&mut imports, "env");
        put_str(&mut imports, "memory");
        imports.extend([2, 1, 1, 2]);
        let mut m = b"\0asm\x01\0\0\0".to_vec();
        m.extend([1, 4, 1, 0x60, 0, 0]);
        m.push(2);
        put_leb(&mut m, imports.len() as u64);
        m.extend(imports);
        m.extend([0, 3, 2, b'h', b'i']);
        m
    }

    const GLUE: &str = "const i = { \"./hoop-admin_bg.js\": o };\n\
        o.__wbg_alert_0123456789abcdef = function(a) { alert(a) };\n\
        o.__wbg_now_fedcba9876543210 = () => Date.now();\n\
        const __wbg_alert_0123456789abcdefx = 1;";

    #[test]
    fn imports_get_short_names_in_the_wasm_and_the_glue() {
        let (wasm, glue) = shorten(&module(), GLUE).unwrap();
        let (imports, at) = import_section(&wasm).unwrap().unwrap();
        let named: Vec<_> = imports
            .iter()
            .map(|i| (i.module.as_str(), i.name.as_str()))
            .collect();
        assert_eq!(named, [("b", "a"), ("b", "b"), ("env", "memory")]);
        assert_eq!(imports[2].desc, [2, 1, 1, 2], "descriptions are copied");
        assert_eq!(&wasm[..at.start], &module()[..14], "sections before stay");
        assert_eq!(
            &wasm[at.end..],
            [0, 3, 2, b'h', b'i'],
            "sections after stay"
        );
        assert_eq!(
            glue,
            "const i = { \"b\": o };\no.a = function(a) { alert(a) };\n\
             o.b = () => Date.now();\nconst __wbg_alert_0123456789abcdefx = 1;",
            "whole names only"
        );
    }

    #[test]
    fn a_glue_that_lacks_an_import_stops_the_build() {
        let glue = GLUE.replace("o.__wbg_now_fedcba9876543210", "o.other");
        assert!(shorten(&module(), &glue)
            .unwrap_err()
            .contains("defines 1 of the 2"));
        assert!(shorten(b"nope", GLUE).is_err());
    }

    #[test]
    fn short_names_are_distinct_letters() {
        let all: std::collections::HashSet<_> = (0..3000).map(short_name).collect();
        assert_eq!(all.len(), 3000);
        assert_eq!(
            (short_name(0), short_name(51), short_name(52)),
            ("a".into(), "Z".into(), "aa".into())
        );
        assert!(all
            .iter()
            .all(|n| n.bytes().all(|b| b.is_ascii_alphabetic())));
    }
}
