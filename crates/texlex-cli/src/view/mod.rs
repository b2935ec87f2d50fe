//! `texlex view`: one self-contained HTML page showing a file as TeX reads
//! it: every byte, coloured by the category the language server gives it,
//! with the server's hover text on every character and the diagnostics
//! underlined and listed.

mod page;

use std::collections::HashMap;
use std::path::PathBuf;

pub use page::{Category, Diag, Model, Piece, render};

use crate::{EXIT_OK, Failure, Tracking, detect, input, output};

/// What `view` was asked to do.
pub struct Options {
    /// Regime, engine and catcodes from the command line.
    pub regime: input::Lexing,
    /// Tracking or static catcodes.
    pub lexing: Tracking,
    /// Where to write; `None` (or `-`) is standard output.
    pub output: Option<PathBuf>,
    /// The file, or `-` for standard input.
    pub file: PathBuf,
}

pub fn run(options: &Options) -> Result<u8, Failure> {
    let opened = input::open_lex_reader(&options.file).map_err(Failure::Fatal)?;
    let name = opened.name;
    let source = input::read_all(opened.reader).map_err(|reason| Failure::at(&name, reason))?;
    let (profile, engine, detected) = detect::choose(&options.regime, opened.regime, &source);
    let regime = profile.regime();
    let lexer = options.lexing.lexer(profile);
    let lexed = lexer.lex(&source).map_err(|e| Failure::at(&name, e))?;
    let mut info = vec![format!(
        "Read as `{}` from the start, engine `{}` ({} model); catcode tracking {}{}.",
        regime.name(),
        engine.name(),
        detect::model_name(engine.input_model()),
        if options.lexing.track { "on" } else { "off" },
        if options.lexing.verbatim {
            ", verbatim on"
        } else {
            ", verbatim off"
        },
    )];
    info.extend(detected.notes(&source));
    let html = render(&model(&lexed, &name, info));
    output::write_to(options.output.as_deref(), html.as_bytes())?;
    Ok(EXIT_OK)
}

/// The page's model of a lexed source.
pub fn model<'s>(lexed: &texlex::Lexed<'s>, name: &str, info: Vec<String>) -> Model<'s> {
    let mut positions = lexed.positions();
    let diagnostics = lexed
        .diagnostics()
        .map(|d| {
            let at = positions.position(d.span.start);
            Diag {
                start: d.span.start,
                end: d.span.end,
                error: d.severity() == texlex::Severity::Error,
                code: d.kind.name().to_owned(),
                message: d.message(),
                line: at.line,
                col: at.col,
            }
        })
        .collect();
    let mut model = Model {
        title: name.to_owned(),
        source: lexed.source(),
        info,
        diagnostics,
        ..Model::default()
    };
    classify(lexed, &mut model);
    model
}

/// The page's categories: the language server's
/// ([`Category::ALL`](texlex_lsp::classify::Category::ALL), in order), text
/// and spaces drawn plain.
fn categories() -> Vec<Category> {
    use texlex_lsp::classify::Category as C;
    C::ALL
        .iter()
        .map(|&c| Category {
            key: c.name().to_owned(),
            label: c.description().to_owned(),
            description: legend_text(c).to_owned(),
            plain: matches!(c, C::Text | C::Space),
        })
        .collect()
}

/// How many calls of the server's hover one page may make, in units of
/// its cost (each call reads the catcode changes and up to 4 KiB of
/// records): a file with very many catcode changes gets its hover texts
/// for the first characters only, not a page that takes hours.
const HOVER_BUDGET: u64 = 400_000_000;

/// In a hover's tail, stands for `U+XXXX` of the character hovered (the
/// page's script puts it back).
pub const OWN_CODE: &str = "\u{0}";

/// Shown when the budget ran out.
const NOT_COMPUTED: &str =
    "(not computed: this file has too many catcode changes for every hover text to be precomputed)";

