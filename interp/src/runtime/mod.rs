//! The runtime: what Python operations mean (ops, attributes, calls, iteration, imports, types).
//! Not the dispatch loop (vm/) nor the builtin functions and modules (builtins/, modules/).

pub mod attr;
pub mod bytes;
pub mod call;
pub mod complex;
pub mod dict;
pub mod exc;
pub mod float;
pub mod format;
pub mod func;
pub mod funtable;
pub mod gen;
pub mod import;
pub mod init;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod names;
pub mod ops;
pub mod seq;
pub mod set;
pub mod slice;
pub mod str;
pub mod strformat;
pub mod strsearch;
pub mod subscr;
pub mod tuple;
pub mod types;
