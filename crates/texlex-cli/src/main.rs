//! `texlex`: the command-line front end to the texlex tokenizer.
//!
//! This file holds the clap definitions, the dispatch to the subcommands and
//! the mapping of outcomes to exit codes:
//!
//! * 0: success (also when stdout was closed early, e.g. `| head`);
//! * 1: `check` found at least one error-severity diagnostic; `flatten`
//!   kept a command it could not inline; `main` found no main file;
//! * 2: usage error (clap's own, or ours) or an I/O error.

mod bench;
mod check;
mod detect;
mod input;
mod lex_cmd;
mod output;
mod project;
mod replay;
mod stats;
mod strip_cmd;
mod view;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use texlex::Regime;

/// Counts allocations for `texlex bench`, which turns counting on; until
/// then (and in every other subcommand) it forwards to the system allocator
/// after one relaxed load of its on/off flag.
#[global_allocator]
static ALLOCATOR: texlex::unstable::alloc_count::CountingAllocator =
    texlex::unstable::alloc_count::CountingAllocator;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: `check` found an error-severity diagnostic.
pub const EXIT_FOUND_ERRORS: u8 = 1;
/// Exit code: usage or I/O error.
pub const EXIT_FAILURE: u8 = 2;

/// Why a subcommand stopped early.
#[derive(Debug)]
pub enum Failure {
    /// Standard output was closed by the reader: stop quietly, exit 0.
    Quiet,
    /// A fatal error: one line on stderr (`texlex: ` is prepended), exit 2.
    Fatal(String),
}

impl Failure {
    /// A fatal error about `path`: `PATH: REASON`.
    pub fn at(path: &str, reason: impl std::fmt::Display) -> Failure {
        Failure::Fatal(format!("{path}: {reason}"))
    }
}

