//! The object or complement of a headline's verb (rules "passive complement", "object before
//! its date", "lone indirect object", "possessive her", "relative object", "other conjunct's oblique", "noun's
//! clause", "up to an amount", "stranded preposition", the oblique that completes a verb;
//! what completes an object is in [`super::completion`]), each
//! kept whole as a phrase of the tree and shortened at a phrase boundary.

use super::*;

/// The object (or, without one, the open complement or first oblique that is not a date) of
/// verb `p`, shortened at a phrase boundary; for a passive its "by" agent.
pub(super) fn complement(
    h: &Headline<'_>,
    p: usize,
    passive: bool,
    depth: usize,
    speaker: Option<usize>,
) -> Option<String> {
    let tree = &h.st.tree;
    if passive {
        let Some(agent) = passive_agent(h, p) else {
            return match passive_object(h, p) {
                Some(o) => Some(noun_phrase(h, o, TITLE_OBJECT_WORDS)),
                None => passive_complement(h, p),
            };
        };
        let words = phrase_words(h, agent, 5);
        return (!words.is_empty()).then(|| match names_in(h, agent).as_slice() {
            [] => render(h, &words),
            names => format!("by {}", and_list(names)),
        });
    }
    if let Some(object) = stranded_object(h, p).filter(|_| depth == 0) {
        return Some(object);
    }
    if let Some(object) = relative_object(h, p).filter(|_| depth == 0) {
        return Some(object);
    }
    if let Some(amount) = up_to_amount(h, p) {
        return Some(format!("up {}", render(h, &phrase_words(h, amount, TITLE_OBJECT_WORDS))));
    }
    // A date the parser took for the object ("ruled Friday against the rule") is none, nor
    // the "that" opening a reported clause.
    // Rule "time adverbial": "expanded three times", "announced two days earlier".
    let no_object =
        |c: usize| h.in_date(c) || time_adverbial(h, c) || (depth > 0 && opening_that(h, p, c));
    let objects =
        tree.children(p).iter().copied().filter(|&c| tree.rel(c) == Rel::OBJ && !no_object(c));
    // Rule "relative pronoun object": a relative pronoun stands for its antecedent.
    let (pronouns, objects): (Vec<usize>, Vec<usize>) =
        objects.partition(|&c| relative_pronoun(h, p, c));
    if let (None, Some(&pronoun)) = (objects.first(), pronouns.first()) {
        if let Some(antecedent) = pronoun_antecedent(h, p, pronoun) {
            return Some(antecedent_phrase(h, antecedent));
        }
    }
    let object = objects.first().copied().or_else(|| lone_indirect_object(h, p));
    if let Some(object) = object {
        // Rule "address before a name": "criticized Tulsa, Okla., police officer Betty Shelby".
        let object = address_before_name(h, object).unwrap_or(object);
        // Rule "object's clause": "found PolitiFact consistently rated Democrats higher".
        if let Some(v) = object_clause(h, p, object).filter(|_| depth < 2) {
            let lemma = h.lemma(v);
            let verb = if plural(h, object) { lemma } else { verbs::third_person(&lemma) };
            let mut parts = vec![noun_phrase(h, object, SUBJECT_WORDS), verb];
            parts.extend(complement(h, v, false, depth + 1, Some(object)));
            return Some(parts.join(" "));
        }
        if let Some(noun) = possessed_noun(h, p, object) {
            let words = phrase_words(h, noun, TITLE_OBJECT_WORDS - 1);
            return Some(format!("{} {}", h.word(object), render(h, &words)));
        }
        // Rules "object's predicate" and "reflexive object": "urges the industry to act".
        let completion = object_completion(h, p, object);
        let max = if completion.is_some() { COMPLETED_OBJECT_WORDS } else { TITLE_OBJECT_WORDS };
        let object = match (article_phrase(h, object, max), part_of(h, object)) {
            // Rule "part of": "spends part of the night".
            (_, Some(of)) => render(h, &with_part_of(h, object, of, max)),
            (Some(words), None) => render(h, &words),
            (None, None) => noun_phrase(h, object, max),
        };
        return Some(match completion {
            Some(rest) => format!("{object} {rest}"),
            None => object,
        });
    }
    if let Some((adverb, noun)) = particle_object(h, p) {
        let words = phrase_words(h, noun, TITLE_OBJECT_WORDS - 1);
        return Some(format!("{} {}", h.word(adverb).to_lowercase(), render(h, &words)));
    }
    if let Some(words) = object_before_date(h, p) {
        return Some(render(h, &words));
    }
    if let Some(x) = tree.children_by(p, Rel::XCOMP).next() {
        if let Some(object) = complement_relative_object(h, p, x) {
            return Some(object);
        }
        let words = phrase_words(h, x, TITLE_OBJECT_WORDS);
        return (!words.is_empty()).then(|| render(h, &words));
    }
    if let Some(x) = infinitive_after_date(h, p) {
        let words = phrase_words(h, x, TITLE_OBJECT_WORDS);
        return (!words.is_empty()).then(|| render(h, &words));
    }
    // "revealed that Kim had sent a letter": the reported clause, as a headline of its own.
    // Rule "clause after a date": "announced Tuesday that …"; rule "fronted reported clause":
    // "The campaign will release the records, a spokesman announced Monday".
    // Rule "noun's clause": "after the disclosure that …" is the noun's.
    let reported = tree
        .children(p)
        .iter()
        .copied()
        .find(|&c| tree.rel(c) == Rel::CCOMP && !nouns_clause(h, p, c));
    let reported = reported.or_else(|| clause_after_date(h, p));
    if let Some(clause) = reported.or_else(|| fronted_clause(h, p).filter(|_| depth == 0)) {
        if tree.upos(clause) == Upos::Verb && depth < 2 {
            let inner = verb_title_at(h, clause, depth + 1, speaker);
            // A subject opening the sentence ("The campaign will …, a spokesman said") is
            // capitalized as its first word, not as a name.
            let opening = own_subject(h, clause)
                .is_some_and(|s| tree.extent(s).0 == 0 && h.actor_at(s).is_none());
            let named = reported_subject(h, clause, speaker)
                .is_some_and(|(s, _)| s.starts_with(char::is_uppercase) && !opening);
            let mut chars = inner.chars();
            return Some(match chars.next() {
                Some(first) if !named => first.to_lowercase().chain(chars).collect(),
                _ => inner,
            });
        }
    }
    let oblique = oblique(h, p)?;
    let mut words = phrase_words(h, oblique, TITLE_OBJECT_WORDS);
    if tree.rel(oblique) == Rel::COMPOUND {
        // Rule "date's compound": its modifiers after the amount run into the date's own
        // words ("at $117.375 [in New York Stock] Exchange … trading yesterday"): left out.
        let numbers: Vec<usize> = tree.children_by(oblique, Rel::NUMMOD).collect();
        words.retain(|&k| k <= oblique || numbers.iter().any(|&n| tree.dominates(n, k)));
    }
    continue_compound(h, &mut words);
    // Rule "part of": "joins as part of marking the anniversary".
    if let Some(of) = part_of(h, oblique) {
        words = with_part_of(h, oblique, of, TITLE_OBJECT_WORDS);
    }
    let partitive = part_of(h, oblique).is_some();
    // Rule "only a preposition": "… from City Hall amid [stifling heat]".
    while words.len() > 1 && words.last().is_some_and(|&k| only_preposition(h, k)) {
        words.pop();
    }
    (!words.is_empty()).then(|| match names_list(h, oblique).filter(|_| !partitive) {
        Some(names) => {
            let case = tree.children_by(oblique, Rel::CASE).map(|c| h.word(c).to_lowercase());
            let case: Vec<String> = case.collect();
            format!("{} {names}", case.join(" ")).trim().to_string()
        }
        None => render(h, &words),
    })
}

