//! Events: what happened when, found sentence by sentence in one article.
//!
//! A sentence reports an event when a verb (or an event noun) of one of the [`lexicon`]'s
//! frames stands in it, not negated. The event takes:
//! - its **date** from the temporal expression of the same sentence nearest the trigger (a
//!   DATE with a calendar extent), or, for the article's lead sentences in the perfect or past,
//!   from the publication date (inferred);
//! - its **status**: expected when the date lies after the publication date or an expectation
//!   cue ("will", "plans to") governs the trigger;
//! - its **participants**: the people and organizations of the sentence, and places in subject
//!   position ("North Korea cut off …"), minus the channel that reports it ("KCNA said");
//! - a **title** made from the text: subject, the trigger verb in the present tense, and the
//!   head of its object ("Kim Jong Un responds to a personal letter from Moon Jae-in").
//!
//! Merging the same event across sentences and articles is the corpus's job.

mod dating;
pub mod lexicon;
pub mod verbs;
pub mod words;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::bundle::{EntityKind, Status};
use crate::{Basis, Interval, Precision, Span};
use dating::Candidate;
use lexicon::{Frame, EXPECTATION_CUES, FRAMES, GENERAL, NEGATIONS};
use verbs::Form;
use words::{after, before, folded, starting_in, tokens, Token, TokenKind};

/// A dated temporal expression the event rules may attach to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatedMention {
    pub span: Span,
    pub interval: Interval,
    pub basis: Basis,
}

/// An entity mention the event rules may take as a participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention {
    pub span: Span,
    pub entity: String,
    /// The short readable name used in titles ("Kim Jong Un", "KCNA").
    pub name: String,
    pub kind: EntityKind,
}

/// An event found in one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: String,
    pub title: String,
    pub when: Interval,
    pub basis: Basis,
    pub status: Status,
    /// Entity ids, in order of first mention in the sentence.
    pub participants: Vec<String>,
    /// The supporting sentence.
    pub source: Span,
    /// The word (or words) that signalled the event.
    pub trigger: Span,
}

/// What the event rules need to know about one article.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub text: &'a str,
    /// Body sentences, in order.
    pub sentences: &'a [Span],
    /// Dated expressions, in text order.
    pub dates: &'a [DatedMention],
    /// Entity mentions, in text order.
    pub actors: &'a [ActorMention],
    /// Temporal expressions found but not resolved to dates ("on Wednesday" without a known
    /// publication day), in text order: they keep a farther date from being taken.
    pub unresolved: &'a [Span],
    /// When the article was published, if known.
    pub published: Option<(Interval, Basis)>,
}

/// How many of the first body sentences count as the lead, whose undated perfect-tense news
/// ("have restored") is dated to the publication itself.
const LEAD_SENTENCES: usize = 2;

/// How far (in words) a frame's noun may stand from its verb.
const NOUN_WINDOW: usize = 8;

/// Finds the events of one article, at most one per sentence (the most specific frame wins).
pub fn find(cx: &Context<'_>) -> Vec<Found> {
    let mut found = Vec::new();
    for (index, &sentence) in cx.sentences.iter().enumerate() {
        if let Some(event) = sentence_event(cx, index, sentence) {
            found.push(event);
        }
    }
    found
}

/// A trigger located in a sentence.
struct Trigger<'f> {
    kind: &'f str,
    /// Token index of the (first word of the) trigger.
    at: usize,
    /// Token index one past the trigger.
    end: usize,
    /// The verb lemma, or `None` for an event noun.
    lemma: Option<&'f str>,
    form: Form,
}

/// The event of the first trigger (in table order) that can be dated: "conducted yet another
/// missile test [undated], and weeks before Yoon's inauguration on May 10" is the inauguration.
fn sentence_event(cx: &Context<'_>, index: usize, sentence: Span) -> Option<Found> {
    let toks = tokens(cx.text, sentence);
    let words: Vec<String> = toks.iter().map(|t| folded(cx.text, t)).collect();
    // Only this sentence's dates and actors, found by binary search (all lists are in text
    // order), so the work per sentence does not grow with the article.
    let local = Context {
        dates: starting_in(cx.dates, sentence, |d| d.span),
        unresolved: starting_in(cx.unresolved, sentence, |s| *s),
        actors: starting_in(cx.actors, sentence, |a| a.span),
        ..*cx
    };
    let cx = &local;
    let mut triggers = find_triggers(cx, &toks, &words);
    // A bare participle ("…, with the union announcing strikes") heads a side clause: the
    // finite verbs of the sentence come first.
    triggers.sort_by_key(|t| {
        let before = t.at.checked_sub(1).map(|p| words[p].as_str());
        let participle = t.lemma.is_some()
            && t.form == Form::Progressive
            && !before
                .is_some_and(|w| PASSIVE_AUXILIARIES.contains(&w) || DETERMINERS.contains(&w));
        // Verbs before event nouns: "talks collapsed on Tuesday, with … strikes next month".
        (participle, t.lemma.is_none())
    });
    triggers
        .into_iter()
        .find_map(|trigger| trigger_event(cx, index, sentence, &toks, &words, trigger))
}

