//! Hash tables over the core's own word lists (built once from its data, looked up with every
//! word of every text): [`WordMap`] and [`WordSet`] hash with FNV-1a (the syntax layer's
//! [`Fnv`], which also hashes its features' words), a few instructions per
//! byte, where the standard library's SipHash costs several times that for a short word. For
//! tables whose keys are the project's data (a text can make a lookup miss, never make the keys
//! collide), and for short-lived tables of one article or one sentence that are built or asked
//! once per word (the timex scanner's and the quote reader's per-form caches, a sentence's
//! mentions by offset), where SipHash's setup would cost more than the work they save.
//! Long-lived tables keyed by what texts contain keep the standard hasher.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

pub use dateline_syntax::hash::Fnv;

/// A map from words (or other keys of the project's data) to values.
pub type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A set of words of the project's data.
pub type WordSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// A word list of the project's data, looked up through a [`WordSet`] built on first use: one
/// hash where `list.contains` compares the word with every entry. For the lists asked about
/// every word of a text.
pub struct Words {
    list: &'static [&'static str],
    set: OnceLock<WordSet<&'static str>>,
}

impl Words {
    pub const fn new(list: &'static [&'static str]) -> Self {
        Words { list, set: OnceLock::new() }
    }

    /// Whether `word` is in the list (exactly: case and all).
    pub fn contains(&self, word: &str) -> bool {
        self.set.get_or_init(|| self.list.iter().copied().collect()).contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hasher;

    #[test]
    fn words_are_found_and_others_are_not() {
        let words = ["said", "met", "summit", "talks", "", "Moon Jae-in", "été"];
        let set: WordSet<&str> = words.iter().copied().collect();
        let map: WordMap<String, usize> =
            words.iter().enumerate().map(|(i, w)| (w.to_string(), i)).collect();
        for (i, w) in words.iter().enumerate() {
            assert!(set.contains(w));
            assert_eq!(map.get(*w), Some(&i));
        }
        for w in ["say", "Said", "summits", "ete", " "] {
            assert!(!set.contains(w) && !map.contains_key(w), "{w}");
        }
    }

    #[test]
    fn a_list_answers_as_its_slice_does() {
        static LIST: &[&str] = &["said", "told", "according", "Said"];
        static WORDS: Words = Words::new(LIST);
        for w in ["said", "Said", "told", "tell", "", "saidx", "according"] {
            assert_eq!(WORDS.contains(w), LIST.contains(&w), "{w}");
        }
    }

    #[test]
    fn the_hash_depends_on_every_byte_and_on_where_a_word_ends() {
        let hash = |parts: &[&str]| {
            let mut h = Fnv::default();
            for p in parts {
                std::hash::Hash::hash(p, &mut h);
            }
            h.finish()
        };
        assert_ne!(hash(&["ab"]), hash(&["ba"]));
        assert_ne!(hash(&["a", "b"]), hash(&["ab"]));
    }
}
