//! Who "I" and "we" are inside a direct quotation.
//!
//! - **rule "quoted first person"**: "I" or "we", the subject of a clause inside quotation
//!   marks that a verb of saying governs ("``I will bring a message …,'' the mayor said"), is
//!   that verb's subject: the speaker. A quotation mark must stand between the pronoun and
//!   the verb of saying (without one, "he said I was wrong" is the writer's "I"), and the
//!   speaker must be no first person itself. Only verbs of saying ([`SPEECH_LEMMAS`]): "read
//!   from a letter" quotes someone else's words.

use crate::doc::syntax::{Rel, Upos};
use crate::event::headline::Headline;
use crate::quote::cues::SPEECH_LEMMAS;

/// First-person subject pronouns, lemmas.
const FIRST_PERSON: &[&str] = &["i", "we"];

/// Quotation marks, as written in the text (a lone "'" is an apostrophe).
const QUOTE_MARKS: &[&str] = &["\"", "\u{201c}", "\u{201d}", "``", "''"];

/// How many clauses up a quoted clause may sit under its verb of saying ("``It is symbolic
/// that we accept …,'' X said": two).
const CLAUSE_REACH: usize = 4;

/// Whether word `s` is a first-person subject pronoun.
pub(super) fn first_person(h: &Headline<'_>, s: usize) -> bool {
    h.st.tree.upos(s) == Upos::Pron && FIRST_PERSON.contains(&h.lemma(s).as_str())
}

/// Rule "quoted first person": the verb of saying whose subject is who "I" or "we" (`s`,
/// subject of `clause`) stands for, when the clause is quoted under it, or when the parser
/// hung the verb of saying on the quoted clause as a parataxis or adverbial clause ("``I will
/// go,'' she said").
pub(super) fn speech_verb(h: &Headline<'_>, clause: usize, s: usize) -> Option<usize> {
    // A quote the parser tore from its attribution (the attribution's verb governs a later
    // part of the quote, or nothing of it): the first verb of saying after the closing mark.
    governing_speech_verb(h, clause, s)
        .or_else(|| (s + 1..h.st.tree.len()).find(|&k| says(h, k) && speaker_quoted(h, k, s)))
}

/// Rule "quoted first person" through the tree: the verb of saying above `clause`, or hung on it.
fn governing_speech_verb(h: &Headline<'_>, clause: usize, s: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let mut at = clause;
    for _ in 0..CLAUSE_REACH {
        let aside = tree.children(at).iter().copied().find(|&c| {
            (tree.rel(c) == Rel::PARATAXIS || tree.rel(c).is_a(Rel::ADVCL)) && says(h, c)
        });
        if let Some(verb) = aside {
            return speaker_quoted(h, verb, s).then_some(verb);
        }
        let head = tree.head(at)?;
        let clausal = matches!(tree.rel(at), Rel::CCOMP | Rel::PARATAXIS | Rel::XCOMP | Rel::CONJ)
            || tree.rel(at).is_a(Rel::ADVCL);
        if !clausal {
            return None;
        }
        at = head;
        if says(h, at) {
            return speaker_quoted(h, at, s).then_some(at);
        }
    }
    None
}

/// Whether word `v` is a verb of saying.
fn says(h: &Headline<'_>, v: usize) -> bool {
    h.st.tree.upos(v) == Upos::Verb && SPEECH_LEMMAS.contains(&h.lemma(v))
}

/// Whether a quotation mark stands between pronoun `s` and verb of saying `verb`, whose own
/// subject is no first person.
fn speaker_quoted(h: &Headline<'_>, verb: usize, s: usize) -> bool {
    let (lo, hi) = if s < verb { (s, verb) } else { (verb, s) };
    let between = h.doc.text().get(h.span(lo).end..h.span(hi).start).unwrap_or("");
    let quoted = QUOTE_MARKS.iter().any(|m| between.contains(m));
    quoted && super::own_subject(h, verb).is_some_and(|sp| !first_person(h, sp))
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn a_quoted_i_or_we_is_the_speaker() {
        let t = titles(
            "``I brought a message of hope to the miners on Monday,'' Mayor Jane Holt said \
             Tuesday.",
        );
        assert!(t.iter().any(|t| t.starts_with("Jane Holt brings a message")), "{t:?}");
        let t =
            titles("``We delivered the last shipment on Monday,'' Mayor Jane Holt told reporters.");
        assert!(t.iter().any(|t| t.starts_with("Jane Holt delivers the last")), "{t:?}");
    }

    #[test]
    fn an_unquoted_i_is_no_one_named() {
        let t = titles(
            "Mayor Jane Holt said Tuesday that I brought a message of hope to the miners on Monday.",
        );
        assert!(t.iter().all(|t| !t.starts_with("Jane Holt brings")), "{t:?}");
        let t = titles(
            "Mayor Jane Holt told reporters Tuesday that we delivered the last shipment on Monday.",
        );
        assert!(t.iter().all(|t| !t.starts_with("Jane Holt delivers")), "{t:?}");
    }
}