/// Categories, hover texts and pieces from the language server's
/// classification and hover ([`texlex_lsp::classify`],
/// [`texlex_lsp::hover`]).
///
/// The server's hover is computed per character; a page cannot hold one
/// text per character of a big file. Its text is a head (the character,
/// its catcode, and why: what only the character and the catcode changes
/// before it decide) and, after the last blank line, a tail (what TeX
/// reads there: what the token decides). So the page keeps the tails per
/// piece of the source and the heads per (character, catcode segment),
/// each computed once by calling the server's hover where it first
/// occurs; the page's script joins them back.
fn classify(lexed: &texlex::Lexed, model: &mut Model) {
    use texlex::{Record, TokenKind};
    use texlex_lsp::classify::{self as lsp, Category as C};

    let source = lexed.source();
    let index = |c: C| C::ALL.iter().position(|&x| x == c).unwrap_or(0) as u16;
    let changes: Vec<u32> = lexed.catcode_changes().collect();
    let bytes_model = lexed.profile().input_model() == texlex::InputModel::Bytes;
    let mut budget = HOVER_BUDGET / (changes.len() as u64 + 4096);

    let mut classes = lsp::classify(lexed, 0);
    let mut records = lexed.records();
    let mut class: Option<lsp::Classified> = classes.next();
    let mut record: Option<Record> = records.next();
    let mut segment = 0usize;
    let mut tails = Interned::default();
    let mut heads = Interned::default();
    let mut tail_of: HashMap<TailKey, u32> = HashMap::new();
    let mut head_of: HashMap<(u32, u32), u32> = HashMap::new();
    let not_computed = heads.intern(NOT_COMPUTED);

    page::for_each_unit(source, |at, unit| {
        while class.is_some_and(|c| c.span.end <= at) {
            class = classes.next();
        }
        while record.is_some_and(|r| r.span().end <= at) {
            record = records.next();
        }
        while changes.get(segment).is_some_and(|&c| c <= at) {
            segment += 1;
        }
        let category = class.map_or(C::Text, |c| c.category);
        // The character the server's hover names, and the one the page's
        // text holds (the script's key).
        let first = source.get(at as usize).copied().unwrap_or(0);
        let (cp, page_cp) = match unit {
            page::Unit::Char(c) => (
                if bytes_model {
                    u32::from(first)
                } else {
                    u32::from(c)
                },
                if c == '\0' { 0xFFFD } else { u32::from(c) },
            ),
            page::Unit::Bad(_) => (
                if bytes_model {
                    u32::from(first)
                } else {
                    0xFFFD
                },
                0xFFFD,
            ),
        };
        let tail_key = match record {
            Some(Record::Token(t)) => match t.kind {
                TokenKind::Cs(id) => TailKey::Cs(category, id),
                // The character's own code is a placeholder in the text,
                // so that a word's letters share one tail.
                TokenKind::Char { cat, code } if code == page_cp => TailKey::OwnChar(category, cat),
                TokenKind::Char { cat, code } => TailKey::Char(category, cat, code),
                _ => TailKey::Other(category),
            },
            _ => TailKey::Other(category),
        };
        let head_key = (cp, segment as u32);
        let mut computed = None;
        let mut compute = |budget: &mut u64| {
            if computed.is_none() && *budget > 0 {
                *budget -= 1;
                computed = Some(
                    texlex_lsp::hover::hover(lexed, at).map_or_else(String::new, |h| h.markdown),
                );
            }
            computed.clone()
        };
        let tail = match tail_of.get(&tail_key) {
            Some(&i) => i,
            None => {
                let i = match compute(&mut budget) {
                    Some(text) => {
                        let tail = split(&text).1;
                        if let TailKey::OwnChar(..) = tail_key {
                            let code = format!("U+{page_cp:04X}");
                            tails.intern(&tail.replacen(&code, OWN_CODE, 1))
                        } else {
                            tails.intern(tail)
                        }
                    }
                    None => tails.intern(category.description()),
                };
                tail_of.insert(tail_key, i);
                i
            }
        };
        let head = match head_of.get(&head_key) {
            Some(&i) => i,
            None => match compute(&mut budget) {
                Some(text) => {
                    let i = heads.intern(split(&text).0);
                    head_of.insert(head_key, i);
                    i
                }
                None => not_computed,
            },
        };
        if cp != page_cp {
            model.head_overrides.push((at, head));
        }
        let end = at + unit.len();
        let category = index(category);
        match model.pieces.last_mut() {
            Some(last) if last.category == category && last.hover == tail => last.end = end,
            _ => model.pieces.push(Piece {
                end,
                category,
                hover: tail,
            }),
        }
    });
    model.categories = categories();
    model.hovers = tails.texts;
    model.heads = heads.texts;
    model.head_keys = head_of
        .into_iter()
        .map(|((cp, seg), i)| (cp, seg, i))
        .collect();
    model.head_keys.sort_unstable();
    model.segments = changes;
}

/// What a hover's tail depends on: the category of the classified span
/// and the token (its name, or its catcode and character).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum TailKey {
    Cs(texlex_lsp::classify::Category, texlex::CsId),
    OwnChar(texlex_lsp::classify::Category, texlex::Catcode),
    Char(texlex_lsp::classify::Category, texlex::Catcode, u32),
    Other(texlex_lsp::classify::Category),
}

/// A hover text's head and tail, split at its last blank line.
fn split(markdown: &str) -> (&str, &str) {
    markdown.rsplit_once("\n\n").unwrap_or((markdown, ""))
}

/// Deduplicated texts.
#[derive(Default)]
struct Interned {
    texts: Vec<String>,
    index: HashMap<String, u32>,
}

