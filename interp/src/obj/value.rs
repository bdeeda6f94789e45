//! `Obj`: the one-word Python value. NaN-boxed: floats unboxed, 48-bit small ints, heap pointers raw.
//! Not the heap objects themselves (see obj/mod.rs for headers and kinds).
//!
//! Encoding of the 64-bit word (top 16 bits decide):
//! - `0x0000`: a heap pointer (8-aligned, non-zero), NULL (0), or an immediate constant
//!   (None, False, True, Ellipsis, NotImplemented: small odd-ish values that no pointer can have).
//! - `0x0001..=0xFFF1`: a float, stored as its IEEE bits plus 2^48 (NaNs canonicalised first).
//! - `0xFFFF`: a small int, the low 48 bits in two's complement.
//!
//! Pointers are the raw address, so the GC's conservative stack scan sees them as they are and
//! machine code dereferences them without untagging.

use std::fmt;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
#[repr(transparent)]
pub struct Obj(pub u64);

const FLOAT_OFFSET: u64 = 1 << 48;
const INT_TAG: u64 = 0xFFFF_0000_0000_0000;
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

/// Smallest and largest small int.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;
/// Number of bits of a small int (two's complement), as reported in .mpy headers.
pub const SMALL_INT_BITS: u8 = 48;

impl Obj {
    pub const NULL: Obj = Obj(0);
    pub const NONE: Obj = Obj(0x02);
    pub const FALSE: Obj = Obj(0x0a);
    pub const TRUE: Obj = Obj(0x12);
    pub const ELLIPSIS: Obj = Obj(0x1a);
    pub const NOT_IMPLEMENTED: Obj = Obj(0x22);

    #[inline(always)]
    pub fn bits(self) -> u64 {
        self.0
    }
    #[inline(always)]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == Obj::NONE.0
    }
    #[inline(always)]
    pub fn from_bool(b: bool) -> Obj {
        if b {
            Obj::TRUE
        } else {
            Obj::FALSE
        }
    }
    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self.0 == Obj::TRUE.0 || self.0 == Obj::FALSE.0
    }
    /// An immediate constant (None, bools, Ellipsis, NotImplemented).
    #[inline(always)]
    pub fn is_immediate(self) -> bool {
        self.0 < 0x100 && self.0 & 7 != 0
    }

    // --- small ints ---
    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.0 >> 48 == 0xFFFF
    }
    /// A small int from a value known to fit (debug-checked).
    #[inline(always)]
    pub fn small_int(v: i64) -> Obj {
        debug_assert!(fits_small_int(v), "{v} does not fit a small int");
        Obj((v as u64 & 0x0000_FFFF_FFFF_FFFF) | INT_TAG)
    }
    /// A small int if `v` fits.
    #[inline(always)]
    pub fn try_small_int(v: i64) -> Option<Obj> {
        if fits_small_int(v) {
            Some(Obj::small_int(v))
        } else {
            None
        }
    }
    /// The value of a small int (the caller checked `is_small_int`).
    #[inline(always)]
    pub fn small_int_value(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }
    #[inline(always)]
    pub fn as_small_int(self) -> Option<i64> {
        if self.is_small_int() {
            Some(self.small_int_value())
        } else {
            None
        }
    }

    // --- floats ---
    #[inline(always)]
    pub fn is_float(self) -> bool {
        (self.0 >> 48).wrapping_sub(1) <= 0xFFF0
    }
    #[inline(always)]
    pub fn float(f: f64) -> Obj {
        let bits = if f.is_nan() {
            CANONICAL_NAN
        } else {
            f.to_bits()
        };
        Obj(bits.wrapping_add(FLOAT_OFFSET))
    }
    #[inline(always)]
    pub fn float_value(self) -> f64 {
        f64::from_bits(self.0.wrapping_sub(FLOAT_OFFSET))
    }
    #[inline(always)]
    pub fn as_float(self) -> Option<f64> {
        if self.is_float() {
            Some(self.float_value())
        } else {
            None
        }
    }

    // --- heap pointers ---
    #[inline(always)]
    pub fn is_ptr(self) -> bool {
        self.0 >> 48 == 0 && self.0 & 7 == 0 && self.0 != 0
    }
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Obj {
        debug_assert!(p as u64 & 7 == 0 && (p as u64) >> 48 == 0);
        Obj(p as u64)
    }
    #[inline(always)]
    pub fn ptr<T>(self) -> *mut T {
        self.0 as *mut T
    }
}

#[inline(always)]
pub fn fits_small_int(v: i64) -> bool {
    ((v << 16) >> 16) == v
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if self.is_small_int() {
            write!(f, "int({})", self.small_int_value())
        } else if self.is_float() {
            write!(f, "float({})", self.float_value())
        } else if *self == Obj::NONE {
            write!(f, "None")
        } else if *self == Obj::TRUE {
            write!(f, "True")
        } else if *self == Obj::FALSE {
            write!(f, "False")
        } else {
            write!(f, "obj@{:#x}", self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_round_trip() {
        for v in [
            0,
            1,
            -1,
            42,
            SMALL_INT_MIN,
            SMALL_INT_MAX,
            1 << 40,
            -(1 << 40),
        ] {
            let o = Obj::small_int(v);
            assert!(o.is_small_int() && !o.is_float() && !o.is_ptr());
            assert_eq!(o.small_int_value(), v);
        }
        assert!(Obj::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Obj::try_small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn floats_round_trip() {
        for f in [
            0.0,
            -0.0,
            1.5,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            5e-324,
        ] {
            let o = Obj::float(f);
            assert!(o.is_float() && !o.is_small_int() && !o.is_ptr(), "{f}");
            assert_eq!(o.float_value().to_bits(), f.to_bits());
        }
        let n = Obj::float(f64::NAN);
        assert!(n.is_float() && n.float_value().is_nan());
        let neg_nan = f64::from_bits(0xFFF8_0000_0000_0001);
        assert!(Obj::float(neg_nan).is_float());
    }

    #[test]
    fn immediates_are_not_pointers() {
        for o in [
            Obj::NONE,
            Obj::TRUE,
            Obj::FALSE,
            Obj::ELLIPSIS,
            Obj::NOT_IMPLEMENTED,
        ] {
            assert!(o.is_immediate() && !o.is_ptr() && !o.is_float() && !o.is_small_int());
        }
        assert!(!Obj::NULL.is_ptr());
        assert!(Obj(0x1000).is_ptr());
    }
}