/// Rule "lone indirect object": an indirect object is the second of two objects, so one
/// that stands alone after verb `p` ("endorsed Mrs. Clinton this month", the parser reading
/// the title as a first object) is the verb's object. Not when the verb has an object, a
/// date the parser took for one, or a clause of its own ("told reporters that …": the
/// clause is what was told).
fn lone_indirect_object(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let other = tree.children(p).iter().any(|&c| {
        matches!(tree.rel(c), Rel::OBJ | Rel::CCOMP | Rel::XCOMP) || tree.rel(c).is_a(Rel::CSUBJ)
    });
    let mut indirect = tree.children_by(p, Rel::IOBJ);
    let lone = indirect
        .next()
        .filter(|&o| o > p && !h.in_date(o) && matches!(tree.upos(o), Upos::Noun | Upos::Propn))?;
    (!other && indirect.next().is_none()).then_some(lone)
}

/// Rule "infinitive after a date": a verb with no object or complement whose infinitive
/// follows it with only its date between ("announced on Monday to offer a reward", the
/// parser's purpose clause) is completed by that infinitive — not one that reports a clause
/// of its own ("tweeted on Friday to say he had never …": the title would stop at "to say").
fn infinitive_after_date(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    if tree.children(p).iter().any(|&c| tree.rel(c) == Rel::CCOMP) {
        return None;
    }
    tree.children_by(p, Rel::ADVCL).find(|&x| {
        let (start, _) = tree.extent(x);
        let dated = |k: usize| {
            h.in_date(k) || (tree.rel(k) == Rel::CASE && tree.head(k).is_some_and(|d| h.in_date(d)))
        };
        let reports = tree.children(x).iter().any(|&c| tree.rel(c) == Rel::CCOMP);
        // Rule "set-off infinitive": one a comma opens ("who died in February, to provide
        // …") is a purpose clause of the sentence, not what the verb needs.
        let set_off = tree.upos(start) == Upos::Punct;
        x > p
            && infinitive(h, x)
            && !reports
            && !set_off
            && start > p + 1
            && (p + 1..start).all(dated)
    })
}

