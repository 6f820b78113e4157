//! Rule "tree date": which predicate of a sentence's dependency tree each temporal expression
//! dates, and which expressions date no event at all.
//!
//! An expression dates the verb or event noun its words hang on (climbing at most
//! [`DATE_CLIMB`] heads: "on the morning of Tuesday"), never the nearest one in the text, so a
//! date in a relative or complement clause dates that clause's predicate. A noun that names no
//! event passes its date on to its clause's verb, unless it stands in the phrase of an event
//! noun ("the visit of the secretary in September", rule "noun phrase date"); one the parser
//! made a verb's conjunct dates
//! nothing (rule "noun conjunct"). Rejected (they date no event, and a frame event they date
//! is dropped): an expression that relates an event to a time ("by May"), a starting point
//! ("rose from 20% last year"), a maturity ("notes due Nov. 1"), a date that describes a noun
//! ("a 1971 convention"), an era, years coordinated with another expression ("in her 2000 and
//! 2006 races", rule "coordinated dates"). Misread trees: a date the parser made a
//! participle's subject dates the verb above ("issued a statement Friday saying …", rule
//! "date subject"), one hung on a noun right before a verb dates that verb ("the State
//! Department on Sunday issued …", rule "date before its verb"); a "when" clause right after
//! a date is dated by it too ("in 1968 when Russian troops swept through Prague", rule "when
//! clause"), unless its verb is in the past perfect, which tells what had happened before that
//! time ("in July, when he had secured the nomination", rule "pluperfect when"). Work is
//! linear in the sentence.

use super::expressions::{
    dates_an_event, deadline, event_noun_after, names_a_period, opened_by, relational,
    starting_point, when_clause_after, SINCE,
};
use super::perfect_dates::perfect_predicate;
use super::predicate::{noun_kind, read_predicate};
use super::DatedMention;
use crate::doc::syntax::{Rel, SentenceTree, Upos};
use crate::{Interval, Precision, Span};

/// How many heads a date's words may climb to reach the predicate they modify ("on the
/// morning of Tuesday": Tuesday → morning → verb).
const DATE_CLIMB: usize = 2;

/// A predicate (tree word) with the mention that dates it (`None` when unresolved) and the
/// expression's span.
pub(super) type Attached<'c> = (usize, Option<&'c DatedMention>, Span);

