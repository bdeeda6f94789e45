//! The native tier installs the direct entry (native-to-native calls) of every plain function it
//! compiles, both when it compiles a module's functions together and when the code comes from
//! its code cache (the same source loaded a second time). A unit installed without its trailer
//! silently loses the entry and every call takes the FunTable path (still correct, only slow),
//! so only this test notices.

use adder_interp::code::EmitKind;
use adder_interp::frontend::{compile_to_code, SourceMode};
use adder_interp::obj::Obj;
use adder_interp::vm::code::code_info;
use adder_interp::vm::{Vm, VmOptions};
use adder_jit::tier::NativeTier;

const SRC: &str = "\
def plain(x, y):
    return x + y

class A:
    def __init__(self, x):
        self.x = x
    def method(self, y):
        return self.x + y
    def __add__(self, o):
        return A(self.x + o.x)

def gen(n):
    yield n
";

/// Every function code object under `root` (module and class bodies excluded): (name, code).
fn functions(root: Obj, out: &mut Vec<(String, Obj)>) {
    for &c in &code_info(root).children {
        let info = code_info(c);
        let name = adder_interp::runtime::str::as_rust_str(info.simple_name).to_string();
        if name != "A" {
            out.push((name, c));
        }
        functions(c, out);
    }
}

#[test]
fn plain_functions_get_a_direct_entry() {
    let mut vm = Vm::new(VmOptions {
        heap_size: 8 << 20,
        emit: EmitKind::Native,
        ..VmOptions::default()
    })
    .expect("vm");
    vm.stack_base = adder_interp::gc::stack_pointer();
    vm.tier = Some(Box::new(NativeTier));
    // The second load takes every function from the code cache.
    for round in 0..2 {
        let root = compile_to_code(&mut vm, SRC, "t.py", SourceMode::Exec).expect("compiles");
        vm.tmp_roots.push(root);
        let mut fs = Vec::new();
        functions(root, &mut fs);
        assert_eq!(fs.len(), 5, "round {round}: {:?}", fs.iter().map(|f| &f.0));
        for (name, c) in fs {
            let info = code_info(c);
            assert!(
                !info.native_entry.get().is_null(),
                "{name}: no machine code"
            );
            let direct = !info.direct.get().entry.is_null();
            assert_eq!(direct, name != "gen", "round {round}: {name}: direct entry");
        }
        vm.tmp_roots.pop();
    }
}
