//! The tree's own events of a sentence ([`SentenceView::events`]): one per dated predicate,
//! titled, dated and with its participants, and rule "lead news" for an undated lead.

use super::{head_word, inside_quotes, SentenceView, TreeEvent};
use crate::bundle::Status;
use crate::doc::syntax::{Rel, SentenceTree, Upos};
use crate::event::attach::{token_span, words_in};
use crate::event::headline::{self, Headline};
use crate::event::participants::is_reporting_channel;
use crate::event::predicate::{
    committing_governor, determiner_noun, past_tense, read_predicate, realis, Reading,
};
use crate::event::taxonomy::ORIGIN_VERBS;
use crate::event::tense_dates::past_act;
use crate::event::{ActorMention, Context, Found};
use crate::{Basis, Interval, Precision, Span};

impl SentenceView<'_> {
    /// The tree's events of the sentence, at most one per predicate, in text order. `lead`
    /// says whether the sentence is in the article's lead (rule "lead news").
    pub fn events(&self, cx: &Context<'_>, lead: bool) -> Vec<TreeEvent> {
        let doc = cx.doc;
        let st = &self.st;
        let sentence = self.sentence;
        let published = cx.published.map(|(interval, _)| interval);
        let headline = self.headline(cx);
        let mut out = Vec::new();
        for &(predicate, mention, span) in &self.attached {
            let Some(reading) = read_predicate(doc, st, predicate) else { continue };
            // An expression nobody could resolve leaves its event for the corpus to date.
            let Some(mention) = mention else { continue };
            // Rule "committed act": "voted to support the republic Friday" is the vote.
            let committed = committing_governor(st, predicate);
            let own_expected = match committed {
                Some(g) => realis(st, g).unwrap_or(reading.expected),
                None => reading.expected,
            };
            let later = published.is_some_and(|p| mention.interval.start > p.end);
            // Rule "past tense, later date" (`tense_dates`).
            if later && committed.is_none() && past_act(doc, st, predicate, span) {
                continue;
            }
            let expected = own_expected || later;
            let dated = Dated { when: mention.interval, basis: mention.basis, expected };
            let titled = committed.unwrap_or(predicate);
            out.push(TreeEvent {
                found: make(cx, st, &headline, sentence, titled, &reading, dated),
                date: Some(span),
            });
        }

        // Rule "lead news".
        if out.is_empty() && lead && self.dates.is_empty() {
            let root = st.tree.roots().next().map(|r| main_verb(st, r));
            let lead_news = root.filter(|&r| {
                st.tree.upos(r) == Upos::Verb
                    && past_tense(doc, st.token(r), st, r)
                    && !inside_quotes(doc.text(), sentence, token_span(doc, st, r))
                    // Rule "origin background": "Kalashnikov designed the AK-47".
                    && !ORIGIN_VERBS.contains(&st.tree.lemma(r).to_lowercase().as_str())
            });
            if let (Some(root), Some((interval, _))) = (lead_news, cx.published) {
                if interval.precision <= Precision::Month {
                    if let Some(reading) = read_predicate(doc, st, root).filter(|r| !r.expected) {
                        let dated = Dated {
                            when: news_window(interval),
                            basis: Basis::Inferred,
                            expected: false,
                        };
                        out.push(TreeEvent {
                            found: make(cx, st, &headline, sentence, root, &reading, dated),
                            date: None,
                        });
                    }
                }
            }
        }
        out
    }
}

/// Rule "lead news" in the tree: news reports what happened on the day of publication or the
/// day before, so an undated lead event is dated to that window (a day-precise publication)
/// rather than to the publication day alone.
fn news_window(published: Interval) -> Interval {
    if published.precision > Precision::Day {
        return published;
    }
    let day_before = published.start.yesterday().unwrap_or(published.start);
    Interval::new(day_before, published.end, Precision::Day)
}

/// The date an event takes and whether it is expected.
struct Dated {
    when: Interval,
    basis: Basis,
    expected: bool,
}

