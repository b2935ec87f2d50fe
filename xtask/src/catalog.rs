//! Generator of `crates/texlex/src/intern/builtin.rs` from the catalog of
//! built-in control-sequence names.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::fmt::items;

// Only the hash is needed here; the equality helper is the library's.
#[allow(dead_code)]
#[path = "../../crates/texlex/src/intern/hash.rs"]
mod hash;

/// Output path, relative to the workspace root.
pub const OUTPUT: &str = "crates/texlex/src/intern/builtin.rs";

const CATALOG: &str = "crates/texlex/data/catalog.txt";

/// Id of the first catalog name.
const FIRST: u32 = 129;

/// Maximum number of catalog names: ids and `SLOTS` entries must fit in u16.
const MAX_NAMES: usize = 65535 - FIRST as usize;

/// Identifiers the generated module defines itself.
const RESERVED: [&str; 3] = ["FIRST", "NAMES", "SLOTS"];

/// A catalog name with its 1-based line number.
#[derive(Debug)]
struct Entry<'a> {
    line: usize,
    name: &'a str,
}

fn parse(text: &str) -> Result<Vec<Entry<'_>>, String> {
    let mut entries = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let name = raw.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        if name.len() < 2 {
            return Err(format!(
                "{CATALOG}:{line}: name {name:?} is a single byte; single-byte names have fixed ids"
            ));
        }
        if name.chars().any(char::is_whitespace) {
            return Err(format!(
                "{CATALOG}:{line}: name {name:?} contains whitespace"
            ));
        }
        if let Some(first) = seen.insert(name, line) {
            return Err(format!(
                "{CATALOG}:{line}: duplicate name {name:?} (first at line {first})"
            ));
        }
        entries.push(Entry { line, name });
    }
    if entries.len() > MAX_NAMES {
        return Err(format!(
            "{CATALOG}: {} names, more than the maximum {MAX_NAMES}",
            entries.len()
        ));
    }
    Ok(entries)
}

/// The base constant name of a control-sequence name, before resolving
/// case collisions.
pub fn base_const_name(name: &str) -> String {
    let unicode = || {
        let hex: Vec<String> = name.chars().map(|c| format!("{:04X}", c as u32)).collect();
        format!("U{}", hex.join("_"))
    };
    if !name.is_ascii() {
        return unicode();
    }
    let mut raw = String::new();
    for c in name.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => raw.push(c.to_ascii_uppercase()),
            '@' => raw.push_str("_AT_"),
            _ => raw.push('_'),
        }
    }
    let words: Vec<&str> = raw.split('_').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return unicode();
    }
    let joined = words.join("_");
    if joined.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N_{joined}")
    } else {
        joined
    }
}

/// Letter case of a name, used to resolve collisions such as `large`,
/// `Large` and `LARGE`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Case {
    /// No uppercase letter: keeps the plain constant.
    Lower,
    /// First letter uppercase, the others not all uppercase: suffix `_CAP`.
    Capitalised,
    /// All letters uppercase: suffix `_UPPER`.
    Upper,
    /// Anything else: cannot be disambiguated.
    Mixed,
}

fn case_of(name: &str) -> Case {
    let letters: Vec<char> = name.chars().filter(char::is_ascii_alphabetic).collect();
    if !letters.iter().any(char::is_ascii_uppercase) {
        Case::Lower
    } else if letters.iter().all(char::is_ascii_uppercase) {
        Case::Upper
    } else if letters[0].is_ascii_uppercase() {
        Case::Capitalised
    } else {
        Case::Mixed
    }
}

/// Constant names of all entries, in order; fails on unresolvable collisions.
fn const_names(entries: &[Entry<'_>]) -> Result<Vec<String>, String> {
    let bases: Vec<String> = entries.iter().map(|e| base_const_name(e.name)).collect();
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, base) in bases.iter().enumerate() {
        groups.entry(base).or_default().push(i);
    }
    let collision = |a: &Entry<'_>, b: &Entry<'_>, constant: &str| {
        format!(
            "{CATALOG}: names {:?} (line {}) and {:?} (line {}) both map to constant `{constant}`; \
             remove one of them from the catalog",
            a.name, a.line, b.name, b.line
        )
    };
    let mut names = Vec::with_capacity(entries.len());
    for (i, base) in bases.iter().enumerate() {
        let group = &groups[base.as_str()];
        let name = if group.len() == 1 {
            base.clone()
        } else {
            let case = case_of(entries[i].name);
            // Another member of the group with the same case class collides.
            if let Some(&j) = group
                .iter()
                .find(|&&j| j != i && (case == Case::Mixed || case_of(entries[j].name) == case))
            {
                let (a, b) = if j < i { (j, i) } else { (i, j) };
                return Err(collision(&entries[a], &entries[b], base));
            }
            match case {
                Case::Lower => base.clone(),
                Case::Capitalised => format!("{base}_CAP"),
                Case::Upper => format!("{base}_UPPER"),
                Case::Mixed => unreachable!("a mixed-case name always collides"),
            }
        };
        names.push(name);
    }
    let mut owner: HashMap<&str, usize> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        if RESERVED.contains(&name.as_str()) {
            return Err(format!(
                "{CATALOG}:{}: name {:?} maps to constant `{name}`, which builtin.rs reserves",
                entries[i].line, entries[i].name
            ));
        }
        if let Some(&j) = owner.get(name.as_str()) {
            return Err(collision(&entries[j], &entries[i], name));
        }
        owner.insert(name, i);
    }
    Ok(names)
}

