//! What `dist/` weighs: every file, and what a first visit downloads depending on the screen it
//! lands on (the page, its JS, the stylesheet, the shell's wasm, that screen's chunks).

use crate::{
    chunks::{FRAME, LANDING, PARTS, SIGN_IN},
    pack,
    run::{root, Result},
};
use std::{collections::BTreeMap, fs, process::Command};

/// Prints the sizes (the file table only when `files`) and returns the largest first load over
/// the landing screens, in gzip bytes.
pub fn measure(files: bool) -> Result<u64> {
    measure_screens(files).map(|(worst, _)| worst)
}

/// As `measure`, also returning each screen's first load: (screen, gzip bytes).
pub fn measure_screens(files: bool) -> Result<(u64, Vec<(String, u64)>)> {
    let dist = root().join("dist");
    let mut sizes: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    // The `.br` copies devgateway serves to browsers, by original name.
    let mut brotli: BTreeMap<String, u64> = BTreeMap::new();
    for entry in fs::read_dir(&dist).map_err(|e| format!("{}: {e}", dist.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if let Some(original) = name.strip_suffix(".br") {
            brotli.insert(
                original.to_string(),
                fs::metadata(&path).map(|m| m.len()).unwrap_or(0),
            );
            continue;
        }
        if !path.is_file() || name.ends_with(".gz") {
            continue;
        }
        let raw = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        let out = Command::new("gzip")
            .args(["-9", "-c"])
            .arg(&path)
            .output()
            .map_err(|e| format!("gzip: {e}"))?;
        sizes.insert(name.into_owned(), (raw, out.stdout.len() as u64));
    }
    if files {
        println!("{:<48} {:>10} {:>10}", "file", "raw", "gzip -9");
        for (name, (raw, gz)) in &sizes {
            println!("{name:<48} {raw:>10} {gz:>10}");
        }
        let (raw, gz) = sizes.values().fold((0, 0), |(r, g), (a, b)| (r + a, g + b));
        println!("{:<48} {raw:>10} {gz:>10}", "total, every screen");
    }

    let loader_name = sizes
        .keys()
        .find(|n| n.starts_with("__wasm_split-"))
        .ok_or("dist/ has no chunk loader: run `cargo xtask size`")?
        .clone();
    let loader = fs::read_to_string(dist.join(&loader_name)).map_err(|e| e.to_string())?;
    let manifest = pack::read(&loader)
        .ok_or("dist/'s chunk loader has no pack tables: run `cargo xtask size`")?;
    let frame_modules = manifest.modules_of(FRAME);
    let mut screens: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for screen in manifest.screens.keys() {
        // What the loader fetches on a visit that starts here: every screen but sign-in is
        // shown in the frame, whose files come first.
        let mut files = if screen == SIGN_IN || screen == FRAME {
            manifest.fetches(screen, &Default::default())
        } else {
            let mut f = manifest.fetches(FRAME, &Default::default());
            f.extend(manifest.fetches(screen, &frame_modules));
            f
        };
        // A chunk's own stylesheet comes with it (`app::lazy::link_styles`).
        let own_css = format!("{screen}-");
        files.extend(
            sizes
                .keys()
                .filter(|n| n.starts_with(&own_css) && n.ends_with(".css"))
                .cloned(),
        );
        files.sort();
        files.dedup();
        screens.insert(screen.clone(), files);
    }
    // What every first visit fetches, whatever the screen.
    let shell: Vec<&String> = sizes
        .keys()
        .filter(|n| {
            *n == "index.html"
                || *n == "config.json"
                || (n.starts_with("hoop-admin-") && n.ends_with(".css"))
                || n.ends_with(".js")
                || n.ends_with("_bg.wasm")
        })
        .collect();
    let sum = |names: &mut dyn Iterator<Item = &String>| {
        names.fold((0, 0), |(r, g), n| {
            let (a, b) = sizes.get(n).copied().unwrap_or_default();
            (r + a, g + b)
        })
    };
    let (shell_raw, shell_gz) = sum(&mut shell.iter().copied());
    // As served: the brotli copy where the build wrote one, else the file as it is.
    let served = |names: &mut dyn Iterator<Item = &String>| -> u64 {
        names
            .map(|n| {
                brotli
                    .get(n)
                    .copied()
                    .unwrap_or_else(|| sizes.get(n).map_or(0, |s| s.0))
            })
            .sum()
    };
    let shell_br = served(&mut shell.iter().copied());
    println!(
        "\nfirst load by landing screen (page, config, JS, CSS and shell wasm: {} raw, {} gzip; plus the screen's chunks and, signed in, the frame's)",
        shell_raw, shell_gz
    );
    let mut worst = 0;
    let mut each = Vec::new();
    let part_of = |name: &str| PARTS.iter().find(|(p, _)| *p == name).map(|(_, s)| *s);
    for (screen, files) in &screens {
        if let Some(owners) = part_of(screen) {
            // Fetched once one of its screens is shown: what the loader fetches then.
            for owner in owners {
                let mut loaded = manifest.modules_of(owner);
                loaded.extend(frame_modules.iter().copied());
                let more = manifest.fetches(screen, &loaded);
                let (raw, gz) = sum(&mut more.iter());
                println!(
                    "  {screen:<20} {raw:>9} raw {gz:>8} gzip ({:.1} KB) more in {} file(s), once {owner} is shown",
                    gz as f64 / 1024.0,
                    more.len()
                );
            }
            continue;
        }
        let (raw, gz) = sum(&mut files.iter());
        let (raw, gz) = (raw + shell_raw, gz + shell_gz);
        let br = served(&mut files.iter()) + shell_br;
        let landing = LANDING.contains(&screen.as_str());
        if landing {
            worst = worst.max(gz);
        }
        each.push((screen.clone(), gz));
        println!(
            "  {:<20} {raw:>9} raw {gz:>8} gzip ({:.1} KB) {br:>8} served (brotli){}",
            if screen == FRAME {
                "overview (frame)"
            } else {
                screen
            },
            gz as f64 / 1024.0,
            if landing { "  <- landing screen" } else { "" }
        );
    }
    if LANDING.iter().any(|l| !screens.contains_key(*l)) {
        return Err(format!(
            "the chunk loader does not name every landing screen {LANDING:?}"
        ));
    }
    Ok((worst, each))
}

/// Each screen's files, from the loader wasm-split writes: `const __chunk_N = makeLoad(…
/// "./file" …)` for shared chunks and `export const __wasm_split_load_<screen> = …("./file" …),
/// [__chunk_a, …]` for screens.
pub fn screens(loader: &str) -> BTreeMap<String, Vec<String>> {
    let file_in = |s: &str| {
        s.split("URL(\"./")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .map(str::to_string)
    };
    let mut chunks = BTreeMap::new();
    let mut screens = BTreeMap::new();
    let starts: Vec<usize> = loader
        .match_indices("const __")
        .map(|(i, _)| i + "const ".len())
        .collect();
    for (k, &start) in starts.iter().enumerate() {
        let block = &loader[start..starts.get(k + 1).copied().unwrap_or(loader.len())];
        let Some((name, body)) = block.split_once(" = ") else {
            continue;
        };
        let Some(file) = file_in(body) else { continue };
        if let Some(screen) = name.strip_prefix("__wasm_split_load_") {
            let deps = body
                .rsplit_once('[')
                .map(|(_, d)| d.split(']').next().unwrap_or(""))
                .unwrap_or("");
            let mut files = vec![file];
            files.extend(
                deps.split(',')
                    .filter_map(|d| chunks.get(d.trim()).cloned()),
            );
            screens.insert(screen.to_string(), files);
        } else {
            chunks.insert(name.trim().to_string(), file);
        }
    }
    screens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_screens_files_from_the_loader() {
        let loader = r#"
const __chunk_5 = makeLoad(() => {
    const src = fetch(new URL("./chunk_5-h.wasm", import.meta.url));
}, []);
const __chunk_7 = makeLoad(() => {
    const src = fetch(new URL("./chunk_7-h.wasm", import.meta.url));
}, []);
export const __wasm_split_load_sign_in = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_sign_in-h.wasm", import.meta.url));
}
, [__chunk_7]));
export const __wasm_split_load_api_keys = wrapAsyncCb(makeLoad(() => {
    const src = fetch(new URL("./split_api_keys-h.wasm", import.meta.url));
}
, [__chunk_5, __chunk_7]));
"#;
        let s = screens(loader);
        assert_eq!(s["sign_in"], vec!["split_sign_in-h.wasm", "chunk_7-h.wasm"]);
        assert_eq!(
            s["api_keys"],
            vec!["split_api_keys-h.wasm", "chunk_5-h.wasm", "chunk_7-h.wasm"]
        );
    }
}
