//! The object or complement of a headline's verb (rules "passive complement", "object before
//! its date", "possessive her", "relative object", the oblique that completes a verb), each
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
    if let Some(object) = relative_object(h, p).filter(|_| depth == 0) {
        return Some(object);
    }
    // A date the parser took for the object ("ruled Friday against the rule") is none, nor
    // the "that" opening a reported clause.
    let object = tree.children(p).iter().copied().find(|&c| {
        tree.rel(c) == Rel::OBJ && !h.in_date(c) && !(depth > 0 && opening_that(h, p, c))
    });
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
        if let Some(words) = article_phrase(h, object, TITLE_OBJECT_WORDS) {
            return Some(render(h, &words));
        }
        if let Some(noun) = possessed_noun(h, p, object) {
            let words = phrase_words(h, noun, TITLE_OBJECT_WORDS - 1);
            return Some(format!("{} {}", h.word(object), render(h, &words)));
        }
        return Some(noun_phrase(h, object, TITLE_OBJECT_WORDS));
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
    // "revealed that Kim had sent a letter": the reported clause, as a headline of its own.
    // Rule "clause after a date": "announced Tuesday that …"; rule "fronted reported clause":
    // "The campaign will release the records, a spokesman announced Monday".
    let reported = tree.children(p).iter().copied().find(|&c| tree.rel(c) == Rel::CCOMP);
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
    continue_compound(h, &mut words);
    (!words.is_empty()).then(|| match h.actor_at(oblique) {
        Some(actor) => {
            let case = tree.children_by(oblique, Rel::CASE).map(|c| h.word(c).to_lowercase());
            let case: Vec<String> = case.collect();
            format!("{} {}", case.join(" "), actor.name).trim().to_string()
        }
        None => render(h, &words),
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
    let prepositional = |c: usize| tree.children_by(c, Rel::CASE).next().is_some();
    let own =
        tree.children(p).iter().copied().filter(|&c| {
            tree.rel(c).is_a(Rel::OBL) && tree.rel(c) != Rel::OBL_AGENT && !h.in_date(c)
        });
    let of_date = tree.children(p).iter().copied().filter(|&d| h.in_date(d)).flat_map(|d| {
        tree.children(d)
            .iter()
            .copied()
            .filter(|&g| tree.rel(g) == Rel::NMOD && prepositional(g) && !h.in_date(g))
    });
    own.chain(of_date).filter(|&c| c > p && c < conjunct).min()
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
        .then(|| noun_phrase(h, antecedent, TITLE_OBJECT_WORDS))
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
