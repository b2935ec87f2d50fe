//! Control-sequence names → stable `u32` ids, and back.
//!
//! Ids have four ranges:
//! * `0..=127`: the single-byte ASCII names (`\\`, `\,`, `\a`): the id is the byte;
//! * `128`: the empty name (`\` at the end of a line without `\endlinechar`);
//! * [`builtin::FIRST`]`..`: the catalog of common TeX and LaTeX names
//!   (`data/catalog.txt`), whose ids are constants in [`builtin`] and never
//!   change (the catalog is append-only);
//! * [`FIRST_DYNAMIC`]`..`: names first seen in a document, numbered in order
//!   of appearance.
//!
//! Lookups hash the borrowed name directly and compare against the catalog's
//! static table, then against the document's own names in a
//! [`hashbrown::HashTable`] of ids over one byte arena: a lookup allocates
//! nothing, and interning a new name grows the arena only.

pub mod builtin;
#[path = "hash.rs"]
mod hash;
mod recent;

use hash::{hash_name, names_equal};
use hashbrown::HashTable;
pub(crate) use recent::RecentNames;

/// A control-sequence id: within one [`Lexed`](crate::Lexed),
/// [`Document`](crate::Document) or [`Stream`](crate::Stream), equal names
/// have equal ids. The ids of [`builtin`] names are the same everywhere and
/// never change; other names are numbered in order of appearance.
///
/// ```
/// use texlex::{builtin, Lexer, Regime, TokenKind};
/// let lexed = Lexer::new(Regime::Latex).lex(b"\\par\\mine")?;
/// let ids: Vec<_> = lexed.tokens().filter_map(|t| match t.kind {
///     TokenKind::Cs(id) => Some(id),
///     _ => None,
/// }).collect();
/// assert_eq!(ids[0], builtin::PAR);
/// assert_eq!(lexed.name(ids[1]), b"mine");
/// assert!(ids[1].as_u32() > builtin::PAR.as_u32());
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CsId(pub(crate) u32);

impl CsId {
    /// The id as a number (what JSON output and columnar exports carry).
    pub const fn as_u32(self) -> u32 {
        self.0
    }

    /// Whether this is the id of a [`builtin`] name, the same in every
    /// document.
    ///
    /// ```
    /// assert!(texlex::builtin::SECTION.is_builtin());
    /// ```
    pub const fn is_builtin(self) -> bool {
        self.0 >= builtin::FIRST && (self.0 as usize) < FIXED_IDS
    }
}

/// The id of the empty name `\csname\endcsname`.
pub(crate) const EMPTY: CsId = CsId(128);

/// The first id given to a name that is not in the catalog.
pub(crate) const FIRST_DYNAMIC: u32 = 65536;

/// How many ids there are below the catalog's end: single bytes, the empty
/// name and the catalog. Ids from here to [`FIRST_DYNAMIC`] are never
/// given out, so a table by id for the fixed names needs no more rows.
pub(crate) const FIXED_IDS: usize = builtin::FIRST as usize + builtin::NAMES.len();

/// Single-byte names point into this table, so that [`Interner::name`] can
/// return a slice for them without storing anything.
static ASCII: [u8; 128] = {
    let mut bytes = [0u8; 128];
    let mut i = 0;
    while i < 128 {
        bytes[i] = i as u8;
        i += 1;
    }
    bytes
};

/// The catalog id of `name`, if it is a catalog name.
#[inline]
fn catalog_id(name: &[u8], hash: u64) -> Option<CsId> {
    let mask = builtin::SLOTS.len() - 1;
    let mut slot = hash as usize & mask;
    loop {
        match builtin::SLOTS[slot] {
            0 => return None,
            index => {
                let index = usize::from(index - 1);
                if names_equal(builtin::NAMES[index].as_bytes(), name) {
                    return Some(CsId(builtin::FIRST + index as u32));
                }
            }
        }
        slot = (slot + 1) & mask;
    }
}

/// Maps control-sequence names to [`CsId`]s and back: the catalog's
/// names and single bytes by computation, the others through a table of
/// their own, which holds every name once (zero copies per use).
#[derive(Clone, Default)]
pub struct Interner {
    /// Names first seen in this document, concatenated.
    arena: Vec<u8>,
    /// `ends[i]` is the end in `arena` of dynamic name `i` (its start is the
    /// previous end).
    ends: Vec<u32>,
    /// Indices into `ends`, hashed by name.
    table: HashTable<u32>,
}

impl std::fmt::Debug for Interner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interner")
            .field("dynamic_names", &self.ends.len())
            .finish()
    }
}

impl Interner {
    /// An interner that knows the catalog and nothing else.
    pub fn new() -> Interner {
        Interner::default()
    }

    /// The id of `name` if it has one already (catalog, single byte, or
    /// interned before). Never allocates.
    #[inline]
    pub fn get(&self, name: &[u8]) -> Option<CsId> {
        match name {
            [] => Some(EMPTY),
            [b] if *b < 128 => Some(CsId(u32::from(*b))),
            _ => {
                let hash = hash_name(name);
                catalog_id(name, hash).or_else(|| self.dynamic(name, hash))
            }
        }
    }

