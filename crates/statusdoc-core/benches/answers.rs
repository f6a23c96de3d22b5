//! Speed of the answers: one explanation, one comparison, every pair.

use criterion::{criterion_group, criterion_main, Criterion};
use statusdoc_core::{compare, explain, Catalog, Code};

fn answers(c: &mut Criterion) {
    let Ok(catalog) = Catalog::embedded() else { return };
    let Ok(sip) = catalog.registry("sip") else { return };
    let codes: Vec<Code> = sip.iter().map(|f| f.code()).collect();
    c.bench_function("explain 438", |b| b.iter(|| explain(catalog, sip, Code::new(438), "en")));
    c.bench_function("compare 486 600", |b| b.iter(|| compare(catalog, sip, Code::new(486), Code::new(600), "en")));
    let mut group = c.benchmark_group("all pairs");
    group.sample_size(10);
    group.bench_function("compare all 2775 pairs (en)", |b| {
        b.iter(|| {
            let mut count = 0;
            for (i, &x) in codes.iter().enumerate() {
                for &y in &codes[i + 1..] {
                    if compare(catalog, sip, x, y, "en").is_ok() {
                        count += 1;
                    }
                }
            }
            assert_eq!(count, 2775);
        })
    });
    group.finish();
    c.bench_function("parse embedded data (cold catalog)", |b| {
        b.iter(|| statusdoc_core::Catalog::from_files(statusdoc_core::embedded_files().iter().copied()))
    });
}

criterion_group!(benches, answers);
criterion_main!(benches);
