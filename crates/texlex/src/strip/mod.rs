//! Comment stripping that keeps every token TeX reads.
//!
//! [`Lexer::strip_comments`] deletes comments, and the bytes around them
//! that only existed because of them, so that lexing the result with the
//! same lexer gives the same tokens (kinds, character codes, names,
//! verbatim bodies: everything but positions). It works in two steps:
//!
//! 1. **Plan.** Every run of trivia between two tokens that holds a
//!    comment is a *gap*. Each gap gets the most thorough rewrite the
//!    rules of TeX's eyes predict to be exact, from this ladder:
//!    - [`Level::Join`]: delete it all. The next token follows the
//!      previous one directly. Exact when the comment was alone on its
//!      line (TeX was in state N there, as it is again), or when the
//!      next line's first token reads the same in the state the comment
//!      left: not a line end (a blank line's `\par`), not a letter
//!      after a control word (`\foo%⏎bar` must not become `\foobar`),
//!      nothing after a superscript character (`^%⏎^M` must not make
//!      `^^M`).
//!    - [`Level::KeepLineEnd`]: keep only the comment's line terminator.
//!      Exact after a control word or a space (state S), where a line
//!      end makes no token.
//!    - [`Level::KeepCommentChar`]: keep a lone `%` and the line
//!      terminator: `a%` before a blank line, where nothing else keeps
//!      the line end from making a space.
//!    - [`Level::KeepCommentChars`]: delete only the text after each
//!      comment character; the layout stays.
//!    - [`Level::Keep`]: leave the gap alone.
//! 2. **Verify.** The result is lexed again and compared token by token
//!    with the input. At the first difference the nearest rewrite before
//!    it steps down the ladder, and the check runs again. `Keep`
//!    everywhere is the input itself, so this ends, and what is returned
//!    has been checked: the guarantee does not rest on the rules above
//!    being complete (catcode changes, `\endlinechar`, `\obeylines` and
//!    the LaTeX layer's verbatim are all covered by the check).
//!
//! Strip only ever deletes bytes: the output is a subsequence of the
//! input, so bytes that are not UTF-8 stay exactly as they were.

use std::collections::VecDeque;
use std::ops::Range;

use crate::{
    Catcode, InputModel, LexError, Lexed, Lexer, Profile, Record, Regime, Sniff, SniffReason, Span,
    Token, TokenKind, TriviaKind, builtin,
};

/// What [`Lexer::strip_comments`] does besides removing comments.
///
/// ```
/// use texlex::{Lexer, Regime, StripOptions};
/// let source = b"a\n\\begin{comment}\nnot read\n\\end{comment}\nb % note\n";
/// let lexer = Lexer::new(Regime::Latex);
/// let stripped = lexer.strip_comments(source, &StripOptions::new().comment_environments(true))?;
/// assert_eq!(stripped.text, b"a\nb\n");
/// # Ok::<(), texlex::LexError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct StripOptions {
    comment_environments: bool,
    keep: Vec<Span>,
}

impl StripOptions {
    /// Remove comments only.
    pub fn new() -> StripOptions {
        StripOptions::default()
    }

    /// Also remove every `comment` environment (the `comment` package's,
    /// read verbatim by the lexer) together with its `\begin`/`\end`
    /// lines. The tokens are then those of the input without the
    /// environment's tokens and the line end after its `\end{comment}`.
    pub fn comment_environments(mut self, remove: bool) -> StripOptions {
        self.comment_environments = remove;
        self
    }

    /// Keep whole any comment that overlaps `span`.
    pub fn keep_comment_at(mut self, span: Span) -> StripOptions {
        self.keep.push(span);
        self
    }

    /// Keep the comments [`sniff`](crate::sniff) read the regime or the
    /// engine from (a `% !TeX texlex-regime` or `% !TeX encoding` line, or
    /// the first bytes that are not UTF-8 when they sit in a comment), so
    /// that the output is read with the same settings as the input.
    ///
    /// ```
    /// use texlex::{Lexer, Regime, StripOptions, sniff};
    /// let source = b"% !TeX texlex-regime = latex-at\n% licence\n\\def\\a@b{}\n";
    /// let options = StripOptions::new().keep_sniffed(&sniff(source));
    /// let stripped = Lexer::new(Regime::LatexAt).strip_comments(source, &options)?;
    /// assert_eq!(stripped.text, b"% !TeX texlex-regime = latex-at\n\\def\\a@b{}\n");
    /// # Ok::<(), texlex::LexError>(())
    /// ```
    pub fn keep_sniffed(mut self, sniff: &Sniff) -> StripOptions {
        self.keep.extend(sniff.engine.map(|s| s.span));
        self.keep.extend(sniff.regime.map(|s| s.span));
        self
    }
}

/// Why [`Lexer::strip_comments_as_read`] gave no text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum StripError {
    /// The input is too large to lex.
    TooLarge(LexError),
    /// Without its comments the file's head would choose these settings,
    /// which give other tokens: give the regime and engine explicitly.
    ReadOtherwise {
        /// The regime the output would be read with.
        regime: Regime,
        /// The input model it would be read with.
        model: InputModel,
    },
}

impl From<LexError> for StripError {
    fn from(error: LexError) -> StripError {
        StripError::TooLarge(error)
    }
}

impl std::fmt::Display for StripError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StripError::TooLarge(error) => error.fmt(f),
            StripError::ReadOtherwise { regime, model } => write!(
                f,
                "without its comments the file would be read with regime {} and the {} \
                 input model (its first 64 KiB change), which changes its tokens; give the \
                 regime and engine explicitly",
                regime.name(),
                match model {
                    InputModel::Unicode => "UTF-8",
                    InputModel::Bytes => "byte",
                }
            ),
        }
    }
}

impl std::error::Error for StripError {}

