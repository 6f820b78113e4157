//! Events read from the syntax tree: any verb or event noun that a dated expression modifies,
//! on any news, with no closed list of frames.
//!
//! Rules, in the order they apply:
//! - **rule "tree date"** ([`attach`]): a temporal expression dates the predicate it modifies
//!   in the tree: the head of its words hangs on a verb (its temporal oblique or adverbial:
//!   "was charged on Thursday") or on an event noun ("Tuesday's election", "the June 12
//!   summit"). A date in a relative or complement clause dates that clause's predicate, never
//!   the main one: "Officer X, who shot Y last week, was charged on Thursday" is two events.
//!   So a frame event whose date the tree attaches to a clause nested in the trigger's
//!   loses it (**rule "other clause"**: "announced plans to travel next week"), or, for a
//!   clause opened by "since", is dated from then to the publication.
//! - **rule "happening"**: the predicate reports a happening: a verb that is not a state
//!   ("be", "remain") nor a mere report of speech or opinion ("said", "believes"), with a
//!   subject or an object; or an event noun of the [`taxonomy`]. A state verb whose object is
//!   an event noun ("held talks") reports that event (**rule "light verb"**).
//! - **rules "relational", "starting point", "deadline", "prenominal date"**: an expression
//!   that relates the event to a time ("by May", "since 1990"), gives the start of a change
//!   ("rose from 20% last year"), a maturity ("notes due Nov. 1, 2009") or describes a noun
//!   ("a 1971 convention", "Kopp's 1987 Chevrolet") dates no event; a frame event dated only
//!   by such an expression is dropped; so is one dated by an era (**rule "era"**: a decade or
//!   a century, "in the 1960s", characterizes a time, it dates no happening); by "since" it is
//!   dated from then to the publication (**rule "since"**: "reached the agreement during
//!   exchanges since April", "have exchanged letters since April"). "Over the weekend" dates,
//!   "over the past year" does not; "from 1968, when the Soviets invaded" keeps its "when"
//!   clause. An event noun after "about" is not dated by the talk's date (**rule "topic
//!   noun"**), nor is a verb by the date of an event noun talked about (**rule "topic
//!   date"**: "talking about the visit in September"). A past act is never dated after the
//!   publication (rules "past weekday" and "past tense, later date" of [`super::tense_dates`]).
//! - **rule "realis"**: not negated ("did not meet"), not hypothetical ("would", "could"), not
//!   in a condition ("if"), not the complement of a failure ("failed to reach"), nor of a
//!   desire, request or attempt (**rule "desired act"**: "wants the envoys to meet his son",
//!   "faces pressure to quit"; a frame dated by an event noun the wished act names stays),
//!   nor a clause without tense under a hypothetical one (**rule "hypothetical reach"**:
//!   "would start with the senator defeating his rival"), nor a clause an "if" or "unless"
//!   clause modifies (**rule "condition consequent"**: "they will leave if talks fail"), nor a
//!   clause hoped or asked for (**rule "hoped clause"**: "hopes that he will win"), nor the
//!   infinitive of a chance, right or means (**rule "possible act"**: "has two chances to
//!   win"), nor the progressive "going to" (**rule "going to"**: a future, not a trip), nor a
//!   bare participle of labelling (**rule "label participle"**: "the letter, dated Monday"),
//!   nor a conclusion whose clause is the news (**rule "conclusion clause"**: "concluded
//!   that he fired the shots"),
//!   nor a verb the parser made a noun's compound ("threatening language", rule "noun
//!   modifier"), nor an ability ("can hold off"); the
//!   complement of a plan ("plans to visit"), an infinitive, a future auxiliary ("will") or a
//!   date after publication make the event expected.
//! - **rule "lead news"** (as in `mod.rs`): an undated happening in the past tense at the root
//!   of a lead sentence is dated by the publication, as inferred; a frame's lead news in a
//!   relative clause ("the raid that killed …") is background (**rule "lead news main
//!   clause"**), and so is how a thing came to be ("designed the rifle", **rule "origin
//!   background"**).
//!
//! The kind comes from the older frames first, then the taxonomy's families, else
//! [`taxonomy::GENERAL_KIND`]. Participants are the people, organizations and places of the
//! predicate's own clause (subject, "by" agent, objects, obliques), never those of a nested
//! clause nor a channel that only relays ("KCNA said"). Work is linear in the sentence.

