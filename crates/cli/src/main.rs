//! `dateline`: Dateline's pipeline on the command line.
//!
//! A thin layer over `dateline-core`: it reads files (or the embedded corpus), calls the core and
//! prints JSON. Each subcommand lives in its own module under `cmd/`; results go to stdout,
//! diagnostics to stderr.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cmd;

#[derive(Parser)]
#[command(name = "dateline", version, about = "News articles in, a timeline out.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lists the embedded default corpus: one JSON object per article with its id and first line.
    Seeds,
    /// Prints what the core read in one article file: title, dek, bylines, dates, captions,
    /// furniture, paragraphs and sentences, as JSON with every span and its text.
    Article { file: std::path::PathBuf },
    /// Prints the people, organizations and places of each article file as JSON with spans.
    Entities { files: Vec<std::path::PathBuf> },
    /// Prints the direct quotations of each article file as JSON: speaker (entity and the words
    /// naming them in the attribution, `speaker_mention`) and channel.
    Quotes {
        files: Vec<std::path::PathBuf>,
        /// Scores against an annotated folder (NAME.txt + NAME.gold.json) instead.
        #[arg(long, value_name = "DIR")]
        score: Option<std::path::PathBuf>,
    },
    /// Runs the whole pipeline and prints the bundle (or an export of it).
    ///
    /// Takes files (.txt articles, .html saved pages, .jsonl and .csv exports with one article
    /// per record), or directories of .txt and .html files; with none, the embedded corpus.
    Parse {
        paths: Vec<std::path::PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: cmd::parse::Format,
        /// Pretty-print JSON.
        #[arg(long)]
        pretty: bool,
        /// Title of the TimelineJS document.
        #[arg(long, default_value = "Dateline")]
        title: String,
        /// Publication date (YYYY-MM-DD) for articles whose text gives none, such as text a
        /// scraper saved without its page's metadata. A date the text states wins.
        #[arg(long, value_name = "DATE")]
        published: Option<jiff::civil::Date>,
        /// A TSV or CSV of per-file metadata: a file name column (filename, file or id) and any
        /// of title, published (ISO date), url, outlet, authors. Its values win over the text's.
        #[arg(long, value_name = "FILE")]
        metadata: Option<std::path::PathBuf>,
    },
    /// Prints the temporal expressions (TIMEX3) of one text as a JSON array with UTF-8 byte
    /// offsets; reads stdin when no file is given.
    Timex {
        file: Option<std::path::PathBuf>,
        /// The document creation (publication) date, YYYY-MM-DD, that relative dates resolve to.
        #[arg(long)]
        dct: Option<jiff::civil::Date>,
        /// Measures speed instead: FILE is a JSONL corpus of {"text","dct"} lines, tagged
        /// repeatedly up to --bench-mb megabytes.
        #[arg(long)]
        bench: bool,
        #[arg(long, default_value_t = 50)]
        bench_mb: usize,
    },
    /// Prints the syntax layer's reading of a text as CoNLL-U: the core's own sentences and
    /// tokens with lemma, UPOS tag, head and relation (byte spans in MISC); reads stdin when
    /// no file is given.
    Syntax {
        file: Option<std::path::PathBuf>,
        /// FILE is CoNLL-U: keep its sentences and words exactly and analyse them again (to
        /// score against it with gold tokenization: bench/syntax/check.sh).
        #[arg(long)]
        conllu: bool,
        /// Measures tagging and parsing speed on FILE's words (CoNLL-U) instead, on one core.
        #[arg(long)]
        bench: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Seeds => cmd::seeds::run(),
        Command::Syntax { file, conllu, bench } => cmd::syntax::run(file.as_deref(), conllu, bench),
        Command::Timex { file, dct, bench, bench_mb } => {
            cmd::timex::dispatch(file, dct, bench, bench_mb)
        }
        Command::Article { file } => cmd::article::run(&file),
        Command::Entities { files } => cmd::entities::run(&files),
        Command::Quotes { score: Some(dir), .. } => cmd::quotes::score(&dir),
        Command::Quotes { files, score: None } => cmd::quotes::run(&files),
        Command::Parse { paths, format, pretty, title, published, metadata } => {
            cmd::parse::run(cmd::parse::Request {
                paths: &paths,
                format,
                pretty,
                title: &title,
                published,
                metadata: metadata.as_deref(),
            })
        }
    }
}