/// The result of [`Lexer::strip_comments`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stripped {
    /// The input without its comments.
    pub text: Vec<u8>,
    /// Comments whose text was removed.
    pub removed_comments: usize,
    /// Comment characters left alone at a line's end because nothing else
    /// keeps that line end from making a token.
    pub kept_comment_chars: usize,
    /// Comments left whole: those asked for with
    /// [`StripOptions::keep_comment_at`], and any the check found no exact
    /// way to remove.
    pub kept_comments: usize,
    /// `comment` environments removed.
    pub removed_environments: usize,
}

impl Lexer {
    /// `source` without its comments, such that `self.lex` of the result
    /// gives the same tokens as `self.lex(source)` (positions aside). See
    /// the module notes for how lines are joined; the result is checked
    /// by lexing it before it is returned.
    ///
    /// ```
    /// use texlex::{Lexer, Regime, StripOptions};
    /// let lexer = Lexer::new(Regime::Latex);
    /// let strip = |s: &[u8]| lexer.strip_comments(s, &StripOptions::new()).unwrap().text;
    /// assert_eq!(strip(b"a% note\n  b\n"), b"ab\n");
    /// assert_eq!(strip(b"\\foo% note\nbar\n"), b"\\foo\nbar\n");
    /// assert_eq!(strip(b"a% note\n\nb\n"), b"a%\n\nb\n");
    /// assert_eq!(strip(b"x\n  % a whole line\ny \\verb|%| z\n"), b"x\ny \\verb|%| z\n");
    /// ```
    ///
    /// # Errors
    ///
    /// [`LexError`] when `source` is too large to lex (4 GiB or more).
    pub fn strip_comments(
        &self,
        source: &[u8],
        options: &StripOptions,
    ) -> Result<Stripped, LexError> {
        self.strip_to_fixpoint(source, options)
    }

    /// One pass of comment stripping: the result, where each piece of the
    /// output was in `source`, and whether any rewrite had to leave its
    /// predicted level (then another pass may find more to remove).
    fn strip_comments_once(
        &self,
        source: &[u8],
        options: &StripOptions,
    ) -> Result<(Stripped, Rendered, bool), LexError> {
        let input = self.lex(source)?;
        let plan = Plan::new(&input, options);
        let levels = self.settle(&plan)?;
        let repaired = plan
            .edits
            .iter()
            .zip(&levels)
            .any(|(e, &l)| e.predicted != l);
        let mut rendered = plan.render(&levels);
        let text = std::mem::take(&mut rendered.text);
        Ok((plan.stripped(text, &levels), rendered, repaired))
    }

    /// [`Lexer::strip_comments`] for a file whose settings (`self`) were
    /// chosen from what [`sniff`](crate::sniff) found in it: `sniffed`
    /// holds the findings that took effect (clear the ones an explicit
    /// setting overrode), and `reread` builds the lexer that would be
    /// chosen the same way for another text. The output then reads with
    /// the input's settings and tokens: a magic comment the settings came
    /// from is always kept; the comment holding the first bytes that are
    /// not UTF-8 only when the output would otherwise read with other
    /// settings and other tokens.
    ///
    /// ```
    /// use texlex::{Lexer, Regime, StripOptions, TexEngine, sniff};
    /// // Read as bytes (pdfTeX) only because of a Latin-1 comment; `^^e9`
    /// // reads differently as UTF-8, so that comment stays.
    /// let source = b"% caf\xe9\n^^e9% note\n";
    /// let sniffed = sniff(source);
    /// let reread = |text: &[u8]| {
    ///     let engine = sniff(text).engine.map_or(TexEngine::Luatex, |s| s.value);
    ///     Lexer::new(Regime::Latex).engine(engine)
    /// };
    /// let lexer = reread(source);
    /// let stripped = lexer.strip_comments_as_read(source, &StripOptions::new(), &sniffed, reread)?;
    /// assert_eq!(stripped.text, b"% caf\xe9\n^^e9%\n");
    /// # Ok::<(), texlex::StripError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`StripError::TooLarge`] for an input of 4 GiB or more;
    /// [`StripError::ReadOtherwise`] when even keeping those comments, the
    /// output's head (its first [`SNIFF_LEN`](crate::SNIFF_LEN) bytes, now
    /// holding later bytes) would choose other settings that give other
    /// tokens.
    pub fn strip_comments_as_read(
        &self,
        source: &[u8],
        options: &StripOptions,
        sniffed: &Sniff,
        reread: impl Fn(&[u8]) -> Lexer,
    ) -> Result<Stripped, StripError> {
        let findings = [
            sniffed.engine.map(|s| (s.reason, s.span)),
            sniffed.regime.map(|s| (s.reason, s.span)),
        ];
        let keeping = |keep: &dyn Fn(SniffReason) -> bool| {
            findings
                .iter()
                .flatten()
                .filter(|(reason, _)| keep(*reason))
                .fold(options.clone(), |options, &(_, span)| {
                    options.keep_comment_at(span)
                })
        };
        let mut last = None;
        for options in [
            keeping(&|reason| reason != SniffReason::NotUtf8),
            keeping(&|_| true),
        ] {
            let stripped = self.strip_comments(source, &options)?;
            let other = reread(&stripped.text);
            if other.profile() == self.profile() {
                return Ok(stripped);
            }
            // The output has the input's tokens as `self` reads it; so
            // too as `other` reads it when both read it alike.
            let ours = self.lex(&stripped.text)?;
            if ours.first_difference(&other.lex(&stripped.text)?).is_none() {
                return Ok(stripped);
            }
            last = Some(other);
        }
        let other = last.expect("two attempts made");
        Err(StripError::ReadOtherwise {
            regime: other.profile().regime(),
            model: other.profile().input_model(),
        })
    }