/// Attaches each of the sentence's `mentions` (resolved or not, with their spans) to the
/// predicate it modifies (`toks`: the sentence's words, `super::words::tokens`); returns the
/// attachments, at most one per predicate, and the expressions that date no event, each with
/// whether it opens with "since" (`published`: the article's date, if known).
pub(super) fn attach<'c>(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    toks: &[super::words::Token],
    mentions: Vec<(Option<&'c DatedMention>, Span)>,
    published: Option<Interval>,
) -> (Vec<Attached<'c>>, Vec<(Span, bool)>) {
    let mut attached: Vec<Attached<'c>> = Vec::new();
    let mut rejected = Vec::new();
    let spans: Vec<Span> = mentions.iter().map(|&(_, span)| span).collect();
    for (mention, span) in mentions {
        // Rule "coordinated dates": "in her 2000 and 2006 Senate races" are happenings years
        // apart, so neither year dates the clause ("the summit on April 24 and 25" is one).
        let yearly = mention.is_some_and(|m| m.interval.precision >= Precision::Year);
        if yearly && coordinated(doc, st, span, &spans) {
            rejected.push((span, false));
            continue;
        }
        // Rule "when clause": "in November, when he was called a witness" also dates the
        // clause "when" opens, which tells what happened then (even after a relational
        // expression: "since November, when he was found").
        if dates_an_event(doc.text(), mention, span) {
            if let Some(verb) = when_clause_verb(doc, st, span) {
                if !attached.iter().any(|&(p, _, _)| p == verb) {
                    attached.push((verb, mention, span));
                }
            }
        }
        // "from 1968, when the Soviets invaded": the "when" clause is what happened then.
        // "this week" in an article known only to the month is vague, not a period.
        let vague = mention.is_some_and(|m| {
            matches!(m.interval.precision, Precision::Quarter | Precision::Half)
                && !names_a_period(doc.text(), span)
        });
        let reject = |span: Span, rejected: &mut Vec<(Span, bool)>| {
            if !when_clause_after(st, doc, span) && !vague {
                rejected.push((span, opened_by(st, doc, span, SINCE)));
            }
        };
        if !dates_an_event(doc.text(), mention, span)
            || relational(st, doc, span)
            || starting_point(st, doc, span)
        {
            reject(span, &mut rejected);
            continue;
        }
        let Some(predicate) = modified_predicate(st, doc, span) else { continue };
        // Rule "pluperfect when".
        let Ok(predicate) = past_perfect_when(doc, st, predicate, span) else {
            reject(span, &mut rejected);
            continue;
        };
        let verb = matches!(st.tree.upos(predicate), Upos::Verb | Upos::Aux | Upos::Adj);
        // Rule "prenominal date": "a 1971 convention", "Kopp's 1987 Chevrolet" describe
        // the noun, not the verb the noun depends on ("injured in the 1998 bombing" is
        // dated by its event noun).
        let trigger = token_span(doc, st, predicate);
        let noun_described = super::dating::prenominal(doc.text(), toks, span, trigger)
            && !event_noun_after(st, doc, span);
        // Rule "deadline" ("notes due Nov. 1"); "the election due this September" is
        // the event noun's own date.
        if verb && (noun_described || deadline(st, doc, span)) {
            reject(span, &mut rejected);
            continue;
        }
        // Rule "date subject": a participle whose governor another expression dates
        // already keeps its own date.
        let taken = |w: usize| attached.iter().any(|&(p, _, _)| p == w);
        let predicate = match date_subject_participle(doc, st, span) {
            Some(participle) if taken(predicate) => participle,
            _ => predicate,
        };
        // Rule "present perfect, past date" (`perfect_dates`): a predicate it moves the date
        // to that another expression dates already leaves it dating nothing.
        let moved = perfect_predicate(doc, st, predicate, mention, span, published);
        let predicate = match moved {
            Ok(p) if p == predicate || !taken(p) => p,
            _ => {
                rejected.push((span, false));
                continue;
            }
        };
        if !taken(predicate) {
            attached.push((predicate, mention, span));
        }
    }
    (attached, rejected)
}

/// Rule "when clause": the verb of a "when" clause right after the expression ("in 1989
/// when the Solidarity forces won", "since November, when he was found"), or `None`.
fn when_clause_verb(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, span: Span) -> Option<usize> {
    let tree = &st.tree;
    let end = words_in(doc, st, span).end;
    let comma = end < tree.len() && tree.upos(end) == Upos::Punct && tree.lemma(end) == ",";
    let when = if comma { end + 1 } else { end };
    if when >= tree.len() || !tree.lemma(when).eq_ignore_ascii_case("when") {
        return None;
    }
    let verb = tree.head(when).filter(|&h| h > when)?;
    (matches!(tree.upos(verb), Upos::Verb) && !pluperfect(doc, st, verb)).then_some(verb)
}

/// Whether verb `w` is in the past perfect ("had secured").
fn pluperfect(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, w: usize) -> bool {
    st.tree.auxiliaries(w).any(|a| doc.norm(st.token(a)).eq_ignore_ascii_case("had"))
}

/// Rule "pluperfect when": "in July 2008, when he had secured the nomination" says the
/// clause happened before that time, not then; a date before the "when" the parser hung on
/// such a clause's verb is the date of the clause the "when" clause hangs on (`Err(())` when
/// that is no verb: the date then dates nothing); `Ok(p)` for any other predicate `p`.
fn past_perfect_when(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    p: usize,
    span: Span,
) -> Result<usize, ()> {
    let tree = &st.tree;
    let end = words_in(doc, st, span).end;
    let when_after = tree
        .children(p)
        .iter()
        .any(|&c| c >= end && c < p && tree.lemma(c).eq_ignore_ascii_case("when"));
    if !(when_after && pluperfect(doc, st, p)) {
        return Ok(p);
    }
    tree.head(p).filter(|&h| tree.upos(h) == Upos::Verb).ok_or(())
}

