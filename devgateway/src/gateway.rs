//! Starting, running and stopping a gateway.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use anyhow::Context;
use axum::body::Body;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::{watch, Notify};
use tokio::task::JoinHandle;

use crate::config::Config;
use crate::db::Db;
use crate::seed::{self, PasswordSource};
use crate::state::{bootstrap, AppState, ServerInfoFlags, SharedState};
use crate::static_files::StaticFiles;
use crate::{flags, routes, server};

/// A running gateway. Dropping it stops the server.
pub struct Gateway {
    addr: SocketAddr,
    demo_password: Option<String>,
    password_source: Option<PasswordSource>,
    seeded: bool,
    emails: Vec<String>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<()>>,
}

impl Gateway {
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The demo users' password when seeded on this start, else the one given through the
    /// config or `DEVGATEWAY_DEMO_PASSWORD` (which may differ from what an older seed stored).
    pub fn demo_password(&self) -> Option<&str> {
        self.demo_password.as_deref()
    }

    /// Whether demo data was seeded on this start.
    pub fn seeded(&self) -> bool {
        self.seeded
    }

    /// Human-readable sign-in instructions, printed by the binary on every start.
    pub fn sign_in_help(&self) -> String {
        let mut out = format!("devgateway listening on {}\n", self.base_url());
        if self.emails.is_empty() {
            out.push_str(
                "No users yet: register the first administrator with POST /api/localauth/register.\n",
            );
            return out;
        }
        out.push_str("Sign in (local auth) as one of:\n");
        for email in &self.emails {
            out.push_str(&format!("  {email}\n"));
        }
        let pw = match (&self.demo_password, &self.password_source) {
            (Some(p), Some(PasswordSource::Random)) => {
                format!("password: {p}  (random, shown only on this first start; stored hashed)")
            }
            (Some(p), Some(PasswordSource::Env)) => {
                format!("password: {p}  (from DEVGATEWAY_DEMO_PASSWORD)")
            }
            (Some(p), _) => format!("password: {p}"),
            (None, _) => "password: the one printed when this database was first seeded \
                          (or DEVGATEWAY_DEMO_PASSWORD at that time); lost it? stop, delete the \
                          database file and start again for fresh demo data"
                .to_string(),
        };
        out.push_str(&pw);
        out.push('\n');
        out
    }

    /// Stops accepting, lets in-flight requests finish (up to 5 s) and flushes pending writes.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// Binds, migrates, seeds, and spawns the server; returns once connections are accepted.
pub async fn start(config: Config) -> anyhow::Result<Gateway> {
    let listener = TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("binding {}", config.addr))?;
    let addr = listener.local_addr()?;
    let cfg = config.clone();
    let (db, boot, seeded, emails, flags) = tokio::task::spawn_blocking(move || {
        let db = Db::open(&cfg.db_path)?;
        let boot = db.with_writer(bootstrap)?;
        let seeded = if cfg.seed {
            db.with_writer(|c| seed::seed_if_empty(c, cfg.demo_password.clone()))?
        } else {
            None
        };
        let emails = db.with_writer(|c| seed::user_emails(c))?;
        let flags = db.with_writer(|c| flags::effective(c, &boot.org_id))?;
        anyhow::Ok((db, boot, seeded, emails, flags))
    })
    .await??;
    let static_files = config.dist.clone().map(StaticFiles::new).transpose()?;

    let (demo_password, password_source) = match &seeded {
        Some((pw, src)) => (Some(pw.clone()), Some(*src)),
        None => match seed::configured_password(config.demo_password.clone()) {
            Some((pw, src)) => (Some(pw), Some(src)),
            None => (None, None),
        },
    };
    let state: SharedState = Arc::new(AppState {
        db,
        org_id: boot.org_id,
        org_name: boot.org_name,
        jwt_secret: boot.jwt_secret,
        api_url: config
            .api_url
            .clone()
            .unwrap_or_else(|| format!("http://{addr}")),
        legacy_api_key: config.legacy_api_key.clone().filter(|k| !k.is_empty()),
        test_endpoints: config.test_endpoints,
        faults: RwLock::new(config.faults.clone()),
        serverinfo: RwLock::new(ServerInfoFlags::default()),
        flag_cache: RwLock::new(flags),
        last_used: Mutex::new(HashMap::new()),
        static_files,
    });
    let router = routes::router(state.clone());
    let (stop, stop_rx) = watch::channel(false);
    let task = tokio::spawn(serve(listener, state, router, stop_rx));
    Ok(Gateway {
        addr,
        demo_password,
        password_source,
        seeded: seeded.is_some(),
        emails,
        stop,
        task: Some(task),
    })
}

async fn serve(
    listener: TcpListener,
    state: SharedState,
    router: Router,
    mut stop: watch::Receiver<bool>,
) {
    let graceful = GracefulShutdown::new();
    let flusher = tokio::spawn({
        let state = state.clone();
        async move {
            let mut tick = tokio::time::interval(Duration::from_millis(250));
            loop {
                tick.tick().await;
                state.flush_last_used().await;
            }
        }
    });
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                match accepted {
                    Ok((stream, peer)) => {
                        let _ = stream.set_nodelay(true);
                        spawn_connection(stream, peer, &state, &router, &graceful);
                    }
                    // Out of file descriptors and the like: back off instead of spinning.
                    Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                }
            }
            _ = stop.changed() => break,
        }
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(5), graceful.shutdown()).await;
    flusher.abort();
    state.flush_last_used().await;
}

fn spawn_connection(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    state: &SharedState,
    router: &Router,
    graceful: &GracefulShutdown,
) {
    // Lets fault injection close this connection without an answer.
    let kill = Arc::new(Notify::new());
    let svc = {
        let (state, router, kill) = (state.clone(), router.clone(), kill.clone());
        hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
            let (state, router, kill) = (state.clone(), router.clone(), kill.clone());
            async move {
                let resp = server::handle(state, router, kill, peer, req.map(Body::new)).await;
                Ok::<_, Infallible>(resp)
            }
        })
    };
    let conn = http1::Builder::new()
        .timer(TokioTimer::new())
        .serve_connection(TokioIo::new(stream), svc);
    let conn = graceful.watch(conn);
    tokio::spawn(async move {
        tokio::select! {
            _ = conn => {}
            _ = kill.notified() => {}
        }
    });
}