    /// Strips the `comment` environments (when asked), then the comments
    /// of what is left, and again while that changes anything, so that
    /// stripping twice is stripping once. Another pass runs only when it
    /// may find more: with environments (a comment next to one is judged
    /// by what stays around it, and a comment can be what kept one:
    /// `\catcode`\;=14 \begin{comment}…` before a line starting with
    /// `;`), or after a rewrite was repaired (the search that repaired it
    /// may have kept more than the next pass needs).
    fn strip_to_fixpoint(
        &self,
        source: &[u8],
        options: &StripOptions,
    ) -> Result<Stripped, LexError> {
        let mut comments_only = options.clone().comment_environments(false);
        let mut text = source.to_vec();
        let mut total: Option<Stripped> = None;
        for _ in 0..MAX_PASSES {
            let mut removed_environments = 0;
            let mut without = None;
            if options.comment_environments {
                let input = self.lex(&text)?;
                let plan = Plan::environments(&input);
                let levels = self.settle(&plan)?;
                let mut rendered = plan.render(&levels);
                let environments = plan.stripped(std::mem::take(&mut rendered.text), &levels);
                removed_environments = environments.removed_environments;
                // The comments to keep, where they now are.
                comments_only.keep = (comments_only.keep.iter())
                    .filter_map(|&span| rendered.text_span(span))
                    .collect();
                without = Some(environments.text);
            }
            let pass_input = without.as_deref().unwrap_or(&text);
            let (stripped, rendered, repaired) =
                self.strip_comments_once(pass_input, &comments_only)?;
            comments_only.keep = (comments_only.keep.iter())
                .filter_map(|&span| rendered.text_span(span))
                .collect();
            let done = stripped.text == text || !(repaired || options.comment_environments);
            total = Some(match total {
                None => Stripped {
                    removed_environments,
                    ..stripped
                },
                // A later pass sees the comment characters an earlier one
                // kept as comments again: they were counted as removed.
                Some(before) => Stripped {
                    removed_comments: before.removed_comments
                        + stripped
                            .removed_comments
                            .saturating_sub(before.kept_comment_chars),
                    removed_environments: before.removed_environments + removed_environments,
                    ..stripped
                },
            });
            if done {
                break;
            }
            text = total.as_ref().expect("set above").text.clone();
        }
        Ok(total.expect("at least one pass"))
    }

    /// Tries each rewrite the repair moved off its prediction at the
    /// levels between, most thorough first, keeping any that is exact: the
    /// repair may have blamed a rewrite for a difference a nearby one made.
    fn relax(
        &self,
        plan: &Plan<'_, '_>,
        levels: &mut [Level],
        rounds: &mut usize,
    ) -> Result<(), LexError> {
        for i in 0..levels.len() {
            let settled = levels[i];
            let mut level = plan.edits[i].predicted;
            while level < settled && *rounds < MAX_ROUNDS {
                *rounds += 1;
                levels[i] = level;
                let rendered = plan.render(levels);
                let output = self.lex(&rendered.text)?;
                if plan.first_difference(&output, &rendered, levels).is_none() {
                    break;
                }
                levels[i] = settled;
                level = level.lower().expect("below the settled level");
            }
        }
        Ok(())
    }

    /// The levels of `plan`'s rewrites that keep the tokens, checked.
    fn settle(&self, plan: &Plan<'_, '_>) -> Result<Vec<Level>, LexError> {
        let mut levels: Vec<Level> = plan.edits.iter().map(|edit| edit.predicted).collect();
        let mut repair = Repair::Idle;
        let mut rounds = 0;
        while rounds < MAX_ROUNDS {
            rounds += 1;
            let rendered = plan.render(&levels);
            let output = self.lex(&rendered.text)?;
            let difference = plan.first_difference(&output, &rendered, &levels);
            if difference.is_none() && !matches!(repair, Repair::Testing { .. }) {
                self.relax(plan, &mut levels, &mut rounds)?;
                return Ok(levels);
            }
            // No difference while testing a suspect means it was guilty.
            if !repair.next(plan, &mut levels, difference.unwrap_or(Difference::NONE)) {
                break;
            }
        }
        // Out of rounds: delete only the comments' text, which TeX never
        // reads; failing that, leave every rewrite alone, which gives back
        // the input.
        for (level, edit) in levels.iter_mut().zip(&plan.edits) {
            *level = match edit.what {
                EditKind::Gap { .. } => Level::KeepCommentChars,
                EditKind::Environment { .. } => Level::Keep,
            };
        }
        let rendered = plan.render(&levels);
        let output = self.lex(&rendered.text)?;
        if plan.first_difference(&output, &rendered, &levels).is_some() {
            levels.fill(Level::Keep);
        }
        Ok(levels)
    }
}

/// Rounds of "environments, then comments" before the result is taken as
/// it is.
const MAX_PASSES: usize = 8;

/// Lexes of one input before giving up on rewriting it. Real files need
/// one; each wrong prediction costs a few.
const MAX_ROUNDS: usize = 100;

/// Where a rewritten text's tokens first differ from the input's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Difference {
    /// The index of the first expected token that differs. A rewrite that
    /// moves it, or `at`, made (part of) the difference.
    token: usize,
    /// The input offset where the two differing tokens end, the later of
    /// the two: the rewrites before it are the suspects.
    at: u32,
}

impl Difference {
    /// "No difference", for [`Repair::next`].
    const NONE: Difference = Difference {
        token: usize::MAX,
        at: u32::MAX,
    };
}

/// The search for the rewrite that made a difference, and for the level
/// at which it makes none. Suspects are tried nearest first: each is set
/// to keep all, and it is guilty when the difference then moves. The
/// guilty one is lowered level by level from where it was, so that a
/// rewrite is never kept for a difference another one made.
enum Repair {
    Idle,
    Testing {
        suspect: usize,
        was: Level,
        difference: Difference,
    },
    Lowering {
        culprit: usize,
        difference: Difference,
    },
}

