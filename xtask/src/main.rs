//! The project's commands: `cargo xtask dev`, `cargo xtask test`, `cargo xtask size`,
//! `cargo xtask bench`, `cargo xtask bench-gateway`. Each installs the pinned tools it needs first.

mod app;
mod bench;
#[path = "../../src/chunks.rs"]
#[allow(dead_code)] // xtask reads the names, not every helper
mod chunks;
mod cycles;
mod exports;
mod imports;
mod order;
mod pack;
mod run;
mod size;
mod suites;
mod tools;
mod wasm_names;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

  dev [--watch]    build the app (release), start devgateway on 127.0.0.1:8009 with demo data
                   and serve both on that origin; --watch rebuilds on change with trunk serve
  test             every check: fmt, clippy (native + wasm32), native tests, browser component
                   tests, end-to-end tests in headless Chromium against devgateway
  size             release build, then raw and gzip bytes of every file and of what the first
                   load downloads on each screen it can land on
  bench            release build, then bytes per screen and, in headless Chromium against
                   devgateway seeded with 1 000 and 10 000 keys, first rows, keystrokes, sort and
                   filter changes and memory, each against its budget (target/bench/)
  bench-gateway    devgateway throughput on loopback
  fmt              format view! macros (leptosfmt) and the rest (rustfmt), as `test` checks
  cycles           the import cycles among src/ modules (part of `test`)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dev") => suites::dev(args.iter().any(|a| a == "--watch")),
        Some("test") => suites::test(),
        Some("size") => suites::size().map(|_| ()),
        Some("bench") => bench::bench(),
        Some("bench-gateway") => suites::bench_gateway(),
        Some("cycles") => cycles::check(),
        Some("fmt") => suites::fmt(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
