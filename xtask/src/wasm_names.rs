//! Who owns a wasm chunk's bytes: reads the splitter's output (which still has its `name`
//! section, unlike the optimised files shipped) and lists the largest function bodies by name.
//! Body sizes are before wasm-opt, so they rank owners rather than give shipped bytes. Also
//! lists custom sections, which the build checks the shipped files are free of.

use std::collections::HashMap;

fn leb(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let (mut out, mut shift) = (0u64, 0);
    loop {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        out |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(out);
        }
        shift += 7;
        if shift > 63 {
            return None;
        }
    }
}

fn name(bytes: &[u8], pos: &mut usize) -> Option<String> {
    let len = leb(bytes, pos)? as usize;
    let s = bytes.get(*pos..*pos + len)?;
    *pos += len;
    Some(String::from_utf8_lossy(s).into_owned())
}

/// Adds the function names of a `name` custom section (other custom sections add nothing).
fn function_names(section: &[u8], names: &mut HashMap<u64, String>) -> Option<()> {
    let mut p = 0;
    if name(section, &mut p)? != "name" {
        return Some(());
    }
    while p < section.len() {
        let sub = section[p];
        p += 1;
        let sub_len = leb(section, &mut p)? as usize;
        let sub_end = p + sub_len;
        if sub == 1 {
            for _ in 0..leb(section, &mut p)? {
                let index = leb(section, &mut p)?;
                names.insert(index, name(section, &mut p)?);
            }
        }
        p = sub_end;
    }
    Some(())
}

/// Where a module's functions are: how many are imported (they take the first indexes) and
/// the byte range of each defined function's body, in index order.
pub struct Functions {
    pub imported: u64,
    pub bodies: Vec<std::ops::Range<usize>>,
}

/// The sections of a module as (id, byte range of the contents).
pub fn sections(wasm: &[u8]) -> Option<Vec<(u8, std::ops::Range<usize>)>> {
    if wasm.get(..4)? != b"\0asm" {
        return None;
    }
    let mut pos = 8;
    let mut out = Vec::new();
    while pos < wasm.len() {
        let id = wasm[pos];
        pos += 1;
        let len = leb(wasm, &mut pos)? as usize;
        wasm.get(pos..pos + len)?;
        out.push((id, pos..pos + len));
        pos += len;
    }
    Some(out)
}

/// The module's imported function count and defined function bodies, read with the build's
/// module reader (`crate::imports`).
pub fn functions(wasm: &[u8]) -> Option<Functions> {
    use crate::imports::{find_section, import_section};
    let mut out = Functions {
        imported: 0,
        bodies: Vec::new(),
    };
    if let Some((imports, _)) = import_section(wasm).ok()? {
        out.imported = imports.iter().filter(|i| i.is_function()).count() as u64;
    }
    if let Some((mut code, at)) = find_section(wasm, 10).ok()? {
        for _ in 0..code.leb().ok()? {
            let size = code.leb().ok()? as usize;
            if code.i + size > at.end {
                return None;
            }
            out.bodies.push(code.i..code.i + size);
            code.i += size;
        }
    }
    Some(out)
}

/// (function name, body bytes) of every defined function, largest first.
pub fn bodies(wasm: &[u8]) -> Option<Vec<(String, u64)>> {
    let functions = functions(wasm)?;
    let mut names: HashMap<u64, String> = HashMap::new();
    for (id, range) in sections(wasm)? {
        if id == 0 {
            function_names(&wasm[range], &mut names)?;
        }
    }
    let mut out: Vec<(String, u64)> = functions
        .bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let index = functions.imported + i as u64;
            let n = names
                .remove(&index)
                .unwrap_or_else(|| format!("function #{index}"));
            (n, body.len() as u64)
        })
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Some(out)
}

/// The names of a module's custom sections, in order.
pub fn custom_sections(wasm: &[u8]) -> Option<Vec<String>> {
    sections(wasm)?
        .into_iter()
        .filter(|(id, _)| *id == 0)
        .map(|(_, range)| name(&wasm[range], &mut 0))
        .collect()
}

/// A legacy-mangled Rust symbol (`_ZN…E`) as a path, without its hash; others as they are.
pub fn demangle(name: &str) -> String {
    let Some(mut rest) = name.strip_prefix("_ZN") else {
        return name.to_string();
    };
    let mut parts = Vec::new();
    while let Some(digits) = rest.find(|c: char| !c.is_ascii_digit()).filter(|&i| i > 0) {
        let Ok(len) = rest[..digits].parse::<usize>() else {
            break;
        };
        let Some(ident) = rest.get(digits..digits + len) else {
            break;
        };
        // rustc puts `_` before an identifier that starts with an escape.
        parts.push(
            ident
                .strip_prefix('_')
                .filter(|i| i.starts_with('$'))
                .unwrap_or(ident),
        );
        rest = &rest[digits + len..];
    }
    if parts
        .last()
        .is_some_and(|p| p.len() == 17 && p.starts_with('h'))
    {
        parts.pop();
    }
    let mut out = parts.join("::").replace("..", "::");
    for (code, text) in [
        ("$LT$", "<"),
        ("$GT$", ">"),
        ("$RF$", "&"),
        ("$BP$", "*"),
        ("$C$", ","),
        ("$LP$", "("),
        ("$RP$", ")"),
        ("$SP$", "@"),
        ("$u20$", " "),
        ("$u27$", "'"),
        ("$u2b$", "+"),
        ("$u3b$", ";"),
        ("$u3d$", "="),
        ("$u5b$", "["),
        ("$u5d$", "]"),
        ("$u7b$", "{"),
        ("$u7d$", "}"),
        ("$u7e$", "~"),
        ("$u21$", "!"),
    ] {
        out = out.replace(code, text);
    }
    out
}

/// A function's name as a path, shortened to fit a line.
pub fn short(name: &str) -> String {
    let path = demangle(name);
    if path.chars().count() > 110 {
        let head: String = path.chars().take(107).collect();
        format!("{head}...")
    } else {
        path
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_bodies_and_names() {
        // One imported function, two defined ones (bodies of 4 and 2 bytes), names for both.
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let import = b"\x01\x01m\x01f\x00\x00";
        wasm.extend([2, import.len() as u8]);
        wasm.extend(import);
        let code = b"\x02\x04\x00\x01\x01\x0b\x02\x00\x0b";
        wasm.extend([10, code.len() as u8]);
        wasm.extend(code);
        let names = b"\x04name\x01\x0c\x02\x01\x03big\x02\x04tiny";
        wasm.extend([0, names.len() as u8]);
        wasm.extend(names);
        let got = super::bodies(&wasm).unwrap();
        assert_eq!(got, [("big".to_string(), 4), ("tiny".to_string(), 2)]);
        assert_eq!(super::custom_sections(&wasm).unwrap(), ["name"]);
        assert_eq!(
            super::custom_sections(b"\0asm\x01\0\0\0").unwrap(),
            [] as [&str; 0]
        );
        assert_eq!(super::custom_sections(b"not wasm"), None);
        assert_eq!(
            super::short("_ZN10hoop_admin10components8row_menu7RowMenu17h920523febb4988edE"),
            "hoop_admin::components::row_menu::RowMenu"
        );
        assert_eq!(
            super::demangle("_ZN50_$LT$T$u20$as$u20$reactive_graph..traits..Read$GT$8try_read17hf8f2b8b3ec701a62E"),
            "<T as reactive_graph::traits::Read>::try_read"
        );
    }
}
