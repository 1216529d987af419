//! Idempotent installs of the pinned build tools. Nothing comes from outside the crates, npm
//! and Debian registries: trunk is told never to download (Trunk.toml `offline = true`).

use crate::run::{command, first_line, root, status, Result};
use std::path::{Path, PathBuf};

const TRUNK: &str = "0.21.14";
const WASM_BINDGEN: &str = "0.2.130";
/// The splitter that speaks leptos 0.8's `wasm_split` protocol (crate wasm_split_helpers 0.2).
const WASM_SPLIT: &str = "0.2.4";

/// Where the project keeps its own copy of the splitter (its binary has no version flag, so the
/// install record beside it says which version is there).
fn wasm_split_root() -> PathBuf {
    root().join("tools/wasm-split")
}

pub fn wasm_split() -> PathBuf {
    wasm_split_root().join("bin/wasm-split-cli")
}

/// What the build and tests need; `trunk` only for live reload.
pub fn ensure(browser: bool, trunk: bool) -> Result {
    let installed = first_line("rustup", &["target", "list", "--installed"]).is_some()
        && command("rustup", &["target", "list", "--installed"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown"))
            .unwrap_or(false);
    if !installed {
        println!("xtask: adding the wasm32-unknown-unknown target");
        status(command(
            "rustup",
            &["target", "add", "wasm32-unknown-unknown"],
        ))?;
    }
    if trunk && !first_line("trunk", &["--version"]).is_some_and(|v| v.ends_with(TRUNK)) {
        println!("xtask: installing trunk {TRUNK} (about 9 minutes on 2 cores, once)");
        status(command(
            "cargo",
            &["install", &format!("trunk@{TRUNK}"), "--locked"],
        ))?;
    }
    let bindgen_ok =
        |bin: &str| first_line(bin, &["--version"]).is_some_and(|v| v.contains(WASM_BINDGEN));
    if !bindgen_ok("wasm-bindgen") || !bindgen_ok("wasm-bindgen-test-runner") {
        println!("xtask: installing wasm-bindgen-cli {WASM_BINDGEN} (about 3 minutes, once)");
        // Not --locked: the crate's own lockfile names a dependency version the registry lacks.
        status(command(
            "cargo",
            &[
                "install",
                &format!("wasm-bindgen-cli@{WASM_BINDGEN}"),
                "--force",
            ],
        ))?;
    }
    let record =
        std::fs::read_to_string(wasm_split_root().join(".crates.toml")).unwrap_or_default();
    if !wasm_split().exists() || !record.contains(&format!("wasm_split_cli_support {WASM_SPLIT} "))
    {
        println!("xtask: installing wasm-split {WASM_SPLIT} (about 3 minutes, once)");
        let mut install = command(
            "cargo",
            &[
                "install",
                &format!("wasm_split_cli_support@{WASM_SPLIT}"),
                "--locked",
                "--features",
                "build-binary",
                "--force",
                "--root",
            ],
        );
        install.arg(wasm_split_root());
        status(install)?;
    }
    let npm_ok = [
        "node_modules/.bin/wasm-opt",
        "node_modules/.bin/esbuild",
        "node_modules/axe-core/axe.min.js",
    ]
    .iter()
    .all(|p| root().join("tools").join(p).exists());
    if !npm_ok {
        println!("xtask: installing wasm-opt (binaryen 132), esbuild and axe-core from npm");
        status(command(
            "npm",
            &["ci", "--prefix", "tools", "--no-audit", "--no-fund"],
        ))?;
    }
    status(command("cargo", &["fetch", "--quiet"]))?;
    if browser {
        for bin in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
            if !Path::new(bin).exists() {
                return Err(format!(
                    "{bin} is missing: install Chromium with `apt-get install chromium chromium-driver`"
                ));
            }
        }
    }
    Ok(())
}
