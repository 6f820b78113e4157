//! Reported clauses as a title's object ("The IMF announces it lowers its forecast"), for
//! [`super::headline`]. Rules, named where applied:
//!
//! - **rule "clause after a date"**: a "that"-clause right after the date that follows a verb
//!   ("announced Tuesday that it is lowering …", "signaled last summer that it was going to
//!   …"), which the parser hangs on the date as its relative clause, is the verb's reported
//!   clause. Not a clause opened by "when" or "which", nor one whose subject is "that" (a
//!   relative clause about the date: "the week that changed everything").
//! - **rule "same speaker"**: a pronoun subject of a reported clause that stands for the
//!   reporting verb's subject stays a pronoun ("Hewlett announces it plans to ship …", not
//!   "Hewlett announces Hewlett plans …").
//! - **rule "object's clause"**: an object followed by a verb of its own that the parser hung
//!   on the main verb ("found PolitiFact consistently rated Democrats higher") is that verb's
//!   subject: the reported clause "PolitiFact rates Democrats higher".
//! - **rule "fronted reported clause"**: a verb of saying that closes the sentence after a
//!   comma, with a subject and nothing said of its own ("The campaign will release the records
//!   soon, a spokesman announced Monday"), reports the clause before the comma, the
//!   sentence's root, however the parser hung the verb (a conjunct, a parataxis, a relative
//!   clause of the last noun).
//! - **rule "intention read as a noun"**: "the campaign plans to make …", where the tagger
//!   read "plans" as the noun subject of "make": the words before it are the subject, and
//!   "plans to" is the verb.
//! - **rule "going to"**: "be going to" before an infinitive is its future, as reported
//!   clauses often say it ("signaled that it was going to make a deal": "it will make a
//!   deal"), not a movement.

use super::agent::{infinitive, own_subject, subject};
use super::headline::Headline;
use super::taxonomy::{
    FAMILIES, INTENTION_NOUNS, PERSON_PRONOUNS, SPEECH_AND_OPINION, THING_PRONOUNS,
};
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};

/// Rule "clause after a date": the reported clause of verb `p` that the parser hung on `p`'s
/// date, when the clause opens with "that" right after the date.
pub(super) fn clause_after_date(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let dates = tree.children(p).iter().copied().filter(|&d| d > p && h.in_date(d));
    let candidates = dates.flat_map(|d| {
        tree.children(d)
            .iter()
            .copied()
            .filter(move |&c| c > d && (tree.rel(c).is_a(Rel::ACL) || tree.rel(c) == Rel::CCOMP))
    });
    candidates.filter(|&c| tree.upos(c) == Upos::Verb).find(|&c| {
        let (start, _) = tree.extent(c);
        let opens_with_that = h.word(start).eq_ignore_ascii_case("that");
        let after_date = start > 0 && h.in_date(start - 1);
        // "that" as the clause's subject makes it a relative clause about the date.
        let own = own_subject(h, c).is_some_and(|s| s != start);
        // "sent strong new signals Sunday that …": the clause is the noun's, not the verb's.
        let (date_start, _) = tree.extent(tree.head(c).unwrap_or(c));
        let bare_date = h.in_date(date_start);
        opens_with_that && after_date && own && bare_date
    })
}

