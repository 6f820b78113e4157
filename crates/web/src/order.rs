//! Sorting through one compiled copy per element type.
//!
//! Every `sort_by` call with its own closure makes the compiler emit its own copy of the sort
//! (several kilobytes of wasm each: the sort is generic over the comparison). [`sort_by`] takes
//! the comparison as a trait object, so all the calls sorting one element type share a copy.
//! The page's size budget is why; the sort itself is the standard library's stable sort.

use std::cmp::Ordering;

/// `items.sort_by(compare)`, stable, with one compiled sort per `T`.
pub fn sort_by<T>(items: &mut [T], compare: &dyn Fn(&T, &T) -> Ordering) {
    items.sort_by(compare);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_the_comparison() {
        let mut pairs = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')];
        sort_by(&mut pairs, &|x, y| x.0.cmp(&y.0));
        assert_eq!(pairs, [(1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        sort_by(&mut pairs, &|x, y| y.1.cmp(&x.1));
        assert_eq!(pairs.map(|p| p.1), ['d', 'c', 'b', 'a']);
    }
}
