//! In-process Python snippets for the criterion and gungraun benchmarks of interpreter hot paths:
//! one VM per snippet, `bench()` called repeatedly. Not the suite runner (runner.rs), which
//! measures whole processes.

use adder_interp::code::EmitKind;
use adder_interp::frontend::{compile_to_code, SourceMode};
use adder_interp::obj::{cast, FunctionObj, Kw, Obj, ObjKind};
use adder_interp::runtime::{call, dict, exc, import, str as pystr};
use adder_interp::vm::{Tier, Vm, VmOptions};

/// The hot paths a tier author tunes, each as a module defining `bench()` (1000 iterations).
pub const HOT_PATHS: [(&str, &str); 7] = [
    (
        "dispatch_loop",
        "def bench():\n    i = 0\n    while i < 1000:\n        i += 1\n    return i\n",
    ),
    (
        "global_lookup",
        "G = 3\ndef bench():\n    s = 0\n    for _ in range(1000):\n        s = G\n    return s\n",
    ),
    (
        "attr_lookup",
        "class C:\n    def __init__(self):\n        self.x = 1\nO = C()\ndef bench():\n    o = O\n    s = 0\n    for _ in range(1000):\n        s = o.x\n    return s\n",
    ),
    (
        "method_call",
        "class C:\n    def m(self):\n        return 1\nO = C()\ndef bench():\n    o = O\n    for _ in range(1000):\n        o.m()\n",
    ),
    (
        "call_overhead",
        "def f(a, b):\n    return a\ndef bench():\n    for i in range(1000):\n        f(i, i)\n",
    ),
    (
        "small_int_arith",
        "def bench():\n    s = 0\n    for i in range(1000):\n        s = (s + i * 3 - (i >> 1)) & 0xFFFF\n    return s\n",
    ),
    (
        "float_arith",
        "def bench():\n    x = 0.5\n    for i in range(1000):\n        x = x * 0.999 + 0.25\n    return x\n",
    ),
];

/// A VM with one module whose `bench()` is called by [`Snippet::call`].
pub struct Snippet {
    vm: Box<Vm>,
    dict: Obj,
}

impl Snippet {
    /// Compile and run `src` (which defines `bench`) in a fresh VM. The module is kept in
    /// `sys.modules`, so everything it defines stays rooted for the GC.
    pub fn new(src: &str) -> Result<Snippet, String> {
        Snippet::with_tier(src, EmitKind::Bytecode, None)
    }

    /// Like [`Snippet::new`] with every function compiled for `emit` by `tier` (e.g. adder-jit's
    /// NativeTier with EmitKind::Native).
    pub fn with_tier(
        src: &str,
        emit: EmitKind,
        tier: Option<Box<dyn Tier>>,
    ) -> Result<Snippet, String> {
        let opts = VmOptions {
            emit,
            ..VmOptions::default()
        };
        let mut vm = Vm::new(opts)?;
        vm.stack_base = adder_interp::gc::stack_pointer();
        vm.tier = tier;
        let d = setup(&mut vm, src).map_err(|e| exc::format_exception(&mut vm, e.0))?;
        Ok(Snippet { vm, dict: d })
    }

    /// Call `bench()` once. The VM's stack base is moved out to this frame if needed, so the
    /// conservative scan covers every frame the call creates.
    pub fn call(&mut self) -> Result<Obj, String> {
        let sp = adder_interp::gc::stack_pointer();
        self.vm.stack_base = self.vm.stack_base.max(sp);
        let vm = &mut *self.vm;
        let r = dict::dict_get_name(vm, self.dict, "bench").and_then(|f| match f {
            Some(f) => call::call(vm, f, &[], Kw(&[])),
            None => Err(vm.new_exc_msg(vm.exc.name_error, "bench() is not defined")),
        });
        r.map_err(|e| exc::format_exception(vm, e.0))
    }
}

impl Snippet {
    /// The code object of `bench` (for measuring a tier's compile time on it).
    pub fn bench_code(&mut self) -> Option<Obj> {
        let vm = &mut *self.vm;
        let f = dict::dict_get_name(vm, self.dict, "bench").ok()??;
        let is_fn = f.is_ptr() && adder_interp::vm::header_mut(f).kind == ObjKind::Function;
        is_fn.then(|| cast::<FunctionObj>(f).code)
    }
}

fn setup(vm: &mut Vm, src: &str) -> adder_interp::vm::PyResult<Obj> {
    let m = import::new_module(vm, "__bench__")?;
    let d = import::module_dict(m);
    let key = pystr::new_str(vm, "__bench__")?;
    let mods = vm.modules;
    dict::dict_store(vm, mods, key, m)?;
    let k = vm.names.__builtins__;
    let b = vm.builtins_module;
    dict::dict_store(vm, d, k, b)?;
    let code = compile_to_code(vm, src, "<bench>", SourceMode::Exec)?;
    adder_interp::vm::frame::run_code_with_locals(vm, code, d, d, Obj::NULL)?;
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hot_path_runs() {
        for (name, src) in HOT_PATHS {
            let mut s = Snippet::new(src).unwrap_or_else(|e| panic!("{name}: {e}"));
            for _ in 0..3 {
                s.call().unwrap_or_else(|e| panic!("{name}: {e}"));
            }
        }
    }

    #[test]
    fn errors_are_strings() {
        assert!(Snippet::new("def bench(:\n").is_err());
        let mut s = Snippet::new("def bench():\n    return 1 / 0\n").unwrap();
        assert!(s.call().unwrap_err().contains("ZeroDivisionError"));
    }
}
