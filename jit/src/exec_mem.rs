//! Executable memory for generated code: mapped read+write, filled, then flipped to read+execute
//! (never writable and executable at once); unmapped when dropped. Not code generation.

/// A block of machine code that can be called. Dropping it unmaps the code, so it must outlive
/// every pointer into it (CodeInfo::native_owner keeps it with its code object).
pub struct ExecMem {
    map: memmap2::Mmap,
}

impl ExecMem {
    /// Copy `code` into fresh executable memory.
    pub fn new(code: &[u8]) -> std::io::Result<ExecMem> {
        let mut m = memmap2::MmapMut::map_anon(code.len().max(1))?;
        m[..code.len()].copy_from_slice(code);
        // make_exec flips the mapping to PROT_READ | PROT_EXEC; from now on it is never writable.
        let map = m.make_exec()?;
        Ok(ExecMem { map })
    }

    /// Address of byte `off` of the code.
    pub fn ptr(&self, off: usize) -> *const u8 {
        self.map[off.min(self.map.len())..].as_ptr()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    pub fn bytes(&self) -> &[u8] {
        &self.map
    }
}
