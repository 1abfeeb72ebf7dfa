//! The text form of the region IR: `Display` prints it, [`parse`] reads it back.
//!
//! ```text
//! region trace0
//! k0 = "code advance nbody.py:20"
//! snap0 = [k0 pc 12 slots 0=v0 1=v1 stack v2]
//! block0(v0:val slot 0, v1:val slot 1):
//!   v2:i64 = unbox_i64 v0 @snap0
//!   jump block1(v2)
//! block1(v3:i64):
//!   v4:i64 = iadd_ovf v3, v3 @snap0
//!   jump block1(v4)
//! ```
//!
//! Lines: the `region NAME` header, then constants (`kN = "description"`), snapshots
//! (`snapN = [frame] [frame] ...`, each frame `[kC pc P slots S=V ... stack V ...]`),
//! sunk allocations (`sunk INST`), and blocks: a `blockN(params):` line and its
//! instructions, indented, ending with a terminator (`jump blockN(args)`, `exit @snapN`,
//! `return vN`). An instruction is `[vN:TY =] NAME operands, immediates [@snapN]`;
//! immediates are integers, doubles (always with a `.` or an exponent, or `inf`, `-inf`,
//! `nan`), quoted names and constants `kN`. `#` starts a comment. Printing then parsing
//! gives back an equal region; parsing then printing gives the canonical text.

use std::fmt;

use crate::ir::*;

fn join<T: fmt::Display>(items: &[T], sep: &str) -> String {
    items.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(sep)
}

impl fmt::Display for Imm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Imm::Int(i) => write!(f, "{i}"),
            Imm::Float(x) if x.is_nan() => f.write_str("nan"),
            Imm::Float(x) if x.is_infinite() => f.write_str(if *x > 0.0 { "inf" } else { "-inf" }),
            Imm::Float(x) => write!(f, "{x:?}"),
            Imm::Name(s) => write!(f, "\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\"")),
            Imm::Konst(k) => write!(f, "{k}"),
        }
    }
}

impl fmt::Display for Inst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((v, ty)) = self.dst {
            write!(f, "{v}:{} = ", ty.name())?;
        }
        f.write_str(self.op.sig().name)?;
        let operands: Vec<String> =
            self.args.iter().map(|a| a.to_string()).chain(self.imms.iter().map(|i| i.to_string())).collect();
        if !operands.is_empty() {
            write!(f, " {}", operands.join(", "))?;
        }
        if let Some(s) = self.snap {
            write!(f, " @{s}")?;
        }
        Ok(())
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Jump(b, args) => write!(f, "jump {b}({})", join(args, ", ")),
            Term::Exit(s) => write!(f, "exit @{s}"),
            Term::Return(v) => write!(f, "return {v}"),
        }
    }
}

impl fmt::Display for FrameState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{} pc {}", self.code, self.pc)?;
        if self.init {
            f.write_str(" init")?;
        }
        if let Some(op) = self.binop {
            write!(f, " binop {}", crate::record::binop_name(op))?;
        }
        f.write_str(" slots")?;
        for (slot, v) in &self.slots {
            write!(f, " {slot}={v}")?;
        }
        f.write_str(" stack")?;
        for v in &self.stack {
            write!(f, " {v}")?;
        }
        f.write_str("]")
    }
}

impl fmt::Display for Snapshot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&join(&self.frames, " "))
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "region {}", self.name)?;
        for (i, k) in self.konsts.iter().enumerate() {
            writeln!(f, "{} = {}", KonstId(i as u32), Imm::Name(k.clone()))?;
        }
        for (i, s) in self.snaps.iter().enumerate() {
            writeln!(f, "{} = {s}", SnapId(i as u32))?;
        }
        for i in &self.sunk {
            writeln!(f, "sunk {i}")?;
        }
        for (bi, b) in self.blocks.iter().enumerate() {
            let params: Vec<String> = b
                .params
                .iter()
                .enumerate()
                .map(|(pi, (v, ty))| match b.param_slots.get(pi) {
                    Some(slot) => format!("{v}:{} slot {slot}", ty.name()),
                    None => format!("{v}:{}", ty.name()),
                })
                .collect();
            writeln!(f, "{}({}):", BlockId(bi as u32), params.join(", "))?;
            for i in &b.insts {
                writeln!(f, "  {i}")?;
            }
            if let Some(t) = &b.term {
                writeln!(f, "  {t}")?;
            }
        }
        for g in &self.grafts {
            let args: Vec<String> = g.args.iter().map(|v| v.to_string()).collect();
            writeln!(f, "graft {} -> {}({})", g.snap, g.block, args.join(", "))?;
        }
        Ok(())
    }
}

/// A parse error: the line (1-based) and what is wrong there.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub msg: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}

