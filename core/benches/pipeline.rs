//! The whole analysis (`analyze`) on the seed articles and on a paste of about a megabyte.
//!
//! This is the native baseline of the page benchmark (`bash scripts/bench.sh page`), which
//! times the same texts in the browser and reads these estimates to report the ratio. The
//! large paste is built the same way there: the seeds, in file-name order, joined by a blank
//! line and repeated until the text has a million characters. The tables are built before
//! timing (once per process, as in the page's worker). Reads only the project's own fixtures.
//!
//! `cargo bench -p article-lens-core --bench pipeline`

use article_lens_core::analyze;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

/// Characters of the large paste, at least.
const PASTE_CHARS: usize = 1_000_000;

fn seeds() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the seed fixtures are in the project")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).expect("a seed text"))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    let joined = seeds
        .iter()
        .map(|(_, text)| text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut paste = String::new();
    while paste.chars().count() < PASTE_CHARS {
        paste.push_str(&joined);
    }
    black_box(analyze("warm-up: NATO in Brüssel am 12. Januar 2022"));

    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    for (name, text) in &seeds {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("analyze", name), text, |b, text| {
            b.iter(|| analyze(black_box(text)))
        });
    }
    group.throughput(Throughput::Bytes(paste.len() as u64));
    group.bench_with_input(BenchmarkId::new("analyze", "paste"), &paste, |b, text| {
        b.iter(|| analyze(black_box(text)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
