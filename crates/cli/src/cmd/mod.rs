//! One module per subcommand.

pub mod seeds;