/// Whether the expression at `span` is a conjunct of another expression of `spans`, or has
/// one for a conjunct (rule "coordinated dates").
fn coordinated(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    span: Span,
    spans: &[Span],
) -> bool {
    let tree = &st.tree;
    let words = words_in(doc, st, span);
    let in_other = |w: usize| {
        let at = token_span(doc, st, w);
        spans.iter().any(|&o| o != span && o.contains(at))
    };
    words.clone().any(|w| {
        let conj_of_other = tree.rel(w) == Rel::CONJ && tree.head(w).is_some_and(in_other);
        let other_conj = tree.children_by(w, Rel::CONJ).any(in_other);
        conj_of_other || other_conj
    })
}

pub(super) fn token_span(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, w: usize) -> Span {
    doc.token(st.token(w)).map_or(Span::new(0, 0), |t| t.span)
}

/// The sentence words (tree indices) inside `span`.
pub(super) fn words_in(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    span: Span,
) -> std::ops::Range<usize> {
    let tokens = doc.tokens_in(span);
    let from = st.word(tokens.start).unwrap_or(0);
    let to = tokens.end.checked_sub(1).and_then(|t| st.word(t)).map_or(from, |w| w + 1);
    from..to.max(from)
}

/// Rule "tree date": the predicate (a verb or a noun) the expression's words hang on. A noun
/// that names no event passes the date on to the verb of its clause when it is that verb's
/// subject or object ("Estrada on Tuesday condemned …"); an expression the parser made the
/// root of its sentence, or that opens it, dates the first verb after it.
pub(super) fn modified_predicate(
    st: &SentenceTree<'_>,
    doc: &crate::doc::Doc<'_>,
    span: Span,
) -> Option<usize> {
    let tree = &st.tree;
    let words = words_in(doc, st, span);
    let head = words.clone().find(|&w| tree.head(w).is_none_or(|h| !words.contains(&h)))?;
    let Some(mut p) = tree.head(head) else {
        return first_verb_after(st, words.end);
    };
    // Rule "date subject": a date is no agent; one the parser made the subject of a
    // participle ("issued a joint statement Friday saying …") modifies the verb the
    // participle's clause hangs on, when that verb reports a happening ("paid tribute … in
    // a rally Saturday demanding the return": the demand keeps it).
    if let Some(h) = date_subject(doc, st, head) {
        p = h;
    }
    // Rule "opening date": an expression that opens the sentence (after at most a
    // conjunction, an adverb or its preposition: "But on April 8,", "Also Friday,") and that
    // the parser hung on no verb or noun ("But" or "Also" made its head) dates the first
    // verb after it.
    let opening = || {
        let openers = (0..words.start).all(|w| {
            matches!(tree.upos(w), Upos::Cconj | Upos::Adv | Upos::Adp | Upos::Sconj | Upos::Punct)
        });
        if words.start <= 2 && openers {
            first_clause_verb_after(st, words.end)
        } else {
            None
        }
    };
    for _ in 0..DATE_CLIMB {
        match tree.upos(p) {
            Upos::Verb | Upos::Adj | Upos::Aux => return Some(p),
            Upos::Noun | Upos::Propn => break,
            _ => match tree.head(p) {
                Some(h) => p = h,
                None => return opening(),
            },
        }
    }
    if !matches!(tree.upos(p), Upos::Noun | Upos::Propn) {
        return opening();
    }
    if noun_kind(&tree.lemma(p).to_lowercase()).is_some() {
        return Some(p);
    }
    // "revenues dropped to $300 million last year": a bare date on a noun that names no
    // event is the clause's (a possessive or compound date stays the noun's: "Friday's
    // edition").
    // Rule "adjacent compound": a compound date stands right before its noun or the noun's
    // adjectives and names ("the Aug. 7 terrorist blasts"), or inside the noun's phrase
    // after its determiner ("a Jan. 14 return date"); one the parser hung on a noun further
    // on, across words of another phrase ("fell 7/8 Thursday amid concerns", "amid" read as
    // a noun), modifies the clause.
    let determined = tree
        .children(p)
        .iter()
        .any(|&c| c < words.start && matches!(tree.rel(c), Rel::DET | Rel::NMOD_POSS));
    let compound =
        tree.rel(head) == Rel::COMPOUND && (determined || adjacent_modifier(st, words.end, p));
    let describes_noun = tree.rel(head) == Rel::NMOD_POSS || compound;
    if describes_noun {
        return Some(p);
    }
    // Rule "date before its verb": a date between a noun that names no event and the verb
    // right after it ("the State Department on Sunday issued …") dates that verb, however
    // the parser hung it.
    if let Some(verb) = verb_right_after(st, words.end) {
        return Some(verb);
    }
    // Rule "noun phrase date": a date after a preposition inside a noun phrase ("the slated
    // visit of the commerce secretary in September") dates the event noun of that phrase,
    // not the clause's verb ("had been talking about …"); an event noun that is the verb's
    // setting ("bragged in an interview with the Post in late May", "traveled on his trip to
    // Havana on Wednesday") passes the date on to the verb, which happened in it.
    if tree.rel(head) == Rel::NMOD {
        if let Some(noun) = event_noun_above(st, p) {
            return Some(noun);
        }
    }
    // Rule "noun conjunct": a noun the parser made a verb's conjunct opens a clause of its
    // own, most often as the subject of a later verb ("He did appoint women, but a majority
    // of his appointments in 2015 went to men"): the date is not the verb's, and the
    // misread tree cannot say whose it is.
    if tree.rel(p) == Rel::CONJ && tree.head(p).is_some_and(|h| tree.upos(h) == Upos::Verb) {
        return None;
    }
    match tree.head(p).and_then(|h| tree.clause_head(h)) {
        Some(verb) if tree.upos(verb) == Upos::Verb => Some(verb),
        _ if tree.head(p).is_none() && words.start <= 1 => first_verb_after(st, words.end),
        _ => Some(p),
    }
}

