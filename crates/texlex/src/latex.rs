//! The LaTeX layer of catcode tracking: what LaTeX and its common packages
//! make of verbatim, followed from literal declarations in the source.
//!
//! With verbatim on, the tracker knows, besides the catcodes:
//!
//! - which environments have verbatim bodies: the built-in and configured
//!   ones, plus those declared with `\DefineVerbatimEnvironment`,
//!   `\RecustomVerbatimEnvironment` (fancyvrb), `\lstnewenvironment`
//!   (listings), `\newminted` (minted) and `\excludecomment` (comment);
//!   minus those made ordinary by `\newenvironment`, `\renewenvironment`,
//!   the `\…DocumentEnvironment` commands or `\includecomment`;
//! - which commands read a verbatim argument: `\verb`, fancyvrb's `\Verb`,
//!   `\lstinline`, `\mintinline`, commands declared with `\newmint`,
//!   `\newmintinline`, `\let` to one of them, or a document command whose
//!   argument specification has a `v` argument; minus those redefined by
//!   `\def` and friends, `\let`, `\newcommand` and friends or the
//!   `\…DocumentCommand` commands;
//! - short verbs: characters made active by `\MakeShortVerb` until
//!   `\DeleteShortVerb`.
//!
//! Declarations are scoped as LaTeX scopes them: local to the group they are
//! made in (`\gdef`, `\xdef` and `\global` make them global), except short
//! verbs, which are global. A declaration only counts where LaTeX executes
//! it: not inside a macro body being defined, whose tokens are stored (the
//! bodies of `\newcommand` and friends, of the `\…DocumentCommand`
//! commands and of expl3's `\cs_new:Npn` family are skipped like `\def`
//! bodies: no catcode change, verbatim or group there), nor in code given
//! to hooks and patches (`\AddToHook`, `\g@addto@macro`, …), except that a
//! `\MakeShortVerb` in `\AtBeginDocument` takes effect at
//! `\begin{document}`.
//!
//! This module holds the state and the header grammar of each declaring
//! command; [`crate::track`] feeds it the tokens, and also follows the
//! kernel's catcode commands (`\obeylines`, `\@makeother`, …) when the
//! layer is on.

use rpds::RedBlackTreeMapSync;

use crate::Catcode;
use crate::options::VerbatimEnvs;
use crate::track::Seen;

/// One argument a verbatim command or environment reads before its
/// verbatim part, as LaTeX reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Arg {
    /// An optional `*`.
    Star,
    /// An optional `[…]`.
    Optional,
    /// A mandatory `{…}` (or one token).
    Mandatory,
    /// The verbatim argument: `{…}` with balanced braces, or between two
    /// equal characters on the line.
    Verbatim,
}

/// How a verbatim command reads its argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum VerbShape {
    /// LaTeX's `\verb`: an optional `*`, spaces, then any character but
    /// a letter or `}` is the delimiter (see `Engine::verb_argument`).
    Latex,
    /// Arguments as listed, the last one verbatim.
    Args(Vec<Arg>),
}

/// What comes between `\begin{name}` and a verbatim body.
pub(crate) type EnvShape = Vec<Arg>;

/// A short verb made by `\MakeShortVerb`: the character, and the catcode it
/// had before (restored by `\DeleteShortVerb`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ShortVerb {
    pub code: u32,
    pub before: Catcode,
}

/// The declarations in force, saved and restored by groups as a whole.
/// Persistent maps: a group saves a copy that shares everything with the
/// original, and a declaration copies only the path to its entry, so that
/// deeply nested groups that each declare something stay linear.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Declared {
    /// Environments declared verbatim (`Some`) or made ordinary (`None`).
    envs: RedBlackTreeMapSync<Vec<u8>, Option<EnvShape>>,
    /// Commands declared verbatim (`Some`) or redefined (`None`).
    commands: RedBlackTreeMapSync<Vec<u8>, Option<VerbShape>>,
    /// How many of `commands` read a verbatim argument.
    verbatim_commands: usize,
}

