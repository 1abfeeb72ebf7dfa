//! CPython 3.11-exact text formatting of floats, ints and strings: `repr(float)`, `format()` specs and printf-style `%`.
//!
//! Everything here is pure: functions take plain Rust values (`f64`, [`BigInt`], `&str`)
//! and return `String`s; they know nothing of the VM's object model. Guarantees:
//!
//! * [`float_repr`] is identical to CPython's `repr(float)` / `str(float)`: the shortest
//!   digit string that round-trips, in exponent form when the decimal exponent is below -4
//!   or at least 16.
//! * [`parse_format_spec`] accepts exactly CPython 3.11's format-spec mini-language
//!   (`[[fill]align][sign][z][#][0][width][,|_][.precision][type]`) and rejects what CPython
//!   rejects at parse time, with the same message.
//! * [`format_int`], [`format_float`] and [`format_str`] return, character for character,
//!   what `format(value, spec)` returns for an `int`, `float` or `str`, or the message of the
//!   exception CPython raises. Rounding is correct (round-half-even on the exact binary value),
//!   as in CPython, e.g. `format(2.675, '.2f') == '2.67'`.
//! * [`parse_percent`] splits a printf-style format string the way `str % args` scans it, and
//!   [`percent_int`], [`percent_float`] and [`percent_pad`] render one conversion each.
//! * [`int_to_base`] matches `hex()`, `oct()` and `bin()`.
//!
//! Errors are `String`s holding the message of the exception CPython would raise; that
//! exception is `ValueError` unless a function's documentation names another. The `'n'`
//! presentation type behaves as under the C locale (CPython's default: no grouping, `.` as
//! the decimal point).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

// ---------------------------------------------------------------------------
// Decimal digit generation for floats
// ---------------------------------------------------------------------------

/// Decimal digits of a non-negative finite double: the value is `0.DIGITS × 10^decpt`.
/// `digits` has no leading or trailing zeros, except that zero is `"0"` with `decpt == 1`.
struct Digits {
    digits: String,
    decpt: i64,
}

impl Digits {
    fn zero() -> Digits {
        Digits { digits: String::from("0"), decpt: 1 }
    }
}

/// Reads Rust's `{:e}`-style output (`"d.ddde-7"`) of a non-negative finite value.
fn digits_from_sci(text: &str) -> Digits {
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" {
        return Digits::zero();
    }
    Digits { digits, decpt: exponent + 1 }
}

/// Shortest digits that round-trip (dtoa mode 0); among equally short candidates, the
/// closest to `a`, and on an exact tie the one with an even last digit.
fn shortest_digits(a: f64) -> Digits {
    let d = digits_from_sci(&format!("{:e}", a));
    // Rust breaks exact ties between two shortest candidates upwards, dtoa to even. A
    // tie is only possible with 16 or 17 digits: re-round to that many digits with
    // round-half-even and keep the result if it also round-trips.
    if d.digits.len() >= 16 {
        let text = format!("{:.*e}", d.digits.len() - 1, a);
        let even = digits_from_sci(&text);
        if even.digits != d.digits && text.parse::<f64>() == Ok(a) {
            return even;
        }
    }
    d
}

/// At most `n >= 1` significant digits, correctly rounded (dtoa mode 2).
fn significant_digits(a: f64, n: usize) -> Digits {
    // A double's exact decimal expansion has at most 767 significant digits and 1074
    // after the point, so a longer request only adds zeros, which `Digits` drops anyway
    // (and Rust's formatter panics on precisions above 65535).
    digits_from_sci(&format!("{:.*e}", n.min(EXACT_DIGITS) - 1, a))
}

/// More digits than any double's exact decimal expansion needs (see [`significant_digits`]).
const EXACT_DIGITS: usize = 1100;

