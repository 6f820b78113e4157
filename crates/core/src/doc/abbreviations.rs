//! Data: abbreviations after which a period does not end a sentence, and which the tokenizer
//! keeps whole with their period ("Mr.", "Feb.", "No.").
//!
//! Compared case-sensitively on the word right before the period, so that "No." (number) is an
//! abbreviation but a sentence ending in "no." is not. Dotted forms ("U.S.", "a.m.") and single
//! initials ("S. Rajaratnam") are handled by rules in the tokenizer and
//! in `article/sentences.rs`, not listed here.

/// Titles, months and other short forms that are followed by a capitalised word mid-sentence.
pub(crate) const ABBREVIATIONS: &[&str] = &[
    // Titles and ranks.
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Rev", "Fr", "Sen", "Rep", "Gov",
    "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Amb", "Pres", "Supt",
    "Hon", "Insp", "Det", "Del", "Mt", "Ft",
    // Months as news agencies abbreviate them (AP style).
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    // Other short forms that precede a name or a number.
    "No", "Nos", "Vol", "Art", "Fig", "approx", "vs", "v", "Co", "Corp", "Inc", "Ltd", "Bros",
    "Ave", "Blvd", "Rd", "Univ", "Dept", "est", "cf", "ca",
];

/// U.S. states as news style abbreviates them after a city ("Tulsa, Okla.", "Scott (D-Va.)"):
/// the tokenizer keeps their period, and like a dotted abbreviation they end a sentence only
/// before a typical opener ("… in Tulsa, Okla. The city …"). "Del." is among the titles above.
pub(crate) const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
];

/// States (and the capital's district) as news style writes them with a dot after each letter,
/// the dots part of the word: "Buffalo, N.Y.", "Washington, D.C.".
pub(crate) const DOTTED_STATE_ABBREVIATIONS: &[&str] =
    &["N.Y.", "N.J.", "N.C.", "S.C.", "N.H.", "N.M.", "N.D.", "S.D.", "R.I.", "W.Va.", "D.C."];

/// Words that, capitalised after a dotted abbreviation ("U.S."), usually start a new sentence:
/// "... talks with the U.S. The new ..." splits, "... the U.S. Navy ..." does not.
pub(crate) const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "In",
    "On",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Their",
    "Its",
    "There",
    "When",
    "While",
    "However",
    "Meanwhile",
    "Still",
    "Yet",
    "After",
    "Before",
    "Since",
    "As",
    "If",
    "Some",
    "Many",
    "Officials",
    "Experts",
    "According",
];

pub(crate) fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word)
}

pub(crate) fn is_state_abbreviation(word: &str) -> bool {
    STATE_ABBREVIATIONS.contains(&word)
}

pub(crate) fn is_dotted_state(word: &str) -> bool {
    DOTTED_STATE_ABBREVIATIONS.contains(&word)
}

pub(crate) fn is_sentence_opener(word: &str) -> bool {
    SENTENCE_OPENERS.contains(&word)
}