/// The LaTeX layer's state: the verbatim environments configured, the
/// declarations in force, the short verbs.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Latex {
    /// Environments with verbatim bodies unless declared otherwise.
    base_envs: VerbatimEnvs,
    /// The first bytes of `base_envs`' names (bit `b` of the 256), so that
    /// most `\begin{name}` need no comparison with each.
    base_first_bytes: [u64; 4],
    /// Group-scoped declarations, shared until one changes them.
    /// `None` until the first declaration (most inputs make none).
    pub(crate) declared: Option<Declared>,
    /// Short verbs, global.
    pub(crate) short_verbs: Vec<ShortVerb>,
    /// Short verbs `\AtBeginDocument` makes, global.
    pub(crate) short_verbs_at_begin_document: Vec<u32>,
}

/// The commands that read a verbatim argument unless redefined.
fn built_in_command(name: &[u8]) -> Option<VerbShape> {
    use Arg::*;
    Some(match name {
        b"verb" => VerbShape::Latex,
        b"Verb" => VerbShape::Args(vec![Star, Optional, Verbatim]),
        b"lstinline" => VerbShape::Args(vec![Optional, Verbatim]),
        b"mintinline" => VerbShape::Args(vec![Optional, Mandatory, Verbatim]),
        _ => return None,
    })
}

/// What a built-in verbatim environment reads before its body.
fn built_in_env_shape(name: &[u8]) -> EnvShape {
    match name {
        b"lstlisting" | b"Verbatim" | b"Verbatim*" | b"BVerbatim" | b"LVerbatim" => {
            vec![Arg::Optional]
        }
        b"minted" | b"VerbatimOut" | b"SaveVerbatim" | b"filecontents" | b"filecontents*" => {
            vec![Arg::Optional, Arg::Mandatory]
        }
        _ => Vec::new(),
    }
}

impl Latex {
    /// The layer for a lex whose verbatim environments are `base_envs`.
    pub(crate) fn new(base_envs: VerbatimEnvs) -> Latex {
        let mut base_first_bytes = [0u64; 4];
        for first in base_envs.iter().filter_map(|e| e.first()) {
            base_first_bytes[usize::from(first >> 6)] |= 1 << (first & 63);
        }
        Latex {
            base_envs,
            base_first_bytes,
            declared: None,
            short_verbs: Vec::new(),
            short_verbs_at_begin_document: Vec::new(),
        }
    }

    /// What `\begin{name}` reads before a verbatim body, if `name` is a
    /// verbatim environment now.
    pub(crate) fn verbatim_env(&self, name: &[u8]) -> Option<EnvShape> {
        if let Some(shape) = self.declared.as_ref().and_then(|d| d.envs.get(name)) {
            return shape.clone();
        }
        let may_be = name.first().is_none_or(|&first| {
            self.base_first_bytes[usize::from(first >> 6)] >> (first & 63) & 1 != 0
        });
        (may_be && self.base_envs.iter().any(|e| **e == *name)).then(|| built_in_env_shape(name))
    }

    /// How the command `name` reads a verbatim argument, if it does now.
    pub(crate) fn verbatim_command(&self, name: &[u8]) -> Option<VerbShape> {
        match self.declared.as_ref().and_then(|d| d.commands.get(name)) {
            Some(shape) => shape.clone(),
            None => built_in_command(name),
        }
    }

    /// Whether commands beyond the built-in ones were declared verbatim:
    /// then every control sequence must be looked at.
    pub(crate) fn has_declared_commands(&self) -> bool {
        self.declared
            .as_ref()
            .is_some_and(|d| d.verbatim_commands > 0)
    }

    /// The short verb `code`, if it is one.
    pub(crate) fn short_verb(&self, code: u32) -> Option<ShortVerb> {
        self.short_verbs.iter().copied().find(|s| s.code == code)
    }

    /// Applies a declaration to `declared` (the caller saved it for the
    /// group first, unless it is global).
    pub(crate) fn apply(declared: &mut Declared, effect: Effect) {
        match effect {
            Effect::Env(name, shape) => {
                declared.envs.insert_mut(name, shape);
            }
            Effect::Command(name, shape) => {
                if let Some(Some(_)) = declared.commands.get(&name) {
                    declared.verbatim_commands -= 1;
                }
                declared.verbatim_commands += usize::from(shape.is_some());
                declared.commands.insert_mut(name, shape);
            }
        }
    }
}

