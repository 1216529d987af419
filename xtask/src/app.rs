//! The release build of the app into `dist/`, as named steps: **compile** with the `split`
//! feature; **split** the wasm into one module for the shell plus chunks that screens fetch when
//! first needed (wasm-split); generate the JS glue (**bindgen**); drop the JS classes nothing
//! uses (**exports**); **optimise** every module
//! (wasm-opt 132) and **order** its functions so gzip finds look-alike bodies together; give the shell's JS imports short names (**imports**); **hash**: name every
//! asset by one content hash so browsers may cache it forever, pointing the JS at the new names; **pack**
//! each screen's modules into one file and write the loader that fetches them (`crate::pack`);
//! **minify** JS and CSS (esbuild); write the
//! **page** (beside it the default `config.json`). Every rewrite of a generated file checks that what it rewrites is there, and a
//! failure names its step.

use crate::{
    chunks,
    run::{cargo_home, command, root, status, target_dir, timed, Result},
    size, tools,
};
use std::{
    fs,
    path::{Path, PathBuf},
};

const TARGET: &str = "wasm32-unknown-unknown";
/// The glue wasm-bindgen writes and the chunk loader wasm-split writes.
const GLUE: &str = "hoop-admin.js";
const LOADER: &str = "__wasm_split.js";
const CSS: &str = "hoop-admin.css";
const CSS_STEM: &str = "hoop-admin";

/// An asset's name and bytes.
type File = (String, Vec<u8>);

fn io(what: &Path) -> impl Fn(std::io::Error) -> String + '_ {
    move |e| format!("{}: {e}", what.display())
}

fn read_text(p: &Path) -> Result<String> {
    fs::read_to_string(p).map_err(io(p))
}

/// Runs one step; its error starts with the step's name.
fn step<T>(name: &str, f: impl FnOnce() -> Result<T>) -> Result<T> {
    f().map_err(|e| format!("app build, step {name}: {e}"))
}