    /// The id of `name`, giving it a new one if it has none. Allocates only
    /// when the name is new (and then amortised: the arena doubles).
    #[inline]
    pub fn intern(&mut self, name: &[u8]) -> CsId {
        match name {
            [] => EMPTY,
            [b] if *b < 128 => CsId(u32::from(*b)),
            _ => {
                let hash = hash_name(name);
                if let Some(id) = catalog_id(name, hash) {
                    return id;
                }
                if let Some(id) = self.dynamic(name, hash) {
                    return id;
                }
                self.insert(name, hash)
            }
        }
    }

    fn dynamic(&self, name: &[u8], hash: u64) -> Option<CsId> {
        self.table
            .find(hash, |&index| names_equal(self.dynamic_name(index), name))
            .map(|&index| CsId(FIRST_DYNAMIC + index))
    }

    #[cold]
    fn insert(&mut self, name: &[u8], hash: u64) -> CsId {
        let index = self.ends.len() as u32;
        self.arena.extend_from_slice(name);
        self.ends.push(self.arena.len() as u32);
        let (arena, ends) = (&self.arena, &self.ends);
        self.table
            .insert_unique(hash, index, |&i| hash_name(dynamic_slice(arena, ends, i)));
        CsId(FIRST_DYNAMIC + index)
    }

    fn dynamic_name(&self, index: u32) -> &[u8] {
        dynamic_slice(&self.arena, &self.ends, index)
    }

    /// The name of `id` (without the backslash). Ids this interner never
    /// gave out have the empty name.
    pub fn name(&self, id: CsId) -> &[u8] {
        let CsId(n) = id;
        if n < 128 {
            &ASCII[n as usize..=n as usize]
        } else if n >= FIRST_DYNAMIC {
            let index = n - FIRST_DYNAMIC;
            if (index as usize) < self.ends.len() {
                self.dynamic_name(index)
            } else {
                b""
            }
        } else if n >= builtin::FIRST {
            builtin::NAMES
                .get((n - builtin::FIRST) as usize)
                .map_or(b"", |name| name.as_bytes())
        } else {
            b""
        }
    }

    /// The names added beyond the catalog, in id order.
    pub(crate) fn dynamic_names(&self) -> impl Iterator<Item = &[u8]> {
        (0..self.ends.len() as u32).map(|i| self.dynamic_name(i))
    }

    /// How many names this document added beyond the catalog.
    pub(crate) fn dynamic_len(&self) -> usize {
        self.ends.len()
    }
}

fn dynamic_slice<'a>(arena: &'a [u8], ends: &[u32], index: u32) -> &'a [u8] {
    let index = index as usize;
    let start = if index == 0 {
        0
    } else {
        ends[index - 1] as usize
    };
    &arena[start..ends[index] as usize]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn catalog_round_trips_and_is_unique() {
        let names = Interner::new();
        for (i, name) in builtin::NAMES.iter().enumerate() {
            let id = CsId(builtin::FIRST + i as u32);
            assert_eq!(names.get(name.as_bytes()), Some(id), "{name}");
            assert_eq!(names.name(id), name.as_bytes());
            assert!(id.is_builtin());
        }
        assert!(builtin::NAMES.len() >= 500);
    }

    #[test]
    fn builtin_constants_are_stable() {
        // These ids are a public promise: changing them breaks users.
        assert_eq!(builtin::PAR, CsId(129));
        let names = Interner::new();
        assert_eq!(names.name(builtin::BEGIN), b"begin");
        assert_eq!(names.name(builtin::END), b"end");
        assert_eq!(names.name(builtin::MAKEATLETTER), b"makeatletter");
    }

    #[test]
    fn single_bytes_and_empty() {
        let mut names = Interner::new();
        assert_eq!(names.intern(b"\\"), CsId(92));
        assert_eq!(names.intern(b""), EMPTY);
        assert_eq!(names.name(EMPTY), b"");
        assert_eq!(names.name(CsId(b' ' as u32)), b" ");
        // A single non-ASCII byte is not a single-byte id.
        let id = names.intern(&[0xE9]);
        assert!(id.0 >= FIRST_DYNAMIC);
        assert_eq!(names.name(id), &[0xE9]);
    }

    proptest! {
        #[test]
        fn equal_names_equal_ids(names in proptest::collection::vec(
            proptest::collection::vec(prop_oneof![Just(b'a'), Just(b'b'), Just(b'@'), any::<u8>()], 0..6), 0..60)) {
            let mut interner = Interner::new();
            let ids: Vec<CsId> = names.iter().map(|n| interner.intern(n)).collect();
            for (i, a) in names.iter().enumerate() {
                prop_assert_eq!(interner.name(ids[i]), a.as_slice());
                prop_assert_eq!(interner.get(a), Some(ids[i]));
                for (j, b) in names.iter().enumerate() {
                    prop_assert_eq!(a == b, ids[i] == ids[j]);
                }
            }
        }
    }
}
