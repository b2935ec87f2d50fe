//! Comment stripping: hand-checked cases (each expected text worked out by
//! reading it as TeX does), and the promise checked on generated inputs in
//! every regime, input model and mode.

use proptest::prelude::*;

use super::promise_holds;
use crate::{Lexer, Regime, Span, StripOptions, TexEngine, sniff};

fn strip_with(lexer: &Lexer, source: &[u8]) -> String {
    let stripped = lexer
        .strip_comments(source, &StripOptions::new())
        .expect("small input");
    promise_holds(source, lexer, false).unwrap();
    String::from_utf8(stripped.text).expect("UTF-8 in, UTF-8 out")
}

fn strip(source: &str) -> String {
    strip_with(&Lexer::new(Regime::Latex), source.as_bytes())
}

#[test]
fn a_comment_alone_on_its_line_goes_with_the_line() {
    assert_eq!(strip("x\n% note\ny\n"), "x\ny\n");
    // With the next line's indentation, which TeX skips.
    assert_eq!(strip("x\n   % indented note\n\ty\n"), "x\ny\n");
    assert_eq!(
        strip("% a\n% b\n\\documentclass{article}\n"),
        "\\documentclass{article}\n"
    );
    // The blank line after it stays a `\par`.
    assert_eq!(strip("x\n% note\n\ny\n"), "x\n\ny\n");
}

#[test]
fn an_inline_comment_joins_its_line_to_the_next() {
    // State M: the next line's indentation was skipped, and stays so.
    assert_eq!(strip("a% note\n   b\n"), "ab\n");
    assert_eq!(strip("\\textbf{x}% note\n  {y}\n"), "\\textbf{x}{y}\n");
    // After a space token the space stays, once.
    assert_eq!(strip("a % note\n   b\n"), "a b\n");
    // Several comment lines in between go too.
    assert_eq!(strip("a%\n  % more\n%\n  b\n"), "ab\n");
    // CRLF line ends.
    assert_eq!(strip("a% note\r\n  b\r\n"), "ab\r\n");
}

#[test]
fn a_control_word_keeps_its_line_end_before_a_letter() {
    assert_eq!(strip("\\foo% note\nbar\n"), "\\foo\nbar\n");
    assert_eq!(strip("\\foo % note\nbar\n"), "\\foo\nbar\n");
    // Before anything else the lines join.
    assert_eq!(strip("\\foo% note\n{bar}\n"), "\\foo{bar}\n");
    // A control symbol is not a control word.
    assert_eq!(strip("\\%% note\nbar\n"), "\\%bar\n");
}

#[test]
fn a_lone_comment_character_stays_where_only_it_keeps_the_tokens() {
    // Before a blank line: without it the line end would add a space.
    assert_eq!(strip("a% note\n\nb\n"), "a%\n\nb\n");
    // At the end of the input: TeX ends the last line too.
    assert_eq!(strip("a% note"), "a%");
    assert_eq!(strip("a% note\n"), "a%\n");
    // After a control word the line end makes nothing anyway.
    assert_eq!(strip("\\foo% note\n"), "\\foo\n");
    // After a space token the line end makes the same space.
    assert_eq!(strip("a % note\n\nb\n"), "a\n\nb\n");
    // An input of comments only: TeX reads an empty file as one empty
    // line (a `\par`), so one comment character stays.
    assert_eq!(strip("% only\n% comments\n"), "%\n");
}

#[test]
fn caret_notation_is_never_made_by_a_join() {
    // `^` then `^M` on the next line must not become `^^M`.
    assert_eq!(strip("$x^% note\n^M$\n"), "$x^%\n^M$\n");
    // A comment character written as `^^25` stays as written.
    assert_eq!(strip("a^^25 note\n\nb\n"), "a^^25\n\nb\n", "`^^25` is `%`");
}

#[test]
fn verbatim_and_other_catcodes_are_not_comments() {
    let text = "\\verb|50%| and \\verb+%+\n\\begin{verbatim}\n% shown\n\\end{verbatim}\n";
    assert_eq!(strip(text), text);
    assert_eq!(
        strip("{\\catcode`\\%=12 50% off}% note\nx\n"),
        "{\\catcode`\\%=12 50% off}x\n"
    );
    // Another comment character.
    assert_eq!(
        strip("\\catcode`\\;=14 a; note\n b\n"),
        "\\catcode`\\;=14 ab\n"
    );
    assert_eq!(strip("a\\%% note\n b\n"), "a\\%b\n");
}