/// A change a declaration makes to [`Declared`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Effect {
    /// The environment's body is verbatim (`Some`) or not (`None`).
    Env(Vec<u8>, Option<EnvShape>),
    /// The command reads a verbatim argument (`Some`) or not (`None`).
    Command(Vec<u8>, Option<VerbShape>),
}

/// One part of a declaring command's header, as LaTeX reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Item {
    /// An optional `*`.
    Star,
    /// The command being defined: a control sequence, or one in braces.
    Name,
    /// An environment's name in braces (or one token).
    EnvName,
    /// An optional `[…]`, kept.
    Bracket,
    /// A mandatory argument, kept.
    Text,
    /// A macro body: braced, stored, not executed.
    Body,
    /// expl3's `p`: parameter text, up to the body's `{`.
    Parameters,
    /// A character named by a control symbol, `\|` or `{\|}`.
    Character,
}

/// What a declaring command does once its header is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Declares {
    /// `\newcommand` and friends, expl3 definitions: the name is an
    /// ordinary command now.
    Command,
    /// `\providecommand`: as [`Declares::Command`], but it leaves a
    /// command LaTeX itself defines (`\verb`) alone.
    ProvidedCommand,
    /// `\NewDocumentCommand` and friends: the specification decides.
    DocumentCommand,
    /// The environment is an ordinary one now.
    OrdinaryEnv,
    /// fancyvrb: a verbatim environment with `[options]`.
    FancyEnv,
    /// listings: a verbatim environment with LaTeX-style arguments.
    ListingsEnv,
    /// comment: a verbatim (skipped) environment.
    CommentEnv,
    /// minted's `\newminted`, `\newmint`, `\newmintinline`,
    /// `\newmintedfile`.
    Minted(MintedKind),
    /// Hooks and patches: the arguments are code stored to run later.
    Deferred,
    /// `\AtBeginDocument`: stored code, in which the short verbs it
    /// makes are noted, to be made at `\begin{document}`.
    AtBeginDocument,
    /// `\MakeShortVerb`.
    MakeShortVerb,
    /// `\DeleteShortVerb`.
    DeleteShortVerb,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MintedKind {
    Environment,
    Command,
    Inline,
    File,
}

/// The header of `name`, if it is a declaring command the layer follows.
fn declarer(name: &[u8]) -> Option<(&'static [Item], Declares)> {
    use Item::*;
    const COMMAND: &[Item] = &[Star, Name, Bracket, Bracket, Body];
    const ENVIRONMENT: &[Item] = &[Star, EnvName, Bracket, Bracket, Body, Body];
    const DOCUMENT_COMMAND: &[Item] = &[Name, Text, Body];
    const DOCUMENT_ENVIRONMENT: &[Item] = &[EnvName, Text, Body, Body];
    const MINTED: &[Item] = &[Bracket, Text, Text];
    Some(match name {
        b"newcommand"
        | b"renewcommand"
        | b"DeclareRobustCommand"
        | b"newrobustcmd"
        | b"renewrobustcmd" => (COMMAND, Declares::Command),
        b"providecommand" | b"providerobustcmd" => (COMMAND, Declares::ProvidedCommand),
        b"newenvironment" | b"renewenvironment" => (ENVIRONMENT, Declares::OrdinaryEnv),
        b"NewDocumentCommand"
        | b"RenewDocumentCommand"
        | b"ProvideDocumentCommand"
        | b"DeclareDocumentCommand" => (DOCUMENT_COMMAND, Declares::DocumentCommand),
        b"NewDocumentEnvironment"
        | b"RenewDocumentEnvironment"
        | b"ProvideDocumentEnvironment"
        | b"DeclareDocumentEnvironment" => (DOCUMENT_ENVIRONMENT, Declares::OrdinaryEnv),
        b"DefineVerbatimEnvironment" | b"RecustomVerbatimEnvironment" => {
            (&[EnvName, Text, Text], Declares::FancyEnv)
        }
        b"lstnewenvironment" => (
            &[EnvName, Bracket, Bracket, Body, Body],
            Declares::ListingsEnv,
        ),
        b"newminted" => (MINTED, Declares::Minted(MintedKind::Environment)),
        b"newmint" => (MINTED, Declares::Minted(MintedKind::Command)),
        b"newmintinline" => (MINTED, Declares::Minted(MintedKind::Inline)),
        b"newmintedfile" => (MINTED, Declares::Minted(MintedKind::File)),
        b"excludecomment" => (&[EnvName], Declares::CommentEnv),
        b"includecomment" => (&[EnvName], Declares::OrdinaryEnv),
        b"MakeShortVerb" => (&[Star, Character], Declares::MakeShortVerb),
        b"AtBeginDocument" => (&[Body], Declares::AtBeginDocument),
        b"AtEndDocument" | b"AtEndOfPackage" | b"AtEndOfClass" | b"AtEndPreamble"
        | b"AfterEndPreamble" => (&[Body], Declares::Deferred),
        b"AtBeginEnvironment" | b"AtEndEnvironment" | b"AddToHookNext" => {
            (&[Text, Body], Declares::Deferred)
        }
        b"AddToHook" => (&[Text, Bracket, Body], Declares::Deferred),
        b"g@addto@macro" | b"appto" | b"gappto" | b"preto" | b"gpreto" => {
            (&[Name, Body], Declares::Deferred)
        }
        b"apptocmd" | b"pretocmd" | b"xapptocmd" | b"xpretocmd" => {
            (&[Name, Body, Body, Body], Declares::Deferred)
        }
        b"patchcmd" | b"xpatchcmd" => (&[Name, Body, Body, Body, Body], Declares::Deferred),
        b"DeleteShortVerb" => (&[Character], Declares::DeleteShortVerb),
        _ => return expl3_definer(name).map(|items| (items, Declares::Command)),
    })
}

