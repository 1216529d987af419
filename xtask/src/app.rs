//! The release build of the app into `dist/`: compile with the `split` feature, cut the wasm into
//! one module for the shell plus chunks that screens fetch when first needed (wasm-split), generate the JS glue
//! (wasm-bindgen), shrink every module (wasm-opt 132), then write the page, one stylesheet and
//! content-named assets so browsers may cache them forever (JS and CSS minified by esbuild).

use crate::{
    run::{cargo_home, command, quiet, root, status, target_dir, Result},
    tools,
};
use std::{
    fs,
    path::{Path, PathBuf},
};

const TARGET: &str = "wasm32-unknown-unknown";
/// Every feature the modules use, stated so wasm-opt 132 neither rejects nor lowers them.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-mutable-globals",
];

fn io(what: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{}: {e}", what.display())
}

fn read_text(p: &Path) -> Result<String> {
    fs::read_to_string(p).map_err(io(p))
}

/// Where the sources compiled into the app live: the project and each registry's sources.
fn source_prefixes() -> Vec<PathBuf> {
    let mut out = vec![root().join("")];
    if let Some(src) = cargo_home().map(|h| h.join("registry/src")) {
        if let Ok(dirs) = fs::read_dir(&src) {
            let mut found: Vec<PathBuf> = dirs.flatten().map(|d| d.path().join("")).collect();
            // A stable order keeps the flags, and so cargo's cache, the same from run to run.
            found.sort();
            out.extend(found);
        }
    }
    out
}

