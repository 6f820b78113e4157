//! Half-open byte ranges into an article's text.

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of UTF-8 byte offsets into a text.
///
/// Both ends always fall on `char` boundaries of the text the span was made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; `end` is clamped so that the span is never inverted.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end: end.max(start) }
    }

    /// The number of bytes covered.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `""` if it does not fit `text` (never panics).
    pub fn of(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies entirely within this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::Span;

    #[test]
    fn inverted_spans_are_clamped_to_empty() {
        let s = Span::new(5, 2);
        assert!(s.is_empty());
        assert_eq!(s.start, 5);
    }

    #[test]
    fn of_never_panics_on_a_span_that_does_not_fit() {
        let text = "Séoul";
        assert_eq!(Span::new(0, 3).of(text), "Sé");
        // Inside the two bytes of 'é': not a char boundary.
        assert_eq!(Span::new(2, 3).of(text), "");
        assert_eq!(Span::new(3, 99).of(text), "");
    }

    #[test]
    fn containment_and_overlap() {
        let a = Span::new(0, 10);
        assert!(a.contains(Span::new(2, 10)));
        assert!(!a.contains(Span::new(2, 11)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
    }
}