/// expl3's definitions of functions, whose bodies are stored:
/// `\cs_new:Npn`, `\cs_set_protected:Nn`, `\cs_gset_nopar:cpx`,
/// `\prg_new_conditional:Npnn`, …: the header read from the signature
/// (`N` a name, `c` a name in braces, `p` parameter text, and each `n`,
/// `x` or `e` a body).
fn expl3_definer(name: &[u8]) -> Option<&'static [Item]> {
    use Item::*;
    let colon = name.iter().position(|&b| b == b':')?;
    let (base, signature) = (&name[..colon], &name[colon + 1..]);
    let rest = base
        .strip_prefix(b"cs_new")
        .or_else(|| base.strip_prefix(b"cs_set"))
        .or_else(|| base.strip_prefix(b"cs_gset"))
        .map(|rest| (rest, false))
        .or_else(|| {
            let rest = base
                .strip_prefix(b"prg_new")
                .or_else(|| base.strip_prefix(b"prg_set"))
                .or_else(|| base.strip_prefix(b"prg_gset"))?;
            let rest = rest.strip_suffix(b"_conditional")?;
            Some((rest, true))
        })?;
    let (rest, _) = rest;
    let rest = rest.strip_prefix(b"_protected").unwrap_or(rest);
    if !(rest.is_empty() || rest == b"_nopar") {
        return None;
    }
    // Only the signatures that occur, each a static header.
    Some(match signature {
        b"Npn" | b"Npx" | b"Npe" => &[Name, Parameters, Body],
        b"cpn" | b"cpx" | b"cpe" => &[EnvName, Parameters, Body],
        b"Nn" | b"Nx" | b"Ne" => &[Name, Body],
        b"cn" | b"cx" | b"ce" => &[EnvName, Body],
        b"Npnn" => &[Name, Parameters, Body, Body],
        b"Nnn" => &[Name, Body, Body],
        _ => return None,
    })
}

/// A declaring command's header being read, token by token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Header {
    items: &'static [Item],
    declares: Declares,
    /// The next item.
    index: usize,
    /// Brace (or bracket) nesting inside the item being read; 0 between.
    depth: u32,
    /// Whether the current item has started (its opening `{` or `[`).
    open: bool,
    /// The defined name, if read.
    name: Option<Vec<u8>>,
    /// Kept arguments ([`Item::Bracket`], [`Item::Text`]) in order;
    /// `None` for an absent optional one.
    texts: Vec<Option<Vec<u8>>>,
    /// Global (`\global` before it).
    pub(crate) global: bool,
    /// The short verb's character.
    character: Option<u32>,
    /// In `\AtBeginDocument`'s code: how far a `\MakeShortVerb{\c}` has
    /// been read (0: not; 1: the name; 2: its `{`), and the characters
    /// of those read.
    make_short_verb: u8,
    short_verbs_later: Vec<u32>,
}