/// Builds the release app into `dist/`.
pub fn build() -> Result {
    println!("xtask: building the app (release, split into chunks)");
    let mut rustc = command(
        "cargo",
        &[
            "rustc",
            "--quiet",
            "--release",
            "--target",
            TARGET,
            "-p",
            "hoop-admin",
            "--bin",
            "hoop-admin",
            "--features",
            "split",
            "--",
            // wasm-split needs the relocations to move functions between modules.
            "-Clink-args=--emit-relocs",
        ],
    );
    // Components as type-erased views: the same UI, far fewer monomorphised copies. Source paths
    // in panic messages are cut to the crate's own, so the wasm does not carry (and disclose)
    // where it was built. Only for this release target, so native and test builds keep their
    // caches; encoded, so a path with spaces stays one argument (this replaces any RUSTFLAGS the
    // caller set: the release app is built with exactly these).
    let mut flags = vec!["--cfg".to_string(), "erase_components".to_string()];
    for prefix in source_prefixes() {
        flags.push(format!("--remap-path-prefix={}=", prefix.display()));
    }
    rustc.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
    status(rustc)?;

    let work = target_dir().join("hoop-admin-dist");
    let (split, glue, opt) = (work.join("split"), work.join("bindgen"), work.join("opt"));
    for d in [&split, &glue, &opt] {
        let _ = fs::remove_dir_all(d);
        fs::create_dir_all(d).map_err(io(d))?;
    }
    let wasm = target_dir().join(TARGET).join("release/hoop-admin.wasm");
    let mut cut = command(&tools::wasm_split().to_string_lossy(), &[]);
    cut.arg(&wasm)
        .arg(&split)
        .args(["--out-name", "hoop-admin"]);
    status(cut)?;
    let mut bindgen = command(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            // The chunks import the function table from the main module.
            "--keep-lld-exports",
            "--out-name",
            "hoop-admin",
        ],
    );
    bindgen
        .arg("--out-dir")
        .arg(&glue)
        .arg(split.join("hoop-admin.wasm"));
    status(bindgen)?;

    // (name as built, file to optimise or copy)
    let mut assets: Vec<(String, PathBuf)> = vec![
        ("hoop-admin.js".into(), glue.join("hoop-admin.js")),
        ("hoop-admin_bg.wasm".into(), glue.join("hoop-admin_bg.wasm")),
        ("__wasm_split.js".into(), split.join("__wasm_split.js")),
    ];
    let mut chunks: Vec<String> = fs::read_dir(&split)
        .map_err(io(&split))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".wasm") && n != "hoop-admin.wasm")
        .collect();
    chunks.sort();
    for c in &chunks {
        assets.push((c.clone(), split.join(c)));
    }
    for (name, path) in assets.iter_mut() {
        if name.ends_with(".wasm") {
            let out = opt.join(&*name);
            // Rust's linker keeps the first 1 MB for the stack, so addresses below 1 KB are never
            // data; telling wasm-opt lets it fold more constant offsets.
            let mut wasm_opt = command("wasm-opt", &["-Oz", "--low-memory-unused"]);
            wasm_opt.args(WASM_FEATURES).arg(&*path).arg("-o").arg(&out);
            quiet(wasm_opt)?;
            *path = out;
        }
    }

    let template = read_text(&root().join("index.html"))?;
    let (page, stylesheets) = strip_trunk_links(&template);
    let mut css = String::new();
    for href in &stylesheets {
        css.push_str(&read_text(&root().join(href))?);
        css.push('\n');
    }
    let mut contents: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, path) in &assets {
        contents.push((name.clone(), fs::read(path).map_err(io(path))?));
    }
    contents.push(("hoop-admin.css".into(), css.into_bytes()));
    let hash = fingerprint(&contents);

    let dist = root().join("dist");
    let _ = fs::remove_dir_all(&dist);
    fs::create_dir_all(&dist).map_err(io(&dist))?;
    for (name, bytes) in contents {
        let bytes = if name.ends_with(".js") {
            let text = String::from_utf8(bytes).map_err(|e| format!("{name}: {e}"))?;
            rename_references(&text, &chunks, &hash)
                .map_err(|missing| format!("{name} no longer names {missing}: update app.rs"))?
                .into_bytes()
        } else {
            bytes
        };
        let path = dist.join(hashed(&name, &hash));
        fs::write(&path, bytes).map_err(io(&path))?;
        // The chunk loader stays as written: it is small, and `cargo xtask size` reads it.
        if name == "hoop-admin.js" || name.ends_with(".css") {
            // After renaming: minified imports lose the space the renaming looks for.
            let mut minify = command(
                "esbuild",
                &["--minify", "--log-level=error", "--allow-overwrite"],
            );
            minify
                .arg(&path)
                .arg(format!("--outfile={}", path.display()));
            status(minify)?;
        }
    }
    let head = format!(
        "    <link rel=\"stylesheet\" href=\"/{css}\" />\n    \
         <link rel=\"modulepreload\" href=\"/{js}\" />\n    \
         <link rel=\"preload\" href=\"/{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin />\n    \
         <script type=\"module\">import init from \"/{js}\"; init({{ module_or_path: \"/{wasm}\" }});</script>\n",
        css = hashed("hoop-admin.css", &hash),
        js = hashed("hoop-admin.js", &hash),
        wasm = hashed("hoop-admin_bg.wasm", &hash),
    );
    let page = page.replacen("  </head>", &format!("{head}  </head>"), 1);
    let index = dist.join("index.html");
    fs::write(&index, page).map_err(io(&index))
}

/// `name.ext` → `name-<hash>.ext`, and the glue's `name_bg.wasm` → `name-<hash>_bg.wasm`, the
/// shape devgateway (and any CDN rule written for trunk) serves as immutable.
pub fn hashed(name: &str, hash: &str) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    match stem.strip_suffix("_bg") {
        Some(base) => format!("{base}-{hash}_bg.{ext}"),
        None => format!("{stem}-{hash}.{ext}"),
    }
}

