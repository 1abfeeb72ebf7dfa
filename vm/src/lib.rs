//! kiln-vm: Kiln's front end, bytecode, object model, interpreter and garbage collector.
//!
//! A program goes source -> [`compiler::compile_module`] (ruff's parser, then Kiln
//! bytecode) -> [`vm::Vm::load_code`] (heap code objects) -> [`vm::Vm::run_module`] (the
//! dispatch loop in [`interp`]). Values are NaN-boxed words ([`value::Value`]); heap
//! objects ([`object::Obj`]) are collected by a non-moving mark-sweep GC ([`gc`]) at
//! interpreter safepoints only.
#![deny(missing_docs)]

pub mod arith;
pub mod attr;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod containers;
pub mod dis;
pub mod fastloop;
pub mod format;
pub mod gc;
pub mod hooks;
pub mod intern;
pub mod interp;
pub mod matching;
pub mod num;
pub mod object;
pub mod ops;
pub mod repr;
pub mod run;
pub mod shape;
pub mod stdlib;
pub mod table;
pub mod value;
pub mod vm;
