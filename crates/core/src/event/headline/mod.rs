//! Titles read from the syntax tree, headline style: the agent, the verb in the present tense
//! (agreeing in number), and the object or complement, each kept whole as a phrase of the
//! tree ("Police arrest the mayor"); passives as headlines ("5,300 employees fired"); event
//! nouns as their noun phrase ("Election in Ohio").
//!
//! The object or complement of the verb is read in `complement`; the headline check of a
//! title made, and the title it falls back to, is `check`.
//!
//! Rules, named where applied:
//! - **rules "whole phrase", "named agent", "own clause"**: each part is a whole phrase of the
//!   tree, a name without the titles before it ([`super::phrase`]).
//! - **the agent** is `agent`'s (rules "date is no subject", "nearest subject", "inherited
//!   subject", "reduced relative", "antecedent", "infinitive of a noun").
//! - **rule "verb of the noun"**: an event noun that is a verb's object is titled by the verb,
//!   also a relative clause's whose subject is the relative pronoun (rule "relative agent":
//!   "the panel that issued the ruling"); one owned by "his" or "her" names the person (rule
//!   "owner of the noun": "Ben Carson's next speech"); one that names no participant and is
//!   the subject of its own relative clause with an object is titled by that clause (rule
//!   "noun's relative clause": "The 1996 bombing kills one person"); the object of an open
//!   complement is titled by the complement's governor (rule "governed verb of the noun":
//!   "Warplanes help end the war"); "his" in a phrase before the subject is the subject's
//!   (rule "fronted owner" of [`setting`]).
//! - **rule "relative object"**: a relative clause whose object is the relative pronoun takes
//!   the noun it modifies as its object ("the old oak which the city felled" → "The city
//!   fells the old oak"); rule "contact clause" does so for a relative clause without a
//!   relative pronoun whose verb has no object ("the speech he gave Monday").
//! - **rule "date's phrase"**: a prepositional phrase the parser hung on the verb's date
//!   completes the verb ("began delving Thursday into the slayings"); an oblique after a
//!   conjunct of the verb is the conjunct's.
//! - **rule "adverb complement"**: an adverb of place or direction right after the verb, or an
//!   adjective the parser hung on the verb's date, completes it ("hits home", "goes public").
//! - **rule "passive complement"**: a passive without a "by" agent keeps its open complement
//!   or an oblique opened by "with", "of", "to", "as", "into" or "from" ("were left content",
//!   "inundated with Clintons").
//! - **rule "address before a name"**: an object listed after a place with commas is the
//!   person the address describes ("Tulsa, Okla., police officer Betty Shelby").
//! - **rules "clause after a date", "same speaker", "object's clause", "going to"**: a
//!   reported clause the parser hung on the verb's date, a pronoun for the speaker kept, an
//!   object with a verb of its own as that verb's subject, "be going to" as "will"
//!   ([`super::reported`]); rules "fronted reported clause" and "intention read as a noun"
//!   there too.
//! - **rule "possessive her"**: "her" before a plural the parser made an open complement
//!   possesses it ("released her returns"); an object headed by an article reaches its noun
//!   and an oblique keeps its compound's last word (rules "article head", "compound
//!   continued" of [`super::phrase`]).
//! - **rule "planned act"**: an infinitive of a verb of intention told in the past keeps
//!   its governor ("Mr. Drabinsky plans to acquire …"): the plan happened, the act may not.
//! - **rules "rate noun", "up to an amount"**: "rose $2.50 a share to close" is the verb's
//!   infinitive, not the noun's; "acquire up to 30.2% of …" keeps "up to" with its amount.
//! - **rules "participle as the lemma", "participle of a passive"**: a participle spelled like
//!   its lemma after "be" ("a message that was read") and one completing a passive ("was found
//!   abandoned") are passives, headline style ("A message read", "The car abandoned").
//! - **rule "pronoun before the particle"**: "backs her up", not "backs up her"
//!   ([`super::phrase`]).
//! - **rule "signed by"**: an event noun modified by a participle with a "by" agent is titled by
//!   it, the agent named by the people its phrase names ("The accord signed by Kofi Annan and
//!   Tariq Aziz").

