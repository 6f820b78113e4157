use super::*;

fn lemmatizer() -> Lemmatizer {
    let lexicon = [
        ("happy", ADJ),
        ("make", VERB),
        ("stop", VERB),
        ("horse", NOUN),
        ("big", ADJ),
        ("blame", NOUN),
    ];
    let mut lexicon: Vec<(String, u8)> = lexicon.iter().map(|(l, m)| (l.to_string(), *m)).collect();
    lexicon.sort();
    let exceptions =
        vec![Exception { key: "people".into(), upos: Upos::Noun as u8, lemma: "people".into() }];
    Lemmatizer::new(lexicon, exceptions)
}

#[test]
fn rules_lemmatize_regular_and_irregular_inflection() {
    let l = lemmatizer();
    for (form, upos, lemma) in [
        ("boxes", Upos::Noun, "box"),
        ("cities", Upos::Noun, "city"),
        ("cars", Upos::Noun, "car"),
        ("horses", Upos::Noun, "horse"),
        ("glass", Upos::Noun, "glass"),
        ("people", Upos::Noun, "people"),
        ("men", Upos::Noun, "man"),
        ("stopped", Upos::Verb, "stop"),
        ("making", Upos::Verb, "make"),
        ("walking", Upos::Verb, "walk"),
        ("liked", Upos::Verb, "like"),
        ("tries", Upos::Verb, "try"),
        ("watches", Upos::Verb, "watch"),
        ("went", Upos::Verb, "go"),
        ("Was", Upos::Aux, "be"),
        ("n't", Upos::Part, "not"),
        ("him", Upos::Pron, "he"),
        ("I", Upos::Pron, "I"),
        ("The", Upos::Det, "the"),
        ("Paris", Upos::Propn, "Paris"),
        ("1,200", Upos::Num, "1200"),
        ("“", Upos::Punct, "\""),
        ("better", Upos::Adj, "good"),
        ("happier", Upos::Adj, "happy"),
        ("biggest", Upos::Adj, "big"),
        ("other", Upos::Adj, "other"),
        // Rule "e restoration" on stems the lexicon does not know.
        ("praised", Upos::Verb, "praise"),
        ("paused", Upos::Verb, "pause"),
        ("overruled", Upos::Verb, "overrule"),
        ("required", Upos::Verb, "require"),
        ("aired", Upos::Verb, "air"),
        ("poured", Upos::Verb, "pour"),
        ("hauled", Upos::Verb, "haul"),
        // Rule "e restoration" by the ending's spelling.
        ("conceded", Upos::Verb, "concede"),
        ("convened", Upos::Verb, "convene"),
        // Rule "stressed -el".
        ("repelled", Upos::Verb, "repel"),
        ("expelling", Upos::Verb, "expel"),
        ("excelled", Upos::Verb, "excel"),
        ("misspelled", Upos::Verb, "misspell"),
        ("yelled", Upos::Verb, "yell"),
        ("enlivened", Upos::Verb, "enliven"),
        ("threatened", Upos::Verb, "threaten"),
        ("included", Upos::Verb, "include"),
        ("exploded", Upos::Verb, "explode"),
        ("charged", Upos::Verb, "charge"),
        ("challenging", Upos::Verb, "challenge"),
        ("collapsed", Upos::Verb, "collapse"),
        ("declined", Upos::Verb, "decline"),
        ("declared", Upos::Verb, "declare"),
        ("negotiated", Upos::Verb, "negotiate"),
        ("quoted", Upos::Verb, "quote"),
        ("restored", Upos::Verb, "restore"),
        ("breathing", Upos::Verb, "breathe"),
        ("agreed", Upos::Verb, "agree"),
        ("agreeing", Upos::Verb, "agree"),
        ("died", Upos::Verb, "die"),
        ("lying", Upos::Verb, "lie"),
        ("cheated", Upos::Verb, "cheat"),
        ("avoided", Upos::Verb, "avoid"),
        ("crawling", Upos::Verb, "crawl"),
        ("banged", Upos::Verb, "bang"),
        ("sponsored", Upos::Verb, "sponsor"),
        ("targeted", Upos::Verb, "target"),
        // A base known only as a noun beats the rule's default ("blam").
        ("blamed", Upos::Verb, "blame"),
    ] {
        assert_eq!(l.lemma(form, upos), lemma, "{form} {upos:?}");
    }
}

#[test]
fn the_section_round_trips_and_rejects_garbage() {
    let l = lemmatizer();
    let mut w = Writer::default();
    l.write(&mut w);
    let bytes = w.into_bytes();
    let back = Lemmatizer::read(&mut Reader::new(&bytes)).unwrap();
    assert_eq!(back.lexicon, l.lexicon);
    assert_eq!(back.exceptions, l.exceptions);
    for cut in 1..bytes.len() {
        let mut r = Reader::new(&bytes[..cut]);
        assert!(Lemmatizer::read(&mut r).map_or(true, |_| r.remaining() != 0) || cut == 0);
    }
}

#[test]
fn any_word_gets_a_lemma_without_panic() {
    let l = lemmatizer();
    for form in [
        "",
        "s",
        "es",
        "ies",
        "ing",
        "ed",
        "'s",
        "서울",
        "ÉTÉS",
        "...",
        "x".repeat(10_000).as_str(),
        "ßing",
    ] {
        for upos in UPOS_ALL {
            let _ = l.lemma(form, upos);
        }
    }
}

#[test]
fn a_lowercase_name_is_capitalized_only_when_known_so() {
    let mut lexicon = vec![("Google".to_string(), PROPN), ("apple".to_string(), NOUN | PROPN)];
    lexicon.sort();
    let l = Lemmatizer::new(lexicon, Vec::new());
    assert_eq!(l.lemma("google", Upos::Propn), "Google");
    assert_eq!(l.lemma("apple", Upos::Propn), "apple");
    assert_eq!(l.lemma("kerala", Upos::Propn), "kerala");
    assert_eq!(l.lemma("", Upos::Propn), "");
    assert_eq!(l.lemma("éa", Upos::Propn), "éa");
    assert_eq!(l.by_rules("X", Upos::Noun), "X");
    assert_eq!(l.by_rules("X", Upos::Verb), "x");
}

#[test]
fn sorted_tables_answer_as_the_tables_do() {
    for t in [IRREGULAR_VERBS, IRREGULAR_NOUNS, IRREGULAR_ADJECTIVES] {
        let sorted = Sorted::new(t);
        for &(word, _) in t {
            assert_eq!(sorted.get(word), table(t, word), "{word}");
        }
        for word in ["", "walked", "zzz", "a"] {
            assert_eq!(sorted.get(word), table(t, word), "{word}");
        }
    }
    // The first entry of a word wins, as in a scan.
    let twice = [("b", "1"), ("a", "2"), ("b", "3")];
    assert_eq!(Sorted::new(&twice).get("b"), Some("1"));
    assert_eq!(irregular().verbs.get("was"), Some("be"));
}