fn trigger_event(
    cx: &Context<'_>,
    index: usize,
    sentence: Span,
    toks: &[Token],
    words: &[String],
    trigger: Trigger<'_>,
) -> Option<Found> {
    let trigger_span = Span::new(toks[trigger.at].span.start, toks[trigger.end - 1].span.end);
    let published = cx.published.map(|(interval, _)| interval);

    // Rules "same segment", "prenominal date" and "nearest" (see `dating`).
    let chosen = dating::choose(cx.text, sentence, toks, trigger_span, cx.dates, cx.unresolved);
    let dated = match chosen {
        Some(Candidate::Dated(d)) => Some(d),
        _ => None,
    };
    let (when, basis) = match chosen {
        Some(Candidate::Dated(d)) => {
            let in_sentence: Vec<&DatedMention> =
                cx.dates.iter().filter(|m| sentence.contains(m.span)).collect();
            // Rule "anniversary".
            match dating::anniversary_base(cx.text, d, trigger_span, &in_sentence) {
                Some(base) => (base, d.basis),
                None => (d.interval, d.basis),
            }
        }
        // An expression relative to a publication date nobody knows: no date, and the event
        // waits for the corpus to date the article (rule "corroborated date").
        Some(Candidate::Unresolved(_)) => return None,
        None => {
            // Rule "lead news": an undated past or perfect report in the lead is the news itself.
            // Only a verb of the narrative, not an event noun ("a recent series of missile
            // launches") and not words inside a quotation.
            let lead_news = index < LEAD_SENTENCES
                && trigger.form == Form::Past
                && trigger.lemma.is_some()
                && !inside_quotation(cx.text, sentence, trigger_span);
            match (lead_news, cx.published) {
                (true, Some((interval, _))) if interval.precision <= Precision::Month => {
                    (interval, Basis::Inferred)
                }
                _ => return None,
            }
        }
    };

    // Rule "expected": a cue governs the trigger, or the date lies wholly after publication.
    let cue_before = (trigger.at.saturating_sub(4)..trigger.at)
        .any(|i| EXPECTATION_CUES.contains(&words[i].as_str()));
    // An infinitive is aimed at, not done: "agreed to resume", "prepared to resume talks".
    let infinitive = trigger.form == Form::Base && trigger.at > 0 && words[trigger.at - 1] == "to";
    // An event noun that is asked for or foreseen: "his call for a summit", "a possible summit".
    let foreseen_noun = trigger.lemma.is_none()
        && (trigger.at.saturating_sub(3)..trigger.at)
            .any(|i| FORESEEN_NOUN_CUES.contains(&words[i].as_str()));
    let cue_before = cue_before || infinitive || foreseen_noun;
    let after_publication = published.is_some_and(|p| when.start > p.end);
    let status = if cue_before || after_publication { Status::Expected } else { Status::Happened };

    let actors: Vec<&ActorMention> =
        cx.actors.iter().filter(|a| sentence.contains(a.span)).collect();
    let participants = participants(cx.text, &actors, trigger_span);
    let title = title(cx.text, toks, &trigger, &actors, &participants, dated.map(|d| d.span));
    Some(Found {
        kind: kind_of(cx.text, &trigger, toks),
        title,
        when,
        basis,
        status,
        participants,
        source: sentence,
        trigger: trigger_span,
    })
}

/// The triggers of a sentence, best first: per frame in table order its first un-negated
/// verb, then its first event noun; then the first past-tense general news verb.
fn find_triggers<'f>(cx: &Context<'_>, toks: &[Token], words: &[String]) -> Vec<Trigger<'f>> {
    let is_word = |i: usize| toks[i].kind == TokenKind::Word;
    let mut out = Vec::new();
    for frame in FRAMES {
        let verb = (0..toks.len()).filter(|&i| is_word(i)).find_map(|i| {
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
        let noun = (0..toks.len()).filter(|&i| is_word(i)).find_map(|i| {
            let end = phrase_at(frame.event_nouns, words, i)?;
            Some(Trigger { kind: frame.kind, at: i, end, lemma: None, form: Form::Past })
        });
        out.extend(noun);
    }
    // General news verbs: the kind is the verb itself. Only past forms: "arrests" in a
    // headline-less body is rarely news, "arrested" is.
    let general = (0..toks.len()).filter(|&i| is_word(i)).find_map(|i| {
        let (lemma, end, form) = verb_at(GENERAL, words, i)?;
        let news = form == Form::Past && !negated(words, i) && !is_adjectival(cx, toks, i);
        news.then_some(Trigger { kind: lemma, at: i, end, lemma: Some(lemma), form })
    });
    out.extend(general);
    out
}

/// Whether `span` stands inside quotation marks within its sentence (an odd number of
/// marks before it).
fn inside_quotation(text: &str, sentence: Span, span: Span) -> bool {
    let before = text.get(sentence.start..span.start).unwrap_or("");
    let straight = before.matches('"').count();
    let open = before.matches('“').count();
    let close = before.matches('”').count();
    straight % 2 == 1 || open > close
}

fn lemma_is_general(trigger: &Trigger<'_>) -> bool {
    FRAMES.iter().all(|f| f.kind != trigger.kind)
}

/// The event noun in the clause before a general verb, as a noun trigger of its frame.
fn subject_event_noun<'f>(
    text: &str,
    toks: &[Token],
    trigger: &Trigger<'f>,
) -> Option<Trigger<'f>> {
    if trigger.lemma.is_none() || !lemma_is_general(trigger) {
        return None;
    }
    let words: Vec<String> = toks[..trigger.at].iter().map(|t| folded(text, t)).collect();
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
fn kind_of(text: &str, trigger: &Trigger<'_>, toks: &[Token]) -> String {
    subject_event_noun(text, toks, trigger).map_or(trigger.kind, |noun| noun.kind).to_string()
}

