//! The `random` module: xoshiro256** seeded with splitmix64; random, randint, randrange,
//! getrandbits, choice, shuffle, uniform, sample. Not CPython's Mersenne Twister sequences.

use super::def_fn;
use crate::builtins::args::{check_args, check_count};
use crate::obj::*;
use crate::runtime::{int, list, ops};
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};
use std::cell::Cell;

thread_local! {
    static STATE: Cell<[u64; 4]> = Cell::new(seed_state(time_seed()));
}

fn time_seed() -> u64 {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    t.as_nanos() as u64 ^ (std::process::id() as u64) << 32
}

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn seed_state(seed: u64) -> [u64; 4] {
    let mut x = seed;
    [
        splitmix(&mut x),
        splitmix(&mut x),
        splitmix(&mut x),
        splitmix(&mut x),
    ]
}

fn next_u64() -> u64 {
    STATE.with(|st| {
        let mut s = st.get();
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        st.set(s);
        result
    })
}

fn next_f64() -> f64 {
    (next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Uniform in [0, n) for n > 0 (rejection sampling, unbiased).
fn below_u64(n: u64) -> u64 {
    let zone = u64::MAX - (u64::MAX % n);
    loop {
        let r = next_u64();
        if r < zone {
            return r % n;
        }
    }
}

fn random_bits(k: u64) -> BigInt {
    let mut words = Vec::new();
    let mut left = k;
    while left > 0 {
        let take = left.min(32);
        words.push((next_u64() >> (64 - take)) as u32);
        left -= take;
    }
    BigInt::from_slice(Sign::Plus, &words)
}

fn below_big(n: &BigInt) -> BigInt {
    let bits = n.bits();
    loop {
        let r = random_bits(bits);
        if &r < n {
            return r;
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "random")?;
    let fns: &[(&'static str, NativeFn)] = &[
        ("seed", seed),
        ("random", random),
        ("randint", randint),
        ("randrange", randrange),
        ("getrandbits", getrandbits),
        ("choice", choice),
        ("shuffle", shuffle),
        ("uniform", uniform),
        ("sample", sample),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    Ok(m)
}

fn seed(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_count(vm, "seed", args, 0, 2)?;
    let _ = kw;
    let s = match args.first() {
        None => time_seed(),
        Some(&o) if o.is_none() => time_seed(),
        Some(&o) => {
            if let Some(b) = int::to_bigint(o) {
                let (_, digits) = b.to_u64_digits();
                digits
                    .iter()
                    .fold(b.sign() as u64, |h, &d| h.rotate_left(17) ^ d)
            } else {
                ops::hash(vm, o)?
            }
        }
    };
    STATE.with(|st| st.set(seed_state(s)));
    Ok(Obj::NONE)
}

fn random(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "random", args, kw, 0, 0)?;
    Ok(Obj::float(next_f64()))
}

fn uniform(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "uniform", args, kw, 2, 2)?;
    let a = super::math::arg_f64(vm, args[0])?;
    let b = super::math::arg_f64(vm, args[1])?;
    Ok(Obj::float(a + (b - a) * next_f64()))
}

fn getrandbits(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "getrandbits", args, kw, 1, 1)?;
    let k = crate::builtins::arg_i64(vm, args[0], "getrandbits")?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k > 1 << 24 {
        return Err(vm.value_error("number of bits too large"));
    }
    int::int_from_bigint(vm, random_bits(k as u64))
}

fn int_arg(vm: &mut Vm, o: Obj) -> PyResult<BigInt> {
    super::math::arg_bigint(vm, o)
}

/// A random element of range(start, stop, step) as BigInt.
fn range_pick(vm: &mut Vm, start: BigInt, stop: BigInt, step: BigInt) -> PyResult {
    if step.is_zero() {
        return Err(vm.value_error("zero step for randrange()"));
    }
    let n: BigInt = if step.is_positive() {
        (&stop - &start + &step - 1) / &step
    } else {
        (&stop - &start + &step + 1) / &step
    };
    if !n.is_positive() {
        let msg = format!(
            "empty range for randrange() ({start}, {stop}, {})",
            &stop - &start
        );
        return Err(vm.value_error(&msg));
    }
    let k = match u64::try_from(&n) {
        Ok(n) => BigInt::from(below_u64(n)),
        Err(_) => below_big(&n),
    };
    int::int_from_bigint(vm, start + k * step)
}

fn randrange(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "randrange", args, kw, 1, 3)?;
    let a = int_arg(vm, args[0])?;
    match args.len() {
        1 => range_pick(vm, BigInt::zero(), a, BigInt::from(1)),
        2 => {
            let b = int_arg(vm, args[1])?;
            range_pick(vm, a, b, BigInt::from(1))
        }
        _ => {
            let b = int_arg(vm, args[1])?;
            let s = int_arg(vm, args[2])?;
            range_pick(vm, a, b, s)
        }
    }
}

fn randint(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "randint", args, kw, 2, 2)?;
    let a = int_arg(vm, args[0])?;
    let b = int_arg(vm, args[1])?;
    range_pick(vm, a, b + 1, BigInt::from(1))
}

fn choice(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "choice", args, kw, 1, 1)?;
    let n = crate::builtins::functions::len_of(vm, args[0])?;
    if n == 0 {
        return Err(vm.new_exc_msg(vm.exc.index_error, "Cannot choose from an empty sequence"));
    }
    let i = below_u64(n as u64);
    crate::runtime::subscr::load_subscr(vm, args[0], Obj::small_int(i as i64))
}

fn shuffle(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "shuffle", args, kw, 1, 1)?;
    let l = match list::as_list(args[0]) {
        Some(l) => l,
        None => return Err(vm.type_error("shuffle() argument must be a list")),
    };
    let items = list::list_items(l);
    for i in (1..items.len()).rev() {
        let j = below_u64(i as u64 + 1) as usize;
        items.swap(i, j);
    }
    Ok(Obj::NONE)
}

fn sample(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "sample", args, kw, 2, 2)?;
    let pool = crate::runtime::iter::collect_list(vm, args[0])?;
    vm.tmp_roots.push(pool);
    let r = (|| {
        let k = crate::builtins::arg_i64(vm, args[1], "sample")?;
        let n = list::list_len(pool);
        if k < 0 || k as usize > n {
            return Err(vm.value_error("Sample larger than population or is negative"));
        }
        let items = list::list_items(pool);
        for i in 0..k as usize {
            let j = i + below_u64((n - i) as u64) as usize;
            items.swap(i, j);
        }
        let chosen = items[..k as usize].to_vec();
        list::list_from_slice(vm, &chosen)
    })();
    vm.tmp_roots.pop();
    r
}
