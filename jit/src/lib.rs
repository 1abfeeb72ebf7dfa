//! kiln-jit: Kiln's native back end. Regions that the optimizer recorded and optimized
//! (see `kiln-regions`) are lowered to Cranelift IR ([`lower`]), compiled for the host
//! (x86-64 or aarch64, from `cranelift-native`) or for a `target-lexicon` triple, and run
//! with the same semantics as the region-IR executor: they leave through the same
//! snapshots, written back by the same code ([`native`]).
//!
//! [`Jit`] implements the optimizer's [`Backend`] seam. It keeps one `JITModule` for the
//! whole run (compiled code is never freed: a dropped region's code stays mapped, which
//! also makes a late return into it harmless), writes `/tmp/perf-<pid>.map` on request,
//! and logs Cranelift IR and the register-allocated machine code per region with `--log`.

#![deny(missing_docs)]

pub mod helpers;
pub mod layout;
pub mod lower;
pub mod native;

use std::cell::RefCell;
use std::fs::File;
use std::io::Write;
use std::str::FromStr;
use std::sync::atomic::AtomicUsize;
use std::time::Instant;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::Module;
use target_lexicon::Triple;

use kiln_regions::backend::{Backend, NativeCode, RegionInfo};
use kiln_regions::exec::Compiled;
use kiln_vm::vm::Vm;

use crate::lower::LowerOptions;
use crate::native::NativeRegion;

/// How the JIT is set up (from the runner's options).
#[derive(Clone, Debug, Default)]
pub struct JitOptions {
    /// A target triple; `None`: the host. Code compiled for another target is not run
    /// (the regions run in the IR executor), only logged and measured.
    pub target: Option<String>,
    /// Print Cranelift IR and machine code per region to stderr.
    pub log: bool,
    /// Write `/tmp/perf-<pid>.map`.
    pub perf_map: bool,
    /// Fail about one guard in this many on purpose, forcing deopts (0: never).
    pub chaos: u64,
}

/// The Cranelift back end.
pub struct Jit {
    isa: OwnedTargetIsa,
    module: Option<RefCell<JITModule>>,
    opts: JitOptions,
    perf_map: RefCell<Option<File>>,
    compiled: RefCell<u64>,
    shared: std::rc::Rc<native::Shared>,
    list_layout: Option<layout::ListLayout>,
    slot_layout: Option<layout::ListLayout>,
    obj_layout: Option<layout::ObjLayout>,
    range_layout: Option<layout::RangeLayout>,
    seq_layout: Option<layout::SeqLayout>,
}

impl Jit {
    /// A JIT for the host or `opts.target`. `Err`: the target is unknown or unsupported.
    pub fn new(opts: JitOptions) -> Result<Jit, String> {
        let mut flags = settings::builder();
        let set = |f: &mut settings::Builder, k: &str, v: &str| {
            f.set(k, v).map_err(|e| format!("cranelift setting {k}: {e}"))
        };
        set(&mut flags, "opt_level", "speed")?;
        set(&mut flags, "preserve_frame_pointers", "true")?;
        set(&mut flags, "is_pic", "false")?;
        set(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
        let flags = settings::Flags::new(flags);
        let host = Triple::host();
        let triple = match &opts.target {
            Some(t) => Triple::from_str(t).map_err(|e| format!("--target {t}: {e}"))?,
            None => host.clone(),
        };
        let native =
            triple.architecture == host.architecture && triple.operating_system == host.operating_system;
        let isa = if opts.target.is_none() {
            cranelift_native::builder().map_err(|e| format!("host ISA: {e}"))?.finish(flags)
        } else {
            cranelift_codegen::isa::lookup(triple.clone())
                .map_err(|e| format!("--target {triple}: {e}"))?
                .finish(flags)
        }
        .map_err(|e| format!("ISA for {triple}: {e}"))?;
        let module = if native {
            let builder = JITBuilder::with_isa(isa.clone(), cranelift_module::default_libcall_names());
            Some(RefCell::new(JITModule::new(builder)))
        } else {
            None
        };
        let perf_map = if opts.perf_map {
            let path = perf_map_path();
            Some(File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?)
        } else {
            None
        };
        Ok(Jit {
            isa,
            module,
            opts,
            perf_map: RefCell::new(perf_map),
            compiled: RefCell::new(0),
            shared: Default::default(),
            // Only for the host: another target's code is never run.
            list_layout: if native { layout::ListLayout::probe() } else { None },
            slot_layout: if native { layout::ListLayout::probe_instance() } else { None },
            obj_layout: if native { layout::ObjLayout::probe() } else { None },
            range_layout: if native {
                layout::ObjLayout::probe().and_then(|o| layout::RangeLayout::probe(&o))
            } else {
                None
            },
            seq_layout: if native {
                layout::ObjLayout::probe().and_then(|o| layout::SeqLayout::probe(&o))
            } else {
                None
            },
        })
    }

    /// The target's name (`x86_64`, `aarch64`).
    pub fn target_name(&self) -> String {
        self.isa.triple().architecture.to_string()
    }

    fn log_code(&self, info: &RegionInfo, ctx: &Context) {
        if !self.opts.log {
            return;
        }
        eprintln!(
            "[kiln jit] cranelift IR of {} ({}):\n{}",
            info.name,
            self.target_name(),
            ctx.func.display()
        );
        if let Some(vcode) = ctx.compiled_code().and_then(|c| c.vcode.as_ref()) {
            eprintln!("[kiln jit] machine code of {} ({}):\n{vcode}", info.name, self.target_name());
        }
    }
}

/// The perf map of this process.
pub fn perf_map_path() -> std::path::PathBuf {
    std::path::PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()))
}