/// Digits correctly rounded to `prec` places after the decimal point (dtoa mode 3).
fn fixed_digits(a: f64, prec: usize) -> Digits {
    let text = format!("{:.*}", prec.min(EXACT_DIGITS), a);
    let (int_part, frac_part) = text.split_once('.').unwrap_or((&text, ""));
    let leading = int_part.bytes().take_while(|b| *b == b'0').count();
    let mut digits = String::with_capacity(text.len());
    digits.push_str(&int_part[leading..]);
    let mut decpt = (int_part.len() - leading) as i64;
    if digits.is_empty() {
        let frac_leading = frac_part.bytes().take_while(|b| *b == b'0').count();
        if frac_leading == frac_part.len() {
            return Digits::zero();
        }
        decpt = -(frac_leading as i64);
        digits.push_str(&frac_part[frac_leading..]);
    } else {
        digits.push_str(frac_part);
    }
    while digits.ends_with('0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

/// The float-to-text core shared by `repr`, `format()` and `%` (CPython's
/// `PyOS_double_to_string`). `code` is one of `e E f F g G r`; `precision` is the number of
/// digits after the point (`e`, `f`) or of significant digits (`g`, where 0 means 1); it is
/// ignored for `r`. `alt` keeps trailing zeros and the point (`#`), `add_dot_0` makes
/// integral results without exponent end in `.0` (and moves the `g` exponent threshold down
/// by one), `no_neg_0` drops the sign of a result that rounds to zero (`z`).
fn double_to_string(
    x: f64,
    code: char,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> String {
    // CPython's precisions are C ints; clamping keeps the arithmetic below overflow-free.
    let precision = precision.min(i32::MAX as usize);
    let upper = code.is_ascii_uppercase();
    if x.is_nan() {
        return String::from(if upper { "NAN" } else { "nan" });
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        let word = if upper { "INF" } else { "inf" };
        return if negative { format!("-{word}") } else { word.to_string() };
    }
    let a = x.abs();
    let prec = precision as i64;
    let (d, use_exp, mut vend) = match code.to_ascii_lowercase() {
        'e' => (significant_digits(a, precision + 1), true, prec + 1),
        'f' => {
            let d = fixed_digits(a, precision);
            let end = d.decpt + prec;
            (d, false, end)
        }
        'g' => {
            let p = precision.max(1);
            let d = significant_digits(a, p);
            let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
            let use_exp = d.decpt <= -4 || d.decpt > limit;
            let end = if alt { p as i64 } else { d.digits.len() as i64 };
            (d, use_exp, end)
        }
        _ => {
            let d = shortest_digits(a);
            let use_exp = d.decpt <= -4 || d.decpt > 16;
            let end = d.digits.len() as i64;
            (d, use_exp, end)
        }
    };
    if no_neg_0 && d.digits == "0" {
        negative = false;
    }
    let digits = d.digits.as_str();
    let ndigits = digits.len() as i64;
    let (mut decpt, exp) = if use_exp { (1, d.decpt - 1) } else { (d.decpt, 0) };
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && add_dot_0 { vend.max(decpt + 1) } else { vend.max(decpt) };

    let mut out = String::with_capacity((vend - vstart + 8).max(8) as usize);
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vstart);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= ndigits {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if ndigits < decpt {
        push_zeros(&mut out, decpt - ndigits);
        out.push('.');
        push_zeros(&mut out, vend - decpt);
    } else {
        push_zeros(&mut out, vend - ndigits);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        decpt = exp.abs();
        if decpt < 10 {
            out.push('0');
        }
        out.push_str(&decpt.to_string());
    }
    out
}

/// `repr(x)` (and `str(x)`) for a Python float, exactly as CPython 3.11 prints it:
/// `0.1`, `100.0`, `1e+16`, `1e-05`, `1.5e-07`, `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, false, true, false)
}

/// CPython's `'g'`/`'G'` float formatting (`'%g' % x`, `format(x, '.{precision}g')`):
/// `precision` significant digits (0 is taken as 1), trailing zeros removed unless
/// `alternate` (`#`), exponent form when the exponent is below -4 or at least `precision`.
/// `upper` selects `E`, `INF` and `NAN`.
pub fn format_general_g(x: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let code = if upper { 'G' } else { 'g' };
    double_to_string(x, code, precision, alternate, false, false)
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

/// A parsed `format()` spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// Build it with [`parse_format_spec`]; [`FormatSpec::default`] is the empty spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Padding character: the explicit fill, else `'0'` when the `0` flag was given, else `' '`.
    pub fill: char,
    /// Explicit alignment, one of `<`, `>`, `^`, `=`; `None` when not given (each type then
    /// applies its default: `<` for str, `>` for numbers, `=` for numbers with the `0` flag).
    pub align: Option<char>,
    /// Sign option, one of `+`, `-`, ` `; `None` when not given.
    pub sign: Option<char>,
    /// `z` (new in 3.11): coerce a negative zero float result to positive zero.
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag was given (only recognised when no explicit fill was given; it sets
    /// `fill` to `'0'`).
    pub zero: bool,
    /// Minimum field width in code points; 0 when not given.
    pub width: usize,
    /// Thousands separator, `,` or `_`; `None` when not given.
    pub grouping: Option<char>,
    /// Precision; `None` when not given.
    pub precision: Option<usize>,
    /// Presentation type; `None` when not given.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of ASCII digits at `*pos`; `Ok(None)` when there is none.
fn spec_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(String::from("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Renders a presentation-type character the way CPython's messages do: printable ASCII
/// as itself, anything else as `\xNN`.
fn code_text(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{n:x}")
    }
}

fn unknown_code(c: char, type_name: &str) -> String {
    format!("Unknown format code '{}' for object of type '{}'", code_text(c), type_name)
}

/// Parses a format spec as CPython 3.11 does (`format(obj, spec)`, the part after `:` in
/// `str.format` fields and f-strings). `type_name` is the Python type name of the object
/// being formatted; CPython puts it in the "Invalid format specifier" message.
///
/// Checks that depend on the object's type (e.g. a sign for a str) are made by the
/// `format_*` functions, except that a grouping option combined with an explicit
/// presentation type it does not allow is rejected here, as CPython does.
pub fn parse_format_spec(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    // Specs are short: decode into a stack buffer, not a Vec.
    let mut small = ['\0'; 24];
    let long: Vec<char>;
    let chars: &[char] = if spec.len() <= small.len() {
        let mut n = 0;
        for c in spec.chars() {
            small[n] = c;
            n += 1;
        }
        &small[..n]
    } else {
        long = spec.chars().collect();
        &long
    };
    let n = chars.len();
    let mut out = FormatSpec::default();
    let mut pos = 0;
    let mut fill_given = false;

    if n >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_given = true;
        pos = 2;
    } else if n >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if pos < n && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < n && chars[pos] == 'z' {
        out.no_neg_zero = true;
        pos += 1;
    }
    if pos < n && chars[pos] == '#' {
        out.alternate = true;
        pos += 1;
    }
    if !fill_given && pos < n && chars[pos] == '0' {
        out.zero = true;
        out.fill = '0';
        pos += 1;
    }
    out.width = spec_integer(chars, &mut pos)?.unwrap_or(0);
    if pos < n && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < n && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err(String::from("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < n && chars[pos] == ',' && out.grouping == Some('_') {
        return Err(String::from("Cannot specify both ',' and '_'."));
    }
    if pos < n && chars[pos] == '.' {
        pos += 1;
        match spec_integer(chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err(String::from("Format specifier missing precision")),
        }
    }
    if n - pos > 1 {
        return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if n - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if let (Some(sep), Some(ty)) = (out.grouping, out.ty) {
        let ok = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if !ok {
            return Err(format!("Cannot specify '{}' with '{}'.", sep, code_text(ty)));
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// Number field layout (sign, prefix, grouping, padding)
// ---------------------------------------------------------------------------

/// A formatted number split the way CPython lays it out:
/// `<lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    decimal: bool,
    remainder: &'a str,
}

/// Inserts `sep` every `size` digits from the right, first left-padding with zeros (and
/// separators between them) so the result is at least `min_width` long, the way CPython's
/// `_PyUnicode_InsertThousandsGrouping` does.
fn group_digits(digits: &str, min_width: i64, sep: Option<(char, usize)>) -> String {
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let Some((sep, size)) = sep else {
        let len = remaining.max(min_width).max(1);
        let mut out = String::with_capacity(len as usize);
        push_zeros(&mut out, len - remaining);
        out.push_str(digits);
        return out;
    };
    let size = size as i64;
    // Groups collected right to left as (zeros, digit slice).
    let mut groups: Vec<(i64, &str)> = Vec::new();
    let mut end = digits.len();
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let zeros = (len - remaining).max(0);
        let take = remaining.min(len).max(0);
        let start = end - take as usize;
        groups.push((zeros, &digits[start..end]));
        end = start;
        remaining -= take;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    let mut out = String::with_capacity(digits.len() + 2 * groups.len());
    for (i, (zeros, chunk)) in groups.iter().rev().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        push_zeros(&mut out, *zeros);
        out.push_str(chunk);
    }
    out
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    for _ in 0..n {
        out.push(fill);
    }
}

/// Lays out a number per `spec` (CPython's `calc_number_widths` + `fill_number`).
fn fill_number(parts: &NumberParts, spec: &FormatSpec, sep: Option<(char, usize)>) -> String {
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let fill = spec.fill;
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let non_digit = usize::from(sign.is_some())
        + parts.prefix.chars().count()
        + usize::from(parts.decimal)
        + parts.remainder.chars().count();
    let min_width = if fill == '0' && align == '=' { spec.width as i64 - non_digit as i64 } else { 0 };
    let grouped =
        if parts.digits.is_empty() { String::new() } else { group_digits(parts.digits, min_width, sep) };
    let padding = spec.width.saturating_sub(non_digit + grouped.len());
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(non_digit + grouped.len() + padding);
    push_fill(&mut out, fill, left);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, fill, middle);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, fill, right);
    out
}

/// The separator and group size for a spec's grouping option (`_` groups hex, octal and
/// binary digits by four).
fn separator(spec: &FormatSpec, base: u32) -> Option<(char, usize)> {
    match spec.grouping {
        Some(',') => Some((',', 3)),
        Some('_') => Some(('_', if base == 10 { 3 } else { 4 })),
        _ => None,
    }
}

// ---------------------------------------------------------------------------
// format(float), format(int), format(str)
// ---------------------------------------------------------------------------

/// `int` → `float` exactly as CPython converts (correctly rounded, half to even);
/// `Err` with CPython's `OverflowError` message when the result would be infinite.
fn int_to_f64(v: &BigInt) -> Result<f64, String> {
    let magnitude = v.magnitude();
    let bits = magnitude.bits();
    let value = if bits <= 64 {
        magnitude.to_u64().unwrap_or(0) as f64
    } else {
        let shift = bits - 64;
        let mut top = (magnitude >> shift).to_u64().unwrap_or(u64::MAX);
        // A sticky bit makes the single u64 -> f64 rounding see the discarded low bits.
        if magnitude.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        if shift > 1100 {
            f64::INFINITY
        } else {
            top as f64 * 2f64.powi(shift as i32)
        }
    };
    if value.is_infinite() {
        return Err(String::from("int too large to convert to float"));
    }
    Ok(if v.sign() == Sign::Minus { -value } else { value })
}

fn format_float_checked(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let precision = spec.precision;
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(String::from("precision too big"));
    }
    let mut value = x;
    let mut percent = false;
    let mut add_dot_0 = false;
    let (code, prec) = match spec.ty {
        None => {
            add_dot_0 = true;
            match precision {
                None => ('r', 0),
                Some(p) => ('g', p),
            }
        }
        Some('n') => ('g', precision.unwrap_or(6)),
        Some('%') => {
            value *= 100.0;
            percent = true;
            ('f', precision.unwrap_or(6))
        }
        Some(c) => (c, precision.unwrap_or(6)),
    };
    let mut text = double_to_string(value, code, prec, spec.alternate, add_dot_0, spec.no_neg_zero);
    if percent {
        text.push('%');
    }
    if spec.sign.is_none() && spec.width == 0 && spec.grouping.is_none() {
        return Ok(text);
    }
    let negative = text.starts_with('-');
    let body = if negative { &text[1..] } else { &text[..] };
    let ndigits = body.bytes().take_while(u8::is_ascii_digit).count();
    let decimal = body[ndigits..].starts_with('.');
    let rest = &body[ndigits + usize::from(decimal)..];
    let parts = NumberParts { negative, prefix: "", digits: &body[..ndigits], decimal, remainder: rest };
    let sep = if spec.ty == Some('n') { None } else { separator(spec, 10) };
    Ok(fill_number(&parts, spec, sep))
}

/// `format(x, spec)` for a float `x` (`type_name` is its Python type name, for messages).
///
/// Types: none (like `repr`, or with a precision like `g` but keeping at least one digit
/// after the point and switching to exponent form one digit earlier), `e E f F g G n %`.
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_checked(x, spec),
        Some(c) => Err(unknown_code(c, type_name)),
    }
}

/// `format(v, spec)` for an int `v` (`type_name` is its Python type name, for messages).
///
/// Types: none and `d`, `n` (decimal), `b o x X` (with `#` giving `0b 0o 0x 0X`), `c`
/// (the code point), and `e E f F g G %`, which convert `v` to float first. Errors that are
/// not `ValueError` in CPython: `"int too large to convert to float"` and
/// `"%c arg not in range(0x110000)"` (`OverflowError`), and, for `c` with a value beyond a
/// C long, `"Python int too large to convert to C long"` (`OverflowError`). A `c` of a lone
/// surrogate (U+D800..U+DFFF), which a Rust string cannot hold, is an `Err` too.
///
/// Note that CPython formats `bool` with an empty spec as `str(b)`; the caller handles that.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let (base, upper) = match spec.ty {
        None | Some('d' | 'n' | 'c') => (10, false),
        Some('b') => (2, false),
        Some('o') => (8, false),
        Some('x') => (16, false),
        Some('X') => (16, true),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            return format_float_checked(int_to_f64(v)?, spec);
        }
        Some(c) => return Err(unknown_code(c, type_name)),
    };
    if spec.precision.is_some() {
        return Err(String::from("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(String::from("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if spec.ty == Some('c') {
        if spec.sign.is_some() {
            return Err(String::from("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(String::from("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let code = v.to_i64().ok_or_else(|| String::from("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(String::from("%c arg not in range(0x110000)"));
        }
        let ch = char::from_u32(code as u32)
            .ok_or_else(|| format!("%c arg is a lone surrogate (0x{code:x}), which cannot be represented"))?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: ch.encode_utf8(&mut buf),
        };
        return Ok(fill_number(&parts, spec, None));
    }
    let digits = v.magnitude().to_str_radix(base);
    Ok(format_int_digits(v.sign() == Sign::Minus, digits, base, upper, spec))
}

/// [`format_int`] for an int that fits in an `i64` (no big-int conversion).
pub fn format_i64(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let (base, upper) = match spec.ty {
        None | Some('d' | 'n') => (10, false),
        Some('b') => (2, false),
        Some('o') => (8, false),
        Some('x') => (16, false),
        Some('X') => (16, true),
        _ => return format_int(&BigInt::from(v), spec, type_name),
    };
    if spec.precision.is_some() || spec.no_neg_zero {
        return format_int(&BigInt::from(v), spec, type_name);
    }
    let m = v.unsigned_abs();
    let digits = match base {
        2 => format!("{m:b}"),
        8 => format!("{m:o}"),
        16 => format!("{m:x}"),
        _ => m.to_string(),
    };
    Ok(format_int_digits(v < 0, digits, base, upper, spec))
}

/// The rest of [`format_int`] once the magnitude's `digits` (lowercase) are known.
fn format_int_digits(
    negative: bool,
    mut digits: String,
    base: u32,
    upper: bool,
    spec: &FormatSpec,
) -> String {
    if upper {
        digits.make_ascii_uppercase();
    }
    let prefix = match (spec.alternate, base, upper) {
        (false, _, _) | (true, 10, _) => "",
        (true, 2, _) => "0b",
        (true, 8, _) => "0o",
        (true, _, false) => "0x",
        (true, _, true) => "0X",
    };
    if spec.sign.is_none() && spec.width == 0 && spec.grouping.is_none() {
        if !negative && prefix.is_empty() {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + 3);
        if negative {
            out.push('-');
        }
        out.push_str(prefix);
        out.push_str(&digits);
        return out;
    }
    let parts = NumberParts { negative, prefix, digits: &digits, decimal: false, remainder: "" };
    let sep = if spec.ty == Some('n') { None } else { separator(spec, base) };
    fill_number(&parts, spec, sep)
}

/// `format(s, spec)` for a str `s` (`type_name` is its Python type name, for messages).
///
/// The only type is `s`; precision truncates to that many code points; width counts code
/// points; default alignment is left.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match spec.ty {
        None => {
            if let Some(sep) = spec.grouping {
                return Err(format!("Cannot specify '{sep}' with 's'."));
            }
        }
        Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    match spec.sign {
        Some(' ') => return Err(String::from("Space not allowed in string format specifier")),
        Some(_) => return Err(String::from("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(String::from("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(String::from("Alternate form (#) not allowed in string format specifier"));
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err(String::from("'=' alignment not allowed in string format specifier"));
    }
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => &s[..cut],
            None => s,
        },
        None => s,
    };
    if spec.width == 0 {
        return Ok(text.to_string());
    }
    let padding = spec.width.saturating_sub(text.chars().count());
    let (left, right) = match align {
        '>' => (padding, 0),
        '^' => (padding / 2, padding - padding / 2),
        _ => (0, padding),
    };
    let mut out = String::with_capacity(text.len() + padding * spec.fill.len_utf8());
    push_fill(&mut out, spec.fill, left);
    out.push_str(text);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// `hex(v)`, `oct(v)`, `bin(v)` for `base` 16, 8, 2 with `prefix` (e.g. `-0x1f`); without
/// `prefix`, or in another base (2..=36), just the sign and lowercase digits.
pub fn int_to_base(v: &BigInt, base: u32, prefix: bool) -> String {
    let digits = v.magnitude().to_str_radix(base);
    let mut out = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        out.push('-');
    }
    if prefix {
        out.push_str(match base {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// A width or precision in a `%` conversion: `*` (taken from the arguments) or a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// `*`: the next argument (an int) gives the value.
    Star,
    /// A literal number.
    Num(usize),
}

/// The flag characters of a `%` conversion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub minus: bool,
    /// `+`: always show a sign on numbers.
    pub plus: bool,
    /// ` `: a space before non-negative numbers.
    pub space: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
    /// `#`: alternate form (`0x`/`0X`/`0o` prefixes, kept point and zeros for floats).
    pub alternate: bool,
}

/// One `%` conversion: `%[(key)][flags][width][.precision][h|l|L]conv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s`, parentheses removed (nested balanced parentheses kept).
    pub key: Option<String>,
    /// The flags.
    pub flags: PercentFlags,
    /// Minimum width, if given.
    pub width: Option<Count>,
    /// Precision, if given (`%.f` gives `Num(0)`).
    pub precision: Option<Count>,
    /// The conversion character, one of `s r a c d i u o x X e E f F g G`.
    pub conv: char,
}

/// A piece of a parsed printf-style format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    /// A conversion that consumes an argument.
    Spec(PercentSpec),
}

/// A cursor over a format string that counts code points consumed.
struct Cursor<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    pos: usize,
}

impl Cursor<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    fn need(&mut self) -> Result<char, String> {
        self.bump().ok_or_else(|| String::from("incomplete format"))
    }
}

/// Parses a run of digits starting with `first`; returns the number and the character
/// after it.
fn percent_number(cur: &mut Cursor, first: char, limit: usize, what: &str) -> Result<(usize, char), String> {
    let mut value = first.to_digit(10).unwrap_or(0) as usize;
    loop {
        let c = cur.need()?;
        let Some(d) = c.to_digit(10) else {
            return Ok((value, c));
        };
        let d = d as usize;
        if value > (limit - d) / 10 {
            return Err(format!("{what} too big"));
        }
        value = value * 10 + d;
    }
}

/// Splits a printf-style format string into literals and conversions, as `str % args`
/// scans it. Errors (`ValueError` messages): `"incomplete format"`,
/// `"incomplete format key"`, `"width too big"`, `"precision too big"`, and
/// `"unsupported format character 'z' (0x7a) at index 3"` (index in code points).
///
/// CPython reports a bad conversion character only after fetching that conversion's
/// argument, so with too few arguments it raises "not enough arguments for format string"
/// instead; this parser reports the bad character regardless.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut cur = Cursor { chars: fmt.chars().peekable(), pos: 0 };
    while let Some(c) = cur.bump() {
        if c != '%' {
            literal.push(c);
            continue;
        }
        if cur.chars.peek() == Some(&'%') {
            cur.bump();
            literal.push('%');
            continue;
        }
        let mut key = None;
        if cur.chars.peek() == Some(&'(') {
            cur.bump();
            let mut depth = 1usize;
            let mut name = String::new();
            loop {
                match cur.bump() {
                    None => return Err(String::from("incomplete format key")),
                    Some(')') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                        name.push(')');
                    }
                    Some('(') => {
                        depth += 1;
                        name.push('(');
                    }
                    Some(other) => name.push(other),
                }
            }
            key = Some(name);
        }
        let mut flags = PercentFlags::default();
        let mut c = cur.need()?;
        loop {
            match c {
                '-' => flags.minus = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            c = cur.need()?;
        }
        let mut width = None;
        if c == '*' {
            width = Some(Count::Star);
            c = cur.need()?;
        } else if c.is_ascii_digit() {
            let (w, next) = percent_number(&mut cur, c, isize::MAX as usize, "width")?;
            width = Some(Count::Num(w));
            c = next;
        }
        let mut precision = None;
        if c == '.' {
            precision = Some(Count::Num(0));
            c = cur.need()?;
            if c == '*' {
                precision = Some(Count::Star);
                c = cur.need()?;
            } else if c.is_ascii_digit() {
                let (p, next) = percent_number(&mut cur, c, i32::MAX as usize, "precision")?;
                precision = Some(Count::Num(p));
                c = next;
            }
        }
        if matches!(c, 'h' | 'l' | 'L') {
            c = cur.need()?;
        }
        if !matches!(
            c,
            's' | 'r' | 'a' | 'c' | 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
        ) {
            let shown = if (31..=126).contains(&(c as u32)) { c } else { '?' };
            return Err(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown,
                c as u32,
                cur.pos - 1
            ));
        }
        if !literal.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
        }
        pieces.push(PercentPiece::Spec(PercentSpec { key, flags, width, precision, conv: c }));
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    Ok(pieces)
}

