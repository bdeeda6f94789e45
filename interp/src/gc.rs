//! The garbage-collected heap: one bounded region of 16-byte granules, mark-sweep, non-moving.
//! Not the object layouts (obj/) nor the root set (the VM supplies roots and the stack range).
//!
//! Allocation pops exact-size free lists (1..=SMALL_CLASSES granules), then bumps the untouched
//! tail, then searches the large free list. Marking is precise for heap objects and VM roots, and
//! conservative for the native stack (Rust frames and machine-code frames), as MicroPython does: any
//! word that points into a live object (interior pointers included) keeps it alive. Objects never
//! move, so a conservatively found pointer stays valid.

use crate::obj::{trace_children, Header};
use std::ptr;

pub const GRANULE: usize = 16;
/// Collect once this much external (malloc'd) memory was attached since the last collection.
const EXTERNAL_LIMIT: usize = 32 << 20;
/// Smallest automatic collection trigger, in granules (256 KiB: about an L2 cache).
const MIN_AUTO_THRESHOLD: usize = 16 << 10;
const SMALL_CLASSES: usize = 64;
/// The automatic trigger allows this many times the live data to be allocated before the next
/// collection. Marking costs in proportion to the live data, so a program that keeps megabytes
/// alive (string_ops, wordcount) spends that much less time marking; the heap's high-water mark
/// grows to about (1 + this) times the live data.
const LIVE_MULTIPLIER: usize = 4;

/// A free run of granules; lives in the free memory itself.
#[repr(C)]
struct FreeNode {
    next: *mut FreeNode,
    granules: usize,
}

pub struct Heap {
    base: *mut u8,
    n_granules: usize,
    /// High-water mark: granules at or above `top` have never been handed out since the last
    /// sweep (object searches and sweeps stop there).
    top: usize,
    /// The run allocations are bumped from: granules `cur..cur_end` are free.
    cur: usize,
    cur_end: usize,
    start_bits: Vec<u64>,
    mark_bits: Vec<u64>,
    small_free: [*mut FreeNode; SMALL_CLASSES + 1],
    large_free: *mut FreeNode,
    /// Granules in live (allocated, not yet swept) objects.
    used_granules: usize,
    /// Granules allocated since the last collection.
    since_gc: usize,
    /// Collect after this many granules were allocated, when set by gc.threshold() (0: unset).
    pub threshold: usize,
    /// Automatic trigger: allocation since the last collection, scaled to the live data, so a
    /// program with little live data keeps reusing a cache-sized part of the heap.
    auto_threshold: usize,
    mark_stack: Vec<*mut Header>,
    pub collections: usize,
    pub locked: bool,
    /// Bytes of Rust-owned memory (big-int digits) attached to objects allocated since the last
    /// collection: counted so that such garbage is collected before malloc balloons.
    pub external_since_gc: usize,
    /// Debugging aid (ADDER_GC_STRESS=1): collect before every allocation and poison freed
    /// memory, so a missing root shows up at once.
    stress: bool,
    _mem: memmap2::MmapMut,
}

#[inline(always)]
fn bit_get(bits: &[u64], i: usize) -> bool {
    bits[i >> 6] & (1 << (i & 63)) != 0
}
#[inline(always)]
fn bit_set(bits: &mut [u64], i: usize) {
    bits[i >> 6] |= 1 << (i & 63);
}
#[inline(always)]
fn bit_clear(bits: &mut [u64], i: usize) {
    bits[i >> 6] &= !(1 << (i & 63));
}

/// Block figures for `micropython.mem_info()` (sizes in granules).
#[derive(Debug, Clone, Copy, Default)]
pub struct BlockStats {
    pub one_blocks: usize,
    pub two_blocks: usize,
    pub max_block: usize,
    pub max_free: usize,
}

/// Out of heap memory even after a collection.
#[derive(Debug, Clone, Copy)]
pub struct OutOfMemory;

