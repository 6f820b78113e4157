//! Rule "written quotation": a quotation read out of a document ("“… honored Mr. Trump
//! yesterday …,” the article read") was written at the document's own time, which the
//! publication date does not give. A date inside it that counts from the moment of writing
//! ("yesterday", "last week", "on Friday", "two years ago") is therefore not resolved against
//! the publication: it is left unresolved, so it dates no event and keeps no farther date
//! from being taken either. Speech quoted with "said" keeps its dates: what is said to a
//! reporter is said around the publication. Work is linear in the sentence.

use super::clauses::inside_quotes;
use crate::timex::lexicon::weekdays::weekday;
use crate::Span;

/// Words of a temporal expression that count from the moment of speaking or writing; weekday
/// names too (the temporal tagger's table).
const DEICTIC: &[&str] =
    &["yesterday", "today", "tonight", "tomorrow", "ago", "last", "this", "next", "past"];

/// Attribution verbs that quote a written text, not speech ("the letter read").
const WRITTEN_ATTRIBUTION: &[&str] = &["read", "reads"];

/// How many words the attribution after the closing quotation mark may have ("the article
/// read", "the sign outside the church read").
const ATTRIBUTION_WORDS: usize = 8;

/// Rule "written quotation": whether the expression at `date` of `sentence` counts from the
/// moment a quoted document was written.
pub(crate) fn unanchored(text: &str, sentence: Span, date: Span) -> bool {
    let (Some(words), Some(after)) =
        (text.get(date.start..date.end), text.get(date.end..sentence.end))
    else {
        return false;
    };
    let deictic = words.split(|c: char| !c.is_alphabetic()).any(|w| {
        let w = w.to_lowercase();
        DEICTIC.contains(&w.as_str()) || matches!(weekday(&w), Some((_, false)))
    });
    deictic && inside_quotes(text, sentence, date) && read_out(after)
}

/// Whether the words after the quotation's closing mark attribute it to a written text.
fn read_out(after: &str) -> bool {
    let Some(close) = after.rfind(['"', '”']) else { return false };
    let words: Vec<&str> =
        after[close..].split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    words.len() <= ATTRIBUTION_WORDS
        && words.iter().any(|w| WRITTEN_ATTRIBUTION.contains(&w.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, needle: &str) -> bool {
        let start = text.find(needle).unwrap();
        unanchored(text, Span::new(0, text.len()), Span::new(start, start + needle.len()))
    }

    #[test]
    fn a_document_read_out_keeps_its_own_yesterday() {
        let text =
            "“The council honored the mayor yesterday for the new bridge,” the old article read.";
        assert!(check(text, "yesterday"));
        assert!(check("\"Closed last week for repairs,\" the sign reads.", "last week"));
        assert!(check("“The hall opened on Friday,” the notice read.", "on Friday"));
    }

    #[test]
    fn speech_calendar_dates_and_unquoted_text_keep_their_dates() {
        // Speech is said around the publication.
        assert!(!check("“We met yesterday,” the minister said.", "yesterday"));
        // A calendar date needs no moment of writing.
        assert!(!check("“The council met on March 3, 1990,” the article read.", "March 3, 1990"));
        // Outside the quotation the writer of the article speaks.
        assert!(!check("Yesterday the article read: “The council met.”", "Yesterday"));
        // A long tail after the quotation is another clause, not its attribution.
        assert!(!check(
            "“We met yesterday,” he said, and the crowd that gathered outside the hall later read the statement aloud.",
            "yesterday"
        ));
    }
}
