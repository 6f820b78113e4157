//! `dateline-train`: trains the syntax model on UD English EWT and writes the model file.
//!
//! ```text
//! dateline-train [--data DIR] [--out FILE] [--seed N] [--folds K] [--only PART --from FILE]
//!                [--extra CONLLU]...
//! dateline-train eval --model FILE CONLLU...
//! dateline-train convert [--model FILE] [--out FILE]
//! ```
//! Reads `en_ewt-ud-{train,dev,test}.conllu` from `--data` (default `../shared/data/ud-english-ewt`),
//! trains the lemmatizer, the tagger, then the parser on the tagger's jackknifed tags (`--folds`
//! tagger runs, each tagging the fold it did not see), scores the model on dev and test with
//! gold tokenization, records all of that in the model's `info` section and writes the file.
//! Not part of any shipped build; `./x train` runs it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser as Cli, Subcommand, ValueEnum};
use dateline_syntax::conllu::{self, Sentence};
use dateline_syntax::eval::Scores;
use dateline_syntax::{Lemmatizer, Model, Parser, Tagger, TrainOptions, Upos};

#[derive(Cli)]
#[command(
    name = "dateline-train",
    about = "Train Dateline's tagger, lemmatizer and parser on UD English EWT"
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Folder holding en_ewt-ud-{train,dev,test}.conllu.
    #[arg(long, default_value = "../shared/data/ud-english-ewt")]
    data: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "crates/syntax/model/en_ewt.model")]
    out: PathBuf,
    /// Seed of every shuffle.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Tagger training passes (default: the tagger's own).
    #[arg(long)]
    tagger_iterations: Option<usize>,
    /// Parser training passes (default: the parser's own).
    #[arg(long)]
    parser_iterations: Option<usize>,
    /// Jackknife folds for the parser's training tags (0: gold tags).
    #[arg(long, default_value_t = 4)]
    folds: usize,
    /// Train only this part, taking the others from --from.
    #[arg(long, requires = "from")]
    only: Option<Part>,
    /// An existing model to take the untrained parts from.
    #[arg(long)]
    from: Option<PathBuf>,
    /// More parser training trees (CoNLL-U) added to EWT's train split (the tagger and the
    /// lemmatizer learn EWT's alone): this project's own generated news constructions
    /// (`crates/train/constructions`). Their tags for the parser are jackknifed with EWT's.
    #[arg(long)]
    extra: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Score a model on CoNLL-U files with gold tokenization.
    Eval {
        #[arg(long, default_value = "crates/syntax/model/en_ewt.model")]
        model: PathBuf,
        files: Vec<PathBuf>,
    },
    /// Rewrite a model file in the current format (no retraining: the same weights).
    Convert {
        #[arg(long, default_value = "crates/syntax/model/en_ewt.model")]
        model: PathBuf,
        #[arg(long, default_value = "crates/syntax/model/en_ewt.model")]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Part {
    Lemma,
    Tagger,
    Parser,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let result = match &args.command {
        Some(Command::Eval { model, files }) => eval(model, files),
        Some(Command::Convert { model, out }) => convert(model, out),
        None => train(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dateline-train: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    conllu::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn load(path: &Path) -> Result<Model, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Model::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn score(model: &Model, gold: &[Sentence]) -> Scores {
    let mut s = Scores::default();
    for sent in gold {
        s.add(sent, &model.analyze(&sent.forms()));
    }
    s
}

fn eval(model: &Path, files: &[PathBuf]) -> Result<(), String> {
    let model = load(model)?;
    for f in files {
        let gold = read(f)?;
        let start = Instant::now();
        let s = score(&model, &gold);
        let secs = start.elapsed().as_secs_f64();
        println!("{}: {s} ({:.0} words/s)", f.display(), s.words as f64 / secs.max(1e-9));
    }
    Ok(())
}

/// Reads a model (of this format or the one before) and writes it in this one; the written
/// file must read back to the same bytes.
fn convert(model: &Path, out: &Path) -> Result<(), String> {
    let old = std::fs::read(model).map_err(|e| format!("{}: {e}", model.display()))?;
    let bytes = load(model)?.to_bytes();
    let again = Model::from_bytes(&bytes).map_err(|e| format!("rewritten model: {e}"))?;
    if again.to_bytes() != bytes {
        return Err("the rewritten model does not read back to the same bytes".into());
    }
    std::fs::write(out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "{}: {} bytes -> {}: {} bytes",
        model.display(),
        old.len(),
        out.display(),
        bytes.len()
    );
    Ok(())
}

fn log(line: &str) {
    eprintln!("  {line}");
}

fn train(args: &Args) -> Result<(), String> {
    let started = Instant::now();
    let train = read(&args.data.join("en_ewt-ud-train.conllu"))?;
    // The parser's trees: EWT's and any --extra ones (the tagger and lemmatizer learn EWT's alone).
    let mut trees = train.clone();
    for path in &args.extra {
        let more = read(path)?;
        eprintln!("{}: {} more parser training trees", path.display(), more.len());
        trees.extend(more);
    }
    let dev = read(&args.data.join("en_ewt-ud-dev.conllu"))?;
    let test = read(&args.data.join("en_ewt-ud-test.conllu"))?;
    eprintln!("read {} train, {} dev, {} test sentences", train.len(), dev.len(), test.len());
    let base = args.from.as_deref().map(load).transpose()?;
    let wants = |part: Part| args.only.is_none_or(|only| only == part);

    let lemmatizer = match (&base, wants(Part::Lemma)) {
        (Some(b), false) => b.lemmatizer.clone(),
        _ => {
            eprintln!("lemmatizer:");
            Lemmatizer::train(&train, &mut log)
        }
    };
    let tag_options = TrainOptions { seed: args.seed, iterations: args.tagger_iterations };
    let tagger = match (&base, wants(Part::Tagger)) {
        (Some(b), false) => b.tagger.clone(),
        _ => {
            eprintln!("tagger:");
            Tagger::train(&train, &dev, &tag_options, &mut log)
        }
    };
    let parser = match (&base, wants(Part::Parser)) {
        (Some(b), false) => b.parser.clone(),
        _ => {
            let train_tags = jackknife(&trees, &dev, args.folds, &tag_options, &tagger);
            let dev_tags: Vec<Vec<Upos>> = dev.iter().map(|s| tagger.tag(&s.forms())).collect();
            eprintln!("parser:");
            let options = TrainOptions { seed: args.seed, iterations: args.parser_iterations };
            Parser::train(&trees, &train_tags, &dev, &dev_tags, &options, &mut log)
        }
    };
    let mut model = Model { info: String::new(), tagger, lemmatizer, parser };
    let dev_scores = score(&model, &dev);
    let test_scores = score(&model, &test);
    // The program by its name, not its path: the record is the same wherever it was built.
    let command: Vec<String> = std::env::args()
        .enumerate()
        .map(|(i, a)| if i == 0 { "dateline-train".to_string() } else { a })
        .collect();
    model.info = format!(
        "data: UD English EWT (Silveira et al. 2014; UD contributors), CC BY-SA 4.0, from {}\n\
         command: {}\nseed: {}\nfolds: {}\ndev: {dev_scores}\ntest: {test_scores}\n",
        args.data.display(),
        command.join(" "),
        args.seed,
        args.folds,
    );
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("{}: {e}", args.out.display()))?;
    println!("dev:  {dev_scores}");
    println!("test: {test_scores}");
    println!(
        "wrote {} ({} bytes) in {:.0} s",
        args.out.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The parser's training tags: with `folds` ≥ 2, each fold of `train` tagged by a tagger
/// trained on the other folds (two at a time, on two threads); otherwise the gold tags.
fn jackknife(
    train: &[Sentence],
    dev: &[Sentence],
    folds: usize,
    options: &TrainOptions,
    _full: &Tagger,
) -> Vec<Vec<Upos>> {
    if folds < 2 {
        return train
            .iter()
            .map(|s| s.words.iter().map(|w| w.upos.unwrap_or(Upos::X)).collect())
            .collect();
    }
    eprintln!("jackknifing the parser's training tags over {folds} folds:");
    let fold_of = |i: usize| i % folds;
    let mut tags: Vec<Vec<Upos>> = vec![Vec::new(); train.len()];
    for pair in (0..folds).collect::<Vec<_>>().chunks(2) {
        let results: Vec<(usize, Tagger)> = std::thread::scope(|scope| {
            let handles: Vec<_> = pair
                .iter()
                .map(|&k| {
                    scope.spawn(move || {
                        let rest: Vec<Sentence> = train
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| fold_of(*i) != k)
                            .map(|(_, s)| s.clone())
                            .collect();
                        (k, Tagger::train(&rest, dev, options, &mut |_| {}))
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().expect("a fold's tagger panicked")).collect()
        });
        for (k, tagger) in results {
            let mut right = 0;
            let mut all = 0;
            for (i, s) in train.iter().enumerate().filter(|(i, _)| fold_of(*i) == k) {
                tags[i] = tagger.tag(&s.forms());
                all += s.words.len();
                right += s.words.iter().zip(&tags[i]).filter(|(w, t)| w.upos == Some(**t)).count();
            }
            log(&format!(
                "fold {k}: UPOS {:.2} on its held-out sentences",
                100.0 * right as f64 / all.max(1) as f64
            ));
        }
    }
    tags
}
