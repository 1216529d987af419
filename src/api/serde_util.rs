//! Deserializers for the gateway's loose spots: `null` where a list is meant, ports that are
//! sometimes strings and sometimes numbers.

use serde::{Deserialize, Deserializer};

/// `null` or a missing field becomes an empty list.
pub fn null_as_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// `null` or a missing string becomes `""`.
pub fn null_as_blank<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

/// A port given as `"5432"` or `5432` (or absent) becomes a string.
pub fn port_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Port {
        Text(String),
        Number(u64),
    }
    Ok(match Option::<Port>::deserialize(d)? {
        Some(Port::Text(s)) => s,
        Some(Port::Number(n)) => n.to_string(),
        None => String::new(),
    })
}
