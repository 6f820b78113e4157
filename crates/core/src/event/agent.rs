//! Who acted: the subject a tree title names for a verb, found in the verb's own clause or,
//! for a clause without one, in the clause that controls it; pronouns and relative pronouns
//! replaced by what they stand for; and whether it takes a plural verb.
//!
//! Rules, named where applied:
//! - **rule "date is no subject"**: a subject inside a temporal expression (a parse error)
//!   gives way to the verb's other subject, or to its own compound ("The World Court Friday
//!   rejected …").
//! - **rule "name read as an interjection"**: a name the tagger read as an interjection
//!   before a verb without a subject is its subject.
//! - **rule "subject beside a date"**: a long date taken for the subject with the real one
//!   hung on it as an apposition after a comma ("a week after the anniversary of the ruling,
//!   a clinic bombing killed …") gives way to that apposition.
//! - **rule "outer subject"**: of a verb's subjects, the outer one of a copula whose
//!   predicate is the verb's clause ("What matters is that she needs …") gives way to its own.
//! - **rule "nearest subject"**: of two subjects the parser gave one verb, the one nearest
//!   before the verb is its own ("… chairwoman Debbie Wasserman Schultz resigned": the name);
//!   a proper noun just before a common-noun subject is part of it ("London shares").
//! - **rule "inherited subject"**: a verb coordinated with another, an open complement
//!   ("plans to announce") and an adverbial clause without a subject ("marched, burning
//!   flags") take the subject of the verb they depend on; an open complement after an object
//!   takes the object ("sent the shares plunging": the shares plunge), and so does an
//!   infinitive the parser read as a purpose clause of a verb of causing or ordering (rule
//!   "object control": "subpoenaed the boy to testify", `lexicon::OBJECT_CONTROL_VERBS`).
//! - **rule "gerund complement"**: a bare gerund the parser made a clausal complement of a passive ("was
//!   found clinging to …") is an open one, with the governing verb's subject; a date the
//!   parser made its subject is none.
//! - **rule "passive without a gap"**: a passive with its own subject that the parser hung on
//!   a noun before it, with no relative word, has that noun for subject ("expectations about
//!   advances in Tokyu shares were dashed": the expectations).
//! - **rule "misplaced adverbial"**: an adverbial clause the parser hung on a noun takes the
//!   subject of the nearest verb above it ("acquired 6% of Milton Roy's stock before
//!   throwing in the towel": Thermo Electron throws).
//! - **rule "reduced relative"**: a participle modifying a noun is about that noun: passive
//!   without an object ("a poll released last week"), active with one ("prosecutors issued
//!   their warning", which the parser may read as a modifier of "prosecutors").
//! - **rules "perfect around a date", "fronted participle"**: "had last month charged X" is
//!   the perfect of "charged", with "had"'s subject; a sentence-opening "-ing" verb the parser
//!   made the root has the subject of the clause after its comma ("Addressing the gala,
//!   Trump described …").
//! - **rule "clause read as a phrase"**: a noun after "since", "as", "until", … with a past
//!   form the parser hung on it is that clause's subject, its verb active ([`finite`]).
//! - **rule "no other verb"**: a past form with an object or adverb after it, modifying a noun
//!   no word governs ("but the effect hit home yesterday"), is the clause's own verb: "The
//!   effect hits home", not a passive ([`finite`]).
//! - **rule "antecedent"**: a relative pronoun is the noun its clause modifies, or the name
//!   that noun stands beside ("Kalief Browder, a man who …" → "Kalief Browder"); "whose" is
//!   that noun's possessive ("dolls, whose sales hit" → "The dolls' sales hit"); "he", "she",
//!   "it", "they" in a clause that reports or modifies another clause are that clause's
//!   subject when it fits ("the company said it expects …", "X, who campaigned since he
//!   suspended …", "a pub that … until it closed"), else the nearest fitting name before them
//!   in the article ("he", "she" a person whose gender, when the article gives one, agrees;
//!   "it" no person, "they" an organization; looked up by binary search, a bounded number of
//!   names back). A pronoun coordinated with a name is left unresolved. The look-back
//!   and rule "possessive background" are [`super::pronoun`]'s.
//! - **rule "who is a person"**: "who" after an organization or place that modifies a noun
//!   ("the chairman of Bear Stearns, who died") stands for the noun, and an apposition's
//!   antecedent is the person's name set beside the same noun ([`relative`], with the
//!   relative pronoun's antecedent).
//! - **rules "participle with its agent", "governed reduced relative", "lost voice"**: passives
//!   without an auxiliary, and a frame's title that read one as active ([`voice`]); **rule
//!   "apposition's participle"**: a reduced relative on a name's apposition is about the name.
//! - **rule "gerund of the object"**: "accused X of grabbing her" is what X did
//!   ([`gerund`]).
//! - **rule "quoted first person"**: "I" or "we" inside a quotation a verb of saying governs
//!   is that verb's subject, the speaker ([`quoted`]).
//! - **rule "name after its title"**: a subject phrase that ends with a person's name after
//!   role words is that person ([`named`]).
//! - **rule "role description"**: "the senator" is the nearest person named before whose
//!   role words hold "senator" ([`super::pronoun`], reading `coref`'s roles).
//! - **rule "the city"**: "the city" alone is the nearest place named before it
//!   ([`super::pronoun`]).
//! - **rule "infinitive of a noun"**: an infinitive modifying a noun ("the failure to
//!   comprehend the threats") does not have the noun for subject; `headline` titles it with
//!   its noun.
//! - **rule "rate noun"**: an infinitive the parser hung on the noun of a rate ("rose $2.50 a
//!   share to close at …") has the subject of the verb the amount is of.
//! - **rule "owned intention"**: an infinitive of a noun of intention that is the object of
//!   a verb announcing or pursuing it ("Albright announced plans to travel", "launched a bid
//!   to buy") has that verb's subject.
//! - **rules "plural role", "list of names", "part of the whole", "quantified subject"**: a subject naming a
//!   group the parser split or set apart ([`super::subject_groups`]).
//! - **plural agreement**: whether the subject takes a plural verb is [`super::agreement`]'s.