impl std::error::Error for ParseError {}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Word(String),
    Str(String),
    Punct(char),
}

fn tokenize(line: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '#' {
            break;
        } else if "()[],:=@".contains(c) {
            out.push(Tok::Punct(c));
            chars.next();
        } else if c == '"' {
            chars.next();
            let mut s = String::new();
            loop {
                match chars.next() {
                    Some('"') => break,
                    Some('\\') => match chars.next() {
                        Some(e @ ('"' | '\\')) => s.push(e),
                        _ => return Err("bad escape in string".to_string()),
                    },
                    Some(ch) => s.push(ch),
                    None => return Err("unterminated string".to_string()),
                }
            }
            out.push(Tok::Str(s));
        } else if c.is_alphanumeric() || "_-+.".contains(c) {
            let mut w = String::new();
            while let Some(&ch) = chars.peek() {
                if ch.is_alphanumeric() || "_-+.".contains(ch) {
                    w.push(ch);
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Word(w));
        } else {
            return Err(format!("unexpected character '{c}'"));
        }
    }
    Ok(out)
}

struct Cursor {
    toks: Vec<Tok>,
    pos: usize,
}

impl Cursor {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.toks.get(self.pos).cloned();
        self.pos += 1;
        t
    }

    fn at_end(&self) -> bool {
        self.pos >= self.toks.len()
    }

    fn punct(&mut self, c: char) -> Result<(), String> {
        match self.next() {
            Some(Tok::Punct(p)) if p == c => Ok(()),
            other => Err(format!("expected '{c}', found {}", describe(other.as_ref()))),
        }
    }

    fn eat_punct(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Punct(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self) -> Result<String, String> {
        match self.next() {
            Some(Tok::Word(w)) => Ok(w),
            other => Err(format!("expected a word, found {}", describe(other.as_ref()))),
        }
    }

    fn keyword(&mut self, k: &str) -> Result<(), String> {
        let w = self.word()?;
        if w == k {
            Ok(())
        } else {
            Err(format!("expected '{k}', found '{w}'"))
        }
    }

    fn end(&self) -> Result<(), String> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(format!("unexpected {} at end of line", describe(Some(t)))),
        }
    }
}

fn describe(t: Option<&Tok>) -> String {
    match t {
        None => "end of line".to_string(),
        Some(Tok::Word(w)) => format!("'{w}'"),
        Some(Tok::Str(s)) => format!("\"{s}\""),
        Some(Tok::Punct(c)) => format!("'{c}'"),
    }
}

fn entity(w: &str, prefix: &str) -> Option<u32> {
    let digits = w.strip_prefix(prefix)?;
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || (digits.len() > 1 && digits.starts_with('0'))
    {
        return None;
    }
    digits.parse().ok()
}

fn var(w: &str) -> Result<Var, String> {
    entity(w, Var::PREFIX).map(Var).ok_or_else(|| format!("expected a value like v3, found '{w}'"))
}

fn snap_ref(c: &mut Cursor) -> Result<SnapId, String> {
    let w = c.word()?;
    entity(&w, SnapId::PREFIX)
        .map(SnapId)
        .ok_or_else(|| format!("expected a snapshot like snap0, found '{w}'"))
}

fn block_ref(w: &str) -> Result<BlockId, String> {
    entity(w, BlockId::PREFIX)
        .map(BlockId)
        .ok_or_else(|| format!("expected a block like block1, found '{w}'"))
}

fn ty(c: &mut Cursor) -> Result<Ty, String> {
    let w = c.word()?;
    Ty::from_name(&w).ok_or_else(|| format!("unknown type '{w}' (val, i64, f64, bool)"))
}

fn imm(t: Tok) -> Result<Imm, String> {
    match t {
        Tok::Str(s) => Ok(Imm::Name(s)),
        Tok::Word(w) => {
            if let Some(k) = entity(&w, KonstId::PREFIX) {
                return Ok(Imm::Konst(KonstId(k)));
            }
            match w.as_str() {
                "inf" => return Ok(Imm::Float(f64::INFINITY)),
                "-inf" => return Ok(Imm::Float(f64::NEG_INFINITY)),
                "nan" => return Ok(Imm::Float(f64::NAN)),
                _ => {}
            }
            if w.contains(['.', 'e', 'E']) {
                w.parse::<f64>().map(Imm::Float).map_err(|_| format!("bad number '{w}'"))
            } else {
                w.parse::<i64>().map(Imm::Int).map_err(|_| format!("bad operand '{w}'"))
            }
        }
        Tok::Punct(p) => Err(format!("unexpected '{p}'")),
    }
}

