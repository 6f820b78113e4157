//! Times the tagger and the parser apart on a CoNLL-U file (gold tokenization) and prints a
//! checksum of every tag, head and relation, so that a speed change can be shown to leave
//! the output exactly as it was:
//! `cargo run --profile release-native -p dateline-syntax --example speed -- FILE [SECONDS]`.
//! Times are this thread's CPU seconds (Linux's `/proc/thread-self/schedstat`).

use dateline_syntax::{conllu, Model};

fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .map_or(0.0, |ns| ns as f64 / 1e9)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let file = args.next().expect("usage: speed FILE.conllu [SECONDS]");
    let budget: f64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(2.0);
    let text = std::fs::read_to_string(&file).expect("readable file");
    let sentences = conllu::parse(&text).expect("CoNLL-U");
    let forms: Vec<Vec<&str>> = sentences.iter().map(|s| s.forms()).collect();
    let words: usize = forms.iter().map(Vec::len).sum();
    let model = Model::embedded();
    let taggings: Vec<_> = forms.iter().map(|f| model.tag(f)).collect();

    let mut checksum = 0u64;
    for (f, t) in forms.iter().zip(&taggings) {
        let a = model.parse_tagged(f, t.clone());
        for i in 0..f.len() {
            let v = (a.upos[i] as u64) << 32
                | (a.heads[i].map_or(0, |h| h as u64 + 1)) << 8
                | a.rels[i].index() as u64;
            checksum = (checksum.rotate_left(7) ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    let time = |what: &dyn Fn()| {
        let start = cpu_seconds();
        let mut rounds = 0;
        while rounds == 0 || cpu_seconds() - start < budget {
            what();
            rounds += 1;
        }
        (cpu_seconds() - start) / rounds as f64
    };
    let tag = time(&|| {
        for f in &forms {
            std::hint::black_box(model.tagger.tag(f));
        }
    });
    let tag_lemma = time(&|| {
        for f in &forms {
            std::hint::black_box(model.tag(f));
        }
    });
    let parse = time(&|| {
        for (f, t) in forms.iter().zip(&taggings) {
            std::hint::black_box(model.parser.parse(f, &t.upos));
        }
    });
    let all = time(&|| {
        for f in &forms {
            std::hint::black_box(model.analyze(f));
        }
    });
    let rate = |s: f64| words as f64 / s / 1000.0;
    println!(
        "words {words} checksum {checksum:016x} | tag {:.0}k/s tag+lemma {:.0}k/s parse {:.0}k/s analyze {:.0}k/s (words per CPU-s)",
        rate(tag),
        rate(tag_lemma),
        rate(parse),
        rate(all)
    );
}
