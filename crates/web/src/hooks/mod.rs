//! The explorer's hooks: loading the bundle, keeping the URL hash in step, measuring elements.

pub mod use_bundle_loader;
pub mod use_hash_sync;
pub mod use_width;
