//! .mpy v6 files: reading (validated, copy or in place), verifying and writing.
//! Not the bytecode itself (bytecode.rs) nor the loader that makes runtime objects (vm).

pub mod native;
pub mod read;
pub mod verify;
pub mod write;
