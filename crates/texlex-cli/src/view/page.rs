//! The HTML page of `texlex view`, from a classified source: every byte of
//! the source shown, coloured by category, with compact per-run data for
//! the hover script and the diagnostics underlined and listed.
//!
//! The page is self-contained (inline CSS and JS, no external asset, no
//! network) and lean for big inputs: one element per run of bytes of the
//! same category (plain text is bare text), and the hover texts come from a
//! deduplicated table that runs index into, embedded as JSON.
//!
//! The text of the `<pre>` is the source as the unicode model reads it:
//! each valid UTF-8 character is itself and each maximal ill-formed
//! subpart is one U+FFFD, shown as a `\xNN` badge. Control characters stay
//! in the text (so that the page's text equals a UTF-8 source) but are
//! shown as `^^X` badges; NUL, which HTML cannot carry, is a U+FFFD there.

use std::fmt::Write as _;

use serde_json::json;

/// A category of what TeX sees, as the page's legend shows it.
#[derive(Clone, Debug)]
pub struct Category {
    /// A short machine name (`control-word`, `comment`…): the CSS class is
    /// derived from it and its colour chosen by it.
    pub key: String,
    /// The label in the legend and the hover box.
    pub label: String,
    /// One sentence for the legend.
    pub description: String,
    /// Drawn uncoloured, with no element of its own (text, spaces).
    pub plain: bool,
}

/// A piece of the source with one category and one hover text; the pieces
/// tile the source in order, each ending where the next starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece {
    /// The byte offset where the piece ends (exclusive).
    pub end: u32,
    /// Index into [`Model::categories`].
    pub category: u16,
    /// Index into [`Model::hovers`].
    pub hover: u32,
}

/// A diagnostic as the page shows it.
#[derive(Clone, Debug)]
pub struct Diag {
    /// Byte span (may be empty).
    pub start: u32,
    /// Byte span end (exclusive).
    pub end: u32,
    /// `true` for an error, `false` for a warning.
    pub error: bool,
    /// The stable code (`unmatched-close-brace`).
    pub code: String,
    /// The message.
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub col: u32,
}

/// Everything the page shows.
#[derive(Clone, Debug, Default)]
pub struct Model<'s> {
    /// The file's name, for the title.
    pub title: String,
    /// The bytes.
    pub source: &'s [u8],
    /// Lines for the header (engine, regime, what the file's head chose).
    pub info: Vec<String>,
    /// The categories.
    pub categories: Vec<Category>,
    /// Hover texts (Markdown-ish: `code` in backquotes, paragraphs
    /// separated by blank lines), indexed by pieces: the tails of the
    /// hovers.
    pub hovers: Vec<String>,
    /// The heads of the hovers, shown before the tail; index 0 is shown
    /// where no head is known.
    pub heads: Vec<String>,
    /// The head of a character: (code point as the page's text holds it,
    /// segment, index into `heads`), where the segment is the number of
    /// `segments` at or before the character.
    pub head_keys: Vec<(u32, u32, u32)>,
    /// Heads for characters whose code point in the page's text is not
    /// the key's: (byte offset, index into `heads`), in order.
    pub head_overrides: Vec<(u32, u32)>,
    /// Byte offsets where the catcodes changed, in order.
    pub segments: Vec<u32>,
    /// Pieces tiling the source.
    pub pieces: Vec<Piece>,
    /// Diagnostics, in source order.
    pub diagnostics: Vec<Diag>,
}

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// The style of a category by its key (the language server's category
/// names); other keys cycle a palette.
fn style(key: &str, index: usize) -> &'static str {
    const PALETTE: [&str; 4] = [
        "color:#6a3d9a",
        "color:#b15928",
        "color:#1f78b4",
        "color:#33a02c",
    ];
    match key {
        "control-word" | "control-symbol" => "color:#1d4ed8;font-weight:600",
        "internal-name" => "color:#a21caf;font-weight:600;font-style:italic",
        "expl3-function" => "color:#047857;font-weight:600",
        "expl3-signature" => "color:#0e7490",
        "expl3-variable" => "color:#15803d;font-style:italic",
        "parameter" => "color:#c2410c;font-weight:600",
        "math-shift" => "color:#065f46;background:#d1fae5",
        "alignment-tab" => "color:#854d0e;background:#fef08a",
        "superscript" | "subscript" => "color:#7c3aed;font-weight:600",
        "begin-group" | "end-group" => "color:#9333ea",
        "active" => "color:#be123c;background:#ffe4e6",
        "comment" => "color:#6b7280;font-style:italic",
        "verb" | "verbatim-body" => "color:#334155;background:#e2e8f0",
        "invalid" => "color:#fff;background:#dc2626",
        "ignored" => "color:#6b7280;background:#e5e7eb",
        "dropped" => "color:#9ca3af;text-decoration:line-through",
        _ => PALETTE[index % PALETTE.len()],
    }
}