/// Builds the release app into `dist/`.
pub fn build() -> Result {
    compile()?;
    package()
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

/// Step compile: the app's wasm, with relocations so it can be split.
pub fn compile() -> Result {
    timed("compiling the app (release, wasm32)", || {
        step("compile", || {
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
            // Components as type-erased views: the same UI, far fewer monomorphised copies.
            // Source paths in panic messages are cut to the crate's own, so the wasm does not
            // carry (and disclose) where it was built. Only for this release target, so native
            // and test builds keep their caches; encoded, so a path with spaces stays one
            // argument (this replaces any RUSTFLAGS the caller set).
            let mut flags = vec!["--cfg".to_string(), "erase_components".to_string()];
            for prefix in source_prefixes() {
                flags.push(format!("--remap-path-prefix={}=", prefix.display()));
            }
            rustc.env("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
            status(rustc)
        })
    })
}

/// The working folders under the target dir, emptied.
struct Work {
    split: PathBuf,
    glue: PathBuf,
    opt: PathBuf,
}

impl Work {
    fn fresh() -> Result<Self> {
        let root = target_dir().join("hoop-admin-dist");
        let w = Work {
            split: root.join("split"),
            glue: root.join("bindgen"),
            opt: root.join("opt"),
        };
        for d in [&w.split, &w.glue, &w.opt] {
            let _ = fs::remove_dir_all(d);
            fs::create_dir_all(d).map_err(io(d))?;
        }
        Ok(w)
    }
}

/// Steps split to page, on the wasm `compile` left.
pub fn package() -> Result {
    timed("packaging the app into dist/", || {
        let work = Work::fresh()?;
        let wasm = target_dir().join(TARGET).join("release/hoop-admin.wasm");
        let chunk_files = step("split", || split(&wasm, &work))?;
        step("bindgen", || bindgen(&work))?;
        step("exports", || drop_exports(&work))?;
        let assets = step("optimise", || optimise(&work, &chunk_files))?;
        let template = read_text(&root().join("index.html"))?;
        let (page_template, stylesheets) = step("page", || strip_trunk_links(&template))?;
        let styles = step("page", || screen_styles(&stylesheets))?;
        let mut contents = Vec::new();
        for (name, path) in &assets {
            contents.push((name.clone(), fs::read(path).map_err(io(path))?));
        }
        for (name, hrefs) in &styles {
            let mut css = String::new();
            for href in hrefs {
                css.push_str(&read_text(&root().join(href))?);
                css.push('\n');
            }
            contents.push((name.clone(), css.into_bytes()));
        }
        step("imports", || shorten_imports(&mut contents))?;
        let (hash, mut named) = step("hash", || hash(contents, &chunk_files))?;
        step("pack", || {
            crate::pack::pack(&mut named, &hashed(LOADER, &hash), &hash)
        })?;
        let dist = root().join("dist");
        let _ = fs::remove_dir_all(&dist);
        fs::create_dir_all(&dist).map_err(io(&dist))?;
        for (name, bytes) in &named {
            let path = dist.join(name);
            fs::write(&path, bytes).map_err(io(&path))?;
        }
        // The chunk loader stays as written: it is small, and `cargo xtask size` reads its tables.
        step("minify", || {
            let mut files = vec![dist.join(hashed(GLUE, &hash))];
            files.extend(
                styles
                    .iter()
                    .map(|(name, _)| dist.join(hashed(name, &hash))),
            );
            minify(&files)
        })?;
        // Same origin by default; a deployment replaces the file (never cached: not hashed).
        let config = dist.join("config.json");
        fs::copy(root().join("config.json"), &config).map_err(io(&config))?;
        let index = dist.join("index.html");
        let chunk_styles: Vec<&str> = styles
            .iter()
            .filter_map(|(name, _)| name.strip_suffix(".css").filter(|n| *n != CSS_STEM))
            .collect();
        let html = step("page", || page(&page_template, &hash, &chunk_styles))?;
        fs::write(&index, html).map_err(io(&index))?;
        step("compress", || compress(&dist))
    })
}

/// Step compress: `.br` (quality 11) and `.gz` (level 9) copies beside every text, wasm and pack file
/// except config.json (a deployment edits it), for devgateway to serve by `Accept-Encoding`.
/// Node's zlib does both, so no compressor joins the toolchain.
fn compress(dist: &Path) -> Result {
    const SCRIPT: &str = r#"
const fs = require('fs'), path = require('path'), zlib = require('zlib');
const dir = process.argv[1];
for (const name of fs.readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|bin)$/.test(name)) continue;
  const file = path.join(dir, name), data = fs.readFileSync(file);
  fs.writeFileSync(file + '.gz', zlib.gzipSync(data, { level: 9 }));
  fs.writeFileSync(file + '.br', zlib.brotliCompressSync(data, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
}"#;
    let mut node = command("node", &["-e", SCRIPT]);
    node.arg(dist);
    status(node)
}

/// Step split: shell and chunks; returns the chunk files, sorted, after checking that the
/// loader offers exactly the chunks the app declares.
fn split(wasm: &Path, work: &Work) -> Result<Vec<String>> {
    let mut cut = command(&tools::wasm_split().to_string_lossy(), &[]);
    cut.arg(wasm)
        .arg(&work.split)
        .args(["--out-name", "hoop-admin"]);
    status(cut)?;
    let loader = read_text(&work.split.join(LOADER))?;
    let offered: Vec<String> = size::screens(&loader).into_keys().collect();
    let mut declared: Vec<&str> = chunks::ALL.to_vec();
    declared.sort();
    if offered != declared {
        return Err(format!(
            "the chunk loader offers {offered:?} but src/chunks.rs declares {declared:?}"
        ));
    }
    let mut files: Vec<String> = fs::read_dir(&work.split)
        .map_err(io(&work.split))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".wasm") && n != "hoop-admin.wasm")
        .collect();
    files.sort();
    Ok(files)
}

/// Step bindgen: the JS glue for the shell.
fn bindgen(work: &Work) -> Result {
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
        .arg(&work.glue)
        .arg(work.split.join("hoop-admin.wasm"));
    status(bindgen)
}

/// Step exports: wasm-streams' classes out of the shell and its glue (`crate::exports`).
fn drop_exports(work: &Work) -> Result {
    let wasm_path = work.glue.join("hoop-admin_bg.wasm");
    let glue_path = work.glue.join(GLUE);
    let wasm = fs::read(&wasm_path).map_err(io(&wasm_path))?;
    let (wasm, glue) = crate::exports::drop_unused(&wasm, &read_text(&glue_path)?)?;
    fs::write(&wasm_path, wasm).map_err(io(&wasm_path))?;
    fs::write(&glue_path, glue).map_err(io(&glue_path))
}