use super::agent::{
    infinitive, marked_by, misread_participle, own_subject, participle_form, rate_verb,
    reduced_passive, subject, SUBJECT_WORDS,
};
use super::agreement::plural;
use super::lexicon::{
    ADVERBIAL_ANTECEDENTS, COMPLEMENT_ADVERBS, CONTENT_NOUNS, PASSIVE_PREPOSITIONS,
};
use super::phrase::{
    address_before_name, article_phrase, continue_compound, names_list, noun_phrase,
    object_pronoun, phrase_words, render,
};
use super::predicate::past_tense;
use super::reported::{
    clause_after_date, fronted_clause, going_to, intention_verb, object_clause, opening_that,
    reported_subject,
};
use super::taxonomy::{FAILURE_GOVERNORS, RELATIVE_PRONOUNS, UNREALIZED_GOVERNORS};
use super::title::{capitalize, TITLE_OBJECT_WORDS};
use super::verbs;
use super::ActorMention;
use crate::bundle::EntityKind;
use crate::doc::fold::with_lowercase;
use crate::doc::syntax::{Rel, SentenceTree, Upos};
use crate::doc::Doc;
use crate::entity::titles::TITLES;
use crate::Span;

pub(super) mod check;
mod complement;
mod complement_words;
mod completion;
mod noun;
mod objecthood;
mod setting;
use complement::*;
use completion::*;
pub(super) use noun::{dated_governor, names_participants, noun_title};
use objecthood::*;
pub(super) use setting::{fronted_owner, setting_owner};

/// What titles are made from: the sentence's tree and names, every name of the article (for
/// pronouns) and the sentence's temporal expressions (never part of a title).
pub(super) struct Headline<'a> {
    pub doc: &'a Doc<'a>,
    pub st: &'a SentenceTree<'a>,
    pub actors: &'a [&'a ActorMention],
    pub all_actors: &'a [ActorMention],
    pub dates: &'a [Span],
}

impl Headline<'_> {
    pub(super) fn span(&self, w: usize) -> Span {
        self.doc.token(self.st.token(w)).map_or(Span::new(0, 0), |t| t.span)
    }

    pub(super) fn word(&self, w: usize) -> &str {
        self.span(w).of(self.doc.text())
    }

    pub(super) fn lemma(&self, w: usize) -> String {
        self.st.tree.lemma(w).to_lowercase()
    }

    pub(super) fn in_date(&self, w: usize) -> bool {
        let s = self.span(w);
        self.dates.iter().any(|d| d.contains(s))
    }

    /// The name whose mention covers word `w`.
    ///
    /// Rule "place before the title": a place that opens a person's description ("Wisconsin
    /// Gov. Scott Walker", "Virginia Sen. Tim Kaine") stands for the person: the mention after
    /// it, when only title words lie between.
    pub(super) fn actor_at(&self, w: usize) -> Option<&ActorMention> {
        let s = self.span(w);
        let at = self.actors.iter().position(|a| a.span.contains(s))?;
        let found = self.actors[at];
        if found.kind == EntityKind::Place {
            if let Some(&next) = self.actors.get(at + 1) {
                let between = self.doc.text().get(found.span.end..next.span.start).unwrap_or("");
                let titles_only = !between.trim().is_empty()
                    && between.split_whitespace().all(|t| {
                        t.starts_with(char::is_uppercase)
                            && with_lowercase(t.trim_end_matches('.'), |l| TITLES.contains(l))
                    });
                if next.kind == EntityKind::Person && titles_only {
                    return Some(next);
                }
            }
        }
        Some(found)
    }
}

/// A subject's noun phrase: [`noun_phrase`] without a preposition the parser left at its
/// start ("during the court term that … ends").
pub(super) fn subject_phrase(h: &Headline<'_>, w: usize) -> String {
    let tree = &h.st.tree;
    if h.actor_at(w).is_some() {
        return noun_phrase(h, w, SUBJECT_WORDS);
    }
    let mut words = phrase_words(h, w, SUBJECT_WORDS);
    // "following a boat wreck that killed …": a case word of any tag ("following").
    // "He added that final guidelines …": a subordinator the parser hung on the subject.
    // Only one hung on the subject's head: "at" of "At least 82" belongs to "least".
    let case = |k: usize| {
        (matches!(tree.upos(k), Upos::Adp | Upos::Sconj)
            || matches!(tree.rel(k), Rel::CASE | Rel::MARK))
            && tree.head(k) == Some(w)
    };
    while words.len() > 1 && words.first().is_some_and(|&k| case(k)) {
        words.remove(0);
    }
    if words.len() == phrase_words(h, w, SUBJECT_WORDS).len() {
        return noun_phrase(h, w, SUBJECT_WORDS);
    }
    render(h, &words)
}

