//! Events: what happened when, found sentence by sentence in one article, by two finders.
//!
//! **The tree** (`clauses`, `attach`, `predicate`, `headline`; kinds from [`taxonomy`]): any
//! verb or event noun a temporal expression modifies in the sentence's dependency tree, when it
//! reports a happening that did (or is expected to) happen, dated by that expression, titled
//! headline-style from the tree. It also vets the frames' event: a negated, hypothetical,
//! conditional or period-ending trigger is dropped, and the expression that modifies the
//! trigger in the tree dates it; a general news verb takes the tree's title. Its events of
//! other predicates and expressions join the frames' one.
//!
//! **The frames** (the rest of this module, and `triggers`): a sentence reports an event when a verb (or an
//! event noun) of one of the [`lexicon`]'s
//! frames stands in it, not negated and not used as a noun ("several exchanges"). Each
//! sentence's triggers are tried in order (finite verbs, then event nouns, then bare
//! participles) and the first that can be dated makes the event. The event takes:
//! - its **date** from the temporal expression that `dating` chooses for the trigger (rules
//!   "same segment", "prenominal date", "nearest", "anniversary"), or, for a narrative verb in
//!   the lead outside quotations, from the publication date (rule "lead news", inferred);
//! - its **status**: expected when the date lies after the publication date, an expectation
//!   cue ("will", "plans to") governs the trigger, the trigger is an infinitive ("agreed to
//!   resume") or an event noun is sought ("his call for a summit");
//! - its **kind** from the frame, or, for a general verb whose subject is an event noun ("the
//!   summit collapsed"), from that noun (rule "event subject");
//! - its **participants** (`participants`), and for a letter who sent it to whom (`direction`,
//!   rule "letter direction");
//! - a **title** made from the text (`title`).
//!
//! Work per sentence is bounded by the sentence: dates and actors are sliced out by binary
//! search, and every look around a word is of bounded length. Merging the same event across
//! sentences and articles is the corpus's job ([`crate::timeline`]).

mod agent;
mod agreement;
mod attach;
mod clauses;
mod dating;
mod direction;
mod expressions;
mod frame_words;
mod headline;
pub mod lexicon;
mod mood_words;
mod participants;
mod perfect_dates;
mod phrase;
mod predicate;
mod pronoun;
mod referent;
mod reported;
mod subject_groups;
pub mod taxonomy;
mod tense_dates;
mod title;
mod triggers;
pub mod verbs;
pub mod words;
pub(crate) mod written_quote;

use crate::bundle::{EntityKind, Status};
use crate::coref::Gender;
use crate::doc::fold::fold;
use crate::doc::Doc;
use crate::{Basis, Interval, Precision, Span};
use dating::Candidate;
use lexicon::*;
use participants::participants;
use title::title;
use triggers::{
    clause_start, find_triggers, kind_of, lemma_is_general, subject_event_noun, Trigger,
};
use verbs::Form;
use words::{after, before, starting_in, tokens, Token, TokenKind};

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
    /// A person's gender as the article gives it (`coref`'s rule `gender`), for "he"/"she".
    pub gender: Gender,
    /// The entity's role words (`coref`'s rule `roles`: "senator" for "Sen. X"), sorted,
    /// for a subject that describes them ("the senator").
    pub roles: std::sync::Arc<[String]>,
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
    /// For a letter, who sent it and who received it, when the text says (rule "letter
    /// direction"); ids among `participants`.
    pub senders: Vec<String>,
    pub recipients: Vec<String>,
    /// The supporting sentence.
    pub source: Span,
    /// The word (or words) that signalled the event.
    pub trigger: Span,
}

/// What the event rules need to know about one article.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The article's text and tokens.
    pub doc: &'a Doc<'a>,
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