/// One displayed unit of the source: a valid character or one ill-formed
/// subpart.
#[derive(Clone, Copy)]
pub(crate) enum Unit<'a> {
    Char(char),
    Bad(&'a [u8]),
}

impl Unit<'_> {
    /// Its length in bytes.
    pub(crate) fn len(self) -> u32 {
        match self {
            Unit::Char(c) => c.len_utf8() as u32,
            Unit::Bad(bytes) => bytes.len() as u32,
        }
    }

    /// Its length in the page's text, in UTF-16 code units.
    fn width(self) -> u32 {
        match self {
            Unit::Char(c) => c.len_utf16() as u32,
            Unit::Bad(_) => 1,
        }
    }
}

/// Calls `f(offset, unit)` for each unit of `source` in order.
pub(crate) fn for_each_unit<'a>(source: &'a [u8], mut f: impl FnMut(u32, Unit<'a>)) {
    let mut at = 0u32;
    for chunk in source.utf8_chunks() {
        for c in chunk.valid().chars() {
            f(at, Unit::Char(c));
            at += c.len_utf8() as u32;
        }
        let bad = chunk.invalid();
        if !bad.is_empty() {
            f(at, Unit::Bad(bad));
            at += bad.len() as u32;
        }
    }
}

/// The badge text of a character that would be invisible or break the
/// layout, if it is one.
fn badge(c: char) -> Option<String> {
    match c {
        '\t' | '\n' | '\r' => None,
        '\0'..='\x1f' => Some(format!("^^{}", char::from(c as u8 + 64))),
        '\x7f' => Some("^^?".to_owned()),
        '\u{80}'..='\u{9f}'
        | '\u{ad}'
        | '\u{200b}'..='\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{feff}' => Some(format!("U+{:04X}", c as u32)),
        _ => None,
    }
}

/// Writes `c` as HTML text inside `<pre>`.
fn push_char(out: &mut String, c: char, next_is_lf: bool) {
    match c {
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '&' => out.push_str("&amp;"),
        // A raw CR would be turned into LF by the HTML parser; a character
        // reference stays CR. A CR that ends a line alone gets a visual
        // break from CSS (CSS draws CR as a space).
        '\r' if next_is_lf => out.push_str("&#13;"),
        '\r' => out.push_str("<span class=\"lcr\">&#13;</span>"),
        '\0' => out.push_str("<span class=\"ctl\" data-v=\"^^@\">\u{fffd}</span>"),
        c => match badge(c) {
            Some(label) => {
                let _ = write!(out, "<span class=\"ctl\" data-v=\"{label}\">{c}</span>");
            }
            None => out.push(c),
        },
    }
}

/// Escapes text for HTML element content and attribute values.
fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Escapes `text` and turns `code` (backquoted) into `<code>` elements.
fn escape_markdown(text: &str, out: &mut String) {
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 1 {
            out.push_str("<code>");
            escape(part, out);
            out.push_str("</code>");
        } else {
            escape(part, out);
        }
    }
}

