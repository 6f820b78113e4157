//! What is no object, and what an object cannot go without (used by [`super::complement`]):
//!
//! - **rule "time adverbial"**: a bare noun phrase of time the parser made the verb's object
//!   or oblique ("expanded three times before", "announced two days earlier") says when or how
//!   often: it is no object and no completing oblique. A bare oblique headed by a noun of time
//!   ([`TIME_UNIT_NOUNS`], data) is one; an object only when an adverb of time marks it ("two
//!   days earlier") or it counts times ("three times"): "spent five hours" keeps its object.
//! - **rule "relative pronoun object"**: a relative pronoun the parser made the object of a
//!   clause it did not attach to its noun ("the inn, which the mayor declared a landmark",
//!   read as a clause of its own; "the rule which the agency proposed", as the second of two
//!   coordinated relative clauses) stands for that noun: the clause's noun when it is a
//!   relative clause (or the second conjunct of one), else the noun right before the pronoun
//!   (a comma between). "That" only inside a relative clause: elsewhere it is a demonstrative;
//!   a pronoun written in capitals is a name ("the station WHO").
//! - **rule "caseless name"**: a name hung on the verb as an oblique without a preposition
//!   after a comma ("adding Greece in 1952, West Germany in 1955", "West Germany" an oblique
//!   of the main verb) is a conjunct the parser ran on, no oblique that completes the verb.
//! - **rule "only a preposition"**: a phrase never ends on a word that is only ever a
//!   preposition, whatever the tagger read it as ("… from City Hall amid", "amid" a verb).
//! - **rule "particle's object"**: a noun the parser hung without a preposition on the
//!   adverb that completes the verb like a particle ("blew apart buildings", "buildings" an
//!   oblique of "apart") is the verb's object, after the particle.
//! - **rule "part of"**: a noun of a part or share ([`PARTITIVE_NOUNS`], data) heading an
//!   object or oblique keeps its "of" phrase ("joins as part of marking the anniversary",
//!   "spends part of Sunday night"): without it the title ends mid-way.

use super::complement_words::{ONLY_PREPOSITIONS, PARTITIVE_NOUNS, TIME_ADVERBS, TIME_UNIT_NOUNS};
use super::*;

/// Rule "time adverbial": whether word `c`, an object or oblique, is a bare phrase of time.
pub(super) fn time_adverbial(h: &Headline<'_>, c: usize) -> bool {
    let tree = &h.st.tree;
    let lemma = h.lemma(c);
    if tree.upos(c) != Upos::Noun || !TIME_UNIT_NOUNS.contains(&lemma.as_str()) {
        return false;
    }
    if tree.children_by(c, Rel::CASE).next().is_some() {
        return false;
    }
    let timed = tree.children(c).iter().any(|&k| {
        k > c && tree.upos(k) == Upos::Adv && TIME_ADVERBS.contains(&h.lemma(k).as_str())
    }) || c + 1 < tree.len()
        && TIME_ADVERBS.contains(&h.word(c + 1).to_lowercase().as_str());
    let counted = lemma == "time" && tree.children_by(c, Rel::NUMMOD).next().is_some();
    tree.rel(c).is_a(Rel::OBL) || timed || counted
}

/// Rule "relative pronoun object": whether object `o` of verb `p` is a relative pronoun.
pub(super) fn relative_pronoun(h: &Headline<'_>, p: usize, o: usize) -> bool {
    let tree = &h.st.tree;
    let lemma = h.lemma(o).to_lowercase();
    // A pronoun's word in capitals is a name ("the station WHO").
    let lower = h.word(o).chars().all(|c| c.is_lowercase());
    let pronoun = matches!(tree.upos(o), Upos::Pron | Upos::Det);
    if !pronoun || !RELATIVE_PRONOUNS.contains(&lemma.as_str()) || !lower {
        return false;
    }
    lemma != "that" || tree.rel(relative_clause(h, p)) == Rel::ACL_RELCL
}

/// The relative clause verb `p` belongs to: `p`, or the first conjunct when `p` is a later
/// one ("which X directed … and which Y proposed").
fn relative_clause(h: &Headline<'_>, p: usize) -> usize {
    let tree = &h.st.tree;
    match tree.head(p) {
        Some(first) if tree.rel(p) == Rel::CONJ && tree.rel(first) == Rel::ACL_RELCL => first,
        _ => p,
    }
}

