//! Titles of event nouns: the noun's phrase ("Election in Ohio"), or the headline of the verb
//! or clause that tells what was done with it (rules "verb of the noun", "relative agent",
//! "governed verb of the noun", "noun's relative clause", "signed by"), its owner named
//! (rules "owner of the noun", "fronted owner", "setting owner" of [`super::setting`]).
//!
//! Rules of this module besides:
//! - **rule "participants on the date"**: a prepositional phrase naming who or where
//!   ([`PARTICIPANT_PREPOSITIONS`]) that the parser hung on a date inside the noun's phrase is
//!   the noun's ("a statement today by the city attorney": "Statement by the city
//!   attorney").
//! - **rule "dated verb of the noun"** ([`dated_governor`]): a noun that is the object of a
//!   verb with a subject of its own, dated by an expression that hangs on the verb, is the
//!   verb's event ("lifted a warning against travel on Friday": the lifting).
//! - **rule "noun's participants"** ([`names_participants`]): a title of the noun's words
//!   alone ("Car bomb attack") gives way to the tree's phrase that goes on from it with who
//!   or where ("Car bomb attack outside the embassy").

use super::super::agent::{infinitive, participle_form, reduced_passive};
use super::super::lexicon::PARTICIPANT_PREPOSITIONS;
use super::super::phrase::{event_phrase_words, phrase_words, render};
use super::super::predicate::past_tense;
use super::super::pronoun::possessive_owner;
use super::super::referent::{self, Owner};
use super::super::taxonomy::RELATIVE_PRONOUNS;
use super::super::title::{capitalize, TITLE_OBJECT_WORDS};
use super::{fronted_owner, passive_agent, setting_owner, verb_title, Headline};
use crate::doc::syntax::{Rel, Upos};

