//! Generator of `crates/texlex/src/catcode/tables.rs`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::fmt::items;

/// Output path, relative to the workspace root.
pub const OUTPUT: &str = "crates/texlex/src/catcode/tables.rs";

const DATA_DIR: &str = "crates/texlex/data/catcodes";

/// Unicode regimes: (file stem, static name), in output order.
const UNICODE: [(&str, &str); 4] = [
    ("latex", "LATEX"),
    ("latex-at", "LATEX_AT"),
    ("expl3", "EXPL3"),
    ("plain-ini", "PLAIN_INI"),
];

/// 8-bit (pdfTeX) regimes: (file stem, static name), in output order.
const EIGHT_BIT: [(&str, &str); 4] = [
    ("pdftex-latex", "PDFTEX_LATEX_LOW"),
    ("pdftex-latex-at", "PDFTEX_LATEX_AT_LOW"),
    ("pdftex-expl3", "PDFTEX_EXPL3_LOW"),
    ("pdftex-plain-ini", "PDFTEX_PLAIN_INI_LOW"),
];

const MAX_CP: u32 = 0x10_FFFF;
/// Number of 256-code-point blocks in U+0000..=U+10FFFF.
const STAGE1_LEN: usize = 0x1100;

/// Parses a catcode file into one catcode per code point, from 0 to the end
/// of the last range. The ranges must start at 0 and be contiguous, in order.
fn parse(rel: &str, text: &str) -> Result<Vec<u8>, String> {
    let mut cats = Vec::new();
    let mut next: u32 = 0;
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |msg: String| format!("{rel}:{}: {msg}", i + 1);
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [first, last, cat] = fields[..] else {
            return Err(at(format!("expected `FIRST LAST CAT`, found {line:?}")));
        };
        let hex = |s: &str| {
            u32::from_str_radix(s, 16).map_err(|_| at(format!("bad hex code point {s:?}")))
        };
        let (first, last) = (hex(first)?, hex(last)?);
        let cat: u8 = cat
            .parse()
            .ok()
            .filter(|&c| c <= 15)
            .ok_or_else(|| at(format!("bad catcode {cat:?} (expected 0..=15)")))?;
        if next > MAX_CP {
            return Err(at("range after U+10FFFF".to_string()));
        }
        if first != next {
            return Err(at(format!(
                "range starts at U+{first:04X} but U+{next:04X} was expected (gap or overlap)"
            )));
        }
        if last < first || last > MAX_CP {
            return Err(at(format!("bad range U+{first:04X}..U+{last:04X}")));
        }
        cats.extend(std::iter::repeat_n(cat, (last - first + 1) as usize));
        next = last + 1;
    }
    Ok(cats)
}

fn load(root: &Path, stem: &str, min_end: u32) -> Result<Vec<u8>, String> {
    let rel = format!("{DATA_DIR}/{stem}.txt");
    let cats = parse(&rel, &crate::read(root, &rel)?)?;
    if cats.len() < min_end as usize {
        return Err(format!(
            "{rel}: ranges end at U+{:04X}, but must cover up to U+{:04X}",
            cats.len(),
            min_end - 1
        ));
    }
    Ok(cats)
}

/// Packs 256 catcodes two per byte, low nibble first.
fn pack(cats: &[u8]) -> [u8; 128] {
    let mut block = [0u8; 128];
    for (i, b) in block.iter_mut().enumerate() {
        *b = cats[2 * i] | (cats[2 * i + 1] << 4);
    }
    block
}