impl Heap {
    /// A heap of `bytes` bytes (rounded to granules), mapped lazily from the OS.
    pub fn new(bytes: usize) -> std::io::Result<Heap> {
        let n_granules = (bytes / GRANULE).max(64);
        let mut mem = memmap2::MmapMut::map_anon(n_granules * GRANULE)?;
        let base = mem.as_mut_ptr();
        let words = n_granules.div_ceil(64) + 1;
        Ok(Heap {
            base,
            n_granules,
            top: 0,
            cur: 0,
            cur_end: n_granules,
            start_bits: vec![0; words],
            mark_bits: vec![0; words],
            small_free: [ptr::null_mut(); SMALL_CLASSES + 1],
            large_free: ptr::null_mut(),
            used_granules: 0,
            since_gc: 0,
            threshold: 0,
            auto_threshold: MIN_AUTO_THRESHOLD,
            mark_stack: Vec::new(),
            collections: 0,
            locked: false,
            external_since_gc: 0,
            stress: std::env::var_os("ADDER_GC_STRESS").is_some(),
            _mem: mem,
        })
    }

    pub fn total_bytes(&self) -> usize {
        self.n_granules * GRANULE
    }
    pub fn used_bytes(&self) -> usize {
        self.used_granules * GRANULE
    }
    pub fn free_bytes(&self) -> usize {
        self.total_bytes() - self.used_bytes()
    }

    /// True when a collection should run before the next allocation (threshold reached).
    #[inline(always)]
    pub fn wants_collect(&self) -> bool {
        let limit = if self.threshold != 0 {
            self.threshold
        } else {
            self.auto_threshold
        };
        self.since_gc >= limit || self.external_since_gc > EXTERNAL_LIMIT || self.stress
    }

    #[inline(always)]
    fn granule_of(&self, p: *const u8) -> usize {
        (p as usize - self.base as usize) / GRANULE
    }
    #[inline(always)]
    fn addr_of(&self, g: usize) -> *mut u8 {
        // SAFETY: g is a granule index inside the mapped region (callers check bounds).
        unsafe { self.base.add(g * GRANULE) }
    }

    /// Allocate `bytes` zeroed bytes for an object whose header the caller writes. Returns None
    /// when no free run fits (the caller collects and retries, then raises MemoryError).
    #[inline]
    pub fn alloc(&mut self, bytes: usize) -> Option<*mut Header> {
        let g = bytes.div_ceil(GRANULE).max(1);
        let p = self.alloc_granules(g)?;
        let gi = self.granule_of(p);
        // Any run can lie above the high-water mark (e.g. the remainder of the tail region
        // after a refill went to a free list): keep `top` covering every allocated object, or
        // marking would ignore it and free what it references.
        if gi + g > self.top {
            self.top = gi + g;
        }
        bit_set(&mut self.start_bits, gi);
        self.used_granules += g;
        self.since_gc += g;
        // SAFETY: p..p+g*GRANULE is a free run we own exclusively now; zero it so every field
        // (and every Obj slot) starts as 0 = NULL. Small objects: a few word stores beat a call.
        unsafe {
            if g <= 4 {
                let w = p as *mut u64;
                for k in 0..g * 2 {
                    w.add(k).write(0);
                }
            } else {
                ptr::write_bytes(p, 0, g * GRANULE)
            }
        };
        let h = p as *mut Header;
        // SAFETY: the run is at least one granule (16 bytes), the size of a Header.
        unsafe { (*h).granules = g as u32 };
        Some(h)
    }

    #[inline]
    fn alloc_granules(&mut self, g: usize) -> Option<*mut u8> {
        if g <= SMALL_CLASSES {
            let head = self.small_free[g];
            if !head.is_null() {
                // SAFETY: free-list nodes live in free heap memory written by `push_free`.
                self.small_free[g] = unsafe { (*head).next };
                return Some(head as *mut u8);
            }
        }
        if self.cur + g <= self.cur_end {
            return Some(self.bump_from_region(g));
        }
        self.refill(g)
    }