fn make(
    cx: &Context<'_>,
    st: &SentenceTree<'_>,
    headline: &Headline<'_>,
    sentence: Span,
    predicate: usize,
    reading: &Reading,
    dated: Dated,
) -> Found {
    // Rule "determiner noun": titled as the noun event it is, not as a verb.
    let title = if st.tree.upos(predicate) == Upos::Verb && !determiner_noun(cx.doc, st, predicate)
    {
        headline::verb_title(headline, predicate)
    } else {
        headline::noun_title(headline, predicate)
    };
    Found {
        kind: reading.kind.to_string(),
        title,
        when: dated.when,
        basis: dated.basis,
        status: if dated.expected { Status::Expected } else { Status::Happened },
        participants: participants(cx, st, headline.actors, predicate),
        senders: Vec::new(),
        recipients: Vec::new(),
        source: sentence,
        trigger: token_span(cx.doc, st, predicate),
    }
}

/// The verb of the main clause: the root, or, when the parser hung the clause under a
/// modifier ("Former President Bill Clinton criticized …" with "Former" as the root), the
/// root's first verb dependent with a subject of its own.
fn main_verb(st: &SentenceTree<'_>, root: usize) -> usize {
    let tree = &st.tree;
    if tree.upos(root) != Upos::Adj {
        return root;
    }
    let has_subject = |v: usize| tree.children(v).iter().any(|&c| tree.rel(c).is_a(Rel::NSUBJ));
    // "necessary after a judge turned …", "so powerful that it shook …": a clause opened by
    // a subordinator is not the main one.
    let subordinate = |v: usize| tree.children(v).iter().any(|&c| tree.rel(c) == Rel::MARK);
    tree.children(root)
        .iter()
        .copied()
        .find(|&c| {
            tree.upos(c) == Upos::Verb
                && !tree.rel(c).is_a(Rel::ACL)
                && has_subject(c)
                && !subordinate(c)
        })
        .unwrap_or(root)
}

/// Relations whose subtree is another clause: its actors take part in its own event.
fn nested_clause(rel: Rel) -> bool {
    rel == Rel::CCOMP
        || rel.is_a(Rel::ADVCL)
        || rel == Rel::ACL_RELCL
        || rel == Rel::PARATAXIS
        || rel.is_a(Rel::CSUBJ)
}

/// The people, organizations and places of predicate `p`'s own clause, in text order,
/// without a channel that only relays; for a verb also its inherited subject.
fn participants(
    cx: &Context<'_>,
    st: &SentenceTree<'_>,
    actors: &[&ActorMention],
    p: usize,
) -> Vec<String> {
    let tree = &st.tree;
    let subject = if tree.upos(p) == Upos::Verb { tree.subject(p) } else { None };
    // A relative clause's subject is the noun it modifies: "Officer X, who shot Y".
    let antecedent = (tree.rel(p) == Rel::ACL_RELCL || tree.rel(p).is_a(Rel::ACL))
        .then(|| tree.head(p))
        .flatten();
    let mut ids: Vec<String> = Vec::new();
    for actor in actors {
        let words = words_in(cx.doc, st, actor.span);
        if words.is_empty() {
            continue;
        }
        let w = head_word(st, &words);
        let in_subject = subject.is_some_and(|s| {
            let (lo, hi) = tree.extent(s);
            lo <= w && w <= hi
        });
        let of_antecedent =
            antecedent.is_some_and(|a| own_clause(st, a, w) && !tree.dominates(p, w));
        let takes_part = own_clause(st, p, w) || in_subject || of_antecedent;
        if takes_part && !is_reporting_channel(cx.doc, actor.span) && !ids.contains(&actor.entity) {
            ids.push(actor.entity.clone());
        }
    }
    ids
}

/// Whether word `w` hangs on `p` without crossing into a nested clause.
fn own_clause(st: &SentenceTree<'_>, p: usize, mut w: usize) -> bool {
    let tree = &st.tree;
    for _ in 0..tree.len() {
        if w == p {
            return true;
        }
        if nested_clause(tree.rel(w)) {
            return false;
        }
        match tree.head(w) {
            Some(h) => w = h,
            None => return false,
        }
    }
    false
}
