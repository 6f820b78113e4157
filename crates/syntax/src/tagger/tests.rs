use super::*;

#[test]
fn an_empty_tagger_tags_every_word_x() {
    let t = Tagger::empty();
    assert_eq!(t.tag(&["a", "b"]), vec![Upos::X, Upos::X]);
    assert!(t.tag(&[]).is_empty());
}

/// A tiny hand-made corpus in CoNLL-U (tags only; heads are not used by the tagger).
#[cfg(feature = "train")]
fn corpus() -> Vec<crate::conllu::Sentence> {
    let sentences: &[&[(&str, &str)]] = &[
        &[("the", "DET"), ("dog", "NOUN"), ("runs", "VERB"), (".", "PUNCT")],
        &[("a", "DET"), ("cat", "NOUN"), ("sleeps", "VERB"), (".", "PUNCT")],
        &[("the", "DET"), ("big", "ADJ"), ("dog", "NOUN"), ("sleeps", "VERB"), (".", "PUNCT")],
        &[("she", "PRON"), ("runs", "VERB"), ("quickly", "ADV"), (".", "PUNCT")],
        &[("Anna", "PROPN"), ("saw", "VERB"), ("a", "DET"), ("small", "ADJ"), ("cat", "NOUN")],
        &[("we", "PRON"), ("walked", "VERB"), ("to", "ADP"), ("the", "DET"), ("park", "NOUN")],
    ];
    let mut text = String::new();
    for words in sentences {
        for (i, (form, upos)) in words.iter().enumerate() {
            text.push_str(&format!("{}\t{form}\t_\t{upos}\t_\t_\t0\troot\t_\t_\n", i + 1));
        }
        text.push('\n');
    }
    crate::conllu::parse(&text).expect("the hand-made corpus parses")
}

#[cfg(feature = "train")]
#[test]
fn a_trained_tagger_round_trips_through_its_section() {
    let train = corpus();
    // Unpruned: a corpus this small gives small averaged weights.
    let options = crate::TrainOptions { seed: 7, iterations: Some(10) };
    let tagger = training::train_with(&train, &train, &options, 0.0, 0, &mut |_| {});
    let mut w = Writer::default();
    tagger.write(&mut w);
    let bytes = w.into_bytes();
    let back = Tagger::read(&mut Reader::new(&bytes)).expect("the section reads back");
    let sentences = [
        vec!["the", "cat", "runs", "."],
        vec!["a", "small", "dog", "walked", "to", "Anna"],
        vec!["unseen", "words", "here"],
    ];
    for s in &sentences {
        assert_eq!(tagger.tag(s), back.tag(s));
    }
    assert_eq!(
        back.tag(&["the", "dog", "sleeps", "."]),
        [Upos::Det, Upos::Noun, Upos::Verb, Upos::Punct]
    );
    // Same seed, same model.
    let again = training::train_with(&train, &train, &options, 0.0, 0, &mut |_| {});
    let mut w2 = Writer::default();
    again.write(&mut w2);
    assert_eq!(w2.into_bytes(), bytes);
    // A cut section is an error, never a panic.
    for cut in 0..bytes.len() {
        assert!(Tagger::read(&mut Reader::new(&bytes[..cut])).is_err(), "cut at {cut}");
    }
}

#[cfg(feature = "train")]
#[test]
fn any_input_is_tagged_without_panic() {
    let train = corpus();
    let options = crate::TrainOptions { seed: 1, iterations: Some(2) };
    let tagger = Tagger::train(&train, &train, &options, &mut |_| {});
    let long = "x".repeat(5_000);
    let inputs: Vec<Vec<&str>> = vec![
        vec![],
        vec![""],
        vec!["", "", ""],
        vec!["...", "!!", "?"],
        vec!["서울", "에서", "Ünïcödé", "ΣΊΣΥΦΟΣ", "ﬁ", "İ"],
        vec![long.as_str()],
        vec!["a"; 10_000],
    ];
    for words in &inputs {
        assert_eq!(tagger.tag(words).len(), words.len());
    }
}
