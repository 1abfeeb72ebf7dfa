//! kiln-regions: the region IR that Kiln's optimizer works on, its text form and parser,
//! its verifier, and the optimizer passes.
//!
//! A region is a piece of a Python program larger than one bytecode instruction and
//! possibly larger than one frame: a function body, one loop, or a loop traced through
//! calls with the callees inlined. See `ir` for the IR itself; `text` for its text form;
//! `verify` for the invariants every pass keeps; `passes` for the optimizer.

#![deny(missing_docs)]

pub mod backend;
pub mod exec;
pub mod graft;
pub mod ir;
pub mod optimizer;
pub mod passes;
pub mod record;
pub mod text;
pub mod verify;
