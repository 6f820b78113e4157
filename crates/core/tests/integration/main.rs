//! The core's one integration-test binary: whole-article behaviour on the seeds and on the
//! fixtures in `testdata/`. Each area has its own module here.

mod article;
mod corpus;
mod doc;
mod entity;
mod event;
mod ingest;
mod input;
mod quote;
mod timex;