use super::agreement::{plural, plural_form};
use super::headline::{and_list, names_in, subject_phrase, Headline};
use super::lexicon::OBJECT_CONTROL_VERBS;
use super::phrase::{is_address_of, phrase_words, render};
use super::pronoun::{antecedent, role_description, settlement};
use super::subject_groups::{
    coordinated_names, coordinated_under_role, list_of_names, plural_role, quantified_subject,
    quantifier_apposition,
};
use super::taxonomy::{
    INTENTION_NOUNS, INTENTION_OWNERS, PERSON_PRONOUNS, RELATIVE_PRONOUNS, THING_PRONOUNS,
};
use super::ActorMention;
use crate::bundle::EntityKind;
use crate::doc::syntax::{Rel, Upos};

/// Words a title's subject keeps at most.
pub(super) const SUBJECT_WORDS: usize = 6;

/// Whether `rel` makes a word a subject.
fn is_subject(rel: Rel) -> bool {
    rel.is_a(Rel::NSUBJ) || rel.is_a(Rel::CSUBJ)
}

/// Verb `v`'s own subject (rules "date is no subject", "address" and "nearest subject"). Of two, the
/// first, unless a comma parts it from a later one nearer the verb (the first belongs to
/// another phrase: "Donald J. Trump, among black voters, according to a poll released"), or
/// the two stand side by side and the first is one word ("chairwoman Debbie Wasserman
/// Schultz", "London shares"): then the later. A reflexive ("DPC had itself filed") is none.
pub(super) fn own_subject(h: &Headline<'_>, v: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let mut all: Vec<usize> =
        tree.children(v).iter().copied().filter(|&c| is_subject(tree.rel(c))).collect();
    // Rule "name read as an interjection": a name before a verb without a subject that the
    // tagger took for an interjection ("Albright, after a long flight, is scheduled to …",
    // read as "alright") is the subject.
    if all.is_empty() {
        all.extend(
            tree.children_by(v, Rel::DISCOURSE)
                .filter(|&c| c < v && h.actor_at(c).is_some_and(|a| a.kind != EntityKind::Place)),
        );
    }
    let mut pool = all;
    let reflexive = |s: usize| {
        let lemma = h.lemma(s);
        tree.upos(s) == Upos::Pron && (lemma.ends_with("self") || lemma.ends_with("selves"))
    };
    let in_date = |s: usize| h.in_date(s);
    // Rule "outer subject": the subject of a copula whose predicate is this clause ("What
    // matters is that Elian, after losing …, needs …") is not the verb's own.
    // Only with that copula hung on the verb: an outer subject without one is a misparse.
    let copula = tree.children_by(v, Rel::COP).next().is_some();
    let outer = |s: usize| copula && tree.rel(s) == Rel::NSUBJ_OUTER;
    let drops: [&dyn Fn(usize) -> bool; 3] = [&in_date, &reflexive, &outer];
    for drop in drops {
        if pool.iter().any(|&s| !drop(s)) {
            pool.retain(|&s| !drop(s));
        }
    }
    // Rule "address": a place set off after an organization is its address, no subject.
    if let Some(&org) = pool.first() {
        pool.retain(|&s| !is_address_of(h, org, s));
    }
    let first = *pool.first()?;
    let Some(near) = pool.iter().copied().filter(|&s| s > first && s < v).max() else {
        let own = out_of_date(h, first);
        // Rule "gerund complement": a date the parser made the subject of a bare gerund
        // under a passive ("was found Thanksgiving Day clinging to …") is none.
        let under_passive = h.st.tree.head(v).is_some_and(|g| h.st.tree.is_passive(g));
        return (!(h.in_date(own) && under_passive && gerund_complement(h, v))).then_some(own);
    };
    let (near_start, _) = tree.extent(near);
    let (first_start, first_end) = tree.extent(first);
    let side_by_side = first_end + 1 == near_start && first_start == first_end;
    // The comma may open the later subject's phrase, hung on a word inside it.
    let comma = (first_end + 1..=near_start).any(|k| h.word(k) == ",");
    Some(out_of_date(h, if side_by_side || comma { near } else { first }))
}