impl Repair {
    /// Changes `levels` after `difference`; `false` when no rewrite is
    /// left to change.
    fn next(&mut self, plan: &Plan<'_, '_>, levels: &mut [Level], difference: Difference) -> bool {
        match *self {
            Repair::Idle => self.test(plan, levels, difference, None),
            Repair::Testing {
                suspect,
                was,
                difference: before,
            } if difference == before => {
                levels[suspect] = was;
                self.test(plan, levels, before, Some(suspect))
            }
            Repair::Testing {
                suspect,
                was,
                difference: before,
            } => {
                // Keeping it all moved the difference: lower it from where
                // it was, one level at a time.
                let lower = was.lower().expect("a suspect was below Keep");
                levels[suspect] = lower;
                *self = if lower == Level::Keep {
                    Repair::Idle
                } else {
                    Repair::Lowering {
                        culprit: suspect,
                        difference: before,
                    }
                };
                true
            }
            Repair::Lowering {
                culprit,
                difference: before,
            } if difference == before => match levels[culprit].lower() {
                Some(lower) => {
                    levels[culprit] = lower;
                    true
                }
                None => {
                    *self = Repair::Idle;
                    self.next(plan, levels, difference)
                }
            },
            Repair::Lowering { .. } => {
                *self = Repair::Idle;
                self.next(plan, levels, difference)
            }
        }
    }

    /// Sets the next suspect for `difference` (after `after` in the order
    /// of suspects, or the first) to keep all.
    fn test(
        &mut self,
        plan: &Plan<'_, '_>,
        levels: &mut [Level],
        difference: Difference,
        after: Option<usize>,
    ) -> bool {
        let mut suspects = plan.suspects(difference.at);
        if let Some(after) = after {
            suspects.find(|&i| i == after);
        }
        let Some(suspect) = suspects.find(|&i| levels[i] != Level::Keep) else {
            *self = Repair::Idle;
            return false;
        };
        *self = Repair::Testing {
            suspect,
            was: levels[suspect],
            difference,
        };
        levels[suspect] = Level::Keep;
        true
    }
}

/// How much of a gap a rewrite keeps, from nothing to everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Join,
    KeepLineEnd,
    KeepCommentChar,
    KeepCommentChars,
    Keep,
}

impl Level {
    fn lower(self) -> Option<Level> {
        Some(match self {
            Level::Join => Level::KeepLineEnd,
            Level::KeepLineEnd => Level::KeepCommentChar,
            Level::KeepCommentChar => Level::KeepCommentChars,
            Level::KeepCommentChars => Level::Keep,
            Level::Keep => return None,
        })
    }
}

/// One rewrite: a gap's bytes, or a `comment` environment.
struct Edit {
    /// The bytes it may delete.
    bytes: Range<u32>,
    /// The level the rules predict to be exact.
    predicted: Level,
    what: EditKind,
}

enum EditKind {
    /// Trivia with comments; `comments` indexes [`Plan::comments`].
    Gap {
        comments: Range<usize>,
        /// A space token before the comment that the gap's bytes take in
        /// (only `KeepLineEnd` deletes it).
        space: Option<Span>,
    },
    /// A `comment` environment: `tokens` are the input tokens its removal
    /// takes away (at any level but `Keep`).
    Environment { tokens: Range<usize> },
}

/// A comment of a gap.
struct Comment {
    span: Span,
    /// The length of its comment character as written: `%`, or `^^25`.
    char_len: u32,
    /// The end of the spaces after it that TeX drops as trailing.
    text_end: u32,
    /// The line terminator after those.
    line_end: Option<Span>,
}

/// What a rewrite needs to know about the input.
struct Plan<'a, 's> {
    input: &'a Lexed<'s>,
    /// The last token read while planning: the one before a gap.
    previous: Option<Token>,
    comments: Vec<Comment>,
    edits: Vec<Edit>,
    /// Comments kept whole (overlapping [`StripOptions::keep_comment_at`]).
    kept: usize,
}

/// A rewritten text, with where each of its pieces was in the input.
struct Rendered {
    text: Vec<u8>,
    /// Each copied piece: where it starts in the text, and the input
    /// bytes it copies.
    pieces: Vec<(u32, Span)>,
}

impl Rendered {
    fn copy(&mut self, source: &[u8], range: Range<usize>) {
        if !range.is_empty() {
            let input = Span::new(range.start as u32, range.end as u32);
            self.pieces.push((self.text.len() as u32, input));
            self.text.extend_from_slice(&source[range]);
        }
    }

    /// Where the input bytes `span` are in the text, when all of them
    /// were copied (in one piece).
    fn text_span(&self, span: Span) -> Option<Span> {
        let i = self
            .pieces
            .partition_point(|&(_, input)| input.start <= span.start)
            .checked_sub(1)?;
        let (text, input) = self.pieces[i];
        let start = text + (span.start - input.start);
        (span.end <= input.end).then_some(Span::new(start, start + span.len()))
    }

    /// The input offset of text offset `end` (an end: the byte before it
    /// is mapped, and one added).
    fn input_offset(&self, end: u32) -> u32 {
        let Some(last) = end.checked_sub(1) else {
            return 0;
        };
        let i = self.pieces.partition_point(|&(text, _)| text <= last);
        let (text, input) = self.pieces[i - 1];
        input.start + (last - text) + 1
    }
}

/// The kinds of control sequence, as TeX's state after them tells them
/// apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameShape {
    /// A control word: letters.
    Word,
    /// A control space: one character of catcode 10.
    Space,
    /// Any other control symbol.
    Symbol,
}

/// What follows a gap.
#[derive(Clone, Copy)]
enum Next {
    /// The token that ends it.
    Token(Token),
    /// A comment kept whole.
    Kept,
    /// The end of the input.
    End,
}

/// A gap being read: where its first comment starts, and the index of
/// that comment in [`Plan::comments`].
struct OpenGap {
    first: u32,
    comments: usize,
}

