//! Letters with diacritics read as the base letters a word list spells them with, so that the
//! name lists need not list "andrés" beside "andres". Data ([`BASE_LETTERS`]) apart from the
//! one function that reads it ([`without_diacritics`]).

/// Latin letters with diacritics and their base letter, lowercase: Latin-1 and the Central
/// European, Baltic and Turkish letters of Latin Extended-A.
#[rustfmt::skip]
const BASE_LETTERS: &[(char, char)] = &[
    ('à', 'a'), ('á', 'a'), ('â', 'a'), ('ã', 'a'), ('ä', 'a'), ('å', 'a'), ('ā', 'a'), ('ă', 'a'),
    ('ą', 'a'), ('ç', 'c'), ('ć', 'c'), ('č', 'c'), ('ď', 'd'), ('đ', 'd'), ('è', 'e'), ('é', 'e'),
    ('ê', 'e'), ('ë', 'e'), ('ē', 'e'), ('ė', 'e'), ('ę', 'e'), ('ě', 'e'), ('ğ', 'g'), ('ì', 'i'),
    ('í', 'i'), ('î', 'i'), ('ï', 'i'), ('ī', 'i'), ('į', 'i'), ('ı', 'i'), ('ķ', 'k'), ('ļ', 'l'),
    ('ł', 'l'), ('ñ', 'n'), ('ń', 'n'), ('ņ', 'n'), ('ň', 'n'), ('ò', 'o'), ('ó', 'o'), ('ô', 'o'),
    ('õ', 'o'), ('ö', 'o'), ('ø', 'o'), ('ō', 'o'), ('ő', 'o'), ('ř', 'r'), ('ś', 's'), ('ş', 's'),
    ('š', 's'), ('ţ', 't'), ('ť', 't'), ('ù', 'u'), ('ú', 'u'), ('û', 'u'), ('ü', 'u'), ('ū', 'u'),
    ('ů', 'u'), ('ű', 'u'), ('ų', 'u'), ('ý', 'y'), ('ÿ', 'y'), ('ź', 'z'), ('ż', 'z'), ('ž', 'z'),
];

/// `word` with the diacritics of [`BASE_LETTERS`] taken off ("josé" → "jose"); other
/// characters are kept as they are. `None` when nothing changes, so that the common case
/// allocates nothing.
pub(super) fn without_diacritics(word: &str) -> Option<String> {
    let base = |c: char| BASE_LETTERS.iter().find(|&&(with, _)| with == c).map(|&(_, b)| b);
    if word.is_ascii() || !word.chars().any(|c| base(c).is_some()) {
        return None;
    }
    Some(word.chars().map(|c| base(c).unwrap_or(c)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diacritics_come_off_and_other_letters_stay() {
        assert_eq!(without_diacritics("josé").as_deref(), Some("jose"));
        assert_eq!(without_diacritics("łukasz").as_deref(), Some("lukasz"));
        assert_eq!(without_diacritics("jose"), None);
        assert_eq!(without_diacritics("한국"), None);
        assert_eq!(without_diacritics("ñoño-한").as_deref(), Some("nono-한"));
    }
}