/// Rule "date is no subject" for a lone subject: a date the parser made the head of the
/// subject, with the real subject as its compound ("The World Court Friday rejected …"),
/// gives way to that compound.
fn out_of_date(h: &Headline<'_>, s: usize) -> usize {
    let tree = &h.st.tree;
    if !h.in_date(s) {
        return s;
    }
    let compounds = tree.children_by(s, Rel::COMPOUND).filter(|&c| c < s && !h.in_date(c));
    // Rule "subject beside a date": a long date the parser took for the subject, with the
    // real subject hung on it as an apposition after a comma ("a week after the anniversary
    // of the ruling, a clinic bombing killed …"), gives way to that apposition.
    let apposition = || {
        tree.children_by(s, Rel::APPOS).find(|&a| {
            a > s && !h.in_date(a) && matches!(tree.upos(a), Upos::Noun | Upos::Propn) && {
                let start = tree.extent(a).0;
                h.word(start) == "," || start.checked_sub(1).is_some_and(|k| h.word(k) == ",")
            }
        })
    };
    compounds.last().or_else(apposition).unwrap_or(s)
}

/// A proper noun the parser made a second subject just before common-noun subject `s`
/// ("London shares were depressed"): the first word of the subject (rule "nearest subject").
fn split_subject(h: &Headline<'_>, v: usize, s: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let start = tree.extent(s).0;
    if h.word(start) == "," {
        return None;
    }
    let other =
        tree.children(v).iter().copied().find(|&c| {
            c != s && is_subject(tree.rel(c)) && c < s && tree.extent(c).1 + 1 == start
        })?;
    (tree.upos(other) == Upos::Propn && tree.upos(s) == Upos::Noun && h.actor_at(s).is_none())
        .then_some(other)
}

/// Whether `v`, a clause modifying a noun, is its content ("no intention of tapping"),
/// opened by a preposition or a marker other than "to": the noun is not its subject. An
/// infinitive keeps the noun ("led employers to raise wages", "guidelines to be published").
fn content_clause(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    tree.children(v)
        .iter()
        .any(|&c| tree.rel(c) == Rel::CASE || (tree.rel(c) == Rel::MARK && h.lemma(c) != "to"))
}

/// Whether verb `v` modifies a noun as a participle ("a poll released last week"): the
/// parser reads it as a modifier, or gives it for subject a noun with a preposition ("according
/// to a poll released last week", where a subject never has one) and no auxiliary.
fn reduced_relative(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    let modifier = tree.rel(v).is_a(Rel::ACL)
        && own_subject(h, v).is_none()
        && perfect_around_date(h, v).is_none()
        && !content_clause(h, v)
        && !finite::finite_after_ungoverned_noun(h, v)
        && !finite::clause_read_as_phrase(h, v);
    let oblique_subject = own_subject(h, v).is_some_and(|s| {
        tree.children_by(s, Rel::CASE).next().is_some() && tree.auxiliaries(v).next().is_none()
    });
    modifier || (oblique_subject && participle_form(h, v))
}

