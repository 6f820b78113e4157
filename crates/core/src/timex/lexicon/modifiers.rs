//! Words that modify a temporal expression: where in a period ("early", "mid-") and how much of
//! a duration ("more than", "nearly"). The TIMEX3 `mod` values they give are in `Modifier`.

use crate::timex::Modifier;

/// A modifier placed before a date ("early 2019", "late February", "mid-May").
pub(crate) fn position(word: &str) -> Option<Modifier> {
    Some(match word {
        "early" | "earlier" => Modifier::Start,
        "late" | "later" => Modifier::End,
        "mid" | "middle" => Modifier::Mid,
        _ => return None,
    })
}

/// The phrases "the end of", "the beginning of", … as `(second word, modifier)` after "the".
pub(crate) fn position_phrase(word: &str) -> Option<Modifier> {
    Some(match word {
        "end" => Modifier::End,
        "beginning" | "start" => Modifier::Start,
        "middle" => Modifier::Mid,
        _ => return None,
    })
}

/// One-word quantity modifiers before a duration or a count ("nearly two years").
pub(crate) fn quantity(word: &str) -> Option<Modifier> {
    Some(match word {
        "about" | "around" | "approximately" | "roughly" | "some" | "circa" => Modifier::Approx,
        "nearly" | "almost" | "under" => Modifier::LessThan,
        "over" => Modifier::MoreThan,
        _ => return None,
    })
}

/// Two-word quantity modifiers: `(first, second)` → modifier ("more than", "at least").
pub(crate) fn quantity_pair(first: &str, second: &str) -> Option<Modifier> {
    Some(match (first, second) {
        ("more", "than") | ("longer", "than") => Modifier::MoreThan,
        ("less", "than") | ("fewer", "than") | ("shorter", "than") => Modifier::LessThan,
        ("at", "least") => Modifier::EqualOrMore,
        ("at", "most") | ("up", "to") => Modifier::EqualOrLess,
        ("just", "over") => Modifier::MoreThan,
        ("just", "under") => Modifier::LessThan,
        ("close", "to") => Modifier::Approx,
        _ => return None,
    })
}