impl<'a, 's> Plan<'a, 's> {
    fn new(input: &'a Lexed<'s>, options: &StripOptions) -> Plan<'a, 's> {
        let mut plan = Plan::empty(input);
        let mut open: Option<OpenGap> = None;
        for record in input.records() {
            match record {
                Record::Token(token) => {
                    if let Some(gap) = open.take() {
                        plan.close(gap, token.span.start, Next::Token(token));
                    }
                    plan.previous = Some(token);
                }
                Record::Trivia(trivia) if trivia.kind == TriviaKind::Comment => {
                    let span = trivia.span;
                    if options.keep.iter().any(|&keep| overlaps(keep, span)) {
                        plan.kept += 1;
                        if let Some(gap) = open.take() {
                            let end = if plan.alone_on_line(span.start) {
                                plan.line_start(span.start)
                            } else {
                                span.start
                            };
                            plan.close(gap, end, Next::Kept);
                        }
                        continue;
                    }
                    if open.is_none() {
                        open = Some(OpenGap {
                            first: span.start,
                            comments: plan.comments.len(),
                        });
                    }
                    let char_len = plan.comment_char_len(span);
                    plan.comments.push(Comment {
                        span,
                        char_len,
                        text_end: span.end,
                        line_end: None,
                    });
                }
                Record::Trivia(trivia) if open.is_some() => {
                    // The comment's line terminator, after the trailing
                    // spaces TeX drops from the line.
                    let last = plan.comments.last_mut().expect("an open gap has a comment");
                    if last.line_end.is_none() && last.text_end == trivia.span.start {
                        match trivia.kind {
                            TriviaKind::Space => last.text_end = trivia.span.end,
                            TriviaKind::Eol => last.line_end = Some(trivia.span),
                            _ => {}
                        }
                    }
                }
                Record::Trivia(_) => {}
            }
        }
        if let Some(gap) = open.take() {
            plan.close(gap, input.source().len() as u32, Next::End);
        }
        plan
    }

    /// A plan to remove the `comment` environments of `input`, and nothing
    /// else.
    fn environments(input: &'a Lexed<'s>) -> Plan<'a, 's> {
        let mut plan = Plan::empty(input);
        plan.add_comment_environments();
        plan
    }

    /// A plan with no rewrite yet.
    fn empty(input: &'a Lexed<'s>) -> Plan<'a, 's> {
        Plan {
            input,
            previous: None,
            comments: Vec::new(),
            edits: Vec::new(),
            kept: 0,
        }
    }

    /// Ends the gap `gap` at byte `end`, before `next`, and predicts the
    /// level that keeps the tokens.
    fn close(&mut self, gap: OpenGap, end: u32, next: Next) {
        let comments = gap.comments..self.comments.len();
        let (start, predicted, space) = match self.previous {
            Some(previous) if !self.alone_on_line(gap.first) => {
                // TeX drops a line's trailing spaces: a token ending with a
                // space byte (a control space, an active or "other" space)
                // cannot end a line.
                let plain_space = self.is_plain_space(previous);
                let ends_with_space = self.input.source()[previous.span.range()].ends_with(b" ");
                let level = if self.joins_cleanly(previous, gap.first, next) {
                    Level::Join
                } else if self.ends_in_state_s(previous) && (plain_space || !ends_with_space) {
                    Level::KeepLineEnd
                } else {
                    Level::KeepCommentChar
                };
                // A space token before the comment goes with it when only the
                // line end is kept: TeX drops a line's trailing spaces, and
                // the line end makes the same space.
                if level == Level::KeepLineEnd && plain_space {
                    (previous.span.start, level, Some(previous.span))
                } else {
                    (previous.span.end, level, None)
                }
            }
            // TeX is in state N at the comment and again at the next
            // line: the lines in between go whole, unless a CR line end
            // before them would meet an LF after them and make one CRLF
            // line end of two (a lone `%` line keeps them apart).
            _ => {
                let start = self.line_start(gap.first);
                let source = self.input.source();
                let crlf = start
                    .checked_sub(1)
                    .is_some_and(|before| source[before as usize] == b'\r')
                    && source.get(end as usize) == Some(&b'\n');
                // The last LF kept is eaten by the CR into one line end,
                // which stands for the CR's own: the count stays.
                let last_line_end = self.comments.last().and_then(|c| c.line_end);
                let lf = last_line_end.is_some_and(|e| &source[e.range()] == b"\n");
                let level = match (crlf, lf) {
                    (false, _) => Level::Join,
                    (true, true) => Level::KeepLineEnd,
                    (true, false) => Level::KeepCommentChar,
                };
                (start, level, None)
            }
        };
        self.edits.push(Edit {
            bytes: start..end,
            predicted,
            what: EditKind::Gap { comments, space },
        });
    }

    /// Whether only trivia precedes `offset` on its line.
    fn alone_on_line(&self, offset: u32) -> bool {
        self.previous
            .is_none_or(|previous| previous.span.end <= self.line_start(offset))
    }

    fn line_start(&self, offset: u32) -> u32 {
        let line = self.input.line_of(offset);
        self.input
            .line_range(line)
            .map_or(offset, |range| range.start)
    }

    /// Whether deleting everything between `previous` and `next` keeps
    /// both tokens as they are (the comment is not alone on its line).
    fn joins_cleanly(&self, previous: Token, comment: u32, next: Next) -> bool {
        let Next::Token(next) = next else {
            // Before the end of the input the line end would make a token
            // the comment hid; before a kept comment, keep the layout.
            return false;
        };
        let source = self.input.source();
        // A line end, or a catcode-5 character such as `^^M`, at the start
        // of a line makes a `\par` there, and nothing or a space joined.
        let bytes = &source[next.span.range()];
        let makes_line_end = matches!(bytes.first(), None | Some(b'\n' | b'\r'))
            || (next.kind == TokenKind::Cs(builtin::PAR) && !bytes.ends_with(b"par"));
        let letter = matches!(
            next.kind,
            TokenKind::Char {
                cat: Catcode::Letter,
                ..
            }
        );
        // Two equal superscript characters meeting make a `^^` form, even
        // when the first ends a control symbol (`\^%⏎^x`).
        let before = source[previous.span.range()].last();
        let superscript = before.is_some_and(|&b| {
            bytes.first() == Some(&b)
                && self.input.profile_at(next.span.start).catcode(u32::from(b))
                    == Catcode::Superscript
        });
        // An invalid character leaves TeX's state alone: spaces after it
        // at a line's start would become a space token once joined.
        let invalid = matches!(next.kind, TokenKind::Invalid(_));
        let merges_name = letter && self.name_shape(previous) == Some(NameShape::Word);
        // Bytes that are not UTF-8 next to each other would be read as one
        // ill-formed sequence, not two.
        let merges_bytes = before.is_some_and(|&b| b >= 0x80)
            && bytes.first().is_some_and(|b| (0x80..0xC0).contains(b));
        let blocked = makes_line_end || invalid || superscript || merges_name || merges_bytes;
        !blocked && self.same_end_line_char(comment, next.span.start)
    }

