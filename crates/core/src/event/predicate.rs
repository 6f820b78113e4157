//! Whether a predicate of the tree reports a happening, of what kind, and whether it
//! happened or is expected: rules "happening", "light verb", "determiner noun", "possessed
//! noun", "inflected infinitive" and "realis" of [`super::clauses`].

use super::lexicon::{FORESEEN_NOUN_CUES, FRAMES, UNDERGOING_VERBS};
use super::taxonomy::*;
use crate::doc::syntax::{Rel, SentenceTree, Upos};

mod realis;
use realis::mood;
pub(super) use realis::{clause_realis, future_periphrasis, realis};

/// What the rules say of a predicate that may be an event.
pub(super) struct Reading {
    pub kind: &'static str,
    pub expected: bool,
}

/// Rule "inflected infinitive": a "verb" the parser read as a "to" infinitive but written
/// with "-s" ("emailed to delegates", "turns to contests in Nevada") is a plural noun after
/// the preposition "to": an infinitive is always the base form.
fn inflected_infinitive(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let word = doc.norm(st.token(p)).to_lowercase();
    let to = tree.children_by(p, Rel::MARK).any(|m| tree.lemma(m).eq_ignore_ascii_case("to"));
    to && word.ends_with('s') && word != tree.lemma(p).to_lowercase()
}

/// Rules "happening" and "realis" for predicate `p`.
pub(super) fn read_predicate(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    p: usize,
) -> Option<Reading> {
    let tree = &st.tree;
    let lemma = tree.lemma(p).to_lowercase();
    match tree.upos(p) {
        Upos::Verb => {}
        Upos::Noun | Upos::Propn => {
            let kind = noun_kind(&lemma)?;
            if thing_compound(st, p) || amount_total(doc, st, p) {
                return None;
            }
            let denied =
                tree.children_by(p, Rel::DET).any(|d| tree.lemma(d).eq_ignore_ascii_case("no"));
            let foreseen = tree
                .children(p)
                .iter()
                .any(|&c| FORESEEN_NOUN_CUES.contains(&tree.lemma(c).to_lowercase().as_str()));
            // A noun predicate with a copula ("the vote was on Tuesday") is still its event;
            // "if the union strikes" (a verb the parser took for a noun) is a condition.
            let expected = noun_realis(st, p)?;
            let expected = foreseen || expected;
            return (!denied).then_some(Reading { kind, expected });
        }
        _ => return None,
    }
    if matches!(tree.rel(p), Rel::AMOD | Rel::COMPOUND)
        || period_end(st, p)
        || hyphen_modifier(doc, st, p)
        || future_periphrasis(doc, st, p)
        || label_participle(doc, st, p)
        || conclusion_clause(st, p)
        || inflected_infinitive(doc, st, p)
    {
        return None;
    }
    // "An officially sanctioned one": an article as the verb's subject, or as the noun it
    // modifies, is a noun phrase's; the "verb" is a participle modifying its noun.
    let article = |s: usize| {
        tree.upos(s) == Upos::Det
            && matches!(tree.lemma(s).to_lowercase().as_str(), "a" | "an" | "the")
    };
    let of_article = tree.rel(p).is_a(Rel::ACL) && tree.head(p).is_some_and(article);
    if of_article
        || tree.subject(p).is_some_and(article)
        || stative_participle(st, p)
        || name_compound(st, p)
    {
        return None;
    }
    if complement_of_state(doc, st, p) {
        return None;
    }
    // A gerund with a determiner or possessor names its event: "Wednesday's ruling".
    let nominal =
        tree.children(p).iter().any(|&c| matches!(tree.rel(c), Rel::DET | Rel::NMOD_POSS));
    if nominal && !SPEECH_AND_OPINION.contains(&lemma.as_str()) && !STATES.contains(&lemma.as_str())
    {
        let kind = verb_kind(&lemma).unwrap_or(GENERAL_KIND);
        return Some(Reading { kind, expected: false });
    }
    let mut kind = verb_kind(&lemma);
    if SPEECH_AND_OPINION.contains(&lemma.as_str()) && kind.is_none() {
        return None;
    }
    if STATES.contains(&lemma.as_str()) || SPEECH_AND_OPINION.contains(&lemma.as_str()) {
        // Rule "light verb": "held talks", "made an offer".
        let object = tree.objects(p).find(|&o| {
            noun_kind(&tree.lemma(o).to_lowercase()).is_some() && !amount_total(doc, st, o)
        });
        kind = Some(noun_kind(&tree.lemma(object?).to_lowercase())?);
    }
    let has_role = tree.subject(p).is_some()
        || tree.objects(p).next().is_some()
        || tree.is_passive(p)
        || tree.rel(p).is_a(Rel::ACL)
        // "Rescued on Nov. 25 by fishermen, Elian …", "after meeting with …": the main
        // clause's subject.
        || tree.rel(p).is_a(Rel::ADVCL);
    if !has_role {
        return None;
    }
    let expected = realis(st, p)?;
    Some(Reading { kind: kind.unwrap_or(GENERAL_KIND), expected })
}