/// The title of verb `p`'s event.
pub(super) fn verb_title(h: &Headline<'_>, p: usize) -> String {
    verb_title_at(h, p, 0, None)
}

/// [`verb_title`] of a clause `depth` reported clauses down (at most two are read), reported
/// by `speaker` (rule "same speaker").
fn verb_title_at(h: &Headline<'_>, p: usize, depth: usize, speaker: Option<usize>) -> String {
    let tree = &h.st.tree;
    // Rule "no passive" ([`check`]): a verb that takes no object has no passive.
    let passive = tree.is_passive(p)
        || (reduced_passive(h, p) && !check::no_passive(h, p))
        || misread_participle(h, p)
        || be_participle(h, p)
        || passive_complement_participle(h, p);
    let subject = if depth > 0 { reported_subject(h, p, speaker) } else { subject(h, p) };
    let lemma = h.lemma(p);
    let verb = if passive {
        h.word(p).to_lowercase()
    } else if subject.as_ref().is_some_and(|(_, plural)| *plural) {
        lemma.clone()
    } else {
        verbs::third_person(&lemma)
    };
    let mut parts: Vec<String> = Vec::new();
    if let Some((s, _)) = &subject {
        parts.push(s.clone());
    }
    // Rule "going to": "was going to make a deal" is the future of "make".
    if let Some(x) = going_to(h, p) {
        parts.extend(["will".to_string(), h.lemma(x)]);
        parts.extend(complement(h, x, false, depth, own_subject(h, p)));
        return capitalize(parts.join(" ").trim());
    }
    // Rule "intention read as a noun": "the campaign plans to make …".
    if let Some((noun, before)) = intention_verb(h, p) {
        let parts = [render(h, &before), h.word(noun).to_lowercase(), "to".to_string(), lemma];
        let mut parts = parts.to_vec();
        parts.extend(complement(h, p, false, depth, own_subject(h, p)));
        return capitalize(parts.join(" ").trim());
    }
    // Rule "infinitive of a noun": "the failure to comprehend the threats", "efforts to
    // enact a treaty" name what the noun is about, and are titled so.
    // Not the noun of a rate (rule "rate noun": "rose $2.50 a share to close at …").
    let of_noun = tree
        .head(p)
        .filter(|&n| tree.rel(p).is_a(Rel::ACL) && infinitive(h, p) && rate_verb(h, n).is_none());
    if let Some(noun) = of_noun.filter(|_| subject.is_none() && !passive) {
        let words: Vec<usize> =
            phrase_words(h, noun, SUBJECT_WORDS).into_iter().filter(|&w| w <= noun).collect();
        parts.push(render(h, &words));
        parts.push("to".to_string());
        parts.push(lemma.clone());
    } else if let Some(g) = planned_governor(h, p).filter(|_| !passive) {
        // Rule "planned act": "planned to acquire" is the plan's.
        let plural = subject.as_ref().is_some_and(|(_, plural)| *plural);
        let governor = h.lemma(g);
        parts.push(if plural { governor } else { verbs::third_person(&governor) });
        parts.extend(["to".to_string(), lemma.clone()]);
    } else {
        parts.push(verb);
    }
    // "cut off", "step down".
    // A particle follows its verb: a compound before it is a misparsed subject's word; "up"
    // before an amount is its bound (rule "up to an amount").
    let bound = up_to_amount(h, p).is_some();
    let particles: Vec<String> = tree
        .children_by(p, Rel::COMPOUND_PRT)
        .filter(|&c| c > p && !bound)
        .map(|c| h.word(c).to_lowercase())
        .collect();
    let speaker = own_subject(h, p);
    let object = complement(h, p, passive, depth, speaker);
    // Rule "pronoun before the particle" ([`super::phrase`]): "backed her up".
    let object_first = object.as_deref().is_some_and(object_pronoun) && !particles.is_empty();
    if !object_first {
        parts.extend(particles.iter().cloned());
    }
    if let Some(c) = adverb_complement(h, p) {
        parts.push(h.word(c).to_lowercase());
    }
    if let Some(object) = object {
        parts.push(object);
    }
    if object_first {
        parts.extend(particles);
    }
    // Rule "bare participle" ([`check`]): a verb alone is no headline.
    if parts.len() == 1 && subject.is_none() && depth == 0 {
        if let Some(title) = check::bare_participle(h, p) {
            return title;
        }
    }
    let title = parts.join(" ");
    capitalize(title.trim())
}

