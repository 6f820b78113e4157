//! The frame finder's triggers: the words of a sentence that can make a frame's event — a
//! frame's verb not negated and not used as a noun, a frame's event noun, a past-tense general
//! news verb that does not describe a noun — and the kind an event takes from its trigger
//! (rule "event subject").

use super::frame_words::{event_noun_heads, negated, noun_near, phrase_at, verb_at, verb_forms};
use super::lexicon::*;
use super::verbs::Form;
use super::words::{Token, TokenKind};
use super::Context;
use crate::doc::fold::fold;

/// A trigger located in a sentence.
pub(super) struct Trigger<'f> {
    pub(super) kind: &'f str,
    /// Token index of the (first word of the) trigger.
    pub(super) at: usize,
    /// Token index one past the trigger.
    pub(super) end: usize,
    /// The verb lemma, or `None` for an event noun.
    pub(super) lemma: Option<&'f str>,
    pub(super) form: Form,
}

/// The triggers of a sentence, best first: per frame in table order its first un-negated
/// verb, then its first event noun; then the first past-tense general news verb.
pub(super) fn find_triggers<'f>(
    cx: &Context<'_>,
    toks: &[Token],
    words: &[String],
) -> Vec<Trigger<'f>> {
    let is_word = |i: usize| toks[i].kind == TokenKind::Word;
    // The words that are some trigger verb's form, looked up once per sentence.
    let verb_like: Vec<usize> =
        (0..toks.len()).filter(|&i| is_word(i) && verb_forms().contains_key(&words[i])).collect();
    // And those that open some event noun ("summit", "missile test").
    let noun_like: Vec<usize> = (0..toks.len())
        .filter(|&i| is_word(i) && event_noun_heads().contains(words[i].as_str()))
        .collect();
    let mut out = Vec::new();
    for frame in FRAMES {
        let verb = verb_like.iter().find_map(|&i| {
            let (lemma, end, form) = verb_at(frame.verbs, words, i)?;
            let rejected = negated(words, i)
                || (frame.verb_needs_noun && !noun_near(frame, words, i, end))
                || is_noun_use(frame, words, i, form);
            (!rejected).then_some(Trigger {
                kind: frame.kind,
                at: i,
                end,
                lemma: Some(lemma),
                form,
            })
        });
        out.extend(verb);
        let noun = noun_like.iter().find_map(|&i| {
            let end = phrase_at(frame.event_nouns, words, i)?;
            Some(Trigger { kind: frame.kind, at: i, end, lemma: None, form: Form::Past })
        });
        out.extend(noun);
    }
    // General news verbs: the kind is the verb itself. Only past forms: "arrests" in a
    // headline-less body is rarely news, "arrested" is.
    let general = verb_like.iter().find_map(|&i| {
        let (lemma, end, form) = verb_at(GENERAL, words, i)?;
        let news = form == Form::Past && !negated(words, i) && !is_adjectival(cx, toks, i);
        news.then_some(Trigger { kind: lemma, at: i, end, lemma: Some(lemma), form })
    });
    out.extend(general);
    out
}

pub(super) fn lemma_is_general(trigger: &Trigger<'_>) -> bool {
    FRAMES.iter().all(|f| f.kind != trigger.kind)
}

/// The event noun in the clause before a general verb, as a noun trigger of its frame.
pub(super) fn subject_event_noun<'f>(
    text: &str,
    toks: &[Token],
    trigger: &Trigger<'f>,
) -> Option<Trigger<'f>> {
    if trigger.lemma.is_none() || !lemma_is_general(trigger) {
        return None;
    }
    let words: Vec<String> = toks[..trigger.at].iter().map(|t| fold(t.span.of(text))).collect();
    let from = clause_start(toks, &words, trigger.at);
    FRAMES.iter().find_map(|frame| {
        (from..trigger.at).find_map(|i| {
            let end = phrase_at(frame.event_nouns, &words, i)?;
            Some(Trigger { kind: frame.kind, at: i, end, lemma: None, form: Form::Past })
        })
    })
}

/// Rule "event subject": a general verb whose subject is an event ("their second summit in
/// Hanoi … ended", "the election was postponed") reports on that event, so it takes the event
/// noun's kind.
pub(super) fn kind_of(text: &str, trigger: &Trigger<'_>, toks: &[Token]) -> String {
    subject_event_noun(text, toks, trigger).map_or(trigger.kind, |noun| noun.kind).to_string()
}

/// The first token of the clause that holds token `at`: after the last clause break, "that"
/// or subordinator before it.
pub(super) fn clause_start(toks: &[Token], words: &[String], at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&i| {
            toks[i].kind == TokenKind::Break
                || words[i] == "that"
                || SUBORDINATORS.contains(&words[i].as_str())
        })
        .map_or(0, |b| b + 1)
}

/// "several exchanges of letters", "missile launches": a present form after a determiner or
/// after one of the frame's own nouns is a noun, not the verb.
fn is_noun_use(frame: &Frame, words: &[String], i: usize, form: Form) -> bool {
    if !matches!(form, Form::Base | Form::ThirdPerson) || i == 0 {
        return false;
    }
    let prev = words[i - 1].as_str();
    NOUN_MARKERS.contains(&prev) || frame.nouns.contains(&prev)
}

/// A participle directly before a noun ("the restored channels", or with an adverb between:
/// "an officially sanctioned one", "the newly elected mayor") describes, not reports.
fn is_adjectival(cx: &Context<'_>, toks: &[Token], i: usize) -> bool {
    let word = |p: usize| fold(toks[p].span.of(cx.doc.text()));
    let mut at = i;
    while at > 0 && i - at < 2 && word(at - 1).len() > 4 && word(at - 1).ends_with("ly") {
        at -= 1;
    }
    let prev = at.checked_sub(1).map(word);
    matches!(prev.as_deref(), Some("the" | "a" | "an" | "its" | "their" | "his" | "her"))
}
