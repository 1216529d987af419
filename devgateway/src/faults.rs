//! Fault injection for API requests.

use crate::config::FaultConfig;

#[derive(Debug, PartialEq)]
pub enum Fault {
    /// 500 with an empty body.
    Fail,
    /// Close the connection without answering.
    Drop,
}

/// Whether a request is subject to the configured faults.
pub fn applies(cfg: &FaultConfig, method: &str, path: &str) -> bool {
    path.starts_with("/api/")
        && cfg
            .path_prefix
            .as_deref()
            .is_none_or(|p| path.starts_with(p))
        && cfg
            .method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
}

/// The fault for one request. A rate of 1.0 always fails with 500, so tests are deterministic;
/// below that, failures are split evenly between 500s and dropped connections.
pub fn pick(cfg: &FaultConfig) -> Option<Fault> {
    if cfg.error_rate >= 1.0 {
        return Some(Fault::Fail);
    }
    if cfg.error_rate <= 0.0 || rand::random::<f64>() >= cfg.error_rate {
        return None;
    }
    Some(if rand::random::<bool>() {
        Fault::Fail
    } else {
        Fault::Drop
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_and_rates() {
        let mut cfg = FaultConfig {
            error_rate: 1.0,
            path_prefix: Some("/api/api-keys".into()),
            ..Default::default()
        };
        assert!(applies(&cfg, "GET", "/api/api-keys/x"));
        assert!(!applies(&cfg, "GET", "/api/userinfo"));
        assert!(!applies(&cfg, "GET", "/index.html"));
        cfg.method = Some("GET".into());
        assert!(applies(&cfg, "get", "/api/api-keys/x"));
        assert!(!applies(&cfg, "DELETE", "/api/api-keys/x"));
        assert_eq!(pick(&cfg), Some(Fault::Fail));
        cfg.error_rate = 0.0;
        assert_eq!(pick(&cfg), None);
    }
}
