//! One module per subcommand.

pub mod article;
pub mod parse;
pub mod seeds;
pub mod timex;
