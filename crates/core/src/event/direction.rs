//! Who sent a letter, and to whom (rule "letter direction"), so that the web app can say who
//! wrote to whom rather than only who corresponded.
//!
//! Read from the trigger's clause, for letter events only:
//! - a sending verb ("send", "write", "deliver", "hand"): its subject sent; a name after "to",
//!   or right after the verb ("sent Trump a letter"), received;
//! - a receiving or answering verb ("receive", "get", "reply", "respond", "answer"): its subject
//!   received; a name after "from" sent ("responded to a personal letter from Moon");
//! - a letter noun with "from X" or "to Y" after it, or "X's letter", whatever the verb;
//! - "exchange", "trade": both ways, so no direction.
//!
//! Only participants of the event count, and a name on both sides is dropped: a direction is
//! given only when the text says it. Every look is bounded to a few words.

use super::participants::is_reporting_channel;
use super::title::after_preposition;
use super::*;

/// Senders and recipients, entity ids among the participants.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Direction {
    pub from: Vec<String>,
    pub to: Vec<String>,
}

/// Verbs whose subject sends.
const SENDING: &[&str] = &["send", "write", "deliver", "hand"];
/// Verbs whose subject receives (an answer is to a letter received).
const RECEIVING: &[&str] = &["receive", "get", "reply", "respond", "answer"];
/// Verbs of letters going both ways.
const MUTUAL: &[&str] = &["exchange", "trade", "swap"];
/// "sent him a letter": the pronoun stands for the one other participant.
const OBJECT_PRONOUNS: &[&str] = &["him", "her"];
/// Nouns a "from"/"to" phrase may follow.
const LETTER_NOUNS: &[&str] = &["letter", "letters", "message", "messages", "note"];
/// How many words after the trigger (or a letter noun) a "to X"/"from X" may stand.
const REACH: usize = 6;

/// The direction of a letter event triggered at `trigger` in the sentence `toks`.
pub(super) fn direction(
    doc: &Doc<'_>,
    toks: &[Token],
    words: &[String],
    actors: &[&ActorMention],
    participants: &[String],
    trigger: &Trigger<'_>,
) -> Direction {
    let text = doc.text();
    let mut d = Direction::default();
    if trigger.kind != "letter" || trigger.lemma.is_some_and(|l| MUTUAL.contains(&l)) {
        return d;
    }
    let trigger_start = toks[trigger.at].span.start;
    // The subject: the nearest name before the trigger that is not a reporter or after a
    // preposition ("a letter from Moon" is not Moon sending), in the same clause.
    let clause_start = toks[..trigger.at]
        .iter()
        .rposition(|t| t.kind == TokenKind::Break)
        .map_or(0, |b| toks[b].span.end);
    let subject = actors.iter().rev().find(|a| {
        a.span.end <= trigger_start
            && a.span.start >= clause_start
            && !is_reporting_channel(doc, a.span)
            && !after_preposition(text, a.span)
    });
    match trigger.lemma {
        Some(l) if SENDING.contains(&l) => {
            d.from.extend(subject.map(|a| a.entity.clone()));
            // "sent Trump a letter": a name right after the verb receives; "had sent him a
            // letter": so does the one other participant.
            if let Some(next) = toks.get(trigger.end) {
                if let Some(a) = actor_at(actors, next.span.start) {
                    d.to.push(a.entity.clone());
                } else if OBJECT_PRONOUNS.contains(&words[trigger.end].as_str()) {
                    let others: Vec<&String> =
                        participants.iter().filter(|p| !d.from.contains(p)).collect();
                    if let [other] = others[..] {
                        d.to.push(other.clone());
                    }
                }
            }
        }
        Some(l) if RECEIVING.contains(&l) => d.to.extend(subject.map(|a| a.entity.clone())),
        _ => {}
    }
    // "… to X", "… from X" after the trigger or after a letter noun in the clause.
    let anchors = std::iter::once(trigger.end - 1).chain(
        (trigger.end..toks.len().min(trigger.end + REACH))
            .filter(|&i| LETTER_NOUNS.contains(&words[i].as_str())),
    );
    for anchor in anchors.collect::<Vec<_>>() {
        for i in anchor + 1..toks.len().min(anchor + 1 + REACH) {
            if toks[i].kind == TokenKind::Break {
                break;
            }
            let side = match words[i].as_str() {
                "to" => &mut d.to,
                "from" => &mut d.from,
                _ => continue,
            };
            // The name right after the preposition (or after "the", "his", "her").
            let named = toks[i + 1..toks.len().min(i + 3)]
                .iter()
                .find_map(|t| actor_at(actors, t.span.start));
            if let Some(a) = named {
                if !side.contains(&a.entity) {
                    side.push(a.entity.clone());
                }
            }
        }
    }
    // "Kim's letter", "Moon's message".
    for i in trigger.at.saturating_sub(1)..toks.len().min(trigger.end + REACH) {
        if LETTER_NOUNS.contains(&words[i].as_str()) && i > 0 {
            let before = toks[i - 1].span;
            if let Some(a) = actors.iter().find(|a| possessive_of(text, a.span, before)) {
                if !d.from.contains(&a.entity) {
                    d.from.push(a.entity.clone());
                }
            }
        }
    }
    d.from.retain(|id| participants.contains(id));
    d.to.retain(|id| participants.contains(id));
    let both: Vec<String> = d.from.iter().filter(|id| d.to.contains(id)).cloned().collect();
    d.from.retain(|id| !both.contains(id));
    d.to.retain(|id| !both.contains(id));
    d
}

