//! One module per subcommand.

pub mod article;
pub mod entities;
pub mod parse;
pub mod quotes;
pub mod seeds;
pub mod syntax;
pub mod timex;