/// Rule "planned act": the verb of intention told in the past whose infinitive `p` is
/// ("planned to acquire up to 30.2% of Cineplex", "sought to block the merger"): the plan is
/// what the sentence reports, the act may never have happened, so the title keeps the
/// governor ("plans to acquire"). Not a failure ("refused to"), not a passive governor ("was
/// expected to"), nor one whose object acts ("asked the board to vote").
fn planned_governor(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let g = tree.head(p).filter(|_| tree.rel(p) == Rel::XCOMP && infinitive(h, p))?;
    let lemma = h.lemma(g);
    let intention = UNREALIZED_GOVERNORS.contains(&lemma.as_str())
        && !FAILURE_GOVERNORS.contains(&lemma.as_str());
    let active = tree.upos(g) == Upos::Verb
        && !tree.is_passive(g)
        && !tree.auxiliaries(g).any(|a| h.lemma(a) == "be")
        && tree.objects(g).next().is_none();
    let past = past_tense(h.doc, h.st.token(g), h.st, g);
    (intention && active && past && own_subject(h, p).is_none()).then_some(g)
}

/// Rule "adverb complement": the word right after verb `p` (and its particles) that completes
/// it like a particle: an adverb of place or direction ("hit home", "fell apart"), or an
/// adjective the parser hung on the verb's date ("went public earlier this month", "closed
/// lower again Friday").
fn adverb_complement(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let mut next = p + 1;
    while next < tree.len() && tree.rel(next) == Rel::COMPOUND_PRT && tree.head(next) == Some(p) {
        next += 1;
    }
    if next >= tree.len() || h.in_date(next) {
        return None;
    }
    // "closed lower again Friday": an adverb of its own may follow the word.
    if !tree.children(next).iter().all(|&c| c > next && tree.upos(c) == Upos::Adv) {
        return None;
    }
    // "flying over northern New York": a word before a noun phrase is its preposition.
    let before_phrase = next + 1 < tree.len()
        && matches!(
            tree.upos(next + 1),
            Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Pron
        );
    if before_phrase {
        return None;
    }
    let head = tree.head(next)?;
    let adverb = head == p
        && tree.rel(next) == Rel::ADVMOD
        && matches!(tree.upos(next), Upos::Adv | Upos::Adj)
        && COMPLEMENT_ADVERBS.contains(&h.word(next).to_lowercase().as_str());
    let on_date = tree.upos(next) == Upos::Adj
        && tree.rel(next) == Rel::AMOD
        && head > next
        && h.in_date(head)
        && tree.head(head) == Some(p);
    (adverb || on_date).then_some(next)
}

/// A participle after a form of "be" ("were left content", "was charged", "will be named
/// commander", "were depressed by losses", "were dashed Friday"), which the parser sometimes
/// reads as active: a passive. Its only objects may be a second object ("named commander"), a
/// "by" phrase or a date the parser took for objects.
/// Rule "participle as the lemma": so is one spelled like its lemma ("a message that was read
/// Wednesday night", "jobs were cut"), which only the "be" tells from the present.
fn be_participle(h: &Headline<'_>, p: usize) -> bool {
    let tree = &h.st.tree;
    (participle_form(h, p) || verbs::participle_as_lemma(&h.word(p).to_lowercase(), &h.lemma(p)))
        && tree.objects(p).count() <= 1
        && tree.auxiliaries(p).any(|a| matches!(h.lemma(a).as_str(), "be" | "get"))
}

/// Rule "participle of a passive": a participle that completes a passive ("the car was
/// found abandoned", "the boat was left stranded") tells what the subject underwent: a
/// passive too ("The car abandoned at the airport"), when it has no object of its own.
fn passive_complement_participle(h: &Headline<'_>, p: usize) -> bool {
    let tree = &h.st.tree;
    let governor_passive = tree.head(p).is_some_and(|g| tree.is_passive(g) || be_participle(h, g));
    tree.rel(p) == Rel::XCOMP
        && participle_form(h, p)
        && governor_passive
        && tree.objects(p).next().is_none()
        && !infinitive(h, p)
}

