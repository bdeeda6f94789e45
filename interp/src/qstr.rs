//! The static qstr table of the .mpy format (generated from static_qstrs.txt by build.rs).
//! Not the runtime interner: interned strings are heap objects owned by the VM (see obj/str.rs).

include!(concat!(env!("OUT_DIR"), "/static_qstrs.rs"));

/// Number of static qstrs (valid .mpy static indices are 1..=STATIC_QSTR_COUNT).
pub const STATIC_QSTR_COUNT: usize = 165;

/// The static index of `s` if it is in the static table (for the .mpy writer).
pub fn static_index(s: &str) -> Option<usize> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static MAP: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        STATIC_QSTRS
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, s)| (*s, i))
            .collect()
    });
    map.get(s).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn known_static_indices() {
        assert_eq!(STATIC_QSTRS.len(), STATIC_QSTR_COUNT + 1);
        assert_eq!(static_index("<module>"), Some(7));
        assert_eq!(static_index("*"), Some(5));
        assert_eq!(static_index("print"), Some(123));
        assert_eq!(static_index("ValueError"), Some(55));
        assert_eq!(static_index("self"), Some(137));
        assert_eq!(static_index("zip"), Some(165));
        assert_eq!(STATIC_QSTRS[3], "\n");
        assert_eq!(static_index("not-a-qstr"), None);
    }
}
