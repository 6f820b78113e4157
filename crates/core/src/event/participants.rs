//! Who takes part in an event: the people and organizations of the trigger's clause, and places
//! in subject position, minus those who only report it ("KCNA said", "told the Hankyoreh
//! that …", "SEOUL (Yonhap) --") and those of a subordinate clause ("…, where he hopes to meet
//! Trump"). Every look around a name is bounded, so long sentences stay linear.

use super::*;

/// People and organizations of the sentence, and places right before the trigger (its
/// subject), in order and without repeats; a reporting channel ("KCNA said") is left out.
pub(super) fn participants(text: &str, actors: &[&ActorMention], trigger: Span) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for actor in actors {
        let subject_place = actor.kind == EntityKind::Place
            && actor.span.end <= trigger.start
            && text
                .get(actor.span.end..trigger.start)
                .is_some_and(|gap| gap.split_whitespace().count() <= 2);
        let counts =
            matches!(actor.kind, EntityKind::Person | EntityKind::Organization) || subject_place;
        let reports =
            is_reporting_channel(text, actor.span) || reports_the_clause(text, actor.span, trigger);
        let speaker_of_pronoun =
            actor.kind == EntityKind::Person && reports && pronoun_subject(text, trigger);
        let in_clause =
            actor.span.start < trigger.end || same_clause_after(text, trigger, actor.span);
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
pub(super) fn same_clause_after(text: &str, trigger: Span, actor: Span) -> bool {
    if actor.start.saturating_sub(trigger.end) > CLAUSE_REACH {
        return false;
    }
    let Some(gap) = text.get(trigger.end..actor.start) else { return false };
    let broken = gap.contains([',', ';', ':', '—', '–', '(', ')']);
    let lower = gap.to_lowercase();
    !broken && !lower.split(|c: char| !c.is_alphabetic()).any(|w| SUBORDINATORS.contains(&w))
}

/// "I just received …", "he had received …": a personal pronoun among the three words before
/// the trigger.
pub(super) fn pronoun_subject(text: &str, trigger: Span) -> bool {
    before(text, trigger.start, 40)
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| PRONOUNS.contains(&w))
}

/// "Cho Sung-ryul, a research consultant for the Institute, told the Hankyoreh that Kim …
/// sent": everyone before "that" in a speech clause reports the event, not takes part in it.
pub(super) fn reports_the_clause(text: &str, actor: Span, trigger: Span) -> bool {
    if actor.end > trigger.start {
        return false;
    }
    if trigger.start.saturating_sub(actor.end) > CLAUSE_REACH {
        return false;
    }
    let Some(gap) = text.get(actor.end..trigger.start) else { return false };
    let lower = gap.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '-').collect();
    let Some(that) = words.iter().position(|w| *w == "that") else { return false };
    // "told the Hankyoreh that": the addressee of the speech verb reports too.
    let before = before(text, actor.start, 40).to_lowercase();
    let mut previous = before.split_whitespace().rev().filter(|w| *w != "the");
    let addressed = previous.next().is_some_and(|w| SPEECH_VERBS.contains(&w));
    addressed || words[..that].iter().any(|w| SPEECH_VERBS.contains(w))
}

/// "KCNA said", "according to Reuters", "Reuters reported": the mention reports, not acts.
pub(super) fn is_reporting_channel(text: &str, span: Span) -> bool {
    let after = after(text, span.end, 40).to_lowercase();
    // "Moon also said": adverbs between the name and the verb do not matter.
    let next_word = after
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .find(|w| !TITLE_ADVERBS.contains(w))
        .unwrap_or("")
        .to_string();
    let before = before(text, span.start, 40).trim_end().to_lowercase();
    // A wire credit in a dateline: "SEOUL, Dec. 3 (Yonhap) --".
    let credited = before.ends_with('(') && after.starts_with(')');
    credited
        || matches!(next_word.as_str(), "said" | "reported" | "says" | "reports" | "told")
        || before.ends_with("according to")
        || before.ends_with("as per")
}