/// Points the JS modules at the renamed files. The glue and the chunk loader import each other,
/// so one hash over the whole build names them all. Err names a reference that is missing.
fn rename_references(
    js: &str,
    chunks: &[String],
    hash: &str,
) -> std::result::Result<String, String> {
    let mut out = js.to_string();
    let mut names: Vec<&str> = vec!["hoop-admin.js", "__wasm_split.js"];
    names.extend(chunks.iter().map(String::as_str));
    // Only module specifiers and fetched URLs: the glue's import-object keys are the names the
    // wasm itself imports and must stay as they are.
    for name in names {
        for (before, after) in [("from \"./", "\""), ("URL(\"./", "\"")] {
            let from = format!("{before}{name}{after}");
            out = out.replace(&from, &format!("{before}{}{after}", hashed(name, hash)));
        }
    }
    // Both files must keep their link to each other, or the page would load stale names.
    let loader = js.contains("makeLoad");
    let needed = if loader {
        "hoop-admin.js"
    } else {
        "__wasm_split.js"
    };
    if (js.contains("__wbg_get_imports") || loader) && !js.contains(&format!("from \"./{needed}\""))
    {
        return Err(needed.to_string());
    }
    Ok(out)
}

/// Removes trunk's `<link data-trunk …/>` tags; returns the page and the stylesheet hrefs in order.
fn strip_trunk_links(html: &str) -> (String, Vec<String>) {
    let mut page = String::with_capacity(html.len());
    let mut css = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<link data-trunk") {
        let end = rest[start..]
            .find("/>")
            .map_or(rest.len(), |i| start + i + 2);
        let tag = &rest[start..end];
        if tag.contains("rel=\"css\"") {
            if let Some(href) = tag
                .split("href=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
            {
                css.push(href.to_string());
            }
        }
        // Drop the tag together with its indentation and line break.
        page.push_str(rest[..start].trim_end_matches([' ', '\t']));
        rest = rest[end..].strip_prefix('\n').unwrap_or(&rest[end..]);
    }
    page.push_str(rest);
    (page, css)
}

/// FNV-1a over every asset: a new build of changed code gets new names.
fn fingerprint(files: &[(String, Vec<u8>)]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, bytes) in files {
        for b in name.bytes().chain(bytes.iter().copied()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_hash_where_devgateway_expects_it() {
        let h = "0123456789abcdef";
        assert_eq!(hashed("hoop-admin.js", h), "hoop-admin-0123456789abcdef.js");
        assert_eq!(
            hashed("hoop-admin_bg.wasm", h),
            "hoop-admin-0123456789abcdef_bg.wasm"
        );
        assert_eq!(hashed("chunk_5.wasm", h), "chunk_5-0123456789abcdef.wasm");
    }

    #[test]
    fn trunk_links_become_a_stylesheet_list() {
        let html = "<head>\n    <title>x</title>\n    <link data-trunk rel=\"rust\"\n          data-bin=\"a\" />\n    <link data-trunk rel=\"css\" href=\"style/a.css\" />\n  </head>\n";
        let (page, css) = strip_trunk_links(html);
        assert_eq!(page, "<head>\n    <title>x</title>\n  </head>\n");
        assert_eq!(css, vec!["style/a.css"]);
    }

    #[test]
    fn loader_and_glue_point_at_renamed_files() {
        let loader = "import { initSync } from \"./hoop-admin.js\";\nfetch(new URL(\"./split_a.wasm\", import.meta.url)); makeLoad()";
        let chunks = vec!["split_a.wasm".to_string()];
        let out = rename_references(loader, &chunks, "0123456789abcdef").unwrap();
        assert!(out.contains("\"./hoop-admin-0123456789abcdef.js\""));
        assert!(out.contains("\"./split_a-0123456789abcdef.wasm\""));
        let glue = "import * as i1 from \"./__wasm_split.js\"\nfunction __wbg_get_imports() { return { \"./__wasm_split.js\": i1 }; }";
        let out = rename_references(glue, &chunks, "0123456789abcdef").unwrap();
        assert!(out.contains("from \"./__wasm_split-0123456789abcdef.js\""));
        assert!(
            out.contains("{ \"./__wasm_split.js\": i1 }"),
            "the wasm's import names stay"
        );
        let broken = "import { initSync } from \"./other.js\"; makeLoad();";
        assert!(rename_references(broken, &chunks, "0123456789abcdef").is_err());
    }
}