/// Rule "gerund complement": whether verb `v` is a bare gerund ("clinging"): no auxiliary,
/// marker or case word of its own.
fn gerund_complement(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    tree.upos(v) == Upos::Verb
        && h.word(v).to_lowercase().ends_with("ing")
        && tree.auxiliaries(v).next().is_none()
        && !tree.children(v).iter().any(|&c| matches!(tree.rel(c), Rel::MARK | Rel::CASE))
}

/// Whether verb `v` is written as a past participle ("charged", "taken", "sent").
pub(super) fn participle_form(h: &Headline<'_>, v: usize) -> bool {
    let word = h.word(v).to_lowercase();
    word != h.lemma(v)
        && !word.ends_with("ing")
        && !word.ends_with('s')
        && (word.ends_with("ed") || word.ends_with('n') || word.ends_with('t'))
}

/// Whether verb `v` is a passive read off a reduced relative without an object, or one
/// written into a hyphenated modifier ("gun-controlled Chicago"), or a participle with its
/// "by" agent and no auxiliary (rule "participle with its agent", [`voice`]).
pub(super) fn reduced_passive(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    let hyphenated = v > 0 && h.word(v - 1) == "-" && h.doc.glued(h.st.token(v));
    let reduced = reduced_relative(h, v)
        && !infinitive(h, v)
        && (hyphenated || !tree.objects(v).any(|o| !h.in_date(o)));
    reduced || voice::agent_participle(h, v)
}

/// Whether verb `v` is an infinitive ("to comprehend").
pub(super) fn infinitive(h: &Headline<'_>, v: usize) -> bool {
    let tree = &h.st.tree;
    tree.children_by(v, Rel::MARK).any(|m| h.word(m).eq_ignore_ascii_case("to"))
}

/// Rule "rate noun": the verb that governs the amount noun `noun` gives a rate of ("rose
/// $2.50 a share", "cost 10 cents a gallon"), which the parser made the head of the verb's
/// infinitive ("a share to close at $117.375"): the infinitive is that verb's, not the
/// noun's. The noun has the article "a" and modifies a number or an amount the verb governs.
pub(super) fn rate_verb(h: &Headline<'_>, noun: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let article =
        tree.children_by(noun, Rel::DET).any(|d| matches!(h.lemma(d).as_str(), "a" | "per"));
    let amount = tree.head(noun).filter(|&a| {
        a < noun
            && (matches!(tree.upos(a), Upos::Num | Upos::Sym)
                || tree.children_by(a, Rel::NUMMOD).next().is_some())
    })?;
    let verb = tree.head(amount).filter(|&v| tree.upos(v) == Upos::Verb)?;
    (article && matches!(tree.upos(noun), Upos::Noun)).then_some(verb)
}

/// An object of `v` that controls an open complement after it ("sent the shares plunging",
/// "asked the board to vote", "let him go"): a noun or pronoun between the verb and the
/// complement, not a date, an amount ("rose 50 cents to close at …") nor a reflexive; the
/// complement an infinitive or a gerund (a finite verb there is a misparse: "a union
/// representing flight attendants endorsed …").
fn controlling_object(h: &Headline<'_>, v: usize, complement: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let word = h.word(complement).to_lowercase();
    let infinitive = tree.children_by(complement, Rel::MARK).any(|m| h.lemma(m) == "to");
    if !(infinitive || word.ends_with("ing") || word == h.lemma(complement)) {
        return None;
    }
    tree.children(v).iter().copied().find(|&o| {
        tree.rel(o) == Rel::OBJ
            && v < o
            && o < complement
            && !h.lemma(o).ends_with("self")
            && !h.lemma(o).ends_with("selves")
            && matches!(tree.upos(o), Upos::Noun | Upos::Propn | Upos::Pron)
            && !h.in_date(o)
            && tree.children_by(o, Rel::NUMMOD).next().is_none()
            && !RELATIVE_PRONOUNS.contains(&h.lemma(o).as_str())
    })
}