/// Rule "realis" for event noun `p`: its own (a negation, "the failure to …") and its
/// clause's ("would be held at the summit on April 24": a noun in a hypothetical clause did
/// not happen).
fn noun_realis(st: &SentenceTree<'_>, p: usize) -> Option<bool> {
    let tree = &st.tree;
    let expected = realis(st, p)?;
    // An event noun of a clause of ability or desire is still real ("can take part in the
    // summit in April", "tried to sell itself under a June agreement").
    let clause_expected = match tree.head(p).and_then(|h| tree.clause_head(h)) {
        Some(c) => mood(st, c, false)?,
        None => false,
    };
    Some(expected || clause_expected)
}

/// Rule "undergone event": whether event noun `p` is the object of a verb of undergoing
/// ([`UNDERGOING_VERBS`]: "America experienced attacks"): that verb's subject underwent the
/// event and is no agent of it.
pub(super) fn undergone(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    tree.head(p).is_some_and(|v| {
        tree.rel(p) == Rel::OBJ
            && tree.upos(v) == Upos::Verb
            && UNDERGOING_VERBS.contains(&tree.lemma(v).to_lowercase().as_str())
    })
}

/// Rule "committed act": the governor of open complement `p` when it is a verb of a
/// commitment made, [`COMMITMENT_GOVERNORS`] ("voted to support the republic Friday"): the
/// vote is the happening, the complement only what was committed to. `None` when the
/// governor did not happen either (rule "realis": "would vote to support").
pub(super) fn committing_governor(st: &SentenceTree<'_>, p: usize) -> Option<usize> {
    let tree = &st.tree;
    let g = tree.head(p).filter(|_| tree.rel(p) == Rel::XCOMP)?;
    let to = tree.children_by(p, Rel::MARK).any(|m| tree.lemma(m).eq_ignore_ascii_case("to"));
    let commitment = COMMITMENT_GOVERNORS.contains(&tree.lemma(g).to_lowercase().as_str());
    (to && commitment && tree.upos(g) == Upos::Verb && realis(st, g).is_some()).then_some(g)
}

/// Rule "hypothetical clause": event noun `p` stands in a clause made hypothetical or
/// conditional by its own auxiliary or subordinator ("said the outbreak of holy war could
/// bring thousands home", "decided that a ground war would be necessary"): no war happened.
/// A negated clause still names a real event ("a consultant not working for any candidate in
/// next week's election").
pub(super) fn in_hypothetical_clause(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let Some(c) = tree.head(p).and_then(|h| tree.clause_head(h)) else { return false };
    tree.children(c).iter().any(|&k| {
        let lemma = tree.lemma(k).to_lowercase();
        (tree.rel(k).is_a(Rel::AUX) && HYPOTHETICAL_MODALS.contains(&lemma.as_str()))
            || (tree.rel(k) == Rel::MARK && CONDITIONAL_MARKERS.contains(&lemma.as_str()))
    })
}

