//! Korean personal names: recognising a romanised given name and the matching key of a name.
//!
//! The press writes one name many ways: "Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim
//! Jongun". The key ignores the case, hyphens and spaces of the given name, so all of these are
//! one person, while "Kim Ji-eun" and "Kim Yo Jong" keep different keys. A given name is
//! recognised by splitting it into romanised syllables ([`ONSETS`] + [`VOWELS`] + [`CODAS`]), so
//! that no list of given names is needed.

use super::names::{CODAS, KOREAN_SURNAMES, ONSETS, VOWELS};

/// Whether `word` is a Korean family name as romanised in the press.
pub fn is_surname(word: &str) -> bool {
    let lower = word.to_lowercase();
    KOREAN_SURNAMES.contains(lower.as_str())
}

/// How many romanised syllables `piece` splits into (1 or 2 for given names), or `None` if it is
/// not a sequence of Korean syllables. Tries every onset/vowel/coda split; pieces are short.
pub fn syllable_count(piece: &str) -> Option<usize> {
    let lower = piece.to_ascii_lowercase();
    if lower.is_empty() || lower.len() > 12 || !lower.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    count_from(lower.as_bytes(), 0)
}

fn count_from(rest: &[u8], depth: usize) -> Option<usize> {
    if rest.is_empty() {
        return Some(depth);
    }
    if depth >= 3 {
        return None;
    }
    for onset in ONSETS {
        let Some(after_onset) = rest.strip_prefix(onset.as_bytes()) else { continue };
        for vowel in VOWELS {
            let Some(after_vowel) = after_onset.strip_prefix(vowel.as_bytes()) else { continue };
            for coda in CODAS {
                let Some(after) = after_vowel.strip_prefix(coda.as_bytes()) else { continue };
                if let Some(n) = count_from(after, depth + 1) {
                    return Some(n);
                }
            }
        }
    }
    None
}

/// Whether `word` (one token, maybe hyphenated: "Jae-in") is a whole given name of one or two
/// syllables. A hyphenated word is one syllable, a hyphen, and one syllable (two in odd press
/// spellings such as "Jae-june").
pub fn is_given_name_word(word: &str) -> bool {
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    if !first_upper {
        return false;
    }
    match word.split_once(['-', '‑']) {
        // "Jae-in"; press spellings sometimes split a syllable oddly ("Jae-june").
        Some((a, b)) => syllable_count(a) == Some(1) && matches!(syllable_count(b), Some(1 | 2)),
        None => matches!(syllable_count(word), Some(1 | 2)),
    }
}

/// Whether `word` is exactly one capitalised syllable ("Jong", "Un"), the pieces of a given name
/// written with a space.
pub fn is_single_syllable(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && syllable_count(word) == Some(1)
}

/// The matching key of a Korean name: surname and given name, lowercase, without hyphens or
/// spaces in the given name ("kim jongun").
pub fn key(surname: &str, given: &[&str]) -> String {
    let mut key = surname.to_lowercase();
    key.push(' ');
    for part in given {
        key.extend(part.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase));
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_name_syllables_in_press_spellings_are_recognised() {
        for word in ["Jae-in", "Jong-Un", "Jong-un", "Kyung-mi", "Suk-yeol", "Chung-in", "Ji-eun"] {
            assert!(is_given_name_word(word), "{word}");
        }
        for word in ["Jong", "Un", "Soo", "Hyun", "Yo", "Min"] {
            assert!(is_single_syllable(word), "{word}");
        }
    }

    #[test]
    fn english_words_are_not_given_names() {
        for word in ["Reaches", "Special", "Partnership", "Letters", "Warns", "Friendship"] {
            assert!(!is_given_name_word(word), "{word}");
        }
    }

    #[test]
    fn spelling_variants_share_a_key_and_different_people_do_not() {
        let a = key("Kim", &["Jong", "Un"]);
        assert_eq!(a, key("Kim", &["Jong-un"]));
        assert_eq!(a, key("KIM", &["Jong-Un"]));
        assert_ne!(a, key("Kim", &["Ji-eun"]));
        assert_ne!(a, key("Kim", &["Yo", "Jong"]));
    }

    #[test]
    fn odd_input_does_not_panic() {
        assert_eq!(syllable_count(""), None);
        assert_eq!(syllable_count("ñandú"), None);
        assert!(!is_given_name_word("-"));
    }
}