/// The word that is verb `p`'s subject and the verb whose own subject it is (rule "inherited
/// subject"), or the noun a reduced relative modifies (then the verb is that relative).
fn subject_of(h: &Headline<'_>, p: usize) -> Option<(usize, usize)> {
    let tree = &h.st.tree;
    let mut v = p;
    for _ in 0..tree.len() {
        if let Some(s) = own_subject(h, v) {
            return Some((gapless_passive(h, v, s).unwrap_or(s), v));
        }
        let Some(head) = tree.head(v) else {
            // Rule "fronted participle": a sentence-opening participle the parser made the
            // root ("Addressing the gala Thursday, Trump described …") has the subject of
            // the clause after it.
            v = fronted_participle_clause(h, v)?;
            continue;
        };
        let rel = tree.rel(v);
        let head_is_noun = matches!(tree.upos(head), Upos::Noun | Upos::Propn);
        if let Some(have) = perfect_around_date(h, v) {
            v = have;
            continue;
        }
        if rel.is_a(Rel::ACL) && rel != Rel::ACL_RELCL {
            // Rule "reduced relative": the noun it modifies; a content clause has none, nor
            // has an active infinitive (rule "infinitive of a noun": "the failure to
            // comprehend the threats" is no failure comprehending).
            let active_infinitive = infinitive(h, v) && !tree.is_passive(v);
            // Rule "rate noun": "rose $2.50 a share to close at …" — the verb's.
            if let Some(verb) = rate_verb(h, head).filter(|_| active_infinitive) {
                v = verb;
                continue;
            }
            if active_infinitive {
                // Rule "owned intention": "announced plans to travel" — whoever announced.
                if let Some(owner) = intention_owner(h, head) {
                    v = owner;
                    continue;
                }
            }
            // Rule "gerund of the object" ([`gerund`]): "accused X of grabbing her".
            if let Some(object) = gerund::gerund_object(h, head, v) {
                return Some((object, v));
            }
            // Rule "participle with its agent": "a mission as declared by X" is the
            // mission's passive, "as" no content clause.
            let content = content_clause(h, v) && !voice::agent_participle(h, v);
            return (!content && !active_infinitive).then_some((head, v));
        }
        if rel == Rel::CONJ && head_is_noun && v == p {
            // A verb the parser coordinated with a noun ("Former officer and Navy veteran
            // Peter Kaisen, 76, shot himself") has it for subject.
            return Some((head, v));
        }
        // An adjective or noun with a copula heads a clause too ("who had been involved in
        // the search before having to flee": who fled).
        let verb_head = matches!(tree.upos(head), Upos::Verb | Upos::Aux)
            || tree.children_by(head, Rel::COP).next().is_some();
        match rel {
            // Rule "gerund complement": a bare gerund the parser read as a clausal
            // complement of a passive ("was found clinging to …") is an open one.
            Rel::XCOMP | Rel::CCOMP
                if rel == Rel::XCOMP || (tree.is_passive(head) && gerund_complement(h, v)) =>
            {
                if let Some(o) = controlling_object(h, head, v) {
                    return Some((o, v));
                }
            }
            Rel::CONJ if verb_head => {}
            r if r.is_a(Rel::ADVCL) && verb_head && r != Rel::ADVCL_RELCL => {
                // Rule "participle with its agent" ([`voice`]): "asked about a claim, first
                // introduced by the paper" — the claim.
                if let Some(noun) = voice::noun_before_comma(h, v) {
                    return Some((noun, v));
                }
                if let Some(object) = gerund::gerund_object(h, head, v) {
                    return Some((object, v));
                }
                // Rule "object control": "subpoenaed the boy to testify" — the boy, though
                // the parser read a purpose clause; an infinitive of an active verb only
                // ("was asked questions upon leaving", "pressed officials for a role in
                // drafting": the subject's).
                let control = OBJECT_CONTROL_VERBS.contains(&h.lemma(head).as_str())
                    && infinitive(h, v)
                    && !tree.is_passive(head);
                if let Some(o) = controlling_object(h, head, v).filter(|_| control) {
                    return Some((o, v));
                }
            }
            // Rule "misplaced adverbial": an adverbial clause the parser hung on a name or
            // noun ("acquired 6% of Milton Roy's stock before throwing in the towel", under
            // "Milton") modifies the clause of the nearest verb above it.
            r if r.is_a(Rel::ADVCL) && r != Rel::ADVCL_RELCL && head_is_noun => {
                v = verb_above(h, head)?;
                continue;
            }
            _ => return None,
        }
        v = head;
    }
    None
}

