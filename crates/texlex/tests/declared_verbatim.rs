//! The LaTeX layer of tracking with verbatim on: verbatim environments and
//! commands declared in the source, short verbs, redefinitions, and
//! `\verb` in macro bodies, hand-checked against what LaTeX does (the
//! real-LaTeX probes in `latex_probes.rs` check the same constructs
//! against pdflatex and lualatex).

use texlex::{Catcode, Lexed, Lexer, Regime, TokenKind};

fn lex(src: &str) -> Lexed<'_> {
    Lexer::new(Regime::Latex).lex(src.as_bytes()).unwrap()
}

/// The source text of every verbatim token (`\verb` arguments, short verbs
/// and verbatim arguments with their delimiters; environment bodies).
fn verbatim_texts(doc: &Lexed) -> Vec<String> {
    doc.tokens()
        .filter(|t| matches!(t.kind, TokenKind::Verb { .. } | TokenKind::Verbatim { .. }))
        .map(|t| String::from_utf8_lossy(&doc.source()[t.span.range()]).into_owned())
        .collect()
}

/// The control sequences made, by name.
fn names(doc: &Lexed) -> Vec<String> {
    doc.tokens()
        .filter_map(|t| match t.kind {
            TokenKind::Cs(id) => Some(String::from_utf8_lossy(doc.name(id)).into_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn fancyvrb_declares_an_environment_with_options() {
    let doc = lex(
        "\\DefineVerbatimEnvironment{code}{Verbatim}{frame=single}\n\
         \\begin{code}[numbers=left]\n%not a comment }\n\\end{code}\n",
    );
    assert_eq!(verbatim_texts(&doc), ["\n%not a comment }\n"]);
    // The options were lexed as tokens: `numbers` is letters.
    assert!(doc.tokens().any(|t| matches!(t.kind, TokenKind::Char { cat: Catcode::Letter, code } if code == u32::from(b'n'))));
    assert_eq!(doc.diagnostics().count(), 0);
}

#[test]
fn listings_environments_read_their_arguments_first() {
    let doc = lex("\\lstnewenvironment{py}[2][x]{\\lstset{#1}}{}\n\
         \\begin{py}[a]{b}%body\n\\end{py}\n");
    assert_eq!(verbatim_texts(&doc), ["%body\n"]);
    // Without arguments declared, the body starts at once.
    let doc = lex("\\lstnewenvironment{py}{}{}\n\\begin{py}[a]\n\\end{py}\n");
    assert_eq!(verbatim_texts(&doc), ["[a]\n"]);
}

#[test]
fn comment_excludes_and_includes() {
    let doc = lex("\\excludecomment{hide}\\includecomment{comment}\n\
         \\begin{hide}\n\\x{\n\\end{hide}\n\\begin{comment}\\y\\end{comment}\n");
    assert_eq!(verbatim_texts(&doc), ["\n\\x{\n"]);
    assert!(names(&doc).contains(&"y".to_string()));
}

#[test]
fn minted_declares_environments_and_commands() {
    let doc = lex(
        "\\newminted{python}{}\\newmintinline[pyin]{python}{}\\newmint{ruby}{}\n\
         \\begin{pythoncode}%a\n\\end{pythoncode}\
         \\begin{pythoncode*}{linenos}%b\n\\end{pythoncode*}\n\
         \\pyin|%c| \\ruby[x]{d{e}}\n",
    );
    assert_eq!(verbatim_texts(&doc), ["%a\n", "%b\n", "|%c|", "{d{e}}"]);
}

#[test]
fn built_in_verbatim_commands() {
    let doc = lex("\\lstinline[language=C]!a%b! \\Verb*|x%| \\mintinline{c}{i{}}\n");
    assert_eq!(verbatim_texts(&doc), ["!a%b!", "|x%|", "{i{}}"]);
}

#[test]
fn document_commands_with_a_verbatim_argument() {
    let doc = lex("\\NewDocumentCommand\\code{s o v}{\\texttt{#3}}\n\
         \\code*[a]{b{%}c} \\code |%| \\code\n");
    assert_eq!(verbatim_texts(&doc), ["{b{%}c}", "|%|"]);
    // No argument on the line: nothing verbatim, no error.
    assert_eq!(doc.diagnostics().count(), 0);
    // Without a `v`, a document command is an ordinary one.
    let doc = lex("\\NewDocumentCommand\\code{m}{}\\code|%|\n");
    assert!(verbatim_texts(&doc).is_empty());
}

#[test]
fn short_verbs_are_active_until_deleted() {
    let src = "\\MakeShortVerb{\\|}\na |x%| b\n\\DeleteShortVerb{\\|}\n|y|\n";
    let doc = lex(src);
    assert_eq!(verbatim_texts(&doc), ["|x%|"]);
    let bar = u32::from(b'|');
    let at = |needle: &str| src.find(needle).unwrap() as u32;
    assert_eq!(doc.profile_at(at("a |")).catcode(bar), Catcode::Active);
    assert_eq!(doc.profile_at(at("|y|")).catcode(bar), Catcode::Other);
    // The catcode change is global: a group does not undo it.
    let doc = lex("{\\MakeShortVerb\\+}+a+ +b+\n");
    assert_eq!(verbatim_texts(&doc), ["+a+", "+b+"]);
}

#[test]
fn verb_in_a_macro_body_is_stored_not_run() {
    for src in [
        "\\newcommand\\foo{\\verb}\\probe{1}\n",
        "\\def\\foo{\\verb}\\probe{1}\n",
        "\\renewcommand*{\\foo}[1][x]{\\verb}\\probe{1}\n",
        "\\NewDocumentCommand\\foo{m}{\\verb}\\probe{1}\n",
        "\\ExplSyntaxOn \\cs_new:Npn \\foo:n #1 { \\verb }\\probe{1}\n",
        "\\newenvironment{x}{\\begin{verbatim}}{}\\probe{1}\n",
    ] {
        let doc = lex(src);
        assert!(verbatim_texts(&doc).is_empty(), "{src}");
        assert!(names(&doc).contains(&"probe".to_string()), "{src}");
    }
    // A catcode change in a stored body is not made either.
    let doc = lex("\\newcommand\\e{\\global\\catcode`\\@=11 }\\a@b\n");
    assert!(names(&doc).contains(&"a".to_string()));
}

#[test]
fn redefined_verb_is_an_ordinary_command() {
    for src in [
        "\\def\\verb#1{#1}\\verb|x%|\n",
        "\\let\\verb\\relax \\verb|x%|\n",
        "\\renewcommand\\verb[1]{#1}\\verb|x%|\n",
    ] {
        let doc = lex(src);
        assert!(verbatim_texts(&doc).is_empty(), "{src}");
    }
    // `\let` to `\verb` makes a verbatim command.
    let doc = lex("\\let\\v=\\verb \\v+a%+\n");
    assert_eq!(verbatim_texts(&doc), ["+a%+"]);
    // `\providecommand` leaves LaTeX's `\verb` alone.
    let doc = lex("\\providecommand\\verb{}\\verb|%|\n");
    assert_eq!(verbatim_texts(&doc), ["|%|"]);
}

#[test]
fn redefined_environments_are_ordinary() {
    let doc = lex("\\renewenvironment{verbatim}{}{}\\begin{verbatim}\\x\\end{verbatim}\n");
    assert!(verbatim_texts(&doc).is_empty());
    assert!(names(&doc).contains(&"x".to_string()));
}

#[test]
fn declarations_are_scoped_by_groups() {
    let doc = lex("{\\DefineVerbatimEnvironment{V}{Verbatim}{}}\\begin{V}\\x\\end{V}\n");
    assert!(verbatim_texts(&doc).is_empty());
    let doc = lex("{\\let\\verb\\relax}\\verb|%|\n");
    assert_eq!(verbatim_texts(&doc), ["|%|"]);
    let doc = lex("{\\gdef\\verb{}}\\verb|%|\n");
    assert!(verbatim_texts(&doc).is_empty());
    let doc = lex("\\begingroup\\global\\let\\verb\\relax\\endgroup\\verb|%|\n");
    assert!(verbatim_texts(&doc).is_empty());
}

#[test]
fn without_verbatim_declarations_change_nothing() {
    let src =
        "\\MakeShortVerb{\\|}\\DefineVerbatimEnvironment{V}{Verbatim}{}|a|\\begin{V}\\x\\end{V}\n";
    let doc = Lexer::new(Regime::Latex)
        .verbatim(false)
        .lex(src.as_bytes())
        .unwrap();
    assert!(verbatim_texts(&doc).is_empty());
    let bar = u32::from(b'|');
    assert_eq!(
        doc.profile_at(src.len() as u32).catcode(bar),
        Catcode::Other
    );
}

#[test]
fn a_live_document_follows_declarations_made_by_edits() {
    let mut doc = Lexer::new(Regime::Latex)
        .document(b"\\begin{V}\\x\n\\end{V}\n")
        .unwrap();
    let count = |doc: &texlex::Document| {
        doc.tokens_in(0..doc.len())
            .filter(|t| matches!(t.kind, TokenKind::Verbatim { .. }))
            .count()
    };
    assert_eq!(count(&doc), 0);
    doc.edit(0..0, b"\\DefineVerbatimEnvironment{V}{Verbatim}{}\n")
        .unwrap();
    assert_eq!(count(&doc), 1);
    let text = doc.text();
    let fresh = Lexer::new(Regime::Latex).lex(&text).unwrap();
    assert!(doc.records().eq(fresh.records()));
}

#[test]
fn hooks_and_patches_store_code() {
    for src in [
        "\\AddToHook{env/x/begin}[y]{\\MakeShortVerb\\|}|\\x|\n",
        "\\AtEndOfPackage{\\DefineVerbatimEnvironment{V}{Verbatim}{}}\\begin{V}\\x\\end{V}\n",
        "\\appto\\foo{\\verb}|\\x|\n",
        "\\xpatchcmd{\\verb}{\\verb}{\\relax}{}{}\\x\n",
    ] {
        let doc = lex(src);
        assert!(verbatim_texts(&doc).is_empty(), "{src}");
        assert!(names(&doc).contains(&"x".to_string()), "{src}");
    }
    let doc = Lexer::new(Regime::LatexAt)
        .lex(b"\\g@addto@macro\\foo{\\verb}\\x|\n")
        .unwrap();
    assert!(verbatim_texts(&doc).is_empty());
}

#[test]
fn short_verbs_made_at_begin_document() {
    let doc = lex(
        "\\AtBeginDocument{\\MakeShortVerb{\\|}\\relax}\n|a| $x|y$\n\\begin{document}\n|b%| c\n",
    );
    assert_eq!(verbatim_texts(&doc), ["|b%|"]);
}

#[test]
fn more_built_in_environments() {
    let doc = lex(
        "\\begin{filecontents*}[overwrite]{x.bib}\n@a{%\n\\end{filecontents*}\n\
         \\begin{VerbatimOut}{f.txt}\n}\n\\end{VerbatimOut}\n\
         \\begin{BVerbatim}[a]\n{\n\\end{BVerbatim}\n",
    );
    assert_eq!(verbatim_texts(&doc), ["\n@a{%\n", "\n}\n", "\n{\n"]);
    assert_eq!(doc.diagnostics().count(), 0);
}

#[test]
fn kernel_catcode_commands() {
    let cat = |src: &str, c: char| {
        let doc = Lexer::new(Regime::LatexAt).lex(src.as_bytes()).unwrap();
        doc.profile_at(src.len() as u32).catcode(c as u32)
    };
    assert_eq!(cat("\\obeylines x", '\r'), Catcode::Active);
    assert_eq!(cat("{\\obeylines}x", '\r'), Catcode::EndOfLine);
    assert_eq!(cat("\\obeyspaces x", ' '), Catcode::Active);
    assert_eq!(cat("\\@makeother\\% x", '%'), Catcode::Other);
    assert_eq!(
        cat("\\catcode`\\^^A=\\catcode`\\% x", '\u{1}'),
        Catcode::Comment
    );
    assert_eq!(
        cat("\\catcode`\\|=\\catcode 123 x", '|'),
        Catcode::BeginGroup
    );
    // In a macro body, nothing runs; without verbatim (the oracle's
    // tracking), none of them is followed.
    assert_eq!(cat("\\def\\x{\\@makeother\\%} x", '%'), Catcode::Comment);
    let doc = Lexer::new(Regime::LatexAt)
        .verbatim(false)
        .lex(b"\\@makeother\\% \\obeylines x")
        .unwrap();
    assert_eq!(
        doc.profile_at(20).catcode(u32::from(b'%')),
        Catcode::Comment
    );
    assert_eq!(doc.profile_at(20).catcode(13), Catcode::EndOfLine);
}

#[test]
fn catcodes_copied_only_where_unambiguous() {
    let cat = |src: &str, c: char| {
        let doc = Lexer::new(Regime::LatexAt).lex(src.as_bytes()).unwrap();
        doc.profile_at(src.len() as u32).catcode(c as u32)
    };
    assert_eq!(
        cat("\\catcode`\\[\\the\\catcode`\\{ x", '['),
        Catcode::BeginGroup
    );
    assert_eq!(
        cat("\\catcode`\\[=\\number\\catcode`\\{ x", '['),
        Catcode::BeginGroup
    );
    // After a register, `\catcode1` is a query: no assignment follows.
    assert_eq!(
        cat("\\count@\\catcode2\n\\catcode1=13\\relax x", '\u{2}'),
        Catcode::Invalid
    );
}