/// Rule "amount total": a plural event noun whose "of" complement is an amount ("fiscal 1989
/// sales of $155 million", "had sales of about $1.4 billion", "losses of $2 million") is the
/// total of a period, a figure, not a happening.
pub(super) fn amount_total(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let form = doc.norm(st.token(p));
    let plural = tree.upos(p) == Upos::Noun && form.ends_with('s') && form != tree.lemma(p);
    let amount = |c: usize| {
        matches!(tree.upos(c), Upos::Sym | Upos::Num)
            || tree.children_by(c, Rel::NUMMOD).next().is_some()
    };
    let of = |c: usize| tree.children_by(c, Rel::CASE).any(|k| tree.lemma(k) == "of");
    plural && tree.children_by(p, Rel::NMOD).any(|c| of(c) && amount(c))
}

/// Rule "by manner": a gerund after "by" ("published the results by announcing that …")
/// tells how its governor's act was done; the governor's act is the happening.
pub(super) fn by_manner(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let by = tree.children_by(p, Rel::MARK).any(|m| tree.lemma(m).eq_ignore_ascii_case("by"));
    let gerund = doc.norm(st.token(p)).ends_with("ing");
    let governor = tree.head(p).is_some_and(|g| tree.upos(g) == Upos::Verb);
    tree.rel(p).is_a(Rel::ADVCL) && by && gerund && governor
}

/// Rule "thing compound": an event noun that a compound names a thing with ("a state tax
/// return", "the press release"), [`THING_COMPOUNDS`], is no happening.
pub(super) fn thing_compound(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let noun = tree.lemma(p).to_lowercase();
    tree.children_by(p, Rel::COMPOUND).any(|c| {
        let modifier = tree.lemma(c).to_lowercase();
        THING_COMPOUNDS.iter().any(|&(m, n)| m == modifier && n == noun)
    })
}

/// Rule "hyphen modifier": a participle glued by a hyphen to a noun or adjective after a
/// determiner, preposition or adjective ("in gun-controlled Chicago", "an ERP-affiliated
/// company", "the state-owned banks") is part of a compound adjective, no verb of its own;
/// not after a subject ("Lauer fact-checked Trump") nor a prefix ("was re-elected").
/// Rule "complement of a state": a gerund that is the open complement of a verb of state
/// ("the Council's powers include sending in peacekeepers", "the job involves travelling
/// abroad") names what the state contains, not a happening.
fn complement_of_state(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let Some(governor) = tree.head(p).filter(|_| tree.rel(p) == Rel::XCOMP) else {
        return false;
    };
    let state = tree.upos(governor) == Upos::Verb
        && STATES.contains(&tree.lemma(governor).to_lowercase().as_str());
    let unmarked = tree.children_by(p, Rel::MARK).next().is_none();
    state && unmarked && doc.norm(st.token(p)).to_lowercase().ends_with("ing")
}

fn hyphen_modifier(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let glued = |w: usize| doc.glued(st.token(w));
    let form = doc.norm(st.token(p));
    let participle = form.ends_with("ed") || form.ends_with("en") || form.ends_with('t');
    let compound = p >= 2
        && glued(p)
        && glued(p - 1)
        && doc.raw(st.token(p - 1)) == "-"
        && matches!(tree.upos(p - 2), Upos::Noun | Upos::Propn | Upos::Adj);
    let opens_phrase = p < 3
        || matches!(tree.upos(p - 3), Upos::Det | Upos::Adp | Upos::Adj | Upos::Num | Upos::Cconj)
        || tree.rel(p - 3) == Rel::NMOD_POSS
        || tree.rel(p - 3) == Rel::CASE;
    participle && compound && opens_phrase
}

/// Rule "stative participle": "the split was aimed at boosting …", "problems tied to the
/// introduction": a passive (or a participle modifying a noun) of a verb of
/// [`STATIVE_PARTICIPLES`] tells a state; so does one without object or auxiliary that the
/// parser made a clause's verb when its "to" phrase follows ("rights attached to the shares
/// were issued": these verbs take an object when active).
fn stative_participle(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let lemma = tree.lemma(p).to_lowercase();
    let passive = tree.is_passive(p)
        || (tree.rel(p).is_a(Rel::ACL) && tree.subject(p).is_none())
        || tree.auxiliaries(p).any(|a| tree.lemma(a).eq_ignore_ascii_case("be"));
    let to_phrase = p + 1 < tree.len()
        && tree.rel(p + 1) == Rel::CASE
        && tree.lemma(p + 1).eq_ignore_ascii_case("to")
        && tree.head(p + 1).is_some_and(|o| tree.head(o) == Some(p))
        && tree.auxiliaries(p).next().is_none();
    STATIVE_PARTICIPLES.contains(&lemma.as_str())
        && (passive || to_phrase)
        && tree.objects(p).next().is_none()
}

