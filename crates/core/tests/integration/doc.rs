//! The tokenizer under every stage: whatever the text (empty, only punctuation, other scripts,
//! CRLF, invalid UTF-8 decoded lossily, very long), `Doc::new` never panics, its tokens cover
//! every visible character exactly once, in order, on char boundaries, and its time grows
//! linearly with the text. Look-ups with any span (out of the text, inside a character) never
//! panic either.

use dateline_core::article::{sentences, Article};
use dateline_core::doc::{Doc, Kind};
use dateline_core::Span;
use proptest::prelude::*;

/// Zero-width characters: neither tokens nor space (see `doc`'s conventions).
fn invisible(c: char) -> bool {
    matches!(c, '\u{feff}' | '\u{200b}' | '\u{2060}' | '\u{00ad}')
}

fn check_invariants(text: &str) {
    let doc = Doc::new(text);
    let mut covered_to = 0;
    for (i, t) in doc.tokens().iter().enumerate() {
        assert!(t.span.start < t.span.end, "empty token {i} in {text:?}");
        assert!(t.span.start >= covered_to, "tokens out of order in {text:?}");
        let raw = text.get(t.span.start..t.span.end).expect("token on char boundaries");
        assert!(!raw.chars().any(char::is_whitespace), "blank inside {raw:?} in {text:?}");
        let gap = &text[covered_to..t.span.start];
        assert!(gap.chars().all(|c| c.is_whitespace() || invisible(c)), "uncovered {gap:?}");
        assert_eq!(t.spaced, i == 0 || gap.chars().any(char::is_whitespace), "spaced {i}");
        assert_eq!(doc.raw(i), raw);
        assert!(!doc.norm(i).is_empty());
        covered_to = t.span.end;
    }
    let rest = &text[covered_to..];
    assert!(rest.chars().all(|c| c.is_whitespace() || invisible(c)), "uncovered end {rest:?}");
}

fn check_lookups(text: &str, a: usize, b: usize) {
    let mut doc = Doc::new(text);
    let span = Span::new(a, b);
    let range = doc.tokens_in(span);
    assert!(range.end <= doc.len());
    for s in doc.stretches_in(span) {
        assert!(span.contains(s.span) && !s.tokens.is_empty());
    }
    let found = sentences(text, Span::new(0, text.len()));
    doc.set_sentences(&found);
    doc.set_sentences(&[span, Span::new(0, a)]);
    for i in 0..doc.len() + 2 {
        let _ = (doc.sent_of(i), doc.norm(i), doc.raw(i), doc.glued(i), doc.line_start(i));
    }
}

#[test]
fn edge_texts_keep_the_invariants() {
    for text in [
        "",
        " ",
        "\r\n\r\n",
        "...",
        "?!,;:—–-'\"“”‘’«»()[]{}",
        "'",
        "n't",
        "'s",
        "U.S.",
        "a.",
        "@",
        "a@b.c",
        "http://",
        "www.",
        "1,",
        "1,000,0000",
        "\u{feff}",
        "\u{200b}x\u{200b}",
        "x\u{0301}\u{0301}",
        "\u{0301}",
        "문재인 대통령은 2019년 6월 30일 판문점에서",
        "東京で。「はい」と言った",
        "الرئيس مون جاي إن",
        "Line one\r\nLine two\rLine three\u{2028}four",
        "😀👍🏽 #tag $5 5% &amp;",
    ] {
        check_invariants(text);
        check_lookups(text, 0, text.len());
        check_lookups(text, 1, 3);
        check_lookups(text, 7, 2);
    }
}

#[test]
fn crlf_lines_are_line_starts_and_never_tokens() {
    let doc = Doc::new("Seoul, June 13\r\n\r\nKim met Moon.\r\n");
    let starts: Vec<&str> =
        (0..doc.len()).filter(|&i| doc.line_start(i)).map(|i| doc.raw(i)).collect();
    assert_eq!(starts, ["Kim"]);
    assert!(doc.tokens().iter().all(|t| !t.span.of(doc.text()).contains('\r')));
}