/// Rule "perfect around a date": "had last month charged X", which the parser reads as
/// "had" with the date for object and "charged" modifying the date, is the perfect of
/// "charged": the "have" it belongs to, whose subject is the verb's.
pub(super) fn perfect_around_date(h: &Headline<'_>, v: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let date = tree.head(v).filter(|&d| tree.rel(v).is_a(Rel::ACL) && h.in_date(d))?;
    tree.head(date).filter(|&g| g < date && h.lemma(g) == "have")
}

/// Rule "fronted participle": the clause after the comma of root `v` when `v` is a participle
/// in "-ing" (or a passive one with its "by" agent) opening the sentence with no subject of its own, and that clause, which the
/// parser hung on it as an adverbial clause or parataxis, has one.
fn fronted_participle_clause(h: &Headline<'_>, v: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let opens = (0..v).all(|k| tree.upos(k) == Upos::Punct);
    // A passive participle with its agent opens one too ("Released by the rebels, …").
    let participle = h.word(v).to_lowercase().ends_with("ing") || voice::agent_participle(h, v);
    if !(opens && tree.upos(v) == Upos::Verb && participle) {
        return None;
    }
    tree.children(v).iter().copied().find(|&c| {
        c > v
            && (tree.rel(c).is_a(Rel::ADVCL) || tree.rel(c) == Rel::PARATAXIS)
            && (v + 1..c).any(|k| h.word(k) == ",")
            && own_subject(h, c).is_some()
    })
}

/// Rule "passive without a gap": a passive the parser read as modifying a noun before it,
/// with a subject of its own between them and no relative word ("expectations about
/// advances in Tokyu Group shares were dashed", with "shares" taken for the subject), leaves
/// no gap for the noun to fill: it is no relative clause, and the noun is its subject.
fn gapless_passive(h: &Headline<'_>, v: usize, s: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let noun = tree.head(v).filter(|&n| n < s && s < v && tree.rel(v) == Rel::ACL)?;
    let relative = tree
        .children(v)
        .iter()
        .any(|&c| tree.rel(c) == Rel::MARK || RELATIVE_PRONOUNS.contains(&h.lemma(c).as_str()))
        || tree.extent(s).0 <= noun;
    let be = tree.auxiliaries(v).any(|a| h.lemma(a) == "be");
    let passive = be && (tree.is_passive(v) || participle_form(h, v));
    (passive && !relative && matches!(tree.upos(noun), Upos::Noun | Upos::Propn)).then_some(noun)
}

/// Rule "misplaced adverbial": the nearest verb that governs word `w`, through at most a
/// few heads.
fn verb_above(h: &Headline<'_>, w: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let mut at = w;
    for _ in 0..6 {
        at = tree.head(at)?;
        if tree.upos(at) == Upos::Verb {
            return Some(at);
        }
    }
    None
}

/// Rule "owned intention": the verb whose subject owns noun `noun` of intention ("plans",
/// "bid", "decision") an infinitive modifies: the verb it is the object of when that verb
/// announces, makes or pursues it ("Albright announced plans to travel", "launched a bid to
/// buy"), not one that judges it ("criticized plans to close the plant").
fn intention_owner(h: &Headline<'_>, noun: usize) -> Option<usize> {
    let tree = &h.st.tree;
    if !INTENTION_NOUNS.contains(&h.lemma(noun).as_str()) || tree.rel(noun) != Rel::OBJ {
        return None;
    }
    let verb = tree.head(noun)?;
    (tree.upos(verb) == Upos::Verb && INTENTION_OWNERS.contains(&h.lemma(verb).as_str()))
        .then_some(verb)
}