/// Tokenize LaTeX sources the way TeX's eyes and mouth do.
#[derive(Debug, Parser)]
#[command(
    name = "texlex",
    version,
    propagate_version = true,
    after_help = "Examples:\n  texlex lex paper.tex\n  texlex stats --json ~/texmf\n  texlex check src/"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print the tokens of one file (or stdin), one per line.
    #[command(after_help = "Examples:\n  \
        texlex lex paper.tex\n  \
        echo '\\section{Hi}' | texlex lex\n  \
        texlex lex --format jsonl --trivia mypkg.sty")]
    Lex(LexArgs),
    /// Summarize files and directories: tokens, control sequences, diagnostics.
    #[command(
        after_help = "Directories are walked recursively (symbolic links to directories are \
        not followed), picking .tex .sty .cls .dtx .ltx .def .ins .bbl files; files named \
        explicitly are lexed whatever their extension. Unreadable files are reported on \
        stderr and make the exit code 2.\n\n\
        Examples:\n  \
        texlex stats thesis/\n  \
        texlex stats --json --regime expl3 mypkg.dtx"
    )]
    Stats(StatsArgs),
    /// Report diagnostics (invalid characters, unbalanced braces, ...).
    #[command(
        after_help = "File selection is the same as for `texlex stats`. Exit status: 0 \
        when clean (warnings allowed), 1 when an error was found, 2 when a file could not be \
        read (2 wins over 1).\n\n\
        Examples:\n  \
        texlex check chapter1.tex chapter2.tex\n  \
        texlex check --format json src/ > diagnostics.jsonl"
    )]
    Check(CheckArgs),
    /// Measure lexing speed and memory against a `memchr` newline count.
    #[command(
        after_help = "Each file is read once, warmed up, then timed R times; every iteration \
        times a memchr newline count (the floor) and a full lex back to back. Reported: \
        median and p95 lex time, MB/s (10^6 bytes), tokens/s, the ratio lex/memchr, and the \
        allocation calls, allocated bytes and peak heap of one lex.\n\n\
        Examples:\n  \
        texlex bench thesis.tex\n  \
        texlex bench --json --runs 20 --threads 4 big.tex"
    )]
    Bench(BenchArgs),
    /// Apply a script of edits to a live document, then print its tokens.
    #[command(
        after_help = "Loads FILE into an incrementally re-lexed document, applies the edits of \
        EDITS (JSON Lines, one edit per line, blank lines skipped) one by one, then prints the \
        final tokens exactly as `texlex lex` prints them for the final text. Each edit is one \
        of:\n  \
        {\"start\":B,\"end\":B,\"text\":\"...\"}   replace bytes B..B of the current text\n  \
        {\"start\":B,\"end\":B,\"bytes\":[...]}  the same with raw byte values (ill-formed UTF-8 allowed)\n  \
        {\"range\":{\"start\":{\"line\":L,\"character\":C},\"end\":{...}},\"text\":\"...\"}\n    \
        an LSP change: 0-based lines, UTF-16 characters; a character past the end of a \
        line clamps to it\n  \
        {\"text\":\"...\"}                     replace the whole text (LSP style)\n\n\
        A malformed line or an edit the document rejects (an offset inside a UTF-8 sequence, \
        past the end, a line past the last) is an error naming EDITS:LINE, exit 2. With \
        --timings, stderr gets one summary line: the number of edits, the median, p95 and \
        maximum time of one incremental edit in microseconds, and the tokens re-lexed in \
        total.\n\n\
        Example:\n  \
        $ printf '\\\\section{Hi}\\n' > a.tex\n  \
        $ printf '%s\\n' '{\"start\":9,\"end\":11,\"text\":\"Hello\"}' > edits.jsonl\n  \
        $ texlex replay --edits edits.jsonl --timings a.tex"
    )]
    Replay(ReplayArgs),
    /// Write a file without its comments, keeping every token TeX reads.
    #[command(
        after_help = "The output gives exactly the tokens the input gives (`texlex lex` of \
        both, with the same options, prints the same lines): each comment goes with the line \
        end and indentation it hid when TeX would read the joined lines the same way; \
        otherwise the line end stays, and where only a comment character keeps a line end \
        from making a space (`a%` before a blank line) a lone `%` stays. The result is lexed \
        again and checked before it is written. Only bytes are deleted: nothing is decoded or \
        re-encoded. Magic comments the settings were read from (`% !TeX texlex-regime`, \
        `% !TeX encoding`) are kept.\n\n\
        With --comment-env, `comment` environments go too (with their `\\begin`/`\\end` \
        lines): the tokens are then the input's without the environments' tokens and the \
        line end after each `\\end{comment}`.\n\n\
        Examples:\n  \
        texlex strip paper.tex > paper.clean.tex\n  \
        texlex strip --comment-env -o clean.tex --summary paper.tex"
    )]
    Strip(StripArgs),
    /// List the files, packages, classes, bibliographies and graphics files name.
    #[command(
        after_help = "Only real commands count: not those in comments, \\verb or verbatim \
        environments. File selection is the same as for `texlex stats`. Output: one line per \
        dependency, PATH:LINE:COL: KIND NAME (KIND is input, include, subfile, package, class, \
        bibliography, bibresource or graphics; the position is the name's). A name that is not \
        UTF-8 is shown lossily. Exit status: 0, or 2 when a file could not be read.\n\n\
        Examples:\n  \
        texlex deps examples/project/\n  \
        texlex deps --json paper.tex"
    )]
    Deps(project::deps::Args),
    /// Print a file's landmarks: class, document, sections, appendix, bibliography.
    #[command(
        after_help = "Output: PATH:LINE:COL: KIND [TITLE], one landmark per line: \
        documentclass, begin-document, end-document, part, chapter, section, subsection, \
        subsubsection, paragraph, subparagraph (with a * when starred, and the title as \
        written), appendix, bibliography (thebibliography, bibliography or printbibliography).\n\n\
        Example:\n  \
        texlex outline examples/project/main.tex"
    )]
    Outline(project::outline::Args),
    /// Find the main file(s) of a project directory, best first.
    #[command(
        after_help = "A main file is a .tex file (the directory is walked recursively) \
        with a real \\documentclass and a real \\begin{document}. Ranked by: not \
        \\input/\\include/\\subfile'd by another file; class other than subfiles; at the top \
        of DIR; named main.tex, ms.tex, paper.tex or thesis.tex; path. Output: PATH, a tab, \
        the reasons. Exit status: 0; 1 when there is none; 2 when a file could not be read.\n\n\
        Example:\n  \
        texlex main examples/project/"
    )]
    Main(project::main_file::Args),
    /// Inline a main file's \\input, \\include and \\subfile files, recursively.
    #[command(
        after_help = "Names resolve from MAIN's directory as TeX does (\\input{x} tries \
        x.tex then x; \\include{x} reads x.tex); \\include{x} becomes \\clearpage, the text, \
        \\clearpage (\\includeonly is honoured); \\subfile{x} inlines x's document body; \
        \\endinput ends its file after its line. Commands in comments and verbatim are left \
        alone. A missing file, a cycle or a name that is not literal keeps the command as it is \
        with a warning on stderr, PATH:LINE:COL: warning: MESSAGE. Bytes are copied as they \
        are. Exit status: 0 when every command was inlined, 1 when some were kept, 2 when MAIN \
        (or OUT) could not be read (written).\n\n\
        Example:\n  \
        texlex flatten examples/project/main.tex -o flat.tex"
    )]
    Flatten(project::flatten::Args),
    /// Run the language server over stdin and stdout (for editors).
    #[command(
        after_help = "Semantic tokens that say what TeX sees, diagnostics, hover (catcodes and \
        the regime in force), folding and highlights; see the README's \"Language server\" \
        section for editor set-ups. Runs beside other LaTeX servers such as texlab."
    )]
    Lsp(LspArgs),
    /// Write one self-contained HTML page showing a file as TeX reads it.
    #[command(
        after_help = "Every byte of the file is shown, coloured by what TeX sees (the \
        language server's categories); hovering a character shows its catcode, the regime in \
        force and its cause; diagnostics are underlined and listed. The page has no external \
        assets and makes no network access.\n\n\
        Example:\n  \
        texlex view examples/expl3-demo.tex -o expl3.html"
    )]
    View(ViewArgs),
}

