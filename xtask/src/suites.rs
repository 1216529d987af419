//! What each command does.

use crate::{
    app,
    run::{command, root, status, target_dir, tests, timed, Counts, Result},
    size, tools,
};
use std::{fs, process::Command, time::Instant};

/// The first load's size limit, gzip bytes over wasm + JS + CSS + HTML.
const BUDGET_GZIP: u64 = 200 * 1024;

/// devgateway in its fast native profile.
fn build_gateway() -> Result {
    timed("compiling devgateway", || {
        status(command(
            "cargo",
            &[
                "build",
                "--quiet",
                "-p",
                "devgateway",
                "--profile",
                "gateway",
            ],
        ))
    })
}

pub fn dev(watch: bool) -> Result {
    let start = Instant::now();
    // The tools compile on one thread while the app and devgateway compile on this one (the
    // app's final link runs on one core); trunk only when live reload needs it.
    let (tools, built) = std::thread::scope(|s| {
        let tools = s.spawn(|| {
            tools::compiled(tools::Needs {
                browser: false,
                trunk: watch,
                format: false,
            })
        });
        let built = tools::downloads()
            .and_then(|()| if watch { Ok(()) } else { app::compile() })
            .and_then(|()| build_gateway());
        (
            tools
                .join()
                .unwrap_or(Err("tool install thread panicked".into())),
            built,
        )
    });
    tools.and(built)?;
    if !watch {
        app::package()?;
    }
    let secs = start.elapsed().as_secs();
    println!(
        "xtask: ready after {}:{:02} (minutes:seconds)",
        secs / 60,
        secs % 60
    );
    let gateway = target_dir().join("gateway/devgateway");
    let gateway = gateway.to_string_lossy();
    fs::create_dir_all(root().join(".devgateway")).map_err(|e| e.to_string())?;
    let base = [
        "serve",
        "--addr",
        "127.0.0.1:8009",
        "--db",
        ".devgateway/gateway.db",
    ];
    if watch {
        // devgateway answers /api; trunk serve rebuilds on change and proxies /api to it.
        let mut gw = command(&gateway, &base)
            .spawn()
            .map_err(|e| e.to_string())?;
        println!("xtask: live reload at http://127.0.0.1:8080 (API proxied to devgateway on 8009)");
        let result = status(command("trunk", &["serve"]));
        let _ = gw.kill();
        return result;
    }
    let mut args = base.to_vec();
    args.extend(["--dist", "dist"]);
    status(command(&gateway, &args))
}

enum Step {
    Run(Command),
    Do(fn() -> Result),
}

struct Suite {
    name: &'static str,
    ok: bool,
    counts: Option<Counts>,
    secs: f64,
}