    /// Whether the lines of offsets `a` and `b` end with the same
    /// `\endlinechar`: TeX appends it when it reads a line, so the line
    /// joined from both would end with `a`'s (`\ExplSyntaxOff%` then `}`
    /// on the next line ends that line with a space, not nothing).
    fn same_end_line_char(&self, a: u32, b: u32) -> bool {
        let (a, b) = (self.line_start(a), self.line_start(b));
        self.input.settings_key(a) == self.input.settings_key(b)
            || self.input.profile_at(a).end_line_char() == self.input.profile_at(b).end_line_char()
    }

    /// Whether TeX is in state S after `token` (a control word, or a
    /// space), where a line end makes no token.
    fn ends_in_state_s(&self, token: Token) -> bool {
        matches!(
            token.kind,
            TokenKind::Char {
                cat: Catcode::Space,
                ..
            }
        ) || matches!(
            self.name_shape(token),
            Some(NameShape::Word | NameShape::Space)
        )
    }

    /// Whether `token` is a space token written as plain spaces (which TeX
    /// drops at a line's end).
    fn is_plain_space(&self, token: Token) -> bool {
        matches!(
            token.kind,
            TokenKind::Char {
                cat: Catcode::Space,
                ..
            }
        ) && self.input.source()[token.span.range()]
            .iter()
            .all(|&b| b == b' ')
    }

    /// What kind of control sequence `token` is (`None` for other
    /// tokens): TeX is in state S after a control word or a control space.
    fn name_shape(&self, token: Token) -> Option<NameShape> {
        let TokenKind::Cs(id) = token.kind else {
            return None;
        };
        let name = self.input.name(id);
        Some(match name {
            [] => NameShape::Symbol,
            [c] if c.is_ascii_alphabetic() => NameShape::Word,
            // The ASCII characters some regime makes letters, and the space.
            [c] if c.is_ascii() && !b"@_: ".contains(c) => NameShape::Symbol,
            _ => {
                let profile = self.input.profile_at(token.span.start);
                match first_char(name, profile.input_model()) {
                    Some((c, len)) if len == name.len() => match profile.catcode(c) {
                        Catcode::Letter => NameShape::Word,
                        Catcode::Space => NameShape::Space,
                        _ => NameShape::Symbol,
                    },
                    // Only letters make names of more than one character.
                    _ => NameShape::Word,
                }
            }
        })
    }

    /// The bytes of the comment character that starts `comment`: the
    /// character itself, or a `^^` form of it.
    fn comment_char_len(&self, comment: Span) -> u32 {
        let rest = &self.input.source()[comment.range()];
        match rest {
            // `%`, the comment character of every format, is never written
            // as a `^^` form (which would need it to be a superscript).
            [b'%', ..] => return 1,
            [first, second, ..] if first == second => {}
            _ => {
                let model = self.input.profile().input_model();
                return first_char(rest, model).map_or(1, |(_, len)| len as u32);
            }
        }
        caret_char_len(rest, &self.input.profile_at(comment.start)) as u32
    }

    /// Adds an edit for each `comment` environment closed by
    /// `\end{comment}`. The tokens are read once, with the 11 before the
    /// current one at hand and a look ahead at the 12 after it.
    fn add_comment_environments(&mut self) {
        let mut found = Vec::new();
        let mut recent: VecDeque<Token> = VecDeque::with_capacity(12);
        let mut tokens = self.input.tokens().enumerate();
        while let Some((i, token)) = tokens.next() {
            if let TokenKind::Verbatim { env } = token.kind
                && self.input.name(env) == b"comment"
            {
                let ahead: Vec<Token> = tokens.clone().map(|(_, t)| t).take(12).collect();
                found.extend(self.comment_environment(i, recent.make_contiguous(), &ahead));
            }
            if recent.len() == 11 {
                recent.pop_front();
            }
            recent.push_back(token);
        }
        self.edits.extend(found);
    }

    /// The edit removing the `comment` environment whose body is token
    /// `i`, given the tokens `before` it (at most 11) and `ahead` of it,
    /// when `\begin{comment}` and `\end{comment}` surround it.
    fn comment_environment(&self, i: usize, before: &[Token], ahead: &[Token]) -> Option<Edit> {
        let opening = before.len().checked_sub(10).map(|j| &before[j..])?;
        let [begin, name @ ..] = opening else {
            return None;
        };
        if begin.kind != TokenKind::Cs(builtin::BEGIN) || !spells_group_comment(name) {
            return None;
        }
        let [end, closing @ ..] = ahead else {
            return None;
        };
        if end.kind != TokenKind::Cs(builtin::END) || !spells_group_comment(closing) {
            return None;
        }
        // The space or line end after `\end{comment}` goes too when a
        // space or a line start precedes `\begin`: no space is doubled and
        // no blank line appears.
        let space = |t: Option<&Token>| {
            t.is_some_and(|t| {
                matches!(
                    t.kind,
                    TokenKind::Char {
                        cat: Catcode::Space,
                        ..
                    }
                )
            })
        };
        let previous = before.len().checked_sub(11).map(|j| &before[j]);
        let line_start = previous.is_none_or(|p| p.span.end <= self.line_start(begin.span.start));
        let after = ahead.get(10);
        let take_after = space(after) && (line_start || space(previous));
        let last = if take_after { after } else { ahead.get(9) }?;
        Some(Edit {
            bytes: begin.span.start..last.span.end,
            predicted: Level::Join,
            what: EditKind::Environment {
                tokens: i - 10..i + 11 + usize::from(take_after),
            },
        })
    }