    #[inline(always)]
    fn bump_from_region(&mut self, g: usize) -> *mut u8 {
        let p = self.addr_of(self.cur);
        self.cur += g;
        if self.cur > self.top {
            self.top = self.cur;
        }
        p
    }

    /// The current region cannot hold `g` granules: switch to a large free run that can, or
    /// split a larger small run.
    fn refill(&mut self, g: usize) -> Option<*mut u8> {
        // First fit in the large list becomes the new region.
        let mut prev: *mut *mut FreeNode = &mut self.large_free;
        // SAFETY: walking our own free list; every node was written by push_free.
        unsafe {
            while !(*prev).is_null() {
                let node = *prev;
                let n = (*node).granules;
                if n >= g {
                    *prev = (*node).next;
                    let (old, old_end) = (self.cur, self.cur_end);
                    self.push_free(old, old_end - old);
                    self.cur = self.granule_of(node as *const u8);
                    self.cur_end = self.cur + n;
                    return Some(self.bump_from_region(g));
                }
                prev = &mut (*node).next;
            }
        }
        // Larger small classes, split.
        if g < SMALL_CLASSES {
            for c in (g + 1)..=SMALL_CLASSES {
                let head = self.small_free[c];
                if !head.is_null() {
                    // SAFETY: as above.
                    self.small_free[c] = unsafe { (*head).next };
                    let p = head as *mut u8;
                    let gi = self.granule_of(p);
                    self.push_free(gi + g, c - g);
                    return Some(p);
                }
            }
        }
        None
    }

    fn push_free(&mut self, g: usize, n: usize) {
        if n == 0 {
            return;
        }
        let node = self.addr_of(g) as *mut FreeNode;
        // SAFETY: granules g..g+n are free and inside the region; a node needs one granule.
        unsafe {
            if n <= SMALL_CLASSES {
                (*node).next = self.small_free[n];
                (*node).granules = n;
                self.small_free[n] = node;
            } else {
                (*node).next = self.large_free;
                (*node).granules = n;
                self.large_free = node;
            }
        }
    }

    /// The object containing address `a`, if `a` points into a live allocated object.
    pub fn find_object(&self, a: usize) -> Option<*mut Header> {
        let base = self.base as usize;
        if a < base || a >= base + self.top * GRANULE {
            return None;
        }
        let g = (a - base) / GRANULE;
        // Scan back for the nearest start bit.
        let mut w = g >> 6;
        let mut mask = if g & 63 == 63 {
            u64::MAX
        } else {
            (1u64 << ((g & 63) + 1)) - 1
        };
        loop {
            let bits = self.start_bits[w] & mask;
            if bits != 0 {
                let start = w * 64 + 63 - bits.leading_zeros() as usize;
                let h = self.addr_of(start) as *mut Header;
                // SAFETY: a start bit marks an allocated object with a valid header.
                let size = unsafe { (*h).granules } as usize;
                return if g < start + size { Some(h) } else { None };
            }
            if w == 0 {
                return None;
            }
            w -= 1;
            mask = u64::MAX;
        }
    }

    #[inline]
    pub fn is_heap_ptr(&self, p: *const Header) -> bool {
        let a = p as usize;
        let base = self.base as usize;
        a >= base
            && a < base + self.top * GRANULE
            && (a - base).is_multiple_of(GRANULE)
            && bit_get(&self.start_bits, (a - base) / GRANULE)
    }

    /// Mark one object (if it is a heap object not yet marked) and queue it for tracing.
    #[inline]
    pub fn mark(&mut self, h: *mut Header) {
        if !self.is_heap_ptr(h) {
            return; // static objects and stray values
        }
        let g = self.granule_of(h as *const u8);
        if !bit_get(&self.mark_bits, g) {
            bit_set(&mut self.mark_bits, g);
            self.mark_stack.push(h);
        }
    }

    /// Mark whatever a conservatively found word points into.
    pub fn mark_conservative(&mut self, word: usize) {
        if let Some(h) = self.find_object(word) {
            self.mark(h);
        }
    }