/// The title of event noun `p`: its phrase, without a leading determiner, possessive pronoun or
/// possessive date; or, by rule "verb of the noun", the headline of the verb it is the object of
/// ("Clinton has held rallies": the rallies are what she did, "Hillary Clinton holds rallies");
/// or, by rule "signed by", the headline of a participle with a "by" agent that modifies it.
pub(in crate::event) fn noun_title(h: &Headline<'_>, p: usize) -> String {
    let tree = &h.st.tree;
    // Only a verb with a subject of its own: one inherited through a complement is too often
    // a misparse to title with. A participle with this object that modifies a noun has that
    // noun for subject (rule "reduced relative": "prosecutors issued their warning").
    let own_subject = |v: usize| {
        tree.children(v).iter().any(|&c| tree.rel(c).is_a(Rel::NSUBJ)) || tree.is_passive(v)
    };
    let reduced = |v: usize| {
        tree.rel(v) == Rel::ACL
            && participle_form(h, v)
            && tree.head(v).is_some_and(|n| matches!(tree.upos(n), Upos::Noun | Upos::Propn))
    };
    // Rule "relative agent": a relative clause whose subject is the relative pronoun has the
    // noun it modifies for agent ("the panel that issued the ruling": "The panel issues the
    // ruling").
    // Only a clause told in the past: "the law that would dismantle banks" tells of no act.
    let relative_subject = |v: usize| {
        tree.rel(v) == Rel::ACL_RELCL
            && !tree.is_passive(v)
            && past_tense(h.doc, h.st.token(v), h.st, v)
            && tree.children(v).iter().any(|&c| {
                tree.rel(c).is_a(Rel::NSUBJ) && RELATIVE_PRONOUNS.contains(&h.lemma(c).as_str())
            })
    };
    if let Some(verb) = tree.head(p).filter(|&v| {
        tree.rel(p) == Rel::OBJ
            && tree.upos(v) == Upos::Verb
            && ((!tree.rel(v).is_a(Rel::ACL) && own_subject(v))
                || reduced(v)
                || relative_subject(v))
    }) {
        return verb_title(h, verb);
    }
    // Rule "governed verb of the noun": the object of an open complement ("helped end the
    // war") is titled by the complement's governor when that has a subject of its own
    // ("Warplanes help end the war").
    // Only an infinitive, with "to" or bare ("helped end"): a participle the parser made an
    // open complement is too often a clause of its own ("came as officials praised …").
    let base = |v: usize| infinitive(h, v) || h.word(v).eq_ignore_ascii_case(&h.lemma(v));
    let governor =
        tree.head(p).filter(|&v| tree.rel(p) == Rel::OBJ && tree.rel(v) == Rel::XCOMP && base(v));
    if let Some(g) = governor
        .and_then(|v| tree.head(v))
        .filter(|&g| tree.upos(g) == Upos::Verb && !tree.rel(g).is_a(Rel::ACL) && own_subject(g))
    {
        return verb_title(h, g);
    }
    // Rule "noun's relative clause": an event noun that names no participant and is the
    // subject of its own relative clause with an object ("the 1996 bombing that killed one
    // person") is titled by that clause ("The 1996 bombing kills one person"): what it did
    // is what the sentence tells of it.
    let bare = !tree.children(p).iter().any(|&c| {
        tree.rel(c) == Rel::NMOD_POSS
            || (tree.rel(c) == Rel::NMOD && tree.children_by(c, Rel::CASE).next().is_some())
    });
    let clause = tree.children(p).iter().copied().find(|&v| {
        v > p
            && relative_subject(v)
            && tree.upos(v) == Upos::Verb
            && tree.children(v).iter().any(|&c| tree.rel(c) == Rel::OBJ && !h.in_date(c))
    });
    if let Some(verb) = clause.filter(|_| bare && tree.upos(p) == Upos::Noun) {
        return verb_title(h, verb);
    }
    // Rule "signed by": a noun a participle with a "by" agent modifies is titled by that
    // participle ("the accord signed by Annan and Aziz": "The accord signed by Kofi Annan
    // and Tariq Aziz").
    let signed = tree.children(p).iter().copied().find(|&c| {
        tree.rel(c).is_a(Rel::ACL) && tree.upos(c) == Upos::Verb && passive_agent(h, c).is_some()
    });
    if let Some(verb) = signed.filter(|&v| reduced_passive(h, v)) {
        return verb_title(h, verb);
    }
    let mut words = event_phrase_words(h, p, TITLE_OBJECT_WORDS, true);
    dated_participants(h, p, &mut words);
    // Rule "owner of the noun": "his next speech" is the speech of the person "his" stands
    // for ("Ben Carson's next speech"), when a name before it agrees.
    // The pronoun opens the phrase, after any preposition ("during his speech").
    let at = words.iter().position(|&w| tree.rel(w) != Rel::CASE).unwrap_or(0);
    let owner = words.get(at).copied().filter(|&w| {
        w < p
            && tree.upos(w) == Upos::Pron
            && tree.rel(w) == Rel::NMOD_POSS
            && tree.head(w) == Some(p)
    });
    // Rule "fronted owner" ([`setting`]): "During his speech, Jane Doe said …".
    // After a preposition, the clause's subject when it agrees, else the nearest name before
    // it when the subject cannot own it (rule "unbound owner", [`referent`]): the nearest
    // name alone is too often another person's ("at the time of his death").
    let earlier = |w: usize| {
        if at == 0 {
            return possessive_owner(h, w);
        }
        match referent::owner(h, w)? {
            Owner::Bound(name) | Owner::Free(name) => name,
        }
    };
    if let Some(name) = owner.and_then(|w| fronted_owner(h, p, w).or_else(|| earlier(w))) {
        return format!("{} {}", referent::owned(&name), render(h, &words[at + 1..]));
    }
    let given = setting_owner(h, p);
    while words.len() > 1
        && words.first().is_some_and(|&w| {
            let pronoun = tree.upos(w) == Upos::Pron && tree.rel(w) == Rel::NMOD_POSS;
            // (A subordinator or an adverb the parser hung on a noun it read as a verb:
            // "with last year's blasts", "Likewise, Trump's visit".)
            let verb_words = tree.rel(w) == Rel::MARK
                || (tree.rel(w) == Rel::ADVMOD && tree.upos(w) == Upos::Adv);
            // (A preposition of a fixed phrase too: "according to a statement".)
            w < p
                && (tree.upos(w) == Upos::Det
                    || tree.rel(w) == Rel::CASE
                    || tree.upos(w) == Upos::Adp
                    || verb_words
                    || pronoun
                    || h.in_date(w))
        })
    {
        words.remove(0);
    }
    // Rule "setting owner" ([`setting`]): "Jane Doe's televised address".
    if let Some(name) = given {
        let owned = if name.ends_with('s') { format!("{name}'") } else { format!("{name}'s") };
        return format!("{owned} {}", render(h, &words));
    }
    capitalize(&render(h, &words))
}