/// Parses one instruction (without the indentation).
fn inst(c: &mut Cursor) -> Result<Inst, String> {
    let mut dst = None;
    let mut name = c.word()?;
    if c.eat_punct(':') {
        let v = var(&name)?;
        let t = ty(c)?;
        c.punct('=')?;
        dst = Some((v, t));
        name = c.word()?;
    }
    let op = Opcode::from_name(&name).ok_or_else(|| format!("unknown opcode '{name}'"))?;
    let mut args = Vec::new();
    let mut imms = Vec::new();
    let mut snap = None;
    let mut first = true;
    while !c.at_end() {
        if c.eat_punct('@') {
            snap = Some(snap_ref(c)?);
            break;
        }
        if !first {
            c.punct(',')?;
        }
        first = false;
        let t = c.next().ok_or("expected an operand")?;
        match &t {
            Tok::Word(w) if entity(w, Var::PREFIX).is_some() && imms.is_empty() => args.push(var(w)?),
            _ => imms.push(imm(t)?),
        }
    }
    c.end()?;
    Ok(Inst { dst, op, args, imms, snap })
}

fn frame_state(c: &mut Cursor) -> Result<FrameState, String> {
    c.punct('[')?;
    let w = c.word()?;
    let code = entity(&w, KonstId::PREFIX)
        .map(KonstId)
        .ok_or_else(|| format!("expected a code constant, found '{w}'"))?;
    c.keyword("pc")?;
    let pc = c.word()?.parse::<u32>().map_err(|_| "bad pc".to_string())?;
    let (mut init, mut binop) = (false, None);
    loop {
        match c.word()?.as_str() {
            "init" => init = true,
            "binop" => {
                let w = c.word()?;
                binop = Some(
                    crate::record::binop_from_name(&w)
                        .map(|(op, _)| op)
                        .ok_or_else(|| format!("bad operator '{w}'"))?,
                );
            }
            "slots" => break,
            w => return Err(format!("expected 'slots', 'init' or 'binop', found '{w}'")),
        }
    }
    let mut slots = Vec::new();
    loop {
        let w = c.word()?;
        if w == "stack" {
            break;
        }
        let slot = w.parse::<u32>().map_err(|_| format!("expected a slot number or 'stack', found '{w}'"))?;
        c.punct('=')?;
        slots.push((slot, var(&c.word()?)?));
    }
    let mut stack = Vec::new();
    while !c.eat_punct(']') {
        stack.push(var(&c.word()?)?);
    }
    Ok(FrameState { code, pc, slots, stack, init, binop })
}

fn block_header(c: &mut Cursor, entry: bool) -> Result<Block, String> {
    c.punct('(')?;
    let mut b = Block::default();
    if !c.eat_punct(')') {
        loop {
            let v = var(&c.word()?)?;
            c.punct(':')?;
            let t = ty(c)?;
            b.params.push((v, t));
            if entry {
                c.keyword("slot")?;
                b.param_slots.push(c.word()?.parse::<u32>().map_err(|_| "bad slot number".to_string())?);
            }
            if c.eat_punct(')') {
                break;
            }
            c.punct(',')?;
        }
    }
    c.punct(':')?;
    c.end()?;
    Ok(b)
}

fn term(c: &mut Cursor, kw: &str) -> Result<Term, String> {
    let t = match kw {
        "jump" => {
            let b = block_ref(&c.word()?)?;
            c.punct('(')?;
            let mut args = Vec::new();
            if !c.eat_punct(')') {
                loop {
                    args.push(var(&c.word()?)?);
                    if c.eat_punct(')') {
                        break;
                    }
                    c.punct(',')?;
                }
            }
            Term::Jump(b, args)
        }
        "exit" => {
            c.punct('@')?;
            Term::Exit(snap_ref(c)?)
        }
        _ => Term::Return(var(&c.word()?)?),
    };
    c.end()?;
    Ok(t)
}