/// Prepositions that make an event noun the setting of its verb's act ("in an interview",
/// "on his trip"; rule "noun phrase date").
const SETTING_PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "over", "amid"];

/// How many heads a date may climb inside its noun phrase to the event noun it modifies
/// (rule "noun phrase date": "visit" ← "of" ← "U.S." ← "Commerce" ← "Daley" ← "in
/// September").
const PHRASE_CLIMB: usize = 6;

/// Rule "noun phrase date": the event noun whose phrase noun `p` belongs to, climbing only
/// noun-internal relations (a preposition's noun, a name's parts, an apposition) within
/// [`PHRASE_CLIMB`] heads.
fn event_noun_above(st: &SentenceTree<'_>, p: usize) -> Option<usize> {
    let tree = &st.tree;
    let mut n = p;
    for _ in 0..PHRASE_CLIMB {
        let rel = tree.rel(n);
        let inside =
            rel == Rel::NMOD || rel == Rel::FLAT || rel == Rel::COMPOUND || rel == Rel::APPOS;
        let h = tree.head(n).filter(|_| inside)?;
        match tree.upos(h) {
            Upos::Noun if noun_kind(&tree.lemma(h).to_lowercase()).is_some() => {
                let setting = tree.rel(h).is_a(Rel::OBL)
                    && tree.children_by(h, Rel::CASE).any(|c| {
                        SETTING_PREPOSITIONS.contains(&tree.lemma(c).to_lowercase().as_str())
                    });
                return (!setting).then_some(h);
            }
            Upos::Noun | Upos::Propn | Upos::Adp => n = h,
            _ => return None,
        }
    }
    None
}

