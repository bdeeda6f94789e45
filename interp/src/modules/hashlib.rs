//! The `hashlib` module: sha256, sha1 and md5 hash objects (update, digest, hexdigest, copy).
//! Not a general crypto library: the digests come from the RustCrypto crates.

use super::{def_fn, module_type, native_ref, new_native};
use crate::obj::*;
use crate::runtime::{bytes, import, str as pystr};
use crate::vm::{PyResult, Vm};
use sha2::Digest;

#[derive(Clone)]
enum Hasher {
    Sha256(sha2::Sha256),
    Sha1(sha1::Sha1),
    Md5(md5::Md5),
}

impl Hasher {
    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Md5(h) => h.update(data),
        }
    }
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Md5(h) => h.finalize().to_vec(),
        }
    }
    fn name(&self) -> &'static str {
        match self {
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha1(_) => "sha1",
            Hasher::Md5(_) => "md5",
        }
    }
    fn sizes(&self) -> (i64, i64) {
        match self {
            Hasher::Sha256(_) => (32, 64),
            Hasher::Sha1(_) => (20, 64),
            Hasher::Md5(_) => (16, 64),
        }
    }
}

struct HashObj(Hasher);

impl NativeData for HashObj {
    fn trace(&self, _heap: &mut crate::gc::Heap) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = import::new_module(vm, "hashlib")?;
    def_fn(vm, m, "sha256", sha256)?;
    def_fn(vm, m, "sha1", sha1_fn)?;
    def_fn(vm, m, "md5", md5_fn)?;
    Ok(m)
}

fn hash_type(vm: &mut Vm) -> PyResult {
    let t = module_type(
        vm,
        "hash",
        &[
            ("update", h_update),
            ("digest", h_digest),
            ("hexdigest", h_hexdigest),
            ("copy", h_copy),
            ("__getattr__", h_getattr),
        ],
    )?;
    let to = crate::runtime::types::type_obj(t);
    to.flags.set(to.flags.get() | tflags::HAS_GETATTR);
    Ok(t)
}

fn data_arg(vm: &mut Vm, o: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::try_bytes(o) {
        return Ok(b.to_vec());
    }
    if let Some(b) = crate::builtins::memoryview::memoryview_bytes(o) {
        return Ok(b);
    }
    if pystr::try_str(o).is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    Err(vm.type_error("object supporting the buffer API required"))
}

fn make(vm: &mut Vm, mut h: Hasher, args: &[Obj]) -> PyResult {
    if let Some(&d) = args.first() {
        let data = data_arg(vm, d)?;
        h.update(&data);
    }
    let ty = hash_type(vm)?;
    new_native(vm, ty, Box::new(HashObj(h)))
}

fn sha256(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    make(vm, Hasher::Sha256(sha2::Sha256::new()), args)
}

fn sha1_fn(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    make(vm, Hasher::Sha1(sha1::Sha1::new()), args)
}

fn md5_fn(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    make(vm, Hasher::Md5(md5::Md5::new()), args)
}

fn this(vm: &mut Vm, o: Obj) -> PyResult<&'static mut HashObj> {
    native_ref::<HashObj>(o).ok_or_else(|| vm.type_error("expected a hash object"))
}

fn h_update(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let data = match args.get(1) {
        Some(&d) => data_arg(vm, d)?,
        None => return Err(vm.type_error("update() takes exactly one argument")),
    };
    this(vm, args[0])?.0.update(&data);
    Ok(Obj::NONE)
}

fn h_digest(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let d = this(vm, args[0])?.0.digest();
    bytes::new_bytes(vm, &d)
}

fn h_hexdigest(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let d = this(vm, args[0])?.0.digest();
    let s: String = d.iter().map(|b| format!("{b:02x}")).collect();
    pystr::new_string(vm, s)
}

fn h_copy(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let h = this(vm, args[0])?.0.clone();
    let ty = hash_type(vm)?;
    new_native(vm, ty, Box::new(HashObj(h)))
}

fn h_getattr(vm: &mut Vm, args: &[Obj], _kw: Kw) -> PyResult {
    let h = this(vm, args[0])?.0.clone();
    let name = pystr::try_str(args[1]).unwrap_or("");
    let (digest_size, block_size) = h.sizes();
    match name {
        "name" => pystr::new_str(vm, h.name()),
        "digest_size" => Ok(Obj::small_int(digest_size)),
        "block_size" => Ok(Obj::small_int(block_size)),
        _ => Err(crate::runtime::attr::attr_error(vm, args[0], args[1])),
    }
}