/// Rule "participants on the date": the phrases naming who or where that the parser hung on
/// a date dependent of noun `p` ("a statement today by the city attorney", "by" a dependent
/// of "today") join the noun's `words`, within the title's word limit.
fn dated_participants(h: &Headline<'_>, p: usize, words: &mut Vec<usize>) {
    let tree = &h.st.tree;
    // A "by" phrase after the noun of a passive's oblique is the passive's agent ("was
    // defeated in the caucuses on Monday by the senator").
    let passive = tree.head(p).is_some_and(|v| tree.is_passive(v));
    let opens = move |c: usize| {
        let lemma = h.lemma(c);
        PARTICIPANT_PREPOSITIONS.contains(&lemma.as_str()) && !(passive && lemma == "by")
    };
    let hung = tree.children(p).iter().copied().filter(|&d| d > p && h.in_date(d)).flat_map(|d| {
        tree.children(d).iter().copied().filter(move |&g| {
            g > d
                && (tree.rel(g).is_a(Rel::NMOD) || tree.rel(g).is_a(Rel::OBL))
                && !h.in_date(g)
                && tree.children_by(g, Rel::CASE).any(|c| c < g && opens(c))
        })
    });
    let hung: Vec<usize> = hung.collect();
    for g in hung {
        let room = TITLE_OBJECT_WORDS.saturating_sub(words.len());
        if room < 2 {
            break;
        }
        words.extend(phrase_words(h, g, room));
    }
    words.sort_unstable();
    words.dedup();
}

/// Rule "dated verb of the noun": whether noun `p` is the object of a verb with a subject of
/// its own (no modifier's participle) that `dated_verb` says the event's date hangs on.
pub(in crate::event) fn dated_governor(
    h: &Headline<'_>,
    p: usize,
    dated_verb: impl Fn(usize) -> bool,
) -> bool {
    let tree = &h.st.tree;
    matches!(tree.upos(p), Upos::Noun | Upos::Propn)
        && tree.rel(p) == Rel::OBJ
        && tree.head(p).is_some_and(|v| {
            tree.upos(v) == Upos::Verb
                && !tree.rel(v).is_a(Rel::ACL)
                && tree.children(v).iter().any(|&c| tree.rel(c).is_a(Rel::NSUBJ))
                && dated_verb(v)
        })
}

