//! Group names, for the group pickers.

use super::{Api, ApiError};

/// All group names, sorted and de-duplicated (the gateway sends them unordered, `null` if none).
pub async fn list_groups(api: &Api) -> Result<Vec<String>, ApiError> {
    let reply = api.send(super::Method::Get, "/users/groups", None).await?;
    parse_groups(&reply.body)
}

pub fn parse_groups(body: &str) -> Result<Vec<String>, ApiError> {
    let mut groups: Vec<String> = super::decode::<Option<Vec<String>>>(body)?.unwrap_or_default();
    crate::order::sort_by_key(&mut groups, |g| crate::text::lowercase(g));
    groups.dedup();
    Ok(groups)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn null_is_empty_and_order_is_stable() {
        assert_eq!(parse_groups("null").unwrap(), Vec::<String>::new());
        assert_eq!(
            parse_groups(r#"["sre","admin","Engineering"]"#).unwrap(),
            ["admin", "Engineering", "sre"]
        );
    }
}
