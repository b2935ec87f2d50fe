//! The project views on hand-made projects full of traps
//! (`tests/projects/`): dependencies, outline, main files and flattening.
//! Expectations are written by hand from the files.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use texlex::{
    DependencyKind, FlattenProblem, LandmarkKind, Lexer, MainReason, Regime, SectionLevel,
};

fn traps() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/projects/traps")
}

fn lexer(path: &Path, _: &[u8]) -> Lexer {
    Lexer::new(Regime::for_path(path))
}

/// A fresh directory for one test, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("texlex-project-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: impl AsRef<Path>, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

// ------------------------------------------------------------------ deps

#[test]
fn deps_of_the_trap_main_file_are_the_real_commands_only() {
    let source = fs::read(traps().join("main.tex")).unwrap();
    let lexed = Lexer::new(Regime::Latex).lex(&source).unwrap();
    let found: Vec<(u32, &str, String)> = lexed
        .dependencies()
        .iter()
        .map(|d| {
            let line = lexed.position(d.span.start).line;
            (
                line,
                d.kind.name(),
                String::from_utf8_lossy(&d.name).into_owned(),
            )
        })
        .collect();
    let expected = [
        (2, "class", "article"),
        (12, "input", "space-term"),
        (13, "input", "endofline.tex"),
        (14, "input", "braced"),
        (15, "input", "missing"),
        (16, "input", "cycle-a"),
        (17, "include", "chapter"),
        (18, "subfile", "sub/part"),
        (19, "input", "latin1"),
        (20, "input", "stops"),
    ];
    let expected: Vec<(u32, &str, String)> = expected
        .iter()
        .map(|&(l, k, n)| (l, k, n.to_owned()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn dependency_spans_are_the_names_bytes() {
    let source = b"\\usepackage[opt]{ amsmath ,\n  graphicx}\\input{\"my file\"}\\input  x.tex\n";
    let lexed = Lexer::new(Regime::Latex).lex(source).unwrap();
    let deps = lexed.dependencies();
    let spans: Vec<&[u8]> = deps.iter().map(|d| &source[d.span.range()]).collect();
    assert_eq!(spans, [&b"amsmath"[..], b"graphicx", b"my file", b"x.tex"]);
    let commands: Vec<&[u8]> = deps.iter().map(|d| &source[d.command.range()]).collect();
    assert_eq!(
        commands,
        [
            &b"\\usepackage"[..],
            b"\\usepackage",
            b"\\input",
            b"\\input"
        ]
    );
    assert_eq!(&source[deps[2].call.range()], b"\\input{\"my file\"}");
    assert_eq!(&source[deps[3].call.range()], b"\\input  x.tex");
}

#[test]
fn names_that_are_not_utf8_keep_their_bytes() {
    // Latin-1 `é` in a name, lexed as pdfTeX reads it and as LuaTeX does.
    for lexer in [
        Lexer::new(Regime::Latex).engine(texlex::TexEngine::Pdftex),
        Lexer::new(Regime::Latex),
    ] {
        let source = b"\\input{caf\xe9}\\includegraphics{\xe9t\xe9.png}";
        let lexed = lexer.lex(source).unwrap();
        let deps = lexed.dependencies();
        assert_eq!(deps.len(), 2);
        assert_eq!(deps[0].name, b"caf\xe9");
        assert_eq!(deps[0].name_str(), None);
        assert!(deps[0].literal);
        assert_eq!(deps[1].name, b"\xe9t\xe9.png");
        assert_eq!(deps[1].kind, DependencyKind::Graphics);
    }
}

#[test]
fn bad_input_names_nothing_and_does_not_panic() {
    for source in [
        &b"\\input"[..],
        b"\\input{",
        b"\\usepackage[",
        b"\\usepackage[x]",
        b"\\documentclass{\\bibliography{",
        b"\\section{\\section[\\section*",
        b"\xff\xfe\x00\\input\x00{\x7f}",
    ] {
        let lexed = Lexer::new(Regime::Latex).lex(source).unwrap();
        let deps = lexed.dependencies();
        assert!(
            deps.iter()
                .all(|d| d.kind != DependencyKind::Input || !d.name.is_empty())
        );
        let _ = lexed.outline();
    }
}

// ------------------------------------------------------------------ outline

#[test]
fn outline_of_the_example_project() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/project/main.tex");
    let source = fs::read(path).unwrap();
    let lexed = Lexer::new(Regime::Latex).lex(&source).unwrap();
    let found: Vec<(LandmarkKind, u32, Option<&[u8]>)> = lexed
        .outline()
        .iter()
        .map(|l| {
            (
                l.kind,
                lexed.position(l.span.start).line,
                l.title.map(|t| &source[t.range()]),
            )
        })
        .collect();
    let section = |starred| LandmarkKind::Section {
        level: SectionLevel::Section,
        starred,
    };
    assert_eq!(
        found,
        [
            (LandmarkKind::DocumentClass, 3, None),
            (LandmarkKind::BeginDocument, 6, None),
            (section(false), 7, Some(&b"Introduction"[..])),
            (section(true), 9, Some(&b"Results"[..])),
            (
                LandmarkKind::Bibliography(texlex::BibliographyStart::Bibliography),
                13,
                None
            ),
            (LandmarkKind::EndDocument, 14, None),
        ]
    );
}

// ------------------------------------------------------------------ main files

#[test]
fn main_files_rank_the_real_main_first() {
    let found = texlex::main_files(&traps(), lexer).unwrap();
    let names: Vec<PathBuf> = found
        .iter()
        .map(|m| m.path.strip_prefix(traps()).unwrap().to_path_buf())
        .collect();
    assert_eq!(
        names,
        [PathBuf::from("main.tex"), PathBuf::from("sub/part.tex")]
    );
    assert_eq!(
        found[0].reasons,
        [
            MainReason::HasDocumentClass,
            MainReason::HasBeginDocument,
            MainReason::NotIncluded,
            MainReason::TopLevel,
            MainReason::ConventionalName
        ]
    );
    assert_eq!(
        found[1].reasons,
        [
            MainReason::HasDocumentClass,
            MainReason::HasBeginDocument,
            MainReason::IncludedBy(traps().join("main.tex")),
            MainReason::SubfilesClass,
        ]
    );
}

#[test]
fn a_commented_or_verbatim_documentclass_makes_no_main_file() {
    let dir = Scratch::new("no-main");
    dir.file(
        "a.tex",
        b"%\\documentclass{article}\n\\begin{document}\n\\end{document}\n",
    );
    dir.file(
        "b.tex",
        b"\\begin{verbatim}\n\\documentclass{article}\n\\end{verbatim}\n\\begin{document}\n",
    );
    dir.file(
        "c.tex",
        b"\\documentclass{article}\n\\verb|\\begin{document}|\n",
    );
    dir.file("d.txt", b"\\documentclass{article}\n\\begin{document}\n");
    assert_eq!(texlex::main_files(&dir.0, lexer).unwrap(), []);
}

#[test]
fn main_files_prefer_top_level_and_conventional_names() {
    let dir = Scratch::new("ranking");
    let doc = b"\\documentclass{article}\n\\begin{document}\n\\end{document}\n";
    dir.file("zzz.tex", doc);
    dir.file("main.tex", doc);
    dir.file("sub/main.tex", doc);
    let found = texlex::main_files(&dir.0, lexer).unwrap();
    let paths: Vec<&Path> = found.iter().map(|m| m.path.as_path()).collect();
    assert_eq!(
        paths,
        [
            dir.0.join("main.tex"),
            dir.0.join("zzz.tex"),
            dir.0.join("sub/main.tex")
        ]
    );
}

#[test]
fn main_files_of_a_missing_directory_is_an_error_naming_it() {
    let missing = traps().join("no-such-dir");
    let error = texlex::main_files(&missing, lexer).unwrap_err();
    assert!(error.to_string().contains("no-such-dir"), "{error}");
}

// ------------------------------------------------------------------ flatten

#[test]
fn flatten_the_trap_project() {
    let flat = texlex::flatten(&traps().join("main.tex"), lexer).unwrap();
    let expected: &[u8] = b"%\\documentclass{book}
\\documentclass{article}
\\begin{document}
% \\input{commented}
\\verb|\\input{inverb}|
\\begin{verbatim}
\\input{inverbatim}
\\end{verbatim}
\\begin{lstlisting}
\\include{inlisting}
\\end{lstlisting}
Space.
 more text
End of line.
Braced.
\\input{missing}
A
B
\\input{cycle-a}
\\clearpage
Chapter text.
\\clearpage
Sub body.
Caf\xe9 na\xefve
Kept.
 after
\\end{document}
";
    assert_eq!(
        String::from_utf8_lossy(&flat.text),
        String::from_utf8_lossy(expected)
    );
    assert_eq!(flat.text, expected, "bytes, latin-1 included");

    let files: Vec<PathBuf> = flat
        .files
        .iter()
        .map(|p| p.strip_prefix(traps()).unwrap().to_path_buf())
        .collect();
    let expected_files = [
        "main.tex",
        "space-term.tex",
        "endofline.tex",
        "braced.tex",
        "cycle-a.tex",
        "cycle-b.tex",
        "chapter.tex",
        "sub/part.tex",
        "latin1.tex",
        "stops.tex",
    ];
    assert_eq!(files, expected_files.map(PathBuf::from));

    let diagnostics: Vec<String> = flat
        .diagnostics
        .iter()
        .map(|d| {
            let shown = d.to_string();
            shown
                .strip_prefix(&format!("{}/", traps().display()))
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        diagnostics,
        [
            "main.tex:15:1: warning: \\input{missing}: no such file (tried missing.tex, missing)",
            format!(
                "cycle-b.tex:2:1: warning: \\input{{cycle-a}}: {} is already being inlined (a cycle)",
                traps().join("cycle-a.tex").display()
            )
            .as_str(),
        ]
    );
    assert_eq!(
        flat.diagnostics[1].problem,
        FlattenProblem::Cycle(traps().join("cycle-a.tex"))
    );
}

#[test]
fn includeonly_is_honoured() {
    let dir = Scratch::new("includeonly");
    let main = dir.file(
        "main.tex",
        b"\\includeonly{b}\n\\include{a}\n\\include{b}\n",
    );
    dir.file("a.tex", b"A\n");
    dir.file("b.tex", b"B\n");
    let flat = texlex::flatten(&main, lexer).unwrap();
    assert_eq!(
        String::from_utf8(flat.text).unwrap(),
        "\\includeonly{b}\n\\clearpage\n\\clearpage\nB\n\\clearpage\n"
    );
}

#[test]
fn endinput_in_the_middle_of_a_line_keeps_the_rest_of_that_line() {
    let dir = Scratch::new("endinput");
    let main = dir.file("main.tex", b"\\input{a}\nafter\n");
    dir.file("a.tex", b"one\ntwo \\endinput   three\nfour\n");
    let flat = texlex::flatten(&main, lexer).unwrap();
    assert_eq!(
        String::from_utf8(flat.text).unwrap(),
        "one\ntwo three\nafter\n"
    );
    // Inside braces (a definition) it does not stop the file.
    dir.file("a.tex", b"\\def\\stop{\\endinput}\nfour\n");
    let flat = texlex::flatten(&main, lexer).unwrap();
    assert_eq!(
        String::from_utf8(flat.text).unwrap(),
        "\\def\\stop{\\endinput}\nfour\nafter\n"
    );
}

#[test]
fn names_resolve_as_tex_resolves_them() {
    let dir = Scratch::new("resolve");
    let main = dir.file(
        "main.tex",
        b"\\input{a}\\input{b}\\input{c.tex}\\include{d}",
    );
    dir.file("a.tex", b"a.tex");
    dir.file("a", b"a");
    dir.file("b", b"b");
    dir.file("c.tex", b"c.tex");
    dir.file("d", b"not read");
    let flat = texlex::flatten(&main, lexer).unwrap();
    assert_eq!(
        String::from_utf8(flat.text).unwrap(),
        "a.tex\nb\nc.tex\n\\include{d}"
    );
    assert_eq!(flat.diagnostics.len(), 1);
    assert_eq!(
        flat.diagnostics[0].message(),
        "\\include{d}: no such file (tried d.tex)"
    );
}

#[test]
fn names_resolve_from_the_main_directory_then_the_including_one() {
    let dir = Scratch::new("dirs");
    let main = dir.file("main.tex", b"\\input{ch/one}\n");
    dir.file("ch/one.tex", b"\\input{ch/two}\n\\input{three}\n");
    dir.file("ch/two.tex", b"two\n");
    dir.file("ch/three.tex", b"three\n");
    let flat = texlex::flatten(&main, lexer).unwrap();
    assert!(flat.diagnostics.is_empty(), "{:?}", flat.diagnostics);
    assert_eq!(String::from_utf8(flat.text).unwrap(), "two\nthree\n");
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_found() {
    use std::os::unix::ffi::OsStrExt;
    let dir = Scratch::new("latin1-name");
    let main = dir.file("main.tex", b"\\input{caf\xe9}\n");
    dir.file(std::ffi::OsStr::from_bytes(b"caf\xe9.tex"), b"caf\xe9!\n");
    let flat = texlex::flatten(&main, |_, _| {
        Lexer::new(Regime::Latex).engine(texlex::TexEngine::Pdftex)
    })
    .unwrap();
    assert!(flat.diagnostics.is_empty(), "{:?}", flat.diagnostics);
    assert_eq!(flat.text, b"caf\xe9!\n");
}

#[test]
fn an_unreadable_main_file_is_an_error() {
    let error = texlex::flatten(&traps().join("nope.tex"), lexer).unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
    let error = texlex::flatten(&traps(), lexer).unwrap_err();
    assert!(error.kind() != std::io::ErrorKind::NotFound, "{error}");
}

#[test]
fn a_not_literal_name_is_kept() {
    let dir = Scratch::new("not-literal");
    let main = dir.file(
        "main.tex",
        b"\\newcommand\\chap[1]{\\input{#1}}\n\\input{\\jobname.bbl}\n",
    );
    let flat = texlex::flatten(&main, lexer).unwrap();
    assert_eq!(flat.text, fs::read(&main).unwrap());
    let problems: Vec<&FlattenProblem> = flat.diagnostics.iter().map(|d| &d.problem).collect();
    assert_eq!(
        problems,
        [&FlattenProblem::NotLiteral, &FlattenProblem::NotLiteral]
    );
}

// ------------------------------------------------------------------ properties

/// Text with TeX's special characters but no way to spell `\input`,
/// `\include`, `\subfile` or `\endinput` (no letter `i`, `s` or `e` after a
/// backslash can make them: the alphabet has no `i`, no `s`, and no `^`
/// to write them as `^^69`).
fn no_inputs() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(
        prop_oneof![
            Just(b'\\'),
            Just(b'{'),
            Just(b'}'),
            Just(b'%'),
            Just(b'\n'),
            Just(b'\r'),
            Just(b' '),
            Just(b'a'),
            Just(b'n'),
            Just(b'p'),
            Just(b'u'),
            Just(b't'),
            Just(b'['),
            Just(b','),
            any::<u8>().prop_filter("no i, s or ^", |b| !b"iIsS^".contains(b)),
        ],
        0..200,
    )
}

/// Dependency commands with names, between arbitrary text.
fn with_deps() -> impl Strategy<Value = Vec<u8>> {
    const COMMANDS: [&str; 6] = [
        "\\input{",
        "\\input ",
        "\\include {",
        "\\usepackage[x]{",
        "\\bibliography{",
        "\\includegraphics*{",
    ];
    const CLOSES: [&str; 3] = ["}", "\n", ""];
    let name = proptest::collection::vec(proptest::sample::select(&b"a./, \xe9%\\"[..]), 0..12);
    let part = (no_inputs(), 0..COMMANDS.len(), name, 0..CLOSES.len());
    proptest::collection::vec(part, 0..6).prop_map(|parts| {
        let mut text = Vec::new();
        for (before, command, name, close) in parts {
            text.extend_from_slice(&before);
            text.extend_from_slice(COMMANDS[command].as_bytes());
            text.extend_from_slice(&name);
            text.extend_from_slice(CLOSES[close].as_bytes());
        }
        text
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// A project whose main file inputs nothing flattens to its bytes.
    #[test]
    fn flatten_without_inputs_is_the_identity(text in no_inputs()) {
        let dir = Scratch::new("prop-identity");
        let main = dir.file("main.tex", &text);
        let flat = texlex::flatten(&main, lexer).unwrap();
        prop_assert!(flat.diagnostics.is_empty());
        prop_assert_eq!(flat.text, text);
    }

    /// Dependency spans lie within the source, on character boundaries,
    /// inside their call; their bytes are the name whenever the name has
    /// no comment, quote, line end or space token inside.
    #[test]
    fn dependency_spans_hold_their_names(text in with_deps(), pdftex in any::<bool>()) {
        let lexer = Lexer::new(Regime::Latex);
        let lexer = if pdftex { lexer.engine(texlex::TexEngine::Pdftex) } else { lexer };
        let lexed = lexer.lex(&text).unwrap();
        let records: Vec<texlex::Span> = lexed.records().map(|r| r.span()).collect();
        let boundaries: std::collections::HashSet<u32> =
            records.iter().flat_map(|s| [s.start, s.end]).collect();
        for dep in lexed.dependencies() {
            prop_assert!(dep.span.end as usize <= text.len());
            prop_assert!(dep.call.start <= dep.command.start && dep.command.end <= dep.span.start);
            prop_assert!(dep.span.start < dep.span.end && dep.span.end <= dep.call.end);
            // Spans start and end where records (tokens or trivia) do.
            prop_assert!(boundaries.contains(&dep.span.start) && boundaries.contains(&dep.span.end));
            let bytes = &text[dep.span.range()];
            let plain = !bytes.iter().any(|b| b"%\"\n\r \t".contains(b));
            if plain {
                prop_assert_eq!(bytes, &dep.name[..]);
            }
            prop_assert!(!dep.name.is_empty());
        }
    }
}