/// JSON for a `<script>` element: `<` escaped so that no `</script>` (or
/// `<!--`) can appear.
fn script_json(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// Which diagnostics cover each byte, as a sweep over sorted events.
struct Sweep<'m> {
    diags: &'m [Diag],
    /// Diagnostic indices sorted by start.
    starts: Vec<usize>,
    next_start: usize,
    /// Open (non-empty) diagnostics: (end, error).
    open: Vec<(u32, bool)>,
}

impl<'m> Sweep<'m> {
    fn new(diags: &'m [Diag]) -> Sweep<'m> {
        let mut starts: Vec<usize> = (0..diags.len()).collect();
        starts.sort_by_key(|&i| diags[i].start);
        Sweep {
            diags,
            starts,
            next_start: 0,
            open: Vec::new(),
        }
    }

    /// Advances to byte `at`: writes the anchors (and markers for empty
    /// spans) of the diagnostics starting at or before it, and returns the
    /// underline class of the byte (`Some(true)` error, `Some(false)`
    /// warning).
    fn advance(&mut self, at: u32, out: &mut String) -> Option<bool> {
        while let Some(&i) = self.starts.get(self.next_start) {
            let d = &self.diags[i];
            if d.start > at {
                break;
            }
            self.next_start += 1;
            let sev = if d.error { "de" } else { "dw" };
            if d.end <= at {
                // Empty (or already over): a visible zero-width marker.
                let _ = write!(out, "<span class=\"dz {sev}\" id=\"d{i}\"></span>");
            } else {
                let _ = write!(out, "<a id=\"d{i}\"></a>");
                self.open.push((d.end, d.error));
            }
        }
        self.open.retain(|&(end, _)| end > at);
        if self.open.is_empty() {
            None
        } else {
            Some(self.open.iter().any(|&(_, e)| e))
        }
    }
}

/// Renders the page.
pub fn render(model: &Model) -> String {
    let source = model.source;
    let mut out = String::with_capacity(source.len() * 2 + 64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n",
    );
    out.push_str("<title>");
    escape(&model.title, &mut out);
    out.push_str(" — texlex view</title>\n<style>\n");
    out.push_str(CSS);
    for (i, cat) in model.categories.iter().enumerate() {
        if !cat.plain {
            let _ = writeln!(out, ".k{i}{{{}}}", style(&cat.key, i));
        }
    }
    out.push_str("</style>\n</head>\n<body>\n<header><h1>");
    escape(&model.title, &mut out);
    out.push_str("</h1>");
    for line in &model.info {
        out.push_str("<p class=\"info\">");
        escape_markdown(line, &mut out);
        out.push_str("</p>");
    }
    out.push_str("</header>\n");

    // Diagnostics list.
    let errors = model.diagnostics.iter().filter(|d| d.error).count();
    let warnings = model.diagnostics.len() - errors;
    let _ = write!(
        out,
        "<section id=\"diagnostics\"><h2>Diagnostics: {errors} error{}, {warnings} warning{}</h2>",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
    );
    if !model.diagnostics.is_empty() {
        out.push_str("<ol class=\"diags\">");
        for (i, d) in model.diagnostics.iter().enumerate() {
            let sev = if d.error { "error" } else { "warning" };
            let _ = write!(
                out,
                "<li class=\"{sev}\"><a href=\"#d{i}\" data-d=\"{i}\">{}:{}</a> \
                 <span class=\"sev\">{sev}</span> ",
                d.line, d.col
            );
            escape_markdown(&d.message, &mut out);
            out.push_str(" <span class=\"code\">");
            escape(&d.code, &mut out);
            out.push_str("</span></li>");
        }
        out.push_str("</ol>");
    }
    out.push_str("</section>\n");

    // Legend.
    out.push_str("<details id=\"legend\" open><summary>Legend</summary><div class=\"lg\">");
    for (i, cat) in model.categories.iter().enumerate() {
        let _ = write!(out, "<div><span class=\"k{i} sw\">");
        escape(&cat.label, &mut out);
        out.push_str("</span> ");
        escape_markdown(&cat.description, &mut out);
        out.push_str("</div>");
    }
    out.push_str(
        "<div><span class=\"sw de\">error</span> <span class=\"sw dw\">warning</span> \
         a diagnostic covers these characters (listed above).</div>\
         <div><span class=\"bad\" data-v=\"\\xNN\"></span> a byte that is not UTF-8 \
         (TeX reads U+FFFD); <span class=\"ctl\" data-v=\"^^X\"></span> an invisible \
         control or format character.</div>",
    );
    out.push_str("</div></details>\n");

    // The source.
    let mut data_runs: Vec<u32> = Vec::new();
    let diags = &model.diagnostics;
    let mut sweep = Sweep::new(diags);
    // The leading newline after <pre> is dropped by the HTML parser: give
    // it one to drop.
    out.push_str("<main><pre id=\"src\">\n");
    let mut pieces = model.pieces.iter().copied().peekable();
    let fallback = Piece {
        end: u32::MAX,
        category: 0,
        hover: 0,
    };
    // The open element's (category, underline) and the data run being built.
    let mut open: Option<(u16, Option<bool>)> = None;
    let mut run: Option<(u32, u16, u32)> = None; // (utf16 len, category, hover)
    let mut piece = pieces.next().unwrap_or(fallback);
    let mut anchors = String::new();
    let coloured = |c: u16| {
        model
            .categories
            .get(usize::from(c))
            .is_some_and(|k| !k.plain)
    };
    for_each_unit(source, |at, unit| {
        while piece.end <= at {
            piece = pieces.next().unwrap_or(fallback);
        }
        // Anchors go inside the element opened for this unit.
        anchors.clear();
        let underline = sweep.advance(at, &mut anchors);
        let want = (piece.category, underline);
        if open != Some(want) {
            if open.is_some_and(|(c, u)| coloured(c) || u.is_some()) {
                out.push_str("</span>");
            }
            if coloured(want.0) || want.1.is_some() {
                out.push_str("<span class=\"");
                if coloured(want.0) {
                    let _ = write!(out, "k{}", want.0);
                }
                if let Some(error) = want.1 {
                    if coloured(want.0) {
                        out.push(' ');
                    }
                    out.push_str(if error { "de" } else { "dw" });
                }
                out.push_str("\">");
            }
            open = Some(want);
        }
        out.push_str(&anchors);
        match unit {
            Unit::Char(c) => {
                let next = source.get(at as usize + 1);
                push_char(&mut out, c, next == Some(&b'\n'));
            }
            Unit::Bad(bytes) => {
                out.push_str("<span class=\"bad\" data-v=\"");
                for b in bytes {
                    let _ = write!(out, "\\x{b:02X}");
                }
                out.push_str("\">\u{fffd}</span>");
            }
        }
        let width = unit.width();
        match &mut run {
            Some((len, cat, hover)) if *cat == piece.category && *hover == piece.hover => {
                *len += width;
            }
            _ => {
                if let Some((len, cat, hover)) = run.take() {
                    data_runs.extend([len, u32::from(cat), hover]);
                }
                run = Some((width, piece.category, piece.hover));
            }
        }
    });
    if let Some((len, cat, hover)) = run {
        data_runs.extend([len, u32::from(cat), hover]);
    }
    if open.is_some_and(|(c, u)| coloured(c) || u.is_some()) {
        out.push_str("</span>");
    }
    // Diagnostics at (or past) the end of the input.
    sweep.advance(u32::MAX, &mut out);
    out.push_str("</pre></main>\n<div id=\"tip\" hidden></div>\n");

    // The data for the script: per-run [utf16 length, category, hover],
    // diagnostics with their UTF-16 offsets in the text.
    let ends: Vec<u32> = diags
        .iter()
        .flat_map(|d| [d.start, d.end.max(d.start)])
        .collect();
    let ends = utf16_of(source, &ends);
    let segments = utf16_of(source, &model.segments);
    let overrides: Vec<u32> = model.head_overrides.iter().map(|&(at, _)| at).collect();
    let overrides = utf16_of(source, &overrides);
    let head_keys: serde_json::Map<String, serde_json::Value> = model
        .head_keys
        .iter()
        .map(|&(cp, seg, i)| (format!("{cp},{seg}"), json!(i)))
        .collect();
    let data = json!({
        "cats": model.categories.iter().map(|c| &c.label).collect::<Vec<_>>(),
        "hovers": model.hovers,
        "heads": model.heads,
        "headKeys": head_keys,
        "headOverrides": overrides.iter().zip(&model.head_overrides)
            .flat_map(|(&u, &(_, i))| [u, i]).collect::<Vec<_>>(),
        "segments": segments,
        "runs": data_runs,
        "diags": diags.iter().enumerate().map(|(i, d)| json!([
            ends[2 * i], ends[2 * i + 1], d.error, d.line, d.col, d.message, d.code
        ])).collect::<Vec<_>>(),
    });
    out.push_str("<script type=\"application/json\" id=\"data\">");
    out.push_str(&script_json(&data));
    out.push_str("</script>\n<script>\n");
    out.push_str(JS);
    out.push_str("</script>\n</body></html>\n");
    out
}

/// The UTF-16 offsets in the page's text of byte `offsets` (in any order;
/// an offset inside a unit maps to the next unit's start, one past the
/// end to the text's length).
fn utf16_of(source: &[u8], offsets: &[u32]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let mut result = vec![0; offsets.len()];
    let mut next = 0;
    let mut width = 0u32;
    let mut resolve = |upto: u32, here: u32| {
        while let Some(&i) = order.get(next) {
            if offsets[i] > upto {
                break;
            }
            result[i] = here;
            next += 1;
        }
    };
    for_each_unit(source, |at, unit| {
        resolve(at, width);
        width += unit.width();
    });
    resolve(u32::MAX, width);
    result
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The text of the `<pre>` as a browser would read it (for the markup
    /// `render` writes: tags dropped, the five references it uses decoded,
    /// the parser's dropped first newline dropped).
    pub(crate) fn pre_text(html: &str) -> String {
        let start = html.find("<pre id=\"src\">\n").unwrap() + "<pre id=\"src\">\n".len();
        let end = html[start..].find("</pre>").unwrap() + start;
        let mut text = String::new();
        let mut rest = &html[start..end];
        while let Some(c) = rest.chars().next() {
            if c == '<' {
                rest = &rest[rest.find('>').unwrap() + 1..];
            } else if c == '&' {
                let semi = rest.find(';').unwrap();
                text.push(match &rest[..=semi] {
                    "&lt;" => '<',
                    "&gt;" => '>',
                    "&amp;" => '&',
                    "&quot;" => '"',
                    "&#13;" => '\r',
                    other => panic!("unexpected reference {other}"),
                });
                rest = &rest[semi + 1..];
            } else {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        text
    }

    /// The JSON data the page embeds.
    pub(crate) fn page_data(html: &str) -> serde_json::Value {
        let open = "<script type=\"application/json\" id=\"data\">";
        let start = html.find(open).unwrap() + open.len();
        let end = html[start..].find("</script>").unwrap() + start;
        serde_json::from_str(&html[start..end]).unwrap()
    }

    fn categories() -> Vec<Category> {
        ["plain", "control-word", "comment"]
            .iter()
            .map(|k| Category {
                key: (*k).to_owned(),
                label: format!("label {k}"),
                description: format!("about `{k}`"),
                plain: *k == "plain",
            })
            .collect()
    }

    /// One piece per byte, category by byte value, hover per category.
    fn model(source: &[u8]) -> Model<'_> {
        let pieces = (0..source.len())
            .map(|i| Piece {
                end: i as u32 + 1,
                category: u16::from(source[i] % 3),
                hover: u32::from(source[i] % 3),
            })
            .collect();
        Model {
            title: "t.tex".to_owned(),
            source,
            info: vec!["info `x`".to_owned()],
            categories: categories(),
            hovers: vec!["h0".into(), "h1 `\\a`".into(), "h2 </script>".into()],
            pieces,
            ..Model::default()
        }
    }

    /// The UTF-16 lengths of the data runs add up to the text's.
    fn assert_runs_tile(html: &str) {
        let data = page_data(html);
        let runs = data["runs"].as_array().unwrap();
        assert_eq!(runs.len() % 3, 0);
        let total: u64 = runs.iter().step_by(3).map(|v| v.as_u64().unwrap()).sum();
        assert_eq!(total as usize, pre_text(html).encode_utf16().count());
    }

    #[test]
    fn the_text_is_the_source() {
        let source =
            "\\section{<b>&amp;</b>} \"q\" 'é' 𝔸 % c\r\n\tx\r\ny\rz\x01\x7f\u{85}\u{feff}\n\nend"
                .as_bytes();
        let html = render(&model(source));
        assert_eq!(pre_text(&html).as_bytes(), source);
        assert_runs_tile(&html);
        // No raw CR anywhere (the HTML parser would make it LF).
        assert!(!html.contains('\r'));
        // Controls are badges.
        assert!(html.contains("data-v=\"^^A\">\u{1}</span>"));
        assert!(html.contains("data-v=\"^^?\">\u{7f}</span>"));
        assert!(html.contains("data-v=\"U+FEFF\""));
        // A CR alone ends a line visually.
        assert!(html.contains("<span class=\"lcr\">&#13;</span>"));
    }

    #[test]
    fn a_leading_newline_survives_the_parser() {
        let html = render(&model(b"\n\nx"));
        assert!(html.contains("<pre id=\"src\">\n<span class=\"k1\">\n\n</span>x"));
        assert_eq!(pre_text(&html), "\n\nx");
    }

    #[test]
    fn nothing_escapes_its_element() {
        let mut m = model(b"</pre></script><script>alert(1)</script>");
        m.title = "<script>\"x\"</script>".to_owned();
        m.diagnostics.push(Diag {
            start: 0,
            end: 2,
            error: true,
            code: "c<".into(),
            message: "m </script> `<x>`".into(),
            line: 1,
            col: 1,
        });
        let html = render(&m);
        // One real script element of each kind, and the ones we write.
        assert_eq!(html.matches("<script").count(), 2);
        assert_eq!(html.matches("</script>").count(), 2);
        assert_eq!(html.matches("</pre>").count(), 1);
        assert!(html.contains("<title>&lt;script&gt;&quot;x&quot;&lt;/script&gt; — texlex view"));
        let data = page_data(&html);
        assert_eq!(data["hovers"][2], "h2 </script>");
        assert_eq!(data["diags"][0][5], "m </script> `<x>`");
        assert!(html.contains("m &lt;/script&gt; <code>&lt;x&gt;</code>"));
    }

    #[test]
    fn categories_and_legend() {
        // Bytes 0x61 'a' % 3 == 1, 0x62 'b' % 3 == 2, 0x63 'c' % 3 == 0.
        let html = render(&model(b"aabbc"));
        assert!(html.contains("<span class=\"k1\">aa</span><span class=\"k2\">bb</span>c"));
        for k in ["plain", "control-word", "comment"] {
            assert!(html.contains(&format!("label {k}</span> about <code>{k}</code></div>")));
        }
        let data = page_data(&html);
        assert_eq!(data["runs"], json!([2, 1, 1, 2, 2, 2, 1, 0, 0]));
        assert_eq!(data["cats"][1], "label control-word");
        assert!(html.contains(".k1{"));
    }

    #[test]
    fn diagnostics_are_underlined_anchored_and_listed() {
        let mut m = model(b"ab{cd}\n");
        let diag = |start, end, error| Diag {
            start,
            end,
            error,
            code: "code".into(),
            message: format!("at {start}"),
            line: 1,
            col: start + 1,
        };
        m.diagnostics = vec![diag(2, 3, true), diag(4, 6, false), diag(7, 7, true)];
        let html = render(&m);
        assert!(html.contains("<span class=\"de\"><a id=\"d0\"></a>{</span>"));
        assert!(html.contains("<span class=\"k1 dw\"><a id=\"d1\"></a>d</span>"));
        assert!(html.contains("<span class=\"dz de\" id=\"d2\"></span></pre>"));
        assert!(html.contains("Diagnostics: 2 errors, 1 warning"));
        assert!(html.contains(
            "<a href=\"#d1\" data-d=\"1\">1:5</a> <span class=\"sev\">warning</span> at 4"
        ));
        assert_eq!(pre_text(&html), "ab{cd}\n");
        let data = page_data(&html);
        assert_eq!(data["diags"][1][0], 4);
        assert_eq!(data["diags"][1][1], 6);
        assert_eq!(data["diags"][2][0], 7);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_badges() {
        // é in Latin-1, a truncated 3-byte sequence, a lone continuation.
        let source = b"caf\xe9 \xe2\x82 \x80!";
        let html = render(&model(source));
        assert!(html.contains("data-v=\"\\xE9\">\u{fffd}</span>"));
        assert!(html.contains("data-v=\"\\xE2\\x82\">\u{fffd}</span>"));
        assert!(html.contains("data-v=\"\\x80\">\u{fffd}</span>"));
        assert_eq!(
            pre_text(&html),
            String::from_utf8_lossy(source),
            "one U+FFFD per ill-formed subpart, as TeX reads them"
        );
        assert_runs_tile(&html);
    }

    #[test]
    fn nul_is_a_badge_over_a_replacement_character() {
        let html = render(&model(b"a\0b"));
        assert!(html.contains("data-v=\"^^@\">\u{fffd}</span>"));
        assert!(!html.contains('\0'));
        assert_runs_tile(&html);
    }

    #[test]
    fn empty_input() {
        let m = Model {
            title: "empty".into(),
            categories: categories(),
            ..Model::default()
        };
        let html = render(&m);
        assert_eq!(pre_text(&html), "");
        assert_eq!(page_data(&html)["runs"], json!([]));
        assert!(html.contains("Diagnostics: 0 errors, 0 warnings"));
    }

    #[test]
    fn pieces_that_do_not_tile_do_not_panic() {
        // Too few pieces, pieces past the end, an unknown category.
        let mut m = model(b"abc\xff def");
        m.pieces = vec![Piece {
            end: 2,
            category: 7,
            hover: 9,
        }];
        m.diagnostics.push(Diag {
            start: 50,
            end: 10,
            error: false,
            code: String::new(),
            message: String::new(),
            line: 0,
            col: 0,
        });
        let html = render(&m);
        assert_eq!(pre_text(&html), String::from_utf8_lossy(b"abc\xff def"));
        assert_runs_tile(&html);
    }

    #[test]
    fn a_huge_line_is_rendered_in_linear_time() {
        // 4 MB on one line, a category change every byte and a diagnostic
        // every 100 bytes: quadratic work would take minutes.
        let source: Vec<u8> = b"ab{".iter().copied().cycle().take(4 << 20).collect();
        let mut m = model(&source);
        m.diagnostics = (0..source.len() as u32 / 100)
            .map(|i| Diag {
                start: i * 100,
                end: i * 100 + 50,
                error: i % 2 == 0,
                code: "c".into(),
                message: "m".into(),
                line: 1,
                col: i * 100 + 1,
            })
            .collect();
        let started = std::time::Instant::now();
        let html = render(&m);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(pre_text(&html).len(), source.len());
        assert_runs_tile(&html);
    }
}