/// Rule "object before its date": "took a more personal turn Thursday", where the parser
/// made the date the verb's object and hung the object's words on it: the words between the
/// verb and the date, opened by a determiner right after the verb and ended by a noun (or a
/// noun the tagger read as a verb) right before the date, are the object.
pub(super) fn object_before_date(h: &Headline<'_>, p: usize) -> Option<Vec<usize>> {
    let tree = &h.st.tree;
    let date =
        tree.children(p).iter().copied().find(|&c| tree.rel(c) == Rel::OBJ && h.in_date(c))?;
    let first = tree.children(date).iter().copied().filter(|&c| c > p && !h.in_date(c)).min()?;
    let words: Vec<usize> = (first..date).take_while(|&k| !h.in_date(k)).collect();
    let last = *words.last()?;
    let whole = words.iter().all(|&k| tree.dominates(date, k));
    let opens = first == p + 1 && tree.upos(first) == Upos::Det;
    let ends = matches!(tree.upos(last), Upos::Noun | Upos::Verb) && h.in_date(last + 1);
    (words.len() >= 2 && whole && opens && ends).then_some(words)
}

/// Rule "passive complement": what passive `p` without a "by" agent needs to read whole:
/// its open complement ("were left content", "was declared dead") or its first oblique
/// opened by a preposition such a passive governs ("inundated with visitors", "sentenced to
/// life", "accused of fraud"); a place or time oblique ("killed in the blast") is left out.
pub(super) fn passive_complement(h: &Headline<'_>, p: usize) -> Option<String> {
    let tree = &h.st.tree;
    let open = tree
        .children_by(p, Rel::XCOMP)
        .find(|&x| x > p && matches!(tree.upos(x), Upos::Adj | Upos::Noun) && !h.in_date(x));
    let governed = || {
        oblique(h, p).filter(|&o| {
            let case: Vec<String> =
                tree.children_by(o, Rel::CASE).map(|c| h.word(c).to_lowercase()).collect();
            case.len() == 1 && PASSIVE_PREPOSITIONS.contains(&case[0].as_str())
        })
    };
    let words = phrase_words(h, open.or_else(governed)?, TITLE_OBJECT_WORDS);
    (!words.is_empty()).then(|| render(h, &words))
}