/// Rule "relative pronoun object": the noun relative pronoun `pronoun`, object of verb `p`,
/// stands for.
pub(super) fn pronoun_antecedent(h: &Headline<'_>, p: usize, pronoun: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let noun = |k: usize| matches!(tree.upos(k), Upos::Noun | Upos::Propn);
    let clause = relative_clause(h, p);
    // A later conjunct stands for what the first one's relative pronoun does, however the
    // parser attached the first ("the rule, which X drafted and which Y proposed").
    let first = tree.head(p).filter(|_| tree.rel(p) == Rel::CONJ && clause == p);
    let first_pronoun = first.and_then(|f| {
        tree.children(f).iter().copied().find(|&r| r < f && relative_pronoun(h, f, r))
    });
    let (clause, pronoun) = match (first, first_pronoun) {
        (Some(f), Some(r)) => (f, r),
        _ => (clause, pronoun),
    };
    if tree.rel(clause) == Rel::ACL_RELCL {
        return tree.head(clause).filter(|&a| a < pronoun && noun(a));
    }
    let before = pronoun.checked_sub(1)?;
    let before = if h.word(before) == "," { before.checked_sub(1)? } else { before };
    let mut antecedent = Some(before).filter(|&k| noun(k))?;
    // The head of a name or compound ("the Stonewall Inn": "Inn").
    for _ in 0..tree.len() {
        match tree.head(antecedent) {
            Some(head) if matches!(tree.rel(antecedent), Rel::FLAT | Rel::COMPOUND) => {
                antecedent = head
            }
            _ => break,
        }
    }
    Some(antecedent)
}

/// Rule "relative pronoun object": antecedent `a` as an object: without a conjunction that
/// coordinates it or a preposition that governs it ("the victory, and the war, which …": "the
/// war"; "in front of the inn, which …": "the inn"), and with a sentence's first word
/// lowercased unless a name.
pub(super) fn antecedent_phrase(h: &Headline<'_>, a: usize) -> String {
    let tree = &h.st.tree;
    let phrase = noun_phrase(h, a, TITLE_OBJECT_WORDS);
    let mut phrase = phrase.as_str();
    for c in tree.children(a).iter().copied().filter(|&c| c < a) {
        if matches!(tree.rel(c), Rel::CC | Rel::CASE) {
            let word = format!("{} ", h.word(c));
            phrase = phrase.strip_prefix(word.as_str()).unwrap_or(phrase);
        }
    }
    let phrase = phrase.to_string();
    let first = tree.extent(a).0 == 0 && tree.upos(0) != Upos::Propn;
    let mut chars = phrase.chars();
    match chars.next() {
        Some(c) if first && phrase.starts_with(h.word(0)) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => phrase,
    }
}

/// Rule "caseless name": a name the parser made an oblique without a preposition after a
/// comma ("adding Greece in 1952, West Germany in 1955": a conjunct run on) is no oblique of
/// the verb; one right after it ("took down businessman Steve Wells") is its object.
pub(super) fn caseless_name(h: &Headline<'_>, c: usize) -> bool {
    let tree = &h.st.tree;
    // The comma may open the name's extent (the parser hangs it on the name) or precede it.
    let (start, _) = tree.extent(c);
    let comma = h.word(start) == "," || start.checked_sub(1).is_some_and(|k| h.word(k) == ",");
    tree.rel(c) == Rel::OBL
        && tree.upos(c) == Upos::Propn
        && tree.children_by(c, Rel::CASE).next().is_none()
        && comma
}

/// Rule "only a preposition": whether word `k` is only ever a preposition
/// ([`ONLY_PREPOSITIONS`], data), whatever the tagger read it as: a phrase never ends on it.
pub(super) fn only_preposition(h: &Headline<'_>, k: usize) -> bool {
    ONLY_PREPOSITIONS.contains(&h.word(k).to_lowercase().as_str())
}