/// Generates the contents of `tables.rs`.
pub fn generate(root: &Path) -> Result<String, String> {
    let mut blocks: Vec<[u8; 128]> = Vec::new();
    let mut block_ids: HashMap<[u8; 128], u16> = HashMap::new();
    // For each Unicode table: its low table and the index of its stage1 array.
    let mut tables: Vec<(&str, Vec<u8>, usize)> = Vec::new();
    // Distinct stage1 arrays with the static name of their first user.
    let mut stage1s: Vec<(String, Vec<u16>)> = Vec::new();
    for (stem, name) in UNICODE {
        let cats = load(root, stem, MAX_CP + 1)?;
        // Entry 0 (U+0000..=U+00FF) is unused: the low table covers it.
        let mut stage1 = vec![0u16; STAGE1_LEN];
        for (b, entry) in stage1.iter_mut().enumerate().skip(1) {
            let block = pack(&cats[b * 256..(b + 1) * 256]);
            *entry = *block_ids.entry(block).or_insert_with(|| {
                blocks.push(block);
                u16::try_from(blocks.len() - 1).expect("at most 4352 blocks")
            });
        }
        let index = match stage1s.iter().position(|(_, s)| *s == stage1) {
            Some(index) => index,
            None => {
                stage1s.push((format!("{name}_STAGE1"), stage1));
                stage1s.len() - 1
            }
        };
        tables.push((name, cats[..256].to_vec(), index));
    }

    let mut out = String::new();
    out.push_str(HEADER);
    let _ = writeln!(
        out,
        "pub(super) static BLOCKS: [[u8; 128]; {}] = [",
        blocks.len()
    );
    for block in &blocks {
        out.push_str("    [\n");
        items(&mut out, 8, block);
        out.push_str("    ],\n");
    }
    out.push_str("];\n");

    let mut emitted = vec![false; stage1s.len()];
    for (name, low, index) in &tables {
        let stage1_name = &stage1s[*index].0;
        let _ = writeln!(out, "\npub(super) static {name}: TableData = TableData {{");
        out.push_str("    low: [\n");
        items(&mut out, 8, low);
        out.push_str("    ],\n");
        let _ = writeln!(out, "    stage1: &{stage1_name},\n}};");
        if !emitted[*index] {
            emitted[*index] = true;
            let _ = writeln!(out, "\nstatic {stage1_name}: [u16; {STAGE1_LEN}] = [");
            items(&mut out, 4, &stage1s[*index].1);
            out.push_str("];\n");
        }
    }

    for (stem, name) in EIGHT_BIT {
        let cats = load(root, stem, 0x100)?;
        let _ = writeln!(out, "\npub(super) static {name}: [u8; 256] = [");
        items(&mut out, 4, &cats[..256]);
        out.push_str("];\n");
    }
    Ok(out)
}

const HEADER: &str = "\
//! Catcode tables of the oracle's regimes, generated by `cargo xtask gen`
//! from `data/catcodes/*.txt`. Do not edit by hand.

/// A Unicode catcode table: a direct table for U+0000..=U+00FF and a
/// two-stage table for the rest.
pub(super) struct TableData {
    /// Catcodes of U+0000..=U+00FF.
    pub low: [u8; 256],
    /// For a code point `cp` in 0x100..=0x10FFFF: `BLOCKS[stage1[cp >> 8]]` holds its block.
    pub stage1: &'static [u16; 4352],
}

/// Blocks of 256 catcodes packed two per byte: the catcode of `cp` is
/// `(BLOCKS[b][(cp & 0xFF) >> 1] >> ((cp & 1) * 4)) & 0xF`.
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_checks_contiguity() {
        assert_eq!(parse("t", "0 1 12\n2 2 0\n").unwrap(), vec![12, 12, 0]);
        assert!(
            parse("t", "0 1 12\n3 3 0\n")
                .unwrap_err()
                .contains("gap or overlap")
        );
        assert!(
            parse("t", "0 1 12\n1 3 0\n")
                .unwrap_err()
                .contains("gap or overlap")
        );
        assert!(parse("t", "1 1 12\n").is_err());
        assert!(parse("t", "0 1 16\n").unwrap_err().contains("bad catcode"));
        assert!(parse("t", "0 110000 1\n").is_err());
    }

    #[test]
    fn packed_lookup_matches_source() {
        let cats: Vec<u8> = (0..256).map(|i| (i * 7 % 16) as u8).collect();
        let block = pack(&cats);
        for (cp, &cat) in cats.iter().enumerate() {
            assert_eq!((block[(cp & 0xFF) >> 1] >> ((cp & 1) * 4)) & 0xF, cat);
        }
    }
}
