//! Words and phrases that refer to the present, the past or the future without a date
//! ("now", "recently", "the future"), with the TIMEX3 value each gets.

/// A one-word reference and its value. "now" is `PRESENT_REF`. ("Previously", "soon" and
/// "shortly" are left out: in news they mostly qualify events, and TimeBank does not mark them.)
pub(crate) fn single(word: &str) -> Option<&'static str> {
    Some(match word {
        "now" | "currently" | "nowadays" | "presently" => "PRESENT_REF",
        "recently" | "lately" => "PAST_REF",
        _ => return None,
    })
}

/// An adjective that makes a vague future out of a plural unit ("the coming months" →
/// `FUTURE_REF`). ("Recent years" is a vague duration, `PXY`, as TimeBank marks it.)
pub(crate) fn vague_future_adjective(word: &str) -> Option<&'static str> {
    Some(match word {
        "coming" | "upcoming" => "FUTURE_REF",
        _ => return None,
    })
}

/// A noun that, after "the", is a vague time ("the past" → `PAST_REF`).
pub(crate) fn after_the(word: &str) -> Option<&'static str> {
    Some(match word {
        "past" => "PAST_REF",
        "future" => "FUTURE_REF",
        "present" => "PRESENT_REF",
        _ => return None,
    })
}

/// Nouns that make "current" part of a term rather than a time ("current account", "current
/// assets", "direct current").
pub(crate) fn is_current_term(noun: &str) -> bool {
    matches!(
        noun,
        "account"
            | "accounts"
            | "assets"
            | "liabilities"
            | "affairs"
            | "events"
            | "ratio"
            | "dollars"
            | "prices"
            | "flows"
            | "flow"
    )
}