/// What [`Header::feed`] made of a token.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Step {
    /// The token belongs to the header; more follows.
    More,
    /// The header is complete with this token.
    Done(Completed),
    /// The header is complete before this token, which must be looked at
    /// again as an ordinary one.
    DoneBefore(Completed),
    /// Not the header expected: forget it; the token must be looked at
    /// again.
    Abandon,
}

/// A complete declaration.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Completed {
    Effects(Vec<Effect>),
    MakeShortVerb(u32),
    DeleteShortVerb(u32),
    /// `\AtBeginDocument` code that makes these short verbs.
    AtBeginDocument(Vec<u32>),
}

fn push_char(text: &mut Vec<u8>, code: u32) {
    let c = char::from_u32(code).unwrap_or('\u{FFFD}');
    text.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

impl Header {
    /// The header that `name` starts, if it is a declaring command.
    pub(crate) fn start(name: &[u8], global: bool) -> Option<Header> {
        let (items, declares) = declarer(name)?;
        Some(Header {
            items,
            declares,
            index: 0,
            depth: 0,
            open: false,
            name: None,
            texts: Vec::new(),
            global,
            character: None,
            make_short_verb: 0,
            short_verbs_later: Vec::new(),
        })
    }

    fn next_item(&mut self) -> Step {
        self.index += 1;
        self.depth = 0;
        self.open = false;
        if self.index == self.items.len() {
            Step::Done(self.complete())
        } else {
            Step::More
        }
    }

    /// Whether the header's arguments are kept (a plain command's are not
    /// needed: only its name, and only if it was a verbatim one).
    fn keeps_texts(&self) -> bool {
        !matches!(
            self.declares,
            Declares::Command
                | Declares::ProvidedCommand
                | Declares::Deferred
                | Declares::AtBeginDocument
        )
    }

    /// Keeps the name of the command being defined, if it matters: a plain
    /// definition only changes something for a verbatim command.
    fn keep_name(&mut self, name: &[u8], latex: &Latex) {
        if self.keeps_texts() || latex.verbatim_command(name).is_some() {
            self.name = Some(name.to_vec());
        }
    }

    /// Skips absent optional items before `seen`; then reads it.
    pub(crate) fn feed(&mut self, seen: Seen, latex: &Latex) -> Step {
        let is_space = matches!(seen, Seen::Char { cat: 10, .. });
        loop {
            let Some(&item) = self.items.get(self.index) else {
                return Step::DoneBefore(self.complete());
            };
            if self.open {
                return self.inside(item, seen, latex);
            }
            match item {
                Item::Star => {
                    if matches!(seen, Seen::Char { cat: 12, code: 42 }) {
                        return self.next_item();
                    }
                    if is_space {
                        return Step::More;
                    }
                    self.index += 1;
                }
                Item::Bracket => {
                    if matches!(seen, Seen::Char { cat: 12, code: 91 }) {
                        self.open = true;
                        self.depth = 1;
                        if self.keeps_texts() {
                            self.texts.push(Some(Vec::new()));
                        }
                        return Step::More;
                    }
                    if is_space {
                        return Step::More;
                    }
                    if self.keeps_texts() {
                        self.texts.push(None);
                    }
                    self.index += 1;
                    if self.index == self.items.len() {
                        return Step::DoneBefore(self.complete());
                    }
                }
                Item::Parameters => {
                    if let Seen::Char { cat: 1, .. } = seen {
                        self.index += 1;
                        continue;
                    }
                    return Step::More;
                }
                _ if is_space => return Step::More,
                Item::Name => {
                    return match seen {
                        Seen::Cs(name) => {
                            self.keep_name(name, latex);
                            self.next_item()
                        }
                        Seen::Char { cat: 1, .. } => {
                            self.open = true;
                            self.depth = 1;
                            Step::More
                        }
                        _ => Step::Abandon,
                    };
                }
                Item::Character => {
                    return match seen {
                        Seen::Cs(name) => match one_char(name) {
                            Some(code) => {
                                self.character = Some(code);
                                self.next_item()
                            }
                            None => Step::Abandon,
                        },
                        Seen::Char { cat: 1, .. } => {
                            self.open = true;
                            self.depth = 1;
                            Step::More
                        }
                        _ => Step::Abandon,
                    };
                }
                Item::EnvName | Item::Text | Item::Body => {
                    return match seen {
                        Seen::Char { cat: 1, .. } => {
                            self.open = true;
                            self.depth = 1;
                            if item != Item::Body && self.keeps_texts() {
                                self.texts.push(Some(Vec::new()));
                            }
                            Step::More
                        }
                        // One token as the argument.
                        Seen::Char { cat: 2, .. } => Step::Abandon,
                        Seen::Char { code, .. } | Seen::Active(code) => {
                            if item != Item::Body && self.keeps_texts() {
                                let mut text = Vec::new();
                                push_char(&mut text, code);
                                self.texts.push(Some(text));
                            }
                            self.next_item()
                        }
                        Seen::Cs(_) if item == Item::Body => self.next_item(),
                        Seen::Cs(_) => Step::Abandon,
                    };
                }
            }
        }
    }

    /// A token inside an opened item.
    fn inside(&mut self, item: Item, seen: Seen, latex: &Latex) -> Step {
        let (open, close) = if item == Item::Bracket {
            (
                matches!(seen, Seen::Char { cat: 12, code: 91 }),
                matches!(seen, Seen::Char { cat: 12, code: 93 }),
            )
        } else {
            (
                matches!(seen, Seen::Char { cat: 1, .. }),
                matches!(seen, Seen::Char { cat: 2, .. }),
            )
        };
        if close {
            self.depth -= 1;
            if self.depth == 0 {
                return self.next_item();
            }
        } else if open {
            self.depth += 1;
        }
        match item {
            Item::Name => {
                if let Seen::Cs(name) = seen
                    && self.name.is_none()
                {
                    self.keep_name(name, latex);
                }
            }
            Item::Character => {
                if let Seen::Cs(name) = seen
                    && self.character.is_none()
                {
                    self.character = one_char(name);
                }
            }
            Item::Body if self.declares == Declares::AtBeginDocument => {
                self.watch_short_verb(seen);
            }
            Item::EnvName | Item::Text | Item::Bracket if self.keeps_texts() => {
                let text = self
                    .texts
                    .last_mut()
                    .and_then(Option::as_mut)
                    .expect("an open kept item has its text");
                match seen {
                    Seen::Char { code, .. } | Seen::Active(code) => push_char(text, code),
                    Seen::Cs(name) => {
                        text.push(b'\\');
                        text.extend_from_slice(name);
                    }
                }
            }
            _ => {}
        }
        Step::More
    }

    /// Follows `\MakeShortVerb{\c}`, `\MakeShortVerb*\c` and the like in
    /// `\AtBeginDocument`'s code.
    fn watch_short_verb(&mut self, seen: Seen) {
        self.make_short_verb = match (self.make_short_verb, seen) {
            (_, Seen::Cs(b"MakeShortVerb")) => 1,
            (1, Seen::Char { cat: 12, code: 42 }) | (1, Seen::Char { cat: 10, .. }) => 1,
            (1, Seen::Char { cat: 1, .. }) => 2,
            (1 | 2, Seen::Cs(name)) => {
                if let Some(code) = one_char(name) {
                    self.short_verbs_later.push(code);
                }
                0
            }
            _ => 0,
        };
    }

    /// The declaration, once every item is read.
    fn complete(&mut self) -> Completed {
        let mut texts = std::mem::take(&mut self.texts).into_iter();
        let name = self.name.take();
        let effect = match self.declares {
            Declares::Command => name.map(|name| Effect::Command(name, None)),
            Declares::ProvidedCommand => name
                .filter(|name| name != b"verb")
                .map(|name| Effect::Command(name, None)),
            Declares::DocumentCommand => {
                let spec = texts.next().flatten().unwrap_or_default();
                name.map(|name| Effect::Command(name, document_shape(&spec)))
            }
            Declares::OrdinaryEnv => texts.next().flatten().map(|env| Effect::Env(env, None)),
            Declares::FancyEnv => texts
                .next()
                .flatten()
                .map(|env| Effect::Env(env, Some(vec![Arg::Optional]))),
            Declares::CommentEnv => texts
                .next()
                .flatten()
                .map(|env| Effect::Env(env, Some(Vec::new()))),
            Declares::ListingsEnv => {
                let env = texts.next().flatten();
                let count = texts.next().flatten();
                let default = texts.next().flatten();
                let count: usize = count
                    .and_then(|c| std::str::from_utf8(&c).ok()?.trim().parse().ok())
                    .unwrap_or(0)
                    .min(9);
                let mut shape = Vec::new();
                if count > 0 {
                    if default.is_some() {
                        shape.push(Arg::Optional);
                    }
                    let mandatory = count - usize::from(default.is_some());
                    shape.extend(std::iter::repeat_n(Arg::Mandatory, mandatory));
                }
                env.map(|env| Effect::Env(env, Some(shape)))
            }
            Declares::Minted(kind) => {
                let given = texts.next().flatten();
                let Some(language) = texts.next().flatten() else {
                    return Completed::Effects(Vec::new());
                };
                let suffix: &[u8] = match kind {
                    MintedKind::Environment => b"code",
                    MintedKind::Command => b"",
                    MintedKind::Inline => b"inline",
                    MintedKind::File => b"file",
                };
                let name = given.unwrap_or_else(|| [&language[..], suffix].concat());
                match kind {
                    // `\begin{pythoncode}`, and `pythoncode*`, which takes
                    // its options as a mandatory argument.
                    MintedKind::Environment => {
                        let starred = [&name[..], b"*"].concat();
                        return Completed::Effects(vec![
                            Effect::Env(name, Some(Vec::new())),
                            Effect::Env(starred, Some(vec![Arg::Mandatory])),
                        ]);
                    }
                    MintedKind::Command | MintedKind::Inline => Some(Effect::Command(
                        name,
                        Some(VerbShape::Args(vec![Arg::Optional, Arg::Verbatim])),
                    )),
                    MintedKind::File => Some(Effect::Command(name, None)),
                }
            }
            Declares::Deferred => None,
            Declares::AtBeginDocument => {
                return Completed::AtBeginDocument(std::mem::take(&mut self.short_verbs_later));
            }
            Declares::MakeShortVerb => {
                return self
                    .character
                    .map_or(Completed::Effects(Vec::new()), Completed::MakeShortVerb);
            }
            Declares::DeleteShortVerb => {
                return self
                    .character
                    .map_or(Completed::Effects(Vec::new()), Completed::DeleteShortVerb);
            }
        };
        Completed::Effects(effect.into_iter().collect())
    }
}

/// A control symbol's one character (`\|`), if `name` is one.
pub(crate) fn one_char(name: &[u8]) -> Option<u32> {
    let s = std::str::from_utf8(name).ok()?;
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c as u32)
}