/// Rule "fronted reported clause": the clause that verb of saying `p` reports from after it,
/// when `p` closes the sentence after a comma (only a date and punctuation after it), has a
/// subject right after that comma, and no object or clause of its own: the sentence's root
/// verb, which ends before the comma.
pub(super) fn fronted_clause(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let lemma = h.lemma(p);
    let statement = FAMILIES.iter().any(|f| f.kind == "statement" && f.verbs.contains(&&*lemma));
    if !statement && !SPEECH_AND_OPINION.contains(&lemma.as_str()) {
        return None;
    }
    let subject = tree.children(p).iter().copied().find(|&c| tree.rel(c).is_a(Rel::NSUBJ))?;
    let (start, _) = tree.extent(subject);
    let comma = start.checked_sub(1).filter(|&c| h.word(c) == ",")?;
    let own = |c: usize| {
        c != subject
            && tree.rel(c) != Rel::PUNCT
            && !h.in_date(c)
            && !matches!(tree.upos(c), Upos::Adv | Upos::Det)
    };
    if subject > p || tree.children(p).iter().any(|&c| own(c)) {
        return None;
    }
    let closes = (p + 1..tree.len()).all(|k| h.in_date(k) || tree.upos(k) == Upos::Punct);
    let root = tree.roots().next()?;
    let fronted = root != p && root < comma && tree.upos(root) == Upos::Verb;
    (closes && fronted).then_some(root)
}

/// Rule "intention read as a noun": for infinitive `p` whose subject is a noun of intention
/// in its "-s" form right before "to" ("the campaign plans to make"), with only a determiner
/// or compounds before it, the noun (a verb the tagger misread) and the words before it,
/// which are the subject.
pub(super) fn intention_verb(h: &Headline<'_>, p: usize) -> Option<(usize, Vec<usize>)> {
    let tree = &h.st.tree;
    let to = tree.children_by(p, Rel::MARK).find(|&m| h.lemma(m) == "to")?;
    let noun = tree.children_by(p, Rel::NSUBJ).find(|&s| s + 1 == to)?;
    let form = h.word(noun).to_lowercase();
    let intention = INTENTION_NOUNS.contains(&h.lemma(noun).as_str()) && form.ends_with('s');
    let before: Vec<usize> = tree.children(noun).iter().copied().filter(|&c| c < noun).collect();
    let bare = before.iter().all(|&c| matches!(tree.rel(c), Rel::DET | Rel::COMPOUND))
        && before.iter().any(|&c| tree.rel(c) == Rel::COMPOUND)
        && before.iter().all(|&c| tree.children(c).is_empty());
    let contiguous = before.first().is_some_and(|&f| f + before.len() == noun);
    (tree.upos(noun) == Upos::Noun && intention && bare && contiguous).then_some((noun, before))
}

/// Whether word `w` is the "that" that opens reported clause `clause` (the parser may make it
/// the clause's object: "that it planned to ship"): no object of the clause.
pub(super) fn opening_that(h: &Headline<'_>, clause: usize, w: usize) -> bool {
    let (start, _) = h.st.tree.extent(clause);
    w == start && h.word(w).eq_ignore_ascii_case("that")
}

/// Rule "same speaker": the subject of reported clause `p` as its pronoun ("it", plural for
/// "they") when it stands for `speaker`, the reporting verb's subject: the pronoun fits the
/// speaker ("he" or "she" for a person, "it" or "they" for anything else) and either resolves
/// to the speaker's name or heads a clause hung on a date (rule "clause after a date", whose
/// pronoun the antecedent rules do not read as reported); else `p`'s [`subject`].
pub(super) fn reported_subject(
    h: &Headline<'_>,
    p: usize,
    speaker: Option<usize>,
) -> Option<(String, bool)> {
    let tree = &h.st.tree;
    let resolved = subject(h, p);
    let pronoun = own_subject(h, p).filter(|&s| tree.upos(s) == Upos::Pron);
    if let (Some(s), Some(speaker)) = (pronoun, speaker) {
        let lemma = h.lemma(s);
        let actor = h.actor_at(speaker);
        let person = actor.is_some_and(|a| a.kind == EntityKind::Person);
        let fits = if person {
            PERSON_PRONOUNS.contains(&lemma.as_str())
        } else {
            THING_PRONOUNS.contains(&lemma.as_str()) && tree.upos(speaker) != Upos::Pron
        };
        let name = resolved.as_ref().map(|(n, _)| n.as_str());
        let speaker_name = tree.head(speaker).and_then(|v| subject(h, v)).map(|(n, _)| n);
        let same = name.is_some()
            && (name == speaker_name.as_deref() || name == actor.map(|a| a.name.as_str()));
        if fits && (same || tree.rel(p) != Rel::CCOMP) {
            return Some((h.word(s).to_lowercase(), lemma == "they"));
        }
    }
    resolved
}

