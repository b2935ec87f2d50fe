//! A deterministic generator of a thesis-like LaTeX input, equivalent in
//! character to `perf_smoke_big.tex` (the 1.1 MB benchmark file of the
//! "Speed and memory" issue), for machines without `../shared`.
//!
//! Included with `#[path = "support/thesis.rs"] mod thesis;` by tests and
//! benches, next to `common.rs` (it uses `crate::common::Rng`); `std` only.
//!
//! Statistics of `perf_smoke_big.tex` it aims at (measured on the file,
//! 1,101,324 bytes, ASCII): mean line length 35 bytes with 28% blank lines
//! (paragraphs are one long line, lists and algorithms short lines), spaces
//! 11.9%, letters 72%, `\` 2.5% (about 22 control words per kB, under 100
//! distinct names), `{` and `}` 1.45% each, `$` 2.45% (mostly short inline
//! math, 780 `$$` displays), `_` 0.35%, `^` 0.11%, comments almost none.
//! On top of that this generator adds what a thesis has and the file
//! lacks: `\begin{equation}` with `\label`, `\cite`, `\ref` and a few
//! comment lines (a small fraction of the bytes, so the statistics above
//! still hold to within a few tenths of a percent).
//!
//! What it gives at the default size (1,100,534 bytes): mean line 44 bytes,
//! 22% blank lines, spaces 11.1%, letters 72.5%, `\` 2.95% (27 control
//! words per kB, 66 distinct), `{` `}` 1.64% each, `$` 2.60%, `_` 0.21%,
//! `^` 0.08%; lexes to 918,925 tokens (perf_smoke_big.tex: 950,410).

#![allow(dead_code)]

use crate::common::Rng;

/// `perf_smoke_big.tex` when `../shared` is beside the repository, else the
/// generated thesis; with a label saying which.
pub fn perf_or_thesis() -> (String, Vec<u8>) {
    let shared = crate::common::perf_smoke_big_path();
    match std::fs::read(&shared) {
        Ok(bytes) => (shared.display().to_string(), bytes),
        Err(_) => (
            "generated thesis (tests/support/thesis.rs)".to_owned(),
            thesis(),
        ),
    }
}

/// Size of `perf_smoke_big.tex`, the default target.
pub const THESIS_BYTES: usize = 1_100_000;

/// The thesis at its default size (about 1.1 MB).
pub fn thesis() -> Vec<u8> {
    thesis_of_size(THESIS_BYTES)
}

/// A thesis of about `target` bytes (it stops at the end of the section
/// that reaches `target`, then closes the document; sections are a few
/// kilobytes). The same `target` always gives the same bytes.
pub fn thesis_of_size(target: usize) -> Vec<u8> {
    let mut g = Gen {
        out: String::with_capacity(target + 16 * 1024),
        rng: Rng(0x9E37_79B9_7F4A_7C15),
        labels: 0,
    };
    g.preamble();
    let mut chapter = 0;
    while g.out.len() < target {
        chapter += 1;
        g.chapter(chapter, target);
    }
    g.out
        .push_str("\n\\bibliographystyle{plain}\n\\bibliography{references}\n\n\\end{document}\n");
    g.out.into_bytes()
}

const WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "that",
    "for",
    "we",
    "this",
    "with",
    "as",
    "by",
    "on",
    "are",
    "be",
    "an",
    "which",
    "from",
    "it",
    "can",
    "each",
    "time",
    "problem",
    "problems",
    "algorithm",
    "algorithms",
    "complexity",
    "computational",
    "analysis",
    "polynomial",
    "bound",
    "bounds",
    "lower",
    "upper",
    "class",
    "classes",
    "function",
    "functions",
    "structure",
    "structures",
    "distributed",
    "system",
    "systems",
    "network",
    "graph",
    "vertex",
    "edge",
    "theorem",
    "proof",
    "lemma",
    "result",
    "results",
    "approach",
    "method",
    "model",
    "models",
    "parallel",
    "sequential",
    "random",
    "randomized",
    "deterministic",
    "probability",
    "expected",
    "running",
    "space",
    "memory",
    "efficient",
    "optimal",
    "approximation",
    "ratio",
    "solution",
    "solutions",
    "instance",
    "input",
    "output",
    "reduction",
    "hardness",
    "complete",
    "decision",
    "verifier",
    "relation",
    "formula",
    "satisfiability",
    "consensus",
    "fault",
    "tolerance",
    "protocol",
    "rounds",
    "message",
    "processors",
    "speedup",
    "work",
    "span",
    "critical",
    "path",
    "fundamental",
    "theoretical",
    "practical",
    "applications",
    "paradigms",
    "framework",
    "comprehensive",
    "examine",
    "establish",
    "demonstrate",
    "consider",
    "construct",
    "define",
    "denote",
    "represent",
    "analyze",
    "show",
    "prove",
    "assume",
    "suppose",
    "given",
    "every",
    "any",
    "some",
    "all",
    "there",
    "exists",
    "such",
    "where",
    "when",
    "if",
    "then",
    "only",
    "most",
    "least",
    "significant",
    "important",
    "central",
    "open",
    "question",
    "mathematics",
    "science",
    "computer",
    "resources",
    "required",
    "solve",
    "environment",
    "modern",
    "underlying",
    "foundations",
    "techniques",
    "dynamic",
    "programming",
    "greedy",
    "divide",
    "conquer",
    "search",
    "sorting",
    "matrix",
    "vector",
    "linear",
    "convex",
    "optimization",
    "constraint",
    "variable",
    "variables",
    "distribution",
    "sample",
    "estimate",
    "error",
];

const INLINE_MATH: &[&str] = &[
    "k",
    "A",
    "v",
    "n",
    "Q",
    "S",
    "P",
    "z",
    "x",
    "X",
    "f",
    "i",
    "r",
    "u",
    "p_i",
    "z_i",
    "z_j",
    "p_0",
    "x, y",
    "\\tau",
    "\\phi",
    "R_L",
    "d[v]",
    "p(n)",
    "\\mathcal{NP}",
    "\\mathcal{P}",
    "O(n \\log n)",
    "G = (V,E)",
    "q \\leftarrow \\pi[q]",
    "T_1/T_\\infty",
    "n \\leq 3f",
    "f(n) = \\Theta(n^2)",
    "x \\in L",
    "\\alpha > 0",
    "\\sum_{i=1}^{n} x_i",
    "\\Pr[X = 1]",
    "\\mu",
    "\\sigma^2",
    "\\mathbb{R}^n",
    "\\frac{1}{2}",
    "v \\neq s",
    "\\emptyset",
    "\\ln n",
    "2^{O(n)}",
    "\\epsilon",
    "\\lambda_1",
    "\\delta(G)",
    "w(u,v)",
    "T_P",
    "\\theta",
    "M",
    "L \\in \\mathcal{NP}",
    "\\Pi",
    "O(1)",
    "h(x)",
    "|V|",
    "\\log_2 n",
];

const DISPLAY_MATH: &[&str] = &[
    "x \\in L \\iff \\exists y \\text{ such that } |y| \\leq p(|x|) \\text{ and } R_L(x,y) = 1",
    "T_P \\geq \\max\\left(\\frac{T_1}{P}, T_\\infty\\right)",
    "\\sum_{i=1}^{n} \\frac{1}{i} = \\ln n + O(1)",
    "\\Pr[X \\geq (1+\\delta)\\mu] \\leq e^{-\\delta^2 \\mu / 3}",
    "T(n) = 2T(n/2) + \\Theta(n) = \\Theta(n \\log n)",
    "\\mathbb{E}[X] = \\sum_{x} x \\cdot \\Pr[X = x]",
    "f(n) = \\begin{cases} 1 & \\text{if } n = 0 \\\\ n \\cdot f(n-1) & \\text{otherwise} \\end{cases}",
    "\\min_{x \\in \\mathbb{R}^n} c^T x \\text{ subject to } Ax \\leq b",
];

const ENVIRONMENTS: &[&str] = &["theorem", "definition", "lemma", "theorem", "definition"];