/// Rule "date subject": when date word `head` is the subject the parser gave a verb of an
/// adverbial or open clause without auxiliary ("Friday saying …", "a rally Thursday … to
/// demand"), the verb that clause hangs on, if it reports a happening itself.
fn date_subject(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, head: usize) -> Option<usize> {
    let tree = &st.tree;
    let p = participle_of_date_subject(st, head)?;
    tree.head(p).filter(|&h| tree.upos(h) == Upos::Verb && read_predicate(doc, st, h).is_some())
}

/// The verb of an adverbial or open clause without auxiliary whose subject the parser
/// made date word `head` (rule "date subject").
fn participle_of_date_subject(st: &SentenceTree<'_>, head: usize) -> Option<usize> {
    let tree = &st.tree;
    let p = tree.head(head).filter(|_| tree.rel(head).is_a(Rel::NSUBJ))?;
    let clause = matches!(tree.rel(p), Rel::ADVCL | Rel::ACL | Rel::XCOMP);
    let bare = tree.children_by(p, Rel::AUX).next().is_none();
    (clause && bare && tree.upos(p) == Upos::Verb).then_some(p)
}

/// The participle of rule "date subject" for the expression at `span`, if it has one.
fn date_subject_participle(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    span: Span,
) -> Option<usize> {
    let tree = &st.tree;
    let words = words_in(doc, st, span);
    let head = words.clone().find(|&w| tree.head(w).is_none_or(|h| !words.contains(&h)))?;
    participle_of_date_subject(st, head)
}

/// Whether the words from `from` up to noun `noun` are all adjectives or names that modify it
/// ("the Aug. 7 terrorist blasts", "your Oct. 23 Centennial Journal item"): the date that
/// ends at `from` stands in `noun`'s own phrase. A common noun between is another phrase
/// the parser ran together ("fell 7/8 Thursday amid concerns").
fn adjacent_modifier(st: &SentenceTree<'_>, from: usize, noun: usize) -> bool {
    let tree = &st.tree;
    from <= noun
        && (from..noun).all(|w| {
            tree.head(w) == Some(noun)
                && (matches!(tree.upos(w), Upos::Adj | Upos::Propn) || tree.rel(w) == Rel::AMOD)
        })
}

/// The verb at word `from`, after adverbs ("on Saturday strongly condemned"), unless it is
/// a participle modifying a noun (rule "date before its verb").
fn verb_right_after(st: &SentenceTree<'_>, from: usize) -> Option<usize> {
    let tree = &st.tree;
    let w = (from..tree.len()).find(|&w| tree.upos(w) != Upos::Adv)?;
    (tree.upos(w) == Upos::Verb && tree.rel(w) != Rel::AMOD).then_some(w)
}

/// The first verb from word `from` on that is not in a relative clause.
fn first_verb_after(st: &SentenceTree<'_>, from: usize) -> Option<usize> {
    (from..st.tree.len())
        .find(|&w| st.tree.upos(w) == Upos::Verb && st.tree.rel(w) != Rel::ACL_RELCL)
}

/// The first verb from word `from` on that heads no modifier of a noun (a relative clause, a
/// participle: "Penelas and Carollo, accompanied by a lawyer, flew"), else the first verb.
fn first_clause_verb_after(st: &SentenceTree<'_>, from: usize) -> Option<usize> {
    let tree = &st.tree;
    (from..tree.len())
        .find(|&w| {
            tree.upos(w) == Upos::Verb && !tree.rel(w).is_a(Rel::ACL) && tree.rel(w) != Rel::AMOD
        })
        .or_else(|| first_verb_after(st, from))
}
#[cfg(test)]
mod tests {
    use super::super::clauses::tests::{events, on, year};
    use jiff::civil::date;

    #[test]
    fn a_date_in_a_relative_clause_dates_that_clause_not_the_main_one() {
        let found = events(
            "Officer Dale Brooks, who shot a neighbour's dog last week, was charged on Thursday.",
            date(2024, 5, 11),
        );
        let charged = on(&found, date(2024, 5, 9));
        let shot = on(&found, date(2024, 5, 1));
        assert!(
            shot.iter().any(|e| e.title == "Dale Brooks shoots a neighbour's dog"),
            "{found:#?}"
        );
        assert!(charged.iter().any(|e| e.title.contains("charged")), "{found:#?}");
        assert!(shot.iter().all(|e| !e.title.contains("charged")), "{found:#?}");
    }