/// Rule "going to": the infinitive that "going" (after a form of "be") announces, right after
/// its "to" ("was going to make").
pub(super) fn going_to(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let be = tree.auxiliaries(p).any(|a| h.lemma(a) == "be");
    if !be || !h.word(p).eq_ignore_ascii_case("going") {
        return None;
    }
    tree.children_by(p, Rel::XCOMP).find(|&x| x == p + 2 && infinitive(h, x))
}

/// Rule "object's clause": the verb whose subject object `o` of verb `p` is, as the parser
/// left it: a child of `p` right after the object's phrase (adverbs between), inflected (a
/// past or present form, not "-ing"), with no subject, marker or "to" of its own and an
/// object (a bare participle after an object describes it: "found the keys hidden").
pub(super) fn object_clause(h: &Headline<'_>, p: usize, o: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let (_, end) = tree.extent(o);
    let mut v = end + 1;
    while v < tree.len() && tree.upos(v) == Upos::Adv && tree.head(v) != Some(p) {
        v += 1;
    }
    let word = h.word(v.min(tree.len().saturating_sub(1))).to_lowercase();
    let inflected = word != h.lemma(v) && !word.ends_with("ing");
    let bare = tree
        .children(v)
        .iter()
        .all(|&c| !tree.rel(c).is_a(Rel::NSUBJ) && !matches!(tree.rel(c), Rel::MARK | Rel::AUX));
    let has_object = tree.children(v).iter().any(|&c| tree.rel(c) == Rel::OBJ);
    (v < tree.len()
        && tree.head(v) == Some(p)
        && tree.upos(v) == Upos::Verb
        && inflected
        && bare
        && has_object)
        .then_some(v)
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn a_that_clause_after_the_date_is_what_was_announced() {
        let found = titles(
            "The International Monetary Fund announced Tuesday that it is lowering its forecast for growth.",
        );
        assert!(found.iter().any(|t| t.contains("announces it lowers its forecast")), "{found:?}");
    }

    #[test]
    fn going_to_is_the_future_of_its_verb() {
        let found =
            titles("Acme Corp signaled last summer that it was going to make a deal with Zenith.");
        assert!(found.iter().any(|t| t.contains("signals it will make a deal")), "{found:?}");
    }

    #[test]
    fn an_object_followed_by_its_own_verb_is_that_verbs_subject() {
        let found = titles(
            "In 2013, a study by the institute found Acme consistently rated its rivals higher.",
        );
        assert!(found.iter().any(|t| t.contains("finds Acme rates its rivals")), "{found:?}");
    }

    #[test]
    fn a_fronted_clause_is_what_the_closing_verb_of_saying_reports() {
        let found =
            titles("The campaign will release the records soon, a spokesman announced Monday.");
        assert!(
            found.iter().any(|t| t == "A spokesman announces the campaign releases the records"),
            "{found:?}"
        );
    }

    #[test]
    fn a_verb_of_saying_with_its_own_object_reports_no_fronted_clause() {
        let found =
            titles("The campaign released the records, and a spokesman announced the merger.");
        assert!(found.iter().all(|t| !t.contains("announces the campaign")), "{found:?}");
    }

    #[test]
    fn plans_before_to_is_the_verb_of_the_words_before_it() {
        let found =
            titles("The airline plans to open more routes soon, a spokesman confirmed Monday.");
        assert!(
            found.iter().any(|t| t.contains("confirms the airline plans to open more routes")),
            "{found:?}"
        );
    }

    #[test]
    fn a_relative_clause_about_the_date_is_no_reported_clause() {
        let found = titles("The company announced the merger on Tuesday that ended the talks.");
        assert!(found.iter().all(|t| !t.contains("announces it")), "{found:?}");
    }
}