/// Rule "particle's object": the adverb of place or direction right after verb `p` that
/// completes it like a particle ([`COMPLEMENT_ADVERBS`], data), and the noun without a
/// preposition the parser hung on that adverb ("blew apart buildings and buses", "buildings"
/// an oblique of "apart"): the noun is the verb's object, after its particle.
pub(super) fn particle_object(h: &Headline<'_>, p: usize) -> Option<(usize, usize)> {
    let tree = &h.st.tree;
    let adverb = tree
        .children_by(p, Rel::ADVMOD)
        .find(|&a| a == p + 1 && COMPLEMENT_ADVERBS.contains(&h.word(a).to_lowercase().as_str()))?;
    let noun = tree.children(adverb).iter().copied().find(|&n| {
        n > adverb
            && (tree.rel(n).is_a(Rel::OBL) || tree.rel(n) == Rel::OBJ)
            && matches!(tree.upos(n), Upos::Noun | Upos::Propn)
            && tree.children_by(n, Rel::CASE).next().is_none()
            && !h.in_date(n)
    })?;
    Some((adverb, noun))
}

/// Rule "part of": the "of" phrase of partitive noun `w` (a noun or a clause opened by "of"
/// after it), when `w` is one.
pub(super) fn part_of(h: &Headline<'_>, w: usize) -> Option<usize> {
    let tree = &h.st.tree;
    if !PARTITIVE_NOUNS.contains(&h.lemma(w).as_str()) || tree.upos(w) != Upos::Noun {
        return None;
    }
    tree.children(w).iter().copied().find(|&c| {
        let of = |k: &usize| *k == w + 1 && h.lemma(*k) == "of";
        let opener =
            tree.children(c).iter().find(|&&k| matches!(tree.rel(k), Rel::CASE | Rel::MARK));
        c > w && opener.is_some_and(of)
    })
}

/// Rule "part of": the words of partitive `w`'s phrase, at most `max`, with its "of" phrase
/// `of` whole (shortened at a phrase boundary when long: its dates kept, they say which part).
pub(super) fn with_part_of(h: &Headline<'_>, w: usize, of: usize, max: usize) -> Vec<usize> {
    let tree = &h.st.tree;
    let (lo, hi) = tree.extent(of);
    let mut words: Vec<usize> = phrase_words(h, w, max).into_iter().filter(|&k| k < lo).collect();
    if hi + 1 - lo <= max.saturating_sub(words.len()) {
        words.extend(lo..=hi);
    } else {
        words.push(w + 1);
        words.extend(
            phrase_words(h, of, max.saturating_sub(words.len())).into_iter().filter(|&k| k > w + 1),
        );
    }
    words.sort_unstable();
    words.dedup();
    words
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::titles;

    #[test]
    fn a_bare_phrase_of_time_is_no_object() {
        let t = titles("The league has grown four times before, adding two clubs in 1990.");
        assert!(t.iter().all(|t| !t.contains("four times")), "{t:?}");
        let t =
            titles("The firm's board announced three days earlier that it would sell the plant.");
        assert!(t.iter().all(|t| !t.ends_with("announces three days")), "{t:?}");
        // A span of time spent is an object.
        let t = titles("The minister spent only six hours in the capital on Tuesday.");
        assert!(t.iter().any(|t| t.contains("spends only six hours")), "{t:?}");
    }

    #[test]
    fn a_relative_pronoun_object_is_its_noun() {
        let t = titles(
            "Crowds gathered outside the Harbor Lodge, which Mayor Ann Kerr on Monday \
             designated as the first city landmark.",
        );
        assert!(t.iter().any(|t| t.ends_with("designates the Harbor Lodge")), "{t:?}");
        // Another object of the clause is its object.
        let t = titles(
            "His plans have pleased writers and editors at Harbor Press, which Acme Media took \
             greater control of last year.",
        );
        assert!(t.iter().any(|t| t == "Acme Media takes greater control"), "{t:?}");
        let t = titles(
            "The rule, which the mayor asked the council to draft in 2019 and which the council \
             first proposed last June, drew many complaints.",
        );
        assert!(t.iter().any(|t| t == "The council proposes the rule"), "{t:?}");
    }

    #[test]
    fn a_noun_hung_on_a_particle_is_the_object() {
        let t = titles(
            "Heavy storms along the coast of Maine and Vermont blew apart houses and barns, \
             trapping families under heaps of wood.",
        );
        assert!(t.iter().any(|t| t == "Heavy storms blow apart houses and barns"), "{t:?}");
    }

    #[test]
    fn a_part_keeps_its_of_phrase() {
        let t = titles("The two towns are expected to merge in May, as part of marking the county's 100th year.");
        assert!(t.iter().all(|t| !t.ends_with("as part")), "{t:?}");
        assert!(t.iter().any(|t| t.contains("as part of marking")), "{t:?}");
    }
}