/// The subject of verb `p` as a title says it, and whether it is plural.
pub(super) fn subject(h: &Headline<'_>, p: usize) -> Option<(String, bool)> {
    let tree = &h.st.tree;
    let (s, clause) = subject_of(h, p)?;
    let lemma = h.lemma(s);
    if RELATIVE_PRONOUNS.contains(&lemma.as_str()) {
        let head = relative_antecedent(h, clause, s)?;
        return Some(named_beside(h, head));
    }
    // Rule "apposition's participle": a reduced relative on a name's apposition ("Jane Roe,
    // a trader arrested in May") is about the name.
    let reduced = tree.rel(clause).is_a(Rel::ACL) && tree.rel(clause) != Rel::ACL_RELCL;
    let named = |n: usize| h.actor_at(n).is_some_and(|a| a.kind != EntityKind::Place);
    let appos = tree.rel(s) == Rel::APPOS && tree.head(s).is_some_and(named);
    if reduced && tree.head(clause) == Some(s) && appos {
        return Some(named_beside(h, s));
    }
    // "He and Palestinian leader Yasser Arafat met": not one of them alone.
    let coordinated = tree.children_by(s, Rel::CONJ).next().is_some();
    if tree.upos(s) == Upos::Pron && coordinated {
        return None;
    }
    if PERSON_PRONOUNS.contains(&lemma.as_str()) || THING_PRONOUNS.contains(&lemma.as_str()) {
        // An object a gerund is about ("charged him with stealing") is no pronoun of the
        // governing clause's subject (rule "gerund of the object").
        let found =
            (tree.rel(s) != Rel::OBJ).then(|| governing::governing_subject(h, clause, &lemma));
        if let Some(found) = found.flatten() {
            return Some(found);
        }
        return Some((antecedent(h, s)?, false));
    }
    // Rule "quoted first person" ([`quoted`]): "``I will …,'' X said" — X.
    if quoted::first_person(h, s) {
        return quoted::speech_verb(h, clause, s).and_then(|verb| subject(h, verb));
    }
    if tree.upos(s) == Upos::Pron {
        return None;
    }
    // Rule "name after its title" ([`named`]).
    if let Some(person) = named::titled_name(h, clause, s) {
        return Some((person.name.clone(), false));
    }
    // Rule "role description" ([`super::pronoun`]): "the Florida senator" is the senator
    // named before.
    if let Some(person) = role_description(h, s) {
        return Some((person, false));
    }
    // Rule "the city" ([`super::pronoun`]).
    if let Some(place) = settlement(h, s) {
        return Some((place, false));
    }
    // "dolls, whose sales hit …": the antecedent's sales.
    if let Some(whose) =
        tree.children_by(s, Rel::NMOD_POSS).find(|&w| h.lemma(w) == "whose" && w < s)
    {
        let owner = relative_antecedent(h, clause, whose)?;
        let (name, _) = named_beside(h, owner);
        let words: Vec<usize> =
            phrase_words(h, s, SUBJECT_WORDS).into_iter().filter(|&w| w != whose).collect();
        let owned = if name.ends_with('s') { format!("{name}'") } else { format!("{name}'s") };
        return Some((format!("{owned} {}", render(h, &words)), plural(h, s)));
    }
    if let Some(whole) = quantifier_apposition(h, s) {
        return Some((subject_phrase(h, whole), plural(h, whole)));
    }
    if let Some(quantified) = quantified_subject(h, clause, s) {
        return Some(quantified);
    }
    // Rule "list of names": "Treasurer A, Minister B and Attorney General C all voted".
    if let Some(names) = list_of_names(h, clause, s) {
        return Some((and_list(&names), true));
    }
    // Rule "plural role": "Presidents A of X and B of Y signed": both people.
    let coordinated = coordinated_under_role(h, s, clause);
    if plural_role(h, s) || coordinated.is_some() {
        let mut names = names_in(h, s);
        if let Some(first) = coordinated.filter(|_| names.len() < 2) {
            // Names the entity reader missed are still proper nouns.
            names = coordinated_names(h, first);
        }
        if let names @ [_, _, ..] = names.as_slice() {
            return Some((and_list(names), true));
        }
    }
    let mut phrase = subject_phrase(h, s);
    if let Some(first) = split_subject(h, clause, s) {
        phrase = format!("{} {}", render(h, &phrase_words(h, first, 2)), phrase);
    }
    // A name that stands for a coordinated phrase ("Former officer and Navy veteran Peter
    // Kaisen") is one person.
    let one_name = h.actors.iter().any(|a| a.name == phrase && a.kind == EntityKind::Person);
    // A coordination shortened to its first conjunct ("Mr. Drabinsky [and a group of
    // financial backers]") agrees with what the title shows.
    let mut conjuncts = tree.children_by(s, Rel::CONJ).peekable();
    let cut = conjuncts.peek().is_some() && conjuncts.all(|c| !phrase.contains(h.word(c)));
    let plural = !one_name && if cut { plural_form(h, s) } else { plural(h, s) };
    Some((phrase, plural))
}

/// The name a frame's `title` opens with: the nearest name before trigger `p` it starts with.
fn title_name<'a>(h: &'a Headline<'_>, p: usize, title: &str) -> Option<&'a ActorMention> {
    let trigger = h.span(p);
    h.actors
        .iter()
        .rev()
        .copied()
        .find(|a| a.span.end <= trigger.start && title.starts_with(&a.name))
}

