//! The `devgateway` command: `serve` and `bench`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};
use devgateway::bench::{self, BenchOptions};
use devgateway::{start, Config, FaultConfig};

#[derive(Parser)]
#[command(
    name = "devgateway",
    version,
    about = "A local Hoop gateway backed by SQLite"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the gateway API (and optionally the built app).
    Serve {
        #[arg(long, default_value = "127.0.0.1:8009")]
        addr: SocketAddr,
        #[arg(long, default_value = ".devgateway/gateway.db")]
        db: PathBuf,
        /// Built app to serve at `/`.
        #[arg(long)]
        dist: Option<PathBuf>,
        /// Do not seed demo data into an empty database.
        #[arg(long)]
        no_seed: bool,
        #[arg(long, default_value_t = 0)]
        fault_latency_ms: u64,
        /// Fraction (0..=1) of API requests that fail.
        #[arg(long, default_value_t = 0.0)]
        fault_error_rate: f64,
        /// Limit faults to API paths with this prefix.
        #[arg(long)]
        fault_path_prefix: Option<String>,
        /// Enable the /__test/* endpoints.
        #[arg(long)]
        enable_test_endpoints: bool,
        /// `api_url` reported by /api/serverinfo (default http://<addr>).
        #[arg(long)]
        api_url: Option<String>,
    },
    /// Measure requests per second on loopback against an in-process gateway.
    Bench {
        #[arg(long, default_value_t = 10_000)]
        keys: usize,
        #[arg(long, default_value_t = 8)]
        concurrency: usize,
        /// Seconds spent on each figure.
        #[arg(long, default_value_t = 5.0)]
        seconds: f64,
    },
}

/// Ctrl-C, or SIGTERM from a process manager or test harness.
async fn stop_signal() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
        tokio::select! {
            r = tokio::signal::ctrl_c() => r,
            _ = term.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    tokio::signal::ctrl_c().await
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    match Cli::parse().command {
        Command::Serve {
            addr,
            db,
            dist,
            no_seed,
            fault_latency_ms,
            fault_error_rate,
            fault_path_prefix,
            enable_test_endpoints,
            api_url,
        } => {
            anyhow::ensure!(
                (0.0..=1.0).contains(&fault_error_rate),
                "--fault-error-rate must be between 0 and 1"
            );
            let mut cfg = Config::new(db);
            cfg.addr = addr;
            cfg.dist = dist;
            cfg.seed = !no_seed;
            cfg.legacy_api_key = std::env::var("API_KEY").ok().filter(|k| !k.is_empty());
            cfg.api_url = api_url;
            cfg.test_endpoints = enable_test_endpoints;
            cfg.faults = FaultConfig {
                latency_ms: fault_latency_ms,
                error_rate: fault_error_rate,
                path_prefix: fault_path_prefix,
                method: None,
            };
            let gw = start(cfg).await?;
            print!("{}", gw.sign_in_help());
            if enable_test_endpoints {
                println!("test endpoints enabled under /__test/");
            }
            println!("press Ctrl-C to stop");
            stop_signal().await?;
            println!("stopping...");
            gw.shutdown().await;
        }
        Command::Bench {
            keys,
            concurrency,
            seconds,
        } => {
            let opts = BenchOptions {
                keys,
                concurrency: concurrency.max(1),
                duration: Duration::from_secs_f64(seconds),
                ..BenchOptions::default()
            };
            for (label, rate) in bench::run(&opts).await? {
                println!("{label}: {rate:.1} req/s");
            }
        }
    }
    Ok(())
}
