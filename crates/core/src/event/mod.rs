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

pub mod lexicon;
pub mod verbs;
pub mod words;

use crate::bundle::{EntityKind, Status};
use crate::{Basis, Interval, Span};
use lexicon::{Frame, EXPECTATION_CUES, FRAMES, GENERAL, NEGATIONS};
use verbs::Form;
use words::{folded, tokens, Token, TokenKind};

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

fn sentence_event(cx: &Context<'_>, index: usize, sentence: Span) -> Option<Found> {
    let toks = tokens(cx.text, sentence);
    let words: Vec<String> = toks.iter().map(|t| folded(cx.text, t)).collect();
    let trigger = find_trigger(cx, &toks, &words)?;
    let trigger_span = Span::new(toks[trigger.at].span.start, toks[trigger.end - 1].span.end);
    let published = cx.published.map(|(interval, _)| interval);

    // Rule "nearest dated expression": the date of the same sentence closest to the trigger.
    let dates: Vec<&DatedMention> = cx.dates.iter().filter(|d| sentence.contains(d.span)).collect();
    let dated = dates.iter().min_by_key(|d| distance(d.span, trigger_span));
    let (when, basis) = match dated {
        Some(d) => (d.interval, d.basis),
        None => {
            // Rule "lead news": an undated past or perfect report in the lead is the news itself.
            let lead_news = index < LEAD_SENTENCES && trigger.form == Form::Past;
            match (lead_news, cx.published) {
                (true, Some((interval, _))) => (interval, Basis::Inferred),
                _ => return None,
            }
        }
    };

    // Rule "expected": a cue governs the trigger, or the date lies wholly after publication.
    let cue_before = (trigger.at.saturating_sub(4)..trigger.at)
        .any(|i| EXPECTATION_CUES.contains(&words[i].as_str()));
    let after_publication = published.is_some_and(|p| when.start > p.end);
    let status = if cue_before || after_publication { Status::Expected } else { Status::Happened };

    let actors: Vec<&ActorMention> =
        cx.actors.iter().filter(|a| sentence.contains(a.span)).collect();
    let participants = participants(cx.text, &actors, trigger_span);
    let title = title(cx.text, &toks, &trigger, &actors, dated.map(|d| d.span));
    Some(Found {
        kind: trigger.kind.to_string(),
        title,
        when,
        basis,
        status,
        participants,
        source: sentence,
        trigger: trigger_span,
    })
}

/// The first frame, in table order, whose trigger stands in the sentence un-negated.
fn find_trigger<'f>(cx: &Context<'_>, toks: &[Token], words: &[String]) -> Option<Trigger<'f>> {
    let is_word = |i: usize| toks[i].kind == TokenKind::Word;
    for frame in FRAMES {
        for i in (0..toks.len()).filter(|&i| is_word(i)) {
            if let Some((lemma, end, form)) = verb_at(frame.verbs, words, i) {
                if negated(words, i) || (frame.verb_needs_noun && !noun_near(frame, words, i, end))
                {
                    continue;
                }
                return Some(Trigger { kind: frame.kind, at: i, end, lemma: Some(lemma), form });
            }
        }
        for i in (0..toks.len()).filter(|&i| is_word(i)) {
            if let Some(end) = phrase_at(frame.event_nouns, words, i) {
                return Some(Trigger {
                    kind: frame.kind,
                    at: i,
                    end,
                    lemma: None,
                    form: Form::Past,
                });
            }
        }
    }
    // General news verbs: the kind is the verb itself. Only past forms: "arrests" in a
    // headline-less body is rarely news, "arrested" is.
    for i in (0..toks.len()).filter(|&i| is_word(i)) {
        if let Some((lemma, end, form)) = verb_at(GENERAL, words, i) {
            if form == Form::Past && !negated(words, i) && !is_adjectival(cx, toks, i) {
                return Some(Trigger { kind: lemma, at: i, end, lemma: Some(lemma), form });
            }
        }
    }
    None
}

/// A participle directly before a noun ("the restored channels") describes, not reports.
fn is_adjectival(cx: &Context<'_>, toks: &[Token], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| folded(cx.text, &toks[p]));
    matches!(prev.as_deref(), Some("the" | "a" | "an" | "its" | "their" | "his" | "her"))
}

