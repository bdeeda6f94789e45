//! .mpy reader (placeholder until written).
