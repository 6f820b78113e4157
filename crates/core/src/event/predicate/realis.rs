//! Rule "realis" of [`super::super::clauses`]: whether a predicate's event happened, is
//! expected, or did not happen at all (negated, hypothetical, conditional, wished, possible,
//! failed, argued against or gone without: rule "opposed act"; what an adjective of ease or
//! degree would allow: rule "adjective's infinitive"), read up through the clauses it is a
//! complement or conjunct of.

use super::super::taxonomy::*;
use crate::doc::syntax::{Rel, SentenceTree, Upos};

/// Rule "realis": `None` when the predicate's event did not happen, else whether it is
/// expected. Looks up through the clauses the predicate is a complement or conjunct of.
pub(in crate::event) fn realis(st: &SentenceTree<'_>, p: usize) -> Option<bool> {
    mood(st, p, true)
}

/// Rule "realis" without the rules that bear only on the predicate's own act (ability, rule
/// "desired act"): whether its clause is real at all.
pub(in crate::event) fn clause_realis(st: &SentenceTree<'_>, p: usize) -> Option<bool> {
    mood(st, p, false)
}

/// Rule "realis", with (`acts`) or without the rules that bear only on the predicate's own
/// act: ability ([`ABILITY_MODALS`]) and rule "desired act".
pub(super) fn mood(st: &SentenceTree<'_>, p: usize, acts: bool) -> Option<bool> {
    let tree = &st.tree;
    let modal = |lemma: &str| {
        HYPOTHETICAL_MODALS.contains(&lemma) || (acts && ABILITY_MODALS.contains(&lemma))
    };
    let mut expected = false;
    let mut q = p;
    for depth in 0..tree.len() {
        if tree.is_negated(q) {
            return None;
        }
        for c in tree.children(q).iter().copied() {
            let lemma = tree.lemma(c).to_lowercase();
            let rel = tree.rel(c);
            if rel.is_a(Rel::AUX) && modal(lemma.as_str()) {
                return None;
            }
            // "whatever happens today": a free relative's subject is any happening, none
            // in particular.
            if depth == 0 && rel.is_a(Rel::NSUBJ) && FREE_RELATIVES.contains(&lemma.as_str()) {
                return None;
            }
            if rel.is_a(Rel::AUX) && FUTURE_MODALS.contains(&lemma.as_str()) {
                expected = true;
            }
            if rel == Rel::MARK && CONDITIONAL_MARKERS.contains(&lemma.as_str()) {
                return None;
            }
            // Rule "opposed act": "advocated against leaving a force", "left without
            // paying": the clause names what did not happen. (A clause of the verb's own:
            // the marker's word right before it or before its subject.)
            let marks = matches!(rel, Rel::MARK | Rel::CASE) && c < q;
            if depth == 0 && marks && OPPOSING_MARKERS.contains(&lemma.as_str()) {
                return None;
            }
            // Rule "condition consequent": "they will clean our plow if we don't act" holds
            // only if the condition does.
            if rel.is_a(Rel::ADVCL) && condition(st, c) {
                return None;
            }
            // "to buy": aimed at, not done (unless a past governor says it was done).
            if rel == Rel::MARK && lemma == "to" && depth == 0 {
                expected = true;
            }
        }
        let rel = tree.rel(q);
        let Some(head) = tree.head(q) else { break };
        // "the failure to comprehend the threats", "his refusal to testify": an infinitive of
        // a noun of failure did not happen.
        let to =
            || tree.children_by(q, Rel::MARK).any(|m| tree.lemma(m).eq_ignore_ascii_case("to"));
        let governor = tree.lemma(head).to_lowercase();
        // Rule "desired act": "faces pressure to quit", "a bid to win the seat".
        // Rule "possible act": "has two chances to win", "the right to appeal".
        let wished_noun = acts
            && (DESIRE_NOUNS.contains(&governor.as_str())
                || POSSIBILITY_NOUNS.contains(&governor.as_str()))
            && matches!(tree.upos(head), Upos::Noun | Upos::Propn);
        if rel.is_a(Rel::ACL) && (FAILURE_NOUNS.contains(&governor.as_str()) || wished_noun) && to()
        {
            return None;
        }
        // Rule "adjective's infinitive": "more difficult for Obama to win", "strong enough
        // to put states in play": what would be hard, easy or allowed, not a thing done.
        if acts && to() && adjective_of_degree(st, head) {
            return None;
        }
        // Rule "desired act": "wants the envoys to meet his son", "urged voters to stay home":
        // wished or asked for, neither done nor planned.
        // Rule "hoped clause": so is a clause they govern ("hope that he will win", "asked
        // that the vote be delayed").
        let desire_verb = DESIRE_GOVERNORS.contains(&governor.as_str());
        if acts
            && (rel == Rel::XCOMP || (rel == Rel::CCOMP && tree.upos(head) == Upos::Verb))
            && desire_verb
        {
            return None;
        }
        if acts && depth == 0 && to() && desired_further_up(st, q) {
            return None;
        }
        // Rule "purpose": "doing to get himself elected" aims at the election; neither the
        // infinitive nor what it brings about ("elected") is done.
        if rel == Rel::XCOMP && to() && PURPOSE_GOVERNORS.contains(&governor.as_str()) {
            return None;
        }
        // "avoided taking her", which the parser may read as an adverbial clause.
        let bare_clause = rel.is_a(Rel::ADVCL) && tree.children_by(q, Rel::MARK).next().is_none();
        if (rel == Rel::XCOMP || bare_clause) && FAILURE_GOVERNORS.contains(&governor.as_str()) {
            return None;
        }
        if rel == Rel::XCOMP {
            if UNREALIZED_GOVERNORS.contains(&governor.as_str())
                || FUTURE_PERIPHRASES.contains(&governor.as_str()) && to()
            {
                expected = true;
            } else if depth == 0 {
                // "agreed to buy", "began to withdraw": the complement's time is the governor's.
                expected = false;
            }
        }
        if !(rel == Rel::XCOMP || rel == Rel::CONJ || rel.is_a(Rel::ADVCL) || rel == Rel::CCOMP) {
            break;
        }
        // A conjunct or complement inherits its governor's mood, not its negation:
        // "did not stop and left" is rare; "said it would leave" is common.
        if rel == Rel::CONJ || rel == Rel::CCOMP || rel.is_a(Rel::ADVCL) {
            let hypothetical =
                tree.auxiliaries(head).any(|a| modal(tree.lemma(a).to_lowercase().as_str()));
            // Rule "hypothetical reach": a conjunct, or a clause without tense of its own
            // ("would start with the senator defeating his rival"), is as hypothetical as the
            // clause it hangs on.
            if hypothetical && (rel == Rel::CONJ || (rel.is_a(Rel::ADVCL) && non_finite(st, q))) {
                return None;
            }
            if rel != Rel::CONJ {
                let conditional = tree.children(q).iter().any(|&c| {
                    tree.rel(c) == Rel::MARK
                        && CONDITIONAL_MARKERS.contains(&tree.lemma(c).to_lowercase().as_str())
                });
                if conditional {
                    return None;
                }
                break;
            }
        }
        q = head;
    }
    Some(expected)
}

