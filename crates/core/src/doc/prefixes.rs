//! Data for the tokenizer's rule "prefix hyphen": the bound prefixes after which UD English
//! (EWT) keeps a hyphenated word whole ("re-elect", "anti-war", "e-mail", "co-founder"), where it
//! otherwise splits hyphens into tokens of their own ("Jae - in", "well - known", "self - made").
//!
//! The list is the prefixes EWT (train, dev and test) writes inside one token and never or
//! almost never splits off: counted over its tokens, "e" 61 whole / 2 split, "non" 30 / 0,
//! "anti" 20 / 0, "pre" 18 / 0, "re" 17 / 0, "mid" 14 / 1, "co" 9 / 0, "post" 8 / 2, and the
//! rarer ones likewise. Lowercase; matched without regard to case.
pub(super) const PREFIXES: &[&str] = &[
    "anti", "co", "counter", "cross", "e", "ex", "intra", "micro", "mid", "mis", "multi", "neo",
    "non", "post", "pre", "pro", "psycho", "re", "semi", "socio", "sub", "un", "vice",
];

/// Whether `word` is one of the [`PREFIXES`].
pub(super) fn is_prefix(word: &str) -> bool {
    word.len() <= 7 && PREFIXES.iter().any(|p| p.eq_ignore_ascii_case(word))
}