#[test]
fn end_line_char_changes_keep_lines_apart() {
    // `\ExplSyntaxOn` makes the line end a space, ignored: a line joined
    // to the next would end the way the first line was read.
    let text = "\\ExplSyntaxOn\n\\cs_new:Npn \\a: {}\n{\\ExplSyntaxOff%\n}\n\\b\n";
    let stripped = strip(text);
    assert!(stripped.contains("\\ExplSyntaxOff\n}"), "{stripped}");
}

#[test]
fn obeylines_line_ends_are_tokens() {
    let stripped = strip("{\\obeylines a% note\nb% note\n\nc}\n");
    assert_eq!(stripped, "{\\obeylines ab%\n\nc}\n");
}

#[test]
fn trailing_spaces_after_a_comment_are_no_obstacle() {
    assert_eq!(strip("\\foo% \nbar\n"), "\\foo\nbar\n");
    assert_eq!(strip("a%   \n  b\n"), "ab\n");
}

#[test]
fn bytes_that_are_not_utf8_stay_as_they_are() {
    let lexer = Lexer::new(Regime::Latex).engine(TexEngine::Pdftex);
    let source = b"caf\xe9% r\xe9sum\xe9\n\xe9t\xe9\n";
    let stripped = lexer.strip_comments(source, &StripOptions::new()).unwrap();
    assert_eq!(stripped.text, b"caf\xe9\xe9t\xe9\n");
    promise_holds(source, &lexer, false).unwrap();
}

#[test]
fn comment_environments_go_with_their_lines() {
    let lexer = Lexer::new(Regime::Latex);
    let options = StripOptions::new().comment_environments(true);
    let source =
        b"a\n\\begin{comment}\n% x\n\\end{comment}\nb\n\n\\begin{comment}y\\end{comment}\n";
    let stripped = lexer.strip_comments(source, &options).unwrap();
    assert_eq!(stripped.text, b"a\nb\n\n");
    assert_eq!(stripped.removed_environments, 2);
    // Mid-line: the space after goes when a space comes before.
    let source = b"a \\begin{comment}x\\end{comment} b\n";
    let stripped = lexer.strip_comments(source, &options).unwrap();
    assert_eq!(stripped.text, b"a b\n");
    promise_holds(source, &lexer, true).unwrap();
}

#[test]
fn kept_comments_are_kept_whole() {
    let source = b"% !TeX texlex-regime = latex-at\n% licence\n\\def\\a@b{}\n";
    let lexer = Lexer::new(Regime::LatexAt);
    let options = StripOptions::new().keep_sniffed(&sniff(source));
    let stripped = lexer.strip_comments(source, &options).unwrap();
    assert_eq!(
        stripped.text,
        b"% !TeX texlex-regime = latex-at\n\\def\\a@b{}\n"
    );
    assert_eq!((stripped.removed_comments, stripped.kept_comments), (1, 1));
    let options = StripOptions::new().keep_comment_at(Span::new(40, 41));
    let stripped = lexer.strip_comments(source, &options).unwrap();
    assert_eq!(stripped.text, b"% licence\n\\def\\a@b{}\n");
}

#[test]
fn counts_say_what_was_done() {
    let lexer = Lexer::new(Regime::Latex);
    let stripped = lexer
        .strip_comments(b"a% x\n\nb% y\nc\n% z\n", &StripOptions::new())
        .unwrap();
    assert_eq!(stripped.text, b"a%\n\nbc\n");
    assert_eq!(
        (
            stripped.removed_comments,
            stripped.kept_comment_chars,
            stripped.kept_comments
        ),
        (3, 1, 0)
    );
}