impl Interned {
    fn intern(&mut self, text: &str) -> u32 {
        if let Some(&i) = self.index.get(text) {
            return i;
        }
        let i = self.texts.len() as u32;
        self.texts.push(text.to_owned());
        self.index.insert(text.to_owned(), i);
        i
    }
}

/// What the legend says about a category, with an example.
fn legend_text(c: texlex_lsp::classify::Category) -> &'static str {
    use texlex_lsp::classify::Category as C;
    match c {
        C::ControlWord => "`\\section`: the escape character and letters (catcode 11).",
        C::ControlSymbol => "`\\\\`, `\\,`: the escape character and one non-letter.",
        C::InternalName => {
            "`\\my@cmd` under `\\makeatletter` (`@` a letter), `\\__mod_helper:n`, `\\l__mod_tl`: \
             names kept for package internals."
        }
        C::Expl3Function => {
            "`\\cs_new` of `\\cs_new:Npn`: an expl3 function's name (`_` and `:` letters)."
        }
        C::Expl3Signature => "`:Npn`: an expl3 function's argument signature.",
        C::Expl3Variable => "`\\l_tmpa_tl`: an expl3 variable or constant.",
        C::Parameter => "`#1`, `##`: a parameter character (catcode 6) and its digit.",
        C::MathShift => "`$` (catcode 3).",
        C::AlignmentTab => "`&` (catcode 4).",
        C::Superscript => "`^` (catcode 7).",
        C::Subscript => "`_` (catcode 8).",
        C::BeginGroup => "`{` (catcode 1).",
        C::EndGroup => "`}` (catcode 2).",
        C::Active => "`~` (catcode 13): a character that behaves like a macro.",
        C::Comment => "From `%` (catcode 14) to the end of the line: TeX skips it.",
        C::Verb => "The argument of `\\verb`, delimiters included: read verbatim.",
        C::VerbatimBody => "The body of `verbatim`, `lstlisting`, `minted`…: read verbatim.",
        C::Invalid => "A character of catcode 15: TeX reports it and drops it.",
        C::Ignored => "A character of catcode 9: TeX skips it silently.",
        C::Dropped => "After an end-of-line character (catcode 5): TeX never reads it.",
        C::Text => "Letters (catcode 11) and other characters (catcode 12): drawn plain.",
        C::Space => "Spaces, line ends and the `\\par` of a blank line: drawn plain.",
    }
}

#[cfg(test)]
mod tests {
    use texlex::{Lexer, Regime, TexEngine};

    use super::page::tests::{page_data, pre_text};
    use super::*;

    fn lexer(regime: Regime) -> Lexer {
        Lexer::new(regime)
    }

    /// The hover text the page's script shows for the character at byte
    /// `at`: the same lookup as `hoverText` in page.js, over byte offsets.
    fn page_hover(model: &Model, at: u32, page_cp: u32) -> String {
        let piece = model.pieces.iter().find(|p| p.end > at).unwrap();
        let segment = model.segments.partition_point(|&c| c <= at) as u32;
        let head = model
            .head_overrides
            .iter()
            .find(|&&(o, _)| o == at)
            .map(|&(_, i)| i)
            .or_else(|| {
                model
                    .head_keys
                    .iter()
                    .find(|&&(cp, seg, _)| cp == page_cp && seg == segment)
                    .map(|&(_, _, i)| i)
            })
            .unwrap_or(0);
        let tail =
            model.hovers[piece.hover as usize].replacen(OWN_CODE, &format!("U+{page_cp:04X}"), 1);
        let head = &model.heads[head as usize];
        if tail.is_empty() {
            head.clone()
        } else {
            format!("{head}\n\n{tail}")
        }
    }

    /// Every character's hover on the page is the server's hover there.
    fn assert_hovers_are_the_servers(lexed: &texlex::Lexed) {
        let model = model(lexed, "t.tex", Vec::new());
        page::for_each_unit(lexed.source(), |at, unit| {
            let page_cp = match unit {
                page::Unit::Char('\0') | page::Unit::Bad(_) => 0xFFFD,
                page::Unit::Char(c) => u32::from(c),
            };
            let server = texlex_lsp::hover::hover(lexed, at).unwrap().markdown;
            assert_eq!(page_hover(&model, at, page_cp), server, "at byte {at}");
        });
    }

    const MIXED: &str = "\\documentclass{article}\n\\makeatletter\n\\def\\my@cmd#1{#1}\n\
        \\makeatother\n@ \\ExplSyntaxOn\n\\cs_new:Npn \\__a_b:n #1 { \\l_tmpa_tl ~ }\n\
        \\ExplSyntaxOff\n{\\catcode`\\|=13 | }|\n$x^2_3$ & \\verb|%| % c\n\
        \\begin{verbatim}\n% { raw\n\\end{verbatim}\n\u{7f} é 𝔸\t\r\n\n}";