/// If a verb of `lemmas` (possibly phrasal, "cut off") starts at word `i`: its lemma, the
/// index after it, and its form.
fn verb_at<'f>(lemmas: &[&'f str], words: &[String], i: usize) -> Option<(&'f str, usize, Form)> {
    for &lemma in lemmas {
        let mut parts = lemma.split(' ');
        let head = parts.next()?;
        let Some(form) = verbs::form_of(&words[i], head) else { continue };
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

fn distance(a: Span, b: Span) -> usize {
    // Zero when they overlap; otherwise the gap between them.
    b.start.saturating_sub(a.end).max(a.start.saturating_sub(b.end))
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
        if counts && !is_reporting_channel(text, actor.span) && !ids.contains(&actor.entity) {
            ids.push(actor.entity.clone());
        }
    }
    ids
}

/// "KCNA said", "according to Reuters", "Reuters reported": the mention reports, not acts.
fn is_reporting_channel(text: &str, span: Span) -> bool {
    let after = text.get(span.end..).unwrap_or("").trim_start();
    let next_word: String =
        after.chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    let before = text.get(..span.start).unwrap_or("").trim_end().to_lowercase();
    matches!(next_word.as_str(), "said" | "reported" | "says" | "reports" | "told")
        || before.ends_with("according to")
        || before.ends_with("as per")
}

/// Words of the object kept in a title at most.
const TITLE_OBJECT_WORDS: usize = 8;

/// Words that end a title's object: prepositions of time and clause starters.
const OBJECT_STOPS: &[&str] = &[
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
    date: Option<Span>,
) -> String {
    let trigger_start = toks[trigger.at].span.start;
    // Subject: the nearest actor before the trigger, else the words since the last break.
    let subject = actors
        .iter()
        .rev()
        .find(|a| a.span.end <= trigger_start && !is_reporting_channel(text, a.span))
        .map(|a| a.name.clone())
        .or_else(|| {
            let from = toks[..trigger.at]
                .iter()
                .rposition(|t| t.kind == TokenKind::Break)
                .map_or(0, |b| b + 1);
            let words: Vec<&str> = toks[from..trigger.at]
                .iter()
                .map(|t| t.span.of(text))
                .filter(|w| !TITLE_ADVERBS.contains(&w.to_lowercase().as_str()))
                .collect();
            (!words.is_empty() && words.len() <= 6).then(|| words.join(" "))
        });
    let Some(lemma) = trigger.lemma else {
        // An event noun: the noun phrase itself ("Inauguration of …").
        let phrase: Vec<&str> =
            toks[trigger.at..trigger.end].iter().map(|t| t.span.of(text)).collect();
        return capitalize(&phrase.join(" "));
    };
    let plural = subject.as_deref().is_some_and(is_plural_subject);
    let mut verb_words: Vec<String> = lemma.split(' ').map(str::to_string).collect();
    if !plural {
        verb_words[0] = verbs::third_person(&verb_words[0]);
    }
    let mut object: Vec<String> = Vec::new();
    let mut i = trigger.end;
    // Gather up to a stop, then shorten: titles before a name are dropped first, so a long
    // role ("outgoing South Korean President") must not push the name itself out.
    while i < toks.len() && object.len() < 2 * TITLE_OBJECT_WORDS {
        let tok = toks[i];
        if tok.kind == TokenKind::Break || date.is_some_and(|d| d.overlaps(tok.span)) {
            break;
        }
        let word = folded(text, &tok);
        if !object.is_empty() && OBJECT_STOPS.contains(&word.as_str()) {
            break;
        }
        if TITLE_ADVERBS.contains(&word.as_str()) {
            i += 1;
            continue;
        }
        // An entity's mention is replaced by its name, without the titles before it
        // ("outgoing South Korean President Moon Jae-in" becomes "Moon Jae-in").
        if let Some(actor) = actors.iter().find(|a| a.span.contains(tok.span)) {
            while object.last().is_some_and(|w| is_title_word(w)) {
                object.pop();
            }
            object.push(actor.name.clone());
            while i < toks.len() && actor.span.contains(toks[i].span) {
                i += 1;
            }
            continue;
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

/// Whether a title's subject takes a plural verb: "Both Koreas", "Police", "Kim and Moon".
fn is_plural_subject(subject: &str) -> bool {
    const COLLECTIVE: &[&str] = &["police", "people", "troops", "staff", "military", "authorities"];
    let last = subject.rsplit(' ').next().unwrap_or("");
    let lower = last.to_lowercase();
    let plural_noun = lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us");
    // A lone capitalized word ending in s is usually a name ("Reuters", "Brooks").
    let lone_name = !subject.contains(' ') && last.chars().next().is_some_and(char::is_uppercase);
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
        actors: Vec<ActorMention>,
    }

    fn fixture(marked: &str) -> Fixture {
        let mut text = String::new();
        let mut sentences = Vec::new();
        let mut dates = Vec::new();
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
                    let d: jiff::civil::Date = iso.parse().unwrap();
                    dates.push(DatedMention {
                        span: Span::new(text.len(), text.len() + shown.len()),
                        interval: Interval::day(d),
                        basis: Basis::Stated,
                    });
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
        Fixture { text, sentences, dates, actors }
    }

    fn run(marked: &str, published: Option<jiff::civil::Date>) -> Vec<Found> {
        let f = fixture(marked);
        let cx = Context {
            text: &f.text,
            sentences: &f.sentences,
            dates: &f.dates,
            actors: &f.actors,
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
}