/// Rule "noun's participants": whether the tree's `title` of an event noun goes on from the
/// frame's title `frame` (its words alone) with a phrase naming who or where took part.
pub(in crate::event) fn names_participants(frame: &str, title: &str) -> bool {
    let title = title.to_lowercase();
    let frame = frame.to_lowercase();
    title
        .strip_prefix(&frame)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|next| PARTICIPANT_PREPOSITIONS.contains(&next))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{assert_titled, titles};
    use super::names_participants;

    #[test]
    fn a_noun_event_issued_by_a_relative_clause_s_antecedent_is_titled_by_the_clause() {
        // Rule "relative agent".
        assert_titled(
            "The tenants could appeal to the same housing board that issued Monday's ruling.",
            "The same housing board issues ruling",
        );
    }

    #[test]
    fn a_bare_event_noun_is_titled_by_what_its_relative_clause_says_it_did() {
        // Rule "noun's relative clause".
        assert_titled(
            "He is charged in two attacks, including the 2003 harbor bombing that killed four \
             sailors.",
            "The harbor bombing kills four sailors",
        );
        // Not a clause of what would happen.
        let t =
            titles("Tenants still argue over the 2012 housing law that would ban street parking.");
        assert!(t.iter().all(|t| !t.contains("bans")), "{t:?}");
        assert_titled(
            "Tenants still argue over the 2012 housing law that banned street parking.",
            "The housing law bans street parking",
        );
    }

    #[test]
    fn the_object_of_an_open_complement_is_titled_by_its_governor() {
        // Rule "governed verb of the noun".
        assert_titled(
            "The mayor helped stop the strike in 2004.",
            "The mayor helps stop the strike",
        );
    }

    #[test]
    fn a_noun_event_owned_by_his_or_her_names_the_owner() {
        // Rule "owner of the noun".
        let t = titles(
            "Dana Whitcomb earned fees from talks. Her next speech, on May 2, was delivered to \
             the Lakeside Rotary Club.",
        );
        assert!(t.iter().any(|t| t == "Dana Whitcomb's next speech"), "{t:?}");
    }

    #[test]
    fn a_phrase_hung_on_the_noun_s_date_names_its_participants() {
        // Rule "participants on the date".
        let t = titles(
            "The bridge stays closed, according to a statement Friday by the city transport \
             board.",
        );
        assert!(t.iter().any(|t| t == "Statement by the city transport board"), "{t:?}");
        let t = titles("Shops stayed shut after an attack Friday by armed rebels on the market.");
        assert!(t.iter().any(|t| t.starts_with("Attack by armed rebels")), "{t:?}");
    }

    #[test]
    fn a_dated_noun_whose_verb_holds_the_date_is_the_verb_s_event() {
        // Rule "dated verb of the noun".
        let t = titles(
            "On Tuesday, the ministry lifted a warning against travel to the coast, officials \
             said.",
        );
        assert!(t.iter().any(|t| t.starts_with("The ministry lifts a warning")), "{t:?}");
    }

    #[test]
    fn a_frame_title_of_the_noun_alone_takes_the_phrase_naming_where() {
        // Rule "noun's participants".
        let t = titles(
            "Two people were hurt in a truck bomb attack on Monday outside the city hall in the \
             capital.",
        );
        assert!(
            t.iter().any(|t| t.starts_with("Truck bomb attack outside the city hall")),
            "{t:?}"
        );
        assert!(names_participants("Car bomb attack", "Car bomb attack outside the city hall"));
        assert!(!names_participants("Car bomb attack", "Car bomb attack as a warning"));
        assert!(!names_participants("Car bomb attack", "Car bomb attacks on"));
        assert!(!names_participants("Rally", "Rally"));
    }

    #[test]
    fn an_owner_pronoun_after_a_preposition_is_the_clause_subjects_or_the_name_before() {
        // Rules "owner of the noun" and "unbound owner": the subject "which" owns no "his".
        let t = titles(
            "The group, which was founded by former governor Tom Hale after his 2004 \
             presidential campaign, has endorsed Ruth Calder.",
        );
        assert!(t.iter().any(|t| t == "Tom Hale's presidential campaign"), "{t:?}");
        // The clause's subject binds it.
        let t = titles("Gov. Tom Hale wrote a book after his 2004 presidential campaign.");
        assert!(t.iter().any(|t| t == "Tom Hale's presidential campaign"), "{t:?}");
    }
}