/// The agent of passive `p`: its "by" phrase, also when the parser took it for an object or
/// hung it on a date it took for one ("released Sunday by the network", rule "misread
/// participle").
pub(super) fn passive_agent(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let by_object = || tree.objects(p).find(|&o| marked_by(h, o));
    let on_date = || {
        tree.objects(p)
            .filter(|&o| h.in_date(o))
            .find_map(|d| tree.children(d).iter().copied().find(|&c| marked_by(h, c)))
    };
    tree.agent(p).or_else(by_object).or_else(on_date)
}

/// The names in the phrase of `w`: its people when it names any ("U.N. Secretary-General
/// Kofi Annan and Iraqi Deputy Prime Minister Tariq Aziz": Kofi Annan, Tariq Aziz), else its
/// organizations; in order, each once.
pub(super) fn names_in(h: &Headline<'_>, w: usize) -> Vec<String> {
    let (lo, hi) = h.st.tree.extent(w);
    let phrase = Span::new(h.span(lo).start, h.span(hi).end);
    let inside: Vec<&ActorMention> =
        h.actors.iter().copied().filter(|a| phrase.contains(a.span)).collect();
    let people = inside.iter().any(|a| a.kind == EntityKind::Person);
    let mut names: Vec<String> = Vec::new();
    for a in inside {
        let wanted =
            if people { a.kind == EntityKind::Person } else { a.kind == EntityKind::Organization };
        if wanted && !names.contains(&a.name) {
            names.push(a.name.clone());
        }
    }
    names
}

/// "A", "A and B", "A, B and C".
pub(super) fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The second object of passive `p` ("named commander of the shuttle"): an object that is
/// neither a "by" phrase nor a date nor a pronoun.
fn passive_object(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let be = tree.auxiliaries(p).any(|a| matches!(h.lemma(a).as_str(), "be" | "get"));
    tree.children(p).iter().copied().find(|&c| {
        be && tree.rel(c) == Rel::OBJ
            && tree.children_by(c, Rel::CASE).next().is_none()
            && matches!(tree.upos(c), Upos::Noun | Upos::Propn)
            && !h.in_date(c)
    })
}

#[cfg(test)]
pub(super) mod tests {
    use crate::corpus::{analyze_with, Hints, Source};
    use jiff::civil::date;

    /// The event titles of a one-paragraph article of ours, published 11 May 2024.
    pub(in crate::event) fn titles(body: &str) -> Vec<String> {
        let text = format!("A test report\n\n{body}\n");
        let source = Source { id: "t", bytes: text.as_bytes() };
        let analyzed = analyze_with(source, Hints { published: Some(date(2024, 5, 11)) });
        analyzed.events().iter().map(|e| e.title.clone()).collect()
    }

    /// Asserts that the one-paragraph article `body` has an event titled `title`.
    pub(in crate::event) fn assert_titled(body: &str, title: &str) {
        let t = titles(body);
        assert!(t.iter().any(|t| t == title), "{title:?} not in {t:?}");
    }

    #[test]
    fn a_passive_after_be_is_a_headline_even_with_a_date_or_a_second_object_parsed_as_objects() {
        let dashed =
            titles("Analysts said investors' high hopes for the new chips were dashed Friday.");
        assert!(dashed.contains(&"Investors' high hopes dashed".to_string()), "{dashed:?}");
        let named = titles(
            "Air Force Colonel Jane Porter will be named commander of the Pacific air base in June.",
        );
        assert!(
            named
                .iter()
                .any(|t| t.ends_with("Jane Porter named commander of the Pacific air base")),
            "{named:?}"
        );
    }

    #[test]
    fn a_place_before_a_title_and_a_name_is_not_the_agent() {
        // Rule "place before the title" (`Headline::actor_at`).
        assert_titled(
            "Ohio Gov. Jane Okafor vetoed the transit budget on Tuesday.",
            "Jane Okafor vetoes the transit budget",
        );
        assert_titled(
            "The senator has chosen Virginia Sen. Tom Reed as her running mate.",
            "The senator chooses Tom Reed",
        );
    }

    #[test]
    fn a_noun_read_as_a_verb_is_titled_without_the_verb_s_adverb() {
        // Rule "possessed noun" ([`super::super::predicate`]) and the noun's title.
        let t = titles("Likewise, the mayor's visit Monday to open the bridge drew crowds.");
        assert!(t.iter().all(|t| !t.starts_with("Likewise")), "{t:?}");
    }