/// Rule "possessive her": "released her returns this year", where the parser made "her" the
/// object and "returns" an open complement: a complement in the "-s" form right after "her"
/// is no verb (an open complement is an infinitive or a participle) but the noun "her"
/// possesses.
pub(super) fn possessed_noun(h: &Headline<'_>, p: usize, object: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let next = object + 1;
    let word = h.word(next.min(tree.len().saturating_sub(1))).to_lowercase();
    let plural = word.ends_with('s') && !word.ends_with("ss") && word != h.lemma(next);
    (h.word(object).eq_ignore_ascii_case("her")
        && next < tree.len()
        && tree.rel(next) == Rel::XCOMP
        && tree.head(next) == Some(p)
        && plural
        && tree.children_by(next, Rel::MARK).next().is_none())
    .then_some(next)
}

/// The first oblique that completes verb `p`: after the verb (a fronted oblique, "In a speech
/// in Florida, Clinton laid out …", sets the scene), not a date, and before any conjunct of
/// the verb ("aired on Thursday, and was light on details": "on details" is the conjunct's).
/// A phrase the parser hung on the verb's date is the verb's ("began delving Thursday into
/// the slayings").
pub(super) fn oblique(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let conjunct = tree.children_by(p, Rel::CONJ).next().unwrap_or(usize::MAX);
    let conjunct = conjunct.min(next_predicate(h, p));
    let prepositional = |c: usize| tree.children_by(c, Rel::CASE).next().is_some();
    let own = tree.children(p).iter().copied().filter(|&c| {
        tree.rel(c).is_a(Rel::OBL)
            && tree.rel(c) != Rel::OBL_AGENT
            && !h.in_date(c)
            && !time_adverbial(h, c)
            && !caseless_name(h, c)
    });
    // Rule "date's compound": a compound with a preposition is a phrase the parser misread
    // as part of the date ("to close at $117.375 in … trading yesterday").
    let of_date = tree.children(p).iter().copied().filter(|&d| h.in_date(d)).flat_map(|d| {
        tree.children(d).iter().copied().filter(|&g| {
            matches!(tree.rel(g), Rel::NMOD | Rel::COMPOUND) && prepositional(g) && !h.in_date(g)
        })
    });
    own.chain(of_date).filter(|&c| c > p && c < conjunct).min()
}

/// Rule "other conjunct's oblique": the first coordinating conjunction after verb `p` that a
/// predicate of its own follows ("aired on Thursday, and was light on details", which the
/// parser may hang on the date: "light" a conjunct of "Thursday", "on details" an oblique of
/// "aired"): what comes after it is that predicate's. `usize::MAX` when none.
pub(super) fn next_predicate(h: &Headline<'_>, p: usize) -> usize {
    let tree = &h.st.tree;
    let predicate =
        |k: usize| matches!(tree.upos(k), Upos::Aux | Upos::Verb) && !tree.rel(k).is_a(Rel::ACL);
    (p + 1..tree.len().saturating_sub(1))
        .find(|&k| {
            tree.upos(k) == Upos::Cconj
                && tree.head(k) != Some(p)
                && (k + 1..tree.len()).find(|&j| tree.upos(j) != Upos::Adv).is_some_and(predicate)
        })
        .unwrap_or(usize::MAX)
}

