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

/// The fastest of `runs` runs of `f`, in seconds of this thread's CPU time (on Unix; of the
/// wall clock elsewhere): what the linear-time tests compare. CPU time does not count the time
/// the scheduler gave to other processes (the machine is shared), and of several runs the fastest
/// is what the work itself costs; these tests compare sizes, never a time limit. The core runs on
/// the calling thread only (no rayon), so the thread's CPU time is all of its work.
fn fastest(runs: usize, mut f: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let start = thread_seconds();
            f();
            thread_seconds() - start
        })
        .fold(f64::INFINITY, f64::min)
}

#[cfg(unix)]
fn thread_seconds() -> f64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    t.tv_sec as f64 + t.tv_nsec as f64 / 1e9
}

#[cfg(not(unix))]
fn thread_seconds() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64()
}