    /// The text with each edit at its level.
    fn render(&self, levels: &[Level]) -> Rendered {
        let source = self.input.source();
        let mut rendered = Rendered {
            text: Vec::with_capacity(source.len()),
            pieces: Vec::new(),
        };
        let mut at = 0;
        for (edit, &level) in self.edits.iter().zip(levels) {
            rendered.copy(source, at..edit.bytes.start as usize);
            for kept in self.kept_bytes(edit, level) {
                rendered.copy(source, kept);
            }
            at = edit.bytes.end as usize;
        }
        rendered.copy(source, at..source.len());
        rendered
    }

    /// The byte ranges of `edit` kept at `level`, in order.
    fn kept_bytes(&self, edit: &Edit, level: Level) -> Vec<Range<usize>> {
        let whole = edit.bytes.start as usize..edit.bytes.end as usize;
        let (comments, space) = match &edit.what {
            EditKind::Environment { .. } => {
                return if level == Level::Keep {
                    vec![whole]
                } else {
                    Vec::new()
                };
            }
            EditKind::Gap { comments, space } => (&self.comments[comments.clone()], space),
        };
        let first = &comments[0];
        let comment_char = |c: &Comment| Span::new(c.span.start, c.span.start + c.char_len);
        // The last line end of the gap: what followed it in the input
        // follows it again (a first `\r` could meet a later `\n` and make
        // one CRLF line end of two).
        let line_end = comments.last().and_then(|c| c.line_end);
        match level {
            Level::Join => Vec::new(),
            Level::KeepLineEnd => line_end.map(Span::range).into_iter().collect(),
            Level::KeepCommentChar => (space.iter().copied())
                .chain(std::iter::once(comment_char(first)))
                .chain(line_end)
                .map(Span::range)
                .collect(),
            Level::KeepCommentChars => {
                let mut kept = Vec::new();
                let mut at = whole.start;
                for comment in comments {
                    kept.push(at..comment_char(comment).end as usize);
                    at = comment.text_end as usize;
                }
                kept.push(at..whole.end);
                kept
            }
            Level::Keep => vec![whole],
        }
    }

    /// Where the tokens of `output` (rendered as `rendered`) first differ
    /// from the input's (minus the removed environments). The input offset
    /// is where the two differing tokens end, the later of the two: a
    /// rewrite before it made the difference, one before the input's token
    /// (`a%⏎⏎` joined, say) or one its output twin swallowed (`\foo%⏎bar`
    /// joined to `\foobar`).
    fn first_difference(
        &self,
        output: &Lexed<'_>,
        rendered: &Rendered,
        levels: &[Level],
    ) -> Option<Difference> {
        let removed: Vec<Range<usize>> = self
            .edits
            .iter()
            .zip(levels)
            .filter_map(|(edit, &level)| match &edit.what {
                EditKind::Environment { tokens } if level != Level::Keep => Some(tokens.clone()),
                _ => None,
            })
            .collect();
        let mut removed = removed.iter().peekable();
        let mut expected = self.input.tokens().enumerate().filter(|&(i, _)| {
            while removed.next_if(|r| r.end <= i).is_some() {}
            removed.peek().is_none_or(|r| i < r.start)
        });
        let mut actual = output.tokens();
        let mut token = 0;
        let (ours, theirs) = loop {
            match (expected.next(), actual.next()) {
                (None, None) => return None,
                (Some((_, ours)), Some(t)) if self.input.same_token(ours, output, t) => token += 1,
                (ours, theirs) => break (ours.map(|(_, t)| t), theirs),
            }
        };
        let ours = ours.map_or(0, |t| t.span.end);
        let theirs = theirs.map_or(0, |t| rendered.input_offset(t.span.end));
        let at = ours.max(theirs);
        Some(Difference { token, at })
    }

    /// The rewrites that may have made a difference at input offset
    /// `position`, nearest first: those before it, then those after (a
    /// difference before every rewrite comes from the first one: an input
    /// of comments only cannot become empty, as TeX reads an empty file as
    /// one empty line).
    fn suspects(&self, position: u32) -> impl Iterator<Item = usize> {
        let before = self
            .edits
            .partition_point(|edit| edit.bytes.start < position);
        (0..before).rev().chain(before..self.edits.len())
    }

    fn stripped(&self, text: Vec<u8>, levels: &[Level]) -> Stripped {
        let mut stripped = Stripped {
            text,
            removed_comments: 0,
            kept_comment_chars: 0,
            kept_comments: self.kept,
            removed_environments: 0,
        };
        for (edit, &level) in self.edits.iter().zip(levels) {
            match &edit.what {
                EditKind::Environment { .. } => {
                    stripped.removed_environments += usize::from(level != Level::Keep);
                }
                EditKind::Gap { comments, .. } if level == Level::Keep => {
                    stripped.kept_comments += comments.len();
                }
                EditKind::Gap { comments, .. } => {
                    stripped.removed_comments += comments.len();
                    stripped.kept_comment_chars += match level {
                        Level::KeepCommentChar => 1,
                        Level::KeepCommentChars => comments.len(),
                        _ => 0,
                    };
                }
            }
        }
        stripped
    }
}

