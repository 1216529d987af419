//! Deserializers for the gateway's loose spots: `null` where a list is meant, ports that are
//! sometimes strings and sometimes numbers.

use serde::{
    de::{self, Visitor},
    Deserialize, Deserializer,
};
use std::fmt;

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

/// A port given as `"5432"` or `5432` (or `null`) becomes a string. A visitor of its own rather
/// than an untagged enum, which would buffer the value through serde's generic content type.
pub fn port_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct Port;
    impl Visitor<'_> for Port {
        type Value = String;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a port as a number or a string")
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_owned())
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_unit<E: de::Error>(self) -> Result<String, E> {
            Ok(String::new())
        }
    }
    d.deserialize_any(Port)
}