/// `texlex lsp`: no options; `--stdio`, which editors pass, is accepted.
#[derive(clap::Args, Debug)]
struct LspArgs {
    /// Talk over stdin and stdout (the only transport, and the default).
    #[arg(long)]
    stdio: bool,
}

#[derive(Debug, clap::Args)]
struct ViewArgs {
    #[command(flatten)]
    regime: RegimeArg,

    #[command(flatten)]
    tracking: TrackArg,

    /// Write the page to OUT instead of standard output (`-` is standard
    /// output).
    #[arg(short, long, value_name = "OUT.html")]
    output: Option<PathBuf>,

    /// File to show; `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

#[derive(Debug, clap::Args)]
struct StripArgs {
    #[command(flatten)]
    regime: RegimeArg,

    #[command(flatten)]
    tracking: TrackArg,

    /// Also remove `comment` environments (the comment package's).
    #[arg(long)]
    comment_env: bool,

    /// Write to OUT instead of standard output (`-` is standard output).
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,

    /// Print a one-line summary on stderr: comments removed and kept,
    /// bytes removed.
    #[arg(long)]
    summary: bool,

    /// File to read; `-` (the default) reads standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    file: PathBuf,
}

/// The `--regime` option, shared by every subcommand.
#[derive(Debug, clap::Args)]
struct RegimeArg {
    /// Catcode regime [default: a `% !TeX texlex-regime = R` magic comment
    /// in the file's leading comment lines, else from the file extension:
    /// latex-at for .sty .cls .dtx .ins .ltx .def, latex for anything else
    /// and for stdin]
    #[arg(long, value_name = "REGIME", value_parser = regime_parser())]
    regime: Option<Regime>,

    /// Input model of the engine: `luatex` and `xetex` read UTF-8 code
    /// points, `pdftex` reads bytes (128-255 active under LaTeX) with
    /// pdfTeX's catcodes and `^^` rules [default: from the file's head: a
    /// `% !TeX texlex-engine = E` magic comment, pdftex for a declared
    /// legacy encoding (inputenc, `% !TeX encoding`) or bytes that are not
    /// UTF-8, else luatex]
    #[arg(long, value_name = "ENGINE", value_parser = engine_parser())]
    engine: Option<texlex::TexEngine>,

    /// Change a catcode of the starting table: CHAR=N, where CHAR is one
    /// character or U+XXXX and N is 0..15 (e.g. --catcode @=11
    /// --catcode '|=13'). Repeatable; applied in order.
    #[arg(long = "catcode", value_name = "CHAR=N", value_parser = input::parse_catcode)]
    catcodes: Vec<(u32, texlex::Catcode)>,
}

impl RegimeArg {
    fn selection(&self) -> input::Lexing {
        input::Lexing {
            regime: self.regime,
            engine: self.engine,
            // Parsed once per run; living as long as the process is fine.
            catcodes: Box::leak(self.catcodes.clone().into_boxed_slice()),
        }
    }
}

fn engine_parser() -> impl TypedValueParser<Value = texlex::TexEngine> {
    PossibleValuesParser::new(texlex::TexEngine::ALL.map(texlex::TexEngine::name)).map(|name| {
        texlex::TexEngine::from_name(&name).expect("the possible values are the engine names")
    })
}

/// The `--static` option of `lex`, `stats`, `check` and `replay`.
#[derive(Debug, clap::Args)]
struct TrackArg {
    /// Use the static catcode table of the regime for the whole file. By
    /// default literal catcode changes are tracked (\makeatletter,
    /// \ExplSyntaxOn, \catcode`\@=11, groups), as `tex-oracle --track` does.
    #[arg(long = "static")]
    static_catcodes: bool,