/// Rule "period end": "the quarter ended Sept. 30", "the year ending tomorrow" tell which
/// period figures are for; a period's beginning or end is no happening.
pub(super) fn period_end(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    if !PERIOD_VERBS.contains(&tree.lemma(p).to_lowercase().as_str()) {
        return false;
    }
    let period = |w: usize| PERIOD_NOUNS.contains(&tree.lemma(w).to_lowercase().as_str());
    let subject = tree.subject(p).is_some_and(&period);
    let modified = tree.rel(p).is_a(Rel::ACL) && tree.head(p).is_some_and(&period);
    // "for its fourth quarter ended yesterday", however the parser attached it.
    // Not a date's own noun: "earlier this year opened" is a date and a verb.
    let deictic = |w: usize| {
        matches!(tree.rel(w), Rel::OBL_UNMARKED | Rel::NMOD_UNMARKED)
            || tree.children_by(w, Rel::DET).any(|d| {
                matches!(
                    tree.lemma(d).to_lowercase().as_str(),
                    "this" | "last" | "next" | "that" | "every"
                )
            })
    };
    let right_after = p.checked_sub(1).is_some_and(|w| period(w) && !deictic(w));
    subject || modified || right_after
}

/// Rule "name compound": a "verb" right after a name with the indefinite article is the
/// head noun of that phrase ("what looked like a solid Clinton lead", "a Boeing order"): a
/// name that is a clause's subject takes no "a".
fn name_compound(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let indefinite = |d: usize| matches!(tree.lemma(d).to_lowercase().as_str(), "a" | "an");
    tree.children(p).iter().any(|&s| {
        s + 1 == p
            && tree.rel(s).is_a(Rel::NSUBJ)
            && tree.upos(s) == Upos::Propn
            && tree.children_by(s, Rel::DET).any(indefinite)
    })
}

/// Rule "determiner noun": a "verb" with a determiner and no subject of its own is a noun
/// the tagger missed ("at the end of the broadcast this evening"); a verb with a subject
/// keeps its reading (a title's article the parser hung on it: "On The Show on Tuesday,
/// Clinton criticized …").
/// Rule "possessed noun" too: a "verb" right after a noun phrase an owner marks ("at last
/// year's Madrid summit", where the parser hung the owner on the name before).
pub(super) fn determiner_noun(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let subject = tree.children(p).iter().any(|&c| tree.rel(c).is_a(Rel::NSUBJ));
    (tree.children_by(p, Rel::DET).next().is_some() && !subject) || possessed_noun(doc, st, p)
}

/// Rule "possessed noun": whether "verb" `p` is the last word of a noun phrase an owner
/// marks: the word before it is a noun with an owner ("last year's Madrid summit", "the
/// company's Texas plant") and `p` has neither a subject nor an auxiliary, or it has an owner
/// of its own, or its "subject" is the owner ("Trump's visit Monday", the "'s" hung on
/// it); no auxiliary either way; `p` is written as a
/// noun may be (its lemma, or that with "-s": never a past, "the report lawmakers issued",
/// nor an "-ing").
pub(super) fn possessed_noun(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let form = doc.raw(st.token(p)).to_lowercase();
    let lemma = tree.lemma(p).to_lowercase();
    if form != lemma && form != format!("{lemma}s") {
        return false;
    }
    let Some(before) = p.checked_sub(1) else {
        return false;
    };
    let owned = matches!(tree.upos(before), Upos::Noun | Upos::Propn)
        && tree.children_by(before, Rel::NMOD_POSS).any(|o| o < before)
        && tree.head(before) != Some(p);
    let owner_subject = tree.subject(p).is_some_and(|s| {
        s < p && tree.children_by(s, Rel::CASE).any(|c| tree.lemma(c).to_lowercase() == "'s")
    });
    let own_owner = tree.children_by(p, Rel::NMOD_POSS).any(|o| o < p);
    tree.upos(p) == Upos::Verb
        && (owned && tree.subject(p).is_none() || owner_subject || own_owner)
        && tree.auxiliaries(p).next().is_none()
}

