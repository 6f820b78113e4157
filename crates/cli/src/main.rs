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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Seeds => cmd::seeds::run(),
    }
}
