//! Hash tables behind Kiln's `dict` (insertion-ordered, compact) and `set` (CPython 3.11's exact iteration order).
//!
//! # What this module guarantees
//!
//! * Both tables are generic over `Copy` keys (and values); the VM stores its
//!   8-byte `Value`. The tables never compute hashes and never compare keys
//!   themselves: every operation takes the key's Python hash (an `i64`,
//!   already computed with Python's `hash`) and an equality callback
//!   `eq: &mut dyn FnMut(K, K) -> Result<bool, E>`.
//! * `eq` is called only when a stored hash equals the probe hash, always as
//!   `eq(stored_key, probe_key)` (CPython's `PyObject_RichCompareBool(startkey,
//!   key, Py_EQ)` order). The identity shortcut (`stored is probe`) is the
//!   callback's business: it should answer `Ok(true)` at once for identical
//!   keys. If `eq` returns `Err`, the operation stops at once and the error is
//!   returned; a single-key operation (`get`, `insert`, `remove`, ...) then
//!   leaves the table unchanged, and a multi-key operation (`merge`,
//!   `difference_update`, ...) keeps what it had done before the error, as
//!   CPython does.
//! * **`eq` must not mutate the table it is probing** (nor, for the binary set
//!   operations, any table taken by the same call). Safe Rust already forbids
//!   it while the table is borrowed; if the VM can reach the table through a
//!   shared handle (e.g. a `RefCell` or a GC handle) from inside `__eq__`, it
//!   must refuse such a mutation (CPython would restart the lookup; Kiln
//!   guarantees by construction that it never happens). Because of this
//!   guarantee the tables have no "table changed during comparison" restart
//!   logic.
//! * The hash `-1` is never produced by Python's `hash`; if it is passed
//!   anyway it is treated as `-2` (what Python would have produced), because
//!   `-1` marks deleted entries internally.
//! * Deleted dict entries and set dummies keep stale copies of the old key
//!   (and value) bits; they are never yielded. A tracing GC must walk only the
//!   live contents (`iter`, `get_entry`, `slot`), never assume the stale bits
//!   are roots.
//! * [`DictTable`] iterates in insertion order, like CPython 3.6+ dicts:
//!   overwriting a key keeps its position and its original key object,
//!   deleting and re-inserting moves it to the end, `pop_last` is LIFO. Entry
//!   positions are stable until the table is compacted (tombstones dropped),
//!   which only happens when a *new* key is inserted and the entry array is
//!   full, on `reserve`, and on `clear`; `pop_last` drops trailing positions.
//! * [`SetTable`] reproduces CPython 3.11's `setobject.c` table layout for the
//!   same sequence of operations (initial size 8, linear probing of 9 slots
//!   before the perturbed jump, dummies, fill/used accounting, the same resize
//!   rule and the same "clean" re-insertion in table order, `pop` from a
//!   finger), so iterating it gives exactly the order CPython prints. This
//!   holds only if the VM builds every set result with the same sequence of
//!   table operations as CPython; the recipes are below.
//!
//! # Building set results exactly as CPython 3.11 does
//!
//! Notation: `new()` is [`SetTable::new`] (an empty 8-slot table), `add` is
//! [`SetTable::insert`], `discard` is [`SetTable::remove`]. "Iterate a set"
//! always means table order ([`SetTable::iter`]). Where CPython checks object
//! identity (`other is self`), the VM must do the same check; the rules say
//! what to do then.
//!
//! * **Set displays.** `{a, b}` with at most 2 elements, or with any element
//!   that is not a constant after constant folding (`-1`, `2**40`, `'s'` are
//!   constants), and set comprehensions: `new()` then `add` each element left
//!   to right. A starred item `{*x, ...}` is an *update* with `x` (see
//!   `set.update`) at its place in the sequence.
//!   A display of **3 or more elements that are all constants** is compiled
//!   by CPython into `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE`, and
//!   the frozenset constant is built twice: `t1 = new()` + `add` each element
//!   in source order; then the compiler's constant de-duplication rebuilds it
//!   as `t2 = new()` + `add` each element of `t1` in `t1`'s iteration order.
//!   The value of the display is `new()` followed by `merge(&t2)`. (Only when
//!   code is loaded from a `.pyc` does `marshal` rebuild it a third time the
//!   same way; Kiln compiles from source, so ignore that.) Example:
//!   `print({5, 1, 100, 9, 33})` prints `{1, 33, 100, 5, 9}`.
//! * **`set.update(x)`, `s |= x`, `SET_UPDATE`, `set(x)`, `frozenset(x)`**
//!   (the latter two start from `new()`), CPython's `set_update_internal`:
//!   - `x` is a set or frozenset: [`SetTable::merge`] (`set_merge`; a no-op
//!     when `x` is the target itself). `set_merge` first pre-sizes: if
//!     `(fill + len(x)) * 5 >= mask * 3` the target is resized for
//!     `(used + len(x)) * 2`; then, if the target is empty and has the same
//!     size as `x` and `x` has no dummies, it copies `x`'s slots one for one
//!     (same order); if the target is merely empty it re-inserts `x`'s keys in
//!     `x`'s table order with the clean insert; otherwise it `add`s each key
//!     of `x` in `x`'s table order.
//!   - `x` is an exact dict: [`SetTable::reserve_for_update`]`(len(x))`
//!     (resize for `(used + n) * 2` if `(fill + n) * 5 >= mask * 3`), then
//!     `add` each key in dict order with the dict's stored hash.
//!   - anything else (list, tuple, range, generator, dict views, str...):
//!     `add` each item in iteration order.
//!   - `frozenset(fs)` and `fs.copy()` return `fs` itself when `fs` is an
//!     exact frozenset; `set.update(a, b, ...)` updates with each argument in
//!     turn.
//! * **`s.copy()`, `set(s)`, `frozenset(s)` of a set**: [`SetTable::copy_from`]
//!   (`new()` + `merge`). Note that this is *not* always a slot-for-slot copy:
//!   a 5-element set has a 32-slot table but its copy gets a 16-slot one, so
//!   the copy may print in a different order. `Clone` is a structural clone
//!   and is *not* what Python's `copy` does.
//! * **`a | b`** (both sets): [`SetTable::union`] = `copy_from(a)` then, unless
//!   `b is a`, `merge(b)`. `a.union(x, y, ...)`: `copy_from(a)` then update
//!   with each argument that is not `a` itself (a non-set argument uses the
//!   update rules above).
//! * **`a & b`** (both sets) / `a.intersection(b)` with a set:
//!   [`SetTable::intersection`]: if `b is a`, `copy_from(a)`; otherwise
//!   iterate the smaller of the two (the right operand `b` when the sizes are
//!   equal) and `add` to a `new()` result each key found in the other one, so
//!   the result keeps the *iterated* set's key objects (`{1} & {1.0}` is
//!   `{1.0}`). With a non-set iterable `x`: `new()` result; for each item of
//!   `x` in order, if `a` contains it, `add` the item (the item's object, not
//!   `a`'s). `a.intersection(x, y, ...)` folds left; with no arguments it is
//!   `copy_from(a)`.
//! * **`a &= b`, `a.intersection_update(x)`**: compute `a & x` as above, then
//!   [`SetTable::replace_table`] (CPython swaps the tables but `a` keeps its
//!   `pop` finger); [`SetTable::intersection_update`] does this for a set
//!   argument. For `a &= a`: `a.replace_table(SetTable::copy_from(&a))`.
//! * **`a - b`**, `a.difference(x)` (CPython's `set_difference`):
//!   - `x` a set: [`SetTable::difference`]: if `len(a) >> 2 > len(x)`,
//!     `copy_from(a)` then `difference_update(x)`; otherwise a `new()` result
//!     gets `add`ed each key of `a` (table order) that `x` does not contain.
//!   - `x` an exact dict: the same two branches with `n = len(x)`; the copy
//!     branch discards every key of the dict (dict order) and then calls
//!     [`SetTable::compact_after_discards`]; the other branch tests dict
//!     membership.
//!   - anything else: `copy_from(a)`, `discard` each item of `x`, then
//!     [`SetTable::compact_after_discards`].
//!   - `a.difference(x, y, ...)`: `a.difference(x)`, then `difference_update`
//!     of the result with each further argument; no arguments: `copy_from`.
//! * **`a -= b`, `a.difference_update(x)`**: if `x is a`: `clear()`. A set:
//!   [`SetTable::difference_update`] (when `len(x) >> 3 > len(a)` it first
//!   replaces `x` by `a & x`, then discards each key of `x` and finishes with
//!   `compact_after_discards`). Anything else (dicts included): `discard`
//!   each item, then [`SetTable::compact_after_discards`] (resize when more
//!   than a quarter of the slots, `fill - used > mask / 4`, are dummies).
//! * **`a ^ b`**, `a.symmetric_difference(x)`: the result is built from the
//!   *right* operand: `r = set(x)` (the `set(x)` rules above; for a set,
//!   `copy_from(x)`), then `r.symmetric_difference_update(a)` iterating `a`.
//!   [`SetTable::symmetric_difference`] does this for two sets.
//! * **`a ^= x`, `a.symmetric_difference_update(x)`**: if `x is a`: `clear()`.
//!   `x` an exact dict: for each key in dict order, `discard` it and, if it
//!   was absent, `add` it. `x` a set: the same over `x`'s table order
//!   ([`SetTable::symmetric_difference_update`]). Anything else: first
//!   `t = set(x)` (`new()` + `add` each item), then the same over `t`.
//! * **`s.add(x)`** ([`SetTable::insert`]): an absent key goes into the
//!   *last* dummy met on its probe path if there was one (what CPython 3.11
//!   does; checked against python3), else into the empty slot ending the
//!   probe, which may trigger a resize.
//!   **`s.discard(x)`, `s.remove(x)`** (KeyError when absent),
//!   **`s.pop()`** ([`SetTable::pop`], KeyError "pop from an empty set" on
//!   `None`), **`s.clear()`** ([`SetTable::clear`]; always leaves an empty
//!   8-slot table, the pop finger is kept). `discard` never shrinks the
//!   table.
//! * **Dict views** (`dictobject.c`): `d.keys() | x`, `d.keys() - x`,
//!   `d.keys() ^ x` start from `set(d)` (the exact-dict path of `set(x)`
//!   above; for an items view or a reversed operand, `set(left operand)` by
//!   iteration) and then apply `update`, `difference_update`,
//!   `symmetric_difference_update` with `x`. `d.keys() & x`: if `x` is an
//!   exact set and `len(d) <= len(x)` this is `x.intersection(d.keys())` (the
//!   iterable path: iterate the keys, keep those in `x`); otherwise a `new()`
//!   result gets each item of `x`, in `x`'s order, that is a key of `d`.
//! * **Iteration** walks slot positions `0..slots_len()` and skips `None`
//!   from [`SetTable::slot`]; CPython's set iterator raises `RuntimeError:
//!   Set changed size during iteration` when `len()` differs from the length
//!   at the iterator's creation (and stops for good once exhausted).
//! * `hash(frozenset)`: [`SetTable::frozenset_hash`].
//!
//! Dict iteration is insertion order whatever the table sizes, so
//! [`DictTable`] only follows CPython's probing and growth for speed; its
//! iterators walk positions `0..entries_len()` with [`DictTable::get_entry`]
//! and compare [`DictTable::len`] with the length at creation ("dictionary
//! changed size during iteration").

/// `-1` is never a Python hash; it marks dict tombstones.
const TOMBSTONE_HASH: i64 = -1;

/// CPython's `PERTURB_SHIFT` (dicts and sets).
const PERTURB_SHIFT: u32 = 5;

/// Maps the impossible hash `-1` to `-2`, as Python's `hash` would have.
#[inline(always)]
fn normalize_hash(hash: i64) -> i64 {
    if hash == TOMBSTONE_HASH {
        -2
    } else {
        hash
    }
}

// ---------------------------------------------------------------------------
// DictTable
// ---------------------------------------------------------------------------

/// Index-table marker: slot never used.
const IX_EMPTY: u32 = u32::MAX;
/// Index-table marker: slot whose entry was deleted.
const IX_DUMMY: u32 = u32::MAX - 1;
/// Largest number of entries the `u32` index table can address.
const IX_LIMIT: usize = (u32::MAX - 2) as usize;
/// Smallest allocated index table.
const DICT_MINSIZE: usize = 8;

/// CPython's `USABLE_FRACTION`: entries that fit in an index table of `size`.
#[inline]
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// One entry of the compact entry array; `hash == TOMBSTONE_HASH` when deleted.
#[derive(Clone, Copy, Debug)]
struct DictEntry<K, V> {
    hash: i64,
    key: K,
    value: V,
}

/// Outcome of probing the index table for insertion.
enum DictProbe {
    /// Key present: index-table slot and entry position.
    Found(usize),
    /// Key absent: first free (empty or dummy) index-table slot on its path.
    Vacant(usize),
}

/// Insertion-ordered hash table behind Python's `dict` (CPython 3.11's compact
/// layout: an entry array in insertion order with tombstones, plus an
/// open-addressing index table).
///
/// Keys and values are `Copy`; hashing and equality are supplied by the
/// caller on every call (see the module docs for the `eq` contract). A table
/// built with [`DictTable::new`] allocates nothing until the first insertion.
#[derive(Clone, Debug)]
pub struct DictTable<K, V> {
    /// Open-addressing index table (power-of-two length, or empty when
    /// unallocated): entry positions, `IX_EMPTY` or `IX_DUMMY`.
    indices: Vec<u32>,
    /// Entries in insertion order, deleted ones marked by `TOMBSTONE_HASH`.
    entries: Vec<DictEntry<K, V>>,
    /// Number of live entries.
    used: usize,
    /// New entries that can still be added before a resize.
    usable: usize,
}

impl<K: Copy, V: Copy> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Copy, V: Copy> DictTable<K, V> {
    /// Creates an empty table without allocating.
    pub fn new() -> Self {
        DictTable { indices: Vec::new(), entries: Vec::new(), used: 0, usable: 0 }
    }