    #[test]
    fn hovers_are_the_servers_hovers() {
        for regime in [Regime::Latex, Regime::LatexAt, Regime::Expl3] {
            let lexed = lexer(regime).lex(MIXED.as_bytes()).unwrap();
            assert_hovers_are_the_servers(&lexed);
        }
        let lexed = lexer(Regime::Latex)
            .track_catcodes(false)
            .lex(MIXED.as_bytes())
            .unwrap();
        assert_hovers_are_the_servers(&lexed);
    }

    #[test]
    fn hovers_of_bytes_nul_and_ill_formed_input() {
        let source = b"caf\xe9 \xe2\x82 a\0b \\makeatletter \xff@\n\xc3\xa9";
        let lexed = lexer(Regime::Latex).lex(source).unwrap();
        assert_hovers_are_the_servers(&lexed);
        // pdfTeX's byte model: every byte a character.
        let lexed = lexer(Regime::Latex)
            .engine(TexEngine::Pdftex)
            .lex(source)
            .unwrap();
        assert_hovers_are_the_servers(&lexed);
    }

    #[test]
    fn hovers_of_the_shipped_examples() {
        for file in [
            "expl3-demo.tex",
            "mypackage.sty",
            "plain-macros.tex",
            "thesis-chapter.tex",
        ] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../examples")
                .join(file);
            let source = std::fs::read(&path).unwrap();
            let regime = Regime::for_path(&path);
            let lexed = lexer(regime).lex(&source).unwrap();
            assert_hovers_are_the_servers(&lexed);
            let html = render(&model(&lexed, file, Vec::new()));
            assert_eq!(pre_text(&html).as_bytes(), source, "{file}");
        }
    }

    /// The classes of the page's elements, by category name.
    fn classes_present(html: &str) -> Vec<&'static str> {
        let pre = &html[html.find("<pre").unwrap()..html.find("</pre>").unwrap()];
        texlex_lsp::classify::Category::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                pre.contains(&format!("<span class=\"k{i}\""))
                    || pre.contains(&format!("<span class=\"k{i} "))
            })
            .map(|(_, c)| c.name())
            .collect()
    }

    #[test]
    fn every_category_gets_its_colour() {
        let lexed = lexer(Regime::Latex).lex(MIXED.as_bytes()).unwrap();
        let html = render(&model(&lexed, "t.tex", Vec::new()));
        assert_eq!(pre_text(&html), MIXED);
        let present = classes_present(&html);
        for name in [
            "control-word",
            "control-symbol",
            "internal-name",
            "expl3-function",
            "expl3-signature",
            "expl3-variable",
            "parameter",
            "math-shift",
            "alignment-tab",
            "superscript",
            "subscript",
            "begin-group",
            "end-group",
            "active",
            "comment",
            "verb",
            "verbatim-body",
            "invalid",
            "ignored",
        ] {
            assert!(present.contains(&name), "{name} missing: {present:?}");
        }
        // Text and spaces are bare text.
        assert!(!present.contains(&"text") && !present.contains(&"space"));
        // The legend names every category.
        for c in texlex_lsp::classify::Category::ALL {
            assert!(html.contains(c.description()), "{c:?}");
        }
        // The invalid DEL and the unclosed/unmatched braces are listed.
        let data = page_data(&html);
        let codes: Vec<&str> = data["diags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d[6].as_str().unwrap())
            .collect();
        assert!(codes.contains(&"invalid-character"), "{codes:?}");
        assert!(codes.contains(&"unmatched-close-brace"), "{codes:?}");
    }

    #[test]
    fn empty_and_blank_inputs() {
        for source in [&b""[..], b"\n", b"\r\n\r\n", b"%"] {
            let lexed = lexer(Regime::Latex).lex(source).unwrap();
            let html = render(&model(&lexed, "e.tex", Vec::new()));
            assert_eq!(pre_text(&html).as_bytes(), source);
            assert_hovers_are_the_servers(&lexed);
        }
    }

    #[test]
    fn many_catcode_changes_stay_within_budget() {
        // Each `\makeatletter`/`\makeatother` is a change; the page must
        // still be made quickly, its hovers partly "not computed".
        let source = "\\makeatletter a@b\\makeatother c@d\n".repeat(20_000);
        let lexed = lexer(Regime::Latex).lex(source.as_bytes()).unwrap();
        let started = std::time::Instant::now();
        let model = model(&lexed, "many.tex", Vec::new());
        let html = render(&model);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(pre_text(&html), source);
        assert_eq!(model.heads[0], NOT_COMPUTED);
    }
}