const SECTION_TITLES: &[&str] = &[
    "Mathematical Foundations",
    "Algorithmic Paradigms",
    "Complexity Classes",
    "Randomized Algorithms",
    "Parallel Computation",
    "Distributed Consensus",
    "Approximation Algorithms",
    "Graph Algorithms",
    "Lower Bounds",
    "Linear Programming",
    "Work-Span Model",
    "Byzantine Fault Tolerance",
    "Probabilistic Analysis",
];

const CITE_KEYS: &[&str] = &[
    "cook1971",
    "karp1972",
    "lamport1982",
    "valiant1990",
    "blelloch1996",
    "papadimitriou1994",
    "arora2009",
    "knuth1997",
    "cormen2009",
    "lynch1996",
];

const ALGORITHM_LINES: &[&str] = &[
    "$u \\leftarrow \\arg\\min_{v \\in Q} d[v]$\\;",
    "$Q \\leftarrow Q \\setminus \\{u\\}$\\;",
    "$d[v] \\leftarrow d[u] + w(u,v)$\\;",
    "$mid \\leftarrow \\lfloor n/2 \\rfloor$\\;",
    "$MergeSort(A[1..mid])$\\;",
    "$Merge(A, 1, mid, n)$\\;",
    "\\Return{$d$}\\;",
];

struct Gen {
    out: String,
    rng: Rng,
    labels: usize,
}