/// Finds the events of one article: per sentence the frame finder's event (the most specific
/// frame wins), vetted and dated by the tree, and the tree's events of other predicates.
pub fn find(cx: &Context<'_>) -> Vec<Found> {
    // Rules "past weekday" and "future weekday" (`tense_dates`): the dates every finder
    // below reads.
    let redirected = tense_dates::redated_by_tense(cx);
    let cx = &Context { dates: redirected.as_deref().unwrap_or(cx.dates), ..*cx };
    let mut found = Vec::new();
    // The sentence's folded words, their strings reused from sentence to sentence.
    let mut words = Vec::new();
    for (index, &sentence) in cx.sentences.iter().enumerate() {
        let toks = tokens(cx.doc, sentence);
        let mut framed = sentence_event(cx, index, sentence, &toks, &mut words);
        // The tree is read (and the sentence parsed, the costliest step of the pipeline) only
        // where it can add something: the frame finder's event to vet, the lead, or a
        // temporal expression to attach.
        let lead = index < LEAD_SENTENCES;
        let view = (framed.is_some() || lead || clauses::has_dates(cx, sentence))
            .then(|| clauses::SentenceView::new(cx, sentence, &toks))
            .flatten();
        // The tree vets the frame finder's event: a negated or hypothetical trigger makes no
        // event; the expression that modifies the trigger in the tree dates it.
        if let (Some(view), Some((event, date, _))) = (&view, &mut framed) {
            match view.vet(cx, event.trigger, *date) {
                clauses::Verdict::Keep => {}
                clauses::Verdict::Drop => framed = None,
                // Rule "since": from the expression's start to the publication.
                clauses::Verdict::Since => match cx.published {
                    Some((published, _)) if published.end >= event.when.start => {
                        event.when = event.when.covering(&published);
                    }
                    _ => framed = None,
                },
                clauses::Verdict::Redate(mention) => {
                    event.when = mention.interval;
                    event.basis = mention.basis;
                    if published_before(cx, mention.interval) {
                        event.status = Status::Expected;
                    }
                    *date = Some(mention.span);
                }
            }
        }
        // The tree's events (`clauses`), each dated by its own expression: those of another
        // expression or predicate than the frame's event join it.
        let from_tree = view.as_ref().map_or_else(Vec::new, |v| v.events(cx, lead));
        // A general news verb of the frame finder is titled from the tree (a frame's own
        // titles are tuned to its kind and stay), and so is a frame's title that found no
        // subject where the tree finds one ("Agrees to purchase …" → "Thermo Electron agrees
        // to purchase …"), and so is one whose object was cut at its word limit or that the
        // tree's title completes with an object (rule "whole object": "The two presidents
        // sign" → "The two presidents sign a broad treaty"), or where the frame's title opens
        // with a name that is no subject in the tree (the frame takes the nearest name before
        // the trigger, which may be another clause's object: "Clinton debated Obama and met
        // her opponents").
        if let (Some(view), Some((event, date, cut))) = (&view, &mut framed) {
            let general = FRAMES.iter().all(|f| f.kind != event.kind);
            let subjectless = starts_with_trigger(cx.doc.text(), &event.title, event.trigger);
            if let Some((title, named, elsewhere)) =
                view.verb_title(cx, event.trigger, &event.title)
            {
                let completes = title.len() > event.title.len()
                    && title
                        .to_lowercase()
                        .starts_with(&format!("{} ", event.title.to_lowercase()));
                // Rule "the city": the tree names the place a frame's "The city" stands for.
                let settlement = pronoun::opens_with_settlement(&event.title);
                if general
                    || (named && (subjectless || elsewhere || *cut || completes || settlement))
                {
                    event.title = title;
                }
            }
            // A bare event noun ("Accord", "Warning") takes the tree's title when that says
            // more ("Prosecutors issue their warning"), and so does one the subject underwent
            // (rule "undergone event": "America experienced attacks" is no American attack).
            // So does one the tree's title names the owner of (rule "owner of the noun":
            // "Next speech" → "Ben Carson's next speech").
            // The tree's title is made only for those (it builds a headline).
            // Rule "dated verb of the noun": a noun the object of a verb with a subject whose
            // date hangs on the verb is the verb's event ("lifted a warning against travel on
            // Friday": "The State Department lifts a warning against travel").
            let bare = !event.title.contains(' ') || view.undergone(cx, event.trigger);
            let owned = view.owned(cx, event.trigger);
            // Rule "setting owner": "Televised address" → "Jane Doe's televised address".
            let given = view.given(cx, event.trigger);
            let governed = view.dated_governor(cx, event.trigger, *date);
            if let Some(title) = view.noun_title(cx, event.trigger) {
                let frame = event.title.to_lowercase();
                let names_owner = (owned || given)
                    && title.len() > frame.len()
                    && title.to_lowercase().ends_with(&format!(" {frame}"))
                    && title.contains("'s ");
                // Rule "noun's participants": the tree's phrase goes on from the frame's
                // title with who or where ("Car bomb attack outside the U.S. embassy").
                let participants = headline::names_participants(&frame, &title);
                if ((bare || governed) && title.contains(' ')) || names_owner || participants {
                    event.title = title;
                }
            }
        }
        // The headline check (`headline::check`): "Berlin pledges" for "Berlin's pledge to
        // add …" (rule "noun read as a verb") and "About 100 protesters marched" (rule "verb
        // outside the noun") are no headlines; the tree's noun title or verb headline is.
        if let (Some(view), Some((event, _, _))) = (&view, &mut framed) {
            if let Some(title) = view.headline_fallback(cx, event.trigger, &event.title) {
                event.title = title;
            }
        }
        let (framed_date, framed_trigger) = match &framed {
            Some((event, date, _)) => (*date, Some(event.trigger)),
            None => (None, None),
        };
        let framed_lead_news = framed.is_some() && framed_date.is_none();
        found.extend(framed.map(|(event, _, _)| event));
        for extra in from_tree {
            let same_date = extra.date.is_some() && extra.date == framed_date;
            let same_trigger = framed_trigger.is_some_and(|t| t.overlaps(extra.found.trigger));
            let lead_again = extra.date.is_none() && (framed_lead_news || framed_trigger.is_some());
            if !same_date && !same_trigger && !lead_again {
                found.push(extra.found);
            }
        }
    }
    for event in &mut found {
        event.title = title::clean_opening(&event.title);
    }
    found
}