    #[test]
    fn a_participle_completing_a_passive_is_a_passive() {
        // Rule "participle of a passive".
        let t = titles("The ferry was found abandoned near the pier on Monday.");
        assert!(t.iter().any(|t| t.starts_with("The ferry abandoned")), "{t:?}");
    }

    #[test]
    fn a_passive_without_an_agent_keeps_its_complement_but_not_a_place() {
        let t = titles("The town hall was inundated with complaints on Monday.");
        assert!(t.contains(&"The town hall inundated with complaints".to_string()), "{t:?}");
        let t = titles("Five miners were killed in the blast on Monday.");
        assert!(t.contains(&"Five miners killed".to_string()), "{t:?}");
    }

    #[test]
    fn a_date_read_as_the_object_leaves_the_oblique_to_complete_the_verb() {
        let ruled = titles("A federal judge ruled Monday against the state's voting procedure.");
        assert!(
            ruled.contains(
                &"A federal judge rules against the state's voting procedure".to_string()
            ),
            "{ruled:?}"
        );
    }

    #[test]
    fn a_long_object_is_shortened_inside_and_a_subjectless_frame_title_takes_the_trees() {
        let bought = titles(
            "The union said Harbor Mills, which agreed to buy Northwind's paper-making unit for \
             $40 million in March, would keep the plant open.",
        );
        assert!(
            bought
                .contains(&"Harbor Mills agrees to buy Northwind's paper-making unit".to_string()),
            "{bought:?}"
        );
    }

    #[test]
    fn an_adverb_of_direction_or_an_adjective_hung_on_the_date_completes_the_verb() {
        let public = titles(
            "The bakery chain Crumbworth went public earlier this month, selling two million shares.",
        );
        assert!(public.iter().any(|t| t.ends_with("goes public")), "{public:?}");
        let aside = titles("Governor Lena Park stepped aside on Monday after the vote.");
        assert!(aside.iter().any(|t| t.contains("steps aside")), "{aside:?}");
        // A word before a noun phrase is its preposition, not a complement.
        let over = titles("Rescue helicopters were flying over northern Vermont on Sunday.");
        assert!(over.iter().all(|t| !t.ends_with(" over")), "{over:?}");
    }

    #[test]
    fn an_election_is_not_titled_with_a_person_the_sentence_merely_names() {
        let election = titles(
            "Supporters of General Ada Morse began a two day rally in the capital to urge her to \
             run in this year's election.",
        );
        assert!(!election.is_empty());
        assert!(election.iter().all(|t| !t.contains(" with Ada Morse")), "{election:?}");
    }

    #[test]
    fn a_company_s_address_is_no_coordinated_subject() {
        let withdrew =
            titles("Northwind Airlines, Phoenix, Ariz., said it withdrew its offer on Tuesday.");
        assert!(
            withdrew.contains(&"Northwind Airlines withdraws its offer".to_string()),
            "{withdrew:?}"
        );
    }

    #[test]
    fn a_plural_subject_keeps_a_plural_verb_and_a_singular_one_takes_s() {
        let plural = titles("Two rival bakeries merged their kitchens on Monday.");
        assert!(
            plural.contains(&"Two rival bakeries merge their kitchens".to_string()),
            "{plural:?}"
        );
        let singular = titles("The mayor detained two protesters on Monday.");
        assert!(
            singular.iter().any(|t| t.starts_with("The mayor detains two protesters")),
            "{singular:?}"
        );
    }

    #[test]
    fn a_subject_inside_a_date_gives_way_and_an_event_noun_is_titled_by_its_verb() {
        let earned = titles("A year earlier Zentrix earned $3.1 million, or 31 cents a share.");
        assert!(earned.iter().any(|t| t.starts_with("Zentrix earns $3.1 million")), "{earned:?}");
        let rallies = titles("Mrs. Alvarez has held rallies in Tucson since Labor Day.");
        assert!(rallies.iter().any(|t| t.starts_with("Alvarez holds rallies")), "{rallies:?}");
    }

    #[test]
    fn a_long_object_is_shortened_at_a_phrase_boundary_and_a_relative_clause_is_left_out() {
        let long = titles(
            "The council approved a plan for new cycle lanes along the river between the old \
             bridge and the harbour, which residents opposed, on Tuesday.",
        );
        let title = long.iter().find(|t| t.contains("approves")).expect("the approval");
        assert!(!title.contains("residents"), "{title}");
        assert!(title.split(' ').count() <= 13, "{title}");
        let last = title.rsplit(' ').next().unwrap_or("");
        assert!(!["the", "a", "of", "and", "between", "along"].contains(&last), "{title}");
    }