use super::agent;
use super::attach::{self, token_span, words_in, Attached};
use super::expressions::SINCE;
use super::headline::{self, Headline};
use super::predicate::{
    amount_total, by_manner, clause_realis, conclusion_clause, future_periphrasis,
    in_hypothetical_clause, label_participle, noun_kind, period_end, possessed_noun, realis,
    thing_compound, undergone,
};
use super::taxonomy::{RELATIVE_OPENERS, TOPIC_PREPOSITIONS};
use super::tense_dates::past_act;
use super::words::starting_in;
use super::{ActorMention, Context, DatedMention, Found};
use crate::doc::syntax::{Rel, SentenceTree, Upos};
use crate::Span;

/// How many heads below a trigger a predicate may lie for its date to be its own, not the
/// trigger's (rule "other clause"): "announced plans to travel next week" is two.
const NESTED_DEPTH: usize = 3;

/// How many words of coordinated noun phrases may stand between a topic preposition and
/// its noun (rule "topic noun").
const TOPIC_REACH: usize = 8;

/// An event read from the tree, with the expression that dates it (`None` for lead news).
pub(super) struct TreeEvent {
    pub found: Found,
    pub date: Option<Span>,
}

/// One sentence's tree with each temporal expression attached to the predicate it modifies
/// (rule "tree date"), read once and shared by the tree's events and the vetting of the frame
/// finder's event.
pub(super) struct SentenceView<'c> {
    st: SentenceTree<'c>,
    sentence: Span,
    actors: Vec<&'c ActorMention>,
    /// Every expression's span in the sentence, dated or not (never part of a title).
    dates: Vec<Span>,
    /// (predicate, the dated mention or `None` when unresolved, the expression's span).
    attached: Vec<Attached<'c>>,
    /// The expressions that date no event at all (rules "reporting period", "relational",
    /// "starting point", "deadline", "prenominal date"): a frame event they date is dropped.
    /// With whether the expression opens with "since".
    rejected: Vec<(Span, bool)>,
}

/// What the tree says of the frame finder's event.
pub(super) enum Verdict<'c> {
    /// The tree does not know the trigger, or agrees.
    Keep,
    /// The trigger is negated, hypothetical or conditional (rule "realis").
    Drop,
    /// The expression that modifies the trigger in the tree dates it instead.
    Redate(&'c DatedMention),
    /// "reached the agreement during exchanges since April": the event happened between the
    /// expression and the publication (rule "since").
    Since,
}

/// Whether a temporal expression (resolved or not) lies in `sentence`: without one, the
/// tree's events of a sentence can only be lead news.
pub(super) fn has_dates(cx: &Context<'_>, sentence: Span) -> bool {
    starting_in(cx.dates, sentence, |d| d.span).iter().any(|d| sentence.contains(d.span))
        || starting_in(cx.unresolved, sentence, |s| *s).iter().any(|s| sentence.contains(*s))
}