/// Whether `title` opens with the trigger's verb (the first three letters of its first word:
/// "agreed" → "Agrees to …"): a title without a subject.
fn starts_with_trigger(text: &str, title: &str, trigger: Span) -> bool {
    let stem: String = fold(trigger.of(text)).chars().take(3).collect();
    let first = title.split_whitespace().next().map(fold).unwrap_or_default();
    stem.chars().count() == 3 && first.starts_with(&stem)
}

/// Whether the article was published before `when` starts.
fn published_before(cx: &Context<'_>, when: Interval) -> bool {
    cx.published.is_some_and(|(p, _)| when.start > p.end)
}

/// The event of the first trigger (in table order) that can be dated: "conducted yet another
/// missile test [undated], and weeks before Yoon's inauguration on May 10" is the inauguration.
/// With the expression that dates it and whether its title's object was cut. `toks` are the
/// sentence's tokens, `words` a buffer for their folded forms.
fn sentence_event(
    cx: &Context<'_>,
    index: usize,
    sentence: Span,
    toks: &[Token],
    words: &mut Vec<String>,
) -> Option<(Found, Option<Span>, bool)> {
    fold_into(words, toks.iter().map(|t| t.span.of(cx.doc.text())));
    let words = &words[..];
    // Only this sentence's dates and actors, found by binary search (all lists are in text
    // order), so the work per sentence does not grow with the article.
    let local = Context {
        dates: starting_in(cx.dates, sentence, |d| d.span),
        unresolved: starting_in(cx.unresolved, sentence, |s| *s),
        actors: starting_in(cx.actors, sentence, |a| a.span),
        ..*cx
    };
    let cx = &local;
    let mut triggers = find_triggers(cx, toks, words);
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
        .find_map(|trigger| trigger_event(cx, index, sentence, toks, words, trigger))
}

/// Makes `words` the folded forms of `raws`, reusing the strings already there.
fn fold_into<'r>(words: &mut Vec<String>, raws: impl ExactSizeIterator<Item = &'r str>) {
    words.resize_with(raws.len(), String::new);
    for (word, raw) in words.iter_mut().zip(raws) {
        word.clear();
        crate::doc::fold::push_fold(word, raw);
    }
}

fn trigger_event(
    cx: &Context<'_>,
    index: usize,
    sentence: Span,
    toks: &[Token],
    words: &[String],
    trigger: Trigger<'_>,
) -> Option<(Found, Option<Span>, bool)> {
    let trigger_span = Span::new(toks[trigger.at].span.start, toks[trigger.end - 1].span.end);
    let published = cx.published.map(|(interval, _)| interval);

    // Rules "same segment", "prenominal date" and "nearest" (see `dating`).
    let chosen =
        dating::choose(cx.doc.text(), sentence, toks, trigger_span, cx.dates, cx.unresolved);
    let dated = match chosen {
        Some(Candidate::Dated(d)) => Some(d),
        _ => None,
    };
    let (when, basis) = match chosen {
        Some(Candidate::Dated(d)) => {
            let in_sentence: Vec<&DatedMention> =
                cx.dates.iter().filter(|m| sentence.contains(m.span)).collect();
            // Rule "anniversary".
            match dating::anniversary_base(cx.doc.text(), d, trigger_span, &in_sentence) {
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
                && !inside_quotation(cx.doc.text(), sentence, trigger_span);
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
    let participants = participants(cx.doc, &actors, trigger_span);
    let source = title::Source {
        doc: cx.doc,
        toks,
        actors: &actors,
        participants: &participants,
        date: dated.map(|d| d.span),
    };
    let (title, cut) = title(&source, &trigger);
    let direction::Direction { from: senders, to: recipients } =
        direction::direction(cx.doc, toks, words, &actors, &participants, &trigger);
    let found = Found {
        kind: kind_of(cx.doc.text(), &trigger, toks),
        title,
        when,
        basis,
        status,
        participants,
        senders,
        recipients,
        source: sentence,
        trigger: trigger_span,
    };
    Some((found, dated.map(|d| d.span), cut))
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
                        gender: Gender::Unknown,
                        roles: Vec::new().into(),
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
        let doc = Doc::new(&f.text);
        let cx = Context {
            doc: &doc,
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

    #[test]
    fn a_participle_after_a_determiner_and_an_adverb_describes() {
        for fragment in ["A newly elected one, too.", "An officially sanctioned one, at last."] {
            let t = crate::event::headline::tests::titles(fragment);
            assert!(t.is_empty(), "{t:?}");
        }
    }

    #[test]
    fn words_with_a_verb_before_the_trigger_are_no_subject() {
        let t = crate::event::headline::tests::titles(
            "Zentrix, which said it found the flaw, still plans to announce new chips on Nov. 6.",
        );
        assert!(t.iter().any(|t| t.starts_with("Zentrix announces new chips")), "{t:?}");
        assert!(t.iter().all(|t| !t.starts_with("Still")), "{t:?}");
    }
}
