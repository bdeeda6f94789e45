//! The `time` module: wall clock, monotonic clocks, MicroPython's wrapping ticks_* functions,
//! sleep, and localtime/gmtime/mktime as plain tuples. Not struct_time nor strftime.

use super::def_fn;
use crate::builtins::args::check_args;
use crate::obj::*;
use crate::runtime::{int, tuple};
use crate::vm::{PyResult, Vm};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// MicroPython unix's ticks period (ticks_* values wrap modulo this).
const TICKS_PERIOD: i64 = 1 << 30;

thread_local! {
    static START: Instant = Instant::now();
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::runtime::import::new_module(vm, "time")?;
    START.with(|_| {});
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("sleep", sleep),
        ("sleep_ms", sleep_ms),
        ("sleep_us", sleep_us),
        ("ticks_ms", ticks_ms),
        ("ticks_us", ticks_us),
        ("ticks_cpu", ticks_cpu),
        ("ticks_diff", ticks_diff),
        ("ticks_add", ticks_add),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("perf_counter", perf_counter),
        ("perf_counter_ns", perf_counter_ns),
        ("process_time", perf_counter),
        ("localtime", localtime),
        ("gmtime", gmtime),
        ("mktime", mktime),
    ];
    for &(n, f) in fns {
        def_fn(vm, m, n, f)?;
    }
    Ok(m)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn elapsed() -> Duration {
    START.with(|s| s.elapsed())
}

fn time(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "time", args, kw, 0, 0)?;
    Ok(Obj::float(since_epoch().as_secs_f64()))
}

fn time_ns(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "time_ns", args, kw, 0, 0)?;
    int::int_from_i128(vm, since_epoch().as_nanos() as i128)
}

fn monotonic(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "monotonic", args, kw, 0, 0)?;
    Ok(Obj::float(elapsed().as_secs_f64()))
}

fn monotonic_ns(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "monotonic_ns", args, kw, 0, 0)?;
    int::int_from_i128(vm, elapsed().as_nanos() as i128)
}

fn perf_counter(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "perf_counter", args, kw, 0, 0)?;
    Ok(Obj::float(elapsed().as_secs_f64()))
}

fn perf_counter_ns(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "perf_counter_ns", args, kw, 0, 0)?;
    int::int_from_i128(vm, elapsed().as_nanos() as i128)
}

fn sleep_for(vm: &mut Vm, secs: f64) -> PyResult {
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    super::stdout_flush();
    std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    Ok(Obj::NONE)
}

fn sleep(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "sleep", args, kw, 1, 1)?;
    let s = super::math::arg_f64(vm, args[0])?;
    sleep_for(vm, s)
}

fn sleep_ms(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "sleep_ms", args, kw, 1, 1)?;
    let v = crate::builtins::arg_i64(vm, args[0], "sleep_ms")?;
    sleep_for(vm, v.max(0) as f64 / 1e3)
}

fn sleep_us(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "sleep_us", args, kw, 1, 1)?;
    let v = crate::builtins::arg_i64(vm, args[0], "sleep_us")?;
    sleep_for(vm, v.max(0) as f64 / 1e6)
}

fn wrap(v: u128) -> Obj {
    Obj::small_int((v % TICKS_PERIOD as u128) as i64)
}

fn ticks_ms(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "ticks_ms", args, kw, 0, 0)?;
    Ok(wrap(elapsed().as_millis()))
}

fn ticks_us(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "ticks_us", args, kw, 0, 0)?;
    Ok(wrap(elapsed().as_micros()))
}

fn ticks_cpu(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "ticks_cpu", args, kw, 0, 0)?;
    Ok(wrap(elapsed().as_nanos()))
}

fn ticks_diff(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "ticks_diff", args, kw, 2, 2)?;
    let end = crate::builtins::arg_i64(vm, args[0], "ticks_diff")?;
    let start = crate::builtins::arg_i64(vm, args[1], "ticks_diff")?;
    let half = TICKS_PERIOD / 2;
    let d = (end.wrapping_sub(start).wrapping_add(half) & (TICKS_PERIOD - 1)) - half;
    Ok(Obj::small_int(d))
}

fn ticks_add(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "ticks_add", args, kw, 2, 2)?;
    let t = crate::builtins::arg_i64(vm, args[0], "ticks_add")?;
    let d = crate::builtins::arg_i64(vm, args[1], "ticks_add")?;
    Ok(Obj::small_int(t.wrapping_add(d) & (TICKS_PERIOD - 1)))
}

/// (year, month, mday) from days since 1970-01-01 (Howard Hinnant's civil_from_days).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn day_of_year(y: i64, m: i64, d: i64) -> i64 {
    const CUM: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    CUM[(m - 1).clamp(0, 11) as usize] + d + if m > 2 && is_leap(y) { 1 } else { 0 }
}

/// The 8-tuple (year, month, mday, hour, minute, second, weekday, yearday) for UTC seconds.
fn broken_down(vm: &mut Vm, secs: i64) -> PyResult {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday (Monday == 0)
    let vals = [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        day_of_year(y, m, d),
    ];
    let items: Vec<Obj> = vals.iter().map(|&v| Obj::small_int(v)).collect();
    tuple::tuple_from_slice(vm, &items)
}

fn secs_arg(vm: &mut Vm, args: &[Obj]) -> PyResult<i64> {
    match args.first() {
        Some(&o) if !o.is_none() => {
            let f = super::math::arg_f64(vm, o)?;
            Ok(f.floor().clamp(-1e15, 1e15) as i64)
        }
        _ => Ok(since_epoch().as_secs() as i64),
    }
}

fn gmtime(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "gmtime", args, kw, 0, 1)?;
    let s = secs_arg(vm, args)?;
    broken_down(vm, s)
}

/// Offset of local time from UTC at `secs`, via the C library.
fn local_offset(secs: i64) -> i64 {
    let t = secs as libc::time_t;
    // SAFETY: zeroed tm is a valid out-parameter; localtime_r writes it and reads `t` only.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        0
    } else {
        tm.tm_gmtoff
    }
}

fn localtime(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "localtime", args, kw, 0, 1)?;
    let s = secs_arg(vm, args)?;
    broken_down(vm, s + local_offset(s))
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn mktime(vm: &mut Vm, args: &[Obj], kw: Kw) -> PyResult {
    check_args(vm, "mktime", args, kw, 1, 1)?;
    let items = match tuple::try_tuple(args[0]) {
        Some(t) if t.len() >= 6 => t.to_vec(),
        _ => return Err(vm.type_error("mktime(): argument must be a tuple of at least 6 ints")),
    };
    let mut v = [0i64; 6];
    for (i, slot) in v.iter_mut().enumerate() {
        *slot = crate::builtins::arg_i64(vm, items[i], "mktime")?;
    }
    let (y, mo) = (
        v[0] + (v[1] - 1).div_euclid(12),
        (v[1] - 1).rem_euclid(12) + 1,
    );
    let days = days_from_civil(y, mo, 1) + v[2] - 1;
    let local = days * 86_400 + v[3] * 3600 + v[4] * 60 + v[5];
    let utc = local - local_offset(local);
    let utc = local - local_offset(utc);
    if !args.is_empty() && items.len() >= 9 && items[8].is_float() {
        return Ok(Obj::float(utc as f64));
    }
    int::int_from_i64(vm, utc)
}
