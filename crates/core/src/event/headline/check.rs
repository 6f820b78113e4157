//! The headline check: whether a title already made reads as an English headline for its
//! trigger, and which title the pipeline falls back to when it does not.
//!
//! Rules, named where applied:
//! - **rule "noun read as a verb"**: a title that inflects its trigger as a verb ("Berlin
//!   pledges", "Rules") when the tree reads the trigger as a noun that a determiner or an owner
//!   marks as a noun ("Berlin's pledge to add …", "Wednesday's ruling by the agency"): the
//!   title is no headline of the sentence (its verb is a noun of the text); the tree's title of
//!   the noun event, its owner and phrase kept, is the fallback, when it says as much (as
//!   many words: "Clinton votes to authorize the use of force" reads as a headline and stays
//!   when the tree's noun title loses the infinitive).
//! - **rule "verb outside the noun"**: a noun title that runs on past its phrase into the
//!   verb of its clause ("About 100 protesters marched", "The first batch bombs arrived
//!   over") holds a finite verb in the past: no headline. The fallback is the tree's headline
//!   of that verb when it has a subject ("About 100 protesters march in front of …"), else the
//!   tree's title of the noun's own phrase.
//! - **rule "time for an object"**: a frame title that ends on a bare phrase of time the text
//!   wrote after the verb ("The board announces two days", from "announced two days earlier
//!   that …") took it for the object: the phrase goes (rule "time adverbial").
//! - **rule "verb left bare"**: a frame title that ends on its verb ("Jane Doe announces")
//!   where the tree's headline of the verb goes on with its object or complement takes that
//!   completion ("Jane Doe announces to offer a reward").
//! - **rule "title ends mid-phrase"**: a title whose last word is a preposition, a
//!   subordinator, a conjunction or a determiner ("… 1,944 delegates heading into") stops
//!   inside a phrase: the tree's title of the trigger is the fallback when it ends whole.
//! - **rule "bare participle"**: a title that is a verb alone ("Releases") is no headline.
//!   When the verb is a participle without an auxiliary right after a noun ("in a survey
//!   released Thursday", which the parser made the noun's governor), it is that noun's
//!   passive, headline style ("A survey released").
//! - **rule "no passive"**: a verb that takes no object ([`verbs::NO_PASSIVE`], data) has no
//!   passive: its participle after a noun, which the parser hung on the noun, is the noun's
//!   finite verb in the past ("About 100 protesters marched in front of …"), titled active
//!   ("About 100 protesters march in front of …"), never "About 100 protesters marched".

use super::super::agent::{has_subject, participle_form};
use super::super::verbs;
use super::{noun_title, subject_phrase, verb_title, Headline};
use crate::doc::syntax::{Rel, Upos};

/// Rule "no passive": whether verb `p` takes no object, so that its participle is no passive.
pub(super) fn no_passive(h: &Headline<'_>, p: usize) -> bool {
    verbs::NO_PASSIVE.contains(&h.lemma(p).as_str())
}

