//! Secrets, hashes and tokens.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::ApiError;

pub fn sha256_hex(data: &[u8]) -> String {
    let digest = Sha256::digest(data);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    OsRng.fill_bytes(&mut buf);
    buf
}

pub fn b64url(data: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(data)
}

/// A raw API key: `hpk_` + base64url of 32 random bytes (47 characters).
pub fn new_api_key() -> String {
    format!("hpk_{}", b64url(&random_bytes::<32>()))
}

/// The list preview of a raw key: its first 8 characters, then `*` up to the full length.
pub fn mask_key(raw: &str) -> String {
    let head: String = raw.chars().take(8).collect();
    let rest = raw.chars().count().saturating_sub(8);
    format!("{head}{}", "*".repeat(rest))
}

/// A connection secret: `<prefix>-` + base64url of 32 random bytes.
pub fn new_secret(prefix: &str) -> String {
    format!("{prefix}-{}", b64url(&random_bytes::<32>()))
}

/// Argon2id with modest memory so that seeding and logins stay quick in debug builds and tests.
fn argon2() -> Argon2<'static> {
    let params = Params::new(8 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hashing password: {e}"))
}

pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// Hashing off the async workers: argon2 is deliberately slow.
pub async fn hash_password_off_thread(password: String) -> Result<String, ApiError> {
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(|e| ApiError::internal(e.to_string()))
}

pub async fn verify_password_off_thread(password: String, phc: String) -> Result<bool, ApiError> {
    tokio::task::spawn_blocking(move || verify_password(&password, &phc))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))
}

/// An HS256 JWT like the gateway's local-auth tokens. The server only trusts its stored hash.
pub fn sign_jwt(secret: &[u8], claims: &serde_json::Value) -> String {
    let header = b64url(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = b64url(claims.to_string().as_bytes());
    let signing_input = format!("{header}.{payload}");
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("hmac accepts any key length");
    mac.update(signing_input.as_bytes());
    let sig = b64url(&mac.finalize().into_bytes());
    format!("{signing_input}.{sig}")
}

/// Equality that does not stop at the first differing byte.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_shape_and_mask() {
        let key = new_api_key();
        assert_eq!(key.len(), 47);
        let masked = mask_key(&key);
        assert_eq!(masked.len(), 47);
        assert_eq!(&masked[..8], &key[..8]);
        assert_eq!(&masked[8..], "*".repeat(39));
    }

    #[test]
    fn password_roundtrip() {
        let phc = hash_password("s3cret").unwrap();
        assert!(verify_password("s3cret", &phc));
        assert!(!verify_password("wrong", &phc));
    }
}