/// Rule "label participle": whether verb `p` is a bare participle of [`LABEL_VERBS`], without
/// subject or auxiliary ("the letter, dated Monday", "titled 'A Long Night'"): it describes
/// a thing; "scientists dated the bones" is an act.
pub(super) fn label_participle(doc: &crate::doc::Doc<'_>, st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    LABEL_VERBS.contains(&tree.lemma(p).to_lowercase().as_str())
        && doc.norm(st.token(p)).to_lowercase().ends_with("ed")
        && tree.subject(p).is_none()
        && tree.auxiliaries(p).next().is_none()
}

/// Rule "conclusion clause": whether verb `p` of [`CONCLUSION_VERBS`] has a clause for
/// complement and no object ("concluded that he fired the shots"): a finding reported, whose
/// clause is the news.
pub(super) fn conclusion_clause(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    CONCLUSION_VERBS.contains(&tree.lemma(p).to_lowercase().as_str())
        && tree.objects(p).next().is_none()
        && tree.children_by(p, Rel::CCOMP).next().is_some()
}

/// The kind a verb lemma gives: a frame that needs no noun, else a taxonomy family.
fn verb_kind(lemma: &str) -> Option<&'static str> {
    FRAMES
        .iter()
        .find(|f| !f.verb_needs_noun && f.verbs.contains(&lemma))
        .map(|f| f.kind)
        .or_else(|| FAMILIES.iter().find(|f| f.verbs.contains(&lemma)).map(|f| f.kind))
}

/// The kind an event noun gives, `None` for a noun that names no event.
pub(super) fn noun_kind(lemma: &str) -> Option<&'static str> {
    FRAMES
        .iter()
        .find(|f| f.event_nouns.contains(&lemma))
        .map(|f| f.kind)
        .or_else(|| FAMILIES.iter().find(|f| f.nouns.contains(&lemma)).map(|f| f.kind))
}