    /// Scan a memory range word by word conservatively.
    ///
    /// # Safety
    /// `lo..hi` must be readable memory (a stack range of this thread).
    pub unsafe fn scan_range_conservative(&mut self, lo: usize, hi: usize) {
        let mut p = lo & !7;
        while p + 8 <= hi {
            // SAFETY: the caller guarantees lo..hi is readable; p is aligned.
            let w = unsafe { ptr::read_volatile(p as *const usize) };
            self.mark_conservative(w);
            p += 8;
        }
    }

    /// Trace everything reachable from the marked set.
    pub fn trace_all(&mut self) {
        while let Some(h) = self.mark_stack.pop() {
            // SAFETY: only headers of live heap objects are pushed on the mark stack.
            unsafe { trace_children(h, self) };
        }
    }

    /// Every allocated object below the high-water mark, in address order (for statistics).
    pub fn objects(&self) -> impl Iterator<Item = *mut Header> + '_ {
        let mut g = 0usize;
        std::iter::from_fn(move || {
            while g < self.top {
                let start = g;
                if bit_get(&self.start_bits, start) {
                    let h = self.addr_of(start) as *mut Header;
                    // SAFETY: a start bit marks an allocated object with a valid header.
                    g = start + (unsafe { (*h).granules } as usize).max(1);
                    return Some(h);
                }
                g += 1;
            }
            None
        })
    }

    /// MicroPython's `mem_info()` block figures over the allocated objects: how many take one
    /// granule, how many two, the largest object and the largest free run (in granules).
    pub fn block_stats(&self) -> BlockStats {
        let mut s = BlockStats::default();
        let mut free_start = 0usize;
        for h in self.objects() {
            let start = self.granule_of(h as *const u8);
            // SAFETY: `objects` yields headers of allocated objects.
            let n = unsafe { (*h).granules } as usize;
            match n {
                1 => s.one_blocks += 1,
                2 => s.two_blocks += 1,
                _ => {}
            }
            s.max_block = s.max_block.max(n);
            s.max_free = s.max_free.max(start.saturating_sub(free_start));
            free_start = start + n;
        }
        s.max_free = s
            .max_free
            .max(self.n_granules - free_start.min(self.n_granules));
        s
    }

    /// Free every unmarked object, rebuild the free lists, clear marks.
    pub fn sweep(&mut self) {
        self.small_free = [ptr::null_mut(); SMALL_CLASSES + 1];
        self.large_free = ptr::null_mut();
        let mut used = 0usize;
        let mut free_start = 0usize;
        // Large free runs in address order: allocation then refills from the lowest one first,
        // so a program with little live data keeps reusing the bottom of the heap (cache- and
        // page-friendly) instead of bumping through the untouched tail.
        let mut large_runs: Vec<(usize, usize)> = Vec::new();
        let mut g = 0usize;
        let n_words = self.top.div_ceil(64);
        let mut w = 0;
        while w < n_words {
            let mut bits = self.start_bits[w];
            while bits != 0 {
                let b = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let start = w * 64 + b;
                if start < g {
                    continue;
                }
                let h = self.addr_of(start) as *mut Header;
                // SAFETY: a start bit marks an allocated object with a valid header.
                let size = unsafe { (*h).granules } as usize;
                if bit_get(&self.mark_bits, start) {
                    bit_clear(&mut self.mark_bits, start);
                    if start > free_start {
                        let n = start - free_start;
                        if n > SMALL_CLASSES {
                            large_runs.push((free_start, n));
                        } else {
                            self.push_free(free_start, n);
                        }
                    }
                    used += size;
                    free_start = start + size;
                } else {
                    bit_clear(&mut self.start_bits, start);
                    // SAFETY: the object is unreachable; run its Rust destructor once.
                    unsafe { crate::obj::finalize(h) };
                    if self.stress {
                        // SAFETY: the object's granules are free now; poison them so a stale
                        // reference fails loudly (0xA5.. is no valid kind or pointer).
                        unsafe { ptr::write_bytes(h as *mut u8, 0xA5, size * GRANULE) };
                    }
                }
                g = start + size;
            }
            w += 1;
        }
        // The tail after the last live object becomes the allocation region.
        self.top = free_start;
        if self.n_granules > free_start {
            large_runs.push((free_start, self.n_granules - free_start));
        }
        // Link the large runs so the lowest address comes first; the allocation region starts
        // empty and is refilled from that list.
        for &(g, n) in large_runs.iter().rev() {
            let node = self.addr_of(g) as *mut FreeNode;
            // SAFETY: granules g..g+n are free and inside the region; a node needs one granule.
            unsafe {
                (*node).next = self.large_free;
                (*node).granules = n;
            }
            self.large_free = node;
        }
        self.cur = 0;
        self.cur_end = 0;
        self.used_granules = used;
        self.since_gc = 0;
        self.auto_threshold = (used * LIVE_MULTIPLIER).max(MIN_AUTO_THRESHOLD);
        self.external_since_gc = 0;
        self.collections += 1;
    }
}