/// The words of `title`, lowercased, split at anything but letters, digits and hyphens.
fn title_words(title: &str) -> Vec<String> {
    title
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The headline check of a frame's `title` for the tree's word `w` at its trigger: the title
/// to fall back to when `title` is no headline, `None` when it stands.
pub(in crate::event) fn frame_fallback(h: &Headline<'_>, w: usize, title: &str) -> Option<String> {
    if noun_read_as_verb(h, w, title) {
        // Rule "noun read as a verb": the noun's title, when that is a better headline.
        let noun = noun_title(h, w);
        return (says_as_much(&noun, title) && !holds_finite_past(h, w, &noun)).then_some(noun);
    }
    verb_outside_noun(h, w, title)
        .or_else(|| time_for_object(h, w, title))
        .or_else(|| verb_left_bare(h, w, title))
        .or_else(|| ends_mid_phrase(h, w, title))
}

/// Rule "time for an object": a frame's `title` that ends on a bare phrase of time of the
/// tree's verb `w` ("The board announces two days", from "announced two days earlier that
/// …": rule "time adverbial") took it for the object: the phrase goes, and the verb takes
/// what completes it in the tree, if anything (rule "verb left bare").
fn time_for_object(h: &Headline<'_>, w: usize, title: &str) -> Option<String> {
    let tree = &h.st.tree;
    // The verb's own, or its adverb's ("[two days] earlier").
    let adverbs = tree.children_by(w, Rel::ADVMOD).flat_map(|a| tree.children(a).iter().copied());
    let time = tree
        .children(w)
        .iter()
        .copied()
        .chain(adverbs)
        .find(|&c| c > w && super::time_adverbial(h, c))?;
    // The phrase up to its noun ("two days"), not a clause the parser hung on it.
    let (lo, _) = tree.extent(time);
    let of_time = |t: &str| (lo..=time).any(|k| h.word(k).eq_ignore_ascii_case(t));
    let mut words: Vec<&str> = title.split_whitespace().collect();
    let before = words.len();
    while words.len() > 1 && words.last().is_some_and(|t| of_time(t)) {
        words.pop();
    }
    if words.len() == before {
        return None;
    }
    let stripped = words.join(" ");
    verb_left_bare(h, w, &stripped).or(Some(stripped))
}

/// Rule "verb left bare": a frame's `title` that ends on the tree's verb `w` ("Madeleine
/// Albright announces") where the tree's headline of the verb goes on with what completes it
/// ("… announces to offer a reward"): the title keeps its subject and takes the completion.
fn verb_left_bare(h: &Headline<'_>, w: usize, title: &str) -> Option<String> {
    let tree = &h.st.tree;
    if tree.upos(w) != Upos::Verb {
        return None;
    }
    let lemma = h.lemma(w);
    let forms = [verbs::third_person(&lemma), lemma, h.word(w).to_lowercase()];
    let words: Vec<&str> = title.split_whitespace().collect();
    let last = words.last().map(|t| t.to_lowercase())?;
    if words.len() < 2 || !forms.contains(&last) {
        return None;
    }
    let headline = verb_title(h, w);
    let tree_words: Vec<&str> = headline.split_whitespace().collect();
    let at = tree_words.iter().position(|t| forms.contains(&t.to_lowercase()))?;
    let rest = tree_words.get(at + 1..).unwrap_or_default().join(" ");
    (!rest.is_empty()).then(|| format!("{title} {rest}"))
}

/// Rule "title ends mid-phrase": a `title` whose last word is a preposition, a subordinator,
/// a conjunction or a determiner of the sentence ("The heat index reaches 109 by") stops
/// inside a phrase: no headline. Those words go ("The heat index reaches 109"); when a verb
/// that governed them is then left at the end ("… 1,944 delegates heading [into]"), the
/// tree's title of the trigger `w` is the fallback, if it ends whole.
fn ends_mid_phrase(h: &Headline<'_>, w: usize, title: &str) -> Option<String> {
    let tree = &h.st.tree;
    let mut words: Vec<&str> = title.split_whitespace().collect();
    while words.len() > 1 && last_word(h, &words).is_some_and(|k| function_word(h, k)) {
        words.pop();
    }
    if words.len() == title.split_whitespace().count() {
        return None;
    }
    let verb_left = last_word(h, &words).is_some_and(|k| k != w && tree.upos(k) == Upos::Verb);
    if !verb_left {
        return Some(words.join(" "));
    }
    let fallback = match tree.upos(w) {
        Upos::Verb => verb_title(h, w),
        Upos::Noun | Upos::Propn => noun_title(h, w),
        _ => return None,
    };
    let whole = fallback.split_whitespace().collect::<Vec<_>>();
    let ends_whole = last_word(h, &whole).is_none_or(|k| !function_word(h, k));
    (!fallback.is_empty() && ends_whole).then_some(fallback)
}

/// The word of the sentence (where it last writes it) that `words` end with.
fn last_word(h: &Headline<'_>, words: &[&str]) -> Option<usize> {
    let last = words.last()?;
    (0..h.st.tree.len()).rev().find(|&k| h.word(k).eq_ignore_ascii_case(last))
}

/// Whether word `k` is a preposition, a subordinator, a conjunction or a determiner (a
/// particle of a phrasal verb is none: "steps down"), a participle the tree uses as a
/// preposition ("based on", "according to"), or a word that is only ever a preposition
/// (rule "only a preposition").
fn function_word(h: &Headline<'_>, k: usize) -> bool {
    let tree = &h.st.tree;
    // A word the tree makes a preposition or subordinator whatever its tag ("a win based
    // [on early results]", "based" a case marker) is one too.
    let marker = matches!(tree.rel(k), Rel::CASE | Rel::MARK) && tree.upos(k) == Upos::Verb;
    // A word that is only ever a preposition is one whatever the tagger says ("amid" read as
    // a verb).
    let preposition = super::only_preposition(h, k);
    let tagged = matches!(tree.upos(k), Upos::Adp | Upos::Sconj | Upos::Cconj | Upos::Det);
    (tagged || marker || preposition) && tree.rel(k) != Rel::COMPOUND_PRT
}

/// Rule "noun read as a verb": whether `title` reads the tree's noun `w` as a verb. The noun
/// is marked as one by a determiner, a possessive (a pronoun, a name or a date with "'s") or
/// a numeral before it, and `title` does not hold its word as written (a verb reading
/// inflects it: "pledge" → "pledges", "ruling" → "Rules").
fn noun_read_as_verb(h: &Headline<'_>, w: usize, title: &str) -> bool {
    let tree = &h.st.tree;
    if !matches!(tree.upos(w), Upos::Noun) {
        return false;
    }
    // A word, not a stray mark the parser made a possessive ("Trump‘s" with a wrong quote).
    let marked = tree.children(w).iter().any(|&c| {
        c < w
            && matches!(tree.rel(c), Rel::DET | Rel::NMOD_POSS | Rel::NUMMOD)
            && matches!(tree.upos(c), Upos::Det | Upos::Pron | Upos::Propn | Upos::Noun | Upos::Num)
    });
    // A date after the noun inside its phrase leaves a gap in the noun's title ("pledge on
    // [Monday] drew praise"), where the parser often ran on into the clause.
    let (_, end) = tree.extent(w);
    let dated = (w + 1..=end).any(|k| h.in_date(k));
    marked && !dated && !title_words(title).contains(&h.word(w).to_lowercase())
}

/// Rule "verb outside the noun": for a title of the tree's noun `w` that also holds, after
/// the noun, the word as written of the verb its phrase depends on, the title to fall back
/// to (`None` when the title is no such run-on).
fn verb_outside_noun(h: &Headline<'_>, w: usize, title: &str) -> Option<String> {
    let tree = &h.st.tree;
    if !matches!(tree.upos(w), Upos::Noun | Upos::Propn) {
        return None;
    }
    let words = title_words(title);
    let position = |k: usize| words.iter().position(|t| *t == h.word(k).to_lowercase());
    let noun_at = position(w)?;
    // The nearest verb the noun's phrase depends on (heads are few: the walk is bounded by
    // the sentence's length).
    let mut verb = tree.head(w);
    for _ in 0..tree.len() {
        match verb {
            Some(v) if tree.upos(v) != Upos::Verb => verb = tree.head(v),
            _ => break,
        }
    }
    let v = verb.filter(|&v| v > w && tree.upos(v) == Upos::Verb)?;
    let written = h.word(v).to_lowercase();
    // Only a verb written in the past (a present verb reads as a headline already).
    let past = written != h.lemma(v) && !written.ends_with('s') && !written.ends_with("ing");
    position(v).filter(|&at| at > noun_at && past)?;
    Some(if has_subject(h, v) { verb_title(h, v) } else { noun_title(h, w) })
}

/// Rule "bare participle": for verb `p` whose title is the verb alone, the passive of the
/// noun right before it when `p` is a participle without an auxiliary ("A survey released").
pub(in crate::event) fn bare_participle(h: &Headline<'_>, p: usize) -> Option<String> {
    let tree = &h.st.tree;
    let noun = p.checked_sub(1)?;
    let bare = tree.auxiliaries(p).next().is_none() && participle_form(h, p);
    if !bare || !matches!(tree.upos(noun), Upos::Noun | Upos::Propn) || h.in_date(noun) {
        return None;
    }
    // The noun's phrase ends with the noun: the participle is not inside another phrase.
    if tree.extent(noun).1 != noun || tree.rel(noun).is_a(Rel::COMPOUND) {
        return None;
    }
    let phrase = subject_phrase(h, noun);
    let phrase = super::super::title::capitalize(phrase.trim());
    (!phrase.is_empty()).then(|| format!("{phrase} {}", h.word(p).to_lowercase()))
}

/// Whether the fallback title `fallback` says as much as `title` (as many words): a fallback
/// that loses words the title had is no better headline.
fn says_as_much(fallback: &str, title: &str) -> bool {
    fallback.split_whitespace().count() >= title.split_whitespace().count()
}

/// Whether a noun title `title` of the tree's noun `w` holds a finite verb of the sentence
/// written in the past ("Denmark's pledge on drew praise": the noun's phrase as the parser
/// built it ran into a clause): then it is no headline either. A participle that modifies a
/// noun ("the accord signed by …") and an infinitive are no finite verbs.
fn holds_finite_past(h: &Headline<'_>, w: usize, title: &str) -> bool {
    let tree = &h.st.tree;
    let words = title_words(title);
    (0..tree.len()).any(|k| {
        let written = h.word(k).to_lowercase();
        k != w
            && tree.upos(k) == Upos::Verb
            && !tree.rel(k).is_a(Rel::ACL)
            && !super::super::agent::infinitive(h, k)
            && written != h.lemma(k)
            && !written.ends_with('s')
            && !written.ends_with("ing")
            && words.contains(&written)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_titled, titles};
    use super::says_as_much;

    #[test]
    fn a_noun_with_an_owner_is_not_titled_as_a_verb() {
        // Rule "noun read as a verb".
        let t =
            titles("Analysts at the bank praised Denmark's pledge last month to add 900 nurses.");
        assert!(t.iter().all(|t| t != "Denmark pledges"), "{t:?}");
        assert!(t.iter().any(|t| t.contains("Denmark's pledge")), "{t:?}");
    }

    #[test]
    fn a_fallback_that_loses_words_is_no_better() {
        assert!(!says_as_much("Lorne's vote", "Ada Lorne votes to approve the budget"));
        assert!(says_as_much("Oslo's pledge", "Oslo pledges"));
    }

    #[test]
    fn a_verb_without_a_passive_is_titled_active() {
        // Rule "no passive": "marched" after a noun is its finite verb.
        let t = titles(
            "About 200 farmers marched in front of the county court in Leeds on Friday night, \
             waving banners.",
        );
        assert!(t.iter().all(|t| !t.ends_with("farmers marched")), "{t:?}");
        assert!(t.iter().any(|t| t.starts_with("About 200 farmers march in front of")), "{t:?}");
    }

    #[test]
    fn a_bare_participle_after_a_noun_is_the_noun_s_passive() {
        // Rule "bare participle".
        let t = titles(
            "In a Daily Ledger survey released last Thursday, 79 percent of voters said they \
             were satisfied.",
        );
        assert!(t.iter().all(|t| t != "Releases"), "{t:?}");
        assert!(t.iter().any(|t| t == "A Daily Ledger survey released"), "{t:?}");
    }

    #[test]
    fn a_title_never_ends_on_a_word_that_is_only_a_preposition() {
        // Rule "only a preposition", whatever the tagger reads the word as.
        let t = titles(
            "Thousands quietly marched down the town's main avenue from the harbor amid \
             blazing heat on the first day of the festival.",
        );
        assert!(t.iter().all(|t| !t.ends_with(" amid")), "{t:?}");
    }

    #[test]
    fn a_title_never_ends_on_a_preposition() {
        // Rule "time for an object": a clause hung on the phrase of time keeps its words.
        let t = titles("Ms. Ruiz announced earlier this month that she will back Tom Okafor.");
        assert!(t.iter().all(|t| !t.ends_with(" Tom")), "{t:?}");
        // Rule "title ends mid-phrase": the dangling word goes.
        assert_titled(
            "Temperatures hovered near 90 degrees, and the heat index reached 104 by late \
             afternoon.",
            "The heat index reaches 104",
        );
        // A participle left at the end gives way to the tree's title.
        assert_titled(
            "Lopez had captured 1,200 delegates heading into Tuesday's primaries, a number that \
             includes superdelegates.",
            "Lopez captures 1,200 delegates",
        );
    }

    #[test]
    fn a_frame_title_left_on_its_verb_takes_the_tree_s_completion() {
        // Rule "verb left bare": the parser reads the name as an adverb, so only the frame
        // finds the subject and only the tree the infinitive.
        assert_titled(
            "Okafor announced on Monday to offer a reward for information.",
            "Okafor announces to offer a reward for information",
        );
    }

    #[test]
    fn a_noun_title_running_into_its_verb_gives_way_to_the_verb_s_headline() {
        // Rule "verb outside the noun".
        let t = titles(
            "As the shock of the Friday attacks wore off, many of the council members were \
             moving to focus on repairs.",
        );
        assert!(t.iter().all(|t| !t.ends_with("wore off")), "{t:?}");
        assert!(t.iter().any(|t| t.ends_with("wears off")), "{t:?}");
    }
}