    /// Creates an empty table that can hold `n` entries without resizing.
    pub fn with_capacity(n: usize) -> Self {
        let mut table = Self::new();
        if n > 0 {
            table.rebuild(Self::size_for(n));
        }
        table
    }

    /// Smallest index-table size whose usable fraction holds `n` entries.
    fn size_for(n: usize) -> usize {
        let mut size = DICT_MINSIZE;
        while usable_fraction(size) < n {
            size <<= 1;
        }
        size
    }

    /// Number of live entries (`len(d)`).
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when the table has no live entries.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Probes for `key`; returns `(index-table slot, entry position)`.
    #[inline]
    fn find<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<(usize, usize)>, E> {
        if self.used == 0 {
            return Ok(None);
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (perturb as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == IX_EMPTY {
                return Ok(None);
            }
            if ix != IX_DUMMY {
                let entry = &self.entries[ix as usize];
                if entry.hash == hash && eq(entry.key, key)? {
                    return Ok(Some((i, ix as usize)));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1) & mask;
        }
    }

    /// Probes for `key` on an allocated table, remembering the first free
    /// slot in case the key is absent.
    #[inline]
    fn probe_for_insert<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<DictProbe, E> {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (perturb as usize) & mask;
        let mut free = usize::MAX;
        loop {
            let ix = self.indices[i];
            if ix == IX_EMPTY {
                return Ok(DictProbe::Vacant(if free == usize::MAX { i } else { free }));
            }
            if ix == IX_DUMMY {
                if free == usize::MAX {
                    free = i;
                }
            } else {
                let entry = &self.entries[ix as usize];
                if entry.hash == hash && eq(entry.key, key)? {
                    return Ok(DictProbe::Found(ix as usize));
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1) & mask;
        }
    }

    /// First empty slot on `hash`'s probe path in a dummy-free index table.
    #[inline]
    fn empty_slot(indices: &[u32], hash: i64) -> usize {
        let mask = indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (perturb as usize) & mask;
        while indices[i] != IX_EMPTY {
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1) & mask;
        }
        i
    }

    /// Index-table slot that holds entry position `pos` (which must be live).
    fn slot_of(&self, hash: i64, pos: usize) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (perturb as usize) & mask;
        while self.indices[i] != pos as u32 {
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1) & mask;
        }
        i
    }

    /// Compacts the entries (dropping tombstones) and rebuilds an index table
    /// of `size` slots (a power of two that can hold every live entry).
    fn rebuild(&mut self, size: usize) {
        debug_assert!(size.is_power_of_two() && usable_fraction(size) >= self.used);
        if self.entries.len() != self.used {
            self.entries.retain(|e| e.hash != TOMBSTONE_HASH);
        }
        let mut indices = vec![IX_EMPTY; size];
        for (pos, entry) in self.entries.iter().enumerate() {
            let slot = Self::empty_slot(&indices, entry.hash);
            indices[slot] = pos as u32;
        }
        self.indices = indices;
        let cap = usable_fraction(size);
        self.usable = cap - self.used;
        if self.entries.capacity() < cap {
            self.entries.reserve_exact(cap - self.entries.len());
        } else if self.entries.capacity() > 2 * cap {
            self.entries.shrink_to(cap);
        }
    }

    /// CPython's insertion resize: a table for `used * 3`.
    fn grow(&mut self) {
        let min = self.used * 3;
        let mut size = DICT_MINSIZE;
        while size <= min {
            size <<= 1;
        }
        self.rebuild(size);
    }

    /// Appends a new entry whose key is known to be absent; `slot` is the free
    /// index-table slot found by the probe (ignored if a resize is needed).
    #[inline]
    fn push_new(&mut self, slot: usize, hash: i64, key: K, value: V) {
        let slot = if self.usable == 0 {
            self.grow();
            Self::empty_slot(&self.indices, hash)
        } else {
            slot
        };
        let pos = self.entries.len();
        assert!(pos < IX_LIMIT, "dict too large");
        self.entries.push(DictEntry { hash, key, value });
        self.indices[slot] = pos as u32;
        self.used += 1;
        self.usable -= 1;
    }

    /// Looks up `key`; returns its value (`d[key]` / `d.get(key)`).
    #[inline]
    pub fn get<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        let found = self.find(normalize_hash(hash), key, eq)?;
        Ok(found.map(|(_, pos)| self.entries[pos].value))
    }

    /// Looks up `key`; returns the stored (original) key and its value.
    pub fn get_key_value<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        let found = self.find(normalize_hash(hash), key, eq)?;
        Ok(found.map(|(_, pos)| {
            let e = &self.entries[pos];
            (e.key, e.value)
        }))
    }

    /// Looks up `key`; returns its entry position (for [`DictTable::entry_at`],
    /// [`DictTable::set_value_at`]).
    pub fn get_index<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        let found = self.find(normalize_hash(hash), key, eq)?;
        Ok(found.map(|(_, pos)| pos))
    }

    /// True when `key` is present (`key in d`).
    pub fn contains_key<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.find(normalize_hash(hash), key, eq)?.is_some())
    }

    /// `d[key] = value`. A new key goes to the end; an existing key keeps its
    /// position and its original key object, its value is replaced and the
    /// old value returned.
    #[inline]
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        let hash = normalize_hash(hash);
        if self.indices.is_empty() {
            self.rebuild(DICT_MINSIZE);
        }
        match self.probe_for_insert(hash, key, eq)? {
            DictProbe::Found(pos) => {
                let slot = &mut self.entries[pos].value;
                let old = *slot;
                *slot = value;
                Ok(Some(old))
            }
            DictProbe::Vacant(slot) => {
                self.push_new(slot, hash, key, value);
                Ok(None)
            }
        }
    }

    /// `d.setdefault(key, value)`: returns the present value, or inserts
    /// `value` at the end and returns it.
    pub fn get_or_insert<E>(
        &mut self,
        hash: i64,
        key: K,
        value: V,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<V, E> {
        let hash = normalize_hash(hash);
        if self.indices.is_empty() {
            self.rebuild(DICT_MINSIZE);
        }
        match self.probe_for_insert(hash, key, eq)? {
            DictProbe::Found(pos) => Ok(self.entries[pos].value),
            DictProbe::Vacant(slot) => {
                self.push_new(slot, hash, key, value);
                Ok(value)
            }
        }
    }

    /// `del d[key]` / `d.pop(key)`: removes `key`, returning the stored key
    /// and its value. Positions of the other entries do not change.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        let Some((slot, pos)) = self.find(normalize_hash(hash), key, eq)? else {
            return Ok(None);
        };
        self.indices[slot] = IX_DUMMY;
        let entry = &mut self.entries[pos];
        entry.hash = TOMBSTONE_HASH;
        self.used -= 1;
        Ok(Some((entry.key, entry.value)))
    }

    /// `d.popitem()`: removes and returns the last live entry (LIFO), or
    /// `None` when empty. Trailing tombstones are dropped, so
    /// [`DictTable::entries_len`] shrinks.
    pub fn pop_last(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        while self.entries.last().is_some_and(|e| e.hash == TOMBSTONE_HASH) {
            self.entries.pop();
        }
        let pos = self.entries.len() - 1;
        let entry = self.entries[pos];
        let slot = self.slot_of(entry.hash, pos);
        // As in CPython, `usable` is not given back: the dummy stays.
        self.indices[slot] = IX_DUMMY;
        self.entries.truncate(pos);
        self.used -= 1;
        Some((entry.key, entry.value))
    }

    /// `d.clear()`: removes everything and frees the storage.
    pub fn clear(&mut self) {
        *self = Self::new();
    }

    /// Makes room for `additional` new keys without an intermediate resize
    /// (iteration order is unaffected).
    pub fn reserve(&mut self, additional: usize) {
        if self.usable < additional {
            let need = self.used + additional;
            self.rebuild(Self::size_for(need));
        }
    }

    /// Live `(key, value)` pairs in insertion order (reversible, for
    /// `reversed(d)`).
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (K, V)> + '_ {
        self.entries.iter().filter(|e| e.hash != TOMBSTONE_HASH).map(|e| (e.key, e.value))
    }

    /// Live `(hash, key, value)` triples in insertion order.
    pub fn iter_hashed(&self) -> impl DoubleEndedIterator<Item = (i64, K, V)> + '_ {
        self.entries.iter().filter(|e| e.hash != TOMBSTONE_HASH).map(|e| (e.hash, e.key, e.value))
    }

    /// Live keys in insertion order.
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = K> + '_ {
        self.iter().map(|(k, _)| k)
    }

    /// Live values in insertion order.
    pub fn values(&self) -> impl DoubleEndedIterator<Item = V> + '_ {
        self.iter().map(|(_, v)| v)
    }

    /// Number of entry positions, tombstones included: the bound for walking
    /// positions with [`DictTable::get_entry`]. Changes only when a key is
    /// added, when the table is compacted or cleared, and on `pop_last`.
    #[inline]
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at position `pos` as `(hash, key, value)`; `None` for a
    /// tombstone or an out-of-range position.
    #[inline]
    pub fn get_entry(&self, pos: usize) -> Option<(i64, K, V)> {
        match self.entries.get(pos) {
            Some(e) if e.hash != TOMBSTONE_HASH => Some((e.hash, e.key, e.value)),
            _ => None,
        }
    }

    /// The live entry at position `pos` as `(key, value)`; `None` for a
    /// tombstone or an out-of-range position.
    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<(K, V)> {
        self.get_entry(pos).map(|(_, k, v)| (k, v))
    }

    /// Replaces the value of the live entry at `pos`; returns false (and does
    /// nothing) for a tombstone or an out-of-range position.
    #[inline]
    pub fn set_value_at(&mut self, pos: usize, value: V) -> bool {
        match self.entries.get_mut(pos) {
            Some(e) if e.hash != TOMBSTONE_HASH => {
                e.value = value;
                true
            }
            _ => false,
        }
    }
}

// ---------------------------------------------------------------------------
// SetTable
// ---------------------------------------------------------------------------

/// CPython's `PySet_MINSIZE`.
const SET_MINSIZE: usize = 8;
/// CPython's `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;

/// One slot of a set table.
#[derive(Clone, Copy, Debug)]
enum SetSlot<K> {
    /// Never used (CPython: key NULL, hash 0).
    Empty,
    /// Deleted (CPython: key `dummy`, hash -1).
    Dummy,
    /// Holds a key and its hash.
    Active(i64, K),
}

/// Hash table behind Python's `set` and `frozenset`, laid out exactly like
/// CPython 3.11's `setobject.c` so that iteration order matches CPython for
/// the same sequence of operations (see the module docs for how the VM must
/// build set results).
///
/// `Clone` is a structural (slot-for-slot) clone, including the `pop` finger;
/// Python's `set.copy()` is [`SetTable::copy_from`].
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    /// `mask + 1` slots (a power of two, at least 8).
    table: Vec<SetSlot<K>>,
    /// `table.len() - 1`.
    mask: usize,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where the next `pop` starts scanning (masked on use).
    finger: usize,
}

impl<K: Copy> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

