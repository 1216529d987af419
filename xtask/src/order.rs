//! Function order for gzip. Most of a chunk is copies of a few generic Leptos functions, one per
//! closure or type of the app, which differ in a handful of bytes; gzip only finds a repeat
//! within the last 32 KB, so copies the linker scattered across a chunk compress as strangers.
//! Sorting a module's functions by optimised body size (equal sizes by their bytes read from the
//! end) brings look-alike bodies next to each other. This module writes that order as a `name`
//! section; `wasm-opt --reorder-functions-by-name` then moves the functions (and every index
//! that points at them) and writes no names.

use crate::{
    imports::{put_leb, put_str},
    wasm_names::{functions, sections},
};

/// The module with its `name` section replaced by one that names every function by its place in
/// the order gzip likes best (imports first, where a module keeps them anyway).
pub fn ranked_names(wasm: &[u8]) -> Option<Vec<u8>> {
    let layout = functions(wasm)?;
    let body = |i: usize| &wasm[layout.bodies[i].clone()];
    let mut order: Vec<usize> = (0..layout.bodies.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (body(a), body(b));
        a.len()
            .cmp(&b.len())
            .then_with(|| a.iter().rev().cmp(b.iter().rev()))
    });
    let total = layout.imported + layout.bodies.len() as u64;
    let width = total.to_string().len();
    let mut rank = vec![0u64; layout.bodies.len()];
    for (place, &i) in order.iter().enumerate() {
        rank[i] = layout.imported + place as u64;
    }

    let mut names = Vec::new();
    put_leb(&mut names, total);
    for index in 0..total {
        put_leb(&mut names, index);
        let place = index
            .checked_sub(layout.imported)
            .map_or(index, |i| rank[i as usize]);
        put_str(&mut names, &format!("{place:0width$}"));
    }
    let mut section = Vec::new();
    put_str(&mut section, "name");
    section.push(1); // the function names subsection
    put_leb(&mut section, names.len() as u64);
    section.extend(names);

    let mut out = wasm[..8].to_vec();
    for (id, range) in sections(wasm)? {
        let contents = &wasm[range];
        if id == 0 && contents.starts_with(b"\x04name") {
            continue;
        }
        out.push(id);
        put_leb(&mut out, contents.len() as u64);
        out.extend_from_slice(contents);
    }
    out.push(0);
    put_leb(&mut out, section.len() as u64);
    out.extend(section);
    Some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ranks_by_size_then_by_bytes_from_the_end() {
        // One import; defined bodies of 4, 2 and 2 bytes, the last two differing in their
        // second byte; an old name section that must go.
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let import = b"\x01\x01m\x01f\x00\x00";
        wasm.extend([2, import.len() as u8]);
        wasm.extend(import);
        let code = b"\x03\x04\x00\x01\x01\x0b\x02\x00\x0c\x02\x00\x0b";
        wasm.extend([10, code.len() as u8]);
        wasm.extend(code);
        let old = b"\x04name\x01\x05\x01\x01\x01x";
        wasm.extend([0, old.len() as u8]);
        wasm.extend(old);

        let named = super::ranked_names(&wasm).unwrap();
        let mut got = crate::wasm_names::bodies(&named).unwrap();
        got.sort();
        // `00\x0b` ends below `00\x0c`, so the third function goes before the second.
        let want = [("1", 2), ("2", 2), ("3", 4)].map(|(n, s)| (n.to_string(), s));
        assert_eq!(got, want);
        let body = |i: usize| {
            let f = crate::wasm_names::functions(&named).unwrap();
            named[f.bodies[i].clone()].to_vec()
        };
        assert_eq!(body(2), b"\x00\x0b");
        assert_eq!(
            crate::wasm_names::custom_sections(&named).unwrap(),
            ["name"]
        );
        assert_eq!(super::ranked_names(b"not wasm"), None);
    }
}