/// Rule "noun's clause": a "that"-clause right after a noun of content that is an oblique of
/// verb `p` ("seethed after the disclosure that Mills was granted protection", which the
/// parser may hang on the verb) is the noun's content, not what the verb reports.
pub(super) fn nouns_clause(h: &Headline<'_>, p: usize, clause: usize) -> bool {
    let tree = &h.st.tree;
    let (start, _) = tree.extent(clause);
    let noun = start.checked_sub(1).filter(|&n| {
        tree.upos(n) == Upos::Noun
            && tree.head(n) == Some(p)
            && tree.rel(n).is_a(Rel::OBL)
            && CONTENT_NOUNS.contains(&h.lemma(n).as_str())
    });
    h.word(start).eq_ignore_ascii_case("that") && noun.is_some()
}

/// Rule "up to an amount": "acquire up to 30.2% of Cineplex", where the parser made "up" a
/// particle of the verb and "to 30.2%" an oblique: the amount is the verb's object, "up to"
/// its bound. The oblique opened by "to" right after the verb's "up", headed by or counting
/// a number.
pub(super) fn up_to_amount(h: &Headline<'_>, p: usize) -> Option<usize> {
    let tree = &h.st.tree;
    let up = tree
        .children(p)
        .iter()
        .copied()
        .find(|&c| c > p && h.word(c).eq_ignore_ascii_case("up") && tree.rel(c) != Rel::OBJ)?;
    // The parser may hang the amount on the verb's governor ("planned to buy up to 12%").
    let governor = tree.head(p).filter(|_| tree.rel(p) == Rel::XCOMP);
    let governed = governor.into_iter().flat_map(|g| tree.children(g).iter().copied());
    tree.children(p).iter().copied().chain(governed).find(|&o| {
        let amount = matches!(tree.upos(o), Upos::Num | Upos::Sym)
            || tree.children_by(o, Rel::NUMMOD).next().is_some();
        let to = tree.children_by(o, Rel::CASE).any(|c| c == up + 1 && h.lemma(c) == "to");
        tree.rel(o).is_a(Rel::OBL) && amount && to
    })
}

/// Rule "relative object": the object of a relative clause whose object is the relative
/// pronoun is the noun the clause modifies ("the old oak which the city felled" → "The city
/// fells the old oak"). Not when the pronoun is the
/// clause's subject ("who shot Y", rule "antecedent").
pub(super) fn relative_object(h: &Headline<'_>, p: usize) -> Option<String> {
    let tree = &h.st.tree;
    if tree.rel(p) != Rel::ACL_RELCL || tree.is_passive(p) {
        return None;
    }
    let relative = |w: usize| RELATIVE_PRONOUNS.contains(&h.lemma(w).as_str());
    let subject = tree.children(p).iter().copied().find(|&c| tree.rel(c).is_a(Rel::NSUBJ))?;
    let antecedent = tree.head(p).filter(|&a| matches!(tree.upos(a), Upos::Noun | Upos::Propn))?;
    let object =
        tree.children(p).iter().copied().find(|&c| tree.rel(c) == Rel::OBJ && !h.in_date(c));
    let Some(object) = object else {
        return contact_object(h, p, subject, antecedent);
    };
    (relative(object) && !relative(subject) && antecedent < object)
        .then(|| antecedent_phrase(h, antecedent))
}

