//! Running commands from the workspace root with the project's tool paths.

use std::{
    env,
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Command, Stdio},
    time::Instant,
};

pub type Result<T = ()> = std::result::Result<T, String>;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

pub fn target_dir() -> PathBuf {
    // Respect a custom CARGO_TARGET_DIR, as cargo itself does.
    env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// Cargo's home, where `cargo install` puts binaries and the registry keeps sources.
pub fn cargo_home() -> Option<PathBuf> {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
}

/// PATH with the project-local npm tools (wasm-opt 132) and cargo's bin directory first, so
/// trunk never picks a system wasm-opt.
pub fn tool_path() -> String {
    let mut parts = vec![root().join("tools/node_modules/.bin")];
    if let Some(home) = cargo_home() {
        parts.push(home.join("bin"));
    }
    parts.extend(env::split_paths(&env::var_os("PATH").unwrap_or_default()));
    env::join_paths(parts)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs a long step, saying what it does before and how long it took after.
pub fn timed<T>(what: &str, step: impl FnOnce() -> Result<T>) -> Result<T> {
    println!("xtask: {what}…");
    let start = Instant::now();
    let out = step();
    let secs = start.elapsed().as_secs();
    let verdict = if out.is_ok() { "done" } else { "FAILED" };
    println!(
        "xtask: {verdict} after {}:{:02}: {what}",
        secs / 60,
        secs % 60
    );
    out
}

pub fn command(program: &str, args: &[&str]) -> Command {
    let mut c = Command::new(program);
    c.args(args)
        .current_dir(root())
        .env("PATH", tool_path())
        .env("TRUNK_SKIP_VERSION_CHECK", "true");
    c
}

/// Runs to completion with inherited output; Err names the command.
pub fn status(mut c: Command) -> Result {
    let shown = format!("{c:?}");
    let s = c
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if s.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({s})"))
    }
}

/// The first line a command prints, if it runs at all.
pub fn first_line(program: &str, args: &[&str]) -> Option<String> {
    let out = command(program, args).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    })
}

/// Counts of a cargo-test style run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub passed: u64,
    pub failed: u64,
    pub ignored: u64,
}

/// Runs a test command, echoing its stdout and adding up every `test result:` line.
pub fn tests(mut c: Command) -> (bool, Counts) {
    let mut counts = Counts::default();
    let child = c.stdout(Stdio::piped()).spawn();
    let Ok(mut child) = child else {
        return (false, counts);
    };
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out).lines().map_while(|l| l.ok()) {
            println!("{line}");
            if let Some(rest) = line.trim().strip_prefix("test result: ") {
                for part in rest.split(';') {
                    let mut words = part.split_whitespace().rev();
                    let (Some(label), Some(n)) = (words.next(), words.next()) else {
                        continue;
                    };
                    let n: u64 = n
                        .trim_start_matches(|c: char| !c.is_ascii_digit())
                        .parse()
                        .unwrap_or(0);
                    match label {
                        "passed" => counts.passed += n,
                        "failed" => counts.failed += n,
                        "ignored" => counts.ignored += n,
                        _ => {}
                    }
                }
            }
        }
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    (ok, counts)
}