/// The verbatim shape of a document command with argument specification
/// `spec`: the arguments up to its last `v`, if it has one and everything
/// before it is a type the layer can follow (`m`, `o`, `O{…}`, `s`,
/// `t<char>`, `v`, with `+` and `!` prefixes).
pub(crate) fn document_shape(spec: &[u8]) -> Option<VerbShape> {
    let mut shape = Vec::new();
    let mut last_verbatim = None;
    let mut i = 0;
    while i < spec.len() {
        match spec[i] {
            b' ' | b'+' | b'!' => {}
            b'm' => shape.push(Arg::Mandatory),
            b'o' => shape.push(Arg::Optional),
            b's' => shape.push(Arg::Star),
            b'v' => {
                shape.push(Arg::Verbatim);
                last_verbatim = Some(shape.len());
            }
            b't' => {
                // `t<char>`: an optional given token; a star is the common
                // one, any other is followed as one too.
                shape.push(Arg::Star);
                i += 1;
            }
            b'O' => {
                shape.push(Arg::Optional);
                // Skip the default `{…}`.
                let mut depth = 0u32;
                while i + 1 < spec.len() {
                    i += 1;
                    match spec[i] {
                        b'{' => depth += 1,
                        b'}' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ if depth == 0 => {
                            i -= 1;
                            break;
                        }
                        _ => {}
                    }
                }
            }
            // Any other type: the layer cannot follow what comes after it.
            _ => break,
        }
        i += 1;
    }
    let end = last_verbatim?;
    shape.truncate(end);
    Some(VerbShape::Args(shape))
}