/// The bytes TeX reads as the one character `bytes` starts with, `^^`
/// forms reduced as TeX reduces them: after a superscript character the
/// same character and `xx` (two lowercase hex digits) or `c` make one
/// character, and LuaTeX's and XeTeX's `^^^^xxxx` and `^^^^^^xxxxxx` too;
/// the result is read again, so that `^^\x1e^e` is `^` then `^e`, a `%`.
/// A four- or six-caret form without its digits is an error that drops
/// the rest of the line: all of it is the "comment".
fn caret_char_len(bytes: &[u8], profile: &Profile) -> usize {
    let model = profile.input_model();
    let hex = |digits: &[u8]| {
        digits
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
    };
    let value = |digits: &[u8]| {
        let text = std::str::from_utf8(digits).expect("hex digits are ASCII");
        u32::from_str_radix(text, 16).expect("hex digits")
    };
    let Some((mut current, mut at)) = first_char(bytes, model) else {
        return 0;
    };
    while profile.catcode(current) == Catcode::Superscript {
        // Where each of the same characters that follow ends.
        let mut ends = Vec::new();
        let mut end = at;
        while let Some((c, len)) = first_char(&bytes[end..], model)
            && c == current
            && ends.len() < 5
        {
            end += len;
            ends.push(end);
        }
        if ends.is_empty() {
            break;
        }
        // `n` more of them, then `n + 1` hex digits (LuaTeX's forms).
        let wide = |n: usize| {
            let from = *ends.get(n - 1)?;
            let digits = bytes.get(from..from + n + 1).filter(|d| hex(d))?;
            Some((value(digits), from + n + 1))
        };
        let unicode = model == InputModel::Unicode;
        if let Some(found) = wide(5).filter(|_| unicode) {
            (current, at) = found;
        } else if let Some(found) = wide(3).filter(|_| unicode) {
            (current, at) = found;
        } else if unicode && ends.len() >= 3 {
            return bytes.len();
        } else {
            // `^^` and what follows the second one.
            let second = first_char(&bytes[at..], model).map_or(1, |(_, len)| len);
            let after = at + second;
            match bytes.get(after..after + 2) {
                Some(pair) if hex(pair) => (current, at) = (value(pair), after + 2),
                _ => match bytes.get(after) {
                    Some(&c) if c < 0x80 => {
                        let c = u32::from(c);
                        (current, at) = (if c < 0x40 { c + 0x40 } else { c - 0x40 }, after + 1);
                    }
                    _ => break,
                },
            }
        }
    }
    at.min(bytes.len())
}

/// Whether `tokens` start with the nine tokens of `{comment}`.
fn spells_group_comment(tokens: &[Token]) -> bool {
    let expected = b"{comment}";
    tokens.len() >= expected.len()
        && tokens.iter().zip(expected).all(|(token, &byte)| {
            let cat = match byte {
                b'{' => Catcode::BeginGroup,
                b'}' => Catcode::EndGroup,
                _ => Catcode::Letter,
            };
            token.kind
                == TokenKind::Char {
                    cat,
                    code: u32::from(byte),
                }
        })
}

/// The first character of `bytes` as the input model reads it, and its
/// length in bytes; a byte that starts no UTF-8 character is read alone.
fn first_char(bytes: &[u8], model: InputModel) -> Option<(u32, usize)> {
    let &first = bytes.first()?;
    if model == InputModel::Bytes || first < 0x80 {
        return Some((u32::from(first), 1));
    }
    let head = &bytes[..bytes.len().min(4)];
    let valid = match std::str::from_utf8(head) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    Some(match valid.chars().next() {
        Some(c) => (u32::from(c), c.len_utf8()),
        None => (u32::from(first), 1),
    })
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// What [`Lexer::strip_comments`] promises, checked on `source` (for the
/// property tests and the `strip` fuzz target): the output is a
/// subsequence of the input; it has the input's tokens (with
/// `comment_environments`, all but those environments'); no comment text
/// is left, only lone comment characters; stripping it again changes
/// nothing. `Err` says what failed.
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn promise_holds(
    source: &[u8],
    lexer: &Lexer,
    comment_environments: bool,
) -> Result<(), String> {
    let options = StripOptions::new().comment_environments(comment_environments);
    let stripped = lexer
        .strip_comments(source, &options)
        .map_err(|e| e.to_string())?;
    let text = &stripped.text;
    let show = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let mut rest = source.iter();
    if !text.iter().all(|b| rest.any(|s| s == b)) {
        return Err(format!(
            "{:?} is not a subsequence of the input",
            show(text)
        ));
    }
    let input = lexer.lex(source).map_err(|e| e.to_string())?;
    let output = lexer.lex(text).map_err(|e| e.to_string())?;
    if comment_environments {
        let environments = |lexed: &Lexed<'_>| {
            (lexed.tokens())
                .filter(|t| matches!(t.kind, TokenKind::Verbatim { env } if lexed.name(env) == b"comment"))
                .count()
        };
        if environments(&output) + stripped.removed_environments != environments(&input) {
            return Err(format!("{:?}: comment environments miscounted", show(text)));
        }
    } else if let Some(i) = input.first_difference(&output) {
        return Err(format!("{:?}: token {i} differs", show(text)));
    }
    for record in output.records() {
        let Record::Trivia(trivia) = record else {
            continue;
        };
        let bytes = &text[trivia.span.range()];
        let one_char = bytes.len() == 1
            || std::str::from_utf8(bytes).is_ok_and(|s| s.chars().count() == 1)
            || (bytes.len() >= 3 && bytes[0] == bytes[1] && bytes[0] != b'%');
        if trivia.kind == TriviaKind::Comment && !one_char {
            return Err(format!(
                "{:?}: comment text {:?} left",
                show(text),
                show(bytes)
            ));
        }
    }
    if stripped.kept_comments != 0 {
        return Err(format!(
            "{:?}: {} comments kept",
            show(text),
            stripped.kept_comments
        ));
    }
    let again = lexer
        .strip_comments(text, &options)
        .map_err(|e| e.to_string())?;
    if again.text != *text {
        return Err(format!(
            "{:?} stripped again is {:?}",
            show(text),
            show(&again.text)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
