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

/// The fastest of `runs` runs of `f`, in seconds: what the linear-time tests compare. A run
/// the scheduler interrupted (the machine is shared) only ever takes longer, so the minimum
/// is what the work itself costs; these tests compare sizes, never a time limit.
fn fastest(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let start = std::time::Instant::now();
            f();
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}
