//! The benchrun parameter choice, in Rust: read the `(n, m)` keys of a benchmark's `bm_params`
//! and pick the one the driver will use. Not the driver: bench/driver/benchrun.py decides at run
//! time; this copy (kept consistent with it by tests) records the key and sizes the report.

/// Keys `(n, m)` of `bm_params = {...}` in a benchmark's source, in file order; empty when the
/// dict is not written one key per line (the harness then records no key).
pub fn parse_param_keys(src: &str) -> Vec<(u64, u64)> {
    let mut keys = Vec::new();
    let mut inside = false;
    for line in src.lines() {
        if !inside {
            if line.starts_with("bm_params") && line.contains('{') {
                inside = true;
            }
            continue;
        }
        if line.starts_with('}') {
            break;
        }
        if let Some(k) = parse_key(line.trim_start()) {
            keys.push(k);
        }
    }
    keys
}

/// `(n, m): ...` at the start of a line.
fn parse_key(line: &str) -> Option<(u64, u64)> {
    let rest = line.strip_prefix('(')?;
    let (inner, after) = rest.split_once(')')?;
    if !after.trim_start().starts_with(':') {
        return None;
    }
    let (a, b) = inner.split_once(',')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

/// The driver's rule: out of the keys in tuple order, the last one with `10*n <= 12*N` and
/// `m <= M`; when none qualifies, the smallest key. None only for an empty key list.
pub fn select_params(keys: &[(u64, u64)], n: u64, m: u64) -> Option<(u64, u64)> {
    let mut sorted = keys.to_vec();
    sorted.sort_unstable();
    let best = sorted
        .iter()
        .copied()
        .rfind(|&(kn, km)| 10 * kn <= 12 * n && km <= m);
    best.or_else(|| sorted.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SUITE_KEYS: [(u64, u64); 4] = [(50, 10), (100, 10), (1000, 1000), (5000, 1000)];

    #[test]
    fn suite_readme_examples() {
        assert_eq!(select_params(&SUITE_KEYS, 1000, 1000), Some((1000, 1000)));
        assert_eq!(select_params(&SUITE_KEYS, 100, 100), Some((100, 10)));
        assert_eq!(select_params(&SUITE_KEYS, 50, 1000), Some((50, 10)));
        assert_eq!(select_params(&SUITE_KEYS, 5000, 1000), Some((5000, 1000)));
    }

    #[test]
    fn the_twenty_percent_margin() {
        // 10*n <= 12*N: N=834 admits n=1000 (10000 <= 10008), N=833 does not.
        assert_eq!(select_params(&SUITE_KEYS, 834, 1000), Some((1000, 1000)));
        assert_eq!(select_params(&SUITE_KEYS, 833, 1000), Some((100, 10)));
    }

    #[test]
    fn memory_class_limits_and_fallback() {
        assert_eq!(select_params(&SUITE_KEYS, 5000, 999), Some((100, 10)));
        // Nothing qualifies: the smallest key.
        assert_eq!(select_params(&SUITE_KEYS, 1, 1), Some((50, 10)));
        assert_eq!(select_params(&[], 1000, 1000), None);
        // Tuple order, not insertion order; the last qualifying key wins.
        let keys = [(100, 50), (100, 10), (90, 1000)];
        assert_eq!(select_params(&keys, 100, 100), Some((100, 50)));
    }

    #[test]
    fn parses_keys_from_source() {
        let src = "x = 1\nbm_params = {\n    (50, 10): (64, 4),\n    (100,10): 3,\n    # c\n}\n(7, 7): 1\n";
        assert_eq!(parse_param_keys(src), vec![(50, 10), (100, 10)]);
        assert!(parse_param_keys("bm_params = dict()\n").is_empty());
    }

    #[test]
    fn every_suite_file_has_the_documented_keys() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/suite");
        let mut n = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "py") {
                let src = std::fs::read_to_string(&p).unwrap();
                let mut keys = parse_param_keys(&src);
                keys.sort_unstable();
                assert_eq!(keys, SUITE_KEYS, "{}", p.display());
                n += 1;
            }
        }
        assert!(n >= 24);
    }
}
