//! Where the benchmark data is, for every benchmark that reads it.

use std::path::{Path, PathBuf};

/// `relative` under the benchmark data: `$BENCH_DIR` when set (as for `scripts/bench.sh`),
/// else `../shared/bench` beside the project.
pub fn bench_path(relative: &str) -> PathBuf {
    std::env::var_os("BENCH_DIR")
        .map_or_else(
            || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/bench"),
            PathBuf::from,
        )
        .join(relative)
}