pub fn test() -> Result {
    tools::ensure(tools::Needs {
        browser: true,
        trunk: false,
        format: true,
    })?;
    let mut done: Vec<Suite> = Vec::new();
    let mut check = |name: &'static str, step: Step, counted: bool| -> bool {
        println!("\n==> {name}");
        let start = Instant::now();
        let (ok, counts) = match step {
            Step::Run(c) if counted => tests(c),
            Step::Run(c) => (status(c).is_ok(), Counts::default()),
            Step::Do(f) => match f() {
                Ok(()) => (true, Counts::default()),
                Err(e) => {
                    eprintln!("xtask: {e}");
                    (false, Counts::default())
                }
            },
        };
        let ok = ok && counts.failed == 0 && (!counted || counts.passed > 0);
        done.push(Suite {
            name,
            ok,
            counts: counted.then_some(counts),
            secs: start.elapsed().as_secs_f64(),
        });
        ok
    };
    // view! macros first (rustfmt leaves them alone), then the rest.
    check("format (view! macros)", Step::Do(check_views), false);
    check(
        "format",
        Step::Run(command("cargo", &["fmt", "--all", "--", "--check"])),
        false,
    );
    check("module cycles", Step::Do(crate::cycles::check), false);
    check(
        "clippy (native)",
        Step::Run(command(
            "cargo",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        )),
        false,
    );
    check(
        "clippy (wasm32)",
        Step::Run(command(
            "cargo",
            &[
                "clippy",
                "-p",
                "hoop-admin",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
        )),
        false,
    );
    check(
        "native tests",
        Step::Run(command("cargo", &["test", "--workspace"])),
        true,
    );
    let mut web = command(
        "cargo",
        &[
            "test",
            "-p",
            "hoop-admin",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "web",
        ],
    );
    web.env(
        "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
        "wasm-bindgen-test-runner",
    )
    .env("CHROMEDRIVER", "/usr/bin/chromedriver")
    .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
    .env(
        "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
        root().join("tests/webdriver.json"),
    );
    check("browser component tests", Step::Run(web), true);
    if check("app build (release)", Step::Do(app::build), false) {
        let mut e2e = command(
            "cargo",
            &[
                "test",
                "-p",
                "hoop-admin",
                "--test",
                "e2e",
                "--",
                "--ignored",
                "--test-threads=2",
            ],
        );
        e2e.env("HOOP_ADMIN_DIST", root().join("dist")).env(
            "HOOP_ADMIN_AXE",
            root().join("tools/node_modules/axe-core/axe.min.js"),
        );
        check("end-to-end tests", Step::Run(e2e), true);
        check("first-load budget", Step::Do(within_budget), false);
    }
    println!("\n==> summary");
    let (mut passed, mut failed) = (0, 0);
    for s in &done {
        let verdict = if s.ok { "ok" } else { "FAILED" };
        match s.counts {
            Some(c) => {
                passed += c.passed;
                failed += c.failed + u64::from(!s.ok && c.failed == 0);
                println!(
                    "{}: {verdict}, {} passed, {} failed, {} ignored ({:.0} s)",
                    s.name, c.passed, c.failed, c.ignored, s.secs
                );
            }
            None => {
                failed += u64::from(!s.ok);
                println!("{}: {verdict} ({:.0} s)", s.name, s.secs);
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    if done.iter().all(|s| s.ok) {
        Ok(())
    } else {
        Err("some checks failed".into())
    }
}

/// leptosfmt's check, showing only what is off (it lists every file that is fine too).
fn check_views() -> Result {
    let out = leptosfmt(true)
        .output()
        .map_err(|e| format!("leptosfmt: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if !line.starts_with('\u{2705}') {
            println!("{line}");
        }
    }
    eprint!("{}", String::from_utf8_lossy(&out.stderr));
    Err("view! macros are not formatted: run `cargo xtask fmt`".into())
}

fn leptosfmt(check: bool) -> Command {
    let mut c = command(&tools::leptosfmt().to_string_lossy(), &[]);
    if check {
        c.arg("--check");
    } else {
        c.arg("--quiet");
    }
    c.args(["-c", "leptosfmt.toml", "src", "tests"]);
    c
}

/// Formats everything the format check checks: `view!` macros, then the Rust around them.
pub fn fmt() -> Result {
    tools::compiled(tools::Needs {
        format: true,
        ..Default::default()
    })?;
    status(leptosfmt(false))?;
    status(command("cargo", &["fmt", "--all"]))
}

/// Whether the larger landing screen's first load, `total`, is within the budget, and a line
/// that says so.
pub fn budget(total: u64) -> (bool, String) {
    let within = total <= BUDGET_GZIP;
    let line = format!(
        "first load: {:.1} KB gzip, {} the {} KB budget",
        total as f64 / 1024.0,
        if within { "within" } else { "OVER" },
        BUDGET_GZIP / 1024
    );
    (within, line)
}

/// The release build just made must keep every landing screen's first load in the budget.
fn within_budget() -> Result {
    match budget(size::measure(false)?) {
        (true, line) => {
            println!("{line}");
            Ok(())
        }
        (false, line) => Err(line),
    }
}

/// Builds the release app and prints what a first visit downloads.
pub fn size() -> Result<u64> {
    tools::ensure(tools::Needs::default())?;
    app::build()?;
    let total = size::measure(true)?;
    println!("{}", budget(total).1);
    Ok(total)
}

pub fn bench_gateway() -> Result {
    status(command(
        "cargo",
        &[
            "run",
            "--quiet",
            "-p",
            "devgateway",
            "--profile",
            "gateway",
            "--",
            "bench",
        ],
    ))
}