impl Gen {
    fn line(&mut self, s: &str) {
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn preamble(&mut self) {
        self.line("% A generated thesis-like document (texlex benchmark input).");
        self.line("\\documentclass[12pt,a4paper]{report}");
        for p in [
            "amsmath,amsfonts,amssymb",
            "graphicx",
            "hyperref",
            "tikz",
            "algorithm2e",
            "listings",
            "xcolor",
            "geometry",
            "natbib",
        ] {
            self.out.push_str("\\usepackage{");
            self.out.push_str(p);
            self.out.push_str("}\n");
        }
        self.line("");
        self.line("\\geometry{margin=1in}");
        self.line("\\title{Advanced Mathematical Structures in Computational Complexity Theory}");
        self.line("\\author{Generated Benchmark}");
        self.line("\\date{\\today}");
        self.line("");
        self.line("\\begin{document}");
        self.line("");
        self.line("\\maketitle");
        self.line("\\tableofcontents");
        self.line("");
    }

    fn chapter(&mut self, n: usize, target: usize) {
        self.out.push_str(&format!(
            "\\chapter{{Chapter {n}: Computational Structures}}\n\n"
        ));
        self.paragraph();
        for _ in 0..3 + self.rng.below(3) {
            if self.out.len() >= target {
                return;
            }
            self.section();
        }
    }

    fn section(&mut self) {
        let title = self.rng.pick(SECTION_TITLES);
        self.out.push_str(&format!("\\section{{{title}}}\n\n"));
        self.paragraph();
        for _ in 0..2 + self.rng.below(2) {
            let title = self.rng.pick(SECTION_TITLES);
            self.out.push_str(&format!("\\subsection{{{title}}}\n\n"));
            self.paragraph();
            match self.rng.below(7) {
                0 | 1 => self.environment(),
                2 => self.list(),
                3 => self.algorithm(),
                4 => self.equation(),
                5 => self.display(),
                _ => self.paragraph(),
            }
            if self.rng.chance(90) {
                self.list();
            }
            if self.rng.chance(40) {
                self.list();
            }
            if self.rng.chance(50) {
                self.environment();
            }
            if self.rng.chance(55) {
                self.algorithm();
            }
            if self.rng.chance(40) {
                self.paragraph();
            }
        }
    }

    /// One prose line of `words` words with inline math, and now and then
    /// a `\cite`, `\ref`, `\textbf` or trailing comment.
    fn prose(&mut self, words: usize) {
        let mut capital = true;
        for w in 0..words {
            if w > 0 {
                self.out.push(' ');
            }
            let r = self.rng.below(100);
            if r < 12 && w > 0 {
                self.out.push('$');
                let m = self.rng.pick(INLINE_MATH);
                self.out.push_str(m);
                self.out.push('$');
            } else if r < 13 {
                self.out.push_str("\\textbf{");
                self.out.push_str(self.rng.pick(WORDS));
                self.out.push('}');
            } else {
                let word = self.rng.pick(WORDS);
                if capital {
                    let mut c = word.chars();
                    if let Some(f) = c.next() {
                        self.out.push(f.to_ascii_uppercase());
                        self.out.push_str(c.as_str());
                    }
                    capital = false;
                } else {
                    self.out.push_str(word);
                }
            }
            if w + 1 < words && self.rng.chance(7) {
                match self.rng.below(6) {
                    0 => {
                        let key = self.rng.pick(CITE_KEYS);
                        self.out.push_str("~\\cite{");
                        self.out.push_str(key);
                        self.out.push('}');
                    }
                    1 if self.labels > 0 => {
                        let k = self.rng.below(self.labels);
                        self.out.push_str(&format!(" (see~\\ref{{eq:{k}}})"));
                    }
                    2 | 3 => self.out.push(','),
                    _ => {
                        self.out.push('.');
                        capital = true;
                    }
                }
            }
        }
        self.out.push('.');
        if self.rng.chance(2) {
            self.out.push_str(" % TODO: check this claim");
        }
        self.out.push('\n');
    }

    fn paragraph(&mut self) {
        let words = 10 + self.rng.below(35);
        self.prose(words);
        self.out.push('\n');
    }

    fn environment(&mut self) {
        let env = self.rng.pick(ENVIRONMENTS);
        let title = self.rng.pick(SECTION_TITLES);
        self.out.push_str(&format!("\\begin{{{env}}}[{title}]\n"));
        let words = 8 + self.rng.below(16);
        self.prose(words);
        self.out.push_str(&format!("\\end{{{env}}}\n\n"));
        if env == "theorem" && self.rng.chance(30) {
            self.line("\\begin{proof}");
            let words = 20 + self.rng.below(30);
            self.prose(words);
            self.display();
            self.line("\\end{proof}");
            self.line("");
        }
    }

    fn list(&mut self) {
        let env = if self.rng.chance(70) {
            "itemize"
        } else {
            "enumerate"
        };
        self.out.push_str(&format!("\\begin{{{env}}}\n"));
        for _ in 0..3 + self.rng.below(3) {
            self.out.push_str("\\item ");
            if self.rng.chance(50) {
                self.out.push_str("\\textbf{");
                self.out.push_str(self.rng.pick(WORDS));
                self.out.push_str("}: ");
            }
            let words = 3 + self.rng.below(6);
            self.prose(words);
        }
        self.out.push_str(&format!("\\end{{{env}}}\n\n"));
    }

    fn display(&mut self) {
        let m = self.rng.pick(DISPLAY_MATH);
        self.out.push_str("$$");
        self.out.push_str(m);
        self.out.push_str("$$\n\n");
    }

    fn equation(&mut self) {
        let m = self.rng.pick(DISPLAY_MATH);
        let label = self.labels;
        self.labels += 1;
        self.out.push_str(&format!(
            "\\begin{{equation}}\\label{{eq:{label}}}\n  {m}\n\\end{{equation}}\n\n"
        ));
    }

    fn algorithm(&mut self) {
        self.line("\\begin{algorithm}[H]");
        self.line("\\SetAlgoLined");
        self.line("\\KwData{Graph $G = (V,E)$, source vertex $s$}");
        self.line("\\KwResult{Shortest distances $d[v]$ for all $v \\in V$}");
        self.line("\\While{$Q \\neq \\emptyset$}{");
        for _ in 0..2 + self.rng.below(3) {
            self.out.push_str("    ");
            let l = self.rng.pick(ALGORITHM_LINES);
            self.line(l);
        }
        self.line("    \\If{$d[u] + w(u,v) < d[v]$}{");
        self.line("        $d[v] \\leftarrow d[u] + w(u,v)$\\;");
        self.line("    }");
        self.line("}");
        self.line("\\caption{Dijkstra's Algorithm}");
        self.line("\\end{algorithm}");
        self.line("");
    }
}