/// Rule "adjective's infinitive": whether `a` is an adjective of ease or possibility ("hard",
/// "impossible": [`EASE_ADJECTIVES`]) or one a degree adverb modifies ("strong enough", "too
/// focused": [`DEGREE_ADVERBS`]), whose "to" infinitive says what would be possible.
fn adjective_of_degree(st: &SentenceTree<'_>, a: usize) -> bool {
    let tree = &st.tree;
    let lemma = |w: usize| tree.lemma(w).to_lowercase();
    let degree =
        tree.children_by(a, Rel::ADVMOD).any(|d| DEGREE_ADVERBS.contains(&lemma(d).as_str()));
    tree.upos(a) == Upos::Adj && (EASE_ADJECTIVES.contains(&lemma(a).as_str()) || degree)
}

/// Rule "going to": whether verb `p` is the progressive of a verb of
/// [`FUTURE_PERIPHRASES`] with a "to" infinitive ("are going to clean"): a future, not a trip.
pub(in crate::event) fn future_periphrasis(
    doc: &crate::doc::Doc<'_>,
    st: &SentenceTree<'_>,
    p: usize,
) -> bool {
    let tree = &st.tree;
    let progressive = doc.norm(st.token(p)).to_lowercase().ends_with("ing");
    let infinitive = tree.children_by(p, Rel::XCOMP).any(|x| {
        tree.upos(x) == Upos::Verb
            && tree.children_by(x, Rel::MARK).any(|m| tree.lemma(m).eq_ignore_ascii_case("to"))
    });
    progressive && infinitive && FUTURE_PERIPHRASES.contains(&tree.lemma(p).to_lowercase().as_str())
}

/// Rule "condition consequent": whether adverbial clause `c` states a condition ("if we
/// don't act", "unless they agree"), not a concession ("even if it rains") nor a manner ("as
/// if nothing happened").
fn condition(st: &SentenceTree<'_>, c: usize) -> bool {
    let tree = &st.tree;
    let lemma = |w: usize| tree.lemma(w).to_lowercase();
    let mut marks = tree.children_by(c, Rel::MARK).map(lemma);
    let (Some(first), None) = (marks.next(), marks.next()) else { return false };
    let concessive =
        tree.children_by(c, Rel::ADVMOD).any(|a| CONCESSIVE_ADVERBS.contains(&lemma(a).as_str()));
    CONDITION_MARKERS.contains(&first.as_str()) && !concessive
}