    /// Keep catcode tracking but do not make \verb arguments and verbatim
    /// environment bodies single tokens (tex-oracle --track does not
    /// execute them either).
    #[arg(long)]
    no_verbatim: bool,

    /// One more environment whose body is verbatim (besides verbatim,
    /// verbatim*, Verbatim, lstlisting, minted and comment). Repeatable.
    #[arg(long = "verbatim-env", value_name = "NAME")]
    verbatim_envs: Vec<String>,
}

impl TrackArg {
    fn options(&self) -> Tracking {
        Tracking {
            track: !self.static_catcodes,
            verbatim: !self.static_catcodes && !self.no_verbatim,
            verbatim_envs: self.verbatim_envs.clone(),
        }
    }
}

/// Static or tracking catcodes, verbatim, and extra verbatim environments:
/// what `--static`, `--no-verbatim` and `--verbatim-env` ask for.
#[derive(Clone, Debug)]
pub struct Tracking {
    pub track: bool,
    pub verbatim: bool,
    pub verbatim_envs: Vec<String>,
}

impl Tracking {
    /// A lexer that starts from `profile` and tracks as asked.
    pub fn lexer(&self, profile: texlex::Profile) -> texlex::Lexer {
        let lexer = texlex::Lexer::with_profile(profile)
            .track_catcodes(self.track)
            .verbatim(self.verbatim);
        self.verbatim_envs
            .iter()
            .fold(lexer, |lexer, env| lexer.verbatim_environment(env.as_str()))
    }
}

fn regime_parser() -> impl TypedValueParser<Value = Regime> {
    PossibleValuesParser::new(Regime::ALL.map(Regime::name))
        .map(|name| Regime::from_name(&name).expect("the possible values are the regime names"))
}

#[derive(Debug, clap::Args)]
struct LexArgs {
    #[command(flatten)]
    regime: RegimeArg,

    #[command(flatten)]
    tracking: TrackArg,

    /// Output format: `tex` is the oracle grammar (`chr 11 U+0061`, `cs par`,
    /// ...) with diagnostics on stderr; `jsonl` is one JSON object per line
    /// with diagnostics inside the stream.
    #[arg(long, value_enum, default_value_t = LexFormat::Tex)]
    format: LexFormat,

    /// Also print trivia records (comments, spaces, line ends, ignored and
    /// dropped characters); with them the records tile the input exactly.
    /// Requires --format jsonl.
    #[arg(long)]
    trivia: bool,

    /// File to read; `-` (the default) reads standard input.
    #[arg(value_name = "FILE", default_value = "-")]
    file: PathBuf,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum LexFormat {
    Tex,
    Jsonl,
}

#[derive(Debug, clap::Args)]
struct StatsArgs {
    #[command(flatten)]
    regime: RegimeArg,

    #[command(flatten)]
    tracking: TrackArg,

    /// Print one JSON object instead of a table.
    #[arg(long)]
    json: bool,

    /// Files and directories to summarize.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    #[command(flatten)]
    regime: RegimeArg,

    #[command(flatten)]
    tracking: TrackArg,

    /// Output format: `text` prints `PATH:LINE:COL: SEVERITY: MESSAGE`;
    /// `json` prints one JSON object per diagnostic.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    format: CheckFormat,

    /// Files and directories to check.
    #[arg(value_name = "PATH", required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct BenchArgs {
    #[command(flatten)]
    regime: RegimeArg,

    /// Print one JSON object per file instead of a table.
    #[arg(long)]
    json: bool,