    #[test]
    fn a_date_inside_a_noun_phrase_dates_its_event_noun_not_the_talk_about_it() {
        let text = "The two mayors had been talking about the planned visit of Trade Minister \
                    Ana Ruiz in September.";
        let found = events(text, date(2024, 5, 11));
        assert!(
            found
                .iter()
                .all(|e| !(e.title.to_lowercase().contains("talk") && e.when.start.month() == 9)),
            "{found:#?}"
        );
        assert!(
            found.iter().any(|e| e.title.contains("visit") && e.when.start.month() == 9),
            "{found:#?}"
        );
    }

    #[test]
    fn a_date_in_the_phrase_of_the_verb_s_setting_still_dates_the_verb() {
        let text = "In an interview with the Herald in late April, the mayor boasted about the \
                    new bridge.";
        let found = events(text, date(2024, 5, 11));
        assert!(
            found.iter().any(|e| e.title.contains("boasts") && e.when.start.month() == 4),
            "{found:#?}"
        );
    }

    #[test]
    fn a_decade_or_a_century_dates_no_event() {
        let found = events(
            "The widow, who was jailed as a dissident in the 1970s, emigrated in 1984. \
             The pact ended the worst flooding of this century.",
            date(2024, 5, 11),
        );
        assert!(found.iter().all(|e| e.when.precision < crate::Precision::Decade), "{found:#?}");
        assert!(found.iter().any(|e| e.when == year(1984)), "{found:#?}");
    }

    #[test]
    fn an_event_noun_takes_its_own_date_and_a_relational_date_dates_nothing() {
        let found = events(
            "Voters were angry after Sunday's election. The talks must conclude by June.",
            date(2024, 5, 14),
        );
        assert!(
            found.iter().any(|e| e.kind == "election" && e.when.start == date(2024, 5, 12)),
            "{found:#?}"
        );
        assert!(found.iter().all(|e| e.when.start.month() != 6), "{found:#?}");
    }

    #[test]
    fn a_starting_point_a_deadline_and_a_described_noun_date_no_event() {
        let found = events(
            "Exports rose from 2,000 tonnes in 1990 to 9,000 tonnes last year. \
             The bank sold $50 million of bonds due March 3, 2031. \
             The court struck down a 1962 statute on Monday. \
             Harlan's 2004 pickup truck was found last month.",
            date(2024, 5, 14),
        );
        assert!(found.iter().all(|e| e.when.start.year() != 1990), "{found:#?}");
        assert!(found.iter().all(|e| e.when.start.year() != 2031), "{found:#?}");
        assert!(found.iter().all(|e| e.when.start.year() != 1962), "{found:#?}");
        assert!(found.iter().all(|e| e.when.start.year() != 2004), "{found:#?}");
        assert!(
            found.iter().any(|e| e.when.start == date(2024, 5, 13)),
            "the striking down is Monday's: {found:#?}"
        );
    }