/// Rule "stranded preposition": a relative clause whose preposition is left without its
/// noun ("a threat Churchill warned about in his speech", "the house she grew up in") has
/// the noun the clause modifies for it: "Churchill warns about a threat". Not a passive, nor
/// a clause with an object of its own or a relative pronoun for subject.
fn stranded_object(h: &Headline<'_>, p: usize) -> Option<String> {
    let tree = &h.st.tree;
    if tree.rel(p) != Rel::ACL_RELCL || tree.is_passive(p) || tree.objects(p).next().is_some() {
        return None;
    }
    let antecedent =
        tree.head(p).filter(|&a| a < p && matches!(tree.upos(a), Upos::Noun | Upos::Propn))?;
    let subject = tree.children(p).iter().copied().find(|&c| tree.rel(c).is_a(Rel::NSUBJ))?;
    if RELATIVE_PRONOUNS.contains(&h.lemma(subject).as_str()) {
        return None;
    }
    let stranded = |c: &usize| {
        *c > p
            && tree.upos(*c) == Upos::Adp
            && tree.children(*c).is_empty()
            && tree.rel(*c) != Rel::COMPOUND_PRT
    };
    let preposition = tree.children(p).iter().copied().rfind(stranded)?;
    // The noun with its modifiers before it: a copula or subject the parser hung on it
    // ("It was a threat …") is no part of it.
    let modifier = |c: usize| {
        c < antecedent
            && matches!(
                tree.rel(c),
                Rel::DET | Rel::AMOD | Rel::COMPOUND | Rel::NMOD_POSS | Rel::NUMMOD
            )
    };
    let start = tree
        .children(antecedent)
        .iter()
        .copied()
        .filter(|&c| modifier(c))
        .map(|c| tree.extent(c).0)
        .min()
        .unwrap_or(antecedent);
    let words: Vec<usize> = (start..=antecedent).collect();
    let noun = match h.actor_at(antecedent) {
        Some(_) => noun_phrase(h, antecedent, TITLE_OBJECT_WORDS),
        None => render(h, &words),
    };
    Some(format!("{} {noun}", h.word(preposition).to_lowercase()))
}

/// Rule "contact clause": relative clause `p` without a relative pronoun, opening right after
/// the noun it modifies with its subject, whose verb has no object (but a date the parser
/// took for one) and no clause of its own, takes that noun as its object ("the speech he
/// gave Monday": "He gives the speech"). A noun of time, place, manner or reason is none
/// ("the day he arrived"). "The one" stands for the noun it is compared with ("a performance
/// like the one he delivered": "a performance").
fn contact_object(h: &Headline<'_>, p: usize, subject: usize, antecedent: usize) -> Option<String> {
    let tree = &h.st.tree;
    let opens = tree.extent(subject).0 == antecedent + 1 && tree.extent(p).0 == antecedent + 1;
    let own_clause =
        tree.children(p).iter().any(|&c| matches!(tree.rel(c), Rel::XCOMP | Rel::CCOMP));
    let lemma = h.lemma(antecedent);
    let adverbial = ADVERBIAL_ANTECEDENTS.contains(&lemma.as_str()) || h.in_date(antecedent);
    let relative = RELATIVE_PRONOUNS.contains(&h.lemma(subject).as_str());
    if !opens || own_clause || adverbial || relative {
        return None;
    }
    let compared = tree.head(antecedent).filter(|&n| {
        lemma == "one" && tree.rel(antecedent).is_a(Rel::NMOD) && tree.upos(n) == Upos::Noun
    });
    let Some(noun) = compared else {
        return Some(noun_phrase(h, antecedent, TITLE_OBJECT_WORDS));
    };
    let mut words: Vec<usize> = tree
        .children(noun)
        .iter()
        .copied()
        .filter(|&c| c < noun && matches!(tree.rel(c), Rel::AMOD | Rel::COMPOUND))
        .collect();
    words.push(noun);
    let phrase = render(h, &words);
    let article = if phrase.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    Some(format!("{article} {phrase}"))
}

/// Rule "relative object" through an open complement: "the target it pledged to reach at the
/// talks", a relative clause without a relative pronoun whose verb and open complement `x`
/// have no object: the noun the clause modifies is the complement's object ("pledges to
/// reach the emissions reduction target").
pub(super) fn complement_relative_object(h: &Headline<'_>, p: usize, x: usize) -> Option<String> {
    let tree = &h.st.tree;
    let relative = |w: usize| RELATIVE_PRONOUNS.contains(&h.lemma(w).as_str());
    let objectless = |v: usize| tree.objects(v).next().is_none();
    let to = tree.children_by(x, Rel::MARK).find(|&m| h.lemma(m) == "to")?;
    let antecedent = tree.head(p).filter(|&a| matches!(tree.upos(a), Upos::Noun | Upos::Propn))?;
    let unmarked = !tree.children(p).iter().any(|&c| relative(c));
    let open = tree.upos(x) == Upos::Verb && objectless(p) && objectless(x) && antecedent < p;
    (tree.rel(p) == Rel::ACL_RELCL && unmarked && open).then(|| {
        let object = noun_phrase(h, antecedent, TITLE_OBJECT_WORDS);
        format!("{} {} {object}", h.word(to), h.word(x))
    })
}