/// Step optimise: binaryen (`-Oz`) on every module, then the function order on those of 4 KB
/// or more; returns (name as built, file) for every asset.
fn optimise(work: &Work, chunk_files: &[String]) -> Result<Vec<(String, PathBuf)>> {
    let mut assets: Vec<(String, PathBuf)> = vec![
        (GLUE.into(), work.glue.join(GLUE)),
        (
            "hoop-admin_bg.wasm".into(),
            work.glue.join("hoop-admin_bg.wasm"),
        ),
        (LOADER.into(), work.split.join(LOADER)),
    ];
    for c in chunk_files {
        assets.push((c.clone(), work.split.join(c)));
    }
    let mut optimise = Vec::new();
    for (name, path) in assets.iter_mut().filter(|(n, _)| n.ends_with(".wasm")) {
        let out = work.opt.join(&*name);
        optimise.push((Pass::Optimise, path.clone(), out.clone()));
        *path = out;
    }
    binaryen(&optimise, &work.opt)?;
    // The order pays where gzip finds look-alike bodies; a module under 4 KB has few.
    let mut order = Vec::new();
    for (_, _, out) in &optimise {
        let bytes = fs::read(out).map_err(io(out))?;
        if bytes.len() < 4096 {
            continue;
        }
        let named = crate::order::ranked_names(&bytes)
            .ok_or_else(|| format!("{}: not a wasm module this reader knows", out.display()))?;
        let with_names = out.with_extension("names.wasm");
        fs::write(&with_names, named).map_err(io(&with_names))?;
        order.push((Pass::Order, with_names, out.clone()));
    }
    step("order", || binaryen(&order, &work.opt))?;
    for (_, with_names, _) in &order {
        fs::remove_file(with_names).map_err(io(with_names))?;
    }
    for (name, path) in assets.iter().filter(|(n, _)| n.ends_with(".wasm")) {
        let shipped = fs::read(path).map_err(io(path))?;
        match crate::wasm_names::custom_sections(&shipped) {
            Some(left) if left.is_empty() => {}
            Some(left) => {
                return Err(format!(
                    "{name}: binaryen left custom sections {left:?}, which no browser reads"
                ))
            }
            None => return Err(format!("{name}: binaryen wrote no wasm module")),
        }
    }
    Ok(assets)
}

/// A module for `binaryen`: what to do, input, output.
type Job = (Pass, PathBuf, PathBuf);

/// What `binaryen` does to a module.
#[derive(Clone, Copy)]
enum Pass {
    /// `wasm-opt -Oz`. Rust's linker keeps the first 1 MB for the stack, so addresses below
    /// 1 KB are never data (low memory unused), which lets it fold more constant offsets; the
    /// toolchain's `producers` and `target_features` sections mean nothing to a browser and cost
    /// about 165 B gzip in every file, so they go.
    Optimise,
    /// Step order: functions in the order `crate::order` wrote into the name section
    /// (look-alike bodies together, for gzip); only moves functions.
    Order,
}