/// The pieces [`strip_input`] is made of.
const PIECES: &[&[u8]] = &[
    b"%",
    b"% note",
    b"  % indented",
    b"%%",
    b"\n",
    b"\r\n",
    b"\n\n",
    b"\r",
    b" ",
    b"  ",
    b"\t",
    b"a",
    b"bc",
    b"\\foo",
    b"\\a",
    b"\\%",
    b"\\\\",
    b"\\ ",
    b"\\@",
    b"{",
    b"}",
    b"^",
    b"^^M",
    b"^^25",
    b"^^B",
    b"\x7f",
    b"\x00",
    b"\xe9",
    "é".as_bytes(),
    b"$",
    b"#1",
    b"\\verb|%|",
    b"\\verb",
    b"|",
    b"\\begin{verbatim}",
    b"\\end{verbatim}",
    b"\\begin{comment}",
    b"\\end{comment}",
    b"\\makeatletter",
    b"\\ExplSyntaxOn",
    b"\\ExplSyntaxOff",
    b"\\obeylines",
    b"\\obeyspaces",
    b"\\catcode`\\%=12 ",
    b"\\catcode`\\%=14 ",
    b"\\catcode`\\;=14 ",
    b";",
    b"\\catcode2=14 ",
    b"\\catcode13=13 ",
    b"\\catcode32=13 ",
    b"\\catcode`\\^^M=10 ",
    b"\\endlinechar=-1 ",
    b"\\endlinechar=32 ",
    b"\\endlinechar=`\\A ",
    b"\\def\\x#1{",
    b"\\MakeShortVerb{\\|}",
    b"12",
    b"\\count0=",
];

/// Inputs made of what strip must get right: comments in every position,
/// line ends, blank lines, control words and symbols, carets, verbatim,
/// catcode and end-of-line changes.
fn strip_input() -> impl Strategy<Value = Vec<u8>> {
    let piece = proptest::sample::select(PIECES);
    prop_oneof![
        4 => proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat()),
        1 => proptest::collection::vec(any::<u8>(), 0..100),
    ]
}

