//! Substring search for the str methods (find, index, count, split, replace, partition, `in`):
//! memchr's SIMD searchers. core's `str::find` builds a Two-Way searcher per call, whose setup
//! dominates on the short strings programs usually search.
//!
//! Both arguments are valid UTF-8, so a byte match of the needle always starts and ends on
//! character boundaries: the byte offsets returned can slice the haystack.

use memchr::memmem;

/// Haystacks up to this long are searched without building a memmem searcher (whose setup
/// costs more than the search on a short string): memchr for the needle's first byte, then a
/// compare.
const SHORT_HAY: usize = 64;

/// Byte offset of the first occurrence of the non-empty `n` in `h` at or after `from`.
#[inline]
fn find_from(h: &[u8], n: &[u8], from: usize) -> Option<usize> {
    let (&first, rest) = n.split_first()?;
    let mut i = from;
    let last = h.len().checked_sub(n.len())?;
    while i <= last {
        let p = i + memchr::memchr(first, &h[i..=last])?;
        if h[p + 1..p + n.len()] == *rest {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// The start of every non-overlapping occurrence of the non-empty `n` in `h`, left to right.
// A short-lived iterator on the stack: boxing the long searcher would allocate per search.
#[allow(clippy::large_enum_variant)]
enum Matches<'a> {
    Byte(memchr::Memchr<'a>),
    Short { h: &'a [u8], n: &'a [u8], at: usize },
    Long(memmem::FindIter<'a, 'a>),
}

impl Iterator for Matches<'_> {
    type Item = usize;
    #[inline]
    fn next(&mut self) -> Option<usize> {
        match self {
            Matches::Byte(it) => it.next(),
            Matches::Short { h, n, at } => {
                let p = find_from(h, n, *at)?;
                *at = p + n.len();
                Some(p)
            }
            Matches::Long(it) => it.next(),
        }
    }
}

fn matches<'a>(h: &'a [u8], n: &'a [u8]) -> Matches<'a> {
    if n.len() == 1 {
        Matches::Byte(memchr::memchr_iter(n[0], h))
    } else if !n.is_empty() && h.len() <= SHORT_HAY {
        Matches::Short { h, n, at: 0 }
    } else {
        Matches::Long(memmem::find_iter(h, n))
    }
}

/// Byte offset of the first occurrence of `needle` in `hay` (0 for an empty needle).
#[inline]
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    match n.len() {
        0 => Some(0),
        1 => memchr::memchr(n[0], h),
        _ if h.len() <= SHORT_HAY => find_from(h, n, 0),
        _ => memmem::find(h, n),
    }
}

/// Byte offset of the last occurrence (`hay.len()` for an empty needle).
#[inline]
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    match n.len() {
        1 => memchr::memrchr(n[0], h),
        _ => memmem::rfind(h, n),
    }
}

#[inline]
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// Non-overlapping occurrences of a non-empty `needle`.
pub fn count(hay: &str, needle: &str) -> usize {
    debug_assert!(!needle.is_empty());
    matches(hay.as_bytes(), needle.as_bytes()).count()
}

/// `hay` split at the first `max_splits` occurrences of the non-empty `sep`, left to right.
pub fn split<'a>(hay: &'a str, sep: &str, max_splits: usize) -> Vec<&'a str> {
    debug_assert!(!sep.is_empty());
    let mut out = Vec::new();
    let mut start = 0;
    for p in matches(hay.as_bytes(), sep.as_bytes()).take(max_splits) {
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
    for p in matches(hay.as_bytes(), old.as_bytes()).take(max) {
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
        let long = "ab,".repeat(30) + "é,aa" + &"xa".repeat(40);
        let hays = [
            "", "a", "abcabc", "xxaxxaxx", "ééaé", "aaaa", "a,b,,c,", &long,
        ];
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