/// Runs npm binaryen 132's optimiser (what its `wasm-opt` runs) on `jobs` (pass, input,
/// output), in one node process per core: each `wasm-opt` run starts binaryen's own compiler,
/// about 1.5 s, which hundreds of modules cannot afford. What binaryen prints (warnings about
/// the splitter's name sections) goes to a log in `logs`, shown only when a run fails.
fn binaryen(jobs: &[Job], logs: &Path) -> Result {
    const SCRIPT: &str = r#"
const { default: binaryen } = await import(process.env.BINARYEN);
const fs = await import("node:fs");
// Every feature the modules use, stated so binaryen neither rejects nor lowers them.
const F = binaryen.Features;
const features = F.MVP | F.BulkMemory | F.BulkMemoryOpt | F.NontrappingFPToInt | F.SignExt | F.ReferenceTypes | F.CallIndirectOverlong | F.Multivalue | F.MutableGlobals;
binaryen.setOptimizeLevel(2);
binaryen.setShrinkLevel(2);
binaryen.setLowMemoryUnused(true);
const args = process.argv.slice(1);
for (let i = 0; i < args.length; i += 3) {
  const [pass, input, output] = args.slice(i, i + 3);
  const m = binaryen.readBinary(fs.readFileSync(input));
  m.setFeatures(features);
  if (pass === "optimise") {
    m.optimize();
    m.runPasses(["strip-producers", "strip-target-features"]);
  } else {
    m.runPasses(["reorder-functions-by-name"]);
  }
  fs.writeFileSync(output, m.emitBinary());
  m.dispose();
}"#;
    // The largest first, each to the worker with the fewest bytes so far.
    let size = |p: &Path| fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let mut sorted: Vec<&Job> = jobs.iter().collect();
    sorted.sort_by_key(|(_, input, _)| std::cmp::Reverse(size(input)));
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut lists: Vec<(u64, Vec<&Job>)> = vec![(0, Vec::new()); workers];
    for job in sorted {
        let least = lists.iter_mut().min_by_key(|(bytes, _)| *bytes);
        if let Some((bytes, list)) = least {
            *bytes += size(&job.1);
            list.push(job);
        }
    }
    let module = root().join("tools/node_modules/binaryen/index.js");
    let mut running = Vec::new();
    for (i, (_, list)) in lists.iter().filter(|(_, l)| !l.is_empty()).enumerate() {
        let log = logs.join(format!("binaryen-{i}.log"));
        let mut node = command("node", &["--input-type=module", "-e", SCRIPT]);
        node.env("BINARYEN", &module)
            .stderr(fs::File::create(&log).map_err(io(&log))?);
        for (pass, input, output) in list {
            node.arg(match pass {
                Pass::Optimise => "optimise",
                Pass::Order => "order",
            });
            node.arg(input).arg(output);
        }
        let shown = format!("binaryen on {} module(s)", list.len());
        running.push((
            shown.clone(),
            log,
            node.spawn().map_err(|e| format!("{shown}: {e}"))?,
        ));
    }
    for (shown, log, mut child) in running {
        let done = child.wait().map_err(|e| format!("{shown}: {e}"))?;
        if !done.success() {
            eprint!("{}", fs::read_to_string(&log).unwrap_or_default());
            return Err(format!("{shown} failed ({done})"));
        }
    }
    Ok(())
}

/// Step imports: the shell's JS imports get short names in the wasm and the glue alike
/// (`crate::imports`).
fn shorten_imports(contents: &mut [File]) -> Result {
    let find = |name: &str| contents.iter().position(|(n, _)| n == name);
    let (Some(w), Some(g)) = (find("hoop-admin_bg.wasm"), find(GLUE)) else {
        return Err("the shell's wasm or glue is missing".into());
    };
    let glue = String::from_utf8(contents[g].1.clone()).map_err(|e| format!("{GLUE}: {e}"))?;
    let (wasm, glue) = crate::imports::shorten(&contents[w].1, &glue)?;
    contents[w].1 = wasm;
    contents[g].1 = glue.into_bytes();
    Ok(())
}

/// Step minify: esbuild on the glue and the stylesheet, in place.
fn minify(files: &[PathBuf]) -> Result {
    for path in files {
        let mut minify = command(
            "esbuild",
            &["--minify", "--log-level=error", "--allow-overwrite"],
        );
        minify
            .arg(path)
            .arg(format!("--outfile={}", path.display()));
        status(minify)?;
    }
    Ok(())
}