/// A verb in the past tense or perfect: its form differs from its lemma and it is not a
/// gerund; or a perfect/past auxiliary governs it.
pub(super) fn past_tense(
    doc: &crate::doc::Doc<'_>,
    token: usize,
    st: &SentenceTree<'_>,
    w: usize,
) -> bool {
    let form = doc.norm(token);
    let lemma = st.tree.lemma(w).to_lowercase();
    let aux_future = st.tree.auxiliaries(w).any(|a| {
        matches!(st.tree.lemma(a).to_lowercase().as_str(), "will" | "would" | "can" | "may")
    });
    !aux_future && form != lemma && !form.ends_with("ing") && !form.ends_with('s')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Doc;
    use crate::Span;

    /// Reads the predicate `word` (its first occurrence) of a one-sentence text.
    pub(super) fn reading(text: &str, word: &str) -> Option<(String, bool)> {
        let mut doc = Doc::new(text);
        doc.set_sentences(&[Span::new(0, text.len())]);
        doc.parse_syntax();
        let st = doc.tree(0).expect("a tree");
        let w = (0..st.tree.len()).find(|&w| doc.raw(st.token(w)) == word).expect("the word");
        read_predicate(&doc, &st, w).map(|r| (r.kind.to_string(), r.expected))
    }

    #[test]
    fn a_to_infinitive_written_with_s_is_a_noun_after_to() {
        // Rule "inflected infinitive".
        let text = "The senator must prepare for tougher races as he turns to contests in Ohio.";
        assert!(reading(text, "contests").is_none());
        let text = "The governor will return to talks with the unions on Monday.";
        assert!(reading(text, "talks").is_none());
        let text = "The governor agreed to sign the bill on Monday.";
        assert!(reading(text, "sign").is_some());
    }

    #[test]
    fn happenings_have_a_kind_and_states_and_speech_have_none() {
        assert_eq!(
            reading("Rebels ambushed the convoy near the border.", "ambushed"),
            Some(("attack".into(), false))
        );
        assert_eq!(
            reading("The senator resigned from the committee.", "resigned"),
            Some(("personnel".into(), false))
        );
        assert_eq!(reading("The minister said prices were stable.", "said"), None);
        assert_eq!(reading("The museum remains closed.", "remains"), None);
    }

    #[test]
    fn a_gerund_a_state_includes_is_no_happening_but_one_begun_is() {
        assert_eq!(reading("The agency's powers include sending in inspectors.", "sending"), None);
        assert!(reading("The agency began sending in inspectors.", "sending").is_some());
    }

    #[test]
    fn a_period_ending_is_no_happening_but_a_verb_after_a_date_is() {
        assert_eq!(reading("Net income for the quarter ended Sept. 30 rose.", "ended"), None);
        let opened =
            reading("A joint venture earlier this year opened a recycling plant.", "opened");
        assert_eq!(opened, Some(("business".into(), false)));
    }

    #[test]
    fn a_stative_participle_is_no_happening_but_its_active_verb_is() {
        assert_eq!(reading("The merger was aimed at cutting costs.", "aimed"), None);
        let tied = reading("Its results were hurt by problems tied to the new product.", "tied");
        assert_eq!(tied, None);
        assert!(reading("The rebels aimed rockets at the base.", "aimed").is_some());
    }

    #[test]
    fn a_stative_participle_the_parser_made_the_verb_is_no_happening() {
        let attached =
            reading("Rights attached to the company's common shares were issued.", "attached");
        assert_eq!(attached, None);
    }

    #[test]
    fn the_complement_of_a_failure_or_of_avoiding_did_not_happen() {
        assert_eq!(reading("The team avoided taking her to the hospital.", "taking"), None);
        assert_eq!(
            reading("The failure to inspect the bridge angered residents.", "inspect"),
            None
        );
        assert!(reading("The team took her to the hospital.", "took").is_some());
    }

    #[test]
    fn a_hyphenated_participle_modifies_its_noun_and_a_thing_compound_is_no_event() {
        let found = super::super::clauses::tests::events(
            "Shootings rose in gun-controlled Ridgeford this year.",
            jiff::civil::date(2024, 5, 14),
        );
        assert!(found.iter().all(|e| !e.title.contains("control")), "{found:#?}");
        assert_eq!(reading("His 1995 tax return showed a loss.", "return"), None);
        assert!(reading("His return to the capital was delayed.", "return").is_some());
    }

    #[test]
    fn a_participle_of_a_noun_phrase_is_no_happening() {
        assert_eq!(reading("An officially sanctioned one, too.", "sanctioned"), None);
        assert_eq!(reading("A newly elected one, again.", "elected"), None);
    }

    #[test]
    fn a_period_s_total_is_no_happening_but_a_sale_is() {
        assert_eq!(reading("The maker had sales of about $155 million last year.", "had"), None);
        assert_eq!(reading("Its fiscal 1989 sales of $155 million were flat.", "sales"), None);
        assert!(reading("The sale of the unit closed on Friday.", "sale").is_some());
    }

    #[test]
    fn a_light_verb_takes_the_kind_of_its_event_noun() {
        assert_eq!(
            reading("The two leaders held talks in Geneva.", "held"),
            Some(("meeting".into(), false))
        );
    }

    #[test]
    fn negation_modals_conditions_and_failures_are_not_realis_and_plans_are_expected() {
        assert_eq!(reading("The ministers did not meet the envoy.", "meet"), None);
        assert_eq!(reading("The firm would sell the plant.", "sell"), None);
        assert_eq!(reading("They failed to reach an agreement.", "reach"), None);
        assert_eq!(
            reading("The company will open a new plant.", "open"),
            Some(("business".into(), true))
        );
        assert_eq!(
            reading("The mayor plans to visit the port.", "visit"),
            Some(("meeting".into(), true))
        );
    }

    #[test]
    fn a_wished_asked_or_tried_act_is_no_event_but_a_planned_one_is_expected() {
        assert_eq!(reading("The mayor wants the envoys to visit the port.", "visit"), None);
        assert_eq!(reading("The union urged its members to strike.", "strike"), None);
        assert_eq!(reading("The governor faces pressure to resign.", "resign"), None);
        // The parser may hang the infinitive on a word of the object.
        assert_eq!(reading("She wants envoys based in the capital to meet her son.", "meet"), None);
        // A plan stays expected (the test of rule "realis" above).
        assert!(reading("The envoys plan to meet her son.", "meet").is_some());
    }

    #[test]
    fn a_clause_without_tense_under_would_or_an_act_of_ability_did_not_happen() {
        let text = "The plan would start with the senator defeating the governor in the primary.";
        assert_eq!(reading(text, "defeating"), None);
        assert_eq!(reading("She can hold off the challenger.", "hold"), None);
        // A clause with its own tense keeps its reading.
        let after = "The firm would sell the plant after the strike ended in May.";
        assert!(reading(after, "ended").is_some());
    }

    #[test]
    fn what_is_done_to_bring_something_about_did_not_bring_it_about() {
        let text = "Voters know what the mayor is doing to get herself elected.";
        assert_eq!(reading(text, "elected"), None);
        assert_eq!(reading(text, "get"), None);
        // An infinitive of another verb keeps its governor's time (rule "realis").
        assert!(reading("The mayor agreed to cut the budget.", "cut").is_some());
    }

    #[test]
    fn a_verb_after_a_name_with_an_indefinite_article_is_that_phrase_s_noun() {
        // The parser reads "a solid Johnson lead" as a clause: "Johnson" the subject of "lead".
        let text = "The governor had erased what looked like a solid Johnson lead a week ago.";
        assert_eq!(reading(text, "lead"), None);
        assert!(reading("Johnson led the field a week ago.", "led").is_some());
    }

    #[test]
    fn a_verb_with_a_determiner_and_no_subject_is_titled_as_a_noun() {
        use crate::event::clauses::tests::events;
        use jiff::civil::date;
        // The tagger reads "broadcast" after "the" as a verb.
        let found = events(
            "At the end of the broadcast this evening, one more look at the harbor.",
            date(2024, 5, 14),
        );
        assert!(found.iter().any(|e| e.title == "Broadcast"), "{found:#?}");
        assert!(found.iter().all(|e| e.title != "Broadcasts"), "{found:#?}");
    }

    #[test]
    fn a_verb_after_an_owned_noun_is_a_noun() {
        // Rule "possessed noun": whether `word` of `text` is read so (`None` when the tagger
        // reads it as no verb at all).
        let owned = |text: &str, word: &str| {
            let mut doc = Doc::new(text);
            doc.set_sentences(&[Span::new(0, text.len())]);
            doc.parse_syntax();
            let st = doc.tree(0).expect("a tree");
            let w = (0..st.tree.len()).find(|&w| doc.raw(st.token(w)) == word).expect("the word");
            (st.tree.upos(w) == Upos::Verb).then(|| possessed_noun(&doc, &st, w))
        };
        let summit = "The league agreed at last year's Boston summit to admit two clubs.";
        assert_ne!(owned(summit, "summit"), Some(false));
        assert_eq!(owned(summit, "agreed"), Some(false));
        // Its owner read as its subject or as its own.
        let visit = "The mayor's visit Monday to open the bridge drew crowds.";
        assert_ne!(owned(visit, "visit"), Some(false));
        // A past after an owned noun is a verb of its own.
        let office = "The mayor's office released the figures on Friday.";
        assert_eq!(owned(office, "released"), Some(false));
    }

    #[test]
    fn a_verb_the_parser_made_a_nouns_compound_is_no_event() {
        assert_eq!(reading("The site broke rules on threatening language.", "threatening"), None);
    }

    #[test]
    fn a_bare_participle_of_labelling_describes_a_thing() {
        assert_eq!(
            reading("He wrote in a memo, dated Friday, that the plan was dead.", "dated"),
            None
        );
        assert!(reading("Scientists dated the bones to the Bronze Age.", "dated").is_some());
    }

    #[test]
    fn a_conclusion_with_a_clause_is_no_deal() {
        let fire = "Investigators concluded on Friday that the fire was set by a tenant.";
        assert_eq!(reading(fire, "concluded"), None);
        assert!(
            reading("The two states concluded a border treaty on Friday.", "concluded").is_some()
        );
    }
}