/// Whether verb `p` heads a clause without a tense of its own: no auxiliary, and either a
/// preposition or "to" as its marker ("with the senator defeating his rival", "to win") or
/// neither a marker nor a subject ("using that victory"). "after he left" has a tense.
fn non_finite(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    if tree.auxiliaries(p).next().is_some() {
        return false;
    }
    let mut marks = tree.children_by(p, Rel::MARK);
    match marks.next() {
        Some(m) => tree.upos(m) == Upos::Adp || tree.lemma(m).eq_ignore_ascii_case("to"),
        None => tree.subject(p).is_none(),
    }
}

/// How many heads above a "to" infinitive a verb of desire may stand when the parser hung the
/// infinitive on a word of its object ("wants diplomats based in Washington to meet him").
const DESIRE_REACH: usize = 3;

/// Rule "desired act" through a misread tree: the "to" infinitive `p` hangs, within
/// [`DESIRE_REACH`] heads and without crossing into another finite clause, below a verb of
/// [`DESIRE_GOVERNORS`].
fn desired_further_up(st: &SentenceTree<'_>, p: usize) -> bool {
    let tree = &st.tree;
    let mut q = p;
    for _ in 0..DESIRE_REACH {
        let rel = tree.rel(q);
        if rel == Rel::CCOMP
            || rel == Rel::ACL_RELCL
            || rel == Rel::PARATAXIS
            || rel.is_a(Rel::CSUBJ)
        {
            return false;
        }
        let Some(h) = tree.head(q) else { return false };
        if tree.upos(h) == Upos::Verb
            && DESIRE_GOVERNORS.contains(&tree.lemma(h).to_lowercase().as_str())
        {
            return true;
        }
        q = h;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tests::reading;

    #[test]
    fn a_clause_of_a_condition_a_hope_or_a_chance_is_no_event() {
        let none = [
            // Rule "condition consequent".
            ("The rebels will seize the airport if talks fail.", "seize"),
            ("The rebels will seize the airport unless the government pays them.", "seize"),
            // Rule "hoped clause".
            ("The coach hopes that his team will win the cup.", "win"),
            // Rule "possible act".
            ("The mayor has a chance to veto the budget.", "veto"),
            ("The league had the right to fine the club.", "fine"),
            // Rule "desired act", an adjective of eagerness.
            ("Voters in the valley are eager to re-elect the mayor this year.", "re-elect"),
            ("Young voters are pumped to elect the mayor this year.", "elect"),
            // Rule "going to".
            ("The unions are going to strike on Monday.", "going"),
        ];
        for (text, word) in none {
            assert_eq!(reading(text, word), None, "{text}");
        }
        let events = [
            ("The rebels will seize the airport after talks fail.", "seize"),
            ("Even if talks fail, the rebels will seize the airport.", "seize"),
            ("The coach says that his team will win the cup.", "win"),
            ("The mayor announced a plan to veto the budget.", "veto"),
            ("The envoys were going to Paris on Monday.", "going"),
        ];
        for (text, word) in events {
            assert!(reading(text, word).is_some(), "{text}");
        }
    }

    #[test]
    fn an_act_argued_against_or_gone_without_did_not_happen() {
        // Rule "opposed act".
        let none = [
            ("The senator argued against closing the base in 2019.", "closing"),
            ("The tenants moved out without paying the rent last week.", "paying"),
        ];
        for (text, word) in none {
            assert_eq!(reading(text, word), None, "{text}");
        }
        let events = [
            ("The senator argued against the plan before closing the base in 2019.", "closing"),
            ("The tenants moved out after paying the rent last week.", "paying"),
        ];
        for (text, word) in events {
            assert!(reading(text, word).is_some(), "{text}");
        }
    }

    #[test]
    fn going_to_makes_its_infinitive_expected() {
        let strike = reading("The unions are going to strike on Monday.", "strike");
        assert_eq!(strike.map(|r| r.1), Some(true));
    }

    #[test]
    fn an_infinitive_of_an_adjective_of_ease_or_degree_did_not_happen() {
        // Rule "adjective's infinitive".
        let none = [
            ("The ruling made it more difficult for the mayor to win a third term.", "win"),
            ("Her lead is large enough to carry the state in November.", "carry"),
        ];
        for (text, word) in none {
            assert_eq!(reading(text, word), None, "{text}");
        }
        let done = reading("The ministers were quick to condemn the attack on Monday.", "condemn");
        assert!(done.is_some(), "quick to condemn");
    }
}