/// Step hash: one FNV-1a hash over every asset names them all (the glue and the loader import
/// each other, so one name change renames both); the JS is pointed at the new names. Returns
/// the hash and the files under their new names.
fn hash(contents: Vec<File>, chunk_files: &[String]) -> Result<(String, Vec<File>)> {
    let hash = fingerprint(&contents);
    let mut out = Vec::new();
    for (name, bytes) in contents {
        let bytes = match references(&name, chunk_files) {
            Some(refs) => {
                let text = String::from_utf8(bytes).map_err(|e| format!("{name}: {e}"))?;
                rename_references(&text, &refs, &hash)
                    .map_err(|missing| {
                        format!("{name} no longer contains {missing}: update xtask/src/app.rs")
                    })?
                    .into_bytes()
            }
            None => bytes,
        };
        out.push((hashed(&name, &hash), bytes));
    }
    Ok((hash, out))
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

/// What a generated JS file must refer to, as (text before the file name, file name, text
/// after): the glue imports the loader; the loader imports the glue and fetches every chunk.
/// Only module specifiers and fetched URLs: the glue's import-object keys are the names the
/// wasm itself imports and must stay as they are.
fn references(name: &str, chunk_files: &[String]) -> Option<Vec<(&'static str, String)>> {
    match name {
        GLUE => Some(vec![("from \"./", LOADER.to_string())]),
        LOADER => {
            let mut refs = vec![("from \"./", GLUE.to_string())];
            refs.extend(chunk_files.iter().map(|c| ("URL(\"./", c.clone())));
            Some(refs)
        }
        _ => None,
    }
}

/// Rewrites each `before + file + "` to the hashed file; Err names the first one missing, so a
/// new wasm-bindgen or wasm-split output shape stops the build instead of shipping stale names.
fn rename_references(
    js: &str,
    refs: &[(&str, String)],
    hash: &str,
) -> std::result::Result<String, String> {
    let mut out = js.to_string();
    for (before, file) in refs {
        let from = format!("{before}{file}\"");
        if !out.contains(&from) {
            return Err(from);
        }
        out = out.replace(&from, &format!("{before}{}\"", hashed(file, hash)));
    }
    Ok(out)
}

/// A stylesheet link of the template: its href and, with `data-chunk="…"`, the chunk it loads
/// with (see `screen_styles`).
type Stylesheet = (String, Option<String>);

/// Removes trunk's `<link data-trunk …/>` tags; returns the page and the stylesheets in order.
/// Err when the template has no stylesheet or no `</head>` to put the assets before.
fn strip_trunk_links(html: &str) -> Result<(String, Vec<Stylesheet>)> {
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
                let chunk = tag
                    .split("data-chunk=\"")
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .map(str::to_string);
                css.push((href.to_string(), chunk));
            }
        }
        // Drop the tag together with its indentation and line break.
        page.push_str(rest[..start].trim_end_matches([' ', '\t']));
        rest = rest[end..].strip_prefix('\n').unwrap_or(&rest[end..]);
    }
    page.push_str(rest);
    if css.is_empty() {
        return Err("index.html links no stylesheet with <link data-trunk rel=\"css\" …/>".into());
    }
    if !page.contains(HEAD_END) {
        return Err(format!("index.html has no {HEAD_END:?} line"));
    }
    Ok((page, css))
}

const HEAD_END: &str = "  </head>";

/// The stylesheets to build, as (file name, sources): `hoop-admin.css` from every link without
/// `data-chunk`, loaded by every page; and one `<chunk>.css` per chunk named by `data-chunk`,
/// which the app links when it first loads that chunk (`link_styles` in `src/app/lazy.rs`), so a screen's
/// styles are not part of every first load.
fn screen_styles(links: &[Stylesheet]) -> Result<Vec<(String, Vec<String>)>> {
    let mut out: Vec<(String, Vec<String>)> = vec![(CSS.to_string(), Vec::new())];
    for (href, chunk) in links {
        // A stylesheet several chunks need goes with each (`data-chunk="a b"`).
        let names: Vec<String> = match chunk {
            None => vec![CSS.to_string()],
            Some(list) => list
                .split_whitespace()
                .map(|c| format!("{c}.css"))
                .collect(),
        };
        for name in names {
            let chunk = name.trim_end_matches(".css");
            if name != CSS && !chunks::declared(chunk) {
                return Err(format!(
                    "{href} names data-chunk \"{chunk}\", which src/chunks.rs does not declare"
                ));
            }
            match out.iter_mut().find(|(n, _)| *n == name) {
                Some((_, hrefs)) => hrefs.push(href.clone()),
                None => out.push((name, vec![href.clone()])),
            }
        }
    }
    Ok(out)
}

