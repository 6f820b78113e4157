//! The frame finder's word look-ups: which words are forms of a frame's verbs (one hash
//! look-up per word, the index built once), which open an event noun, and negation before a
//! trigger. Data is in [`super::lexicon`].

use std::sync::OnceLock;

use crate::word_table::{WordMap, WordSet};

use super::lexicon::*;
use super::verbs::{self, Form};

/// How far (in words) a frame's noun may stand from its verb.
const NOUN_WINDOW: usize = 8;

/// If a verb of `lemmas` (possibly phrasal, "cut off") starts at word `i`: its lemma, the
/// index after it, and its form.
pub(super) fn verb_at<'f>(
    lemmas: &[&'f str],
    words: &[String],
    i: usize,
) -> Option<(&'f str, usize, Form)> {
    // Most words are no trigger's form: one hash look-up says so.
    let candidates = verb_forms().get(words[i].as_str())?;
    for &lemma in lemmas {
        // The lemma's head word is a candidate: the lemma is it, or it and a space.
        let heads =
            |h: &&str| lemma.strip_prefix(*h).is_some_and(|r| r.is_empty() || r.starts_with(' '));
        let Some(&(head, form)) = candidates.iter().find(|(h, _)| heads(h)) else { continue };
        let mut end = i + 1;
        let mut all = true;
        for particle in lemma.get(head.len()..).unwrap_or("").split(' ').skip(1) {
            // A particle may follow an object: "blew up its office", "cut off all channels" —
            // only the adjacent order is accepted, the other reads too loosely.
            if words.get(end).map(String::as_str) == Some(particle) {
                end += 1;
            } else {
                all = false;
                break;
            }
        }
        if all {
            return Some((lemma, end, form));
        }
    }
    None
}

/// Every form of every trigger verb's head word (frames and general verbs) → the heads it is
/// a form of, with the form. Built once; looking a word up replaces inflecting every lemma of
/// every frame at every word.
pub(super) fn verb_forms() -> &'static WordMap<String, Vec<(&'static str, Form)>> {
    static INDEX: OnceLock<WordMap<String, Vec<(&'static str, Form)>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: WordMap<String, Vec<(&'static str, Form)>> = WordMap::default();
        let lemmas = FRAMES.iter().flat_map(|f| f.verbs.iter()).chain(GENERAL.iter());
        for lemma in lemmas {
            let head: &'static str = lemma.split(' ').next().unwrap_or(lemma);
            for (word, form) in verbs::forms(head) {
                let heads = index.entry(word).or_default();
                if !heads.iter().any(|(h, _)| *h == head) {
                    heads.push((head, form));
                }
            }
        }
        index
    })
}

/// The first words of every frame's event nouns. Built once.
pub(super) fn event_noun_heads() -> &'static WordSet<&'static str> {
    static HEADS: OnceLock<WordSet<&'static str>> = OnceLock::new();
    HEADS.get_or_init(|| {
        FRAMES
            .iter()
            .flat_map(|f| f.event_nouns.iter())
            .map(|noun| noun.split(' ').next().unwrap_or(noun))
            .collect()
    })
}

/// If one of the (possibly multi-word) `phrases` starts at word `i`, the index after it.
pub(super) fn phrase_at(phrases: &[&str], words: &[String], i: usize) -> Option<usize> {
    let first = words.get(i)?.as_str();
    phrases.iter().find_map(|phrase| {
        // Most phrases fail on their first word: test it before splitting anything.
        let rest = phrase.strip_prefix(first)?;
        if rest.is_empty() {
            return Some(i + 1);
        }
        let rest = rest.strip_prefix(' ')?;
        let mut end = i + 1;
        for part in rest.split(' ') {
            (words.get(end).map(String::as_str) == Some(part)).then_some(())?;
            end += 1;
        }
        Some(end)
    })
}

pub(super) fn noun_near(frame: &Frame, words: &[String], start: usize, end: usize) -> bool {
    let from = start.saturating_sub(NOUN_WINDOW);
    let to = (end + NOUN_WINDOW).min(words.len());
    (from..to).any(|i| phrase_at(frame.nouns, words, i).is_some())
}

pub(super) fn negated(words: &[String], i: usize) -> bool {
    (i.saturating_sub(3)..i)
        .any(|k| NEGATIONS.contains(&words[k].as_str()) || words[k].ends_with("n't"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_phrasal_verb_is_found_in_its_adjacent_order_only() {
        let w = words("north korea cut off all channels");
        // "cut" is spelled alike in every tense but the third person: read as the base form.
        assert_eq!(verb_at(&["cut off"], &w, 2), Some(("cut off", 4, Form::Base)));
        let w = words("north korea cut all channels off");
        assert_eq!(verb_at(&["cut off"], &w, 2), None);
    }

    #[test]
    fn event_nouns_and_negation_are_read_from_the_words() {
        let w = words("the missile test failed");
        assert_eq!(phrase_at(&["missile test"], &w, 1), Some(3));
        assert!(event_noun_heads().contains("summit"));
        assert!(negated(&words("they did not meet"), 3));
        assert!(!negated(&words("they did meet"), 2));
    }
}