/// The current native stack pointer (approximately: the address of a local).
#[inline(never)]
pub fn stack_pointer() -> usize {
    let x = 0u8;
    std::hint::black_box(&x) as *const u8 as usize
}

/// Callee-saved registers, spilled to memory so a conservative scan of this frame sees them.
#[inline(never)]
pub fn spill_registers() -> [usize; 8] {
    let mut regs = [0usize; 8];
    #[cfg(target_arch = "x86_64")]
    // SAFETY: only reads registers into our local array.
    unsafe {
        std::arch::asm!(
            "mov [{r}], rbx", "mov [{r}+8], rbp", "mov [{r}+16], r12", "mov [{r}+24], r13",
            "mov [{r}+32], r14", "mov [{r}+40], r15",
            r = in(reg) regs.as_mut_ptr(),
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: only reads registers into our local array.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{r}]", "stp x21, x22, [{r}, #16]", "stp x23, x24, [{r}, #32]",
            "stp x25, x26, [{r}, #48]",
            r = in(reg) regs.as_mut_ptr(),
        );
    }
    std::hint::black_box(regs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::obj::ObjKind;

    fn alloc_raw_data(h: &mut Heap, granules: usize) -> *mut Header {
        let p = h.alloc(granules * GRANULE).expect("heap has room");
        // SAFETY: a fresh allocation of at least one granule; RawData objects hold no refs.
        unsafe { (*p).kind = ObjKind::RawData };
        p
    }

    /// A run above the high-water mark that reaches a free list (the tail remainder pushed by a
    /// refill) must still count as heap when allocated from, or marking ignores it.
    #[test]
    fn objects_from_free_lists_above_top_are_heap_objects() {
        let mut h = Heap::new(150 * GRANULE).unwrap();
        let a = alloc_raw_data(&mut h, 10);
        let _b = alloc_raw_data(&mut h, 100);
        let c = alloc_raw_data(&mut h, 10);
        h.mark(a);
        h.mark(c);
        h.trace_all();
        h.sweep();
        // B's run is free; the tail 120..150 is the allocation region.
        let d = alloc_raw_data(&mut h, 90); // refills from B's run, tail goes to a free list
        let e = alloc_raw_data(&mut h, 30); // comes from that free list, above the old top
        assert!(h.is_heap_ptr(d) && h.is_heap_ptr(e));
        assert_eq!(h.find_object(e as usize + 8), Some(e));
    }

    #[test]
    fn unmarked_objects_are_freed_and_reused() {
        let mut h = Heap::new(64 * GRANULE).unwrap();
        let a = alloc_raw_data(&mut h, 4);
        let b = alloc_raw_data(&mut h, 4);
        h.mark(b);
        h.trace_all();
        h.sweep();
        assert!(!h.is_heap_ptr(a) && h.is_heap_ptr(b));
        assert_eq!(h.used_bytes(), 4 * GRANULE);
    }
}