    #[test]
    fn a_frame_event_dated_by_a_relational_date_is_dropped_but_a_when_clause_keeps_its_date() {
        let by = events("The two firms agreed to merge by March.", date(2024, 5, 14));
        assert!(by.iter().all(|e| e.when.start.month() != 3), "{by:#?}");
        // The parser may hang "by" on the first word of the expression.
        let year_end = events(
            "The bank said it expects to complete the purchase by year-end.",
            date(2024, 5, 14),
        );
        assert!(year_end.iter().all(|e| e.when.start.month() != 12), "{year_end:#?}");
        // "since" dates a perfect, which began then, not a bare participle.
        let since = events(
            "The service honoured the seven people killed in attacks since 1993.",
            date(2024, 5, 14),
        );
        assert!(since.iter().all(|e| e.when != year(1993)), "{since:#?}");
        // Rule "since": a frame event dated by "since" happened between then and publication.
        let reached = events(
            "The two leaders reached the agreement during talks since April.",
            date(2024, 5, 14),
        );
        assert!(
            reached
                .iter()
                .any(|e| e.when.start == date(2024, 4, 1) && e.when.end == date(2024, 5, 14)),
            "{reached:#?}"
        );
        let exchanged = events(
            "The two leaders have exchanged several letters since April.",
            date(2024, 5, 14),
        );
        assert!(exchanged.iter().any(|e| e.when.start == date(2024, 4, 1)), "{exchanged:#?}");
        let when = events(
            "She lived in Paris from 1970, when the army invaded the country, until 1990.",
            date(2024, 5, 14),
        );
        assert!(when.iter().any(|e| e.when.start.year() == 1970), "{when:#?}");
    }

    #[test]
    fn a_when_clause_in_the_past_perfect_is_not_dated_by_the_expression() {
        let found = events(
            "The two envoys met again, in July 2008, when the senator had secured the \
             nomination and was visiting Paris.",
            date(2015, 11, 10),
        );
        let july = date(2008, 7, 15);
        assert!(on(&found, july).iter().all(|e| !e.title.contains("secure")), "{found:#?}");
        // In the simple past, the clause happened then.
        let simple = events(
            "The two envoys met again, in July 2008, when the senator secured the nomination.",
            date(2015, 11, 10),
        );
        assert!(on(&simple, july).iter().any(|e| e.title.contains("secure")), "{simple:#?}");
    }

    #[test]
    fn over_the_weekend_dates_but_over_the_past_year_does_not() {
        let found = events(
            "Over the weekend, rebels seized the airport. \
             Over the past year, the company opened four plants.",
            date(2024, 5, 14),
        );
        assert!(found.iter().any(|e| e.title.contains("seize")), "{found:#?}");
        assert!(found.iter().all(|e| !e.title.contains("open")), "{found:#?}");
    }

    #[test]
    fn only_an_expression_that_names_a_period_is_a_reporting_period() {
        let text = "in the third quarter, this week, the first half of 2024, this month";
        let named = |needle: &str| {
            let start = text.find(needle).unwrap();
            super::names_a_period(text, crate::Span::new(start, start + needle.len()))
        };
        assert!(named("the third quarter"));
        assert!(named("the first half of 2024"));
        assert!(!named("this week"));
        assert!(!named("this month"));
    }

    #[test]
    fn a_compound_date_far_from_its_noun_dates_the_clause() {
        // The parser reads "amid" as a noun and hangs "Thursday" on "concerns" as a compound.
        let found = events(
            "The stock fell 7/8 Thursday amid concerns over problems discovered with the chip. \
             The Aug. 7 terrorist blasts killed 257 people.",
            date(2024, 8, 10),
        );
        let thursday = on(&found, date(2024, 8, 8));
        assert!(thursday.iter().any(|e| e.title.contains("falls")), "{found:#?}");
        // A date before its noun's adjectives stays the noun's own.
        let blasts = on(&found, date(2024, 8, 7));
        assert!(blasts.iter().any(|e| e.title.contains("blasts")), "{found:#?}");
    }

    #[test]
    fn an_opening_date_the_parser_hung_on_an_adverb_dates_the_first_verb() {
        // The parser makes "Also" the root and "Sunday" its subject.
        let found = events(
            "Also Sunday, more than 2,000 protesters rallied in Portadown against the annual parades.",
            date(2024, 4, 12),
        );
        let sunday = on(&found, date(2024, 4, 7));
        assert!(sunday.iter().any(|e| e.title.contains("rallied")), "{found:#?}");
    }