/// The first token of the clause that holds token `at`: after the last clause break, "that"
/// or subordinator before it.
fn clause_start(toks: &[Token], words: &[String], at: usize) -> usize {
    (0..at)
        .rev()
        .find(|&i| {
            toks[i].kind == TokenKind::Break
                || words[i] == "that"
                || SUBORDINATORS.contains(&words[i].as_str())
        })
        .map_or(0, |b| b + 1)
}

/// Words before a verb-looking word that make it a noun: "several exchanges", "the launch".
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "several", "many", "two", "three", "recent",
    "further", "multiple", "repeated", "first", "second", "latest", "of", "for", "about", "new",
    "more", "fresh", "no", "any", "against",
];

/// "several exchanges of letters", "missile launches": a present form after a determiner or
/// after one of the frame's own nouns is a noun, not the verb.
fn is_noun_use(frame: &Frame, words: &[String], i: usize, form: Form) -> bool {
    if !matches!(form, Form::Base | Form::ThirdPerson) || i == 0 {
        return false;
    }
    let prev = words[i - 1].as_str();
    NOUN_MARKERS.contains(&prev) || frame.nouns.contains(&prev)
}

/// A participle directly before a noun ("the restored channels") describes, not reports.
fn is_adjectival(cx: &Context<'_>, toks: &[Token], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| folded(cx.text, &toks[p]));
    matches!(prev.as_deref(), Some("the" | "a" | "an" | "its" | "their" | "his" | "her"))
}

/// If a verb of `lemmas` (possibly phrasal, "cut off") starts at word `i`: its lemma, the
/// index after it, and its form.
fn verb_at<'f>(lemmas: &[&'f str], words: &[String], i: usize) -> Option<(&'f str, usize, Form)> {
    // Most words are no trigger's form: one hash look-up says so.
    let candidates = verb_forms().get(words[i].as_str())?;
    for &lemma in lemmas {
        let mut parts = lemma.split(' ');
        let head = parts.next()?;
        let Some(&(_, form)) = candidates.iter().find(|(h, _)| *h == head) else { continue };
        let mut end = i + 1;
        let mut all = true;
        for particle in parts {
            // A particle may follow an object: "blew up its office", "cut off all channels" —
            // only the adjacent order is accepted, the other reads too loosely.
            if words.get(end).map(String::as_str) == Some(particle) {
                end += 1;
            } else {
                all = false;
                break;
            }
        }
        if all {
            return Some((lemma, end, form));
        }
    }
    None
}

/// Every form of every trigger verb's head word (frames and general verbs) → the heads it is
/// a form of, with the form. Built once; looking a word up replaces inflecting every lemma of
/// every frame at every word.
fn verb_forms() -> &'static HashMap<String, Vec<(&'static str, Form)>> {
    static INDEX: OnceLock<HashMap<String, Vec<(&'static str, Form)>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: HashMap<String, Vec<(&'static str, Form)>> = HashMap::new();
        let lemmas = FRAMES.iter().flat_map(|f| f.verbs.iter()).chain(GENERAL.iter());
        for lemma in lemmas {
            let head: &'static str = lemma.split(' ').next().unwrap_or(lemma);
            for (word, form) in verbs::forms(head) {
                let heads = index.entry(word).or_default();
                if !heads.iter().any(|(h, _)| *h == head) {
                    heads.push((head, form));
                }
            }
        }
        index
    })
}

/// If one of the (possibly multi-word) `phrases` starts at word `i`, the index after it.
fn phrase_at(phrases: &[&str], words: &[String], i: usize) -> Option<usize> {
    phrases.iter().find_map(|phrase| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        let fits =
            parts.iter().enumerate().all(|(k, p)| words.get(i + k).map(String::as_str) == Some(*p));
        fits.then_some(i + parts.len())
    })
}

fn noun_near(frame: &Frame, words: &[String], start: usize, end: usize) -> bool {
    let from = start.saturating_sub(NOUN_WINDOW);
    let to = (end + NOUN_WINDOW).min(words.len());
    (from..to).any(|i| phrase_at(frame.nouns, words, i).is_some())
}

fn negated(words: &[String], i: usize) -> bool {
    (i.saturating_sub(3)..i)
        .any(|k| NEGATIONS.contains(&words[k].as_str()) || words[k].ends_with("n't"))
}

/// People and organizations of the sentence, and places right before the trigger (its
/// subject), in order and without repeats; a reporting channel ("KCNA said") is left out.
fn participants(text: &str, actors: &[&ActorMention], trigger: Span) -> Vec<String> {
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
const CLAUSE_REACH: usize = 400;

/// Words that open a subordinate clause: an actor after one acts in that clause, not in the
/// event's ("… summit in Osaka, where he hopes to discuss North Korea with Trump").
const SUBORDINATORS: &[&str] =
    &["where", "which", "who", "whom", "while", "when", "before", "after", "as", "because", "even"];

/// Whether `actor`, after the trigger, stands in the trigger's clause: no clause break and
/// no subordinator between them.
fn same_clause_after(text: &str, trigger: Span, actor: Span) -> bool {
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
fn pronoun_subject(text: &str, trigger: Span) -> bool {
    before(text, trigger.start, 40)
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| PRONOUNS.contains(&w))
}

/// Speech verbs that introduce a reported clause ("told the Hankyoreh that …").
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "noted",
    "reported",
    "announced",
    "confirmed",
    "claimed",
    "stated",
    "explained",
    "argued",
    "believes",
    "believed",
    "thinks",
];