/// The page: the template with the stylesheet, the preloads and the loader before `</head>`.
/// `chunk_styles`: the chunks with a stylesheet of their own, each linked without an `href`
/// (so nothing is fetched) until the app gives it one as the chunk loads.
fn page(template: &str, hash: &str, chunk_styles: &[&str]) -> Result<String> {
    let styles: String = chunk_styles
        .iter()
        .map(|c| {
            format!(
                "    <link rel=\"stylesheet\" id=\"styles-{c}\" data-href=\"/{}\" />\n",
                hashed(&format!("{c}.css"), hash)
            )
        })
        .collect();
    let head = format!(
        "{styles}    <link rel=\"stylesheet\" href=\"/{css}\" />\n    \
         <link rel=\"modulepreload\" href=\"/{js}\" />\n    \
         <link rel=\"preload\" href=\"/{wasm}\" as=\"fetch\" type=\"application/wasm\" crossorigin />\n    \
         <script type=\"module\">import init from \"/{js}\"; init({{ module_or_path: \"/{wasm}\" }});</script>\n",
        css = hashed(CSS, hash),
        js = hashed(GLUE, hash),
        wasm = hashed("hoop-admin_bg.wasm", hash),
    );
    if !template.contains(HEAD_END) {
        return Err(format!("the page template has no {HEAD_END:?} line"));
    }
    Ok(template.replacen(HEAD_END, &format!("{head}{HEAD_END}"), 1))
}