    #[test]
    fn a_relative_clause_takes_the_noun_it_modifies_as_its_object() {
        let t = titles("Residents mourned the old oak which the city felled on Monday.");
        assert!(t.iter().any(|t| t == "The city fells the old oak"), "{t:?}");
        // The pronoun as subject is rule "antecedent"'s: no object is added.
        let t = titles("Officer Dale Brooks, who shot a dog last week, was charged on Friday.");
        assert!(t.iter().any(|t| t == "Dale Brooks shoots a dog"), "{t:?}");
    }

    #[test]
    fn a_contact_clause_takes_its_noun_as_object_but_not_a_noun_of_time() {
        let t = titles("The senator gave a speech like the one he delivered Tuesday.");
        assert!(t.iter().any(|t| t.ends_with("elivers a speech")), "{t:?}");
        let t = titles("Voters still remember the moment the senator arrived Tuesday.");
        assert!(t.iter().all(|t| !t.contains("moment")), "{t:?}");
    }

    #[test]
    fn a_participle_with_an_object_is_active_and_an_infinitive_of_a_noun_keeps_its_noun() {
        let joined =
            titles("Member after member of the council joined Mayor Reyes at the rally Tuesday.");
        assert!(joined.iter().all(|t| !t.contains("joined")), "{joined:?}");
        let published = titles("He added that final rules to be published in June will apply.");
        assert!(published.iter().all(|t| !t.starts_with("That ")), "{published:?}");
    }

    #[test]
    fn a_phrase_hung_on_the_verb_s_date_completes_the_verb() {
        let t = titles("A state panel began looking Thursday into the deaths of six miners.");
        assert!(t.iter().any(|t| t.contains("into the deaths of six miners")), "{t:?}");
    }

    #[test]
    fn a_frame_title_keeps_currency_and_digit_groups_and_stops_before_a_new_clause() {
        let paid =
            titles("Harbor Lumber agreed to pay $12.5 million for the paper unit on Monday.");
        assert!(paid.iter().any(|t| t.contains("$12.5 million")), "{paid:?}");
        let sold = titles("Harbor Lumber sold 1,745,000 shares on Monday.");
        assert!(sold.iter().any(|t| t.contains("1,745,000 shares")), "{sold:?}");
        let attacked =
            titles("The rebels attacked the northern garrison and burned the depot on Monday.");
        assert!(attacked.iter().all(|t| !t.contains("burned")), "{attacked:?}");
    }

    #[test]
    fn a_frame_title_cut_at_its_word_limit_gives_way_to_the_tree_s_whole_phrase() {
        let t = titles(
            "The city announced new rules designed to change the way parking permits are given \
             to residents on Monday.",
        );
        let last = |t: &String| t.rsplit(' ').next().unwrap_or("").to_string();
        assert!(
            t.iter().all(|t| !["are", "the", "way", "to"].contains(&last(t).as_str())),
            "{t:?}"
        );
        assert!(t.iter().any(|t| t.contains("announces new rules")), "{t:?}");
    }

    #[test]
    fn an_article_head_reaches_its_noun_and_a_compound_keeps_its_last_word() {
        let offer =
            titles("Harbor Mills last week launched a new, $12-a-share offer for the paper maker.");
        assert!(
            offer.iter().any(|t| t.ends_with("launches a new, $12-a-share offer")),
            "{offer:?}"
        );
        let spell =
            titles("Mayor Ada Lorne collapsed during a pneumonia spell earlier this month.");
        assert!(spell.iter().all(|t| !t.ends_with("a pneumonia")), "{spell:?}");
    }

    #[test]
    fn her_before_a_plural_the_parser_made_a_complement_is_a_possessive() {
        let t = titles("Hillary Clinton released her returns this year.");
        assert!(t.iter().all(|t| !t.ends_with(" her")), "{t:?}");
    }

    #[test]
    fn a_relative_pronoun_s_antecedent_loses_its_case_word() {
        let t = titles(
            "The boy was rescued last May following a boat wreck that killed his mother on Monday.",
        );
        assert!(t.iter().any(|t| t == "A boat wreck kills his mother"), "{t:?}");
    }
}
