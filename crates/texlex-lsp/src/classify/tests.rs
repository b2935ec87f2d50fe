//! The classification on files that use `\makeatletter`, `\ExplSyntaxOn`,
//! literal `\catcode`, `\verb` and verbatim environments: every category,
//! and the legend.

use std::collections::BTreeSet;

use texlex::{Lexer, Regime};

use super::*;

/// The spans of `source` with their categories, text and spaces left out.
fn seen(lexer: &Lexer, source: &str) -> Vec<(String, Category)> {
    let lexed = lexer.lex(source.as_bytes()).unwrap();
    let doc = lexer.document(source.as_bytes()).unwrap();
    let of = |spans: Vec<Classified>| -> Vec<(String, Category)> {
        spans
            .into_iter()
            .filter(|c| !matches!(c.category, Category::Text | Category::Space))
            .map(|c| (source[c.span.range()].to_string(), c.category))
            .collect()
    };
    let from_lexed = of(classify(&lexed, 0).collect());
    // A live document classifies the same.
    assert_eq!(from_lexed, of(classify(&doc, 0).collect()));
    from_lexed
}

fn latex() -> Lexer {
    Lexer::new(Regime::Latex)
}

fn has(seen: &[(String, Category)], text: &str, category: Category) -> bool {
    seen.iter().any(|(t, c)| t == text && *c == category)
}

#[test]
fn spans_tile_the_records() {
    let source = "\\ExplSyntaxOn\n\\cs_new:Npn \\__a_b:n #1 { #1 }\n\\ExplSyntaxOff\n$x^2_3$ & ~\n";
    let lexed = latex().lex(source.as_bytes()).unwrap();
    let mut end = 0;
    for c in classify(&lexed, 0) {
        assert_eq!(c.span.start, end, "{c:?}");
        end = c.span.end;
    }
    assert_eq!(end as usize, source.len());
}

#[test]
fn makeatletter_makes_at_names_internal() {
    let source = "\\foo@bar\n\\makeatletter\n\\foo@bar \\@ \\\\ \\,\n\\makeatother\n\\foo@bar\n";
    let found = seen(&latex(), source);
    assert_eq!(
        found,
        [
            ("\\foo".into(), Category::ControlWord),
            ("\\makeatletter".into(), Category::ControlWord),
            ("\\foo@bar".into(), Category::InternalName),
            ("\\@".into(), Category::ControlSymbol),
            ("\\\\".into(), Category::ControlSymbol),
            ("\\,".into(), Category::ControlSymbol),
            ("\\makeatother".into(), Category::ControlWord),
            ("\\foo".into(), Category::ControlWord),
        ]
    );
    // A .sty file starts with `@` a letter.
    let sty = seen(&Lexer::new(Regime::LatexAt), "\\foo@bar\n");
    assert_eq!(sty, [("\\foo@bar".into(), Category::InternalName)]);
}

#[test]
fn expl3_names_are_split_at_the_signature() {
    let source = "\\ExplSyntaxOn\n\\cs_new:Npn \\__mymod_do:nn #1#2 { \\tl_set:Nn \\l_tmpa_tl {#1} \\l__mymod_tl ##1 }\n\\ExplSyntaxOff\n\\cs_new:Npn\n";
    let seen = seen(&latex(), source);
    for (text, category) in [
        ("\\cs_new", Category::Expl3Function),
        (":Npn", Category::Expl3Signature),
        ("\\__mymod_do", Category::InternalName),
        (":nn", Category::Expl3Signature),
        ("#1", Category::Parameter),
        ("#2", Category::Parameter),
        ("\\tl_set", Category::Expl3Function),
        (":Nn", Category::Expl3Signature),
        ("\\l_tmpa_tl", Category::Expl3Variable),
        ("\\l__mymod_tl", Category::InternalName),
        ("##", Category::Parameter),
        ("{", Category::BeginGroup),
        ("}", Category::EndGroup),
    ] {
        assert!(
            has(&seen, text, category),
            "{text} {category:?} in {seen:?}"
        );
    }
    // After `\ExplSyntaxOff`, `\cs` then `_` (a subscript character).
    let tail = &seen[seen.len() - 2..];
    assert_eq!(
        tail,
        [
            ("\\cs".into(), Category::ControlWord),
            ("_".into(), Category::Subscript)
        ]
    );
}