/// The name in backticks with a backslash, for a doc comment.
fn doc_code(name: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in name.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    if longest == 0 {
        format!("`\\{name}`")
    } else {
        let fence = "`".repeat(longest + 1);
        format!("{fence} \\{name} {fence}")
    }
}

/// Generates the contents of `builtin.rs`.
pub fn generate(root: &Path) -> Result<String, String> {
    let text = crate::read(root, CATALOG)?;
    let entries = parse(&text)?;
    let consts = const_names(&entries)?;

    let mut out = String::from(HEADER);
    for (i, (entry, constant)) in entries.iter().zip(&consts).enumerate() {
        let id = FIRST as usize + i;
        let _ = writeln!(out, "/// {}", doc_code(entry.name));
        let _ = writeln!(out, "pub const {constant}: CsId = CsId({id});");
    }

    out.push_str("\n/// Names of the catalog; `NAMES[i]` is the name of id `FIRST + i`.\n");
    let _ = writeln!(
        out,
        "pub(crate) static NAMES: [&str; {}] = [",
        entries.len()
    );
    for entry in &entries {
        let _ = writeln!(out, "    {:?},", entry.name);
    }
    out.push_str("];\n");

    let len = (2 * entries.len()).max(1).next_power_of_two();
    let mut slots = vec![0u16; len];
    for (i, entry) in entries.iter().enumerate() {
        let mut slot = hash::hash_name(entry.name.as_bytes()) as usize & (len - 1);
        while slots[slot] != 0 {
            slot = (slot + 1) & (len - 1);
        }
        slots[slot] = u16::try_from(i + 1).expect("catalog size checked");
    }
    out.push_str(SLOTS_DOC);
    let _ = writeln!(out, "pub(super) static SLOTS: [u16; {len}] = [");
    items(&mut out, 4, &slots);
    out.push_str("];\n");
    Ok(out)
}

const HEADER: &str = "\
//! Built-in control-sequence ids: the catalog `data/catalog.txt`, generated
//! by `cargo xtask gen`. Ids are stable: the catalog is append-only.

use super::CsId;

/// Id of the first catalog name; ids below are single-byte names (0..=127) and the empty name (128).
pub const FIRST: u32 = 129;

";

const SLOTS_DOC: &str = "
/// Open-addressing table over the catalog: length a power of two >= 2 * N; 0 marks an empty slot,
/// any other value v means catalog index v - 1. Probing: start at
/// `hash_name(name) as usize & (SLOTS.len() - 1)`, then linear (+1, wrapping).
";

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&'static str]) -> Result<Vec<String>, String> {
        let entries: Vec<Entry<'_>> = list
            .iter()
            .enumerate()
            .map(|(i, &name)| Entry { line: i + 1, name })
            .collect();
        const_names(&entries)
    }

    #[test]
    fn base_names() {
        assert_eq!(base_const_name("par"), "PAR");
        assert_eq!(base_const_name("@ifnextchar"), "AT_IFNEXTCHAR");
        assert_eq!(base_const_name("make@title"), "MAKE_AT_TITLE");
        assert_eq!(base_const_name("thr@@"), "THR_AT_AT");
        assert_eq!(base_const_name("cs_new:Npn"), "CS_NEW_NPN");
        assert_eq!(base_const_name("prg_return_true:"), "PRG_RETURN_TRUE");
        assert_eq!(base_const_name("__a::b"), "A_B");
        assert_eq!(base_const_name("2nd"), "N_2ND");
        assert_eq!(base_const_name("ExplSyntaxOn"), "EXPLSYNTAXON");
        assert_eq!(base_const_name("é"), "U00E9");
        assert_eq!(base_const_name("aé"), "U0061_00E9");
        assert_eq!(base_const_name("::"), "U003A_003A");
    }

    #[test]
    fn case_collisions() {
        assert_eq!(
            names(&["large", "Large", "LARGE", "huge", "Huge"]).unwrap(),
            ["LARGE", "LARGE_CAP", "LARGE_UPPER", "HUGE", "HUGE_CAP"]
        );
        // Without a collision, the plain constant is used whatever the case.
        assert_eq!(names(&["Gamma", "LaTeX"]).unwrap(), ["GAMMA", "LATEX"]);
        assert_eq!(
            names(&["@M", "@m", "@Mi"]).unwrap(),
            ["AT_M_UPPER", "AT_M", "AT_MI"]
        );
    }

    #[test]
    fn unresolvable_collisions_fail() {
        let err = names(&["use:n", "use:N"]).unwrap_err();
        assert!(
            err.contains("\"use:n\" (line 1)") && err.contains("\"use:N\" (line 2)"),
            "{err}"
        );
        assert!(names(&["a_b", "a:b"]).is_err());
        assert!(names(&["large", "Large", "large_cap"]).is_err());
        assert!(names(&["first"]).unwrap_err().contains("reserves"));
    }

    #[test]
    fn catalog_rejects_bad_names() {
        assert!(parse("par\n\\\n").unwrap_err().contains("single byte"));
        assert!(parse("par\n# c\n\npar\n").unwrap_err().contains("line 1"));
        assert_eq!(parse("# c\n\npar\né\n").unwrap().len(), 2);
    }

    #[test]
    fn doc_comments() {
        assert_eq!(doc_code("par"), "`\\par`");
        assert_eq!(doc_code("a`b"), "`` \\a`b ``");
    }
}