/// Parses the text form. The result is not verified: run `verify::verify` on it.
pub fn parse(text: &str) -> Result<Region, ParseError> {
    let mut region = Region::default();
    let mut seen_header = false;
    for (n, raw) in text.lines().enumerate() {
        let err = |msg: String| ParseError { line: n + 1, msg };
        let toks = tokenize(raw).map_err(err)?;
        if toks.is_empty() {
            continue;
        }
        let mut c = Cursor { toks, pos: 0 };
        let first = c.word().map_err(err)?;
        let indented = raw.starts_with(' ') || raw.starts_with('\t');
        if !seen_header {
            if first != "region" {
                return Err(err("expected 'region NAME' first".to_string()));
            }
            region.name = c.word().map_err(err)?;
            c.end().map_err(err)?;
            seen_header = true;
            continue;
        }
        if indented {
            let Some(block) = region.blocks.last_mut() else {
                return Err(err("instruction outside a block".to_string()));
            };
            if block.term.is_some() {
                return Err(err("instruction after the block's terminator".to_string()));
            }
            if matches!(first.as_str(), "jump" | "exit" | "return") {
                block.term = Some(term(&mut c, &first).map_err(err)?);
            } else {
                c.pos = 0;
                block.insts.push(inst(&mut c).map_err(err)?);
            }
            continue;
        }
        if let Some(k) = entity(&first, KonstId::PREFIX) {
            if k as usize != region.konsts.len() {
                return Err(err(format!("expected k{} next", region.konsts.len())));
            }
            c.punct('=').map_err(err)?;
            match c.next() {
                Some(Tok::Str(s)) => region.konsts.push(s),
                _ => return Err(err("a constant's description is a quoted string".to_string())),
            }
            c.end().map_err(err)?;
        } else if let Some(s) = entity(&first, SnapId::PREFIX) {
            if s as usize != region.snaps.len() {
                return Err(err(format!("expected snap{} next", region.snaps.len())));
            }
            c.punct('=').map_err(err)?;
            let mut snap = Snapshot::default();
            while !c.at_end() {
                snap.frames.push(frame_state(&mut c).map_err(err)?);
            }
            region.snaps.push(snap);
        } else if first == "sunk" {
            region.sunk.push(inst(&mut c).map_err(err)?);
        } else if let Some(b) = entity(&first, BlockId::PREFIX) {
            if b as usize != region.blocks.len() {
                return Err(err(format!("expected block{} next", region.blocks.len())));
            }
            let block = block_header(&mut c, b == 0).map_err(err)?;
            region.blocks.push(block);
        } else {
            return Err(err(format!("unexpected '{first}' (instructions are indented)")));
        }
    }
    if !seen_header {
        return Err(ParseError { line: 1, msg: "empty region text".to_string() });
    }
    Ok(region)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const LOOP: &str = "\
region trace0
k0 = \"code advance nbody.py:20\"
k1 = \"class Body\"
snap0 = [k0 pc 12 slots 0=v0 1=v1 stack v2]
snap1 = [k0 pc 14 slots 0=v3 stack] [k0 pc 3 slots 0=v4 2=v4 stack v3 v4]
sunk v9:val = new_instance v0, v1, k1, 7
block0(v0:val slot 0, v1:val slot 2):
  v2:i64 = unbox_i64 v0 @snap0
  jump block1(v2, v1)
block1(v3:i64, v4:val):
  v5:i64 = iadd_ovf v3, v3 @snap1
  v6:f64 = const_f64 -2.5e-7
  v7:val = getattr v4, \"x \\\"q\\\"\" @snap1
  v8:bool = ilt v5, v3
  guard_false v8 @snap1
  guard_epoch 3 @snap1
  jump block1(v5, v4)
";

    #[test]
    fn printing_what_was_parsed_gives_the_same_text() {
        let r = parse(LOOP).unwrap();
        assert_eq!(r.to_string(), LOOP);
        assert_eq!(parse(&r.to_string()).unwrap(), r);
        assert_eq!(r.blocks[0].param_slots, [0, 2]);
        assert_eq!(r.snaps[1].frames[1].stack, [Var(3), Var(4)]);
        assert_eq!(r.blocks[1].insts[1].imms, [Imm::Float(-2.5e-7)]);
        assert_eq!(r.blocks[1].insts[2].imms, [Imm::Name("x \"q\"".to_string())]);
    }

    #[test]
    fn special_floats_round_trip() {
        for x in [f64::INFINITY, f64::NEG_INFINITY, 0.1, -0.0, 1e300, 5e-324] {
            let text = format!("region r\nblock0():\n  v0:f64 = const_f64 {}\n  return v0\n", Imm::Float(x));
            let r = parse(&text).unwrap();
            assert_eq!(r.blocks[0].insts[0].imms[0].as_float().unwrap().to_bits(), x.to_bits(), "{text}");
        }
        let r = parse("region r\nblock0():\n  v0:f64 = const_f64 nan\n  return v0\n").unwrap();
        assert!(r.blocks[0].insts[0].imms[0].as_float().unwrap().is_nan());
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("region r\nblock0():\n  v0:i64 = frobnicate v1\n").unwrap_err();
        assert_eq!(e, ParseError { line: 3, msg: "unknown opcode 'frobnicate'".to_string() });
        let e = parse("region r\nblock0():\n  v0:int = const_i64 1\n").unwrap_err();
        assert!(e.msg.contains("unknown type 'int'"), "{e}");
        let e = parse("region r\nblock1():\n").unwrap_err();
        assert_eq!(e.msg, "expected block0 next");
        let e = parse("region r\nblock0():\n  return v0\n  return v0\n").unwrap_err();
        assert_eq!(e.line, 4);
        assert!(parse("").is_err());
        assert!(parse("region r\nk0 = 3\n").unwrap_err().msg.contains("quoted"));
    }
}