#[test]
fn literal_catcode_changes_are_followed() {
    let source = "\\catcode`\\|=13 |x| \\catcode`\\|=12\n\\catcode`\\^^?=15 a\u{7f}b\n\\catcode`\\!=9 a!b\n\\catcode`\\*=5 a*rest\n";
    let seen = seen(&latex(), source);
    assert!(has(&seen, "|", Category::Active), "{seen:?}");
    assert!(has(&seen, "\u{7f}", Category::Invalid), "{seen:?}");
    assert!(has(&seen, "!", Category::Ignored), "{seen:?}");
    assert!(has(&seen, "rest", Category::Dropped), "{seen:?}");
}

#[test]
fn verb_and_verbatim_bodies_are_not_read() {
    let source = "\\verb|%$#|\n\\begin{lstlisting}\n% not a comment }\n\\end{lstlisting}\n\\begin{minted}{latex}\n$x$\n\\end{minted}\n% a comment\n";
    let seen = seen(&latex(), source);
    assert!(has(&seen, "|%$#|", Category::Verb), "{seen:?}");
    assert!(
        has(&seen, "\n% not a comment }\n", Category::VerbatimBody),
        "{seen:?}"
    );
    assert!(has(&seen, "\n$x$\n", Category::VerbatimBody), "{seen:?}");
    assert!(has(&seen, "% a comment", Category::Comment), "{seen:?}");
    assert_eq!(
        seen.iter().filter(|(_, c)| *c == Category::Comment).count(),
        1
    );
}

#[test]
fn math_alignment_scripts_and_active() {
    let seen = seen(&latex(), "$a^b_c$ & ~ \u{0}\n");
    for (text, category) in [
        ("$", Category::MathShift),
        ("^", Category::Superscript),
        ("_", Category::Subscript),
        ("&", Category::AlignmentTab),
        ("~", Category::Active),
        ("\u{0}", Category::Invalid),
    ] {
        assert!(
            has(&seen, text, category),
            "{text} {category:?} in {seen:?}"
        );
    }
}

#[test]
fn every_category_is_seen_and_in_the_legend() {
    let source = "\\makeatletter\\a@b\\makeatother \\, \\x\n\\ExplSyntaxOn \\use:n \\l_tmpa_tl \\ExplSyntaxOff\n#1 $ & ^ _ { } ~ % c\n\\verb|v|\n\\begin{verbatim}\nv\n\\end{verbatim}\n\u{7f}\n\\catcode`\\!=9 !\\catcode`\\*=5 a*b\n\ntext\n";
    let lexed = latex().lex(source.as_bytes()).unwrap();
    let found: BTreeSet<Category> = classify(&lexed, 0).map(|c| c.category).collect();
    assert_eq!(found, Category::ALL.into_iter().collect());
    let mut names = BTreeSet::new();
    for category in Category::ALL {
        assert!(names.insert(category.name()), "{category:?}");
        assert!(!category.description().is_empty());
        match category.semantic() {
            None => assert!(matches!(category, Category::Text | Category::Space)),
            Some((ty, modifiers)) => {
                assert!((ty as usize) < LEGEND.types.len());
                assert!(modifiers < 1 << LEGEND.modifiers.len());
            }
        }
    }
    assert_eq!(LEGEND.types[token_type::MACRO as usize], "macro");
    assert_eq!(LEGEND.types[token_type::COMMENT as usize], "comment");
    assert_eq!(LEGEND.types[token_type::STRING as usize], "string");
    assert_eq!(LEGEND.types[token_type::PARAMETER as usize], "parameter");
    assert_eq!(LEGEND.types[token_type::OPERATOR as usize], "operator");
    assert_eq!(LEGEND.types[token_type::REGEXP as usize], "regexp");
    assert_eq!(LEGEND.types[token_type::FUNCTION as usize], "function");
    assert_eq!(LEGEND.types[token_type::VARIABLE as usize], "variable");
    assert_eq!(
        LEGEND.types[token_type::TYPE_PARAMETER as usize],
        "typeParameter"
    );
    assert_eq!(LEGEND.modifiers[9], "deprecated");
    assert_eq!(
        LEGEND.modifiers.len(),
        modifier::DROPPED.trailing_zeros() as usize + 1
    );
}

#[test]
fn classifying_from_an_offset_starts_at_its_record() {
    let source = "\\a b % c\n\\d\n";
    let lexed = latex().lex(source.as_bytes()).unwrap();
    let first = classify(&lexed, 6).next().unwrap();
    assert_eq!(
        (first.span.range(), first.category),
        (5..8, Category::Comment)
    );
}
