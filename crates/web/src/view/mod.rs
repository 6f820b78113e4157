//! View math: plain Rust with native unit tests, kept apart from components so it can be
//! tested without a browser. Scales, ticks, clustering, label placement, lanes, labels for
//! dates and the URL hash format live here.

pub mod calendar;
pub mod date_label;
pub mod hash;
pub mod lanes;
pub mod layout;
pub mod model;
pub mod scale;
pub mod story;
pub mod svg;
pub mod ticks;