/// The actor whose mention starts at `start`.
fn actor_at<'a>(actors: &[&'a ActorMention], start: usize) -> Option<&'a ActorMention> {
    actors.iter().find(|a| a.span.start == start).copied()
}

/// Whether the actor at `actor` is the possessor in "Name's" ending at the token `token`.
fn possessive_of(text: &str, actor: Span, token: Span) -> bool {
    actor.end <= token.end
        && token.start < actor.end + 3
        && text.get(actor.end..token.end).is_some_and(|s| matches!(s, "'s" | "’s" | "'" | "’"))
}

#[cfg(test)]
mod tests {
    use crate::corpus::{analyze, assemble, Source};

    /// Senders and recipients (by name) of each letter event of `text`.
    fn letters(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
        let bundle = assemble(vec![analyze(Source { id: "a", bytes: text.as_bytes() })]);
        let name = |id: &String| {
            bundle.entities.iter().find(|e| &e.id == id).map_or(id.clone(), |e| e.name.clone())
        };
        bundle
            .events
            .iter()
            .filter(|e| e.kind == "letter")
            .map(|e| {
                (e.senders.iter().map(name).collect(), e.recipients.iter().map(name).collect())
            })
            .collect()
    }

    const HEAD: &str = "Letters\n\nSEOUL, June 14, 2019 (Wire) - ";

    /// Each sentence's one letter goes from the first name to the second.
    fn assert_direction(cases: &[(&str, &str, &str)]) {
        for (sentence, from, to) in cases {
            let got = letters(&format!("{HEAD}{sentence}"));
            assert_eq!(got, [(vec![from.to_string()], vec![to.to_string()])], "{sentence}");
        }
    }

    #[test]
    fn a_sending_verb_sends_from_its_subject_to_its_object() {
        assert_direction(&[
            ("Kim Jong Un sent a letter to Moon Jae-in on Tuesday.", "Kim Jong Un", "Moon Jae-in"),
            ("Kim Jong Un sent Donald Trump a letter on Tuesday.", "Kim Jong Un", "Donald Trump"),
            (
                "Donald Trump got the news on Tuesday: Kim Jong Un had sent him a letter.",
                "Kim Jong Un",
                "Donald Trump",
            ),
        ]);
    }

    #[test]
    fn receiving_and_answering_turn_the_subject_into_the_recipient() {
        assert_direction(&[
            (
                "Donald Trump received a beautiful letter from Kim Jong Un on Tuesday.",
                "Kim Jong Un",
                "Donald Trump",
            ),
            (
                "Kim Jong Un responded on Tuesday to a personal letter from Moon Jae-in.",
                "Moon Jae-in",
                "Kim Jong Un",
            ),
        ]);
    }

    #[test]
    fn an_exchange_has_no_direction_and_neither_has_an_unsaid_one() {
        let got =
            letters(&format!("{HEAD}Kim Jong Un and Moon Jae-in exchanged letters on Tuesday."));
        assert_eq!(got, [(vec![], vec![])]);
        let got = letters(&format!("{HEAD}Kim Jong Un wrote letters on Tuesday, officials said."));
        assert!(got.iter().all(|(_, to)| to.is_empty()), "{got:?}");
    }
}
