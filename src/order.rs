//! One stable sort for the console. Every `sort_by` with its own closure or element type is a
//! fresh copy of the standard library's sort (3–4 KB of wasm each, about a dozen of them across
//! the screens); these helpers sort positions through one copy and a `dyn` comparison instead.

use std::cmp::Ordering;

/// The positions `0..len` in the order `cmp` gives them, equal ones kept in place.
pub fn positions(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut out: Vec<usize> = (0..len).collect();
    out.sort_by(|&a, &b| cmp(a, b));
    out
}

/// Sorts `items` by `cmp`, equal ones kept in their order.
pub fn sort_by<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let order = positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| taken[i].take()));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, T::cmp);
}

/// Sorts `items` by the key `key` gives each, equal ones kept in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        sort_by(&mut v, |a, b| b.0.cmp(&a.0));
        assert_eq!(v, [(2, 'a'), (2, 'c'), (1, 'b'), (1, 'd'), (0, 'e')]);
        let mut empty: Vec<String> = Vec::new();
        sort_by_key(&mut empty, |s| s.len());
        assert!(empty.is_empty());
        assert_eq!(positions(3, &|a, b| b.cmp(&a)), [2, 1, 0]);
        let mut words = vec!["b".to_string(), "a".to_string(), "c".to_string()];
        sort(&mut words);
        assert_eq!(words, ["a", "b", "c"]);
    }
}