impl<'c> SentenceView<'c> {
    /// The view of `sentence` (its words `toks`, `super::words::tokens`), `None` when the doc
    /// has no tree for it.
    pub fn new(
        cx: &Context<'c>,
        sentence: Span,
        toks: &[super::words::Token],
    ) -> Option<SentenceView<'c>> {
        let doc = cx.doc;
        let range = doc.tokens_in(sentence);
        let st = doc.tree(doc.sent_of(range.start)?)?;
        if st.tree.is_empty() {
            return None;
        }
        // Only this sentence's names and dates, sliced by binary search (the lists are in
        // text order), so the work per sentence does not grow with the article.
        let local_dates = starting_in(cx.dates, sentence, |d| d.span);
        let local_unresolved = starting_in(cx.unresolved, sentence, |s| *s);
        let actors: Vec<&ActorMention> = starting_in(cx.actors, sentence, |a| a.span)
            .iter()
            .filter(|a| sentence.contains(a.span))
            .collect();
        let dated =
            local_dates.iter().filter(|d| sentence.contains(d.span)).map(|d| (Some(d), d.span));
        let open = local_unresolved.iter().filter(|s| sentence.contains(**s)).map(|&s| (None, s));
        let mentions: Vec<(Option<&DatedMention>, Span)> = dated.chain(open).collect();
        let dates = mentions.iter().map(|&(_, span)| span).collect();
        let (attached, rejected) =
            attach::attach(doc, &st, toks, mentions, cx.published.map(|(p, _)| p));
        Some(SentenceView { st, sentence, actors, dates, attached, rejected })
    }

    /// The tree's word for the token at `span`.
    fn word_at(&self, doc: &crate::doc::Doc<'_>, span: Span) -> Option<usize> {
        self.st.word(doc.tokens_in(span).start)
    }

    /// The tree's head word of the trigger at `span`: of a phrase ("car bomb attack") the
    /// word whose head lies outside it, "attack".
    fn head_at(&self, doc: &crate::doc::Doc<'_>, span: Span) -> Option<usize> {
        let words = words_in(doc, &self.st, span);
        if words.is_empty() {
            return self.word_at(doc, span);
        }
        Some(head_word(&self.st, &words))
    }

    /// What the tree says of the frame finder's event with trigger `trigger`, dated by the
    /// expression `date` (if any).
    pub fn vet(&self, cx: &Context<'c>, trigger: Span, date: Option<Span>) -> Verdict<'c> {
        let Some(w) = self.word_at(cx.doc, trigger) else { return Verdict::Keep };
        // Rule "anniversary" (`dating`) has the last word on the dates it gives.
        let anniversary = date.is_some_and(|d| d.of(cx.doc.text()).contains("anniversary"));
        let noun = matches!(self.st.tree.upos(w), Upos::Noun | Upos::Propn);
        // A frame's event noun is vetted in its clause too (rule "hypothetical clause").
        // Rule "desired act" spares a frame whose date is that of an event noun the wished
        // act names ("is trying to sell itself under a June agreement", "attempting to reach
        // voters at Monday's debate"): the noun's event is real.
        let real = realis(&self.st, w).is_some()
            || (clause_realis(&self.st, w).is_some() && self.noun_dated_below(w, date));
        if !real
            || (noun && in_hypothetical_clause(&self.st, w))
            || period_end(&self.st, w)
            || future_periphrasis(cx.doc, &self.st, w)
            || label_participle(cx.doc, &self.st, w)
            || conclusion_clause(&self.st, w)
            || by_manner(cx.doc, &self.st, w)
            || self.modifier(cx, w, trigger)
            || (noun && (thing_compound(&self.st, w) || amount_total(cx.doc, &self.st, w)))
        {
            return Verdict::Drop;
        }
        // Rule "lead news main clause": the publication dates the lead's own news, not a
        // relative clause's background ("her support of the 2011 raid that killed bin
        // Laden"); a participle stays ("a letter published in Granma").
        if date.is_none()
            && !self.attached.iter().any(|&(p, _, _)| p == w)
            && self.in_relative_clause(w)
        {
            return Verdict::Drop;
        }
        // Rule "topic noun": an event noun talked about ("came to talk last week about trade
        // and the American elections") is not dated by the talk's date.
        if noun && date.is_some() && self.topic(w) && !self.attached.iter().any(|&(p, _, _)| p == w)
        {
            return Verdict::Drop;
        }
        // Rule "topic date": the date of an event noun talked about ("had been talking
        // about the visit in September") is not the talk's.
        let topic_date = self.attached.iter().any(|&(p, _, span)| {
            Some(span) == date
                && p != w
                && matches!(self.st.tree.upos(p), Upos::Noun | Upos::Propn)
                && self.topic(p)
                && self.st.tree.head(self.first_conjunct(p)) == Some(w)
        });
        if topic_date && !anniversary {
            return Verdict::Drop;
        }
        // Rule "past tense, later date" (`tense_dates`): a past act is not dated ahead.
        let published = cx.published.map(|(interval, _)| interval);
        let later_past = self.attached.iter().any(|&(p, m, span)| {
            p == w
                && Some(span) == date
                && m.zip(published).is_some_and(|(m, p)| m.interval.start > p.end)
                && past_act(cx.doc, &self.st, w, span)
        });
        if later_past && !anniversary {
            return Verdict::Drop;
        }
        match self.attached.iter().find(|&&(p, _, _)| p == w) {
            Some(&(_, Some(mention), span)) if Some(span) != date && !anniversary => {
                Verdict::Redate(mention)
            }
            Some(_) => Verdict::Keep,
            // Rule "other clause": the frame's date modifies a predicate of another clause
            // ("announced plans to travel next week"): it is that predicate's date, and the
            // tree gives the trigger none; a clause opened by "since" gives when the
            // trigger's span began ("have bombed two towns since Sinn Fein was expelled on
            // Feb. 20": from then to the publication, rule "since").
            None if !anniversary
                && date.is_some_and(|d| self.other_clause(cx.doc, w, d).is_some()) =>
            {
                let p = date.and_then(|d| self.other_clause(cx.doc, w, d));
                let tree = &self.st.tree;
                let since = p.and_then(|p| tree.clause_head(p)).is_some_and(|c| {
                    tree.children_by(c, Rel::MARK)
                        .any(|m| tree.lemma(m).eq_ignore_ascii_case(SINCE))
                });
                if since {
                    Verdict::Since
                } else {
                    Verdict::Drop
                }
            }
            // "killed since 1993", "sold notes due Nov. 1": the frame's date is no date of
            // an event, and the tree gives the trigger none.
            None if !anniversary => {
                let rejected = date.and_then(|d| self.rejected.iter().find(|r| r.0 == d));
                match rejected {
                    // Rule "since": a perfect ("has held rallies since Labor Day") lasts from
                    // then to the publication, as a bare participle does.
                    Some(&(_, true)) => Verdict::Since,
                    Some(&(_, false)) => Verdict::Drop,
                    _ => Verdict::Keep,
                }
            }
            None => Verdict::Keep,
        }
    }

    /// Whether the expression `date` dates an event noun that hangs on word `w` (its object
    /// or oblique, or a noun of theirs).
    fn noun_dated_below(&self, w: usize, date: Option<Span>) -> bool {
        let tree = &self.st.tree;
        self.attached.iter().any(|&(p, _, span)| {
            Some(span) == date
                && p != w
                && matches!(tree.upos(p), Upos::Noun | Upos::Propn)
                && (tree.head(p) == Some(w) || tree.head(p).and_then(|h| tree.head(h)) == Some(w))
        })
    }

    /// The first of the conjuncts word `w` belongs to (at most [`NESTED_DEPTH`] up).
    fn first_conjunct(&self, w: usize) -> usize {
        let tree = &self.st.tree;
        let mut q = w;
        for _ in 0..NESTED_DEPTH {
            match tree.head(q) {
                Some(h) if tree.rel(q) == Rel::CONJ => q = h,
                _ => break,
            }
        }
        q
    }

    /// Whether noun `w` (or the noun it is a conjunct of) is introduced by a preposition of
    /// topic ("about trade and the elections").
    fn topic(&self, w: usize) -> bool {
        let tree = &self.st.tree;
        let topical =
            |c: usize| TOPIC_PREPOSITIONS.contains(&tree.lemma(c).to_lowercase().as_str());
        if tree.children_by(self.first_conjunct(w), Rel::CASE).any(topical) {
            return true;
        }
        // However the parser hung the coordination: the preposition before the noun phrases
        // ("about trade and the American elections").
        let preposition = (w.saturating_sub(TOPIC_REACH)..w).rev().find(|&c| {
            !matches!(
                tree.upos(c),
                Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Cconj | Upos::Num
            )
        });
        preposition.is_some_and(|c| tree.upos(c) == Upos::Adp && topical(c))
    }

    /// Whether word `w` (or the clause it is a conjunct of) heads a relative clause ("the
    /// raid that killed …", "who shot and killed …").
    fn in_relative_clause(&self, w: usize) -> bool {
        let tree = &self.st.tree;
        let q = self.first_conjunct(w);
        let relative = |c: usize| RELATIVE_OPENERS.contains(&tree.lemma(c).to_lowercase().as_str());
        // A relative pronoun shows the clause is one; a speech tag after a quotation that
        // the parser hung on the quotation's noun has none ("… kidnapping,'' Gonzalez wrote").
        let relcl =
            tree.rel(q) == Rel::ACL_RELCL && tree.children(q).iter().any(|&c| c < q && relative(c));
        // A relative pronoun as the subject right before the verb, however the parser hung
        // the clause ("the 2011 raid that killed …" read as a complement).
        let subject_pronoun = w > 1
            && relative(w - 1)
            && tree.upos(w - 1) == Upos::Pron
            && tree.rel(w - 1).is_a(Rel::NSUBJ)
            && tree.head(w - 1) == Some(w);
        relcl || subject_pronoun
    }

    /// The predicate the expression `date` is attached to, when that predicate heads a
    /// clause nested at most [`NESTED_DEPTH`] heads below word `w` (a complement with its own
    /// subject, a relative, an adverbial or a conjunct clause). An open complement shares
    /// `w`'s time ("agreed to buy the unit in March"); a date hung deeper, at the end of a
    /// long chain of clauses, is more often the parser's misplaced date of the main verb; a
    /// governor's date stays `w`'s, and so does a date before `w`.
    fn other_clause(&self, doc: &crate::doc::Doc<'_>, w: usize, date: Span) -> Option<usize> {
        let tree = &self.st.tree;
        let below = |p: usize| {
            let mut q = p;
            (0..NESTED_DEPTH).any(|_| match tree.head(q) {
                Some(h) => {
                    q = h;
                    h == w
                }
                None => false,
            })
        };
        // An open complement shares its governor's subject and time ("agreed to buy … in
        // March" is the agreement's date as much as the purchase's).
        let complement = |p: usize| tree.rel(p) == Rel::XCOMP && tree.head(p) == Some(w);
        // A date before the trigger opens its clause ("In 2012, she was arrested after
        // entering …"), however the parser hung it.
        let after = words_in(doc, &self.st, date).start > w;
        // A clause of its own has a subject or a subordinator ("since Sinn Fein was
        // expelled", "to travel"); a word the tagger took for a verb has neither ("met with
        // his top aides Wednesday", "aides" read as a verb).
        let clause = |p: usize| {
            let c = tree.clause_head(p).unwrap_or(p);
            tree.children(c)
                .iter()
                .any(|&k| tree.rel(k).is_a(Rel::NSUBJ) || tree.rel(k) == Rel::MARK)
        };
        self.attached.iter().map(|&(p, _, span)| (p, span)).find_map(|(p, span)| {
            let nested = span == date
                && after
                && p != w
                && tree.clause_head(p) != tree.clause_head(w)
                && below(p)
                && !complement(p)
                && clause(p);
            nested.then_some(p)
        })
    }

    /// Rule "noun modifier": an event noun that modifies another noun outside the trigger
    /// ("a general election debate", "the election nominee") names no event of its own, nor
    /// does one the tagger read as its adjective ("general election nominee"), nor a bare
    /// "of" complement of a noun that names no event ("prisoners of war", "the threat of
    /// war": a kind of people or thing, not a war that happened; "the outbreak of war" is).
    fn modifier(&self, cx: &Context<'_>, w: usize, trigger: Span) -> bool {
        let tree = &self.st.tree;
        let noun = |w: usize| matches!(tree.upos(w), Upos::Noun | Upos::Propn);
        let bare_of = || {
            let children = tree.children(w);
            let of = |c: &usize| tree.rel(*c) == Rel::CASE && tree.lemma(*c) == "of";
            tree.upos(w) == Upos::Noun
                && tree.rel(w) == Rel::NMOD
                && children.iter().any(of)
                && children.iter().all(|c| of(c) || tree.rel(*c).is_a(Rel::PUNCT))
                && tree.head(w).is_some_and(|h| noun_kind(&tree.lemma(h).to_lowercase()).is_none())
        };
        // A participle the tagger read as an adjective is still a verb ("exchanged letters").
        let form = token_span(cx.doc, &self.st, w).of(cx.doc.text()).to_lowercase();
        let participle = form.ends_with("ed") || form.ends_with("ing");
        // A verb the parser made a noun's compound modifies it ("threatening and harassing
        // language"), as a participle adjective does.
        let q = if tree.upos(w) == Upos::Verb { self.first_conjunct(w) } else { w };
        let compound = tree.rel(q) == Rel::COMPOUND && (noun(w) || tree.upos(w) == Upos::Verb);
        let modifies = compound
            || (tree.upos(w) == Upos::Adj && tree.rel(w) == Rel::AMOD && !participle)
            || bare_of();
        modifies
            && tree
                .head(q)
                .is_some_and(|h| noun(h) && !trigger.contains(token_span(cx.doc, &self.st, h)))
    }

    /// What the sentence's tree titles are made from.
    fn headline<'s>(&'s self, cx: &'s Context<'_>) -> Headline<'s> {
        Headline {
            doc: cx.doc,
            st: &self.st,
            actors: &self.actors,
            all_actors: cx.actors,
            dates: &self.dates,
        }
    }

    /// The tree's title for the event noun at `trigger` (`None` when the tree has no noun
    /// there).
    pub fn noun_title(&self, cx: &Context<'_>, trigger: Span) -> Option<String> {
        let w = self.head_at(cx.doc, trigger)?;
        if !matches!(self.st.tree.upos(w), Upos::Noun | Upos::Propn) {
            return None;
        }
        let headline = self.headline(cx);
        Some(headline::noun_title(&headline, w))
    }

    /// The headline check ([`headline::check`]) of the frame's `title` of `trigger`: the
    /// title to fall back to when it is no headline (rules "noun read as a verb", "verb
    /// outside the noun").
    pub fn headline_fallback(
        &self,
        cx: &Context<'_>,
        trigger: Span,
        title: &str,
    ) -> Option<String> {
        let headline = self.headline(cx);
        let w = self.word_at(cx.doc, trigger)?;
        headline::check::frame_fallback(&headline, w, title)
    }

    /// Whether the noun at `trigger` has an owner in the tree ("his next speech", "Castro's
    /// address"): only then can the tree's title name it (rule "owner of the noun").
    pub fn owned(&self, cx: &Context<'_>, trigger: Span) -> bool {
        let tree = &self.st.tree;
        self.head_at(cx.doc, trigger)
            .is_some_and(|w| tree.children_by(w, Rel::NMOD_POSS).next().is_some())
    }

    /// Whether the noun at `trigger` is a communication its clause's subject gave (rule
    /// "setting owner": "in a televised address, the president described …").
    pub fn given(&self, cx: &Context<'_>, trigger: Span) -> bool {
        let headline = self.headline(cx);
        self.head_at(cx.doc, trigger)
            .is_some_and(|w| headline::setting_owner(&headline, w).is_some())
    }

    /// Rule "dated verb of the noun" ([`headline::dated_governor`]) for the noun at
    /// `trigger` dated by `date`.
    pub fn dated_governor(&self, cx: &Context<'_>, trigger: Span, date: Option<Span>) -> bool {
        let on_verb = |v: usize| self.attached.iter().any(|&(p, _, s)| p == v && Some(s) == date);
        let headline = self.headline(cx);
        self.head_at(cx.doc, trigger)
            .is_some_and(|w| headline::dated_governor(&headline, w, on_verb))
    }

    /// Rule "undergone event" for the noun at `trigger`.
    pub fn undergone(&self, cx: &Context<'_>, trigger: Span) -> bool {
        self.word_at(cx.doc, trigger).is_some_and(|w| undergone(&self.st, w))
    }

    /// The tree's headline for the verb at `trigger`, if the tree has a verb there; whether
    /// it names a subject; and whether the name `frame_title` opens with is no subject in the
    /// tree.
    pub fn verb_title(
        &self,
        cx: &Context<'_>,
        trigger: Span,
        frame_title: &str,
    ) -> Option<(String, bool, bool)> {
        let w = self.word_at(cx.doc, trigger)?;
        // A verb the parser read as a reduced relative ("talks aimed at … collapsed") has no
        // clause of its own to title; a relative clause has ("the budget which the council
        // approved": "The council approves the budget").
        let headline = self.headline(cx);
        let reduced = self.st.tree.rel(w).is_a(Rel::ACL)
            && self.st.tree.rel(w) != Rel::ACL_RELCL
            && agent::perfect_around_date(&headline, w).is_none();
        // A "verb" with a determiner is a noun the tagger missed ("a scheduled … summit").
        // So is one after an owned noun (rule "possessed noun": "last year's Madrid summit").
        let noun = self.st.tree.children_by(w, Rel::DET).next().is_some()
            || possessed_noun(cx.doc, &self.st, w);
        // Rule "lost voice": a frame's title that reads the tree's passive as active.
        let elsewhere = agent::name_is_no_subject(&headline, w, frame_title)
            || agent::voice_lost(&headline, w, frame_title);
        // Rule "reduced relative frame": a participle without an object modifying a noun
        // ("the plan released Tuesday") is that noun's passive, titled "The plan released",
        // when the frame's title opens with a name of another clause ("White House
        // releases"); else the parser may have missed a finite verb ("talks aimed at ending
        // the dispute collapsed"), and the frame's title stays.
        let passive = reduced
            && agent::reduced_passive(&headline, w)
            && (agent::name_outside_noun(&headline, w, frame_title)
                || agent::governed_reduced_passive(&headline, w));
        if self.st.tree.upos(w) != Upos::Verb || (reduced && !passive) || noun {
            return None;
        }
        Some((headline::verb_title(&headline, w), agent::has_subject(&headline, w), elsewhere))
    }
}

pub(super) fn inside_quotes(text: &str, sentence: Span, span: Span) -> bool {
    let before = text.get(sentence.start..span.start).unwrap_or("");
    before.matches('"').count() % 2 == 1
        || before.matches('“').count() > before.matches('”').count()
}

/// The word of `words` whose head lies outside them.
fn head_word(st: &SentenceTree<'_>, words: &std::ops::Range<usize>) -> usize {
    words
        .clone()
        .find(|&w| st.tree.head(w).is_none_or(|h| !words.contains(&h)))
        .unwrap_or(words.start)
}

mod tree_events;

#[cfg(test)]
pub(super) mod tests;
