//! The explorer's components, one per file.

pub mod article_list;
