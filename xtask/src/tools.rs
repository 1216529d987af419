//! Idempotent installs of the pinned build tools. Nothing comes from outside the crates, npm
//! and Debian registries: trunk is told never to download (Trunk.toml `offline = true`).
//!
//! A first run spends most of its time compiling tools, so the downloads (wasm32 target, npm
//! tools, crate sources) run on one thread while the compiles run on another.

use crate::run::{command, first_line, root, status, timed, Result};
use std::path::{Path, PathBuf};

const TRUNK: &str = "0.21.14";
const WASM_BINDGEN: &str = "0.2.130";
/// The splitter that speaks leptos 0.8's `wasm_split` protocol (crate wasm_split_helpers 0.2).
const WASM_SPLIT: &str = "0.2.4";
/// The `view!` formatter the format check runs (`leptosfmt.toml`).
const LEPTOSFMT: &str = "0.1.33";

/// Which tools a command needs beyond the release build's own.
#[derive(Clone, Copy, Default)]
pub struct Needs {
    /// Chromium and chromedriver, plus wasm-bindgen's test runner.
    pub browser: bool,
    /// trunk, only for `cargo xtask dev --watch`.
    pub trunk: bool,
    /// leptosfmt, for the format check.
    pub format: bool,
}

/// Where the project keeps its own copy of the splitter (its binary has no version flag, so the
/// install record beside it says which version is there).
fn wasm_split_root() -> PathBuf {
    root().join("tools/wasm-split")
}

pub fn wasm_split() -> PathBuf {
    wasm_split_root().join("bin/wasm-split-cli")
}

pub fn leptosfmt() -> PathBuf {
    root().join("tools/leptosfmt/bin/leptosfmt")
}

/// Installs crate `krate` at `version` (feature list `features`) into `tools/<dir>` unless its
/// install record says that version is there already.
fn project_local(dir: &str, krate: &str, version: &str, features: &[&str]) -> Result {
    let at = root().join("tools").join(dir);
    let record = std::fs::read_to_string(at.join(".crates.toml")).unwrap_or_default();
    if record.contains(&format!("{krate} {version} ")) {
        return Ok(());
    }
    timed(
        &format!("compiling {krate} {version} (about 2 minutes, once)"),
        || {
            let spec = format!("{krate}@{version}");
            let mut args = vec!["install", "--quiet", spec.as_str(), "--locked", "--force"];
            if !features.is_empty() {
                args.extend(["--features"]);
                args.extend(features);
            }
            args.push("--root");
            let mut install = command("cargo", &args);
            install.arg(&at);
            status(install)
        },
    )
}

/// What needs the network and little CPU: the wasm32 target, the npm tools, crate sources.
pub fn downloads() -> Result {
    let has_target = command("rustup", &["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown"))
        .unwrap_or(false);
    if !has_target {
        timed("adding the wasm32-unknown-unknown target", || {
            status(command(
                "rustup",
                &["target", "add", "wasm32-unknown-unknown"],
            ))
        })?;
    }
    let npm_ok = [
        "node_modules/.bin/wasm-opt",
        "node_modules/.bin/esbuild",
        "node_modules/axe-core/axe.min.js",
    ]
    .iter()
    .all(|p| root().join("tools").join(p).exists());
    if !npm_ok {
        timed(
            "installing wasm-opt (binaryen 132), esbuild and axe-core from npm",
            || {
                status(command(
                    "npm",
                    &[
                        "ci",
                        "--prefix",
                        "tools",
                        "--no-audit",
                        "--no-fund",
                        "--loglevel=error",
                    ],
                ))
            },
        )?;
    }
    status(command("cargo", &["fetch", "--quiet"]))
}

/// What is compiled from crates.io: wasm-bindgen-cli, the splitter, trunk when asked for.
pub fn compiled(needs: Needs) -> Result {
    let bindgen_ok =
        |bin: &str| first_line(bin, &["--version"]).is_some_and(|v| v.contains(WASM_BINDGEN));
    if !bindgen_ok("wasm-bindgen") || (needs.browser && !bindgen_ok("wasm-bindgen-test-runner")) {
        timed(
            &format!("compiling wasm-bindgen-cli {WASM_BINDGEN} (about 3 minutes, once)"),
            || {
                // Not --locked: the crate's own lockfile names a dependency version the
                // registry lacks.
                status(command(
                    "cargo",
                    &[
                        "install",
                        "--quiet",
                        &format!("wasm-bindgen-cli@{WASM_BINDGEN}"),
                        "--force",
                    ],
                ))
            },
        )?;
    }
    if !wasm_split().exists() {
        // A half-finished install leaves a record without the binary.
        let _ = std::fs::remove_file(wasm_split_root().join(".crates.toml"));
    }
    project_local(
        "wasm-split",
        "wasm_split_cli_support",
        WASM_SPLIT,
        &["build-binary"],
    )?;
    if needs.format {
        project_local("leptosfmt", "leptosfmt", LEPTOSFMT, &[])?;
    }
    if needs.trunk && !first_line("trunk", &["--version"]).is_some_and(|v| v.ends_with(TRUNK)) {
        timed(
            &format!("compiling trunk {TRUNK} for --watch (about 14 minutes, once)"),
            || {
                status(command(
                    "cargo",
                    &["install", "--quiet", &format!("trunk@{TRUNK}"), "--locked"],
                ))
            },
        )?;
    }
    Ok(())
}

/// Chromium and chromedriver come from Debian (`.ci/run` installs them).
pub fn browser() -> Result {
    for bin in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
        if !Path::new(bin).exists() {
            return Err(format!(
                "{bin} is missing: install Chromium with `apt-get install chromium chromium-driver`"
            ));
        }
    }
    Ok(())
}

/// Everything a command needs, downloads beside compiles.
pub fn ensure(needs: Needs) -> Result {
    let (fetched, built) = std::thread::scope(|s| {
        let fetching = s.spawn(downloads);
        let built = compiled(needs);
        (
            fetching
                .join()
                .unwrap_or(Err("download thread panicked".into())),
            built,
        )
    });
    fetched.and(built)?;
    if needs.browser {
        browser()?;
    }
    Ok(())
}