    /// Threads for the lex (1 = serial); above 1 also prints a line
    /// comparing 1 thread with N in the same run.
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u16).range(1..))]
    threads: u16,

    /// Measure the lex with catcode tracking and verbatim (what `lex`,
    /// `stats` and `check` do by default) instead of the static lex.
    /// Serial only.
    #[arg(long, conflicts_with = "threads")]
    track: bool,

    /// Timed iterations per file [default: about 1 s per file, 5 to 200].
    #[arg(long, value_name = "R", value_parser = clap::value_parser!(u32).range(1..))]
    runs: Option<u32>,

    /// The SIMD kernel that classifies bytes, instead of the best one the
    /// CPU has (an error if the CPU lacks it).
    #[arg(long, value_name = "NAME", value_parser = ["scalar", "sse2", "avx2", "avx512bw", "avx512vbmi"])]
    kernel: Option<String>,

    /// Files to measure.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
struct ReplayArgs {
    #[command(flatten)]
    regime: RegimeArg,

    #[command(flatten)]
    tracking: TrackArg,

    /// The edits to apply, JSON Lines (see below).
    #[arg(long, value_name = "EDITS.jsonl")]
    edits: String,

    /// Output format, as for `texlex lex`.
    #[arg(long, value_enum, default_value_t = LexFormat::Tex)]
    format: LexFormat,

    /// Also print trivia records. Requires --format jsonl.
    #[arg(long)]
    trivia: bool,

    /// Print a one-line summary of the per-edit times on stderr.
    #[arg(long)]
    timings: bool,

    /// The initial text.
    #[arg(value_name = "FILE")]
    file: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Lex(args) => {
            if args.trivia && args.format != LexFormat::Jsonl {
                usage_error("lex", "--trivia requires --format jsonl");
            }
            lex_cmd::run(&lex_cmd::Options {
                regime: args.regime.selection(),
                jsonl: args.format == LexFormat::Jsonl,
                trivia: args.trivia,
                file: args.file,
                lexing: args.tracking.options(),
            })
        }
        Command::Stats(args) => stats::run(
            &args.paths,
            args.regime.selection(),
            args.json,
            args.tracking.options(),
        ),
        Command::Check(args) => check::run(
            &args.paths,
            args.regime.selection(),
            args.format == CheckFormat::Json,
            args.tracking.options(),
        ),
        Command::Bench(args) => bench::run(&bench::Options {
            json: args.json,
            threads: usize::from(args.threads),
            track: args.track,
            runs: args.runs.map(|r| r as usize),
            kernel: args.kernel.as_deref(),
            regime: args.regime.selection(),
            files: &args.files,
        }),
        Command::Replay(args) => {
            if args.trivia && args.format != LexFormat::Jsonl {
                usage_error("replay", "--trivia requires --format jsonl");
            }
            replay::run(&replay::Options {
                regime: args.regime.selection(),
                lexing: args.tracking.options(),
                edits: args.edits,
                jsonl: args.format == LexFormat::Jsonl,
                trivia: args.trivia,
                timings: args.timings,
                file: args.file,
            })
        }
        Command::Strip(args) => strip_cmd::run(&strip_cmd::Options {
            regime: args.regime.selection(),
            lexing: args.tracking.options(),
            comment_environments: args.comment_env,
            output: args.output,
            file: args.file,
            summary: args.summary,
        }),
        Command::Deps(args) => project::deps::run(&args),
        Command::Outline(args) => project::outline::run(&args),
        Command::Main(args) => project::main_file::run(&args),
        Command::Flatten(args) => project::flatten::run(&args),
        Command::Lsp(LspArgs { stdio: _ }) => match texlex_lsp::run_stdio() {
            Ok(()) => Ok(EXIT_OK),
            // The protocol wants 1 after an `exit` without `shutdown`.
            Err(e) => {
                output::error_line(format!("lsp: {e}"));
                Ok(1)
            }
        },
        Command::View(args) => view::run(&view::Options {
            regime: args.regime.selection(),
            lexing: args.tracking.options(),
            output: args.output,
            file: args.file,
        }),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(Failure::Quiet) => ExitCode::from(EXIT_OK),
        Err(Failure::Fatal(message)) => {
            output::error_line(message);
            ExitCode::from(EXIT_FAILURE)
        }
    }
}

/// Report a usage error the way clap does (with the subcommand's usage line)
/// and exit with status 2.
fn usage_error(subcommand: &str, message: &str) -> ! {
    use clap::CommandFactory;
    let mut command = Cli::command();
    command.build();
    let sub = command
        .find_subcommand_mut(subcommand)
        .expect("the subcommand exists");
    sub.error(clap::error::ErrorKind::ArgumentConflict, message)
        .exit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definitions_are_consistent() {
        Cli::command().debug_assert();
    }
}