#[test]
fn sentences_from_the_article_reader_become_token_ranges() {
    let text = "Seoul, June 13\n\nMr. Kim met the U.S. envoy. He didn't say when.\n";
    let article = Article::parse(text);
    let mut doc = Doc::new(text);
    let spans: Vec<Span> =
        article.paragraphs.iter().flat_map(|p| p.sentences.iter().copied()).collect();
    doc.set_sentences(&spans);
    let sents: Vec<Vec<&str>> =
        doc.sentences().iter().map(|r| r.clone().map(|i| doc.raw(i)).collect()).collect();
    assert_eq!(
        sents,
        [
            vec!["Mr.", "Kim", "met", "the", "U.S.", "envoy", "."],
            vec!["He", "did", "n't", "say", "when", "."],
        ]
    );
    let didnt = (0..doc.len()).find(|&i| doc.is(i, "n't")).unwrap();
    assert_eq!(doc.sent_of(didnt), Some(1));
    assert_eq!(doc.kind(didnt), Some(Kind::Word));
}

#[test]
fn ten_thousand_tokens() {
    let text = "Moon Jae-in's aide didn't say, at 10:30 a.m., that 2,000 U.S. troops left. "
        .repeat(10_000 / 20 + 1);
    let doc = Doc::new(&text);
    assert!(doc.len() >= 10_000);
    check_invariants(&text);
}

#[test]
fn time_grows_linearly_with_the_text() {
    // Each unit repeated: 16 times the text must not take much more than 16 times as long (a
    // quadratic tokenizer would take 256 times). The units target the look-aheads: clitics,
    // dotted abbreviations, number groups, e-mail addresses and URLs, runs of one mark.
    let units = [
        "Moon Jae-in's aide didn't say, at 10:30 a.m., that 2,000 U.S. troops left. ",
        "a.",
        "a.a.a.",
        "n't",
        "'",
        "x@",
        "a.b.c.d.e@",
        "https://",
        "1,000,",
        "1.2.3.",
        "a'b'c'",
        "...",
        "문재인",
    ];
    let time = |text: &str| {
        crate::fastest(5, || {
            std::hint::black_box(Doc::new(text));
        })
    };
    for unit in units {
        let small = unit.repeat(20_000 / unit.len() + 1);
        let large = small.repeat(16);
        time(&small);
        let (t_small, t_large) = (time(&small), time(&large));
        assert!(
            t_large < t_small * 16.0 * 4.0 + 0.02,
            "{unit:?}: small {t_small:.4}s, large {t_large:.4}s"
        );
    }
}

proptest! {
    #[test]
    fn doc_never_panics_and_covers_every_visible_character(s in "\\PC{0,200}") {
        check_invariants(&s);
    }

    #[test]
    fn doc_never_panics_on_lossily_decoded_bytes(
        bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)
    ) {
        let text = dateline_core::decode(&bytes).text.into_owned();
        check_invariants(&text);
    }

    #[test]
    fn doc_keeps_the_invariants_on_article_like_text(
        s in crate::article::properties::article_like()
    ) {
        check_invariants(&s);
    }

    #[test]
    fn tricky_pieces_keep_the_invariants(
        pieces in proptest::collection::vec(proptest::sample::select(vec![
            "'", "’", "s", "n", "t", "n't", "do", ".", "U", "S", "a", "m", "Mr", "1", "000", ",",
            ":", "/", "@", "-", "http://", "www.", " ", "\r\n", "\u{200b}", "\u{0301}", "é", "한",
        ]), 0..40),
        a in 0usize..120,
        b in 0usize..120,
    ) {
        let text: String = pieces.concat();
        check_invariants(&text);
        check_lookups(&text, a, b);
    }

    #[test]
    fn lookups_with_any_span_never_panic(s in "\\PC{0,80}", a in 0usize..100, b in 0usize..100) {
        check_lookups(&s, a, b);
    }
}