/// Every regime, static or tracking (with or without verbatim), both
/// input models.
fn lexer() -> impl Strategy<Value = Lexer> {
    (
        proptest::sample::select(Regime::ALL.to_vec()),
        0..3u8,
        proptest::sample::select(vec![TexEngine::Luatex, TexEngine::Pdftex]),
    )
        .prop_map(|(regime, mode, engine)| {
            let lexer = Lexer::new(regime).engine(engine);
            match mode {
                0 => lexer.track_catcodes(false),
                1 => lexer.verbatim(false),
                _ => lexer,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Same tokens, a subsequence of the input, no comment text left,
    /// stripping twice is stripping once.
    #[test]
    fn strip_keeps_its_promise(source in strip_input(), lexer in lexer(), environments in any::<bool>()) {
        if let Err(broken) = promise_holds(&source, &lexer, environments) {
            return Err(TestCaseError::fail(format!(
                "{:?} with {:?} {:?} tracking {} verbatim {}: {broken}",
                String::from_utf8_lossy(&source),
                lexer.profile().regime(),
                lexer.profile().input_model(),
                lexer.tracks_catcodes(),
                lexer.parts().1.verbatim,
            )));
        }
    }
}

/// Inputs the property test found, kept as plain tests.
#[test]
fn found_by_the_property_test() {
    // A `^^M` at a line's start makes a `\par`; after a control word,
    // joined, it would make nothing. And a CR line end followed by a
    // deleted line and an LF would become one CRLF line end: the
    // blank line's `\par` would go, so the deleted line's LF stays.
    let lexer = Lexer::new(Regime::Latex).track_catcodes(false);
    assert_eq!(
        strip_with(&lexer, b"\\makeatletter%\n^^M\r%\n\na"),
        "\\makeatletter\n^^M\r\n\na"
    );
    // An environment next to comments: the environments go first, then
    // the comments of what is left, until nothing changes.
    for (source, regime) in [
        (&b"%\n\n\\begin{comment}\\end{comment}%"[..], Regime::Latex),
        (
            b"\\catcode`\\;=14 \\begin{comment}\\end{comment}\n;",
            Regime::Expl3,
        ),
    ] {
        promise_holds(source, &Lexer::new(regime), true).unwrap();
    }
}

/// Inputs the `strip` fuzz target found (selector byte, text), kept as
/// plain tests: ill-formed UTF-8 bytes joined into one sequence, and a
/// first `\r` line end kept before an `\n` (one CRLF of two).
#[test]
fn found_by_fuzzing() {
    let found: [(u8, &[u8]); 9] = [
        (41, b"\xe3\x25\x01\x0a\x80\xe3\x25\x01\x0a\x80\x6b\xeb\xeb\xeb\x01\x08\xeb\xeb\xeb\xeb"),
        (37, b"\xff\x7f\x05\x5c\x6c\x5e\x5e\x5e\x5e\x65\x46\x00\x00\x00\x00\x00\x00\x00\x65\x00\x5c\x5d\x65\x65\x65\x65\x65\x65\x0e\x6c\x0d\x25\x26\x2b\x0d\x0a\x0a\x01\xf6\xf5\xf5\xde\x53\x74\x2b\x0d\x68\x0a\x26\xd2\x85\xf2\xa3\x69\x66\x67\x61\x73\x65\x5c\x54\x1f\xef\xbf\xbd\x20\x0a\x6d\x59"),
        (61, b"\x0d\x25\x78\x2b\x0d\x0a\x0a\x25\x0a\x0a\x5c\x5e\x25\x00\x0a\x25\x51\x0a\x5e\x40\xda\x5c\x5e\x25\x05\x0a\x25\x0a\x5e\x40\x5c\x5e\x25\x25\x5e\x25\x00\x00\x0d\x5c\x0d\x25\x25\x05\x0a\xac\x2e\x20\x20\x20\x2e\x7b\xff\xf1\x5c\x20\x25\x1d\x2e\x7b\x94\x6c\x0e\x09\x38\x5e\x2f\xff\x00\x0a\x21\x2f\x20\x20\x2e\x7b\xff\xf1\x5c\x20\x25\x1d\x2e\x7b\x20\x20\x2e\x7b\xf1\x5c\x20\x25\x1d\x2e\x7b\x94\x14\x55\x55\x55\x55\x55\x55\x55\x0a\x20\x2f\x20\x20\x2e\x7b\xff\xf1\x5c\x20\x25\x1d\x2e\x7b\x20\x20\x2e\x7b\xff\xf1\x5c\x20\x25\x1d\x2e\x7b\xff\x05\x5c\x20\x25\x1d\x2e\x7b\x94"),
        (0, b"\x10\x22\x2d\xd5\x5a\x01\x0d\x5c\x5e\x25\x5e\x0a\x5e\x25\x5e\x5e\x0f"),
        (36, b"\x5c\x72\x6f\x65\x61\x6e\x6e\x75\x6d\x65\x72\x57\x6c\xde\x72\x6c\xff\x08\x64\x60\x80\x0d\x0a\x32\x74\x0d\x0d\x0a\x74\x68\x00\x03\x3d\x0d\x25\x78\x25\x0a\x0a\x0d\x25\x26\xcc\x0d\x0a\x0a\x0a\x0d\x25\x26\x2b\x25\x0a\x0a\x0d\x25\x26\xcc\x0d\x0a\x0a\x0a\x0d\x25\x26\x2b\x0d\x0a\x0a\x01\xf6\xf5\xac\x2e\x20\x01\xff\x65\x6e\x6f\xff\xff\x08\x64\x0a\x80\x0d\x0a\x32\x74\x0d\x0d\x0a\x74\x68\x00\x03\x3d\x0d\x25\x78\x25\x0a\x0d\x67\x0a\x67\x67\x0d\x0a\x0a\x01\xf6\xf5\xac\x2e\x20\x01\xff\x65\x6e\x6f\xff\x5c\x20\x25\x6c\x00\xf5\x0d\x0a\x0a\x25\x5e\x6c\x6c\x00\xf5\x0d\x25\x0a\x0a\x21\x6c\xfb\x0d\x0a\x0a\x10\x00\x5e\x72\x6c\xf5\x0d\x25\x0a\x0a"),
        (36, b"\x0d\x25\x0d\x0a\x0a\x0d\x25\x0a\x0a\x0d\x25\x0d\x0a\x0a\x01"),
        (43, b"\x20\x25\x0d\x5c\x25\x20\x3d\x5c\x20\x3d\x25\x69\x0d\x0d\x5c\x25\x0a\x0a\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x0a\xac\x78\x2b\x3d\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x5c\x20\x3d\x2d\x5c\x61\x5d\x6e\x00\x00\x00\x0a\x25\x20\x3d\x5c\x20\x3d\x5c\x20\x3d\x2d\x5c\x61\x5d\x6e\x00\x00\x00\x0a\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x0a\x0a\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x0d\x5c\x25\x0a\x0a\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x0a\xac\x78\x2b\x3d\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x2b\x20\x2d\x5c\x67\x61\x6e\x67\x25\x0d\x00\x00\x00\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x2b\x20\x2d\x5c\x67\x61\x6e\x67\x25\x0d\x00\x00\x00\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x2b\x20\x2d\x5c\x67\x61\x6e\x67\x25\x0d\x00\x00\x00\x0a\x2d\x5c\x25\x0a\x0a\x0a\xac\x78\x2b\x3d\x0d\x25\x6d\x5c\x59\x6d\x4c\x61\x73\x68\x6f\x77\x74\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x2b\x20\x2d\x5c\x67\x61\x6e\x67\x25\x0d\x00\x00\x00\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x2b\x20\x2d\x5c\x67\x61\x6e\x67\x25\x0d\x00\x00\x00\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x2b\x20\x2d\x5c\x67\x61\x6e\x67\x25\x0d\x00\x00\x00\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x2b\x20\x2d\x5c\x67\x61\x6e\x67\x25\x0d\x00\x00\x00\x0a\x0a\xac\x78\x2b\x3d\x0d\x25\x22\x25\x78\x2b\x0d\x00\x00\x00\x00\x00\x00\x00\x2f\x0a\x00\x96\x69\x0d\x67\x25\x0d\x00"),
        (43, b"\x0a\xac\x78\x3d\x0d\x25\x25\x2b\x0d\x0a\x0a\x25\x25\x0a\xac\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x78\x3d\x0d\x25\x00\x5b\x25\x78\x2b\x0d\x0a\x0a\x25\x0a\x0a\x0a\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\xac\x78\x2b\x3d\x0d\x25\x0d\x0a\x0a\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x78\x2b\x3d\x0d\x25\x0d\x0a\x0a\x25\x69\x0d\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x0a\xac\x0d\x25\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x2b\x0d\x25\x25\x0d\x0a\x0a\x25\x69\x0d\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x5c\x25\x0a\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x0d\x5c\x67\x61\x6e\x67\x25\x0d\x0d\x25\x0d\x0a\x0a\x25\x0d\x5c\x25\x5c\x67\x67\x25\x0d\x00\x00\x0a\x78\x2b\x3d\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x25\x0a\x2b\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x20\x2d\x5c\x67\x25\x0d\x00\xac\x0d\x25\x25\x78\x2b\x0d\x0a\x0a\x25\x69\x0d\x2b\x20\x2d\x5c\x67\x61\x25\x0d\x00\x0a\xac\x78\x2b\x3d\x0d\x25\x22\x0d\x00"),
        (129, b"\x5e\x5e\x5e\x74\x68\x65\x5e\x5e\x1e\x5e\x65\x5e\x5e\x5e\x5e\x65"),
    ];
    for (selector, source) in found {
        let regime = Regime::ALL[usize::from(selector) % Regime::ALL.len()];
        let lexer = match (selector >> 4) % 3 {
            0 => Lexer::new(regime).track_catcodes(false),
            1 => Lexer::new(regime).verbatim(false),
            _ => Lexer::new(regime),
        };
        let lexer = if selector & 2 != 0 {
            lexer.engine(TexEngine::Pdftex)
        } else {
            lexer
        };
        promise_holds(source, &lexer, selector & 1 != 0).unwrap();
    }
}

#[test]
fn kept_comments_are_found_again_after_environments_go() {
    let source = b"\\begin{comment}\nx\n\\end{comment}\n% keep me\n% not me\na\n";
    let options = StripOptions::new()
        .comment_environments(true)
        .keep_comment_at(Span::new(32, 33));
    let stripped = Lexer::new(Regime::Latex)
        .strip_comments(source, &options)
        .unwrap();
    assert_eq!(stripped.text, b"% keep me\na\n");
    assert_eq!(stripped.kept_comments, 1);
}

#[test]
fn caret_forms_of_the_comment_character_are_read_as_tex_reads_them() {
    let profile = crate::Profile::new(Regime::Latex);
    let len = |bytes: &[u8]| super::caret_char_len(bytes, &profile);
    assert_eq!(len(b"% x"), 1);
    assert_eq!(len(b"^^25 x"), 4);
    assert_eq!(len(b"^^e x"), 3);
    // `^^\x1e` is `^`, which with the `^e` after it is `%`.
    assert_eq!(len(b"^^\x1e^e x"), 5);
    assert_eq!(len(b"^^^^0025 x"), 8);
    assert_eq!(len(b"^^^^^^000025 x"), 12);
    // Four carets without four hex digits: an error that drops the line.
    assert_eq!(len(b"^^^^eF x"), 8);
    // pdfTeX knows only `^^`: `^^^^0025` is `^^^` (U+001E), then `^0025`.
    let bytes = crate::Profile::for_engine(Regime::Latex, TexEngine::Pdftex);
    assert_eq!(super::caret_char_len(b"^^^^0025", &bytes), 3);
}