#[cfg(test)]
mod tests {
    use crate::event::headline::tests::{assert_titled, titles};

    #[test]
    fn a_conjunct_with_a_copula_is_a_clause_of_its_own_with_what_follows_it() {
        let t = titles(
            "The pair recorded a long interview that aired on Friday, and was light on facts.",
        );
        assert!(t.iter().any(|t| t == "A long interview airs"), "{t:?}");
    }

    #[test]
    fn a_that_clause_after_a_noun_of_content_is_the_noun_s() {
        let t = titles(
            "Council Republicans seethed after the disclosure that the governor's lawyer Ann \
             Kerr was granted immunity from prosecution for handing over the files.",
        );
        assert!(t.iter().any(|t| t.ends_with("after the disclosure")), "{t:?}");
        assert!(t.iter().all(|t| !t.contains("seethes Ann Kerr")), "{t:?}");
    }

    #[test]
    fn an_infinitive_on_the_noun_of_a_rate_is_the_verb_s() {
        let t = titles(
            "Northwind's stock rose 40 cents a share to close at $12.25 in heavy trading \
             yesterday.",
        );
        assert!(t.iter().any(|t| t.starts_with("Northwind's stock closes at $12.25")), "{t:?}");
    }

    #[test]
    fn a_long_coordinated_object_loses_its_last_conjunct_s_modifiers_first() {
        let t = titles(
            "Harbor Mills Inc., Dover, Del., said it agreed to acquire the environmental \
             testing and industrial cleaning businesses of Northwind Holdings Inc. of Milford, \
             Conn.",
        );
        assert!(
            t.iter().any(
                |t| t.ends_with("the environmental testing and industrial cleaning businesses")
            ),
            "{t:?}"
        );
    }

    #[test]
    fn a_plan_told_in_the_past_keeps_its_verb_and_up_to_keeps_its_amount() {
        let t = titles(
            "Last March, Ms. Okafor and a group of local investors planned to buy up to 12% of \
             Harbor Mills for $9 a share.",
        );
        assert!(t.iter().any(|t| t.starts_with("Ms. Okafor plans to buy up to 12%")), "{t:?}");
    }

    #[test]
    fn a_stranded_preposition_takes_the_noun_its_relative_clause_modifies() {
        let t = titles(
            "It was a danger Senator Mary Olsen spoke about in her long speech on June 2, 1987.",
        );
        assert!(t.contains(&"Mary Olsen speaks about a danger".to_string()), "{t:?}");
    }

    #[test]
    fn a_lone_indirect_object_is_the_object() {
        // Rule "lone indirect object": the parser reads "Mrs." as a first object.
        assert_titled(
            "Ever since she endorsed Mrs. Lopez this month, Ms. Warren has been a powerful \
             surrogate.",
            "Warren endorses Lopez",
        );
    }

    #[test]
    fn an_infinitive_after_the_date_completes_the_verb() {
        let t = titles("Jane Ruiz announced on Monday to offer a reward for information.");
        assert!(t.iter().any(|t| t.contains("announces to offer a reward")), "{t:?}");
        // An infinitive that reports a clause would be cut at "to say".
        let t = titles("Jane Ruiz posted on Friday to say she had never met the donor.");
        assert!(t.iter().all(|t| !t.ends_with("to say")), "{t:?}");
    }
}