/// "Cho Sung-ryul, a research consultant for the Institute, told the Hankyoreh that Kim …
/// sent": everyone before "that" in a speech clause reports the event, not takes part in it.
fn reports_the_clause(text: &str, actor: Span, trigger: Span) -> bool {
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
fn is_reporting_channel(text: &str, span: Span) -> bool {
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

/// Words of the object kept in a title at most.
const TITLE_OBJECT_WORDS: usize = 10;

/// Words that end a title's object: prepositions of time and clause starters.
const OBJECT_STOPS: &[&str] = &[
    "early",
    "late",
    "around",
    "on",
    "in",
    "at",
    "during",
    "since",
    "after",
    "before",
    "when",
    "while",
    "which",
    "who",
    "that",
    "where",
    "as",
    "because",
    "but",
    "until",
    "amid",
    "despite",
    "earlier",
    "later",
    "last",
    "this",
    "next",
    "yesterday",
    "today",
];

/// Adverbs dropped from titles.
const TITLE_ADVERBS: &[&str] = &[
    "just",
    "reportedly",
    "subsequently",
    "also",
    "already",
    "quickly",
    "recently",
    "finally",
    "again",
    "then",
    "yet",
    "officially",
    "formally",
    "reportedly",
    "rarely",
];

/// Builds "Subject verbs object" from the sentence.
fn title(
    text: &str,
    toks: &[Token],
    trigger: &Trigger<'_>,
    actors: &[&ActorMention],
    participants: &[String],
    date: Option<Span>,
) -> String {
    let trigger_start = toks[trigger.at].span.start;
    // Rule "event subject": "the second of three summits between Mr Kim and Trump collapsed"
    // is titled after the summit: "Summits between Kim Jong Un and Donald Trump collapse".
    let event_subject = subject_event_noun(text, toks, trigger).map(|noun| {
        let title = noun_title(text, toks, &noun, actors, participants, None);
        let plural = toks[noun.end - 1].span.of(text).ends_with('s');
        (title, plural)
    });
    // Subject: the nearest actor before the trigger, else the words since the last break.
    let subject = actors
        .iter()
        .rev()
        .find(|a| {
            a.span.end <= trigger_start
                && !is_reporting_channel(text, a.span)
                && !after_preposition(text, a.span)
        })
        .map(|a| subject_words(text, toks, trigger.at, a, actors))
        .or_else(|| {
            // "I just received …", Trump told reporters / Trump said he had received …: a
            // pronoun subject is the person who speaks.
            let pronoun = trigger.at > 0
                && toks[..trigger.at]
                    .iter()
                    .rev()
                    .filter(|t| t.kind == TokenKind::Word)
                    .take(3)
                    .any(|t| PRONOUNS.contains(&folded(text, t).as_str()));
            let speaker = actors
                .iter()
                .find(|a| a.kind == EntityKind::Person && is_reporting_channel(text, a.span));
            speaker.filter(|_| pronoun).map(|a| a.name.clone())
        })
        .or_else(|| {
            let folded_words: Vec<String> =
                toks[..trigger.at].iter().map(|t| folded(text, t)).collect();
            let from = clause_start(toks, &folded_words, trigger.at);
            let mut words: Vec<&str> = toks[from..trigger.at]
                .iter()
                .map(|t| t.span.of(text))
                .filter(|w| !TITLE_ADVERBS.contains(&w.to_lowercase().as_str()))
                .collect();
            while words.last().is_some_and(|w| AUXILIARIES.contains(&w.to_lowercase().as_str())) {
                words.pop();
            }
            // "Their second summit": the possessive adds nothing to a title.
            if words.len() > 1
                && matches!(words[0].to_lowercase().as_str(), "their" | "its" | "his" | "her")
            {
                words.remove(0);
            }
            // A phrase opening with a preposition, a relative pronoun or a participle is no
            // subject ("With the RMT union", "who", "Responding to questions").
            if words.first().is_some_and(|w| opens_post_modifier(w)) {
                return None;
            }
            // "Talks aimed at ending the dispute collapsed": the head before its modifier.
            if let Some(cut) = words.iter().skip(1).position(|w| opens_post_modifier(w)) {
                words.truncate(cut + 1);
            }
            let bare_pronoun =
                words.len() == 1 && PRONOUNS.contains(&words[0].to_lowercase().as_str());
            (!words.is_empty() && words.len() <= 6 && !bare_pronoun).then(|| words.join(" "))
        });
    // Rule "passive": "the hotlines were severed" is titled headline-style, "The hotlines
    // severed", with the participle as written.
    let passive = trigger.lemma.is_some()
        && trigger.form == Form::Past
        && trigger.at > 0
        && PASSIVE_AUXILIARIES.contains(&folded(text, &toks[trigger.at - 1]).as_str());
    let Some(lemma) = trigger.lemma else {
        return noun_title(text, toks, trigger, actors, participants, date);
    };
    // A gerund after a determiner names the event: "the signing of an armistice".
    let nominal = trigger.form == Form::Progressive
        && trigger.at > 0
        && DETERMINERS.contains(&folded(text, &toks[trigger.at - 1]).as_str());
    let subject = if nominal { None } else { subject };
    let mut plural = subject.as_deref().is_some_and(|subject| {
        let named = actors.iter().any(|a| a.name == subject || a.span.of(text) == subject);
        is_plural_subject(subject, named)
    });
    let subject = match event_subject {
        Some((title, noun_plural)) if lemma_is_general(trigger) => {
            plural = noun_plural;
            Some(title)
        }
        _ => subject,
    };
    let mut verb_words: Vec<String> = lemma.split(' ').map(str::to_string).collect();
    if nominal || passive {
        verb_words[0] = toks[trigger.at].span.of(text).to_lowercase();
    } else if !plural {
        verb_words[0] = verbs::third_person(&verb_words[0]);
    }
    let mut object: Vec<String> = Vec::new();
    let mut i = trigger.end;
    // Gather up to a stop, then shorten: titles before a name are dropped first, so a long
    // role ("outgoing South Korean President") must not push the name itself out.
    while i < toks.len() && object.len() < 2 * TITLE_OBJECT_WORDS {
        let tok = toks[i];
        if tok.kind == TokenKind::Break && is_quote_mark(tok.span.of(text)) {
            // Quoted words stay in the title, without their marks: exchanged "letters of
            // friendship" with Moon.
            i += 1;
            continue;
        }
        if tok.kind == TokenKind::Break || date.is_some_and(|d| d.overlaps(tok.span)) {
            break;
        }
        let word = folded(text, &tok);
        let stops = OBJECT_STOPS.contains(&word.as_str());
        // A time or place phrase right after the verb ends the title ("severed in June").
        if stops && (!object.is_empty() || date.is_some_and(|d| d.start > tok.span.start)) {
            break;
        }
        // "… channels and their leaders agreed": a new clause, not more object.
        let next = toks.get(i + 1).map(|t| folded(text, t));
        if word == "and" && next.as_deref().is_some_and(|n| CLAUSE_OPENERS.contains(&n)) {
            break;
        }
        if TITLE_ADVERBS.contains(&word.as_str()) {
            i += 1;
            continue;
        }
        // An entity's mention is replaced by its name, without the titles before it
        // ("outgoing South Korean President Moon Jae-in" becomes "Moon Jae-in").
        // (Not when the mention ends inside the word: "South Korea" in "South Korean".)
        let whole_words =
            |a: &&&ActorMention| !text[a.span.end..].starts_with(|c: char| c.is_alphanumeric());
        if let Some(actor) = actors.iter().filter(whole_words).find(|a| a.span.contains(tok.span)) {
            while object.last().is_some_and(|w| is_title_word(w)) {
                object.pop();
            }
            // A demonym keeps its form: "South Korean counterpart", not "South Korea …".
            let surface = actor.span.of(text);
            let demonym = surface.len() > actor.name.len() && surface.starts_with(&actor.name);
            object.push(if demonym { surface.to_string() } else { actor.name.clone() });
            while i < toks.len() && actor.span.contains(toks[i].span) {
                i += 1;
            }
            continue;
        }
        // "Kim Jong-un had sent him a letter": an object pronoun is the one other person
        // taking part, when there is exactly one.
        if object.is_empty() && matches!(word.as_str(), "him" | "her") {
            let others: Vec<&&ActorMention> = actors
                .iter()
                .filter(|a| a.kind == EntityKind::Person && participants.contains(&a.entity))
                .filter(|a| subject.as_deref() != Some(a.name.as_str()))
                .collect();
            let mut names: Vec<&str> = others.iter().map(|a| a.name.as_str()).collect();
            names.dedup();
            if let [name] = names.as_slice() {
                object.push((*name).to_string());
                i += 1;
                continue;
            }
        }
        object.push(tok.span.of(text).to_string());
        i += 1;
    }
    object.truncate(TITLE_OBJECT_WORDS);
    let mut parts = Vec::new();
    if let Some(subject) = subject {
        parts.push(subject);
    }
    parts.extend(verb_words);
    parts.extend(object);
    capitalize(&parts.join(" "))
}

/// Determiners and possessives: before a gerund they make it a noun ("the signing").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "this", "that"];

/// Words after "and" that open a new clause rather than continue an object.
const CLAUSE_OPENERS: &[&str] =
    &["their", "its", "his", "her", "the", "they", "he", "she", "it", "we", "both", "then"];

fn is_quote_mark(s: &str) -> bool {
    matches!(s, "\"" | "“" | "”")
}

/// The title of an event named by a noun: its modifiers as written ("North Korea-U.S.
/// summit", "inter-Korean summit"), then where ("in Hanoi") or between whom; for example
/// "Summit in Hanoi", "South Korea-US summit", "Summit between Kim Jong Un and Donald Trump".
fn noun_title(
    text: &str,
    toks: &[Token],
    trigger: &Trigger<'_>,
    actors: &[&ActorMention],
    participants: &[String],
    date: Option<Span>,
) -> String {
    let is_modifier = |t: &Token| {
        let w = t.span.of(text);
        t.kind == TokenKind::Word
            && !date.is_some_and(|d| d.overlaps(t.span))
            && (w.chars().next().is_some_and(char::is_uppercase) || w.contains('-'))
    };
    let mut from = trigger.at;
    while from > 0 && trigger.at - from < NOUN_MODIFIERS && is_modifier(&toks[from - 1]) {
        from -= 1;
    }
    // "incoming South Korean President Yoon Suk-yeol's inauguration": from the name on.
    let mut start = toks[from].span.start;
    if let Some(person) = actors.iter().find(|a| {
        a.kind == EntityKind::Person
            && a.span.start >= start
            && a.span.end <= toks[trigger.at].span.start
    }) {
        start = person.span.start;
    }
    // The phrase as written, so "North Korea-U.S." keeps its dots.
    let phrase = Span::new(start, toks[trigger.end - 1].span.end).of(text);
    let mut words: Vec<String> = phrase.split_whitespace().map(str::to_string).collect();
    let preposition = toks.get(trigger.end).map(|t| folded(text, t));
    let place = toks.get(trigger.end + 1).and_then(|t| {
        actors.iter().find(|a| a.span.start == t.span.start && a.kind == EntityKind::Place)
    });
    let people: Vec<&str> = actors
        .iter()
        .filter(|a| a.kind == EntityKind::Person && participants.contains(&a.entity))
        .map(|a| a.name.as_str())
        .fold(Vec::new(), |mut names, n| {
            if !names.contains(&n) {
                names.push(n);
            }
            names
        });
    if let (Some("in" | "at"), Some(place)) = (preposition.as_deref(), place) {
        words.push(preposition.unwrap_or_default());
        words.push(place.name.clone());
    } else if from == trigger.at && people.len() >= 2 {
        words.push(format!("between {} and {}", people[0], people[1]));
    }
    capitalize(&words.join(" "))
}

/// How many modifiers before an event noun a title keeps.
const NOUN_MODIFIERS: usize = 4;

/// "reporters at the White House": a name in a prepositional phrase is not a subject.
const PREPOSITIONS: &[&str] = &[
    "at", "in", "on", "of", "from", "with", "to", "for", "by", "about", "into", "near", "after",
    "before", "during", "amid", "despite", "under", "over",
];

/// A word that starts a noun's post-modifier: a preposition, a relative pronoun, or a
/// participle ("aimed", "including").
fn opens_post_modifier(word: &str) -> bool {
    let w = word.to_lowercase();
    PREPOSITIONS.contains(&w.as_str())
        || matches!(w.as_str(), "who" | "which" | "that" | "whose")
        || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
}

fn after_preposition(text: &str, span: Span) -> bool {
    const PREPOSITIONS: &[&str] =
        &["at", "in", "on", "of", "from", "with", "to", "for", "by", "about", "into", "near"];
    let before = before(text, span.start, 40).trim_end();
    let mut words = before.rsplit(|c: char| c.is_whitespace()).map(str::to_lowercase);
    let last = words.next().unwrap_or_default();
    let word = if last == "the" { words.next().unwrap_or_default() } else { last };
    PREPOSITIONS.contains(&word.as_str())
}

/// Words before an event noun that make it sought or foreseen rather than held.
const FORESEEN_NOUN_CUES: &[&str] =
    &["for", "possible", "proposed", "potential", "planned", "future", "another", "next"];

/// Personal pronouns: never a title's subject on their own.
const PRONOUNS: &[&str] = &["i", "he", "she", "it", "we", "they", "you"];

/// Forms of "be" (and "get") that make a following participle passive.
const PASSIVE_AUXILIARIES: &[&str] = &["was", "were", "is", "are", "been", "being", "be", "got"];

/// Auxiliaries between a subject and its verb, left out of titles.
const AUXILIARIES: &[&str] =
    &["have", "has", "had", "will", "would", "was", "were", "is", "are", "be", "been", "did"];

/// How an actor before the trigger is named as the title's subject: a coordinated phrase as
/// written ("South and North Korea", "Kim and Moon"); a place as written, with "the two" or
/// "both" ("the two Koreas"); otherwise the actor's name.
fn subject_words(
    text: &str,
    toks: &[Token],
    trigger_at: usize,
    actor: &ActorMention,
    actors: &[&ActorMention],
) -> String {
    let from = toks[..trigger_at]
        .iter()
        .rposition(|t| t.kind == TokenKind::Break || folded(text, t) == "that")
        .map_or(0, |b| b + 1);
    let mut phrase: Vec<&Token> = toks[from..trigger_at].iter().collect();
    while phrase.last().is_some_and(|t| {
        let w = folded(text, t);
        AUXILIARIES.contains(&w.as_str()) || TITLE_ADVERBS.contains(&w.as_str())
    }) {
        phrase.pop();
    }
    // "Brandt AG and Dutch rival Hollis NV": the actor may be followed by a legal suffix.
    let ends_with_actor = phrase.iter().rev().take(2).any(|t| actor.span.contains(t.span));
    let has_and = phrase.iter().any(|t| folded(text, t) == "and");
    if ends_with_actor && has_and {
        // "Kim Jong Un and South Korean President Moon Jae-in": the names, without titles.
        let start = phrase.first().map_or(actor.span.start, |t| t.span.start);
        let mut names: Vec<&str> = Vec::new();
        for a in actors.iter().filter(|a| a.span.start >= start && a.span.end <= actor.span.end) {
            if a.kind != EntityKind::Place && !names.contains(&a.name.as_str()) {
                names.push(&a.name);
            }
        }
        if names.len() >= 2 {
            return names.join(" and ");
        }
    }
    if ends_with_actor && phrase.len() <= 6 {
        let words: Vec<&str> = phrase.iter().map(|t| t.span.of(text)).collect();
        if words.contains(&"and") {
            return words.join(" ");
        }
        if actor.kind == EntityKind::Place {
            // "the two Koreas", "both Koreas": the determiner right before the place only.
            let first = phrase.iter().position(|t| actor.span.contains(t.span)).unwrap_or(0);
            let start = (first.saturating_sub(2)..first)
                .find(|&k| matches!(folded(text, phrase[k]).as_str(), "the" | "both"))
                .map_or(actor.span.start, |k| phrase[k].span.start);
            return Span::new(start, actor.span.end).of(text).to_string();
        }
    }
    actor.name.clone()
}

/// Whether a title's subject takes a plural verb: "Both Koreas", "Police", "Kim and Moon".
fn is_plural_subject(subject: &str, named: bool) -> bool {
    const COLLECTIVE: &[&str] = &["police", "people", "troops", "staff", "military", "authorities"];
    let last = subject.rsplit(' ').next().unwrap_or("");
    let lower = last.to_lowercase();
    let plural_noun = lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us");
    // A lone capitalized name ending in s is singular ("Reuters", "Brooks"); a lone word
    // that is no one's name is a plural noun ("Talks collapse").
    let lone_name =
        named && !subject.contains(' ') && last.chars().next().is_some_and(char::is_uppercase);
    subject.contains(" and ") || COLLECTIVE.contains(&lower.as_str()) || (plural_noun && !lone_name)
}

/// Role and title words that stand before a name: capitalized words ("President", "South",
/// "Korean") and the lowercase modifiers news puts before titles.
fn is_title_word(word: &str) -> bool {
    const MODIFIERS: &[&str] = &[
        "outgoing",
        "incoming",
        "former",
        "then",
        "late",
        "acting",
        "new",
        "leader",
        "president",
        "counterpart",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
    ];
    word.chars().next().is_some_and(char::is_uppercase)
        || MODIFIERS.contains(&word.to_lowercase().as_str())
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Precision;
    use jiff::civil::date;

    /// Builds a one-article context from text with `[[Name|id|kind]]` actor marks and
    /// `{{text|YYYY-MM-DD}}` date marks (a day each), one sentence per line.
    struct Fixture {
        text: String,
        sentences: Vec<Span>,
        dates: Vec<DatedMention>,
        unresolved: Vec<Span>,
        actors: Vec<ActorMention>,
    }

    fn fixture(marked: &str) -> Fixture {
        let mut text = String::new();
        let mut sentences = Vec::new();
        let mut dates = Vec::new();
        let mut unresolved = Vec::new();
        let mut actors = Vec::new();
        for line in marked.lines() {
            let start = text.len();
            let mut rest = line;
            while !rest.is_empty() {
                if let Some(body) = rest.strip_prefix("[[") {
                    let (inner, after) = body.split_once("]]").unwrap();
                    let mut parts = inner.split('|');
                    let (shown, id, kind) =
                        (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
                    let kind = match kind {
                        "person" => EntityKind::Person,
                        "org" => EntityKind::Organization,
                        _ => EntityKind::Place,
                    };
                    let name = parts.next().unwrap_or(shown).to_string();
                    actors.push(ActorMention {
                        span: Span::new(text.len(), text.len() + shown.len()),
                        entity: id.into(),
                        name,
                        kind,
                    });
                    text.push_str(shown);
                    rest = after;
                } else if let Some(body) = rest.strip_prefix("{{") {
                    let (inner, after) = body.split_once("}}").unwrap();
                    let (shown, iso) = inner.split_once('|').unwrap();
                    let span = Span::new(text.len(), text.len() + shown.len());
                    if iso == "?" {
                        unresolved.push(span);
                    } else {
                        let d: jiff::civil::Date = iso.parse().unwrap();
                        dates.push(DatedMention {
                            span,
                            interval: Interval::day(d),
                            basis: Basis::Stated,
                        });
                    }
                    text.push_str(shown);
                    rest = after;
                } else {
                    let c = rest.chars().next().unwrap();
                    text.push(c);
                    rest = &rest[c.len_utf8()..];
                }
            }
            sentences.push(Span::new(start, text.len()));
            text.push(' ');
        }
        Fixture { text, sentences, dates, unresolved, actors }
    }

    fn run(marked: &str, published: Option<jiff::civil::Date>) -> Vec<Found> {
        let f = fixture(marked);
        let cx = Context {
            text: &f.text,
            sentences: &f.sentences,
            dates: &f.dates,
            actors: &f.actors,
            unresolved: &f.unresolved,
            published: published.map(|d| (Interval::day(d), Basis::Stated)),
        };
        find(&cx)
    }

    #[test]
    fn a_letter_reply_gets_subject_verb_object_title_without_role_words() {
        let found = run(
            "North Korean leader [[Kim Jong Un|p:kim|person]] responded to a personal letter from outgoing South Korean President [[Moon Jae-in|p:moon|person]] {{this week|2022-04-21}}.",
            Some(date(2022, 4, 22)),
        );
        assert_eq!(found.len(), 1);
        let e = &found[0];
        assert_eq!(e.kind, "letter");
        assert_eq!(e.title, "Kim Jong Un responds to a personal letter from Moon Jae-in");
        assert_eq!(e.participants, ["p:kim", "p:moon"]);
        assert_eq!(e.when, Interval::day(date(2022, 4, 21)));
        assert_eq!(e.status, Status::Happened);
    }

    #[test]
    fn a_general_verb_needs_its_noun_for_a_specific_kind() {
        // "sent" without a letter is not a letter event; "held" with a summit is a summit.
        let found = run(
            "The army sent troops to the border {{in 2018|2018-06-01}}.\n[[Moon|p:moon|person]] held three summits with [[Kim|p:kim|person]] {{in 2018|2018-06-01}}.",
            Some(date(2022, 4, 22)),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].kind, "summit");
        assert_eq!(found[0].title, "Moon holds three summits with Kim");
    }

    #[test]
    fn phrasal_verbs_and_places_in_subject_position() {
        let found = run(
            "[[North Korea|pl:nk|place]] cut off all communication channels with [[South Korea|pl:sk|place]] {{last year|2020-06-09}}.",
            Some(date(2021, 7, 27)),
        );
        assert_eq!(found[0].kind, "communication");
        assert_eq!(found[0].participants, ["pl:nk"], "the place after the verb is not its subject");
        assert!(
            found[0].title.starts_with("North Korea cuts off all communication channels"),
            "{}",
            found[0].title
        );
    }

    #[test]
    fn negated_triggers_report_no_event() {
        let found = run(
            "The two leaders did not sign an agreement {{in 2019|2019-02-28}}.",
            Some(date(2019, 6, 13)),
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_date_after_publication_or_a_cue_makes_the_event_expected() {
        let found = run(
            "[[Yoon Suk-yeol|p:yoon|person]] will be inaugurated {{on May 10|2022-05-10}}.\nThe inauguration {{on May 10|2022-05-10}} is awaited.",
            Some(date(2022, 4, 22)),
        );
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|e| e.status == Status::Expected));
        assert_eq!(found[0].kind, "inauguration");
    }

    #[test]
    fn undated_lead_news_takes_the_publication_date_as_inferred() {
        let found = run(
            "South and North Korea have restored communication channels, both governments said.\nThe leaders agreed to improve ties.\nThe channels were restored by engineers.",
            Some(date(2021, 7, 27)),
        );
        // The first two sentences are the lead; the third, undated and later, yields nothing.
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found
            .iter()
            .all(|e| e.basis == Basis::Inferred && e.when.precision == Precision::Day));
        assert_eq!(found[1].kind, "agreement");
    }

    #[test]
    fn reporting_channels_are_not_participants() {
        let found = run(
            "[[Kim|p:kim|person]] sent a letter to [[Trump|p:trump|person]] {{on June 11|2019-06-11}}, [[KCNA|o:kcna|org]] said.",
            Some(date(2019, 6, 13)),
        );
        assert_eq!(found[0].participants, ["p:kim", "p:trump"]);
    }

    #[test]
    fn general_news_verbs_make_events_of_their_own_kind() {
        let found =
            run("Police arrested the mayor {{on Friday|2023-03-03}}.", Some(date(2023, 3, 5)));
        assert_eq!(found[0].kind, "arrest");
        assert_eq!(found[0].title, "Police arrest the mayor");
    }

    #[test]
    fn passive_reports_get_headline_titles() {
        let found =
            run("The hotlines were severed {{in June 2020|2020-06-15}}.", Some(date(2021, 7, 27)));
        assert_eq!(found[0].title, "The hotlines severed");
    }

    #[test]
    fn a_pronoun_subject_is_the_person_who_speaks() {
        let found = run(
            "\"I just received a beautiful letter from [[Kim Jong Un|p:kim|person]] {{on Sunday|2019-06-09}},\" [[Trump|p:trump|person]] told reporters.",
            Some(date(2019, 6, 12)),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].title.starts_with("Trump receives a beautiful letter"), "{found:?}");
        assert!(found[0].participants.contains(&"p:trump".to_string()));
    }

    #[test]
    fn actors_of_a_subordinate_clause_do_not_take_part() {
        let found = run(
            "[[Abe|p:abe|person]] will host the summit in Osaka {{later this month|2019-06-28}}, where he hopes to meet [[Trump|p:trump|person]].",
            Some(date(2019, 6, 12)),
        );
        assert_eq!(found[0].participants, ["p:abe"]);
    }

    #[test]
    fn a_summit_called_for_is_expected_and_a_plural_noun_is_no_verb() {
        let found = run(
            "[[Abe|p:abe|person]] renewed his call for a summit {{on Wednesday|2019-06-12}}.\nThe leaders agreed during several exchanges of letters {{since April|2021-04-01}}.",
            Some(date(2019, 6, 13)),
        );
        assert_eq!(found[0].kind, "summit");
        assert_eq!(found[0].status, Status::Expected);
        assert!(found.iter().all(|e| e.kind != "letter"), "'exchanges' is a noun: {found:?}");
    }
}
