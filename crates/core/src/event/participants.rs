//! Who takes part in an event: the people and organizations of the trigger's clause, and places
//! in subject position, minus those who only report it ("KCNA said", "told the Hankyoreh
//! that …", "SEOUL (Yonhap) --") and those of a subordinate clause ("…, where he hopes to meet
//! Trump"). Every look around a name is bounded, so long sentences stay linear. The words
//! looked at are the doc's tokens.

use super::*;
use crate::doc::Kind;

/// The lowercase words (word tokens) of the doc lying wholly within `span`, in order.
fn words_in<'d>(doc: &'d Doc<'_>, span: Span) -> impl DoubleEndedIterator<Item = &'d str> + 'd {
    doc.tokens_in(span)
        .filter(move |&i| {
            doc.token(i).is_some_and(|t| t.kind == Kind::Word && span.contains(t.span))
        })
        .map(move |i| doc.norm(i))
}

/// The span of at most `max` bytes of the text ending at `at` (a character kept whole).
fn window_before(text: &str, at: usize, max: usize) -> Span {
    let at = at.min(text.len());
    Span::new(at - before(text, at, max).len(), at)
}

/// People and organizations of the sentence, and places right before the trigger (its
/// subject), in order and without repeats; a reporting channel ("KCNA said") is left out.
pub(super) fn participants(doc: &Doc<'_>, actors: &[&ActorMention], trigger: Span) -> Vec<String> {
    let text = doc.text();
    let mut ids: Vec<String> = Vec::new();
    for actor in actors {
        // At most two blank-separated words between the place and the trigger.
        let gap = Span::new(actor.span.end, trigger.start);
        let subject_place = actor.kind == EntityKind::Place
            && actor.span.end <= trigger.start
            && text.get(gap.start..gap.end).is_some()
            && doc.stretches_in(gap).count() <= 2;
        let counts =
            matches!(actor.kind, EntityKind::Person | EntityKind::Organization) || subject_place;
        let reports =
            is_reporting_channel(doc, actor.span) || reports_the_clause(doc, actor.span, trigger);
        let speaker_of_pronoun =
            actor.kind == EntityKind::Person && reports && pronoun_subject(doc, trigger);
        let in_clause =
            actor.span.start < trigger.end || same_clause_after(doc, trigger, actor.span);
        let takes_part = (counts && !reports && in_clause) || speaker_of_pronoun;
        if takes_part && !ids.contains(&actor.entity) {
            ids.push(actor.entity.clone());
        }
    }
    ids
}

/// How far apart (in bytes) a name and a trigger may stand for the clause rules to read the
/// words between them; farther apart, they are not in one clause.
pub(super) const CLAUSE_REACH: usize = 400;

/// Whether `actor`, after the trigger, stands in the trigger's clause: no clause break and
/// no subordinator between them.
pub(super) fn same_clause_after(doc: &Doc<'_>, trigger: Span, actor: Span) -> bool {
    if actor.start.saturating_sub(trigger.end) > CLAUSE_REACH {
        return false;
    }
    let Some(gap) = doc.text().get(trigger.end..actor.start) else { return false };
    let broken = gap.contains([',', ';', ':', '—', '–', '(', ')']);
    !broken
        && !words_in(doc, Span::new(trigger.end, actor.start)).any(|w| SUBORDINATORS.contains(&w))
}

/// "I just received …", "he had received …": a personal pronoun among the three words before
/// the trigger.
pub(super) fn pronoun_subject(doc: &Doc<'_>, trigger: Span) -> bool {
    words_in(doc, window_before(doc.text(), trigger.start, 40))
        .rev()
        .take(3)
        .any(|w| PRONOUNS.contains(&w))
}

/// "Cho Sung-ryul, a research consultant for the Institute, told the Hankyoreh that Kim …
/// sent": everyone before "that" in a speech clause reports the event, not takes part in it.
pub(super) fn reports_the_clause(doc: &Doc<'_>, actor: Span, trigger: Span) -> bool {
    let text = doc.text();
    if actor.end > trigger.start {
        return false;
    }
    if trigger.start.saturating_sub(actor.end) > CLAUSE_REACH {
        return false;
    }
    if text.get(actor.end..trigger.start).is_none() {
        return false;
    }
    let words: Vec<&str> = words_in(doc, Span::new(actor.end, trigger.start)).collect();
    let Some(that) = words.iter().position(|w| *w == "that") else { return false };
    // "told the Hankyoreh that": the addressee of the speech verb reports too (the blank-
    // separated word before the name, "the" aside).
    let addressed = doc
        .stretches_in(window_before(text, actor.start, 40))
        .map(|s| fold(s.span.of(text)))
        .filter(|w| w != "the")
        .last()
        .is_some_and(|w| SPEECH_VERBS.contains(&w.as_str()));
    addressed || words[..that].iter().any(|w| SPEECH_VERBS.contains(w))
}

/// "KCNA said", "according to Reuters", "Reuters reported": the mention reports, not acts.
pub(super) fn is_reporting_channel(doc: &Doc<'_>, span: Span) -> bool {
    let text = doc.text();
    let after = after(text, span.end, 40).to_lowercase();
    // "Moon also said": adverbs between the name and the verb do not matter.
    let window = Span::new(span.end, span.end + after.len());
    let next_word = words_in(doc, window).find(|w| !TITLE_ADVERBS.contains(w)).unwrap_or("");
    let before = before(text, span.start, 40).trim_end().to_lowercase();
    // A wire credit in a dateline: "SEOUL, Dec. 3 (Yonhap) --".
    let credited = before.ends_with('(') && after.starts_with(')');
    credited
        || matches!(next_word, "said" | "reported" | "says" | "reports" | "told")
        || before.ends_with("according to")
        || before.ends_with("as per")
}