/// Whether the name `title` opens with (a frame's title takes the nearest name before
/// trigger `p`) is, in the tree, no subject of any clause but an object or oblique ("Clinton
/// debated Barack Obama …, and met her opponents": not Obama's meeting). Not when the name
/// modifies the trigger ("a South Korea-US summit") or is what the tree's subject stands for
/// ("under Moon, who held three summits").
pub(super) fn name_is_no_subject(h: &Headline<'_>, p: usize, title: &str) -> bool {
    let tree = &h.st.tree;
    let Some(actor) = title_name(h, p, title) else {
        // A frame title that opens with role words ("The governor signs …") gives way to
        // the tree's that names the person (rules "name after its title", "role
        // description").
        return described_person(h, p).is_some_and(|name| !title.starts_with(&name));
    };
    if subject(h, p).is_some_and(|(s, _)| s == actor.name) {
        return false;
    }
    let words: Vec<usize> = (0..tree.len()).filter(|&w| actor.span.contains(h.span(w))).collect();
    let Some(mut w) =
        words.iter().copied().find(|&w| tree.head(w).is_none_or(|head| !words.contains(&head)))
    else {
        return false;
    };
    for _ in 0..tree.len() {
        match tree.head(w) {
            Some(head)
                if matches!(tree.rel(w), Rel::CONJ | Rel::APPOS | Rel::FLAT | Rel::COMPOUND) =>
            {
                w = head
            }
            _ => break,
        }
    }
    // A second subject the parser gave the trigger that rule "nearest subject" set aside
    // ("Trump, among black voters, according to a poll released …") is none either.
    let set_aside = tree.head(w) == Some(p)
        && is_subject(tree.rel(w))
        && own_subject(h, p).is_some_and(|own| own != w);
    // Rule "subject of another clause": a name in the subject of another verb, while the
    // trigger has a subject of its own that is no pronoun ("the U.S. government decision
    // … does not guarantee …, the communist leadership warned"), is not who acted.
    // Only for a finite trigger: "exits the race having won …" is no clause of "the race".
    let ing = |k: usize| h.word(k).to_lowercase().ends_with("ing");
    let finite = !ing(p) && tree.auxiliaries(p).all(|a| !ing(a));
    let other_clause = finite
        && is_subject(tree.rel(w))
        && tree.head(w) != Some(p)
        && w != p
        && own_subject(h, p).is_some_and(|own| own != w && tree.upos(own) != Upos::Pron);
    set_aside
        || other_clause
        || !(is_subject(tree.rel(w)) || tree.head(w).is_none() || w == p || tree.head(w) == Some(p))
}

/// The person verb `p`'s subject names by rule "name after its title" or "role
/// description", if either applies.
fn described_person(h: &Headline<'_>, p: usize) -> Option<String> {
    let (s, clause) = subject_of(h, p)?;
    if h.st.tree.upos(s) == Upos::Pron {
        return None;
    }
    named::titled_name(h, clause, s).map(|a| a.name.clone()).or_else(|| role_description(h, s))
}

/// Whether the name `title` opens with (the nearest name before participle `p`) stands
/// outside the phrase of the noun `p` modifies ("The White House played it safe in the plan
/// released Tuesday": not the plan's name); rule "reduced relative frame".
pub(super) fn name_outside_noun(h: &Headline<'_>, p: usize, title: &str) -> bool {
    let tree = &h.st.tree;
    let Some(actor) = title_name(h, p, title) else {
        return false;
    };
    let Some(noun) = tree.head(p) else { return false };
    let (start, end) = tree.extent(noun);
    let phrase = h.span(start).start..h.span(end).end;
    !(phrase.contains(&actor.span.start) || actor.span.contains(h.span(noun)))
}

/// Whether verb `p`'s title names who acted (or, for a passive, what was acted on).
pub(super) fn has_subject(h: &Headline<'_>, p: usize) -> bool {
    subject(h, p).is_some_and(|(s, _)| !s.trim().is_empty())
}

mod finite;
mod gerund;
mod governing;
mod named;
mod quoted;
mod relative;
mod voice;
use relative::{named_beside, relative_antecedent};
pub(super) use voice::{governed_reduced_passive, marked_by, misread_participle, voice_lost};
#[cfg(test)]
mod tests;
