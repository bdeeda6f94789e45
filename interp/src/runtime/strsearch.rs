//! Substring search for the str methods (find, index, count, split, replace, partition, `in`):
//! memchr's SIMD searchers. core's `str::find` builds a Two-Way searcher per call, whose setup
//! dominates on the short strings programs usually search.
//!
//! Both arguments are valid UTF-8, so a byte match of the needle always starts and ends on
//! character boundaries: the byte offsets returned can slice the haystack.

use memchr::memmem;

/// Byte offset of the first occurrence of `needle` in `hay` (0 for an empty needle).
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    memmem::find(hay.as_bytes(), needle.as_bytes())
}

/// Byte offset of the last occurrence (`hay.len()` for an empty needle).
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    memmem::rfind(hay.as_bytes(), needle.as_bytes())
}

#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// Non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &str, needle: &str) -> usize {
    debug_assert!(!needle.is_empty());
    memmem::find_iter(hay.as_bytes(), needle.as_bytes()).count()
}

/// `hay` split at the first `max_splits` occurrences of the non-empty `sep`, left to right.
pub fn split<'a>(hay: &'a str, sep: &str, max_splits: usize) -> Vec<&'a str> {
    debug_assert!(!sep.is_empty());
    let mut out = Vec::new();
    let mut start = 0;
    for p in memmem::find_iter(hay.as_bytes(), sep.as_bytes()).take(max_splits) {
        out.push(&hay[start..p]);
        start = p + sep.len();
    }
    out.push(&hay[start..]);
    out
}

/// `hay` split at the last `max_splits` occurrences of the non-empty `sep` (pieces in order).
pub fn rsplit<'a>(hay: &'a str, sep: &str, max_splits: usize) -> Vec<&'a str> {
    debug_assert!(!sep.is_empty());
    let mut out = Vec::new();
    let mut end = hay.len();
    for p in memmem::rfind_iter(hay.as_bytes(), sep.as_bytes()).take(max_splits) {
        out.push(&hay[p + sep.len()..end]);
        end = p;
    }
    out.push(&hay[..end]);
    out.reverse();
    out
}

/// `hay` with the first `max` occurrences of the non-empty `old` replaced by `new`.
pub fn replace(hay: &str, old: &str, new: &str, max: usize) -> String {
    debug_assert!(!old.is_empty());
    let mut out = String::with_capacity(hay.len());
    let mut start = 0;
    for p in memmem::find_iter(hay.as_bytes(), old.as_bytes()).take(max) {
        out.push_str(&hay[start..p]);
        out.push_str(new);
        start = p + old.len();
    }
    out.push_str(&hay[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_core() {
        let hays = ["", "a", "abcabc", "xxaxxaxx", "ééaé", "aaaa", "a,b,,c,"];
        let needles = ["a", "ab", "x", "é", "aa", ",", "zz", "abcabc", "abcabcd"];
        for h in hays {
            for n in needles {
                assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(rfind(h, n), h.rfind(n), "{h:?} {n:?}");
                assert_eq!(count(h, n), h.matches(n).count(), "{h:?} {n:?}");
                assert_eq!(split(h, n, usize::MAX), h.split(n).collect::<Vec<_>>());
                assert_eq!(split(h, n, 1), h.splitn(2, n).collect::<Vec<_>>());
                let mut r: Vec<_> = h.rsplitn(2, n).collect();
                r.reverse();
                assert_eq!(rsplit(h, n, 1), r, "{h:?} {n:?}");
                assert_eq!(replace(h, n, "<>", usize::MAX), h.replace(n, "<>"));
                assert_eq!(replace(h, n, "", 1), h.replacen(n, "", 1));
            }
        }
    }
}
