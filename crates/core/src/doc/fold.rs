//! Lowercasing, in one place: the forms every stage compares words in.
//!
//! - [`fold`]: a word lowercased (full Unicode) with curly apostrophes made straight, the form of
//!   the [`Doc`](super::Doc)'s norms and of every word table; [`push_fold`] appends it to an arena;
//! - [`eq_fold`]: case-insensitive equality without allocating;
//! - [`fold_eq`], [`lowercase_eq`]: whether a word folds (lowercases) to a given form, without
//!   allocating for ASCII words;
//! - [`with_ascii_lowercase`]: a short ASCII word lowercased on the stack; [`with_lowercase`]
//!   any word lowercased, on the stack when it is short and ASCII;
//! - [`ascii_lower`]: a text with only its ASCII letters lowercased, so that byte offsets into it
//!   are offsets into the original.

/// `word` lowercased, with the curly apostrophe `’` made straight ("Don’t" → "don't").
pub fn fold(word: &str) -> String {
    // Most words are ASCII: one allocation instead of two.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.to_lowercase().replace('\u{2019}', "'")
}

/// Appends `fold(word)` to `out`: lowercased in place for an ASCII word (nearly every word), for
/// the arenas that hold many words' folds one after the other.
pub fn push_fold(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        if let Some(pushed) = out.get_mut(start..) {
            pushed.make_ascii_lowercase();
        }
    } else {
        out.push_str(&fold(word));
    }
}

/// Whether `fold(word) == target`, without allocating when `word` is ASCII (nearly every word).
pub fn fold_eq(word: &str, target: &str) -> bool {
    if word.is_ascii() {
        word.len() == target.len()
            && word.bytes().zip(target.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        fold(word) == target
    }
}

/// Whether `word.to_lowercase() == target`, without allocating when `word` is ASCII.
pub fn lowercase_eq(word: &str, target: &str) -> bool {
    if word.is_ascii() {
        word.len() == target.len()
            && word.bytes().zip(target.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        word.to_lowercase() == target
    }
}

/// Case-insensitive equality (full Unicode lower-casing only when needed, for "Février").
pub fn eq_fold(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        // Compared char by char, lowercased on the fly: no allocation per comparison.
        a.len() <= 32
            && b.len() <= 32
            && a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
    }
}

/// `f` of `word` lowercased, for an ASCII word of at most 16 bytes (word tables hold shorter
/// words), without allocating; `None` for other words.
pub fn with_ascii_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> Option<T> {
    let mut buf = [0u8; 16];
    let bytes = word.as_bytes();
    if !word.is_ascii() || bytes.len() > buf.len() {
        return None;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).ok().map(f)
}

/// `f` of `word.to_lowercase()`, without allocating for an ASCII word of at most 16 bytes:
/// a word table looked up with a word of a text, lowercased.
pub fn with_lowercase<T>(word: &str, f: impl Fn(&str) -> T) -> T {
    with_ascii_lowercase(word, &f).unwrap_or_else(|| f(&word.to_lowercase()))
}

/// `text` with its ASCII letters lowercased and everything else as it is: the same length and
/// the same byte offsets.
pub fn ascii_lower(text: &str) -> String {
    text.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_eq_and_lowercase_eq_agree_with_allocating_forms() {
        let words = ["The", "the", "THE", "Don’t", "don't", "ÉTÉ", "été", "", "Th", "as", "Σ"];
        let targets = ["the", "don't", "don’t", "été", "", "The", "as", "σ", "ς"];
        for w in words {
            for t in targets {
                assert_eq!(fold_eq(w, t), fold(w) == t, "fold_eq({w:?}, {t:?})");
                assert_eq!(lowercase_eq(w, t), w.to_lowercase() == t, "lowercase_eq({w:?}, {t:?})");
            }
        }
    }

    #[test]
    fn fold_lowercases_and_straightens_apostrophes() {
        assert_eq!(fold("Don’t"), "don't");
        assert_eq!(fold("ÉTÉ"), "été");
        assert_eq!(fold("Seoul"), "seoul");
    }

    #[test]
    fn eq_fold_compares_without_case() {
        assert!(eq_fold("Février", "FÉVRIER"));
        assert!(eq_fold("kst", "KST"));
        assert!(!eq_fold("may", "mayor"));
    }

    #[test]
    fn ascii_lowercase_on_the_stack_only_for_short_ascii_words() {
        assert_eq!(with_ascii_lowercase("KST", str::to_string), Some("kst".to_string()));
        assert_eq!(with_ascii_lowercase("Séoul", str::len), None);
        assert_eq!(with_ascii_lowercase("abcdefghijklmnopq", str::len), None);
    }

    #[test]
    fn ascii_lower_keeps_offsets() {
        let text = "Séoul ÉTÉ May";
        assert_eq!(ascii_lower(text).len(), text.len());
        assert_eq!(ascii_lower(text), "séoul ÉtÉ may");
    }

    #[test]
    fn with_lowercase_sees_what_to_lowercase_gives() {
        for w in ["Said", "SAID", "said", "Été", "ÉTÉ", "", "Extraordinarily-Long-Word", "Σ"] {
            assert_eq!(with_lowercase(w, str::to_string), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn push_fold_appends_what_fold_gives() {
        let mut arena = String::from("x");
        for w in ["Moon", "DON’T", "Été", ""] {
            arena.push_str(&fold(w));
        }
        let mut pushed = String::from("x");
        for w in ["Moon", "DON’T", "Été", ""] {
            push_fold(&mut pushed, w);
        }
        assert_eq!(pushed, arena);
        assert_eq!(pushed, "xmoondon'tété");
    }
}