/// The name a perf map gives a region: `kiln:trace3 nbody.py:advance (inlined: ...)`.
pub fn perf_name(info: &RegionInfo) -> String {
    let mut s = format!("kiln:{}", info.name);
    if let Some((first, rest)) = info.functions.split_first() {
        s.push(' ');
        s.push_str(first);
        if !rest.is_empty() {
            s.push_str(&format!(" (inlined: {})", rest.join(", ")));
        }
    }
    s
}

impl Backend for Jit {
    fn compile(&self, vm: &mut Vm, c: &Compiled, info: &RegionInfo) -> Result<Box<dyn NativeCode>, String> {
        let start = Instant::now();
        // Link slots, one per snapshot: their addresses are baked into the code.
        let slots: Box<[AtomicUsize]> = (0..c.region.snaps.len()).map(|_| AtomicUsize::new(0)).collect();
        let linkable: Vec<bool> = (0..c.region.snaps.len())
            .map(|s| !info.bridge && lower::linkable(c, kiln_regions::ir::SnapId(s as u32)))
            .collect();
        let link_slots = slots
            .iter()
            .zip(&linkable)
            .map(|(a, &ok)| ok.then_some(a as *const AtomicUsize as usize))
            .collect();
        let opts = LowerOptions {
            call_conv: self.isa.default_call_conv(),
            chaos: self.opts.chaos,
            frontend: self.isa.frontend_config(),
            link_slots,
            list_layout: self.list_layout,
            slot_layout: self.slot_layout,
            obj_layout: self.obj_layout,
            range_layout: self.range_layout,
            seq_layout: self.seq_layout,
            id: if self.module.is_some() { self.shared.new_region(c) } else { 0 },
            join_targets: info
                .join
                .iter()
                .filter(|j| j.entry != 0)
                .map(|j| lower::JoinTarget {
                    pc: j.pc,
                    height: j.height,
                    id: j.id,
                    entry: j.entry,
                    unbound: j.unbound.clone(),
                    bound: j.bound.clone(),
                })
                .collect(),
        };
        let region_id = opts.id;
        let (func, aux) = lower::lower(vm, c, &opts)?;
        let mut ctx = Context::for_function(func);
        ctx.set_disasm(self.opts.log);
        let Some(module) = &self.module else {
            // Another target: compile, log and measure, but do not run.
            ctx.compile(&*self.isa, &mut ControlPlane::default())
                .map_err(|e| format!("cranelift: {:?}", e.inner))?;
            self.log_code(info, &ctx);
            let size = ctx.compiled_code().map_or(0, |c| c.code_info().total_size as usize);
            return Ok(Box::new(NativeRegion::cross(start.elapsed().as_micros() as u64, size)));
        };
        let mut module = module.borrow_mut();
        let id =
            module.declare_anonymous_function(&ctx.func.signature).map_err(|e| format!("cranelift: {e}"))?;
        module.define_function(id, &mut ctx).map_err(|e| format!("cranelift: {e:?}"))?;
        self.log_code(info, &ctx);
        let size = ctx.compiled_code().map_or(0, |c| c.code_info().total_size as usize);
        module.finalize_definitions().map_err(|e| format!("cranelift: {e}"))?;
        let code = module.get_finalized_function(id);
        let micros = start.elapsed().as_micros() as u64;
        if let Some(f) = self.perf_map.borrow_mut().as_mut() {
            // A failed write loses a profiler's names, never the program's output.
            let _ = writeln!(f, "{:x} {:x} {}", code as usize, size, perf_name(info));
            let _ = f.flush();
        }
        *self.compiled.borrow_mut() += 1;
        // SAFETY: `code` is the finalized entry of a function lowered with the signature
        // `extern "C" fn(*mut Ctx) -> u32` in the host's calling convention; the module
        // that owns it is never freed.
        let region = unsafe {
            NativeRegion::new(code, region_id, micros, size, aux, self.shared.clone(), slots, linkable)
        };
        Ok(Box::new(region))
    }

    fn register(&self, c: std::rc::Rc<Compiled>) {
        if let Some(n) = c.native.as_ref() {
            let id = n.id();
            if id != 0 {
                self.shared.register(id, c);
            }
        }
    }

    fn runs_natively(&self) -> bool {
        self.module.is_some()
    }

    fn report(&self) -> String {
        let mut s = format!("jit target:            {}", self.target_name());
        if self.module.is_none() {
            s.push_str(" (cross-compiled: regions run in the IR executor)");
        }
        s.push('\n');
        s
    }
}