/// Pieces of input rich in what the layer follows, for property tests
/// that mix them with other text (drivers agree, documents re-lex as
/// fresh ones).
#[cfg(test)]
pub(crate) const TEST_PIECES: &[&[u8]] = &[
    b"\\DefineVerbatimEnvironment{V}{Verbatim}{}",
    b"\\begin{V}[x]\n",
    b"\\end{V}",
    b"\\MakeShortVerb{\\|}",
    b"\\DeleteShortVerb\\|",
    b"|a%|",
    b"\\NewDocumentCommand\\code{s o v}{x}",
    b"\\code*[a]{b{c}}",
    b"\\code|x",
    b"\\lstinline[x]!a!",
    b"\\newcommand\\foo[1][x]{\\verb}",
    b"\\let\\verb\\relax ",
    b"\\let\\v=\\verb ",
    b"\\v+x+",
    b"\\excludecomment{hide}",
    b"\\begin{hide}",
    b"\\end{hide}",
    b"\\newenvironment{comment}{\\begin{verbatim}}{}",
    b"\\cs_new:Npn \\x:n #1 {\\verb}",
    b"\\lstnewenvironment{L}[2][]{}{}",
    b"\\begin{L}[a]{b}",
    b"\\begin{comment}",
    b"\\end{comment}",
    b"\\ExplSyntaxOn",
    b"\\AtBeginDocument{\\MakeShortVerb{\\|}}",
    b"\\begin{document}",
    b"\\appto\\foo{",
    b"\\verb}",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_shapes_end_at_the_last_verbatim_argument() {
        use Arg::*;
        assert_eq!(document_shape(b"v"), Some(VerbShape::Args(vec![Verbatim])));
        assert_eq!(
            document_shape(b"s o +v m"),
            Some(VerbShape::Args(vec![Star, Optional, Verbatim]))
        );
        assert_eq!(
            document_shape(b"O{x{y}} v"),
            Some(VerbShape::Args(vec![Optional, Verbatim]))
        );
        assert_eq!(document_shape(b"m o"), None);
        // A type the layer cannot follow before the `v`.
        assert_eq!(document_shape(b"r() v"), None);
    }

    #[test]
    fn expl3_definers_are_read_from_their_signatures() {
        assert!(expl3_definer(b"cs_new:Npn").is_some());
        assert!(expl3_definer(b"cs_gset_protected_nopar:cpx").is_some());
        assert!(expl3_definer(b"prg_new_protected_conditional:Npnn").is_some());
        assert!(expl3_definer(b"cs_new_eq:NN").is_none());
        assert!(expl3_definer(b"cs_newx:Npn").is_none());
        assert!(expl3_definer(b"tl_set:Nn").is_none());
    }

    fn feed_all(header: &mut Header, tokens: &[Seen]) -> Vec<Step> {
        let latex = Latex::new(std::borrow::Cow::Borrowed(&[]));
        tokens.iter().map(|&t| header.feed(t, &latex)).collect()
    }

    #[test]
    fn a_listings_environment_with_an_optional_argument() {
        let mut header = Header::start(b"lstnewenvironment", false).unwrap();
        let open = Seen::Char { cat: 1, code: 123 };
        let close = Seen::Char { cat: 2, code: 125 };
        let letter = |c: u8| Seen::Char {
            cat: 11,
            code: u32::from(c),
        };
        let other = |c: u8| Seen::Char {
            cat: 12,
            code: u32::from(c),
        };
        let steps = feed_all(
            &mut header,
            &[
                open,
                letter(b'c'),
                close,
                other(b'['),
                other(b'2'),
                other(b']'),
                other(b'['),
                other(b']'),
                open,
                Seen::Cs(b"verb"),
                close,
                open,
            ],
        );
        assert!(steps.iter().all(|s| *s == Step::More), "{steps:?}");
        let latex = Latex::new(std::borrow::Cow::Borrowed(&[]));
        assert_eq!(
            header.feed(close, &latex),
            Step::Done(Completed::Effects(vec![Effect::Env(
                b"c".to_vec(),
                Some(vec![Arg::Optional, Arg::Mandatory])
            )]))
        );
    }
}