/// Pads a converted `%` argument (CPython's `unicode_format_arg_output`). `numeric` turns
/// on sign handling and zero fill; `x X o` with `#` keep their prefix ahead of zero fill.
fn percent_output(
    body: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
    numeric: bool,
) -> String {
    let flags = &spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut text = body;
    if matches!(spec.conv, 's' | 'r' | 'a') {
        if let Some(p) = precision {
            if let Some((cut, _)) = text.char_indices().nth(p) {
                text = &text[..cut];
            }
        }
    }
    let mut len = text.chars().count();
    let mut sign = None;
    if numeric {
        if text.starts_with('-') || text.starts_with('+') {
            sign = text.chars().next();
            text = &text[1..];
            len -= 1;
        } else if flags.plus {
            sign = Some('+');
        } else if flags.space {
            sign = Some(' ');
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = numeric && flags.alternate && matches!(spec.conv, 'x' | 'X' | 'o');
    let mut prefix = "";
    if prefixed && text.len() >= 2 {
        prefix = &text[..2];
        text = &text[2..];
        if fill != ' ' {
            out.push_str(prefix);
            prefix = "";
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.minus {
        push_fill(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        out.push_str(prefix);
    }
    out.push_str(text);
    if width > len {
        push_fill(&mut out, ' ', width - len);
    }
    out
}

/// One integer `%` conversion (`d i u o x X`) of `v`. `width` and `precision` are the
/// resolved counts (a `*` replaced by its argument: a negative `*` width means passing its
/// absolute value with `flags.minus` set on a copy of the spec, a negative `*` precision
/// means 0). Precision is a minimum digit count; `#` adds `0o`, `0x` or `0X`. Any other
/// `conv` is treated as `d`.
pub fn percent_int(v: &BigInt, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    let base = match spec.conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let digits = v.magnitude().to_str_radix(base);
    percent_digits(v.sign() == Sign::Minus, digits, spec, width, precision)
}

/// [`percent_int`] for an int that fits in an `i64` (no big-int conversion).
pub fn percent_i64(v: i64, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    let m = v.unsigned_abs();
    let digits = match spec.conv {
        'o' => format!("{m:o}"),
        'x' | 'X' => format!("{m:x}"),
        _ => m.to_string(),
    };
    percent_digits(v < 0, digits, spec, width, precision)
}

/// The rest of [`percent_int`]: sign, prefix, precision zeros and padding around the
/// magnitude's `digits` (lowercase).
fn percent_digits(
    negative: bool,
    mut digits: String,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let prefix = match spec.conv {
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let zeros = precision.unwrap_or(0).saturating_sub(digits.len());
    if !negative
        && zeros == 0
        && prefix.is_empty()
        && width.is_none()
        && !spec.flags.plus
        && !spec.flags.space
    {
        return digits;
    }
    let mut body = String::with_capacity(digits.len() + zeros + 3);
    if negative {
        body.push('-');
    }
    if spec.flags.alternate {
        body.push_str(prefix);
    }
    push_zeros(&mut body, zeros as i64);
    body.push_str(&digits);
    percent_output(&body, spec, width, precision, true)
}

/// One float `%` conversion (`e E f F g G`) of `x`, default precision 6; `width` and
/// `precision` as for [`percent_int`]. Any other `conv` is treated as `g`.
pub fn percent_float(x: f64, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    let code = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let body = double_to_string(x, code, precision.unwrap_or(6), spec.flags.alternate, false, false);
    percent_output(&body, spec, width, precision, true)
}

/// Pads the already-converted text `s` of an `s`, `r`, `a` or `c` conversion to `width`
/// (right-aligned, or left with `-`; always with spaces). For `s r a` a precision first
/// truncates `s` to that many code points.
pub fn percent_pad(s: &str, spec: &PercentSpec, width: Option<usize>, precision: Option<usize>) -> String {
    percent_output(s, spec, width, precision, false)
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by running CPython 3.11.7.
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn show(r: Result<String, String>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => format!("ERR: {e}"),
        }
    }

    fn ff(x: &str, spec: &str) -> String {
        let x: f64 = x.parse().unwrap();
        show(parse_format_spec(spec, "float").and_then(|s| format_float(x, &s, "float")))
    }

    fn fi(v: &str, spec: &str) -> String {
        show(parse_format_spec(spec, "int").and_then(|s| format_int(&big(v), &s, "int")))
    }

    fn fs(v: &str, spec: &str) -> String {
        show(parse_format_spec(spec, "str").and_then(|s| format_str(v, &s, "str")))
    }

    /// A `%` argument: int (decimal text), float, str, or the `repr` text of a str.
    enum A {
        I(&'static str),
        F(&'static str),
        S(&'static str),
        R(&'static str),
    }

    fn star_arg(it: &mut std::slice::Iter<A>) -> Result<i64, String> {
        match it.next() {
            Some(A::I(v)) => Ok(v.parse().unwrap()),
            _ => Err(String::from("* wants int")),
        }
    }

    /// A small `str % args` driver, as the VM would write one over this module's API.
    fn drive(fmt: &str, args: &[A], map: &[(&str, A)]) -> Result<String, String> {
        let mut out = String::new();
        let mut next = args.iter();
        for piece in parse_percent(fmt)? {
            let spec = match piece {
                PercentPiece::Literal(text) => {
                    out.push_str(&text);
                    continue;
                }
                PercentPiece::Spec(spec) => spec,
            };
            let mut spec = spec;
            let width = match spec.width {
                None => None,
                Some(Count::Num(n)) => Some(n),
                Some(Count::Star) => {
                    let w = star_arg(&mut next)?;
                    spec.flags.minus |= w < 0;
                    Some(w.unsigned_abs() as usize)
                }
            };
            let precision = match spec.precision {
                None => None,
                Some(Count::Num(n)) => Some(n),
                Some(Count::Star) => Some(star_arg(&mut next)?.max(0) as usize),
            };
            let arg = match &spec.key {
                Some(k) => &map.iter().find(|(name, _)| name == k).unwrap().1,
                None => next.next().ok_or_else(|| String::from("not enough arguments for format string"))?,
            };
            let text = match (spec.conv, arg) {
                ('d' | 'i' | 'u' | 'o' | 'x' | 'X', A::I(v)) => percent_int(&big(v), &spec, width, precision),
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::F(x)) => {
                    percent_float(x.parse().unwrap(), &spec, width, precision)
                }
                ('c', A::I(v)) => {
                    let c = char::from_u32(v.parse().unwrap()).unwrap().to_string();
                    percent_pad(&c, &spec, width, precision)
                }
                ('s' | 'c', A::S(s)) | ('r', A::R(s)) => percent_pad(s, &spec, width, precision),
                ('s' | 'r', A::I(v)) => percent_pad(v, &spec, width, precision),
                _ => panic!("unsupported test combination"),
            };
            out.push_str(&text);
        }
        Ok(out)
    }

    fn pct(fmt: &str, args: &[A]) -> String {
        show(drive(fmt, args, &[]))
    }

    fn pct_map(fmt: &str, map: &[(&str, A)]) -> String {
        show(drive(fmt, &[], map))
    }

    fn perr(fmt: &str) -> String {
        show(parse_percent(fmt).map(|_| String::from("parsed")))
    }

    #[test]
    fn spec_fields() {
        let s = parse_format_spec("*^+z#012_.3f", "float").unwrap();
        assert_eq!(
            s,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                zero: false,
                width: 12,
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let s = parse_format_spec("010", "int").unwrap();
        assert!(s.zero && s.fill == '0' && s.width == 10 && s.align.is_none());
        assert_eq!(parse_format_spec("", "int").unwrap(), FormatSpec::default());
        assert_eq!(parse_format_spec("<", "str").unwrap().align, Some('<'));
        assert_eq!(parse_format_spec("<<", "str").unwrap().fill, '<');
    }

    #[test]
    fn percent_structure() {
        let pieces = parse_percent("a%%b%(k)-#08.*lxz%%").unwrap();
        assert_eq!(
            pieces,
            vec![
                PercentPiece::Literal(String::from("a%b")),
                PercentPiece::Spec(PercentSpec {
                    key: Some(String::from("k")),
                    flags: PercentFlags {
                        minus: true,
                        plus: false,
                        space: false,
                        zero: true,
                        alternate: true,
                    },
                    width: Some(Count::Num(8)),
                    precision: Some(Count::Star),
                    conv: 'x',
                }),
                PercentPiece::Literal(String::from("z%")),
            ]
        );
        assert_eq!(parse_percent("").unwrap(), vec![]);
        let pieces = parse_percent("%*.f").unwrap();
        let PercentPiece::Spec(spec) = &pieces[0] else { panic!("expected a conversion") };
        assert_eq!(spec.width, Some(Count::Star));
        assert_eq!(spec.precision, Some(Count::Num(0)));
    }

    #[test]
    fn float_repr_matches_cpython() {
        assert_eq!(float_repr("0.1".parse().unwrap()), "0.1");
        assert_eq!(float_repr("100.0".parse().unwrap()), "100.0");
        assert_eq!(float_repr("1e+16".parse().unwrap()), "1e+16");
        assert_eq!(float_repr("1e-05".parse().unwrap()), "1e-05");
        assert_eq!(float_repr("1.5e-07".parse().unwrap()), "1.5e-07");
        assert_eq!(float_repr("inf".parse().unwrap()), "inf");
        assert_eq!(float_repr("-inf".parse().unwrap()), "-inf");
        assert_eq!(float_repr("nan".parse().unwrap()), "nan");
        assert_eq!(float_repr("-0.0".parse().unwrap()), "-0.0");
        assert_eq!(float_repr("0.0".parse().unwrap()), "0.0");
        assert_eq!(float_repr("1.2345678901234567e+19".parse().unwrap()), "1.2345678901234567e+19");
        assert_eq!(float_repr("1e+22".parse().unwrap()), "1e+22");
        assert_eq!(float_repr("5e-324".parse().unwrap()), "5e-324");
        assert_eq!(float_repr("1.7976931348623157e+308".parse().unwrap()), "1.7976931348623157e+308");
        assert_eq!(float_repr("2.2250738585072014e-308".parse().unwrap()), "2.2250738585072014e-308");
        assert_eq!(float_repr("0.0001".parse().unwrap()), "0.0001");
        assert_eq!(float_repr("9999999999999998.0".parse().unwrap()), "9999999999999998.0");
        assert_eq!(float_repr("1000000000000000.0".parse().unwrap()), "1000000000000000.0");
        assert_eq!(float_repr("123456789012345.6".parse().unwrap()), "123456789012345.6");
        assert_eq!(float_repr("0.3".parse().unwrap()), "0.3");
        assert_eq!(float_repr("0.6666666666666666".parse().unwrap()), "0.6666666666666666");
        assert_eq!(float_repr("-1.5".parse().unwrap()), "-1.5");
        assert_eq!(float_repr("0.00030000000000000003".parse().unwrap()), "0.00030000000000000003");
        assert_eq!(float_repr("1010670483197211.2".parse().unwrap()), "1010670483197211.2");
        assert_eq!(float_repr("-103468157353691.62".parse().unwrap()), "-103468157353691.62");
        assert_eq!(float_repr("1e+100".parse().unwrap()), "1e+100");
        assert_eq!(float_repr("12345.678".parse().unwrap()), "12345.678");
        assert_eq!(float_repr("3e-310".parse().unwrap()), "3e-310");
    }

    #[test]
    fn format_float_matches_cpython() {
        assert_eq!(ff("2.675", ".2f"), "2.67");
        assert_eq!(ff("0.5", ".0f"), "0");
        assert_eq!(ff("1.5", ".0f"), "2");
        assert_eq!(ff("2.5", ".0f"), "2");
        assert_eq!(ff("0.125", ".2f"), "0.12");
        assert_eq!(ff("0.375", ".2f"), "0.38");
        assert_eq!(ff("1e+22", "f"), "10000000000000000000000.000000");
        assert_eq!(ff("1e+22", ""), "1e+22");
        assert_eq!(ff("1e+22", "e"), "1.000000e+22");
        assert_eq!(ff("5e-324", ""), "5e-324");
        assert_eq!(ff("5e-324", "e"), "4.940656e-324");
        assert_eq!(ff("5e-324", ".3g"), "4.94e-324");
        assert_eq!(ff("3.14159", "+08.2f"), "+0003.14");
        assert_eq!(ff("-3.14159", "+08.2f"), "-0003.14");
        assert_eq!(ff("3.14159", "^10"), " 3.14159  ");
        assert_eq!(ff("3.14159", "*<7"), "3.14159");
        assert_eq!(ff("1.0", ""), "1.0");
        assert_eq!(ff("1e+16", ""), "1e+16");
        assert_eq!(ff("3.14159", ".3"), "3.14");
        assert_eq!(ff("123.0", ".3"), "1.23e+02");
        assert_eq!(ff("100.0", "#.3"), "1.00e+02");
        assert_eq!(ff("1e-05", ".3"), "1e-05");
        assert_eq!(ff("0.0001", ".3"), "0.0001");
        assert_eq!(ff("1.5", "#.0f"), "2.");
        assert_eq!(ff("1.5", "#.0e"), "2.e+00");
        assert_eq!(ff("1.5", "#g"), "1.50000");
        assert_eq!(ff("1e+20", "#"), "1.e+20");
        assert_eq!(ff("1.0", "#"), "1.0");
        assert_eq!(ff("-0.0", "z"), "0.0");
        assert_eq!(ff("-0.001", "z.2f"), "0.00");
        assert_eq!(ff("-0.001", ".2f"), "-0.00");
        assert_eq!(ff("-0.0", ""), "-0.0");
        assert_eq!(ff("-0.0", "+.1f"), "-0.0");
        assert_eq!(ff("inf", "010"), "0000000inf");
        assert_eq!(ff("-inf", "=+10"), "-      inf");
        assert_eq!(ff("nan", "010,"), "0000000nan");
        assert_eq!(ff("nan", "+"), "+nan");
        assert_eq!(ff("inf", "F"), "INF");
        assert_eq!(ff("nan", "E"), "NAN");
        assert_eq!(ff("inf", "%"), "inf%");
        assert_eq!(ff("1.5", "%"), "150.000000%");
        assert_eq!(ff("0.256", ".1%"), "25.6%");
        assert_eq!(ff("1234567.891", ","), "1,234,567.891");
        assert_eq!(ff("1234567.891", "_.2f"), "1_234_567.89");
        assert_eq!(ff("1234567.891", ",.3e"), "1.235e+06");
        assert_eq!(ff("1234567.891", "015,.2f"), "0,001,234,567.89");
        assert_eq!(ff("-1234567.891", "020_.1f"), "-0_000_001_234_567.9");
        assert_eq!(ff("1234.5", "n"), "1234.5");
        assert_eq!(ff("1234.5", "10n"), "    1234.5");
        assert_eq!(ff("12345678.9", "g"), "1.23457e+07");
        assert_eq!(ff("123456.0", "g"), "123456");
        assert_eq!(ff("1234567.0", "g"), "1.23457e+06");
        assert_eq!(ff("1.234e-05", "g"), "1.234e-05");
        assert_eq!(ff("0.0001234", "G"), "0.0001234");
        assert_eq!(ff("1e-10", "E"), "1.000000E-10");
        assert_eq!(ff("1.0", "e"), "1.000000e+00");
        assert_eq!(ff("0.0", "e"), "0.000000e+00");
        assert_eq!(ff("0.0", "g"), "0");
        assert_eq!(ff("0.0", "#g"), "0.00000");
        assert_eq!(ff("0.0", ".0f"), "0");
        assert_eq!(ff("0.0", "#.0f"), "0.");
        assert_eq!(ff("123.456", ".0e"), "1e+02");
        assert_eq!(ff("123.456", "#.0e"), "1.e+02");
        assert_eq!(ff("9.5", ".0f"), "10");
        assert_eq!(ff("0.05", ".1f"), "0.1");
        assert_eq!(ff("0.15", ".1f"), "0.1");
        assert_eq!(ff("0.25", ".1f"), "0.2");
        assert_eq!(ff("0.35", ".1f"), "0.3");
        assert_eq!(ff("1e+300", ".3e"), "1.000e+300");
        assert_eq!(ff("1.23e-300", ".2e"), "1.23e-300");
        assert_eq!(ff("1e+100", "g"), "1e+100");
        assert_eq!(ff("1.1", ".17g"), "1.1000000000000001");
        assert_eq!(ff("1.1", ".20f"), "1.10000000000000008882");
        assert_eq!(ff("0.1", ".30f"), "0.100000000000000005551115123126");
        assert_eq!(ff("1.4142135623730951", ".50f"), "1.41421356237309514547462185873882845044136047363281");
        assert_eq!(ff("1e+16", ".3"), "1e+16");
        assert_eq!(ff("1000000000000000.0", ".16"), "1e+15");
        assert_eq!(ff("12.0", ".1"), "1e+01");
        assert_eq!(ff("12.0", ".2"), "1.2e+01");
        assert_eq!(ff("0.5", ".0"), "0.5");
        assert_eq!(ff("42.0", "<10"), "42.0      ");
        assert_eq!(ff("42.0", ">10"), "      42.0");
        assert_eq!(ff("42.0", "^10"), "   42.0   ");
        assert_eq!(ff("42.0", "=10"), "      42.0");
        assert_eq!(ff("-42.0", "=10"), "-     42.0");
        assert_eq!(ff("-42.0", "010"), "-0000042.0");
        assert_eq!(ff("42.0", "x=+10.1f"), "+xxxxx42.0");
        assert_eq!(ff("42.0", " "), " 42.0");
        assert_eq!(ff("-42.0", " "), "-42.0");
        assert_eq!(ff("42.0", "0<8"), "42.00000");
        assert_eq!(ff("42.0", "0>8"), "000042.0");
        assert_eq!(ff("1e-07", ""), "1e-07");
        assert_eq!(ff("123456789.0", ""), "123456789.0");
        assert_eq!(ff("1234.5678", "012,.2f"), "0,001,234.57");
        assert_eq!(ff("1234.5678", "09,.2f"), "01,234.57");
        assert_eq!(ff("1234.5678", "08,.2f"), "1,234.57");
        assert_eq!(ff("1234.5", "é^12,"), "éé1,234.5ééé");
        assert_eq!(ff("1.5", "d"), "ERR: Unknown format code 'd' for object of type 'float'");
        assert_eq!(ff("1.5", "s"), "ERR: Unknown format code 's' for object of type 'float'");
        assert_eq!(ff("1.5", ",n"), "ERR: Cannot specify ',' with 'n'.");
        assert_eq!(ff("1.5", "abc"), "ERR: Invalid format specifier 'abc' for object of type 'float'");
        assert_eq!(ff("1.5", "z.1f"), "1.5");
        assert_eq!(ff("-1e-300", "z.3e"), "-1.000e-300");
        assert_eq!(ff("-0.4", "z.0f"), "0");
        assert_eq!(ff("-0.5", "z.0%"), "-50%");
        assert_eq!(ff("3.0", "#.3g"), "3.00");
        assert_eq!(ff("3.0", ".3g"), "3");
        assert_eq!(ff("3.0", "#"), "3.0");
        assert_eq!(ff("3e+20", "#.3"), "3.00e+20");
        assert_eq!(ff("-inf", "z"), "-inf");
        assert_eq!(ff("7.0", "=^9.2f"), "==7.00===");
        assert_eq!(ff("0.0001", "%"), "0.010000%");
        assert_eq!(ff("-2.5", ".0f"), "-2");
        assert_eq!(ff("-3.5", ".0f"), "-4");
    }

    #[test]
    fn format_int_matches_cpython() {
        assert_eq!(fi("255", "x"), "ff");
        assert_eq!(fi("255", "X"), "FF");
        assert_eq!(fi("255", "#x"), "0xff");
        assert_eq!(fi("255", "#X"), "0XFF");
        assert_eq!(fi("8", "#o"), "0o10");
        assert_eq!(fi("8", "o"), "10");
        assert_eq!(fi("5", "#b"), "0b101");
        assert_eq!(fi("-5", "#b"), "-0b101");
        assert_eq!(fi("-31", "#x"), "-0x1f");
        assert_eq!(fi("0", "#x"), "0x0");
        assert_eq!(fi("1234567", ","), "1,234,567");
        assert_eq!(fi("1234567", "_"), "1_234_567");
        assert_eq!(fi("-1234567", ","), "-1,234,567");
        assert_eq!(fi("1000000000000000000000000000000", ","), "1,000,000,000,000,000,000,000,000,000,000");
        assert_eq!(
            fi("-10000000000000000000000000000000000000007", "_"),
            "-10_000_000_000_000_000_000_000_000_000_000_000_000_007"
        );
        assert_eq!(fi("1267650600228229401496703205376", ",d"), "1,267,650,600,228,229,401,496,703,205,376");
        assert_eq!(fi("244837814094590", "_x"), "dead_beef_cafe");
        assert_eq!(fi("244837814094590", "#_X"), "0XDEAD_BEEF_CAFE");
        assert_eq!(fi("255", "_b"), "1111_1111");
        assert_eq!(fi("-255", "#010_b"), "-0b1111_1111");
        assert_eq!(fi("1234", "08,"), "0,001,234");
        assert_eq!(fi("1234", "09,"), "0,001,234");
        assert_eq!(fi("1234", "0=10,"), "00,001,234");
        assert_eq!(fi("1234", "010,"), "00,001,234");
        assert_eq!(fi("1234", "011_"), "000_001_234");
        assert_eq!(fi("-1234", "010,"), "-0,001,234");
        assert_eq!(fi("255", "#010x"), "0x000000ff");
        assert_eq!(fi("255", "#10x"), "      0xff");
        assert_eq!(fi("255", "<#10x"), "0xff      ");
        assert_eq!(fi("255", "^#10x"), "   0xff   ");
        assert_eq!(fi("-255", "=+#10x"), "-0x     ff");
        assert_eq!(fi("42", "+"), "+42");
        assert_eq!(fi("42", " "), " 42");
        assert_eq!(fi("-42", " "), "-42");
        assert_eq!(fi("42", "-"), "42");
        assert_eq!(fi("42", "+05"), "+0042");
        assert_eq!(fi("-42", "05"), "-0042");
        assert_eq!(fi("42", "*^9"), "***42****");
        assert_eq!(fi("42", "*<7"), "42*****");
        assert_eq!(fi("42", "*>7"), "*****42");
        assert_eq!(fi("42", "=7"), "     42");
        assert_eq!(fi("42", "0<5"), "42000");
        assert_eq!(fi("42", "0^6"), "004200");
        assert_eq!(fi("65", "c"), "A");
        assert_eq!(fi("65", "05c"), "0000A");
        assert_eq!(fi("65", "^5c"), "  A  ");
        assert_eq!(fi("8364", "c"), "€");
        assert_eq!(fi("128512", "c"), "😀");
        assert_eq!(fi("-1", "c"), "ERR: %c arg not in range(0x110000)");
        assert_eq!(fi("1114112", "c"), "ERR: %c arg not in range(0x110000)");
        assert_eq!(fi("1180591620717411303424", "c"), "ERR: Python int too large to convert to C long");
        assert_eq!(fi("65", "+c"), "ERR: Sign not allowed with integer format specifier 'c'");
        assert_eq!(fi("65", "#c"), "ERR: Alternate form (#) not allowed with integer format specifier 'c'");
        assert_eq!(fi("65", ",c"), "ERR: Cannot specify ',' with 'c'.");
        assert_eq!(fi("1", ".2"), "ERR: Precision not allowed in integer format specifier");
        assert_eq!(fi("1", "z"), "ERR: Negative zero coercion (z) not allowed in integer format specifier");
        assert_eq!(fi("1", "s"), "ERR: Unknown format code 's' for object of type 'int'");
        assert_eq!(fi("1", "é"), "ERR: Unknown format code '\\xe9' for object of type 'int'");
        assert_eq!(fi("1", "5 "), "ERR: Unknown format code '\\x20' for object of type 'int'");
        assert_eq!(fi("1", "_n"), "ERR: Cannot specify '_' with 'n'.");
        assert_eq!(fi("1", ",x"), "ERR: Cannot specify ',' with 'x'.");
        assert_eq!(fi("1", ",,"), "ERR: Cannot specify ',' with ','.");
        assert_eq!(fi("1", ",_"), "ERR: Cannot specify both ',' and '_'.");
        assert_eq!(fi("1", "_,"), "ERR: Cannot specify both ',' and '_'.");
        assert_eq!(fi("1", "."), "ERR: Format specifier missing precision");
        assert_eq!(
            fi("1", "111111111111111111111111111111"),
            "ERR: Too many decimal digits in format string"
        );
        assert_eq!(fi("1", "abc"), "ERR: Invalid format specifier 'abc' for object of type 'int'");
        assert_eq!(fi("1234", "n"), "1234");
        assert_eq!(fi("1234", "8n"), "    1234");
        assert_eq!(fi("12345", "e"), "1.234500e+04");
        assert_eq!(fi("12345", "E"), "1.234500E+04");
        assert_eq!(fi("12345", ".2e"), "1.23e+04");
        assert_eq!(fi("12345", "f"), "12345.000000");
        assert_eq!(fi("12345", ".1%"), "1234500.0%");
        assert_eq!(fi("12345", "g"), "12345");
        assert_eq!(fi("100000000000000000000", "g"), "1e+20");
        assert_eq!(fi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "f"), "ERR: int too large to convert to float");
        assert_eq!(fi("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e"), "ERR: int too large to convert to float");
        assert_eq!(fi("9007199254740993", "f"), "9007199254740992.000000");
        assert_eq!(fi("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "e"), "1.797693e+308");
        assert_eq!(fi("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "e"), "ERR: int too large to convert to float");
        assert_eq!(fi("-9223372036854775808", ""), "-9223372036854775808");
        assert_eq!(fi("0", ""), "0");
        assert_eq!(fi("0", "+"), "+0");
        assert_eq!(fi("7", ""), "7");
        assert_eq!(fi("7", "d"), "7");
        assert_eq!(fi("7", "10"), "         7");
        assert_eq!(fi("7", "<10"), "7         ");
        assert_eq!(fi("7", "010d"), "0000000007");
        assert_eq!(fi("123456789", ",.2f"), "123,456,789.00");
        assert_eq!(fi("123456789", "_g"), "1.23457e+08");
        assert_eq!(fi("5", "#d"), "5");
        assert_eq!(fi("0", "#b"), "0b0");
        assert_eq!(fi("0", "#o"), "0o0");
    }

    #[test]
    fn format_str_matches_cpython() {
        assert_eq!(fs("abc", ""), "abc");
        assert_eq!(fs("abc", "10"), "abc       ");
        assert_eq!(fs("abc", "<10"), "abc       ");
        assert_eq!(fs("abc", ">10"), "       abc");
        assert_eq!(fs("abc", "^10"), "   abc    ");
        assert_eq!(fs("abc", "^9"), "   abc   ");
        assert_eq!(fs("abc", "*<7"), "abc****");
        assert_eq!(fs("abc", "*^8"), "**abc***");
        assert_eq!(fs("abcdef", ".3"), "abc");
        assert_eq!(fs("abcdef", "8.3"), "abc     ");
        assert_eq!(fs("abcdef", ">8.3s"), "     abc");
        assert_eq!(fs("ab", "05"), "ab000");
        assert_eq!(fs("ab", "0>5"), "000ab");
        assert_eq!(fs("héllo", "^9"), "  héllo  ");
        assert_eq!(fs("😀x", "*>5"), "***😀x");
        assert_eq!(fs("😀😀😀", ".2"), "😀😀");
        assert_eq!(fs("", "3"), "   ");
        assert_eq!(fs("abc", "2"), "abc");
        assert_eq!(fs("abc", "s"), "abc");
        assert_eq!(fs("abc", "d"), "ERR: Unknown format code 'd' for object of type 'str'");
        assert_eq!(fs("abc", "+"), "ERR: Sign not allowed in string format specifier");
        assert_eq!(fs("abc", " "), "ERR: Space not allowed in string format specifier");
        assert_eq!(fs("abc", "-"), "ERR: Sign not allowed in string format specifier");
        assert_eq!(fs("abc", "z"), "ERR: Negative zero coercion (z) not allowed in string format specifier");
        assert_eq!(fs("abc", "#"), "ERR: Alternate form (#) not allowed in string format specifier");
        assert_eq!(fs("abc", "="), "ERR: '=' alignment not allowed in string format specifier");
        assert_eq!(fs("abc", "^=5"), "ERR: '=' alignment not allowed in string format specifier");
        assert_eq!(fs("abc", ","), "ERR: Cannot specify ',' with 's'.");
        assert_eq!(fs("abc", "_s"), "ERR: Cannot specify '_' with 's'.");
        assert_eq!(fs("abc", "é<6"), "abcééé");
        assert_eq!(fs("abc", ".0"), "");
        assert_eq!(fs("abc", "x<"), "abc");
        assert_eq!(fs("abc", "10.5x"), "ERR: Unknown format code 'x' for object of type 'str'");
    }

    #[test]
    fn percent_matches_cpython() {
        assert_eq!(pct("%5.1f%%", &[A::F("3.14159")]), "  3.1%");
        assert_eq!(pct("%-6d|", &[A::I("42")]), "42    |");
        assert_eq!(pct("%-6d|", &[A::I("-42")]), "-42   |");
        assert_eq!(pct("%05d", &[A::I("-42")]), "-0042");
        assert_eq!(pct("%05d", &[A::I("42")]), "00042");
        assert_eq!(pct("%x", &[A::I("-255")]), "-ff");
        assert_eq!(pct("%#x", &[A::I("-255")]), "-0xff");
        assert_eq!(pct("%#X", &[A::I("255")]), "0XFF");
        assert_eq!(pct("%#o", &[A::I("8")]), "0o10");
        assert_eq!(pct("%o", &[A::I("-8")]), "-10");
        assert_eq!(pct("%#.5x", &[A::I("255")]), "0x000ff");
        assert_eq!(pct("%#.3o", &[A::I("8")]), "0o010");
        assert_eq!(pct("%#08x", &[A::I("255")]), "0x0000ff");
        assert_eq!(pct("%#8x", &[A::I("255")]), "    0xff");
        assert_eq!(pct("%-#8x|", &[A::I("255")]), "0xff    |");
        assert_eq!(pct("%#010x", &[A::I("-255")]), "-0x00000ff");
        assert_eq!(pct("%+#010X", &[A::I("255")]), "+0X00000FF");
        assert_eq!(pct("%+3d", &[A::I("5")]), " +5");
        assert_eq!(pct("%+d", &[A::I("-5")]), "-5");
        assert_eq!(pct("% d", &[A::I("5")]), " 5");
        assert_eq!(pct("% 05d", &[A::I("5")]), " 0005");
        assert_eq!(pct("%-05d|", &[A::I("-5")]), "-5   |");
        assert_eq!(pct("%.3d", &[A::I("-5")]), "-005");
        assert_eq!(pct("%+.3d", &[A::I("5")]), "+005");
        assert_eq!(pct("%08.3d", &[A::I("-5")]), "-0000005");
        assert_eq!(pct("%-+6d|", &[A::I("5")]), "+5    |");
        assert_eq!(pct("%d", &[A::I("1000000000000000000000000000000")]), "1000000000000000000000000000000");
        assert_eq!(pct("%i %u", &[A::I("3"), A::I("4")]), "3 4");
        assert_eq!(pct("%.3s", &[A::S("abcdef")]), "abc");
        assert_eq!(pct("%5.3s|", &[A::S("abcdef")]), "  abc|");
        assert_eq!(pct("%-6r|", &[A::R("'ab'")]), "'ab'  |");
        assert_eq!(pct("%6r|", &[A::R("'ab'")]), "  'ab'|");
        assert_eq!(pct("%05s", &[A::S("ab")]), "   ab");
        assert_eq!(pct("%.0f", &[A::F("0.5")]), "0");
        assert_eq!(pct("%#.0f", &[A::F("0.5")]), "0.");
        assert_eq!(pct("%g", &[A::F("1e-05")]), "1e-05");
        assert_eq!(pct("%#g", &[A::F("1.0")]), "1.00000");
        assert_eq!(pct("%.0g", &[A::F("123.0")]), "1e+02");
        assert_eq!(pct("%G", &[A::F("nan")]), "NAN");
        assert_eq!(pct("%e", &[A::F("0.0")]), "0.000000e+00");
        assert_eq!(pct("%f", &[A::F("1.5")]), "1.500000");
        assert_eq!(pct("%F", &[A::F("inf")]), "INF");
        assert_eq!(pct("%05f", &[A::F("inf")]), "00inf");
        assert_eq!(pct("%+f", &[A::F("nan")]), "+nan");
        assert_eq!(pct("% f", &[A::F("-inf")]), "-inf");
        assert_eq!(pct("%010.3e", &[A::F("-1234.5")]), "-1.234e+03");
        assert_eq!(pct("%-12.4E|", &[A::F("1234.5")]), "1.2345E+03  |");
        assert_eq!(pct("%+.2g", &[A::F("0.000123")]), "+0.00012");
        assert_eq!(pct("%c", &[A::I("65")]), "A");
        assert_eq!(pct("%5c", &[A::I("65")]), "    A");
        assert_eq!(pct("%05c", &[A::I("65")]), "    A");
        assert_eq!(pct("%-3c|", &[A::S("x")]), "x  |");
        assert_eq!(pct("%s and %s", &[A::S("a"), A::S("b")]), "a and b");
        assert_eq!(pct("100%% sure %s", &[A::S("x")]), "100% sure x");
        assert_eq!(pct("%hd %ld %Lf", &[A::I("1"), A::I("2"), A::F("3.0")]), "1 2 3.000000");
        assert_eq!(pct("%*d", &[A::I("-5"), A::I("1")]), "1    ");
        assert_eq!(pct("%*d|", &[A::I("5"), A::I("1")]), "    1|");
        assert_eq!(pct("%.*f", &[A::I("-2"), A::F("1.5")]), "2");
        assert_eq!(pct("%.*f", &[A::I("3"), A::F("1.5")]), "1.500");
        assert_eq!(pct("%*.*f|", &[A::I("8"), A::I("2"), A::F("3.14159")]), "    3.14|");
        assert_eq!(pct("%-*s|", &[A::I("4"), A::S("ab")]), "ab  |");
        assert_eq!(pct("%.f", &[A::F("2.5")]), "2");
        assert_eq!(pct("%x", &[A::I("0")]), "0");
        assert_eq!(pct("%#x", &[A::I("0")]), "0x0");
        assert_eq!(pct("%10.4f|", &[A::F("-0.0")]), "   -0.0000|");
        assert_eq!(pct("%s", &[A::S("é😀")]), "é😀");
        assert_eq!(pct("%5s|", &[A::S("é😀")]), "   é😀|");
        assert_eq!(pct("%.1s", &[A::S("é😀")]), "é");
        assert_eq!(pct("%.20f", &[A::F("0.1")]), "0.10000000000000000555");
        assert_eq!(pct("%.3f", &[A::F("2.0005")]), "2.001");
        assert_eq!(pct("%e", &[A::F("5e-324")]), "4.940656e-324");
        assert_eq!(pct("%g", &[A::F("1e+22")]), "1e+22");
        assert_eq!(pct("%.17g", &[A::F("0.1")]), "0.10000000000000001");
    }

    #[test]
    fn percent_parse_errors_match_cpython() {
        assert_eq!(perr("%"), "ERR: incomplete format");
        assert_eq!(perr("%5"), "ERR: incomplete format");
        assert_eq!(perr("%."), "ERR: incomplete format");
        assert_eq!(perr("%l"), "ERR: incomplete format");
        assert_eq!(perr("%-"), "ERR: incomplete format");
        assert_eq!(perr("%(a"), "ERR: incomplete format key");
        assert_eq!(perr("%(a)"), "ERR: incomplete format");
        assert_eq!(perr("abc%z"), "ERR: unsupported format character 'z' (0x7a) at index 4");
        assert_eq!(perr("%é"), "ERR: unsupported format character '?' (0xe9) at index 1");
        assert_eq!(perr("%5%"), "ERR: unsupported format character '%' (0x25) at index 2");
        assert_eq!(perr("%(a)%"), "ERR: unsupported format character '%' (0x25) at index 4");
        assert_eq!(perr("%,d"), "ERR: unsupported format character ',' (0x2c) at index 1");
        assert_eq!(perr("%(a(b)c"), "ERR: incomplete format key");
        assert_eq!(perr("%*"), "ERR: incomplete format");
        assert_eq!(perr("%.*"), "ERR: incomplete format");
        assert_eq!(perr("%999999999999999999999999999999d"), "ERR: width too big");
        assert_eq!(perr("%.999999999999999999999999999999d"), "ERR: precision too big");
        assert_eq!(perr("ab%y cd"), "ERR: unsupported format character 'y' (0x79) at index 3");
    }

    #[test]
    fn percent_mapping_keys() {
        assert_eq!(pct_map("%(a)s-%(b)05d", &[("a", A::S("x")), ("b", A::I("7"))]), "x-00007");
        assert_eq!(pct_map("%(a(b)c)s", &[("a(b)c", A::S("nested"))]), "nested");
        assert_eq!(pct_map("%()s|", &[("", A::S("empty"))]), "empty|");
        assert_eq!(pct_map("%(x)+.2f", &[("x", A::F("2.0"))]), "+2.00");
    }

    #[test]
    fn int_to_base_matches_hex_oct_bin() {
        assert_eq!(int_to_base(&big("31"), 16, true), "0x1f");
        assert_eq!(int_to_base(&big("31"), 8, true), "0o37");
        assert_eq!(int_to_base(&big("31"), 2, true), "0b11111");
        assert_eq!(int_to_base(&big("-31"), 16, true), "-0x1f");
        assert_eq!(int_to_base(&big("-31"), 8, true), "-0o37");
        assert_eq!(int_to_base(&big("-31"), 2, true), "-0b11111");
        assert_eq!(int_to_base(&big("0"), 16, true), "0x0");
        assert_eq!(int_to_base(&big("0"), 8, true), "0o0");
        assert_eq!(int_to_base(&big("0"), 2, true), "0b0");
        assert_eq!(int_to_base(&big("255"), 16, true), "0xff");
        assert_eq!(int_to_base(&big("255"), 8, true), "0o377");
        assert_eq!(int_to_base(&big("255"), 2, true), "0b11111111");
        assert_eq!(int_to_base(&big("-8"), 16, true), "-0x8");
        assert_eq!(int_to_base(&big("-8"), 8, true), "-0o10");
        assert_eq!(int_to_base(&big("-8"), 2, true), "-0b1000");
        assert_eq!(int_to_base(&big("1180591620717411303424"), 16, true), "0x400000000000000000");
        assert_eq!(int_to_base(&big("1180591620717411303424"), 8, true), "0o200000000000000000000000");
        assert_eq!(
            int_to_base(&big("1180591620717411303424"), 2, true),
            "0b10000000000000000000000000000000000000000000000000000000000000000000000"
        );
        assert_eq!(int_to_base(&big("-1180591620717411303423"), 16, true), "-0x3fffffffffffffffff");
        assert_eq!(int_to_base(&big("-1180591620717411303423"), 8, true), "-0o177777777777777777777777");
        assert_eq!(
            int_to_base(&big("-1180591620717411303423"), 2, true),
            "-0b1111111111111111111111111111111111111111111111111111111111111111111111"
        );
        assert_eq!(int_to_base(&big("-31"), 16, false), "-1f");
        assert_eq!(int_to_base(&big("-31"), 10, true), "-31");
    }

    #[test]
    fn general_g_matches_percent_g() {
        assert_eq!(format_general_g("1234567.0".parse().unwrap(), 3, false, false), "1.23e+06");
        assert_eq!(format_general_g("0.0001".parse().unwrap(), 6, false, false), "0.0001");
        assert_eq!(format_general_g("1e-05".parse().unwrap(), 6, true, false), "1E-05");
        assert_eq!(format_general_g("1.0".parse().unwrap(), 0, false, false), "1");
        assert_eq!(format_general_g("1.0".parse().unwrap(), 4, false, true), "1.000");
        assert_eq!(format_general_g("inf".parse().unwrap(), 6, true, false), "INF");
        assert_eq!(format_general_g("123456.0".parse().unwrap(), 6, false, false), "123456");
        assert_eq!(format_general_g("1e-05".parse().unwrap(), 2, false, true), "1.0e-05");
    }
}