    #[test]
    fn a_bound_a_dividend_s_dates_and_a_bare_clock_time_date_no_event() {
        // Rule "bound": "more than four decades ago" is before the year it would give.
        let bound = events(
            "Crowds honoured the rebels who seized the town more than four decades ago.",
            date(2024, 5, 14),
        );
        assert!(bound.iter().all(|e| e.when.start.year() != 1984), "{bound:#?}");
        // Rule "deadline": a dividend's payment and record dates.
        let dividend = events(
            "Harlow Mills Inc. declared a dividend of six cents a share, payable Dec. 1 to \
             stock of record Nov. 10.",
            date(2024, 10, 25),
        );
        assert!(dividend.iter().all(|e| e.when.start.month() < 11), "{dividend:#?}");
        // A clock time with a part of the day names no day.
        let clock = events(
            "The ferry will leave at 6 in the evening, the harbour master said.",
            date(2024, 5, 14),
        );
        assert!(clock.iter().all(|e| e.when.precision >= crate::Precision::Day), "{clock:#?}");
    }

    #[test]
    fn lead_news_dates_no_relative_clause_and_a_topic_takes_no_talk_s_date() {
        // Rule "lead news main clause": the raid is background, not the day's news.
        let lead = events(
            "Mayor Okafor praised the 2011 raid that killed the smuggling boss during a debate.",
            date(2024, 5, 14),
        );
        let today = on(&lead, date(2024, 5, 14));
        assert!(today.iter().all(|e| !e.title.contains("kill")), "{lead:#?}");
        // Rule "topic noun": the elections were talked about last week, not held then.
        let topic = events(
            "When the trade minister came to see me last week about tariffs and the coming \
             elections, I did not expect an argument.",
            date(2024, 5, 14),
        );
        assert!(topic.iter().all(|e| e.kind != "election"), "{topic:#?}");
    }

    #[test]
    fn a_perfect_since_a_date_lasts_to_the_publication() {
        // Rule "since", however the parser read "since Labor Day".
        let found = events(
            "In the weeks since Labor Day, Mrs. Okafor has held rallies in Dayton.",
            date(2024, 9, 20),
        );
        assert!(
            found.iter().all(|e| e.when != crate::Interval::day(date(2024, 9, 2))),
            "{found:#?}"
        );
    }

    #[test]
    fn coordinated_years_date_no_event_but_coordinated_days_do() {
        // Rule "coordinated dates".
        let years = events(
            "The senator beat rival candidates several times in her 2002 and 2008 races.",
            date(2024, 5, 14),
        );
        assert!(years.iter().all(|e| e.when.start.year() != 2002), "{years:#?}");
        let days = events(
            "The ministers met in Geneva on March 4 and 5 to sign the accord.",
            date(2024, 5, 14),
        );
        assert!(days.iter().any(|e| e.when.start == date(2024, 3, 4)), "{days:#?}");
    }

    #[test]
    fn a_when_clause_after_a_date_is_dated_by_it() {
        // Rule "when clause", after a plain date and after a relational one.
        let found = events(
            "The council became the owner of the land in 1987 when the mill was sold to a \
             developer. Her relatives have looked after her since March, when she was found on \
             a beach near the harbour.",
            date(2024, 5, 16),
        );
        assert!(
            found.iter().any(|e| e.title.contains("sold") && e.when == year(1987)),
            "{found:#?}"
        );
        assert!(
            found.iter().any(|e| e.title.contains("ound") && e.when.start == date(2024, 3, 1)),
            "{found:#?}"
        );
    }

    /// Whether an event of `text` (published 16 May 2024) on `day` has `word` in its title.
    fn titled_on(text: &str, day: jiff::civil::Date, word: &str) -> bool {
        let found = events(text, date(2024, 5, 16));
        on(&found, day).iter().any(|e| e.title.contains(word))
    }

    #[test]
    fn misread_dates_reach_their_verb() {
        // Rule "date subject": "Tuesday" is no one saying anything.
        assert!(titled_on(
            "The union leaders issued a joint statement Tuesday saying the strike will end soon.",
            date(2024, 5, 14),
            "issue"
        ));
        // Rule "date before its verb".
        assert!(titled_on(
            "Ahead of the storm, the harbour authority on Sunday closed the port to small boats.",
            date(2024, 5, 12),
            "closes"
        ));
    }
}