/// CPython's `set_insert_clean`: puts a key known to be absent into a table
/// known to have no dummies, at the first empty slot of its probe sequence.
#[inline]
fn set_insert_clean<K: Copy>(table: &mut [SetSlot<K>], mask: usize, hash: i64, key: K) {
    let mut perturb = hash as u64;
    let mut i = (perturb as usize) & mask;
    loop {
        let last = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
        for slot in &mut table[i..=last] {
            if let SetSlot::Empty = slot {
                *slot = SetSlot::Active(hash, key);
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize) & mask;
    }
}

impl<K: Copy> SetTable<K> {
    /// An empty set: 8 empty slots (CPython's `set()`).
    pub fn new() -> Self {
        SetTable {
            table: vec![SetSlot::Empty; SET_MINSIZE],
            mask: SET_MINSIZE - 1,
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    /// An empty set whose table is sized as CPython's `set_table_resize(set(),
    /// minused)` would size it: the smallest power of two greater than
    /// `minused` (at least 8). **This changes iteration order** relative to
    /// `new()` + inserts; use it only where CPython pre-sizes the same way or
    /// where order does not matter.
    pub fn with_capacity(minused: usize) -> Self {
        let mut set = Self::new();
        set.table_resize(minused);
        set
    }

    /// Number of keys (`len(s)`).
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when the set has no keys.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// CPython's `set_lookkey`: the slot holding `key`, or `None`.
    #[inline]
    fn lookup<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<usize>, E> {
        if self.used == 0 {
            return Ok(None);
        }
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = (perturb as usize) & mask;
        loop {
            let last = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
            for j in i..=last {
                match self.table[j] {
                    SetSlot::Empty => return Ok(None),
                    SetSlot::Active(h, k) if h == hash && eq(k, key)? => return Ok(Some(j)),
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize) & mask;
        }
    }

    /// CPython's `set_table_resize`: rebuilds into the smallest power-of-two
    /// table (at least 8) larger than `minused`, re-inserting the active keys
    /// in old table order with the clean insert. Keeps the pop finger.
    fn table_resize(&mut self, minused: usize) {
        let mut newsize = SET_MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == SET_MINSIZE && self.table.len() == SET_MINSIZE && self.fill == self.used {
            // CPython: a small table without dummies is left alone.
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![SetSlot::Empty; newsize]);
        self.mask = newsize - 1;
        self.fill = self.used;
        for slot in old {
            if let SetSlot::Active(h, k) = slot {
                set_insert_clean(&mut self.table, self.mask, h, k);
            }
        }
    }

    /// The stored key equal to `key`, if any.
    pub fn get<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(self.lookup(normalize_hash(hash), key, eq)?.and_then(|j| match self.table[j] {
            SetSlot::Active(_, k) => Some(k),
            _ => None,
        }))
    }

    /// `key in s`.
    #[inline]
    pub fn contains<E>(
        &self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.lookup(normalize_hash(hash), key, eq)?.is_some())
    }

    /// `s.add(key)` (CPython's `set_add_entry`): returns true if the key was
    /// added, false if an equal key was already present (the stored key is
    /// kept). An absent key goes into the last dummy met on its probe path
    /// if there was one (as CPython 3.11 does), else into the empty slot that
    /// ended the probe, and then the table is resized (`used * 4`, or
    /// `used * 2` above 50000 keys) when `fill * 5 >= mask * 3`.
    pub fn insert<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let hash = normalize_hash(hash);
        let mask = self.mask;
        let mut perturb = hash as u64;
        let mut i = (perturb as usize) & mask;
        let mut freeslot = usize::MAX;
        let empty = 'probe: loop {
            let last = if i + LINEAR_PROBES <= mask { i + LINEAR_PROBES } else { i };
            for j in i..=last {
                match self.table[j] {
                    SetSlot::Empty => break 'probe j,
                    SetSlot::Active(h, k) => {
                        if h == hash && eq(k, key)? {
                            return Ok(false);
                        }
                    }
                    // CPython 3.11 keeps the *last* dummy seen on the probe
                    // path (checked against python3's orders).
                    SetSlot::Dummy => freeslot = j,
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize) & mask;
        };
        self.used += 1;
        if freeslot != usize::MAX {
            self.table[freeslot] = SetSlot::Active(hash, key);
            return Ok(true);
        }
        self.table[empty] = SetSlot::Active(hash, key);
        self.fill += 1;
        if self.fill * 5 >= mask * 3 {
            let used = self.used;
            self.table_resize(if used > 50000 { used * 2 } else { used * 4 });
        }
        Ok(true)
    }

    /// `s.discard(key)` (CPython's `set_discard_entry`): turns the slot into a
    /// dummy and returns the stored key, or `None` if absent. Never resizes.
    pub fn remove<E>(
        &mut self,
        hash: i64,
        key: K,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        let Some(j) = self.lookup(normalize_hash(hash), key, eq)? else {
            return Ok(None);
        };
        let old = std::mem::replace(&mut self.table[j], SetSlot::Dummy);
        self.used -= 1;
        match old {
            SetSlot::Active(_, k) => Ok(Some(k)),
            _ => unreachable!("lookup returns active slots only"),
        }
    }

    /// `s.pop()` (CPython's `set_pop`): removes and returns the first active
    /// key at or after the finger (wrapping), leaving a dummy, and moves the
    /// finger past it. `None` when empty.
    pub fn pop(&mut self) -> Option<K> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask;
        loop {
            if let SetSlot::Active(_, k) = self.table[i] {
                self.table[i] = SetSlot::Dummy;
                self.used -= 1;
                self.finger = i + 1;
                return Some(k);
            }
            i = if i == self.mask { 0 } else { i + 1 };
        }
    }

    /// `s.clear()`: an empty 8-slot table (the pop finger is kept, as in
    /// CPython).
    pub fn clear(&mut self) {
        if self.table.len() == SET_MINSIZE {
            if self.fill > 0 {
                self.table.fill(SetSlot::Empty);
            }
        } else {
            self.table = vec![SetSlot::Empty; SET_MINSIZE];
            self.mask = SET_MINSIZE - 1;
        }
        self.fill = 0;
        self.used = 0;
    }

    /// Active `(hash, key)` pairs in table order (Python's iteration order).
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (i64, K)> + '_ {
        self.table.iter().filter_map(|s| match *s {
            SetSlot::Active(h, k) => Some((h, k)),
            _ => None,
        })
    }

    /// Keys in table order (Python's iteration order).
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = K> + '_ {
        self.iter().map(|(_, k)| k)
    }

    /// Number of slots: the bound for walking positions with
    /// [`SetTable::slot`]. Changes when the table is resized or cleared.
    #[inline]
    pub fn slots_len(&self) -> usize {
        self.table.len()
    }

    /// The active `(hash, key)` at slot `i`; `None` for an empty or dummy slot
    /// or an out-of-range position.
    #[inline]
    pub fn slot(&self, i: usize) -> Option<(i64, K)> {
        match self.table.get(i) {
            Some(SetSlot::Active(h, k)) => Some((*h, *k)),
            _ => None,
        }
    }

    /// CPython's `set_table_resize` pre-sizing before adding `n` keys from a
    /// dict (`set_update_internal`'s exact-dict path): resizes for
    /// `(used + n) * 2` when `(fill + n) * 5 >= mask * 3`. Call it, then
    /// `insert` the dict's keys in dict order.
    pub fn reserve_for_update(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask * 3 {
            self.table_resize((self.used + n) * 2);
        }
    }

    /// The tail of CPython's `set_difference_update_internal`: when more than
    /// a quarter of the slots are dummies (`fill - used > mask / 4`), rebuilds
    /// the table for `used * 4` (`used * 2` above 50000 keys). Call after
    /// discarding the items of a non-set iterable.
    pub fn compact_after_discards(&mut self) {
        if self.fill - self.used > self.mask / 4 {
            let used = self.used;
            self.table_resize(if used > 50000 { used * 2 } else { used * 4 });
        }
    }

    /// Replaces this set's table by `other`'s, keeping this set's pop finger
    /// (CPython's `set_swap_bodies`, used by `&=` / `intersection_update`).
    pub fn replace_table(&mut self, other: SetTable<K>) {
        let finger = self.finger;
        *self = other;
        self.finger = finger;
    }

    /// `s.update(other)` / `s |= other` for a set `other` (CPython's
    /// `set_merge`; see the module docs). When `other` is `self` in Python
    /// terms, do nothing instead.
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask * 3 {
            self.table_resize((self.used + other.used) * 2);
        }
        if self.fill == 0 {
            if self.mask == other.mask && other.fill == other.used {
                // Same size, no dummies to drop: copy slot for slot.
                self.table.copy_from_slice(&other.table);
            } else {
                for (h, k) in other.iter() {
                    set_insert_clean(&mut self.table, self.mask, h, k);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Ok(());
        }
        for (h, k) in other.iter() {
            self.insert(h, k, eq)?;
        }
        Ok(())
    }

    /// `s.copy()`, `set(s)`, `frozenset(s)`: a new set merged from `other`
    /// (CPython's `set_copy`; not necessarily slot-for-slot, see the module
    /// docs). The pop finger starts at 0.
    pub fn copy_from(other: &SetTable<K>) -> SetTable<K> {
        let mut set = Self::new();
        // Merging into an empty table never compares keys.
        let mut never = |_: K, _: K| -> Result<bool, std::convert::Infallible> { Ok(false) };
        match set.merge(other, &mut never) {
            Ok(()) => set,
            Err(e) => match e {},
        }
    }

    /// `a | b` (CPython's `set_or`): `copy_from(a)` merged with `b` (no merge
    /// when `a` and `b` are the same table).
    pub fn union<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut result = Self::copy_from(a);
        if !std::ptr::eq(a, b) {
            result.merge(b, eq)?;
        }
        Ok(result)
    }

    /// `a & b` for two sets (CPython's `set_intersection`): iterates the
    /// smaller set (`b` on a tie) and adds to a new set each key the other one
    /// contains. `copy_from(a)` when `a` and `b` are the same table.
    pub fn intersection<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if std::ptr::eq(a, b) {
            return Ok(Self::copy_from(a));
        }
        let (big, small) = if b.used > a.used { (b, a) } else { (a, b) };
        let mut result = Self::new();
        for (h, k) in small.iter() {
            if big.lookup(h, k, eq)?.is_some() {
                result.insert(h, k, eq)?;
            }
        }
        Ok(result)
    }

    /// `a &= b` for a set `b` (CPython's `set_intersection_update`): this set
    /// takes the table of `a & b`, keeping its pop finger.
    pub fn intersection_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let result = Self::intersection(self, other, eq)?;
        self.replace_table(result);
        Ok(())
    }

    /// `a - b` for two sets (CPython's `set_difference`): if `len(a) >> 2 >
    /// len(b)`, a copy of `a` with `b` discarded; otherwise a new set of the
    /// keys of `a` (table order) that `b` lacks.
    pub fn difference<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        if (a.used >> 2) > b.used {
            let mut result = Self::copy_from(a);
            result.difference_update(b, eq)?;
            return Ok(result);
        }
        let mut result = Self::new();
        for (h, k) in a.iter() {
            if b.lookup(h, k, eq)?.is_none() {
                result.insert(h, k, eq)?;
            }
        }
        Ok(result)
    }

    /// `a -= b` for a set `b` that is not `a` itself (for `a -= a` call
    /// [`SetTable::clear`]); CPython's `set_difference_update_internal`:
    /// when `len(b) >> 3 > len(a)` it discards the keys of `a & b` instead of
    /// `b`'s; then [`SetTable::compact_after_discards`].
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        let common;
        let other = if (other.used >> 3) > self.used {
            common = Self::intersection(self, other, eq)?;
            &common
        } else {
            other
        };
        for (h, k) in other.iter() {
            self.remove(h, k, eq)?;
        }
        self.compact_after_discards();
        Ok(())
    }

    /// `a ^= b` for a set `b` that is not `a` itself (for `a ^= a` call
    /// [`SetTable::clear`]); CPython's `set_symmetric_difference_update`: for
    /// each key of `b` in table order, discard it from `a`, or add it if it
    /// was absent.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<(), E> {
        for (h, k) in other.iter() {
            if self.remove(h, k, eq)?.is_none() {
                self.insert(h, k, eq)?;
            }
        }
        Ok(())
    }

    /// `a ^ b` for two sets (CPython's `set_symmetric_difference`):
    /// `copy_from(b)`, then its symmetric-difference update with `a`.
    pub fn symmetric_difference<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<SetTable<K>, E> {
        let mut result = Self::copy_from(b);
        result.symmetric_difference_update(a, eq)?;
        Ok(result)
    }

    /// `a <= b` (CPython's `set_issubset`): false when `a` is larger, else
    /// whether `b` contains every key of `a` (table order). Set equality is
    /// equal lengths plus `is_subset`.
    pub fn is_subset<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if self.used > other.used {
            return Ok(false);
        }
        for (h, k) in self.iter() {
            if other.lookup(h, k, eq)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `a.isdisjoint(b)` for two sets (CPython's `set_isdisjoint`): iterates
    /// the smaller set (`a` on a tie) probing the other.
    pub fn is_disjoint<E>(
        a: &SetTable<K>,
        b: &SetTable<K>,
        eq: &mut dyn FnMut(K, K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        if std::ptr::eq(a, b) {
            return Ok(a.used == 0);
        }
        let (small, big) = if b.used < a.used { (b, a) } else { (a, b) };
        for (h, k) in small.iter() {
            if big.lookup(h, k, eq)?.is_some() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// `hash(frozenset)`, CPython 3.11's `frozenset_hash` (independent of
    /// order and of the table layout).
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle_bits(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Python's `hash(int)` for an `i64`.
    fn py_hash(x: i64) -> i64 {
        const MODULUS: i128 = (1 << 61) - 1;
        let v = x as i128;
        let r = v.abs() % MODULUS;
        let h = if v < 0 { -r } else { r } as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }

    type IntEq = fn(i64, i64) -> Result<bool, ()>;

    fn int_eq(a: i64, b: i64) -> Result<bool, ()> {
        Ok(a == b)
    }

    fn eqf() -> IntEq {
        int_eq
    }

    type Set = SetTable<i64>;
    type Dict = DictTable<i64, i64>;

    fn add(s: &mut Set, x: i64) -> bool {
        s.insert(py_hash(x), x, &mut eqf()).unwrap()
    }

    fn discard(s: &mut Set, x: i64) -> bool {
        s.remove(py_hash(x), x, &mut eqf()).unwrap().is_some()
    }

    fn has(s: &Set, x: i64) -> bool {
        s.contains(py_hash(x), x, &mut eqf()).unwrap()
    }

    fn order(s: &Set) -> Vec<i64> {
        s.keys().collect()
    }

    /// `set(list)` / set comprehension: sequential adds.
    fn set_of(xs: &[i64]) -> Set {
        let mut s = Set::new();
        for &x in xs {
            add(&mut s, x);
        }
        s
    }

    fn dict_of(xs: &[i64]) -> DictTable<i64, ()> {
        let mut d = DictTable::new();
        for &x in xs {
            d.insert(py_hash(x), x, (), &mut eqf()).unwrap();
        }
        d
    }

    /// `s.update(dict)`: pre-size, then add in dict order.
    fn update_dict(s: &mut Set, xs: &[i64]) {
        let d = dict_of(xs);
        s.reserve_for_update(d.len());
        for (h, k, ()) in d.iter_hashed() {
            s.insert(h, k, &mut eqf()).unwrap();
        }
    }

    /// A set display `{x, y, ...}` of int constants.
    fn literal(xs: &[i64]) -> Set {
        if xs.len() <= 2 {
            return set_of(xs);
        }
        let t1 = set_of(xs);
        let t2 = set_of(&order(&t1));
        let mut s = Set::new();
        s.merge(&t2, &mut eqf()).unwrap();
        s
    }

    /// Consistency of the set's counters with its slots.
    fn check_set(s: &Set) {
        let active = s.iter().count();
        let dummies = s.table.iter().filter(|x| matches!(x, SetSlot::Dummy)).count();
        assert_eq!(active, s.used);
        assert_eq!(active + dummies, s.fill);
        assert_eq!(s.table.len(), s.mask + 1);
        assert!(s.table.len().is_power_of_two() && s.table.len() >= 8);
        assert!(s.fill * 5 < s.mask * 3 || s.fill < s.table.len());
        for (h, k) in s.iter() {
            assert_eq!(h, py_hash(k));
            assert!(has(s, k));
        }
    }

    /// Runs one program of the differential format (see `DIFF_CASES`).
    fn run_program(lines: &[String]) {
        let mut vars: [Set; 4] = std::array::from_fn(|_| Set::new());
        let var = |name: &str| -> usize {
            match name {
                "a" => 0,
                "b" => 1,
                "c" => 2,
                "d" => 3,
                _ => panic!("bad variable {name}"),
            }
        };
        let ints = |xs: &[&str]| -> Vec<i64> { xs.iter().map(|x| x.parse().unwrap()).collect() };
        for line in lines {
            let toks: Vec<&str> = line.split_whitespace().collect();
            let op = toks[0];
            let v = var(toks[1]);
            let eq = &mut eqf();
            match op {
                "new" => vars[v] = set_of(&ints(&toks[2..])),
                "lit" => vars[v] = literal(&ints(&toks[2..])),
                "fromdict" => {
                    let mut s = Set::new();
                    update_dict(&mut s, &ints(&toks[2..]));
                    vars[v] = s;
                }
                "add" | "addmany" => {
                    for x in ints(&toks[2..]) {
                        add(&mut vars[v], x);
                    }
                }
                "discard" | "discardmany" => {
                    for x in ints(&toks[2..]) {
                        discard(&mut vars[v], x);
                    }
                }
                "pop" => {
                    let got = vars[v].pop();
                    let want = if toks[2] == "none" { None } else { Some(toks[2].parse::<i64>().unwrap()) };
                    assert_eq!(got, want, "pop in {line}");
                }
                "clear" => vars[v].clear(),
                "update" | "ior" => {
                    let w = var(toks[2]);
                    if v != w {
                        let other = vars[w].clone();
                        vars[v].merge(&other, eq).unwrap();
                    }
                }
                "updlist" => {
                    for x in ints(&toks[2..]) {
                        add(&mut vars[v], x);
                    }
                }
                "upddict" => update_dict(&mut vars[v], &ints(&toks[2..])),
                "or" | "and" | "sub" | "xor" => {
                    let (a, b) = (var(toks[2]), var(toks[3]));
                    let (x, y) = (&vars[a], &vars[b]);
                    let r = match op {
                        "or" => Set::union(x, y, eq),
                        "and" => Set::intersection(x, y, eq),
                        "sub" => Set::difference(x, y, eq),
                        _ => Set::symmetric_difference(x, y, eq),
                    };
                    vars[v] = r.unwrap();
                }
                "iand" | "isub" | "ixor" => {
                    let w = var(toks[2]);
                    if v == w {
                        if op == "iand" {
                            let c = Set::copy_from(&vars[v]);
                            vars[v].replace_table(c);
                        } else {
                            vars[v].clear();
                        }
                    } else {
                        let other = vars[w].clone();
                        let s = &mut vars[v];
                        match op {
                            "iand" => s.intersection_update(&other, eq),
                            "isub" => s.difference_update(&other, eq),
                            _ => s.symmetric_difference_update(&other, eq),
                        }
                        .unwrap();
                    }
                }
                "copy" => vars[v] = Set::copy_from(&vars[var(toks[2])]),
                "andlist" => {
                    let a = &vars[var(toks[2])];
                    let mut r = Set::new();
                    for x in ints(&toks[3..]) {
                        if has(a, x) {
                            add(&mut r, x);
                        }
                    }
                    vars[v] = r;
                }
                "sublist" => {
                    let mut r = Set::copy_from(&vars[var(toks[2])]);
                    for x in ints(&toks[3..]) {
                        discard(&mut r, x);
                    }
                    r.compact_after_discards();
                    vars[v] = r;
                }
                "subdict" => {
                    let a = &vars[var(toks[2])];
                    let d = dict_of(&ints(&toks[3..]));
                    let r = if (a.len() >> 2) > d.len() {
                        let mut r = Set::copy_from(a);
                        for (h, k, ()) in d.iter_hashed() {
                            r.remove(h, k, eq).unwrap();
                        }
                        r.compact_after_discards();
                        r
                    } else {
                        let mut r = Set::new();
                        for (h, k) in a.iter() {
                            if !d.contains_key(h, k, eq).unwrap() {
                                r.insert(h, k, eq).unwrap();
                            }
                        }
                        r
                    };
                    vars[v] = r;
                }
                "xorlist" => {
                    let mut r = set_of(&ints(&toks[3..]));
                    r.symmetric_difference_update(&vars[var(toks[2])], eq).unwrap();
                    vars[v] = r;
                }
                "isublist" => {
                    for x in ints(&toks[2..]) {
                        discard(&mut vars[v], x);
                    }
                    vars[v].compact_after_discards();
                }
                "ixorlist" => {
                    let t = set_of(&ints(&toks[2..]));
                    vars[v].symmetric_difference_update(&t, eq).unwrap();
                }
                "ixordict" => {
                    let d = dict_of(&ints(&toks[2..]));
                    for (h, k, ()) in d.iter_hashed() {
                        if vars[v].remove(h, k, eq).unwrap().is_none() {
                            vars[v].insert(h, k, eq).unwrap();
                        }
                    }
                }
                "expect" => {
                    assert_eq!(order(&vars[v]), ints(&toks[2..]), "at `{line}`");
                }
                _ => panic!("unknown op {op}"),
            }
            check_set(&vars[v]);
        }
    }

    /// Runs every `case` block of a differential-test text (a line starting
    /// with `+` continues the previous one).
    fn run_cases(text: &str) -> usize {
        let mut cases = 0;
        let mut program: Vec<String> = Vec::new();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if let Some(rest) = line.strip_prefix('+') {
                let last = program.last_mut().expect("continuation without a line");
                last.push_str(rest);
            } else if line.starts_with("case") {
                if !program.is_empty() {
                    run_program(&program);
                    cases += 1;
                }
                program.clear();
            } else {
                program.push(line.to_string());
            }
        }
        if !program.is_empty() {
            run_program(&program);
            cases += 1;
        }
        cases
    }

    #[test]
    fn py_hash_matches_python() {
        assert_eq!(py_hash(0), 0);
        assert_eq!(py_hash(5), 5);
        assert_eq!(py_hash(-1), -2);
        assert_eq!(py_hash(-2), -2);
        assert_eq!(py_hash((1 << 61) - 1), 0);
        assert_eq!(py_hash(1 << 61), 1);
        assert_eq!(py_hash(-(1 << 61)), -2);
        assert_eq!(py_hash(i64::MAX), 3);
        assert_eq!(py_hash(i64::MIN), -4);
    }

    // ----- set: targeted cases (orders taken from python3 3.11) -----

    #[test]
    fn set_literal_order() {
        // print({5, 1, 100, 9, 33})
        assert_eq!(order(&literal(&[5, 1, 100, 9, 33])), [1, 33, 100, 5, 9]);
        // {5, 1, 100, 9, 33} built by adds (set comprehension / set(list))
        assert_eq!(order(&set_of(&[5, 1, 100, 9, 33])), [1, 33, 100, 5, 9]);
    }

    #[test]
    fn set_reuses_last_dummy() {
        // s = {0, 8}; s.discard(0); s.add(16); list(s) == [16, 8]
        let mut s = set_of(&[0, 8]);
        discard(&mut s, 0);
        add(&mut s, 16);
        assert_eq!(order(&s), [16, 8]);
        // Dummies at slots 2, 3, 4 of a 32-slot table: 0 (hash 0) takes the
        // last one (slot 4), then 576 (hash 576, home slot 0) takes slot 3.
        let p = (1i64 << 61) - 1;
        let mut d = set_of(&[-p, 4, 32768, -7, 8, 47, 1, 2922569819360933505, 14]);
        for x in [47, 1, 14, 4, 2922569819360933505, -7] {
            assert!(discard(&mut d, x));
        }
        assert_eq!(order(&d), [-p, 32768, 8]);
        add(&mut d, 0);
        assert_eq!(order(&d), [-p, 32768, 0, 8]);
        add(&mut d, 576);
        assert_eq!(order(&d), [-p, 32768, 576, 0, 8]);
    }

    #[test]
    fn set_resize_sizes() {
        // sys.getsizeof: {0,1,2,3} uses 8 slots; 5 keys use 32 slots;
        // 4 keys plus a dummy trigger resize(16) -> 32 slots (strictly larger).
        let s = set_of(&[0, 1, 2, 3]);
        assert_eq!(s.slots_len(), 8);
        let s = set_of(&[0, 1, 2, 3, 4]);
        assert_eq!(s.slots_len(), 32);
        let mut s = set_of(&[0, 1, 2, 3]);
        discard(&mut s, 3);
        add(&mut s, 4);
        assert_eq!(s.slots_len(), 32);
        assert_eq!(order(&s), [0, 1, 2, 4]);
        // copy of a 5-key set: 16 slots
        assert_eq!(Set::copy_from(&set_of(&[0, 1, 2, 3, 4])).slots_len(), 16);
        assert_eq!(Set::with_capacity(16).slots_len(), 32);
        assert_eq!(Set::with_capacity(15).slots_len(), 16);
    }

    #[test]
    fn set_basic_ops() {
        let mut s = Set::new();
        assert!(s.is_empty());
        assert!(add(&mut s, 3));
        assert!(!add(&mut s, 3));
        assert!(add(&mut s, -1));
        assert!(add(&mut s, -2)); // same hash as -1, different key
        assert_eq!(s.len(), 3);
        assert!(has(&s, -1) && has(&s, -2) && !has(&s, -3));
        assert_eq!(s.get(py_hash(-2), -2, &mut eqf()), Ok(Some(-2)));
        assert!(discard(&mut s, -1));
        assert!(!discard(&mut s, -1));
        assert!(has(&s, -2));
        assert_eq!(s.len(), 2);
        s.clear();
        assert!(s.is_empty() && s.slots_len() == 8 && s.pop().is_none());
        let mut big = set_of(&(0..1000).collect::<Vec<_>>());
        assert_eq!(big.len(), 1000);
        big.clear();
        assert_eq!(big.slots_len(), 8);
        check_set(&big);
    }

    #[test]
    fn set_pop_uses_finger() {
        // s = set(range(10)); [s.pop() for _ in range(3)]; s.add(0); s.pop()
        // python3: pops 0, 1, 2 and then 3 (finger is past slot 0)
        let mut s = set_of(&(0..10).collect::<Vec<_>>());
        assert_eq!([s.pop(), s.pop(), s.pop()], [Some(0), Some(1), Some(2)]);
        add(&mut s, 0);
        assert_eq!(s.pop(), Some(3));
        let rest: Vec<i64> = std::iter::from_fn(|| s.pop()).collect();
        assert_eq!(rest, [4, 5, 6, 7, 8, 9, 0]);
    }

    #[test]
    fn set_slot_walk() {
        let s = literal(&[5, 1, 100, 9, 33]);
        let walked: Vec<i64> = (0..s.slots_len()).filter_map(|i| s.slot(i)).map(|(_, k)| k).collect();
        assert_eq!(walked, order(&s));
        assert_eq!(s.slot(s.slots_len()), None);
        assert_eq!(s.iter().rev().map(|(_, k)| k).next(), Some(9));
    }

    #[test]
    fn set_binary_ops_identity() {
        let a = set_of(&[1, 2, 3, 40, 50]);
        let eq = &mut eqf();
        assert_eq!(order(&Set::union(&a, &a, eq).unwrap()), order(&Set::copy_from(&a)));
        assert_eq!(order(&Set::intersection(&a, &a, eq).unwrap()), order(&Set::copy_from(&a)));
        assert!(Set::difference(&a, &a, eq).unwrap().is_empty());
        assert!(Set::symmetric_difference(&a, &a, eq).unwrap().is_empty());
        assert!(a.is_subset(&a, eq).unwrap());
        assert!(!Set::is_disjoint(&a, &a, eq).unwrap());
        let b = set_of(&[7, 8]);
        assert!(Set::is_disjoint(&a, &b, eq).unwrap());
        assert!(!a.is_subset(&b, eq).unwrap());
        assert!(set_of(&[2, 40]).is_subset(&a, eq).unwrap());
    }

    #[test]
    fn frozenset_hash_matches_python() {
        // hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-1})),
        // hash(frozenset(range(100))) from python3 3.11
        assert_eq!(set_of(&[1, 2, 3]).frozenset_hash(), -272375401224217160);
        assert_eq!(Set::new().frozenset_hash(), 133146708735736);
        assert_eq!(set_of(&[-1]).frozenset_hash(), FROZENSET_HASH_MINUS_ONE);
        assert_eq!(set_of(&(0..100).collect::<Vec<_>>()).frozenset_hash(), FROZENSET_HASH_RANGE_100);
        // independent of layout and history
        let mut s = set_of(&(0..100).rev().collect::<Vec<_>>());
        add(&mut s, 1000);
        discard(&mut s, 1000);
        assert_eq!(s.frozenset_hash(), FROZENSET_HASH_RANGE_100);
    }

    const FROZENSET_HASH_MINUS_ONE: i64 = 6776983852052281967;
    const FROZENSET_HASH_RANGE_100: i64 = 4411996150312757951;

    #[test]
    fn set_eq_error_propagates() {
        let mut s = set_of(&[1, 9, 17]);
        let before = order(&s);
        let mut fail = |_: i64, _: i64| -> Result<bool, &'static str> { Err("boom") };
        assert_eq!(s.insert(9, 9, &mut fail), Err("boom"));
        assert_eq!(s.contains(17, 17, &mut fail), Err("boom"));
        assert_eq!(s.remove(1, 1, &mut fail), Err("boom"));
        // no hash match: eq is never called
        assert_eq!(s.insert(2, 2, &mut fail), Ok(true));
        assert_eq!(s.contains(3, 3, &mut fail), Ok(false));
        assert_eq!(before, [1, 9, 17]);
        // python3: s = {1, 9, 17}; s.add(2); list(s) == [1, 2, 9, 17]
        assert_eq!(order(&s), [1, 2, 9, 17]);
        let t = set_of(&[9]);
        assert_eq!(Set::intersection(&s, &t, &mut fail).err(), Some("boom"));
    }

    #[test]
    fn set_eq_called_only_on_hash_match() {
        // 0 and 2**61-1 share hash 0; eq must see (stored, probe).
        let p = (1i64 << 61) - 1;
        let mut s = Set::new();
        let mut calls = Vec::new();
        let mut eq = |a: i64, b: i64| -> Result<bool, ()> {
            calls.push((a, b));
            Ok(a == b)
        };
        s.insert(0, 0, &mut eq).unwrap();
        s.insert(1, 1, &mut eq).unwrap();
        s.insert(0, p, &mut eq).unwrap();
        assert!(s.contains(0, p, &mut eq).unwrap());
        assert_eq!(calls, [(0, p), (0, p), (p, p)]);
    }

    #[test]
    fn set_differential_against_cpython() {
        assert_eq!(run_cases(DIFF_CASES), 30);
    }

    // ----- dict -----

    fn dset(d: &mut Dict, k: i64, v: i64) -> Option<i64> {
        d.insert(py_hash(k), k, v, &mut eqf()).unwrap()
    }

    fn dget(d: &Dict, k: i64) -> Option<i64> {
        d.get(py_hash(k), k, &mut eqf()).unwrap()
    }

    fn ddel(d: &mut Dict, k: i64) -> Option<(i64, i64)> {
        d.remove(py_hash(k), k, &mut eqf()).unwrap()
    }

    fn items(d: &Dict) -> Vec<(i64, i64)> {
        d.iter().collect()
    }

    /// Checks the dict's invariants: every live entry is reachable, counts add up.
    fn check_dict(d: &Dict) {
        assert_eq!(d.iter().count(), d.len());
        for (h, k, v) in d.iter_hashed() {
            assert_eq!(d.get(h, k, &mut eqf()), Ok(Some(v)));
        }
        if !d.indices.is_empty() {
            let live = d.indices.iter().filter(|&&i| i < IX_DUMMY).count();
            assert_eq!(live, d.len());
            assert!(d.entries.len() + d.usable <= usable_fraction(d.indices.len()));
        }
    }

    #[test]
    fn dict_insertion_order_and_overwrite() {
        let mut d = Dict::new();
        assert!(d.is_empty() && d.iter().next().is_none() && dget(&d, 1).is_none());
        for k in [5, 1, 100, 9, 33, -1, -2] {
            assert_eq!(dset(&mut d, k, k * 10), None);
        }
        assert_eq!(d.keys().collect::<Vec<_>>(), [5, 1, 100, 9, 33, -1, -2]);
        assert_eq!(dset(&mut d, 100, 7), Some(1000));
        assert_eq!(d.keys().collect::<Vec<_>>(), [5, 1, 100, 9, 33, -1, -2]);
        assert_eq!(dget(&d, 100), Some(7));
        assert_eq!(dget(&d, -1), Some(-10));
        assert_eq!(dget(&d, -2), Some(-20));
        assert_eq!(d.values().next_back(), Some(-20));
        check_dict(&d);
    }

    #[test]
    fn dict_overwrite_keeps_original_key() {
        // keys equal by a coarser equality (mod 1000) keep the first object
        let mut d: DictTable<i64, i64> = DictTable::new();
        let mut eq = |a: i64, b: i64| -> Result<bool, ()> { Ok(a % 1000 == b % 1000) };
        d.insert(7, 7, 1, &mut eq).unwrap();
        assert_eq!(d.insert(7, 1007, 2, &mut eq).unwrap(), Some(1));
        assert_eq!(d.iter().collect::<Vec<_>>(), [(7, 2)]);
        assert_eq!(d.get_key_value(7, 2007, &mut eq).unwrap(), Some((7, 2)));
    }

    #[test]
    fn dict_delete_then_reinsert_goes_last() {
        let mut d = Dict::new();
        for k in 0..6 {
            dset(&mut d, k, k);
        }
        assert_eq!(ddel(&mut d, 2), Some((2, 2)));
        assert_eq!(ddel(&mut d, 2), None);
        assert_eq!(d.len(), 5);
        assert_eq!(d.entries_len(), 6);
        assert_eq!(d.get_entry(2), None);
        assert_eq!(d.entry_at(3), Some((3, 3)));
        dset(&mut d, 2, 20);
        assert_eq!(items(&d), [(0, 0), (1, 1), (3, 3), (4, 4), (5, 5), (2, 20)]);
        check_dict(&d);
    }

    #[test]
    fn dict_popitem_lifo() {
        let mut d = Dict::new();
        assert_eq!(d.pop_last(), None);
        for k in 0..10 {
            dset(&mut d, k, -k);
        }
        ddel(&mut d, 9);
        ddel(&mut d, 8);
        ddel(&mut d, 3);
        assert_eq!(d.pop_last(), Some((7, -7)));
        assert_eq!(d.pop_last(), Some((6, -6)));
        assert_eq!(d.entries_len(), 6);
        dset(&mut d, 100, 1);
        assert_eq!(d.pop_last(), Some((100, 1)));
        // pushes and pops beyond the usable space keep working
        for round in 0..1000 {
            dset(&mut d, 1000 + round, round);
            assert_eq!(d.pop_last(), Some((1000 + round, round)));
            check_dict(&d);
        }
        let mut popped = Vec::new();
        while let Some((k, _)) = d.pop_last() {
            popped.push(k);
        }
        assert_eq!(popped, [5, 4, 2, 1, 0]);
        assert!(d.is_empty());
        dset(&mut d, 1, 1);
        assert_eq!(items(&d), [(1, 1)]);
    }

    #[test]
    fn dict_growth_to_100k() {
        let mut d = Dict::new();
        let key = |i: i64| if i % 3 == 0 { -i } else { i * 7919 + (1 << 40) };
        for i in 0..100_000 {
            assert_eq!(dset(&mut d, key(i), i), None);
        }
        assert_eq!(d.len(), 100_000);
        for i in 0..100_000 {
            assert_eq!(dget(&d, key(i)), Some(i));
        }
        assert!(d.keys().eq((0..100_000).map(key)));
        for i in (0..100_000).step_by(2) {
            assert_eq!(ddel(&mut d, key(i)), Some((key(i), i)));
        }
        for i in 0..50_000 {
            dset(&mut d, key(i) + 5_000_000_000_000, i);
        }
        assert_eq!(d.len(), 100_000);
        let expect: Vec<i64> =
            (1..100_000).step_by(2).map(key).chain((0..50_000).map(|i| key(i) + 5_000_000_000_000)).collect();
        assert!(d.keys().eq(expect.iter().copied()));
        check_dict(&d);
        let with = DictTable::<i64, i64>::with_capacity(100_000);
        assert!(with.usable >= 100_000);
    }

    #[test]
    fn dict_eq_error_propagates() {
        let mut d = Dict::new();
        dset(&mut d, 1, 1);
        dset(&mut d, 9, 9);
        let mut fail = |_: i64, _: i64| -> Result<bool, String> { Err("boom".into()) };
        assert_eq!(d.get(1, 1, &mut fail), Err("boom".to_string()));
        assert_eq!(d.insert(9, 9, 0, &mut fail), Err("boom".to_string()));
        assert_eq!(d.remove(9, 9, &mut fail), Err("boom".to_string()));
        assert_eq!(d.get_or_insert(1, 1, 0, &mut fail), Err("boom".to_string()));
        assert_eq!(d.get_index(1, 1, &mut fail), Err("boom".to_string()));
        assert_eq!(items(&d), [(1, 1), (9, 9)]);
        // different hash: no comparison, so no error
        assert_eq!(d.insert(2, 2, 2, &mut fail), Ok(None));
        assert_eq!(d.contains_key(3, 3, &mut fail), Ok(false));
    }

    #[test]
    fn dict_positions_and_misc() {
        let mut d = Dict::with_capacity(3);
        for k in [10, 20, 30] {
            dset(&mut d, k, k);
        }
        let pos = d.get_index(py_hash(20), 20, &mut eqf()).unwrap().unwrap();
        assert_eq!(pos, 1);
        assert!(d.set_value_at(pos, 99));
        assert_eq!(dget(&d, 20), Some(99));
        ddel(&mut d, 20);
        assert!(!d.set_value_at(pos, 1));
        assert!(!d.set_value_at(17, 1));
        assert_eq!(d.get_or_insert(py_hash(10), 10, 5, &mut eqf()), Ok(10));
        assert_eq!(d.get_or_insert(py_hash(40), 40, 5, &mut eqf()), Ok(5));
        assert_eq!(items(&d), [(10, 10), (30, 30), (40, 5)]);
        let walked: Vec<(i64, i64)> = (0..d.entries_len()).filter_map(|i| d.entry_at(i)).collect();
        assert_eq!(walked, items(&d));
        assert_eq!(d.get_entry(0), Some((10, 10, 10)));
        // hash -1 is treated as -2
        d.insert(-1, 555, 1, &mut eqf()).unwrap();
        assert_eq!(d.get(-2, 555, &mut eqf()), Ok(Some(1)));
        assert_eq!(d.iter_hashed().last(), Some((-2, 555, 1)));
        d.reserve(1000);
        assert_eq!(d.len(), 4);
        assert_eq!(items(&d), [(10, 10), (30, 30), (40, 5), (555, 1)]);
        let copy = d.clone();
        d.clear();
        assert!(d.is_empty() && d.entries_len() == 0);
        assert_eq!(copy.len(), 4);
        dset(&mut d, 3, 3);
        assert_eq!(items(&d), [(3, 3)]);
        check_dict(&d);
        check_dict(&copy);
    }

    #[test]
    fn dict_churn_matches_model() {
        // Random inserts/deletes/pops against a simple ordered model.
        let mut d = Dict::new();
        let mut model: Vec<(i64, i64)> = Vec::new();
        let mut seed: u64 = 0x2545F4914F6CDD1D;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for step in 0..20_000i64 {
            let r = next();
            let k = (r % 300) as i64 - 150;
            match (r >> 32) % 10 {
                0..=4 => {
                    let old = dset(&mut d, k, step);
                    match model.iter_mut().find(|(mk, _)| *mk == k) {
                        Some(e) => {
                            assert_eq!(old, Some(e.1));
                            e.1 = step;
                        }
                        None => {
                            assert_eq!(old, None);
                            model.push((k, step));
                        }
                    }
                }
                5..=8 => {
                    let got = ddel(&mut d, k);
                    let idx = model.iter().position(|(mk, _)| *mk == k);
                    assert_eq!(got, idx.map(|i| model.remove(i)));
                }
                _ => assert_eq!(d.pop_last(), model.pop()),
            }
            if step % 1000 == 0 {
                check_dict(&d);
            }
            assert_eq!(d.len(), model.len());
        }
        assert_eq!(items(&d), model);
    }

    /// Differential cases: each `case` is a program over sets `a`..`d`; the
    /// orders after `expect` and the values after `pop` were printed by
    /// CPython 3.11 running the same operations (generator script: random
    /// ints including negatives, `2**40 + k`, multiples of `2**61 - 1`).
    /// Ops: `new v xs` = `set(xs)`, `lit v xs` = the display `{xs}`,
    /// `fromdict v xs` = `set(dict.fromkeys(xs))`, `add`/`addmany`,
    /// `discard`/`discardmany`, `pop v x`, `clear v`, `update v w`,
    /// `updlist v xs`, `upddict v xs`, `or/and/sub/xor d v w` = `d = v OP w`,
    /// `ior/iand/isub/ixor v w`, `copy d v`, `andlist d v xs` =
    /// `v.intersection(xs)`, `sublist`/`subdict d v xs` = `v.difference(...)`,
    /// `xorlist d v xs` = `v.symmetric_difference(xs)`, `isublist v xs`,
    /// `ixorlist v xs`, `ixordict v xs`, `expect v xs` = `list(v) == xs`.
    const DIFF_CASES: &str = "
case 0
lit a -4611686018427387902 52 -4611686018427387902 -5 27
lit b -14 1099511627805 -1874716684614658438 -7 1834434871062945820 1099511627805 17
+ 2305843009213693950 25 53
lit c -385480726181607922 28 -4611686018427387902 20480 26624 29
lit d 25 18 43 59 256 -2804075536144313766 -4532053999708662338 114688 29 36 59 1099511627806 -7
+ 1099511627802
add c 1099511627792
isublist b 2305843009213693950 1834434871062945820 -13 1099511627805 7 9 25 -3 -14 5
expect b 17 53 -1874716684614658438 -7
discard a 52
expect a -4611686018427387902 27 -5
upddict a 1099511627815 1099511627789 -14
xorlist d c -385480726181607922 -6 -2 59 4 29 1 864 28 0 -3 26624 22 832 20480 50 155648 43 26
discard a -14
discard a -5
and a b b
discardmany c -4611686018427387902 28 -4611686018427387902
ixordict d 59 59 155648 14 17408 45 36 29 -11 -4611686018427387902 -6 50
fromdict b 1099511627794 49 6917529027641081853 2307816480735734844 1099511627784 41 9
+ -4611686018427387902 33 1099511627809 55 60 256 34
expect b 6917529027641081853 -4611686018427387902 33 1099511627809 256 34 1099511627784 41 9 49
+ 1099511627794 55 60 2307816480735734844
iand a b
discard d 43
sub c b a
lit c 560 -2 16 1099511627790 14 3143245064507631148
expect c 560 16 -2 1099511627790 3143245064507631148 14
discard c 1099511627790
addmany d 63 1099511627808 -15 34 56
add b 4611686018427387902
add d 1099511627790
and c c d
expect a
expect b 6917529027641081853 -4611686018427387902 33 1099511627809 256 34 4611686018427387902
+ 1099511627784 41 9 49 1099511627794 55 60 2307816480735734844
expect c -2 14
expect d 0 1 4 17408 14 1099511627790 1099511627792 22 26 29 1099511627808 34 36 45 56 63 832
+ 864 -15 -11 -3 -2
case 1
lit a -4611686018427387902 1099511627796 5 33 19 1 1099511627796
lit b 264 2643645495300230956 25 1099511627784
new c 53 1707280939856865603 896 52 -1 14 -7
new d -13 3668253179931910834 264 -2453679564137905348 46 61
xorlist d c 896 -1 -7 432 -3293930598842984 -2305843009213693951 14 53 1
xor b a c
expect a -4611686018427387902 33 1 19 1099511627796 5
updlist a 288 0 -13
add b -1
expect b 896 -4611686018427387902 1 1707280939856865603 5 14 19 1099511627796 33 52 53 -7 -1
add b 1
pop b 896
addmany a 144 25 2 1099511627784
update d d
andlist c a 2 1 1099511627796 0 46 25 63
isublist c -4111228193867621576 1099511627796 2 0 1 25 -4
add d 52
xorlist d b 144 -18 53 1 53 5 1707280939856865603 -5 43 -7 4
iand d a
expect d -4611686018427387902 33 144 19 1099511627796
fromdict a -14
pop a -14
expect a
discard b -4611686018427387902
xor a d c
expect d -4611686018427387902 33 144 19 1099511627796
subdict c d 33 19 -1863588481036549334 144 1099511627796 6917529027641081853 14336
+ -4611686018427387902 31 15 45
and a d b
add b 53
expect a 33 19 1099511627796
expect b 1 1707280939856865603 5 14 19 1099511627796 33 52 53 -7 -1
expect c
expect d -4611686018427387902 33 144 19 1099511627796
case 2
lit a -19 -19 -7 50 22
new b 1099511627812 16 155648 47 -13 23
new c 49 23552
new d
upddict b 53 6 5
add b 1
add a 39
iand a a
ixor a a
add a 1099511627782
lit d 2427244370589902572 18 48
lit b 38
add d 2427244370589902572
add a 1099511627782
add b 57
clear d
expect d
discardmany a
copy c d
expect d
andlist d a 42 2788913384010073484 -7 13 1276276351472952835 23 1099511627782
fromdict d
expect d
andlist b c
expect c
add a 1099511627791
expect a 1099511627782 1099511627791
add a 1099511627782
pop c none
expect a 1099511627782 1099511627791
expect b
expect c
expect d
case 3
lit a 1099511627810 40 2305843009213693952
new b 1099511627782 6 -17 21 23 176 5 48 13 3 44 33 27
lit c 1099511627785 17 1099511627795 -9 -4 -96081771699586457 1099511627781 -20
+ -2569764896640275323 1322556015607810681 -2506729237607050659 12 5
lit d 432 27648 57 2305843009213693952 3283564335645429015 45 29 368 23 9223372036854775797
ior b a
add c 57
sublist b d 40 44 432 4579655303430386817 576 27648 6917529027641081853 57 2305843009213693952
+ 26 9223372036854775797 23
copy a a
sub b c a
expect c -2569764896640275323 5 1099511627781 -96081771699586457 1099511627785 -20 12 57 17
+ 1099511627795 -9 1322556015607810681 -4 -2506729237607050659
discard a 39
add a 1099511627797
fromdict a 1099511627778 11 63
pop a 1099511627778
discard c -9
iand c a
pop a 11
ixorlist d 432 45 3283564335645429015 4000967829751287020 29 368
add d -3
discard a 63
pop d 27648
add a 61
expect a 61
update c b
copy b b
add b 1099511627782
expect a 61
expect b -2569764896640275323 1099511627781 5 -96081771699586457 1099511627782 1099511627785 -20
+ 12 17 1322556015607810681 1099511627795 -9 57 -4 -2506729237607050659
expect c -2569764896640275323 1099511627781 5 -96081771699586457 1099511627785 -20 12 17
+ 1322556015607810681 1099511627795 -9 57 -4 -2506729237607050659
expect d 2305843009213693952 4000967829751287020 -3 23 57 9223372036854775797
case 4
new a 43 30 -7 1099511627788
new b 65536 -19 59 54 1120 4611686018427387902 -2703673009682766282 -14
new c 40 41 -10 -2178947302180078347
lit d 1099511627797 32 63 38 57 5
discard a -7
lit c 131072 11 -2437588091589130240 63 46
expect c 131072 11 63 46 -2437588091589130240
pop d 32
add a 2305843009213693951
isublist a 30 1099511627788 43 2305843009213693951
new b
add d 48
ixordict d -6 57 45 38 1099511627797 1099511627789 -1642701066977975115 512 5 3 1152 -2 48
copy d a
pop c 131072
sub b a d
discard d -4
pop c 11
sublist b d 11 -2149369752393110489 1099511627777 1099511627795 320 53 42 31 2305843009213693951
pop b none
sublist b a 55 4611686018427387907 1056 1099511627803 1099511627794 0 39
expect a
xorlist b d 29 -19 -1 21 16 25 9223372036854775797 86016 -1872380801248559586 1099511627787
+ 4611686018427387902
isub c a
clear d
expect d
new d 61
expect a
expect b 86016 4611686018427387902 -1872380801248559586 1099511627787 -19 16 21
+ 9223372036854775797 25 29 -1
expect c 63 46 -2437588091589130240
expect d 61
case 5
new a 4 41 1873604704594507605 6 12 62 62 -19 -16 -11 1099511627811 1099511627793 1
new b 36 3155873437569104310 -9 15 7 44 8 54 58 18 1099511627780 -2 1099511627810
new c -8 4611686018427387902 3807100282911618673 -15 50 -2
new d 20 2633183212197973741 58 1099511627810 1099511627802 33 -2551857592259625161 59
+ -2627772775175584277 56 1344
andlist b c 4611686018427387907 3807100282911618673 -8 50 4611686018427387902 -15 26
copy d d
ixordict a 51 1088 -19 12 1 4213949287289366740 45 1099511627793 26 480 -16 50
discardmany b -15 3807100282911618673 -8 3807100282911618673
add b 3928503544169602273
isublist d -18 2633183212197973741 1099511627802 20 59 1099511627810 -2627772775175584277 59 -15
add c 35
discard d 1344
add c 3807100282911618673
discardmany d 56 33 33 -2551857592259625161
iand c c
pop c 4611686018427387902
add d 58
add a -8
ior a c
expect a 1088 4 6 1873604704594507605 4213949287289366740 26 480 1099511627811 35 41 45 -15 50
+ 51 3807100282911618673 -11 -2 -8 62
add b 3928503544169602273
fromdict d 2305843009213693950 5 4 288 -6 42 11 -673588208585642333 62 30 832
xor d b a
pop a 1088
addmany c 50 304 640 -1195041083259195374 2305843009213693952 2649423855512740509 1099511627807
+ -5 4 26 46 46 -12 6144
expect a 4 6 1873604704594507605 4213949287289366740 26 480 1099511627811 35 41 45 -15 50 51
+ 3807100282911618673 -11 -2 -8 62
expect b 4611686018427387902 3928503544169602273 50
expect c 640 2305843009213693952 6144 4 -1195041083259195374 26 2649423855512740509
+ 1099511627807 35 46 304 -15 3807100282911618673 50 -12 -8 -5 -2
expect d 1088 4611686018427387902 4 6 1873604704594507605 4213949287289366740 26 480
+ 3928503544169602273 1099511627811 35 41 45 -15 51 3807100282911618673 -11 -2 -8 62
case 6
new a 28
new b 60 63 -2 30 -1258626027675474215 36
lit c 63 -2305843009213693951 3 4611686018427387907
new d
update b a
add b 63
discard b -1258626027675474215
copy a d
andlist a a -2299120427727289546 9223372036854775797 1099511627796 59 1099511627806 45
+ -2305843009213693951 24 4611686018427387907
add c 54
expect c -2305843009213693951 3 4611686018427387907 54 63
upddict c -1088286514496602819 96 21
copy a c
discard b 60
sublist d a 11 -1896674222225154215 -2305843009213693951 21 54 -1088286514496602819
+ 1099511627779 46 -1415714898415116139 1099511627791 50 1099511627781 56 96
expect a -2305843009213693951 96 3 4611686018427387907 21 54 -1088286514496602819 63
add a 2053429697213603740
expect a -2305843009213693951 96 3 4611686018427387907 21 54 2053429697213603740
+ -1088286514496602819 63
xor a a a
discard d 4611686018427387907
discard c 21
expect c -2305843009213693951 96 3 4611686018427387907 54 -1088286514496602819 63
pop c -2305843009213693951
or b d b
clear b
clear a
clear c
isublist d 63 -12 3 49
expect a
expect b
expect c
expect d
case 7
lit a 5 -4
lit b 41 6917529027641081853
lit c 17 1099511627778 29
new d 7 19456
pop d 19456
expect d 7
discard c 17
clear b
isublist a 5 -716512464522394989 -13 64 -4
add a 42
add a 42
add a -20
pop a 42
discardmany a
add b 2305843009213693950
ixor b d
add a -20
expect a -20
xor c c a
expect c 1099511627778 -20 29
isub b b
and c b c
pop b none
expect b
upddict d 26 40 -7
expect d 7 40 -7 26
or a a c
add b 4611686018427387902
expect b 4611686018427387902
add c 40
expect c 40
expect a -20
expect b 4611686018427387902
expect c 40
expect d 7 40 -7 26
case 8
new a 17 40 1099511627779 5 28 1099511627792 27 64 10 33 731718805253953709 -13 21
new b 1655558429768530063 33 43 -14 12 -7 960 275985678895153854
lit c 3533007040307149530 32 2305843009213693951 1099511627786 49 1255251503495248817 60 57344
+ 2784186302378918403 28 -4611686018427387902 -2976657979425835363 1099511627777 176 51
new d 53 3111072707551108390 -16 1099511627779 126976 384 -2305843009213693951 50
+ 1364267861538377218 61 16 4416988241687640765 58 45 19
add a 1099511627795
lit a 55 1099511627814 27 49 1099511627783 20 -4 -1048892932442083526 53 41 2305843009213693952
+ 27
add c 62
expect c 32 2305843009213693951 57344 -4611686018427387902 2784186302378918403 1099511627777
+ 1099511627786 28 60 176 49 1255251503495248817 51 3533007040307149530 -2976657979425835363 62
discard d 384
isublist a 53 -1488944293871551041 49 1099511627783 6 27 1099511627789 -12 41 60 38 19
+ -1515869981353568322 4611686018427387902 57344 29 11264 4078243129237559232 -4 49 49
sublist c a 34816 2305843009213693952 38 41 -12 55 20 -3022676085991303686 63 1099511627814
+ -1048892932442083526
add a 1099511627814
iand a b
update d b
new b -3577406935140852538 16 43 22 2309400120066378417 35 61 46 1099511627784 -5 1099511627794
+ -4 -18 24 -954113158565727249
discardmany b -954113158565727249 16 22
clear a
isublist c 61 -599511089276139258 1099511627810 2496 23 46 0 528
ior d c
expect d 126976 -2305843009213693951 1364267861538377218 1099511627779 960 12 275985678895153854
+ 1655558429768530063 16 19 33 3111072707551108390 43 45 -16 50 -14 53 -7 58 61
+ 4416988241687640765
add c -1
discard b -5
discardmany a
update d d
add c 384
fromdict b 992 31744 47 41
expect a
expect b 992 31744 41 47
expect c 384 -1
expect d 126976 -2305843009213693951 1364267861538377218 1099511627779 960 12 275985678895153854
+ 1655558429768530063 16 19 33 3111072707551108390 43 45 -16 50 -14 53 -7 58 61
+ 4416988241687640765
case 9
new a
new b 48 31 1099511627793 2305843009213693950 1099511627782
new c 15 1099511627792 -4520011605922831077 36 38 61 -20 11 12288 31 -4 56 -8 -1 106496 -7
lit d -19 34 2305843009213693952 -2634373364871131692 19 256 1099511627798 58 -8
+ 417867515867273431 56 1099511627813 5
add d -12
updlist b 13 2462665765000016703 -8 1099511627805 54
expect b 2462665765000016703 1099511627782 13 48 1099511627793 54 -8 1099511627805
+ 2305843009213693950 31
xorlist a a -8 1099511627787 -1 -17 56 60 10 -4611686018427387902 43 3795354300278060200 15
+ 4611686018427387902 -2305843009213693951 -18 1099511627781
add a 9223372036854775797
xorlist a a 4611686018427387902 1099511627788 32 7 -7 2305843009213693951 9223372036854775797
+ -16 -4611686018427387902 35 10 -4611686018427387902 60
new d 55 1099511627812
or a a d
discard c 15
pop d 1099511627812
new b -19 -2305843009213693951 -11 -8 29 61 -1958253038862676629 -12 62 63 31 5 208 26
or d b c
expect b -2305843009213693951 5 -1958253038862676629 -19 208 61 -12 -11 -8 26 31 29 62 63
update d c
discard d 37
andlist d b 63 29 1099511627776 -2305843009213693951 -8 3720798848053328482 208 12 -12 -19
+ 2305843009213693950 -1958253038862676629
sub b d c
iand b d
expect b -2305843009213693951 -1958253038862676629 -19 208 -12 29 63
discard b 1099511627791
expect b -2305843009213693951 -1958253038862676629 -19 208 -12 29 63
discard d 17
addmany c 1332697579830956736 25 15 320 4 34 -3348335304938796643 -8 -413232703692063298
iand a b
expect a -2305843009213693951
expect b -2305843009213693951 -1958253038862676629 -19 208 -12 29 63
expect c 12288 106496 4 11 15 1099511627792 25 -4520011605922831077 -3348335304938796643 31 34
+ 36 38 56 61 -413232703692063298 1332697579830956736 320 -20 -8 -7 -4 -1
expect d -2305843009213693951 -1958253038862676629 -19 208 -12 -8 29 63
case 10
lit a 62 -2507752216745962121 9223372036854775797 52 98304 49
new b 64 2394467040182763389 13
lit c 52 -17 9 6144 63 59 1099511627815 -7 1099511627794 59 -20 -9
lit d 532265309570791415 1099511627787 2305843009213693951 18 10 1216 -5 112 -15 21 34 39
add d 24
discard b 64
expect b 13 2394467040182763389
or c c a
upddict b 1099511627796 200 16 57 32 6 -984798266077879668 98304 3316512532730525027 -9 400
add d 34
or b c b
or c a c
lit a 47 61
expect b 6144 98304 6 200 9 -984798266077879668 13 16 400 1099511627794 1099511627796 57 32
+ 3316512532730525027 1099511627815 -20 -17 49 2394467040182763389 52 -2507752216745962121 -9
+ 9223372036854775797 -7 59 62 63
add b -7
isublist d 10 39 21 1099511627781 1216 532265309570791415 -6 -16 61 -19
clear c
discard b 57
discard c -3249383304407577214
add a 5
copy d a
pop a 5
pop d 5
xorlist b d 17 -850383974653685006 52 45 23 -14 560 1099511627794 41 28 47 61 10 36
subdict d c 14 -1 34 1812173957830852111 1099511627795
expect c
add d 25
expect a 61 47
expect b 36 41 10 45 560 17 -850383974653685006 -14 52 1099511627794 23 28
expect c
expect d 25
case 11
new a 4096
new b 1099511627805
lit c 1099511627780
new d 1099511627780
sub d d d
addmany b
expect b 1099511627805
add b 1099511627805
update a d
add d -4590886853301119142
xor c c c
ixor b b
iand d d
xorlist c a 1099511627782 -3771442466348475975 4096
isub c c
discard a 4096
discardmany b
expect b
add d -4590886853301119142
isub d a
expect d -4590886853301119142
discard c 36
isublist d -4590886853301119142 28
discard a 11
expect a
and d a d
andlist c a
discard b 3
expect a
expect b
expect c
expect d
case 12
lit a 241239869946375833 14
new b 1099511627792
new c 25 12 2305843009213693950 -1816294353082857518 8 34 34 -2516954431121727752 13
new d -14 51 24 42 14
ixor d a
updlist d 32 49 1099511627812 0
ixordict d 0 -18 42 241239869946375833 1099511627812 51
lit c 192
updlist b 32
add c 192
xorlist c d 49 -4 -18 -14 24 20 -8 -2 51 32 1099511627785 2305843009213693951
sub a b c
xor b c a
copy d c
ixor c d
and a d c
copy d b
ior c a
ixor a a
xor a c c
andlist d a 58 1099511627783
addmany a 35 41 118784 1856 46 21 3 37
expect a 118784 1856 35 3 37 41 46 21
ixorlist a 1856 58 42 46 35 21 3 -1 47 1099511627788
copy d d
expect d
expect a 118784 37 41 42 1099511627788 47 58 -1
expect b 2305843009213693951 32 1099511627785 1099511627792 51 20 -8 -4 -2
expect c
expect d
case 13
new a 2305843009213693952
new b 1099511627791
lit c 29
lit d 9216
fromdict d
discard d -2
expect d
new c
iand a d
expect a
copy a d
discard c 24
expect c
addmany b
add c 22
add b -9
clear b
expect b
isublist b -8
discard a 1099511627776
add d 25
ixorlist c 22 368
ior c a
or c a c
expect a
and a d b
expect d 25
new d
lit c -313669584847911401
discard c -13
expect c -313669584847911401
expect a
expect b
expect c -313669584847911401
expect d
case 14
new a 1099511627778 38 -13 20 38912
new b -16 6917529027641081853
new c
new d -18 2
updlist d
discard d 2
updlist a 1099511627786 -3 -14 1963592842193818397
xor d b c
add c 232
xor d c b
discard b 6917529027641081853
discard d 24
expect d -16 6917529027641081853 232
upddict a 1099511627802 -1 27
addmany b -1332279801737101948 1099511627788
lit a 384 44 -13 1216
expect b -16 -1332279801737101948 1099511627788
ior a c
andlist b c 23 232
addmany a 29 135168 22 -12 -1099928849620292876
addmany c 2657873582708632454 23 -7 44
expect c 2657873582708632454 232 44 23 -7
add a -3410316493807790180
add b 6
expect b 232 6
pop d -16
copy b a
add b 1216
expect a 384 1216 135168 22 -3410316493807790180 29 232 44 -13 -12 -1099928849620292876
expect b 384 1216 135168 232 44 -13 -12 -1099928849620292876 22 -3410316493807790180 29
expect c 2657873582708632454 232 44 23 -7
expect d 6917529027641081853 232
case 15
lit a 2112 41 62 -1 -4 9 1099511627805
lit b 13 272 33 38
new c 2 31 52 40 25 29 -17 2048
new d 45 7 27 -11 31 41 2 2305843009213693952
discard a 62
expect a 2112 -1 41 -4 1099511627805 9
discard c 25
isublist c 2 52 -9 29 31 40
add b 51
pop c 2048
ixorlist d -11 27 9223372036854775797 41 3 -1399394988029457234 3555199691457408170 31 43 2
+ 2621874844607348558 45
upddict b 7 1099511627810 16 -17
xor a a c
discard d 9223372036854775797
discard d 3555199691457408170
xorlist a a 48 30 2112 -17 -4 41 1099511627805 608 -15 23 1732262205762750669 2176
+ 1351258331492781132 704 11 28
xorlist d d 62 43 2621874844607348558 1099511627798 -1399394988029457234 26 25 54
+ -4611686018427387902 -3273651787988625306 7 3
discardmany c
discard a 2176
updlist b 40960 29696 -8 20480 -14 32 1099511627809 1099511627779 13 4
upddict b 19 64 32 27 4611686018427387907 47
expect b 40960 29696 20480 1099511627779 4 64 4611686018427387907 7 13 272 16 19 27 32 33
+ 1099511627810 1099511627809 38 -17 47 -14 51 -8
add c -2432531781610794484
discard d 26
addmany a 16 39 12 -1 3 96 60 -16
or d b a
expect a 704 3 9 11 1351258331492781132 1732262205762750669 12 16 23 28 30 608 96 39 48 -15 -16
+ 60 -1
expect b 40960 29696 20480 1099511627779 4 64 4611686018427387907 7 13 272 16 19 27 32 33
+ 1099511627810 1099511627809 38 -17 47 -14 51 -8
expect c -2432531781610794484 -17
expect d 40960 29696 20480 1099511627779 4 4611686018427387907 3 7 9 11 12 13 272 16 19 23 27 28
+ 30 32 33 1099511627810 1099511627809 38 39 47 48 51 60 64 704 1351258331492781132
+ 1732262205762750669 608 96 -17 -16 -15 -14 -8 -1
case 16
new a -4611686018427387902 1099511627811 -14 51 3 -15 1099511627803 36 -8 320 25 28 -5 39
+ 1099511627781 34 22 4
new b 1099511627814 55 122880 -9 60 1099511627803 80 -16 34 63 55 1099511627797 23 39
+ -1166532463170830821
lit c 14 1099511627808 39 25 -11 -12 33792 -1 352 1099511627811 38912 -19
new d 15 3229451146529204899 25 -2 49 54 0 20 4114342096253392023 16 55 2305843009213693951
+ 110592 -2 -10
fromdict d 62 51 20 39 44 -1768007868927296085 63 44
copy a a
isublist c 25 33792 14 12 61 0 -1 29 -19 27
pop c 1099511627808
fromdict d -11330501166278844 5 -15 61 60 -4611686018427387902
pop b 122880
discard a -5
discard d 60
add a 2305843009213693950
iand d a
expect d -4611686018427387902 -15
add c 1099511627806
pop b 34
add b 144
discard b 23
expect b 1099511627814 39 80 -16 144 55 1099511627797 -9 -1166532463170830821 1099511627803 60
+ 63
add b -9
expect b 1099511627814 39 80 -16 144 55 1099511627797 -9 -1166532463170830821 1099511627803 60
+ 63
sublist c d 2305843009213693950 -15 1099511627786 -16 29 37 4611686018427387902
+ -4611686018427387902 59 63 40 7 1099511627795
pop c none
clear c
expect c
addmany d 1099511627778 1 30 4291336719254916309 56
add b 1099511627803
expect a -4611686018427387902 320 3 4 1099511627781 22 25 1099511627803 28 34 1099511627811 36
+ 39 -15 -14 51 -8 2305843009213693950
expect b 1099511627814 39 80 -16 144 55 1099511627797 -9 -1166532463170830821 1099511627803 60
+ 63
expect c
expect d -4611686018427387902 1 1099511627778 -15 4291336719254916309 56 30
case 17
new a 53 1099511627787 36 312 35 512 -20 4
lit b -2 51 -6 36 60 27
new c 2917183325644308350 14 8 3774570953546932941 16 54 57
lit d 29 -1785708480851180410 1280 47 24 -7 32 31
pop a 512
addmany c 23 81920 -16 -9
expect c 81920 8 3774570953546932941 14 16 -16 -9 54 23 57 2917183325644308350
upddict a 3534034108841574723 1099511627789
expect a 35 36 4 3534034108841574723 1099511627787 -20 1099511627789 53 312
add b -6
ior d b
discard b -7
discard b 12288
pop a 35
expect a 36 4 3534034108841574723 1099511627787 -20 1099511627789 53 312
add a 6
xorlist d a 2724603200091090454 31 -2644646918484879992 1099511627787 1216 6 -16 -9 312 -3
+ 3534034108841574723 53 960
expect a 36 4 3534034108841574723 6 1099511627787 -20 1099511627789 53 312
copy a a
add d 1099511627814
and b a a
pop c 81920
expect c 8 3774570953546932941 14 16 -16 -9 54 23 57 2917183325644308350
update d c
ixorlist a 2112 1099511627789 56 6 2048 -2 1099511627787 4 61440 47 312 2305843009213693952
xorlist c a -2 -20 -10 53 -13 36 1099511627796 2305843009213693952
ixordict d 57 14 23 1099511627789 8
discardmany a 3534034108841574723 53 47 61440 2305843009213693952 47 53 -2 36
xorlist b b -20 36 -20 -2 40 3534034108841574723 4 6
expect a 2112 2048 -20 56
expect b 40 1099511627787 1099511627789 53 312 -2
expect c 2112 2048 61440 3534034108841574723 47 -13 1099511627796 -10 56
expect d 1216 960 4 -2644646918484879992 3774570953546932941 16 2724603200091090454 31 36
+ 1099511627814 -20 -16 54 -9 -3 2917183325644308350
case 18
new a 28 1099511627815
new b 1248 25 1099511627793 -1405290761464277736 21 -13 -15 33 1099511627787 -13
new c
lit d 1099511627808 3558245777196324811 37 -8 35 2304 38 23
iand d d
addmany d 1088
clear a
upddict c 2305843009213693950 139264
new c 52 -14 -3154440823004646821 36 1728 21
discard d -8
addmany a 1099511627782 1099511627790
add d 35
upddict d 4611686018427387907 4 208605558088706306 9223372036854775797 24576
+ -3586226866606696961
expect d 1099511627808 2304 1088 35 4 37 38 4611686018427387907 208605558088706306 24576
+ 3558245777196324811 23 9223372036854775797 -3586226866606696961
fromdict a
add a 25
updlist a 23
discard c 1728
new d 160 -9 47
expect d 160 47 -9
upddict b 21 43 61 26 1056 44 -18 1225767139168228351
add c 312
fromdict d 1099511627797 6 13 3585775242530067566 30 -1 1099511627811 55 -5
update a b
addmany c -1 1099511627802 55 56 26 43
lit b -4611686018427387902 -3141899182532463149 1099511627780 7
expect a 1099511627787 1099511627793 21 23 -1405290761464277736 25 26 1248 33 1056 43 44 -18 -15
+ -13 61 1225767139168228351
expect b -4611686018427387902 -3141899182532463149 1099511627780 7
expect c 1099511627802 36 56 26 43 -14 52 21 55 312 -3154440823004646821 -1
expect d 1099511627811 6 13 3585775242530067566 1099511627797 -1 55 -5 30
case 19
new a
new b 11 19 2040763362446675844 58 -8 -11
new c 2305843009213693951 62 55 9 8 -7 1099511627812 13
lit d -8 63
add a 53
new a 20480 416 2305843009213693950 35 -3815338026825099373 -13
add d 749263314278936648
add d 749263314278936648
xor a c d
copy c b
pop a 2305843009213693951
iand d d
updlist d -4611686018427387902
add c 16
or d d b
addmany d 16 -10 1099511627807 31
expect d -4611686018427387902 2040763362446675844 749263314278936648 11 31 16 19 -11 -10 -8 58
+ 1099511627807 63
update c d
discard c 749263314278936648
add a 2305843009213693951
add b 58
xor d a d
copy d c
and c d c
addmany b -8 4272206458430016484 9 8192 3 -1167889909619342445 -9 352
expect a 2305843009213693951 1099511627812 749263314278936648 8 9 13 55 -8 -7 62 63
expect b 8192 352 3 2040763362446675844 4272206458430016484 9 11 19 -1167889909619342445 -11 -9
+ -8 58
expect c -4611686018427387902 2040763362446675844 11 16 19 -11 -10 -8 58 1099511627807 63 31
expect d -4611686018427387902 2040763362446675844 11 16 19 -11 -10 -8 58 1099511627807 63 31
case 20
new a 62 49 21 4611686018427387902 -13 -1 -9
new b 56 28 1099511627815 248 -1 304
lit c 32 1099511627781 8 2305843009213693951
lit d 6 35840
xorlist b b 1099511627783 -18 -8 28 -1 1099511627815 -10 56 248
expect b 1099511627783 -18 304 -10 -8
updlist c 21 4611686018427387902
discard b 2305843009213693952
and a a b
ixordict d 817194213418004295 35840 6 -16 60 25 3776344423627100711
ixordict b 304 1099511627783 1749358249151720875 -10 15 -18 31 1099511627809 -8
discard a 4611686018427387902
pop c 32
discardmany b 1099511627809 31 1749358249151720875
update b a
expect b 15
pop c 2305843009213693951
upddict d 3829986808813032201 80
add a 416
and b a d
iand d b
discard c 6917529027641081853
upddict b -9 -10 36864 1099511627812 61 25 -4
xor c d d
pop c none
subdict d d 9223372036854775797 62 2305843009213693951 57
expect a 416
expect b 36864 1099511627812 -10 -9 25 -4 61
expect c
expect d
case 21
new a 1099511627811 3 1280 1099511627797 15 9216 -19 3189658754574269643
lit b 43 9223372036854775797 20 -10
new c -2 128 -12 -13 1099511627780 16 37 4611686018427387902
new d 14336 4611686018427387902 4611686018427387902 1099511627806 14
discardmany c
discard a -13
sub c b a
add d 4
sub c b a
lit d -13 2305843009213693951 18 41 21 6 6917529027641081853 2048 -6 8 1099511627791
expect d 2305843009213693951 6917529027641081853 2048 6 8 41 1099511627791 18 -13 21 -6
updlist a 1099511627781 15 -872792660446064974 2112 42 30 37 136 28 6917529027641081853 2368
+ -2222413010749040793
expect a 1280 9216 6917529027641081853 3 1099511627781 136 15 1099511627797 28 30 1099511627811
+ 37 42 -872792660446064974 2112 2368 3189658754574269643 -2222413010749040793 -19
copy c a
add c 3189658754574269643
expect c 1280 9216 6917529027641081853 3 2112 1099511627781 2368 136 3189658754574269643 15
+ 1099511627797 28 30 1099511627811 37 -2222413010749040793 42 -19 -872792660446064974
xor d a a
sublist d d 41 -2305843009213693951 1099511627812 -2856696939978086333 0 19 -9
+ 1541567312359946247 -3086797628008951205 131072 560 46 -1 9223372036854775797
discard a 2305843009213693951
ixorlist a 1099511627813 3189658754574269643 24 8 2368 30 28 6917529027641081853
+ 6917529027641081853 -1437780981597000033 118784 -1931569480231435035 1
update d a
discard d 768
xor d c a
fromdict a 8 -18 35840 -63364130268614503 50 -1 29 1099511627778 2305843009213693952 -8 63 40
+ 2850721996649146840 1475817997674527676 1099511627788 2
lit a 5 1099511627782 55 2305843009213693951 37 40 2305843009213693950 61 1 1099511627812 55
+ 151552 22 60 -8 1099511627809
clear c
pop b 9223372036854775797
expect b 43 20 -10
expect a 2305843009213693951 1 151552 1099511627809 1099511627812 37 5 1099511627782 40 22 55 -8
+ 60 61 2305843009213693950
expect b 43 20 -10
expect c
expect d 6917529027641081853 118784 1 2368 8 3189658754574269643 24 28 30 -1437780981597000033
+ 1099511627813 -1931569480231435035
case 22
new a -2 6 -13 34 47
new b -2 21 -18 -6 53 -4611686018427387902 30 60
lit c 416 22 1099511627796 44 2305843009213693950 280
lit d -3516693684403057 29 52 62 -7 -9 -16 26
copy a c
copy b b
fromdict b -9 512 17 8 -2 50 -4 37
expect a 416 1099511627796 22 280 44 2305843009213693950
ixor b d
expect b 512 37 8 -3516693684403057 -16 17 50 52 62 -7 26 -4 29 -2
add c 21
add c 44
discard b 62
sublist c d 29 62 -9 3278347216044960137 22 62 59 26 -3516693684403057 -9
add c -4611686018427387902
addmany b -1 1 -1910442188657399194 1099511627795 60 -1 1099511627801
expect b 512 1 8 -3516693684403057 17 1099511627795 1099511627801 26 29 37 50 52 60
+ -1910442188657399194 -16 -2 -7 -4 -1
add d -19
fromdict b -15 10 59
and a a b
ixordict c -1 1099511627789 52 4611686018427387902 -4611686018427387902 21504 -16 35 -7
+ 4611686018427387902
ixor a b
upddict b 11 57 4 36
copy b d
ixordict d 62 26 52 -16 1099511627815 2725816073341243604 29
update a a
discardmany b 29 -7 52 -19 -7
expect a -15 10 59
expect b -3516693684403057 -16 -9 26 62
expect c 21504 4611686018427387902 35 1099511627789 -1
expect d 1099511627815 -19 -3516693684403057 2725816073341243604 -9 -7
case 23
new a 22 -2048468739641220337 63 43 62 53 1216 466824242258812858 -1879322261953285712
+ -4611686018427387902
new b 1408 43 1088
new c -11 1099511627782 -3546712556563963558 19 33 -12 17 -4611686018427387902 576 1099511627799
new d 23 1099511627782 4 6 27 22 63
add b 1739494002051871937
sublist d d 27 4223732952766024911 35840 384 1099511627808 11 63 55 1099511627785 2 29 6
+ 2849790152552422187 36 4611686018427387902 49 22 5 -5 23
add c 1099511627777
iand b b
sub b c c
discard c 576
expect c -4611686018427387902 33 1099511627777 1099511627782 17 19 -12 -11 1099511627799
+ -3546712556563963558
ixorlist b 3596387841576497288 35 12288
discard d 4611686018427387907
iand c c
expect c -4611686018427387902 33 1099511627777 1099511627782 17 19 -12 -11 1099511627799
+ -3546712556563963558
discard b 12288
add d -366403655919228088
add c -3546712556563963558
discard c 21
expect c -4611686018427387902 33 1099511627777 1099511627782 17 19 -12 -11 1099511627799
+ -3546712556563963558
ixorlist a -807876857770278770 55 -7 592 48 240 -2048468739641220337 39 63 47
+ -4611686018427387902 43 -1879322261953285712 62
and a d d
discard b 35
pop c -4611686018427387902
isublist a -366403655919228088 4 2112 21 1099511627782 928678072267770103
and b b a
fromdict c 2 29 -1 44 18 9223372036854775797 304 -1751807724097172313
expect a
expect b
expect c 2 -1751807724097172313 44 304 18 9223372036854775797 29 -1
expect d 4 1099511627782 -366403655919228088
case 24
lit a -8
new b -9
lit c -9 6
new d 1099511627794 63
ixordict b -9 2701594419572071041 57
expect b 57 2701594419572071041
pop d 1099511627794
new d
expect d
copy d d
discard b 57
isub b c
ixor a c
xor c c d
pop b 2701594419572071041
expect b
discardmany d
update c d
lit a 1099511627797 -2
ixorlist a 1099511627797 -2 12 -15
new d 1984
fromdict a
add d -1
copy d d
add a 4
expect a 4
ior a c
xor b c c
expect a 4 6 -9
expect b
expect c 6 -9
expect d 1984 -1
case 25
new a -20 90887700063807669 9223372036854775797 61 104 16 57 -10 -1 38
lit b 8 -17 38 42 20 10 6917529027641081853
new c 50 -18 304 38 29 -3733161280555395939 54 -2 -230531509428267054 9 58 48
new d 2304 36 -6 -658449439082410320 -5
discard c 9
fromdict d 58 42 1099511627792 45 37 48 1099511627802 1099511627795 32 -1936917207311257024
discard b 10
discard c 29
expect c 38 -18 304 48 50 -230531509428267054 54 58 -3733161280555395939 -2
add c 54
pop b 6917529027641081853
isublist d -19 -1936917207311257024 14 1099511627780 1099511627802 38 6917529027641081853 45
+ 1099511627792 -15 1099511627776 32 51 1099511627795 52 55 34 1099511627802 10
expect d 37 42 48 58
ixordict b -17 33 -19 -1679243405131357784 42 7 55 -2305843009213693951 8 2305843009213693951
+ 4005945756226907684 19 -7 13 20 2305843009213693952 39 44 38
discard c 58
add a 90887700063807669
discard d 49
add b 1099511627780
sub b a b
isublist a -20 -1 1099511627804 38 16 1099511627812 90887700063807669
discard c -2
upddict c 20 -1 57 352 -14 8 43 32 1099511627796 20 1099511627781 1099511627811
+ 2305843009213693950
expect c 1099511627781 8 -230531509428267054 20 1099511627796 -3733161280555395939 352 32
+ 1099511627811 38 43 -18 304 48 50 -14 54 2305843009213693950 57 -1
add b 9223372036854775797
add a 61
new a -19 41 -3305902997452627480 9223372036854775797 52 1099511627789 -4611686018427387902 19
ior d a
expect d -4611686018427387902 37 -3305902997452627480 41 42 -19 1099511627789 48 19 52
+ 9223372036854775797 58
expect a -4611686018427387902 -3305902997452627480 41 -19 1099511627789 19 52
+ 9223372036854775797
expect b 38 104 -20 16 90887700063807669 -10 9223372036854775797 57 61 -1
expect c 1099511627781 8 -230531509428267054 20 1099511627796 -3733161280555395939 352 32
+ 1099511627811 38 43 -18 304 48 50 -14 54 2305843009213693950 57 -1
expect d -4611686018427387902 37 -3305902997452627480 41 42 -19 1099511627789 48 19 52
+ 9223372036854775797 58
case 26
new a -14 45056 -18
new b 0 1099511627780 50 42
lit c 1099511627787 1099511627777 224 54
lit d 58 -16 46
discard d 45
ixor a a
discard d -16
expect d 58 46
sub c c a
clear b
add a 50
discardmany c 224 1099511627787
expect c 1099511627777 54
clear d
discard d -8
isub b a
add a 22
ixordict c 54 1099511627777
addmany c -17
andlist b c 44 1024 4611686018427387907 -17
add d -12
pop c -17
upddict c 45
or a d b
expect d -12
and d a d
isublist a 63 -19 -17 560 -12
expect a
expect a
expect b -17
expect c 45
expect d -12
case 27
new a -4611686018427387902
new b 2 -19 1135483148862303954 20 13 1099511627806 34 14
new c 52 8 1783405913162581204 4611686018427387902 2304 1728 -11 -3 44 48 2305843009213693951
+ 6917529027641081853
lit d 56 6917529027641081853 2633852321972412046 -3668539673528285816 15 -7 50
+ 9223372036854775797 -4
or a d a
or d b a
pop d 6917529027641081853
new a 6917529027641081853 80 1099511627777 1099511627807 10 -17 55 -18 -18 11 6
add d 57
discard d -7
add c 3857432631505401713
addmany d 62 -2305843009213693951 2112 6 29 -10 47 -1 2 9 1099511627796
isublist a 55 -14 -11 1024 1099511627777 1099511627788 8 1099511627807 -17 3904624137005084262
+ 62 61 13 80
expect a 6917529027641081853 6 10 11 -18
iand c d
pop c none
lit a 34 9 1099511627801 112 25 16 50 64 560 35 -15
discard d 62
add b 1099511627806
add b 20
lit b 13 1894199997037539699 17
discard a 112
isub d a
add c 224
expect c 224
discard a 560
expect a 64 34 35 9 16 50 -15 1099511627801 25
expect b 17 1894199997037539699 13
expect c 224
expect d -4611686018427387902 -2305843009213693951 2 6 -3668539673528285816 13 14
+ 2633852321972412046 15 20 1099511627796 29 1099511627806 47 56 57 2112 1135483148862303954 -19
+ -10 9223372036854775797 -4 -1
case 28
new a
lit b 36 -9 98304
lit c 20 28672
new d
discard a 224
clear d
sublist c a 47 1099511627804 11 114674547251800696
or c c a
clear d
pop b 98304
expect b 36 -9
isublist b 55 1099511627808 36 36 -9
pop b none
new d 63 1099511627809 25 24 -15
discard b 288
discard a 42
add d 15
upddict a 17 35 1543253432467302574 -2 43 -13
ixorlist a 34 43 -2 35 1543253432467302574 930581481437491225 -13 1099511627812 17 10 16
add b 30720
xor b c c
subdict d d 24 14 15 41 63 9 1099511627809 -15
expect d 25
subdict b b
andlist d c 200 28 224 34 -15
expect c
ior c c
expect c
expect a 10 16 930581481437491225 34 1099511627812
expect b
expect c
expect d
case 29
new a 20 208 -9 -3 44 1056 59 23552 20 -9 28 2305843009213693952 51 -4488270375833287732
lit b -20 2305843009213693952 3237937954714222959 -1 6 56 4611686018427387902 -1 14
new c 38 35 -5 36864 22 7
new d 46 -5 1099511627803 144 1857901090489332415 -14 -1042792771367762516 -3205597807833139782
discard d -3205597807833139782
add a -20
addmany d 1099511627784 12288 -4 -4150803441697659389 37 -2450208224542036154 -2
+ -4055736274873253979 8 -3 480
sublist c c 1099511627791 22 44 38 7 69632 -648058326195430937 1099511627778 35
+ 6917529027641081853 35 47 -5 1099511627803
discard d 37
discardmany b 6 2305843009213693952 -20 -1
xor d c b
ixordict b 24 3738786752786208703 3237937954714222959 4611686018427387902 56 11 -14 14
+ 179131599948746849 1056
expect b 1056 3738786752786208703 179131599948746849 11 -14 24
discard d 56
ior b a
xorlist b d -1757606100281996208 27 3237937954714222959 992 -2 4611686018427387902 1099511627797
+ 36864 14 20
lit a 4611686018427387907 33 416 47 45 39 4611686018427387902
pop a 416
upddict d 2305843009213693951 28 14 3910240710060709791 17 8 33 2 448 62 448 4 1099511627793
add b 46
isub d d
clear b
expect b
iand b b
fromdict b 43 34 47
ior a a
expect a 33 4611686018427387902 4611686018427387907 39 45 47
expect a 33 4611686018427387902 4611686018427387907 39 45 47
expect b 34 43 47
expect c 36864
expect d
";
}