/// FNV-1a over every asset: a new build of changed code gets new names.
fn fingerprint(files: &[File]) -> String {
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

    /// Recorded from a release build: wasm-bindgen 0.2.130's glue and wasm-split 0.2.4's loader.
    const RECORDED_GLUE: &str = include_str!("../samples/hoop-admin.js");
    const RECORDED_LOADER: &str = include_str!("../samples/__wasm_split.js");
    const H: &str = "0123456789abcdef";

    fn recorded_chunks() -> Vec<String> {
        let mut files: Vec<String> = RECORDED_LOADER
            .split("URL(\"./")
            .skip(1)
            .filter_map(|r| r.split('"').next().map(str::to_string))
            .collect();
        files.sort();
        files
    }

    #[test]
    fn names_carry_the_hash_where_devgateway_expects_it() {
        assert_eq!(hashed("hoop-admin.js", H), "hoop-admin-0123456789abcdef.js");
        assert_eq!(
            hashed("hoop-admin_bg.wasm", H),
            "hoop-admin-0123456789abcdef_bg.wasm"
        );
        assert_eq!(hashed("chunk_5.wasm", H), "chunk_5-0123456789abcdef.wasm");
    }

    #[test]
    fn the_recorded_loader_offers_every_declared_chunk() {
        let mut offered: Vec<String> = size::screens(RECORDED_LOADER).into_keys().collect();
        offered.sort();
        let mut declared = chunks::ALL.to_vec();
        declared.sort();
        assert_eq!(offered, declared);
    }

    #[test]
    fn the_recorded_loader_becomes_ours_with_a_pack_per_screen() {
        let chunk_files = recorded_chunks();
        let refs = references(LOADER, &chunk_files).unwrap();
        let theirs = rename_references(RECORDED_LOADER, &refs, H).unwrap();
        let mut files = vec![(hashed(LOADER, H), theirs.clone().into_bytes())];
        files.extend(
            chunk_files
                .iter()
                .map(|c| (hashed(c, H), c.as_bytes().to_vec())),
        );
        crate::pack::pack(&mut files, &hashed(LOADER, H), H).unwrap();
        let ours = String::from_utf8(files[0].1.clone()).unwrap();
        let manifest = crate::pack::read(&ours).unwrap();
        assert!(ours.contains(&format!("from \"./hoop-admin-{H}.js\"")));
        assert!(ours.contains("__indirect_function_table, "));
        for (screen, modules) in size::screens(&theirs) {
            assert_eq!(
                manifest.modules_of(&screen).len(),
                modules.len(),
                "{screen}"
            );
            assert!(
                ours.contains(&format!(
                    "export const __wasm_split_load_{screen} = loader(\"{screen}\");"
                )),
                "{screen}"
            );
            let pack = format!("pack_{screen}-{H}.bin");
            assert!(files.iter().any(|(n, _)| *n == pack), "{pack}");
        }
        assert_eq!(manifest.screens.len(), chunks::ALL.len());
    }

    #[test]
    fn the_recorded_loader_points_at_the_hashed_glue_and_chunks() {
        let chunk_files = recorded_chunks();
        assert!(chunk_files.len() >= chunks::ALL.len());
        let refs = references(LOADER, &chunk_files).unwrap();
        let out = rename_references(RECORDED_LOADER, &refs, H).unwrap();
        assert!(out.contains(&format!("from \"./hoop-admin-{H}.js\"")));
        for c in &chunk_files {
            assert!(out.contains(&format!("URL(\"./{}\"", hashed(c, H))), "{c}");
            assert!(
                !out.contains(&format!("URL(\"./{c}\"")),
                "{c} left as built"
            );
        }
    }

    #[test]
    fn the_recorded_glue_imports_the_hashed_loader_and_keeps_the_wasm_import_names() {
        let refs = references(GLUE, &[]).unwrap();
        let out = rename_references(RECORDED_GLUE, &refs, H).unwrap();
        assert!(out.contains(&format!("from \"./__wasm_split-{H}.js\"")));
        assert!(!out.contains("from \"./__wasm_split.js\""));
        assert!(
            out.contains("\"./__wasm_split.js\":"),
            "the wasm's import names stay"
        );
    }

    #[test]
    fn a_missing_reference_stops_the_build_naming_the_step_and_the_file() {
        let refs = references(LOADER, &["split_a.wasm".to_string()]).unwrap();
        let err = rename_references("import x from \"./other.js\";", &refs, H).unwrap_err();
        assert_eq!(err, "from \"./hoop-admin.js\"");
        let msg = hash(
            vec![(LOADER.to_string(), b"makeLoad()".to_vec())],
            &["split_a.wasm".to_string()],
        )
        .unwrap_err();
        assert!(msg.contains("__wasm_split.js no longer contains"), "{msg}");
        assert!(step("hash", || Err::<(), _>(msg))
            .unwrap_err()
            .starts_with("app build, step hash:"));
    }

    #[test]
    fn the_template_becomes_a_page_with_hashed_assets() {
        let html = include_str!("../../index.html");
        let (page_template, css) = strip_trunk_links(html).unwrap();
        assert!(!page_template.contains("data-trunk"));
        assert!(css
            .iter()
            .all(|(c, _)| c.starts_with("style/") && c.ends_with(".css")));
        let styles = screen_styles(&css).unwrap();
        assert_eq!(styles[0].0, "hoop-admin.css");
        assert!(
            styles.iter().any(|(n, _)| n == "api_keys.css"),
            "{styles:?}"
        );
        let out = page(&page_template, H, &["api_keys", "my_access"]).unwrap();
        assert!(out.contains(&format!("href=\"/hoop-admin-{H}.css\"")));
        assert!(out.contains(&format!(
            "<link rel=\"stylesheet\" id=\"styles-api_keys\" data-href=\"/api_keys-{H}.css\" />"
        )));
        assert!(out.contains(&format!(
            "id=\"styles-my_access\" data-href=\"/my_access-{H}.css\""
        )));
        assert!(out.contains(&format!(
            "import init from \"/hoop-admin-{H}.js\"; init({{ module_or_path: \"/hoop-admin-{H}_bg.wasm\" }});"
        )));
        assert!(out.find("<script").unwrap() < out.find("</head>").unwrap());
    }

    #[test]
    fn trunk_links_become_a_stylesheet_list() {
        let html = "<head>\n    <title>x</title>\n    <link data-trunk rel=\"rust\"\n          data-bin=\"a\" />\n    <link data-trunk rel=\"css\" href=\"style/a.css\" />\n    <link data-trunk rel=\"css\" href=\"style/k.css\" data-chunk=\"api_keys\" />\n  </head>\n";
        let (page, css) = strip_trunk_links(html).unwrap();
        assert_eq!(page, "<head>\n    <title>x</title>\n  </head>\n");
        assert_eq!(
            css,
            vec![
                ("style/a.css".to_string(), None),
                ("style/k.css".to_string(), Some("api_keys".to_string()))
            ]
        );
        assert!(strip_trunk_links("<head></head>").is_err());
        assert!(super::page("<html></html>", H, &[]).is_err());
        let unknown = screen_styles(&[("style/x.css".into(), Some("nope".into()))]);
        assert!(unknown.unwrap_err().contains("does not declare"));
        let shared =
            screen_styles(&[("style/c.css".into(), Some("api_keys my_access".into()))]).unwrap();
        let names: Vec<&str> = shared.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["hoop-admin.css", "api_keys.css", "my_access.css"]);
    }
}
