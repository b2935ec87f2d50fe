//! Built-in control-sequence ids: the catalog `data/catalog.txt`, generated
//! by `cargo xtask gen`. Ids are stable: the catalog is append-only.

use super::CsId;

/// Id of the first catalog name; ids below are single-byte names (0..=127) and the empty name (128).
pub const FIRST: u32 = 129;

/// `\par`
pub const PAR: CsId = CsId(129);
/// `\begin`
pub const BEGIN: CsId = CsId(130);
/// `\end`
pub const END: CsId = CsId(131);
/// `\relax`
pub const RELAX: CsId = CsId(132);
/// `\def`
pub const DEF: CsId = CsId(133);
/// `\gdef`
pub const GDEF: CsId = CsId(134);
/// `\edef`
pub const EDEF: CsId = CsId(135);
/// `\xdef`
pub const XDEF: CsId = CsId(136);
/// `\let`
pub const LET: CsId = CsId(137);
/// `\futurelet`
pub const FUTURELET: CsId = CsId(138);
/// `\expandafter`
pub const EXPANDAFTER: CsId = CsId(139);
/// `\noexpand`
pub const NOEXPAND: CsId = CsId(140);
/// `\csname`
pub const CSNAME: CsId = CsId(141);
/// `\endcsname`
pub const ENDCSNAME: CsId = CsId(142);
/// `\catcode`
pub const CATCODE: CsId = CsId(143);
/// `\endlinechar`
pub const ENDLINECHAR: CsId = CsId(144);
/// `\ifx`
pub const IFX: CsId = CsId(145);
/// `\ifnum`
pub const IFNUM: CsId = CsId(146);
/// `\else`
pub const ELSE: CsId = CsId(147);
/// `\fi`
pub const FI: CsId = CsId(148);
/// `\begingroup`
pub const BEGINGROUP: CsId = CsId(149);
/// `\endgroup`
pub const ENDGROUP: CsId = CsId(150);
/// `\bgroup`
pub const BGROUP: CsId = CsId(151);
/// `\egroup`
pub const EGROUP: CsId = CsId(152);
/// `\global`
pub const GLOBAL: CsId = CsId(153);
/// `\long`
pub const LONG: CsId = CsId(154);
/// `\outer`
pub const OUTER: CsId = CsId(155);
/// `\protected`
pub const PROTECTED: CsId = CsId(156);
/// `\the`
pub const THE: CsId = CsId(157);
/// `\number`
pub const NUMBER: CsId = CsId(158);
/// `\romannumeral`
pub const ROMANNUMERAL: CsId = CsId(159);
/// `\string`
pub const STRING: CsId = CsId(160);
/// `\meaning`
pub const MEANING: CsId = CsId(161);
/// `\detokenize`
pub const DETOKENIZE: CsId = CsId(162);
/// `\unexpanded`
pub const UNEXPANDED: CsId = CsId(163);
/// `\input`
pub const INPUT: CsId = CsId(164);
/// `\endinput`
pub const ENDINPUT: CsId = CsId(165);
/// `\hbox`
pub const HBOX: CsId = CsId(166);
/// `\vbox`
pub const VBOX: CsId = CsId(167);
/// `\documentclass`
pub const DOCUMENTCLASS: CsId = CsId(168);
/// `\usepackage`
pub const USEPACKAGE: CsId = CsId(169);
/// `\newcommand`
pub const NEWCOMMAND: CsId = CsId(170);
/// `\renewcommand`
pub const RENEWCOMMAND: CsId = CsId(171);
/// `\providecommand`
pub const PROVIDECOMMAND: CsId = CsId(172);
/// `\newenvironment`
pub const NEWENVIRONMENT: CsId = CsId(173);
/// `\renewenvironment`
pub const RENEWENVIRONMENT: CsId = CsId(174);
/// `\section`
pub const SECTION: CsId = CsId(175);
/// `\subsection`
pub const SUBSECTION: CsId = CsId(176);
/// `\subsubsection`
pub const SUBSUBSECTION: CsId = CsId(177);
/// `\label`
pub const LABEL: CsId = CsId(178);
/// `\ref`
pub const REF: CsId = CsId(179);
/// `\cite`
pub const CITE: CsId = CsId(180);
/// `\emph`
pub const EMPH: CsId = CsId(181);
/// `\textbf`
pub const TEXTBF: CsId = CsId(182);
/// `\textit`
pub const TEXTIT: CsId = CsId(183);
/// `\item`
pub const ITEM: CsId = CsId(184);
/// `\makeatletter`
pub const MAKEATLETTER: CsId = CsId(185);
/// `\makeatother`
pub const MAKEATOTHER: CsId = CsId(186);
/// `\ExplSyntaxOn`
pub const EXPLSYNTAXON: CsId = CsId(187);
/// `\ExplSyntaxOff`
pub const EXPLSYNTAXOFF: CsId = CsId(188);
/// `\verb`
pub const VERB: CsId = CsId(189);
/// `\frac`
pub const FRAC: CsId = CsId(190);
/// `\left`
pub const LEFT: CsId = CsId(191);
/// `\right`
pub const RIGHT: CsId = CsId(192);
/// `\include`
pub const INCLUDE: CsId = CsId(193);
/// `\if`
pub const IF: CsId = CsId(194);
/// `\ifcat`
pub const IFCAT: CsId = CsId(195);
/// `\ifdim`
pub const IFDIM: CsId = CsId(196);
/// `\ifodd`
pub const IFODD: CsId = CsId(197);
/// `\ifvmode`
pub const IFVMODE: CsId = CsId(198);
/// `\ifhmode`
pub const IFHMODE: CsId = CsId(199);
/// `\ifmmode`
pub const IFMMODE: CsId = CsId(200);
/// `\ifinner`
pub const IFINNER: CsId = CsId(201);
/// `\ifvoid`
pub const IFVOID: CsId = CsId(202);
/// `\ifhbox`
pub const IFHBOX: CsId = CsId(203);
/// `\ifvbox`
pub const IFVBOX: CsId = CsId(204);
/// `\ifeof`
pub const IFEOF: CsId = CsId(205);
/// `\iftrue`
pub const IFTRUE: CsId = CsId(206);
/// `\iffalse`
pub const IFFALSE: CsId = CsId(207);
/// `\ifcase`
pub const IFCASE: CsId = CsId(208);
/// `\or`
pub const OR: CsId = CsId(209);
/// `\vtop`
pub const VTOP: CsId = CsId(210);
/// `\vcenter`
pub const VCENTER: CsId = CsId(211);
/// `\box`
pub const BOX: CsId = CsId(212);
/// `\copy`
pub const COPY: CsId = CsId(213);
/// `\setbox`
pub const SETBOX: CsId = CsId(214);
/// `\unhbox`
pub const UNHBOX: CsId = CsId(215);
/// `\unvbox`
pub const UNVBOX: CsId = CsId(216);
/// `\unhcopy`
pub const UNHCOPY: CsId = CsId(217);
/// `\unvcopy`
pub const UNVCOPY: CsId = CsId(218);
/// `\lastbox`
pub const LASTBOX: CsId = CsId(219);
/// `\hskip`
pub const HSKIP: CsId = CsId(220);
/// `\vskip`
pub const VSKIP: CsId = CsId(221);
/// `\hfil`
pub const HFIL: CsId = CsId(222);
/// `\hfill`
pub const HFILL: CsId = CsId(223);
/// `\hfilneg`
pub const HFILNEG: CsId = CsId(224);
/// `\hss`
pub const HSS: CsId = CsId(225);
/// `\vfil`
pub const VFIL: CsId = CsId(226);
/// `\vfill`
pub const VFILL: CsId = CsId(227);
/// `\vfilneg`
pub const VFILNEG: CsId = CsId(228);
/// `\vss`
pub const VSS: CsId = CsId(229);
/// `\kern`
pub const KERN: CsId = CsId(230);
/// `\mkern`
pub const MKERN: CsId = CsId(231);
/// `\mskip`
pub const MSKIP: CsId = CsId(232);
/// `\penalty`
pub const PENALTY: CsId = CsId(233);
/// `\hrule`
pub const HRULE: CsId = CsId(234);
/// `\vrule`
pub const VRULE: CsId = CsId(235);
/// `\noindent`
pub const NOINDENT: CsId = CsId(236);
/// `\indent`
pub const INDENT: CsId = CsId(237);
/// `\leavevmode`
pub const LEAVEVMODE: CsId = CsId(238);
/// `\char`
pub const CHAR: CsId = CsId(239);
/// `\chardef`
pub const CHARDEF: CsId = CsId(240);
/// `\mathchardef`
pub const MATHCHARDEF: CsId = CsId(241);
/// `\countdef`
pub const COUNTDEF: CsId = CsId(242);
/// `\dimendef`
pub const DIMENDEF: CsId = CsId(243);
/// `\skipdef`
pub const SKIPDEF: CsId = CsId(244);
/// `\toksdef`
pub const TOKSDEF: CsId = CsId(245);
/// `\muskipdef`
pub const MUSKIPDEF: CsId = CsId(246);
/// `\count`
pub const COUNT: CsId = CsId(247);
/// `\dimen`
pub const DIMEN: CsId = CsId(248);
/// `\skip`
pub const SKIP: CsId = CsId(249);
/// `\toks`
pub const TOKS: CsId = CsId(250);
/// `\muskip`
pub const MUSKIP: CsId = CsId(251);
/// `\advance`
pub const ADVANCE: CsId = CsId(252);
/// `\multiply`
pub const MULTIPLY: CsId = CsId(253);
/// `\divide`
pub const DIVIDE: CsId = CsId(254);
/// `\newcount`
pub const NEWCOUNT: CsId = CsId(255);
/// `\newdimen`
pub const NEWDIMEN: CsId = CsId(256);
/// `\newskip`
pub const NEWSKIP: CsId = CsId(257);
/// `\newtoks`
pub const NEWTOKS: CsId = CsId(258);
/// `\newmuskip`
pub const NEWMUSKIP: CsId = CsId(259);
/// `\newbox`
pub const NEWBOX: CsId = CsId(260);
/// `\newif`
pub const NEWIF: CsId = CsId(261);
/// `\newread`
pub const NEWREAD: CsId = CsId(262);
/// `\newwrite`
pub const NEWWRITE: CsId = CsId(263);
/// `\newlinechar`
pub const NEWLINECHAR: CsId = CsId(264);
/// `\escapechar`
pub const ESCAPECHAR: CsId = CsId(265);
/// `\lccode`
pub const LCCODE: CsId = CsId(266);
/// `\uccode`
pub const UCCODE: CsId = CsId(267);
/// `\sfcode`
pub const SFCODE: CsId = CsId(268);
/// `\mathcode`
pub const MATHCODE: CsId = CsId(269);
/// `\delcode`
pub const DELCODE: CsId = CsId(270);
/// `\lowercase`
pub const LOWERCASE: CsId = CsId(271);
/// `\uppercase`
pub const UPPERCASE: CsId = CsId(272);
/// `\message`
pub const MESSAGE: CsId = CsId(273);
/// `\errmessage`
pub const ERRMESSAGE: CsId = CsId(274);
/// `\write`
pub const WRITE: CsId = CsId(275);
/// `\immediate`
pub const IMMEDIATE: CsId = CsId(276);
/// `\openin`
pub const OPENIN: CsId = CsId(277);
/// `\openout`
pub const OPENOUT: CsId = CsId(278);
/// `\closein`
pub const CLOSEIN: CsId = CsId(279);
/// `\closeout`
pub const CLOSEOUT: CsId = CsId(280);
/// `\read`
pub const READ: CsId = CsId(281);
/// `\show`
pub const SHOW: CsId = CsId(282);
/// `\showthe`
pub const SHOWTHE: CsId = CsId(283);
/// `\showbox`
pub const SHOWBOX: CsId = CsId(284);
/// `\showlists`
pub const SHOWLISTS: CsId = CsId(285);
/// `\showtokens`
pub const SHOWTOKENS: CsId = CsId(286);
/// `\tracingmacros`
pub const TRACINGMACROS: CsId = CsId(287);
/// `\tracingonline`
pub const TRACINGONLINE: CsId = CsId(288);
/// `\tracingcommands`
pub const TRACINGCOMMANDS: CsId = CsId(289);
/// `\tracingrestores`
pub const TRACINGRESTORES: CsId = CsId(290);
/// `\tracingparagraphs`
pub const TRACINGPARAGRAPHS: CsId = CsId(291);
/// `\tracingpages`
pub const TRACINGPAGES: CsId = CsId(292);
/// `\tracingoutput`
pub const TRACINGOUTPUT: CsId = CsId(293);
/// `\tracinglostchars`
pub const TRACINGLOSTCHARS: CsId = CsId(294);
/// `\tracingstats`
pub const TRACINGSTATS: CsId = CsId(295);
/// `\tracingassigns`
pub const TRACINGASSIGNS: CsId = CsId(296);
/// `\tracinggroups`
pub const TRACINGGROUPS: CsId = CsId(297);
/// `\tracingifs`
pub const TRACINGIFS: CsId = CsId(298);
/// `\tracingscantokens`
pub const TRACINGSCANTOKENS: CsId = CsId(299);
/// `\tracingnesting`
pub const TRACINGNESTING: CsId = CsId(300);
/// `\aftergroup`
pub const AFTERGROUP: CsId = CsId(301);
/// `\afterassignment`
pub const AFTERASSIGNMENT: CsId = CsId(302);
/// `\ignorespaces`
pub const IGNORESPACES: CsId = CsId(303);
/// `\scantokens`
pub const SCANTOKENS: CsId = CsId(304);
/// `\everypar`
pub const EVERYPAR: CsId = CsId(305);
/// `\everymath`
pub const EVERYMATH: CsId = CsId(306);
/// `\everydisplay`
pub const EVERYDISPLAY: CsId = CsId(307);
/// `\everyhbox`
pub const EVERYHBOX: CsId = CsId(308);
/// `\everyvbox`
pub const EVERYVBOX: CsId = CsId(309);
/// `\everyjob`
pub const EVERYJOB: CsId = CsId(310);
/// `\everycr`
pub const EVERYCR: CsId = CsId(311);
/// `\everyeof`
pub const EVERYEOF: CsId = CsId(312);
/// `\jobname`
pub const JOBNAME: CsId = CsId(313);
/// `\font`
pub const FONT: CsId = CsId(314);
/// `\fontname`
pub const FONTNAME: CsId = CsId(315);
/// `\nullfont`
pub const NULLFONT: CsId = CsId(316);
/// `\mathsurround`
pub const MATHSURROUND: CsId = CsId(317);
/// `\displaystyle`
pub const DISPLAYSTYLE: CsId = CsId(318);
/// `\textstyle`
pub const TEXTSTYLE: CsId = CsId(319);
/// `\scriptstyle`
pub const SCRIPTSTYLE: CsId = CsId(320);
/// `\scriptscriptstyle`
pub const SCRIPTSCRIPTSTYLE: CsId = CsId(321);
/// `\mathchoice`
pub const MATHCHOICE: CsId = CsId(322);
/// `\mathchar`
pub const MATHCHAR: CsId = CsId(323);
/// `\mathaccent`
pub const MATHACCENT: CsId = CsId(324);
/// `\mathop`
pub const MATHOP: CsId = CsId(325);
/// `\mathbin`
pub const MATHBIN: CsId = CsId(326);
/// `\mathrel`
pub const MATHREL: CsId = CsId(327);
/// `\mathord`
pub const MATHORD: CsId = CsId(328);
/// `\mathopen`
pub const MATHOPEN: CsId = CsId(329);
/// `\mathclose`
pub const MATHCLOSE: CsId = CsId(330);
/// `\mathpunct`
pub const MATHPUNCT: CsId = CsId(331);
/// `\mathinner`
pub const MATHINNER: CsId = CsId(332);
/// `\overline`
pub const OVERLINE: CsId = CsId(333);
/// `\underline`
pub const UNDERLINE: CsId = CsId(334);
/// `\over`
pub const OVER: CsId = CsId(335);
/// `\atop`
pub const ATOP: CsId = CsId(336);
/// `\above`
pub const ABOVE: CsId = CsId(337);
/// `\overwithdelims`
pub const OVERWITHDELIMS: CsId = CsId(338);
/// `\atopwithdelims`
pub const ATOPWITHDELIMS: CsId = CsId(339);
/// `\abovewithdelims`
pub const ABOVEWITHDELIMS: CsId = CsId(340);
/// `\delimiter`
pub const DELIMITER: CsId = CsId(341);
/// `\radical`
pub const RADICAL: CsId = CsId(342);
/// `\middle`
pub const MIDDLE: CsId = CsId(343);
/// `\limits`
pub const LIMITS: CsId = CsId(344);
/// `\nolimits`
pub const NOLIMITS: CsId = CsId(345);
/// `\displaylimits`
pub const DISPLAYLIMITS: CsId = CsId(346);
/// `\halign`
pub const HALIGN: CsId = CsId(347);
/// `\valign`
pub const VALIGN: CsId = CsId(348);
/// `\noalign`
pub const NOALIGN: CsId = CsId(349);
/// `\omit`
pub const OMIT: CsId = CsId(350);
/// `\span`
pub const SPAN: CsId = CsId(351);
/// `\cr`
pub const CR: CsId = CsId(352);
/// `\crcr`
pub const CRCR: CsId = CsId(353);
/// `\tabskip`
pub const TABSKIP: CsId = CsId(354);
/// `\hangindent`
pub const HANGINDENT: CsId = CsId(355);
/// `\hangafter`
pub const HANGAFTER: CsId = CsId(356);
/// `\parindent`
pub const PARINDENT: CsId = CsId(357);
/// `\parskip`
pub const PARSKIP: CsId = CsId(358);
/// `\parfillskip`
pub const PARFILLSKIP: CsId = CsId(359);
/// `\baselineskip`
pub const BASELINESKIP: CsId = CsId(360);
/// `\lineskip`
pub const LINESKIP: CsId = CsId(361);
/// `\lineskiplimit`
pub const LINESKIPLIMIT: CsId = CsId(362);
/// `\leftskip`
pub const LEFTSKIP: CsId = CsId(363);
/// `\rightskip`
pub const RIGHTSKIP: CsId = CsId(364);
/// `\hsize`
pub const HSIZE: CsId = CsId(365);
/// `\vsize`
pub const VSIZE: CsId = CsId(366);
/// `\topskip`
pub const TOPSKIP: CsId = CsId(367);
/// `\splittopskip`
pub const SPLITTOPSKIP: CsId = CsId(368);
/// `\maxdepth`
pub const MAXDEPTH: CsId = CsId(369);
/// `\splitmaxdepth`
pub const SPLITMAXDEPTH: CsId = CsId(370);
/// `\pretolerance`
pub const PRETOLERANCE: CsId = CsId(371);
/// `\tolerance`
pub const TOLERANCE: CsId = CsId(372);
/// `\emergencystretch`
pub const EMERGENCYSTRETCH: CsId = CsId(373);
/// `\looseness`
pub const LOOSENESS: CsId = CsId(374);
/// `\hbadness`
pub const HBADNESS: CsId = CsId(375);
/// `\vbadness`
pub const VBADNESS: CsId = CsId(376);
/// `\hfuzz`
pub const HFUZZ: CsId = CsId(377);
/// `\vfuzz`
pub const VFUZZ: CsId = CsId(378);
/// `\unskip`
pub const UNSKIP: CsId = CsId(379);
/// `\unkern`
pub const UNKERN: CsId = CsId(380);
/// `\unpenalty`
pub const UNPENALTY: CsId = CsId(381);
/// `\lastskip`
pub const LASTSKIP: CsId = CsId(382);
/// `\lastkern`
pub const LASTKERN: CsId = CsId(383);
/// `\lastpenalty`
pub const LASTPENALTY: CsId = CsId(384);
/// `\vadjust`
pub const VADJUST: CsId = CsId(385);
/// `\insert`
pub const INSERT: CsId = CsId(386);
/// `\mark`
pub const MARK: CsId = CsId(387);
/// `\topmark`
pub const TOPMARK: CsId = CsId(388);
/// `\firstmark`
pub const FIRSTMARK: CsId = CsId(389);
/// `\botmark`
pub const BOTMARK: CsId = CsId(390);
/// `\splitfirstmark`
pub const SPLITFIRSTMARK: CsId = CsId(391);
/// `\splitbotmark`
pub const SPLITBOTMARK: CsId = CsId(392);
/// `\vsplit`
pub const VSPLIT: CsId = CsId(393);
/// `\output`
pub const OUTPUT: CsId = CsId(394);
/// `\outputpenalty`
pub const OUTPUTPENALTY: CsId = CsId(395);
/// `\pagegoal`
pub const PAGEGOAL: CsId = CsId(396);
/// `\pagetotal`
pub const PAGETOTAL: CsId = CsId(397);
/// `\pagedepth`
pub const PAGEDEPTH: CsId = CsId(398);
/// `\pagestretch`
pub const PAGESTRETCH: CsId = CsId(399);
/// `\pageshrink`
pub const PAGESHRINK: CsId = CsId(400);
/// `\shipout`
pub const SHIPOUT: CsId = CsId(401);
/// `\deadcycles`
pub const DEADCYCLES: CsId = CsId(402);
/// `\holdinginserts`
pub const HOLDINGINSERTS: CsId = CsId(403);
/// `\maxdeadcycles`
pub const MAXDEADCYCLES: CsId = CsId(404);
/// `\special`
pub const SPECIAL: CsId = CsId(405);
/// `\discretionary`
pub const DISCRETIONARY: CsId = CsId(406);
/// `\accent`
pub const ACCENT: CsId = CsId(407);
/// `\noboundary`
pub const NOBOUNDARY: CsId = CsId(408);
/// `\spacefactor`
pub const SPACEFACTOR: CsId = CsId(409);
/// `\spaceskip`
pub const SPACESKIP: CsId = CsId(410);
/// `\xspaceskip`
pub const XSPACESKIP: CsId = CsId(411);
/// `\fontdimen`
pub const FONTDIMEN: CsId = CsId(412);
/// `\hyphenchar`
pub const HYPHENCHAR: CsId = CsId(413);
/// `\defaulthyphenchar`
pub const DEFAULTHYPHENCHAR: CsId = CsId(414);
/// `\defaultskewchar`
pub const DEFAULTSKEWCHAR: CsId = CsId(415);
/// `\skewchar`
pub const SKEWCHAR: CsId = CsId(416);
/// `\hyphenation`
pub const HYPHENATION: CsId = CsId(417);
/// `\patterns`
pub const PATTERNS: CsId = CsId(418);
/// `\language`
pub const LANGUAGE: CsId = CsId(419);
/// `\setlanguage`
pub const SETLANGUAGE: CsId = CsId(420);
/// `\uchyph`
pub const UCHYPH: CsId = CsId(421);
/// `\lefthyphenmin`
pub const LEFTHYPHENMIN: CsId = CsId(422);
/// `\righthyphenmin`
pub const RIGHTHYPHENMIN: CsId = CsId(423);
/// `\errorcontextlines`
pub const ERRORCONTEXTLINES: CsId = CsId(424);
/// `\batchmode`
pub const BATCHMODE: CsId = CsId(425);
/// `\nonstopmode`
pub const NONSTOPMODE: CsId = CsId(426);
/// `\scrollmode`
pub const SCROLLMODE: CsId = CsId(427);
/// `\errorstopmode`
pub const ERRORSTOPMODE: CsId = CsId(428);
/// `\dump`
pub const DUMP: CsId = CsId(429);
/// `\time`
pub const TIME: CsId = CsId(430);
/// `\day`
pub const DAY: CsId = CsId(431);
/// `\month`
pub const MONTH: CsId = CsId(432);
/// `\year`
pub const YEAR: CsId = CsId(433);
/// `\inputlineno`
pub const INPUTLINENO: CsId = CsId(434);
/// `\clubpenalty`
pub const CLUBPENALTY: CsId = CsId(435);
/// `\widowpenalty`
pub const WIDOWPENALTY: CsId = CsId(436);
/// `\displaywidowpenalty`
pub const DISPLAYWIDOWPENALTY: CsId = CsId(437);
/// `\brokenpenalty`
pub const BROKENPENALTY: CsId = CsId(438);
/// `\hyphenpenalty`
pub const HYPHENPENALTY: CsId = CsId(439);
/// `\exhyphenpenalty`
pub const EXHYPHENPENALTY: CsId = CsId(440);
/// `\binoppenalty`
pub const BINOPPENALTY: CsId = CsId(441);
/// `\relpenalty`
pub const RELPENALTY: CsId = CsId(442);
/// `\predisplaypenalty`
pub const PREDISPLAYPENALTY: CsId = CsId(443);
/// `\postdisplaypenalty`
pub const POSTDISPLAYPENALTY: CsId = CsId(444);
/// `\floatingpenalty`
pub const FLOATINGPENALTY: CsId = CsId(445);
/// `\doublehyphendemerits`
pub const DOUBLEHYPHENDEMERITS: CsId = CsId(446);
/// `\finalhyphendemerits`
pub const FINALHYPHENDEMERITS: CsId = CsId(447);
/// `\adjdemerits`
pub const ADJDEMERITS: CsId = CsId(448);
/// `\linepenalty`
pub const LINEPENALTY: CsId = CsId(449);
/// `\interlinepenalty`
pub const INTERLINEPENALTY: CsId = CsId(450);
/// `\mag`
pub const MAG: CsId = CsId(451);
/// `\nonscript`
pub const NONSCRIPT: CsId = CsId(452);
/// `\delimitershortfall`
pub const DELIMITERSHORTFALL: CsId = CsId(453);
/// `\delimiterfactor`
pub const DELIMITERFACTOR: CsId = CsId(454);
/// `\nulldelimiterspace`
pub const NULLDELIMITERSPACE: CsId = CsId(455);
/// `\scriptspace`
pub const SCRIPTSPACE: CsId = CsId(456);
/// `\fam`
pub const FAM: CsId = CsId(457);
/// `\textfont`
pub const TEXTFONT: CsId = CsId(458);
/// `\scriptfont`
pub const SCRIPTFONT: CsId = CsId(459);
/// `\scriptscriptfont`
pub const SCRIPTSCRIPTFONT: CsId = CsId(460);
/// `\predisplaysize`
pub const PREDISPLAYSIZE: CsId = CsId(461);
/// `\displaywidth`
pub const DISPLAYWIDTH: CsId = CsId(462);
/// `\displayindent`
pub const DISPLAYINDENT: CsId = CsId(463);
/// `\abovedisplayskip`
pub const ABOVEDISPLAYSKIP: CsId = CsId(464);
/// `\belowdisplayskip`
pub const BELOWDISPLAYSKIP: CsId = CsId(465);
/// `\abovedisplayshortskip`
pub const ABOVEDISPLAYSHORTSKIP: CsId = CsId(466);
/// `\belowdisplayshortskip`
pub const BELOWDISPLAYSHORTSKIP: CsId = CsId(467);
/// `\eqno`
pub const EQNO: CsId = CsId(468);
/// `\leqno`
pub const LEQNO: CsId = CsId(469);
/// `\badness`
pub const BADNESS: CsId = CsId(470);
/// `\prevdepth`
pub const PREVDEPTH: CsId = CsId(471);
/// `\prevgraf`
pub const PREVGRAF: CsId = CsId(472);
/// `\moveleft`
pub const MOVELEFT: CsId = CsId(473);
/// `\moveright`
pub const MOVERIGHT: CsId = CsId(474);
/// `\raise`
pub const RAISE: CsId = CsId(475);
/// `\lower`
pub const LOWER: CsId = CsId(476);
/// `\unhskip`
pub const UNHSKIP: CsId = CsId(477);
/// `\wd`
pub const WD: CsId = CsId(478);
/// `\ht`
pub const HT: CsId = CsId(479);
/// `\dp`
pub const DP: CsId = CsId(480);
/// `\errhelp`
pub const ERRHELP: CsId = CsId(481);
/// `\openup`
pub const OPENUP: CsId = CsId(482);
/// `\magnification`
pub const MAGNIFICATION: CsId = CsId(483);
/// `\obeyspaces`
pub const OBEYSPACES: CsId = CsId(484);
/// `\obeylines`
pub const OBEYLINES: CsId = CsId(485);
/// `\frenchspacing`
pub const FRENCHSPACING: CsId = CsId(486);
/// `\nonfrenchspacing`
pub const NONFRENCHSPACING: CsId = CsId(487);
/// `\bye`
pub const BYE: CsId = CsId(488);
/// `\loop`
pub const LOOP: CsId = CsId(489);
/// `\repeat`
pub const REPEAT: CsId = CsId(490);
/// `\newhelp`
pub const NEWHELP: CsId = CsId(491);
/// `\space`
pub const SPACE: CsId = CsId(492);
/// `\empty`
pub const EMPTY: CsId = CsId(493);
/// `\null`
pub const NULL: CsId = CsId(494);
/// `\allowbreak`
pub const ALLOWBREAK: CsId = CsId(495);
/// `\nobreak`
pub const NOBREAK: CsId = CsId(496);
/// `\break`
pub const BREAK: CsId = CsId(497);
/// `\filbreak`
pub const FILBREAK: CsId = CsId(498);
/// `\goodbreak`
pub const GOODBREAK: CsId = CsId(499);
/// `\smallbreak`
pub const SMALLBREAK: CsId = CsId(500);
/// `\medbreak`
pub const MEDBREAK: CsId = CsId(501);
/// `\bigbreak`
pub const BIGBREAK: CsId = CsId(502);
/// `\strut`
pub const STRUT: CsId = CsId(503);
/// `\mathstrut`
pub const MATHSTRUT: CsId = CsId(504);
/// `\phantom`
pub const PHANTOM: CsId = CsId(505);
/// `\vphantom`
pub const VPHANTOM: CsId = CsId(506);
/// `\hphantom`
pub const HPHANTOM: CsId = CsId(507);
/// `\smash`
pub const SMASH: CsId = CsId(508);
/// `\llap`
pub const LLAP: CsId = CsId(509);
/// `\rlap`
pub const RLAP: CsId = CsId(510);
/// `\rightline`
pub const RIGHTLINE: CsId = CsId(511);
/// `\leftline`
pub const LEFTLINE: CsId = CsId(512);
/// `\centerline`
pub const CENTERLINE: CsId = CsId(513);
/// `\line`
pub const LINE: CsId = CsId(514);
/// `\hidewidth`
pub const HIDEWIDTH: CsId = CsId(515);
/// `\enskip`
pub const ENSKIP: CsId = CsId(516);
/// `\enspace`
pub const ENSPACE: CsId = CsId(517);
/// `\thinspace`
pub const THINSPACE: CsId = CsId(518);
/// `\negthinspace`
pub const NEGTHINSPACE: CsId = CsId(519);
/// `\quad`
pub const QUAD: CsId = CsId(520);
/// `\qquad`
pub const QQUAD: CsId = CsId(521);
/// `\dotfill`
pub const DOTFILL: CsId = CsId(522);
/// `\hrulefill`
pub const HRULEFILL: CsId = CsId(523);
/// `\multispan`
pub const MULTISPAN: CsId = CsId(524);
/// `\ialign`
pub const IALIGN: CsId = CsId(525);
/// `\sevenrm`
pub const SEVENRM: CsId = CsId(526);
/// `\fiverm`
pub const FIVERM: CsId = CsId(527);
/// `\tenrm`
pub const TENRM: CsId = CsId(528);
/// `\tenbf`
pub const TENBF: CsId = CsId(529);
/// `\tenit`
pub const TENIT: CsId = CsId(530);
/// `\tensl`
pub const TENSL: CsId = CsId(531);
/// `\tentt`
pub const TENTT: CsId = CsId(532);
/// `\numexpr`
pub const NUMEXPR: CsId = CsId(533);
/// `\dimexpr`
pub const DIMEXPR: CsId = CsId(534);
/// `\glueexpr`
pub const GLUEEXPR: CsId = CsId(535);
/// `\muexpr`
pub const MUEXPR: CsId = CsId(536);
/// `\ifdefined`
pub const IFDEFINED: CsId = CsId(537);
/// `\ifcsname`
pub const IFCSNAME: CsId = CsId(538);
/// `\iffontchar`
pub const IFFONTCHAR: CsId = CsId(539);
/// `\unless`
pub const UNLESS: CsId = CsId(540);
/// `\eTeXversion`
pub const ETEXVERSION: CsId = CsId(541);
/// `\eTeXrevision`
pub const ETEXREVISION: CsId = CsId(542);
/// `\currentgrouplevel`
pub const CURRENTGROUPLEVEL: CsId = CsId(543);
/// `\currentgrouptype`
pub const CURRENTGROUPTYPE: CsId = CsId(544);
/// `\currentiflevel`
pub const CURRENTIFLEVEL: CsId = CsId(545);
/// `\lastnodetype`
pub const LASTNODETYPE: CsId = CsId(546);
/// `\showgroups`
pub const SHOWGROUPS: CsId = CsId(547);
/// `\showifs`
pub const SHOWIFS: CsId = CsId(548);
/// `\interactionmode`
pub const INTERACTIONMODE: CsId = CsId(549);
/// `\readline`
pub const READLINE: CsId = CsId(550);
/// `\protrusionboundary`
pub const PROTRUSIONBOUNDARY: CsId = CsId(551);
/// `\interlinepenalties`
pub const INTERLINEPENALTIES: CsId = CsId(552);
/// `\clubpenalties`
pub const CLUBPENALTIES: CsId = CsId(553);
/// `\widowpenalties`
pub const WIDOWPENALTIES: CsId = CsId(554);
/// `\displaywidowpenalties`
pub const DISPLAYWIDOWPENALTIES: CsId = CsId(555);
/// `\lastlinefit`
pub const LASTLINEFIT: CsId = CsId(556);
/// `\predisplaydirection`
pub const PREDISPLAYDIRECTION: CsId = CsId(557);
/// `\TeXXeTstate`
pub const TEXXETSTATE: CsId = CsId(558);
/// `\beginL`
pub const BEGINL: CsId = CsId(559);
/// `\endL`
pub const ENDL: CsId = CsId(560);
/// `\beginR`
pub const BEGINR: CsId = CsId(561);
/// `\endR`
pub const ENDR: CsId = CsId(562);
/// `\savingvdiscards`
pub const SAVINGVDISCARDS: CsId = CsId(563);
/// `\pagediscards`
pub const PAGEDISCARDS: CsId = CsId(564);
/// `\splitdiscards`
pub const SPLITDISCARDS: CsId = CsId(565);
/// `\savinghyphcodes`
pub const SAVINGHYPHCODES: CsId = CsId(566);
/// `\marks`
pub const MARKS: CsId = CsId(567);
/// `\gluestretch`
pub const GLUESTRETCH: CsId = CsId(568);
/// `\glueshrink`
pub const GLUESHRINK: CsId = CsId(569);
/// `\expanded`
pub const EXPANDED: CsId = CsId(570);
/// `\ifincsname`
pub const IFINCSNAME: CsId = CsId(571);
/// `\pdfstrcmp`
pub const PDFSTRCMP: CsId = CsId(572);
/// `\pdfoutput`
pub const PDFOUTPUT: CsId = CsId(573);
/// `\pdftexversion`
pub const PDFTEXVERSION: CsId = CsId(574);
/// `\pdfprimitive`
pub const PDFPRIMITIVE: CsId = CsId(575);
/// `\ifpdfprimitive`
pub const IFPDFPRIMITIVE: CsId = CsId(576);
/// `\primitive`
pub const PRIMITIVE: CsId = CsId(577);
/// `\pdfpagewidth`
pub const PDFPAGEWIDTH: CsId = CsId(578);
/// `\pdfpageheight`
pub const PDFPAGEHEIGHT: CsId = CsId(579);
/// `\pdfcompresslevel`
pub const PDFCOMPRESSLEVEL: CsId = CsId(580);
/// `\pdfminorversion`
pub const PDFMINORVERSION: CsId = CsId(581);
/// `\pdfinfo`
pub const PDFINFO: CsId = CsId(582);
/// `\pdfcatalog`
pub const PDFCATALOG: CsId = CsId(583);
/// `\pdfliteral`
pub const PDFLITERAL: CsId = CsId(584);
/// `\pdfximage`
pub const PDFXIMAGE: CsId = CsId(585);
/// `\pdfrefximage`
pub const PDFREFXIMAGE: CsId = CsId(586);
/// `\pdfmdfivesum`
pub const PDFMDFIVESUM: CsId = CsId(587);
/// `\pdfuniformdeviate`
pub const PDFUNIFORMDEVIATE: CsId = CsId(588);
/// `\pdfelapsedtime`
pub const PDFELAPSEDTIME: CsId = CsId(589);
/// `\pdfshellescape`
pub const PDFSHELLESCAPE: CsId = CsId(590);
/// `\strcmp`
pub const STRCMP: CsId = CsId(591);
/// `\luatexversion`
pub const LUATEXVERSION: CsId = CsId(592);
/// `\directlua`
pub const DIRECTLUA: CsId = CsId(593);
/// `\luaescapestring`
pub const LUAESCAPESTRING: CsId = CsId(594);
/// `\latelua`
pub const LATELUA: CsId = CsId(595);
/// `\XeTeXversion`
pub const XETEXVERSION: CsId = CsId(596);
/// `\XeTeXrevision`
pub const XETEXREVISION: CsId = CsId(597);
/// `\Uchar`
pub const UCHAR: CsId = CsId(598);
/// `\Ucharcat`
pub const UCHARCAT: CsId = CsId(599);
/// `\Umathcode`
pub const UMATHCODE: CsId = CsId(600);
/// `\Umathchar`
pub const UMATHCHAR: CsId = CsId(601);
/// `\Umathchardef`
pub const UMATHCHARDEF: CsId = CsId(602);
/// `\Udelimiter`
pub const UDELIMITER: CsId = CsId(603);
/// `\Uradical`
pub const URADICAL: CsId = CsId(604);
/// `\ifluatex`
pub const IFLUATEX: CsId = CsId(605);
/// `\ifxetex`
pub const IFXETEX: CsId = CsId(606);
/// `\ifpdf`
pub const IFPDF: CsId = CsId(607);
/// `\iftutex`
pub const IFTUTEX: CsId = CsId(608);
/// `\RequirePackage`
pub const REQUIREPACKAGE: CsId = CsId(609);
/// `\ProvidesPackage`
pub const PROVIDESPACKAGE: CsId = CsId(610);
/// `\ProvidesFile`
pub const PROVIDESFILE: CsId = CsId(611);
/// `\ProvidesClass`
pub const PROVIDESCLASS: CsId = CsId(612);
/// `\NeedsTeXFormat`
pub const NEEDSTEXFORMAT: CsId = CsId(613);
/// `\LoadClass`
pub const LOADCLASS: CsId = CsId(614);
/// `\LoadClassWithOptions`
pub const LOADCLASSWITHOPTIONS: CsId = CsId(615);
/// `\RequirePackageWithOptions`
pub const REQUIREPACKAGEWITHOPTIONS: CsId = CsId(616);
/// `\PassOptionsToPackage`
pub const PASSOPTIONSTOPACKAGE: CsId = CsId(617);
/// `\PassOptionsToClass`
pub const PASSOPTIONSTOCLASS: CsId = CsId(618);
/// `\DeclareOption`
pub const DECLAREOPTION: CsId = CsId(619);
/// `\ProcessOptions`
pub const PROCESSOPTIONS: CsId = CsId(620);
/// `\ExecuteOptions`
pub const EXECUTEOPTIONS: CsId = CsId(621);
/// `\CurrentOption`
pub const CURRENTOPTION: CsId = CsId(622);
/// `\OptionNotUsed`
pub const OPTIONNOTUSED: CsId = CsId(623);
/// `\AtBeginDocument`
pub const ATBEGINDOCUMENT: CsId = CsId(624);
/// `\AtEndDocument`
pub const ATENDDOCUMENT: CsId = CsId(625);
/// `\AtEndOfPackage`
pub const ATENDOFPACKAGE: CsId = CsId(626);
/// `\AtEndOfClass`
pub const ATENDOFCLASS: CsId = CsId(627);
/// `\AtBeginDvi`
pub const ATBEGINDVI: CsId = CsId(628);
/// `\AddToHook`
pub const ADDTOHOOK: CsId = CsId(629);
/// `\UseHook`
pub const USEHOOK: CsId = CsId(630);
/// `\newtheorem`
pub const NEWTHEOREM: CsId = CsId(631);
/// `\newcounter`
pub const NEWCOUNTER: CsId = CsId(632);
/// `\setcounter`
pub const SETCOUNTER: CsId = CsId(633);
/// `\addtocounter`
pub const ADDTOCOUNTER: CsId = CsId(634);
/// `\stepcounter`
pub const STEPCOUNTER: CsId = CsId(635);
/// `\refstepcounter`
pub const REFSTEPCOUNTER: CsId = CsId(636);
/// `\value`
pub const VALUE: CsId = CsId(637);
/// `\arabic`
pub const ARABIC: CsId = CsId(638);
/// `\roman`
pub const ROMAN: CsId = CsId(639);
/// `\Roman`
pub const ROMAN_CAP: CsId = CsId(640);
/// `\alph`
pub const ALPH: CsId = CsId(641);
/// `\Alph`
pub const ALPH_CAP: CsId = CsId(642);
/// `\fnsymbol`
pub const FNSYMBOL: CsId = CsId(643);
/// `\thepage`
pub const THEPAGE: CsId = CsId(644);
/// `\thesection`
pub const THESECTION: CsId = CsId(645);
/// `\thesubsection`
pub const THESUBSECTION: CsId = CsId(646);
/// `\thechapter`
pub const THECHAPTER: CsId = CsId(647);
/// `\theequation`
pub const THEEQUATION: CsId = CsId(648);
/// `\thefigure`
pub const THEFIGURE: CsId = CsId(649);
/// `\thetable`
pub const THETABLE: CsId = CsId(650);
/// `\theenumi`
pub const THEENUMI: CsId = CsId(651);
/// `\thefootnote`
pub const THEFOOTNOTE: CsId = CsId(652);
/// `\newlength`
pub const NEWLENGTH: CsId = CsId(653);
/// `\setlength`
pub const SETLENGTH: CsId = CsId(654);
/// `\addtolength`
pub const ADDTOLENGTH: CsId = CsId(655);
/// `\settowidth`
pub const SETTOWIDTH: CsId = CsId(656);
/// `\settoheight`
pub const SETTOHEIGHT: CsId = CsId(657);
/// `\settodepth`
pub const SETTODEPTH: CsId = CsId(658);
/// `\paragraph`
pub const PARAGRAPH: CsId = CsId(659);
/// `\subparagraph`
pub const SUBPARAGRAPH: CsId = CsId(660);
/// `\chapter`
pub const CHAPTER: CsId = CsId(661);
/// `\part`
pub const PART: CsId = CsId(662);
/// `\pageref`
pub const PAGEREF: CsId = CsId(663);
/// `\nocite`
pub const NOCITE: CsId = CsId(664);
/// `\bibliography`
pub const BIBLIOGRAPHY: CsId = CsId(665);
/// `\bibliographystyle`
pub const BIBLIOGRAPHYSTYLE: CsId = CsId(666);
/// `\bibitem`
pub const BIBITEM: CsId = CsId(667);
/// `\thebibliography`
pub const THEBIBLIOGRAPHY: CsId = CsId(668);
/// `\texttt`
pub const TEXTTT: CsId = CsId(669);
/// `\textrm`
pub const TEXTRM: CsId = CsId(670);
/// `\textsf`
pub const TEXTSF: CsId = CsId(671);
/// `\textsc`
pub const TEXTSC: CsId = CsId(672);
/// `\textsl`
pub const TEXTSL: CsId = CsId(673);
/// `\textup`
pub const TEXTUP: CsId = CsId(674);
/// `\textmd`
pub const TEXTMD: CsId = CsId(675);
/// `\textnormal`
pub const TEXTNORMAL: CsId = CsId(676);
/// `\itemize`
pub const ITEMIZE: CsId = CsId(677);
/// `\enumerate`
pub const ENUMERATE: CsId = CsId(678);
/// `\description`
pub const DESCRIPTION: CsId = CsId(679);
/// `\title`
pub const TITLE: CsId = CsId(680);
/// `\author`
pub const AUTHOR: CsId = CsId(681);
/// `\date`
pub const DATE: CsId = CsId(682);
/// `\maketitle`
pub const MAKETITLE: CsId = CsId(683);
/// `\thanks`
pub const THANKS: CsId = CsId(684);
/// `\and`
pub const AND: CsId = CsId(685);
/// `\tableofcontents`
pub const TABLEOFCONTENTS: CsId = CsId(686);
/// `\listoffigures`
pub const LISTOFFIGURES: CsId = CsId(687);
/// `\listoftables`
pub const LISTOFTABLES: CsId = CsId(688);
/// `\appendix`
pub const APPENDIX: CsId = CsId(689);
/// `\footnote`
pub const FOOTNOTE: CsId = CsId(690);
/// `\footnotemark`
pub const FOOTNOTEMARK: CsId = CsId(691);
/// `\footnotetext`
pub const FOOTNOTETEXT: CsId = CsId(692);
/// `\marginpar`
pub const MARGINPAR: CsId = CsId(693);
/// `\caption`
pub const CAPTION: CsId = CsId(694);
/// `\centering`
pub const CENTERING: CsId = CsId(695);
/// `\raggedright`
pub const RAGGEDRIGHT: CsId = CsId(696);
/// `\raggedleft`
pub const RAGGEDLEFT: CsId = CsId(697);
/// `\newpage`
pub const NEWPAGE: CsId = CsId(698);
/// `\clearpage`
pub const CLEARPAGE: CsId = CsId(699);
/// `\cleardoublepage`
pub const CLEARDOUBLEPAGE: CsId = CsId(700);
/// `\pagebreak`
pub const PAGEBREAK: CsId = CsId(701);
/// `\nopagebreak`
pub const NOPAGEBREAK: CsId = CsId(702);
/// `\linebreak`
pub const LINEBREAK: CsId = CsId(703);
/// `\nolinebreak`
pub const NOLINEBREAK: CsId = CsId(704);
/// `\newline`
pub const NEWLINE: CsId = CsId(705);
/// `\vspace`
pub const VSPACE: CsId = CsId(706);
/// `\hspace`
pub const HSPACE: CsId = CsId(707);
/// `\smallskip`
pub const SMALLSKIP: CsId = CsId(708);
/// `\medskip`
pub const MEDSKIP: CsId = CsId(709);
/// `\bigskip`
pub const BIGSKIP: CsId = CsId(710);
/// `\tiny`
pub const TINY: CsId = CsId(711);
/// `\scriptsize`
pub const SCRIPTSIZE: CsId = CsId(712);
/// `\footnotesize`
pub const FOOTNOTESIZE: CsId = CsId(713);
/// `\small`
pub const SMALL: CsId = CsId(714);
/// `\normalsize`
pub const NORMALSIZE: CsId = CsId(715);
/// `\large`
pub const LARGE: CsId = CsId(716);
/// `\Large`
pub const LARGE_CAP: CsId = CsId(717);
/// `\LARGE`
pub const LARGE_UPPER: CsId = CsId(718);
/// `\huge`
pub const HUGE: CsId = CsId(719);
/// `\Huge`
pub const HUGE_CAP: CsId = CsId(720);
/// `\rmfamily`
pub const RMFAMILY: CsId = CsId(721);
/// `\sffamily`
pub const SFFAMILY: CsId = CsId(722);
/// `\ttfamily`
pub const TTFAMILY: CsId = CsId(723);
/// `\bfseries`
pub const BFSERIES: CsId = CsId(724);
/// `\mdseries`
pub const MDSERIES: CsId = CsId(725);
/// `\itshape`
pub const ITSHAPE: CsId = CsId(726);
/// `\slshape`
pub const SLSHAPE: CsId = CsId(727);
/// `\scshape`
pub const SCSHAPE: CsId = CsId(728);
/// `\upshape`
pub const UPSHAPE: CsId = CsId(729);
/// `\normalfont`
pub const NORMALFONT: CsId = CsId(730);
/// `\em`
pub const EM: CsId = CsId(731);
/// `\bf`
pub const BF: CsId = CsId(732);
/// `\it`
pub const IT: CsId = CsId(733);
/// `\rm`
pub const RM: CsId = CsId(734);
/// `\sf`
pub const SF: CsId = CsId(735);
/// `\tt`
pub const TT: CsId = CsId(736);
/// `\sl`
pub const SL: CsId = CsId(737);
/// `\sc`
pub const SC: CsId = CsId(738);
/// `\mbox`
pub const MBOX: CsId = CsId(739);
/// `\makebox`
pub const MAKEBOX: CsId = CsId(740);
/// `\fbox`
pub const FBOX: CsId = CsId(741);
/// `\framebox`
pub const FRAMEBOX: CsId = CsId(742);
/// `\parbox`
pub const PARBOX: CsId = CsId(743);
/// `\raisebox`
pub const RAISEBOX: CsId = CsId(744);
/// `\rule`
pub const RULE: CsId = CsId(745);
/// `\protect`
pub const PROTECT: CsId = CsId(746);
/// `\ensuremath`
pub const ENSUREMATH: CsId = CsId(747);
/// `\text`
pub const TEXT: CsId = CsId(748);
/// `\mathrm`
pub const MATHRM: CsId = CsId(749);
/// `\mathbf`
pub const MATHBF: CsId = CsId(750);
/// `\mathit`
pub const MATHIT: CsId = CsId(751);
/// `\mathsf`
pub const MATHSF: CsId = CsId(752);
/// `\mathtt`
pub const MATHTT: CsId = CsId(753);
/// `\mathcal`
pub const MATHCAL: CsId = CsId(754);
/// `\mathnormal`
pub const MATHNORMAL: CsId = CsId(755);
/// `\mathversion`
pub const MATHVERSION: CsId = CsId(756);
/// `\pagestyle`
pub const PAGESTYLE: CsId = CsId(757);
/// `\thispagestyle`
pub const THISPAGESTYLE: CsId = CsId(758);
/// `\pagenumbering`
pub const PAGENUMBERING: CsId = CsId(759);
/// `\markboth`
pub const MARKBOTH: CsId = CsId(760);
/// `\markright`
pub const MARKRIGHT: CsId = CsId(761);
/// `\today`
pub const TODAY: CsId = CsId(762);
/// `\LaTeX`
pub const LATEX: CsId = CsId(763);
/// `\LaTeXe`
pub const LATEXE: CsId = CsId(764);
/// `\TeX`
pub const TEX: CsId = CsId(765);
/// `\ldots`
pub const LDOTS: CsId = CsId(766);
/// `\cdots`
pub const CDOTS: CsId = CsId(767);
/// `\vdots`
pub const VDOTS: CsId = CsId(768);
/// `\ddots`
pub const DDOTS: CsId = CsId(769);
/// `\dots`
pub const DOTS: CsId = CsId(770);
/// `\textbackslash`
pub const TEXTBACKSLASH: CsId = CsId(771);
/// `\textasciitilde`
pub const TEXTASCIITILDE: CsId = CsId(772);
/// `\textasciicircum`
pub const TEXTASCIICIRCUM: CsId = CsId(773);
/// `\textbar`
pub const TEXTBAR: CsId = CsId(774);
/// `\textless`
pub const TEXTLESS: CsId = CsId(775);
/// `\textgreater`
pub const TEXTGREATER: CsId = CsId(776);
/// `\textquotedblleft`
pub const TEXTQUOTEDBLLEFT: CsId = CsId(777);
/// `\textquotedblright`
pub const TEXTQUOTEDBLRIGHT: CsId = CsId(778);
/// `\textquoteleft`
pub const TEXTQUOTELEFT: CsId = CsId(779);
/// `\textquoteright`
pub const TEXTQUOTERIGHT: CsId = CsId(780);
/// `\textendash`
pub const TEXTENDASH: CsId = CsId(781);
/// `\textemdash`
pub const TEXTEMDASH: CsId = CsId(782);
/// `\textbullet`
pub const TEXTBULLET: CsId = CsId(783);
/// `\textperiodcentered`
pub const TEXTPERIODCENTERED: CsId = CsId(784);
/// `\textregistered`
pub const TEXTREGISTERED: CsId = CsId(785);
/// `\texttrademark`
pub const TEXTTRADEMARK: CsId = CsId(786);
/// `\textdegree`
pub const TEXTDEGREE: CsId = CsId(787);
/// `\copyright`
pub const COPYRIGHT: CsId = CsId(788);
/// `\dag`
pub const DAG: CsId = CsId(789);
/// `\ddag`
pub const DDAG: CsId = CsId(790);
/// `\pounds`
pub const POUNDS: CsId = CsId(791);
/// `\includeonly`
pub const INCLUDEONLY: CsId = CsId(792);
/// `\listfiles`
pub const LISTFILES: CsId = CsId(793);
/// `\typeout`
pub const TYPEOUT: CsId = CsId(794);
/// `\PackageWarning`
pub const PACKAGEWARNING: CsId = CsId(795);
/// `\PackageWarningNoLine`
pub const PACKAGEWARNINGNOLINE: CsId = CsId(796);
/// `\PackageError`
pub const PACKAGEERROR: CsId = CsId(797);
/// `\PackageInfo`
pub const PACKAGEINFO: CsId = CsId(798);
/// `\ClassWarning`
pub const CLASSWARNING: CsId = CsId(799);
/// `\ClassWarningNoLine`
pub const CLASSWARNINGNOLINE: CsId = CsId(800);
/// `\ClassError`
pub const CLASSERROR: CsId = CsId(801);
/// `\ClassInfo`
pub const CLASSINFO: CsId = CsId(802);
/// `\GenericError`
pub const GENERICERROR: CsId = CsId(803);
/// `\GenericWarning`
pub const GENERICWARNING: CsId = CsId(804);
/// `\GenericInfo`
pub const GENERICINFO: CsId = CsId(805);
/// `\DeclareRobustCommand`
pub const DECLAREROBUSTCOMMAND: CsId = CsId(806);
/// `\DeclareTextCommand`
pub const DECLARETEXTCOMMAND: CsId = CsId(807);
/// `\DeclareTextSymbol`
pub const DECLARETEXTSYMBOL: CsId = CsId(808);
/// `\DeclareTextAccent`
pub const DECLARETEXTACCENT: CsId = CsId(809);
/// `\DeclareFontFamily`
pub const DECLAREFONTFAMILY: CsId = CsId(810);
/// `\DeclareFontShape`
pub const DECLAREFONTSHAPE: CsId = CsId(811);
/// `\DeclareFontEncoding`
pub const DECLAREFONTENCODING: CsId = CsId(812);
/// `\DeclareMathAlphabet`
pub const DECLAREMATHALPHABET: CsId = CsId(813);
/// `\DeclareSymbolFont`
pub const DECLARESYMBOLFONT: CsId = CsId(814);
/// `\SetSymbolFont`
pub const SETSYMBOLFONT: CsId = CsId(815);
/// `\DeclareMathSymbol`
pub const DECLAREMATHSYMBOL: CsId = CsId(816);
/// `\DeclareMathDelimiter`
pub const DECLAREMATHDELIMITER: CsId = CsId(817);
/// `\DeclareMathAccent`
pub const DECLAREMATHACCENT: CsId = CsId(818);
/// `\DeclareMathRadical`
pub const DECLAREMATHRADICAL: CsId = CsId(819);
/// `\DeclareSymbolFontAlphabet`
pub const DECLARESYMBOLFONTALPHABET: CsId = CsId(820);
/// `\DeclareMathVersion`
pub const DECLAREMATHVERSION: CsId = CsId(821);
/// `\DeclareOldFontCommand`
pub const DECLAREOLDFONTCOMMAND: CsId = CsId(822);
/// `\newfont`
pub const NEWFONT: CsId = CsId(823);
/// `\selectfont`
pub const SELECTFONT: CsId = CsId(824);
/// `\fontsize`
pub const FONTSIZE: CsId = CsId(825);
/// `\fontfamily`
pub const FONTFAMILY: CsId = CsId(826);
/// `\fontseries`
pub const FONTSERIES: CsId = CsId(827);
/// `\fontshape`
pub const FONTSHAPE: CsId = CsId(828);
/// `\fontencoding`
pub const FONTENCODING: CsId = CsId(829);
/// `\usefont`
pub const USEFONT: CsId = CsId(830);
/// `\linespread`
pub const LINESPREAD: CsId = CsId(831);
/// `\baselinestretch`
pub const BASELINESTRETCH: CsId = CsId(832);
/// `\stretch`
pub const STRETCH: CsId = CsId(833);
/// `\fill`
pub const FILL: CsId = CsId(834);
/// `\IfFileExists`
pub const IFFILEEXISTS: CsId = CsId(835);
/// `\InputIfFileExists`
pub const INPUTIFFILEEXISTS: CsId = CsId(836);
/// `\newsavebox`
pub const NEWSAVEBOX: CsId = CsId(837);
/// `\savebox`
pub const SAVEBOX: CsId = CsId(838);
/// `\sbox`
pub const SBOX: CsId = CsId(839);
/// `\usebox`
pub const USEBOX: CsId = CsId(840);
/// `\tabularnewline`
pub const TABULARNEWLINE: CsId = CsId(841);
/// `\arraystretch`
pub const ARRAYSTRETCH: CsId = CsId(842);
/// `\tabcolsep`
pub const TABCOLSEP: CsId = CsId(843);
/// `\arraycolsep`
pub const ARRAYCOLSEP: CsId = CsId(844);
/// `\extracolsep`
pub const EXTRACOLSEP: CsId = CsId(845);
/// `\linewidth`
pub const LINEWIDTH: CsId = CsId(846);
/// `\columnwidth`
pub const COLUMNWIDTH: CsId = CsId(847);
/// `\textwidth`
pub const TEXTWIDTH: CsId = CsId(848);
/// `\textheight`
pub const TEXTHEIGHT: CsId = CsId(849);
/// `\paperwidth`
pub const PAPERWIDTH: CsId = CsId(850);
/// `\paperheight`
pub const PAPERHEIGHT: CsId = CsId(851);
/// `\oddsidemargin`
pub const ODDSIDEMARGIN: CsId = CsId(852);
/// `\evensidemargin`
pub const EVENSIDEMARGIN: CsId = CsId(853);
/// `\topmargin`
pub const TOPMARGIN: CsId = CsId(854);
/// `\headheight`
pub const HEADHEIGHT: CsId = CsId(855);
/// `\headsep`
pub const HEADSEP: CsId = CsId(856);
/// `\footskip`
pub const FOOTSKIP: CsId = CsId(857);
/// `\marginparwidth`
pub const MARGINPARWIDTH: CsId = CsId(858);
/// `\marginparsep`
pub const MARGINPARSEP: CsId = CsId(859);
/// `\columnsep`
pub const COLUMNSEP: CsId = CsId(860);
/// `\unitlength`
pub const UNITLENGTH: CsId = CsId(861);
/// `\labelsep`
pub const LABELSEP: CsId = CsId(862);
/// `\labelwidth`
pub const LABELWIDTH: CsId = CsId(863);
/// `\itemsep`
pub const ITEMSEP: CsId = CsId(864);
/// `\parsep`
pub const PARSEP: CsId = CsId(865);
/// `\topsep`
pub const TOPSEP: CsId = CsId(866);
/// `\partopsep`
pub const PARTOPSEP: CsId = CsId(867);
/// `\leftmargin`
pub const LEFTMARGIN: CsId = CsId(868);
/// `\rightmargin`
pub const RIGHTMARGIN: CsId = CsId(869);
/// `\listparindent`
pub const LISTPARINDENT: CsId = CsId(870);
/// `\itemindent`
pub const ITEMINDENT: CsId = CsId(871);
/// `\makelabel`
pub const MAKELABEL: CsId = CsId(872);
/// `\usecounter`
pub const USECOUNTER: CsId = CsId(873);
/// `\list`
pub const LIST: CsId = CsId(874);
/// `\trivlist`
pub const TRIVLIST: CsId = CsId(875);
/// `\endlist`
pub const ENDLIST: CsId = CsId(876);
/// `\tabular`
pub const TABULAR: CsId = CsId(877);
/// `\array`
pub const ARRAY: CsId = CsId(878);
/// `\tabbing`
pub const TABBING: CsId = CsId(879);
/// `\kill`
pub const KILL: CsId = CsId(880);
/// `\hline`
pub const HLINE: CsId = CsId(881);
/// `\cline`
pub const CLINE: CsId = CsId(882);
/// `\vline`
pub const VLINE: CsId = CsId(883);
/// `\multicolumn`
pub const MULTICOLUMN: CsId = CsId(884);
/// `\figure`
pub const FIGURE: CsId = CsId(885);
/// `\table`
pub const TABLE: CsId = CsId(886);
/// `\document`
pub const DOCUMENT: CsId = CsId(887);
/// `\center`
pub const CENTER: CsId = CsId(888);
/// `\flushleft`
pub const FLUSHLEFT: CsId = CsId(889);
/// `\flushright`
pub const FLUSHRIGHT: CsId = CsId(890);
/// `\quote`
pub const QUOTE: CsId = CsId(891);
/// `\quotation`
pub const QUOTATION: CsId = CsId(892);
/// `\verse`
pub const VERSE: CsId = CsId(893);
/// `\minipage`
pub const MINIPAGE: CsId = CsId(894);
/// `\equation`
pub const EQUATION: CsId = CsId(895);
/// `\eqnarray`
pub const EQNARRAY: CsId = CsId(896);
/// `\displaymath`
pub const DISPLAYMATH: CsId = CsId(897);
/// `\math`
pub const MATH: CsId = CsId(898);
/// `\picture`
pub const PICTURE: CsId = CsId(899);
/// `\put`
pub const PUT: CsId = CsId(900);
/// `\multiput`
pub const MULTIPUT: CsId = CsId(901);
/// `\nonumber`
pub const NONUMBER: CsId = CsId(902);
/// `\suppressfloats`
pub const SUPPRESSFLOATS: CsId = CsId(903);
/// `\samepage`
pub const SAMEPAGE: CsId = CsId(904);
/// `\enlargethispage`
pub const ENLARGETHISPAGE: CsId = CsId(905);
/// `\twocolumn`
pub const TWOCOLUMN: CsId = CsId(906);
/// `\onecolumn`
pub const ONECOLUMN: CsId = CsId(907);
/// `\addvspace`
pub const ADDVSPACE: CsId = CsId(908);
/// `\addpenalty`
pub const ADDPENALTY: CsId = CsId(909);
/// `\mathindent`
pub const MATHINDENT: CsId = CsId(910);
/// `\abovecaptionskip`
pub const ABOVECAPTIONSKIP: CsId = CsId(911);
/// `\belowcaptionskip`
pub const BELOWCAPTIONSKIP: CsId = CsId(912);
/// `\contentsname`
pub const CONTENTSNAME: CsId = CsId(913);
/// `\listfigurename`
pub const LISTFIGURENAME: CsId = CsId(914);
/// `\listtablename`
pub const LISTTABLENAME: CsId = CsId(915);
/// `\refname`
pub const REFNAME: CsId = CsId(916);
/// `\bibname`
pub const BIBNAME: CsId = CsId(917);
/// `\indexname`
pub const INDEXNAME: CsId = CsId(918);
/// `\figurename`
pub const FIGURENAME: CsId = CsId(919);
/// `\tablename`
pub const TABLENAME: CsId = CsId(920);
/// `\partname`
pub const PARTNAME: CsId = CsId(921);
/// `\chaptername`
pub const CHAPTERNAME: CsId = CsId(922);
/// `\appendixname`
pub const APPENDIXNAME: CsId = CsId(923);
/// `\abstractname`
pub const ABSTRACTNAME: CsId = CsId(924);
/// `\makeindex`
pub const MAKEINDEX: CsId = CsId(925);
/// `\index`
pub const INDEX: CsId = CsId(926);
/// `\glossary`
pub const GLOSSARY: CsId = CsId(927);
/// `\makeglossary`
pub const MAKEGLOSSARY: CsId = CsId(928);
/// `\sloppy`
pub const SLOPPY: CsId = CsId(929);
/// `\fussy`
pub const FUSSY: CsId = CsId(930);
/// `\nocorr`
pub const NOCORR: CsId = CsId(931);
/// `\normalmarginpar`
pub const NORMALMARGINPAR: CsId = CsId(932);
/// `\reversemarginpar`
pub const REVERSEMARGINPAR: CsId = CsId(933);
/// `\DeclareUnicodeCharacter`
pub const DECLAREUNICODECHARACTER: CsId = CsId(934);
/// `\UseRawInputEncoding`
pub const USERAWINPUTENCODING: CsId = CsId(935);
/// `\NewCommandCopy`
pub const NEWCOMMANDCOPY: CsId = CsId(936);
/// `\DeclareCommandCopy`
pub const DECLARECOMMANDCOPY: CsId = CsId(937);
/// `\ShowCommand`
pub const SHOWCOMMAND: CsId = CsId(938);
/// `\IfFormatAtLeastTF`
pub const IFFORMATATLEASTTF: CsId = CsId(939);
/// `\DocumentMetadata`
pub const DOCUMENTMETADATA: CsId = CsId(940);
/// `\MakeUppercase`
pub const MAKEUPPERCASE: CsId = CsId(941);
/// `\MakeLowercase`
pub const MAKELOWERCASE: CsId = CsId(942);
/// `\MakeTitlecase`
pub const MAKETITLECASE: CsId = CsId(943);
/// `\MakeRobust`
pub const MAKEROBUST: CsId = CsId(944);
/// `\textsuperscript`
pub const TEXTSUPERSCRIPT: CsId = CsId(945);
/// `\textsubscript`
pub const TEXTSUBSCRIPT: CsId = CsId(946);
/// `\check@nocorr`
pub const CHECK_AT_NOCORR: CsId = CsId(947);
/// `\sqrt`
pub const SQRT: CsId = CsId(948);
/// `\dfrac`
pub const DFRAC: CsId = CsId(949);
/// `\tfrac`
pub const TFRAC: CsId = CsId(950);
/// `\alpha`
pub const ALPHA: CsId = CsId(951);
/// `\beta`
pub const BETA: CsId = CsId(952);
/// `\gamma`
pub const GAMMA: CsId = CsId(953);
/// `\delta`
pub const DELTA: CsId = CsId(954);
/// `\epsilon`
pub const EPSILON: CsId = CsId(955);
/// `\varepsilon`
pub const VAREPSILON: CsId = CsId(956);
/// `\zeta`
pub const ZETA: CsId = CsId(957);
/// `\eta`
pub const ETA: CsId = CsId(958);
/// `\theta`
pub const THETA: CsId = CsId(959);
/// `\vartheta`
pub const VARTHETA: CsId = CsId(960);
/// `\iota`
pub const IOTA: CsId = CsId(961);
/// `\kappa`
pub const KAPPA: CsId = CsId(962);
/// `\lambda`
pub const LAMBDA: CsId = CsId(963);
/// `\mu`
pub const MU: CsId = CsId(964);
/// `\nu`
pub const NU: CsId = CsId(965);
/// `\xi`
pub const XI: CsId = CsId(966);
/// `\pi`
pub const PI: CsId = CsId(967);
/// `\varpi`
pub const VARPI: CsId = CsId(968);
/// `\rho`
pub const RHO: CsId = CsId(969);
/// `\varrho`
pub const VARRHO: CsId = CsId(970);
/// `\sigma`
pub const SIGMA: CsId = CsId(971);
/// `\varsigma`
pub const VARSIGMA: CsId = CsId(972);
/// `\tau`
pub const TAU: CsId = CsId(973);
/// `\upsilon`
pub const UPSILON: CsId = CsId(974);
/// `\phi`
pub const PHI: CsId = CsId(975);
/// `\varphi`
pub const VARPHI: CsId = CsId(976);
/// `\chi`
pub const CHI: CsId = CsId(977);
/// `\psi`
pub const PSI: CsId = CsId(978);
/// `\omega`
pub const OMEGA: CsId = CsId(979);
/// `\Gamma`
pub const GAMMA_CAP: CsId = CsId(980);
/// `\Delta`
pub const DELTA_CAP: CsId = CsId(981);
/// `\Theta`
pub const THETA_CAP: CsId = CsId(982);
/// `\Lambda`
pub const LAMBDA_CAP: CsId = CsId(983);
/// `\Xi`
pub const XI_CAP: CsId = CsId(984);
/// `\Pi`
pub const PI_CAP: CsId = CsId(985);
/// `\Sigma`
pub const SIGMA_CAP: CsId = CsId(986);
/// `\Upsilon`
pub const UPSILON_CAP: CsId = CsId(987);
/// `\Phi`
pub const PHI_CAP: CsId = CsId(988);
/// `\Psi`
pub const PSI_CAP: CsId = CsId(989);
/// `\Omega`
pub const OMEGA_CAP: CsId = CsId(990);
/// `\sum`
pub const SUM: CsId = CsId(991);
/// `\prod`
pub const PROD: CsId = CsId(992);
/// `\coprod`
pub const COPROD: CsId = CsId(993);
/// `\int`
pub const INT: CsId = CsId(994);
/// `\iint`
pub const IINT: CsId = CsId(995);
/// `\iiint`
pub const IIINT: CsId = CsId(996);
/// `\oint`
pub const OINT: CsId = CsId(997);
/// `\bigcup`
pub const BIGCUP: CsId = CsId(998);
/// `\bigcap`
pub const BIGCAP: CsId = CsId(999);
/// `\bigoplus`
pub const BIGOPLUS: CsId = CsId(1000);
/// `\bigotimes`
pub const BIGOTIMES: CsId = CsId(1001);
/// `\bigodot`
pub const BIGODOT: CsId = CsId(1002);
/// `\biguplus`
pub const BIGUPLUS: CsId = CsId(1003);
/// `\bigsqcup`
pub const BIGSQCUP: CsId = CsId(1004);
/// `\bigvee`
pub const BIGVEE: CsId = CsId(1005);
/// `\bigwedge`
pub const BIGWEDGE: CsId = CsId(1006);
/// `\lim`
pub const LIM: CsId = CsId(1007);
/// `\limsup`
pub const LIMSUP: CsId = CsId(1008);
/// `\liminf`
pub const LIMINF: CsId = CsId(1009);
/// `\sup`
pub const SUP: CsId = CsId(1010);
/// `\inf`
pub const INF: CsId = CsId(1011);
/// `\max`
pub const MAX: CsId = CsId(1012);
/// `\min`
pub const MIN: CsId = CsId(1013);
/// `\det`
pub const DET: CsId = CsId(1014);
/// `\exp`
pub const EXP: CsId = CsId(1015);
/// `\log`
pub const LOG: CsId = CsId(1016);
/// `\ln`
pub const LN: CsId = CsId(1017);
/// `\lg`
pub const LG: CsId = CsId(1018);
/// `\sin`
pub const SIN: CsId = CsId(1019);
/// `\cos`
pub const COS: CsId = CsId(1020);
/// `\tan`
pub const TAN: CsId = CsId(1021);
/// `\sec`
pub const SEC: CsId = CsId(1022);
/// `\csc`
pub const CSC: CsId = CsId(1023);
/// `\cot`
pub const COT: CsId = CsId(1024);
/// `\arcsin`
pub const ARCSIN: CsId = CsId(1025);
/// `\arccos`
pub const ARCCOS: CsId = CsId(1026);
/// `\arctan`
pub const ARCTAN: CsId = CsId(1027);
/// `\sinh`
pub const SINH: CsId = CsId(1028);
/// `\cosh`
pub const COSH: CsId = CsId(1029);
/// `\tanh`
pub const TANH: CsId = CsId(1030);
/// `\coth`
pub const COTH: CsId = CsId(1031);
/// `\arg`
pub const ARG: CsId = CsId(1032);
/// `\deg`
pub const DEG: CsId = CsId(1033);
/// `\dim`
pub const DIM: CsId = CsId(1034);
/// `\gcd`
pub const GCD: CsId = CsId(1035);
/// `\hom`
pub const HOM: CsId = CsId(1036);
/// `\ker`
pub const KER: CsId = CsId(1037);
/// `\Pr`
pub const PR: CsId = CsId(1038);
/// `\infty`
pub const INFTY: CsId = CsId(1039);
/// `\partial`
pub const PARTIAL: CsId = CsId(1040);
/// `\nabla`
pub const NABLA: CsId = CsId(1041);
/// `\forall`
pub const FORALL: CsId = CsId(1042);
/// `\exists`
pub const EXISTS: CsId = CsId(1043);
/// `\nexists`
pub const NEXISTS: CsId = CsId(1044);
/// `\neg`
pub const NEG: CsId = CsId(1045);
/// `\lnot`
pub const LNOT: CsId = CsId(1046);
/// `\emptyset`
pub const EMPTYSET: CsId = CsId(1047);
/// `\varnothing`
pub const VARNOTHING: CsId = CsId(1048);
/// `\in`
pub const IN: CsId = CsId(1049);
/// `\notin`
pub const NOTIN: CsId = CsId(1050);
/// `\ni`
pub const NI: CsId = CsId(1051);
/// `\subset`
pub const SUBSET: CsId = CsId(1052);
/// `\subseteq`
pub const SUBSETEQ: CsId = CsId(1053);
/// `\subsetneq`
pub const SUBSETNEQ: CsId = CsId(1054);
/// `\supset`
pub const SUPSET: CsId = CsId(1055);
/// `\supseteq`
pub const SUPSETEQ: CsId = CsId(1056);
/// `\supsetneq`
pub const SUPSETNEQ: CsId = CsId(1057);
/// `\cup`
pub const CUP: CsId = CsId(1058);
/// `\cap`
pub const CAP: CsId = CsId(1059);
/// `\sqcup`
pub const SQCUP: CsId = CsId(1060);
/// `\sqcap`
pub const SQCAP: CsId = CsId(1061);
/// `\uplus`
pub const UPLUS: CsId = CsId(1062);
/// `\setminus`
pub const SETMINUS: CsId = CsId(1063);
/// `\wedge`
pub const WEDGE: CsId = CsId(1064);
/// `\vee`
pub const VEE: CsId = CsId(1065);
/// `\land`
pub const LAND: CsId = CsId(1066);
/// `\lor`
pub const LOR: CsId = CsId(1067);
/// `\oplus`
pub const OPLUS: CsId = CsId(1068);
/// `\otimes`
pub const OTIMES: CsId = CsId(1069);
/// `\odot`
pub const ODOT: CsId = CsId(1070);
/// `\ominus`
pub const OMINUS: CsId = CsId(1071);
/// `\oslash`
pub const OSLASH: CsId = CsId(1072);
/// `\times`
pub const TIMES: CsId = CsId(1073);
/// `\div`
pub const DIV: CsId = CsId(1074);
/// `\cdot`
pub const CDOT: CsId = CsId(1075);
/// `\pm`
pub const PM: CsId = CsId(1076);
/// `\mp`
pub const MP: CsId = CsId(1077);
/// `\ast`
pub const AST: CsId = CsId(1078);
/// `\star`
pub const STAR: CsId = CsId(1079);
/// `\circ`
pub const CIRC: CsId = CsId(1080);
/// `\bullet`
pub const BULLET: CsId = CsId(1081);
/// `\diamond`
pub const DIAMOND: CsId = CsId(1082);
/// `\leq`
pub const LEQ: CsId = CsId(1083);
/// `\le`
pub const LE: CsId = CsId(1084);
/// `\geq`
pub const GEQ: CsId = CsId(1085);
/// `\ge`
pub const GE: CsId = CsId(1086);
/// `\neq`
pub const NEQ: CsId = CsId(1087);
/// `\ne`
pub const NE: CsId = CsId(1088);
/// `\leqslant`
pub const LEQSLANT: CsId = CsId(1089);
/// `\geqslant`
pub const GEQSLANT: CsId = CsId(1090);
/// `\approx`
pub const APPROX: CsId = CsId(1091);
/// `\sim`
pub const SIM: CsId = CsId(1092);
/// `\simeq`
pub const SIMEQ: CsId = CsId(1093);
/// `\cong`
pub const CONG: CsId = CsId(1094);
/// `\equiv`
pub const EQUIV: CsId = CsId(1095);
/// `\propto`
pub const PROPTO: CsId = CsId(1096);
/// `\ll`
pub const LL: CsId = CsId(1097);
/// `\gg`
pub const GG: CsId = CsId(1098);
/// `\prec`
pub const PREC: CsId = CsId(1099);
/// `\succ`
pub const SUCC: CsId = CsId(1100);
/// `\preceq`
pub const PRECEQ: CsId = CsId(1101);
/// `\succeq`
pub const SUCCEQ: CsId = CsId(1102);
/// `\perp`
pub const PERP: CsId = CsId(1103);
/// `\parallel`
pub const PARALLEL: CsId = CsId(1104);
/// `\mid`
pub const MID: CsId = CsId(1105);
/// `\nmid`
pub const NMID: CsId = CsId(1106);
/// `\to`
pub const TO: CsId = CsId(1107);
/// `\gets`
pub const GETS: CsId = CsId(1108);
/// `\mapsto`
pub const MAPSTO: CsId = CsId(1109);
/// `\rightarrow`
pub const RIGHTARROW: CsId = CsId(1110);
/// `\leftarrow`
pub const LEFTARROW: CsId = CsId(1111);
/// `\Rightarrow`
pub const RIGHTARROW_CAP: CsId = CsId(1112);
/// `\Leftarrow`
pub const LEFTARROW_CAP: CsId = CsId(1113);
/// `\leftrightarrow`
pub const LEFTRIGHTARROW: CsId = CsId(1114);
/// `\Leftrightarrow`
pub const LEFTRIGHTARROW_CAP: CsId = CsId(1115);
/// `\longrightarrow`
pub const LONGRIGHTARROW: CsId = CsId(1116);
/// `\longleftarrow`
pub const LONGLEFTARROW: CsId = CsId(1117);
/// `\Longrightarrow`
pub const LONGRIGHTARROW_CAP: CsId = CsId(1118);
/// `\Longleftarrow`
pub const LONGLEFTARROW_CAP: CsId = CsId(1119);
/// `\longleftrightarrow`
pub const LONGLEFTRIGHTARROW: CsId = CsId(1120);
/// `\Longleftrightarrow`
pub const LONGLEFTRIGHTARROW_CAP: CsId = CsId(1121);
/// `\longmapsto`
pub const LONGMAPSTO: CsId = CsId(1122);
/// `\iff`
pub const IFF: CsId = CsId(1123);
/// `\implies`
pub const IMPLIES: CsId = CsId(1124);
/// `\impliedby`
pub const IMPLIEDBY: CsId = CsId(1125);
/// `\uparrow`
pub const UPARROW: CsId = CsId(1126);
/// `\downarrow`
pub const DOWNARROW: CsId = CsId(1127);
/// `\Uparrow`
pub const UPARROW_CAP: CsId = CsId(1128);
/// `\Downarrow`
pub const DOWNARROW_CAP: CsId = CsId(1129);
/// `\updownarrow`
pub const UPDOWNARROW: CsId = CsId(1130);
/// `\hookrightarrow`
pub const HOOKRIGHTARROW: CsId = CsId(1131);
/// `\hookleftarrow`
pub const HOOKLEFTARROW: CsId = CsId(1132);
/// `\nearrow`
pub const NEARROW: CsId = CsId(1133);
/// `\searrow`
pub const SEARROW: CsId = CsId(1134);
/// `\nwarrow`
pub const NWARROW: CsId = CsId(1135);
/// `\swarrow`
pub const SWARROW: CsId = CsId(1136);
/// `\rightharpoonup`
pub const RIGHTHARPOONUP: CsId = CsId(1137);
/// `\leftharpoonup`
pub const LEFTHARPOONUP: CsId = CsId(1138);
/// `\rightleftharpoons`
pub const RIGHTLEFTHARPOONS: CsId = CsId(1139);
/// `\langle`
pub const LANGLE: CsId = CsId(1140);
/// `\rangle`
pub const RANGLE: CsId = CsId(1141);
/// `\lfloor`
pub const LFLOOR: CsId = CsId(1142);
/// `\rfloor`
pub const RFLOOR: CsId = CsId(1143);
/// `\lceil`
pub const LCEIL: CsId = CsId(1144);
/// `\rceil`
pub const RCEIL: CsId = CsId(1145);
/// `\lbrace`
pub const LBRACE: CsId = CsId(1146);
/// `\rbrace`
pub const RBRACE: CsId = CsId(1147);
/// `\lbrack`
pub const LBRACK: CsId = CsId(1148);
/// `\rbrack`
pub const RBRACK: CsId = CsId(1149);
/// `\vert`
pub const VERT: CsId = CsId(1150);
/// `\Vert`
pub const VERT_CAP: CsId = CsId(1151);
/// `\lvert`
pub const LVERT: CsId = CsId(1152);
/// `\rvert`
pub const RVERT: CsId = CsId(1153);
/// `\backslash`
pub const BACKSLASH: CsId = CsId(1154);
/// `\big`
pub const BIG: CsId = CsId(1155);
/// `\Big`
pub const BIG_CAP: CsId = CsId(1156);
/// `\bigg`
pub const BIGG: CsId = CsId(1157);
/// `\Bigg`
pub const BIGG_CAP: CsId = CsId(1158);
/// `\bigl`
pub const BIGL: CsId = CsId(1159);
/// `\bigr`
pub const BIGR: CsId = CsId(1160);
/// `\Bigl`
pub const BIGL_CAP: CsId = CsId(1161);
/// `\Bigr`
pub const BIGR_CAP: CsId = CsId(1162);
/// `\biggl`
pub const BIGGL: CsId = CsId(1163);
/// `\biggr`
pub const BIGGR: CsId = CsId(1164);
/// `\Biggl`
pub const BIGGL_CAP: CsId = CsId(1165);
/// `\Biggr`
pub const BIGGR_CAP: CsId = CsId(1166);
/// `\bigm`
pub const BIGM: CsId = CsId(1167);
/// `\hat`
pub const HAT: CsId = CsId(1168);
/// `\widehat`
pub const WIDEHAT: CsId = CsId(1169);
/// `\tilde`
pub const TILDE: CsId = CsId(1170);
/// `\widetilde`
pub const WIDETILDE: CsId = CsId(1171);
/// `\bar`
pub const BAR: CsId = CsId(1172);
/// `\vec`
pub const VEC: CsId = CsId(1173);
/// `\dot`
pub const DOT: CsId = CsId(1174);
/// `\ddot`
pub const DDOT: CsId = CsId(1175);
/// `\dddot`
pub const DDDOT: CsId = CsId(1176);
/// `\acute`
pub const ACUTE: CsId = CsId(1177);
/// `\grave`
pub const GRAVE: CsId = CsId(1178);
/// `\breve`
pub const BREVE: CsId = CsId(1179);
/// `\check`
pub const CHECK: CsId = CsId(1180);
/// `\mathring`
pub const MATHRING: CsId = CsId(1181);
/// `\underbrace`
pub const UNDERBRACE: CsId = CsId(1182);
/// `\overbrace`
pub const OVERBRACE: CsId = CsId(1183);
/// `\overrightarrow`
pub const OVERRIGHTARROW: CsId = CsId(1184);
/// `\overleftarrow`
pub const OVERLEFTARROW: CsId = CsId(1185);
/// `\stackrel`
pub const STACKREL: CsId = CsId(1186);
/// `\overset`
pub const OVERSET: CsId = CsId(1187);
/// `\underset`
pub const UNDERSET: CsId = CsId(1188);
/// `\binom`
pub const BINOM: CsId = CsId(1189);
/// `\tbinom`
pub const TBINOM: CsId = CsId(1190);
/// `\dbinom`
pub const DBINOM: CsId = CsId(1191);
/// `\choose`
pub const CHOOSE: CsId = CsId(1192);
/// `\pmod`
pub const PMOD: CsId = CsId(1193);
/// `\bmod`
pub const BMOD: CsId = CsId(1194);
/// `\mod`
pub const MOD: CsId = CsId(1195);
/// `\pod`
pub const POD: CsId = CsId(1196);
/// `\cdotp`
pub const CDOTP: CsId = CsId(1197);
/// `\colon`
pub const COLON: CsId = CsId(1198);
/// `\prime`
pub const PRIME: CsId = CsId(1199);
/// `\ell`
pub const ELL: CsId = CsId(1200);
/// `\hbar`
pub const HBAR: CsId = CsId(1201);
/// `\hslash`
pub const HSLASH: CsId = CsId(1202);
/// `\imath`
pub const IMATH: CsId = CsId(1203);
/// `\jmath`
pub const JMATH: CsId = CsId(1204);
/// `\Re`
pub const RE: CsId = CsId(1205);
/// `\Im`
pub const IM: CsId = CsId(1206);
/// `\aleph`
pub const ALEPH: CsId = CsId(1207);
/// `\beth`
pub const BETH: CsId = CsId(1208);
/// `\wp`
pub const WP: CsId = CsId(1209);
/// `\angle`
pub const ANGLE: CsId = CsId(1210);
/// `\measuredangle`
pub const MEASUREDANGLE: CsId = CsId(1211);
/// `\triangle`
pub const TRIANGLE: CsId = CsId(1212);
/// `\triangleleft`
pub const TRIANGLELEFT: CsId = CsId(1213);
/// `\triangleright`
pub const TRIANGLERIGHT: CsId = CsId(1214);
/// `\top`
pub const TOP: CsId = CsId(1215);
/// `\bot`
pub const BOT: CsId = CsId(1216);
/// `\vdash`
pub const VDASH: CsId = CsId(1217);
/// `\dashv`
pub const DASHV: CsId = CsId(1218);
/// `\models`
pub const MODELS: CsId = CsId(1219);
/// `\boldsymbol`
pub const BOLDSYMBOL: CsId = CsId(1220);
/// `\bm`
pub const BM: CsId = CsId(1221);
/// `\pmb`
pub const PMB: CsId = CsId(1222);
/// `\operatorname`
pub const OPERATORNAME: CsId = CsId(1223);
/// `\DeclareMathOperator`
pub const DECLAREMATHOPERATOR: CsId = CsId(1224);
/// `\mathbb`
pub const MATHBB: CsId = CsId(1225);
/// `\mathfrak`
pub const MATHFRAK: CsId = CsId(1226);
/// `\mathscr`
pub const MATHSCR: CsId = CsId(1227);
/// `\mathds`
pub const MATHDS: CsId = CsId(1228);
/// `\substack`
pub const SUBSTACK: CsId = CsId(1229);
/// `\tag`
pub const TAG: CsId = CsId(1230);
/// `\notag`
pub const NOTAG: CsId = CsId(1231);
/// `\eqref`
pub const EQREF: CsId = CsId(1232);
/// `\intertext`
pub const INTERTEXT: CsId = CsId(1233);
/// `\shortintertext`
pub const SHORTINTERTEXT: CsId = CsId(1234);
/// `\cfrac`
pub const CFRAC: CsId = CsId(1235);
/// `\genfrac`
pub const GENFRAC: CsId = CsId(1236);
/// `\not`
pub const NOT: CsId = CsId(1237);
/// `\smallint`
pub const SMALLINT: CsId = CsId(1238);
/// `\sqrtsign`
pub const SQRTSIGN: CsId = CsId(1239);
/// `\surd`
pub const SURD: CsId = CsId(1240);
/// `\flat`
pub const FLAT: CsId = CsId(1241);
/// `\natural`
pub const NATURAL: CsId = CsId(1242);
/// `\sharp`
pub const SHARP: CsId = CsId(1243);
/// `\clubsuit`
pub const CLUBSUIT: CsId = CsId(1244);
/// `\diamondsuit`
pub const DIAMONDSUIT: CsId = CsId(1245);
/// `\heartsuit`
pub const HEARTSUIT: CsId = CsId(1246);
/// `\spadesuit`
pub const SPADESUIT: CsId = CsId(1247);
/// `\lhd`
pub const LHD: CsId = CsId(1248);
/// `\rhd`
pub const RHD: CsId = CsId(1249);
/// `\unlhd`
pub const UNLHD: CsId = CsId(1250);
/// `\unrhd`
pub const UNRHD: CsId = CsId(1251);
/// `\bowtie`
pub const BOWTIE: CsId = CsId(1252);
/// `\Join`
pub const JOIN: CsId = CsId(1253);
/// `\leadsto`
pub const LEADSTO: CsId = CsId(1254);
/// `\therefore`
pub const THEREFORE: CsId = CsId(1255);
/// `\because`
pub const BECAUSE: CsId = CsId(1256);
/// `\square`
pub const SQUARE: CsId = CsId(1257);
/// `\blacksquare`
pub const BLACKSQUARE: CsId = CsId(1258);
/// `\Box`
pub const BOX_CAP: CsId = CsId(1259);
/// `\qed`
pub const QED: CsId = CsId(1260);
/// `\qedhere`
pub const QEDHERE: CsId = CsId(1261);
/// `\QED`
pub const QED_UPPER: CsId = CsId(1262);
/// `\lesssim`
pub const LESSSIM: CsId = CsId(1263);
/// `\gtrsim`
pub const GTRSIM: CsId = CsId(1264);
/// `\ldotp`
pub const LDOTP: CsId = CsId(1265);
/// `\dotsc`
pub const DOTSC: CsId = CsId(1266);
/// `\dotsb`
pub const DOTSB: CsId = CsId(1267);
/// `\dotsm`
pub const DOTSM: CsId = CsId(1268);
/// `\dotsi`
pub const DOTSI: CsId = CsId(1269);
/// `\dotso`
pub const DOTSO: CsId = CsId(1270);
/// `\mathclap`
pub const MATHCLAP: CsId = CsId(1271);
/// `\mathllap`
pub const MATHLLAP: CsId = CsId(1272);
/// `\mathrlap`
pub const MATHRLAP: CsId = CsId(1273);
/// `\coloneqq`
pub const COLONEQQ: CsId = CsId(1274);
/// `\xrightarrow`
pub const XRIGHTARROW: CsId = CsId(1275);
/// `\xleftarrow`
pub const XLEFTARROW: CsId = CsId(1276);
/// `\includegraphics`
pub const INCLUDEGRAPHICS: CsId = CsId(1277);
/// `\graphicspath`
pub const GRAPHICSPATH: CsId = CsId(1278);
/// `\rotatebox`
pub const ROTATEBOX: CsId = CsId(1279);
/// `\scalebox`
pub const SCALEBOX: CsId = CsId(1280);
/// `\resizebox`
pub const RESIZEBOX: CsId = CsId(1281);
/// `\reflectbox`
pub const REFLECTBOX: CsId = CsId(1282);
/// `\captionof`
pub const CAPTIONOF: CsId = CsId(1283);
/// `\subcaption`
pub const SUBCAPTION: CsId = CsId(1284);
/// `\subfloat`
pub const SUBFLOAT: CsId = CsId(1285);
/// `\toprule`
pub const TOPRULE: CsId = CsId(1286);
/// `\midrule`
pub const MIDRULE: CsId = CsId(1287);
/// `\bottomrule`
pub const BOTTOMRULE: CsId = CsId(1288);
/// `\cmidrule`
pub const CMIDRULE: CsId = CsId(1289);
/// `\addlinespace`
pub const ADDLINESPACE: CsId = CsId(1290);
/// `\multirow`
pub const MULTIROW: CsId = CsId(1291);
/// `\url`
pub const URL: CsId = CsId(1292);
/// `\href`
pub const HREF: CsId = CsId(1293);
/// `\hyperref`
pub const HYPERREF: CsId = CsId(1294);
/// `\hypersetup`
pub const HYPERSETUP: CsId = CsId(1295);
/// `\hyperlink`
pub const HYPERLINK: CsId = CsId(1296);
/// `\hypertarget`
pub const HYPERTARGET: CsId = CsId(1297);
/// `\autoref`
pub const AUTOREF: CsId = CsId(1298);
/// `\nameref`
pub const NAMEREF: CsId = CsId(1299);
/// `\phantomsection`
pub const PHANTOMSECTION: CsId = CsId(1300);
/// `\pdfbookmark`
pub const PDFBOOKMARK: CsId = CsId(1301);
/// `\cref`
pub const CREF: CsId = CsId(1302);
/// `\Cref`
pub const CREF_CAP: CsId = CsId(1303);
/// `\crefname`
pub const CREFNAME: CsId = CsId(1304);
/// `\Crefname`
pub const CREFNAME_CAP: CsId = CsId(1305);
/// `\textcolor`
pub const TEXTCOLOR: CsId = CsId(1306);
/// `\color`
pub const COLOR: CsId = CsId(1307);
/// `\definecolor`
pub const DEFINECOLOR: CsId = CsId(1308);
/// `\colorbox`
pub const COLORBOX: CsId = CsId(1309);
/// `\fcolorbox`
pub const FCOLORBOX: CsId = CsId(1310);
/// `\pagecolor`
pub const PAGECOLOR: CsId = CsId(1311);
/// `\rowcolor`
pub const ROWCOLOR: CsId = CsId(1312);
/// `\cellcolor`
pub const CELLCOLOR: CsId = CsId(1313);
/// `\SI`
pub const SI_UPPER: CsId = CsId(1314);
/// `\si`
pub const SI: CsId = CsId(1315);
/// `\num`
pub const NUM: CsId = CsId(1316);
/// `\qty`
pub const QTY: CsId = CsId(1317);
/// `\unit`
pub const UNIT: CsId = CsId(1318);
/// `\ang`
pub const ANG: CsId = CsId(1319);
/// `\lstinline`
pub const LSTINLINE: CsId = CsId(1320);
/// `\lstset`
pub const LSTSET: CsId = CsId(1321);
/// `\lstinputlisting`
pub const LSTINPUTLISTING: CsId = CsId(1322);
/// `\mintinline`
pub const MINTINLINE: CsId = CsId(1323);
/// `\inputminted`
pub const INPUTMINTED: CsId = CsId(1324);
/// `\usemintedstyle`
pub const USEMINTEDSTYLE: CsId = CsId(1325);
/// `\usetikzlibrary`
pub const USETIKZLIBRARY: CsId = CsId(1326);
/// `\tikz`
pub const TIKZ: CsId = CsId(1327);
/// `\draw`
pub const DRAW: CsId = CsId(1328);
/// `\node`
pub const NODE: CsId = CsId(1329);
/// `\path`
pub const PATH: CsId = CsId(1330);
/// `\coordinate`
pub const COORDINATE: CsId = CsId(1331);
/// `\foreach`
pub const FOREACH: CsId = CsId(1332);
/// `\pgfmathsetmacro`
pub const PGFMATHSETMACRO: CsId = CsId(1333);
/// `\pgfmathparse`
pub const PGFMATHPARSE: CsId = CsId(1334);
/// `\pgfmathresult`
pub const PGFMATHRESULT: CsId = CsId(1335);
/// `\tikzset`
pub const TIKZSET: CsId = CsId(1336);
/// `\pgfkeys`
pub const PGFKEYS: CsId = CsId(1337);
/// `\pgfplotsset`
pub const PGFPLOTSSET: CsId = CsId(1338);
/// `\addplot`
pub const ADDPLOT: CsId = CsId(1339);
/// `\geometry`
pub const GEOMETRY: CsId = CsId(1340);
/// `\newgeometry`
pub const NEWGEOMETRY: CsId = CsId(1341);
/// `\restoregeometry`
pub const RESTOREGEOMETRY: CsId = CsId(1342);
/// `\setstretch`
pub const SETSTRETCH: CsId = CsId(1343);
/// `\onehalfspacing`
pub const ONEHALFSPACING: CsId = CsId(1344);
/// `\doublespacing`
pub const DOUBLESPACING: CsId = CsId(1345);
/// `\singlespacing`
pub const SINGLESPACING: CsId = CsId(1346);
/// `\xspace`
pub const XSPACE: CsId = CsId(1347);
/// `\todo`
pub const TODO: CsId = CsId(1348);
/// `\citep`
pub const CITEP: CsId = CsId(1349);
/// `\citet`
pub const CITET: CsId = CsId(1350);
/// `\citeauthor`
pub const CITEAUTHOR: CsId = CsId(1351);
/// `\citeyear`
pub const CITEYEAR: CsId = CsId(1352);
/// `\citealp`
pub const CITEALP: CsId = CsId(1353);
/// `\parencite`
pub const PARENCITE: CsId = CsId(1354);
/// `\textcite`
pub const TEXTCITE: CsId = CsId(1355);
/// `\autocite`
pub const AUTOCITE: CsId = CsId(1356);
/// `\footcite`
pub const FOOTCITE: CsId = CsId(1357);
/// `\printbibliography`
pub const PRINTBIBLIOGRAPHY: CsId = CsId(1358);
/// `\addbibresource`
pub const ADDBIBRESOURCE: CsId = CsId(1359);
/// `\DeclareFieldFormat`
pub const DECLAREFIELDFORMAT: CsId = CsId(1360);
/// `\newacronym`
pub const NEWACRONYM: CsId = CsId(1361);
/// `\gls`
pub const GLS: CsId = CsId(1362);
/// `\glspl`
pub const GLSPL: CsId = CsId(1363);
/// `\Gls`
pub const GLS_CAP: CsId = CsId(1364);
/// `\acrshort`
pub const ACRSHORT: CsId = CsId(1365);
/// `\acrlong`
pub const ACRLONG: CsId = CsId(1366);
/// `\acrfull`
pub const ACRFULL: CsId = CsId(1367);
/// `\fancyhf`
pub const FANCYHF: CsId = CsId(1368);
/// `\fancyhead`
pub const FANCYHEAD: CsId = CsId(1369);
/// `\fancyfoot`
pub const FANCYFOOT: CsId = CsId(1370);
/// `\fancypagestyle`
pub const FANCYPAGESTYLE: CsId = CsId(1371);
/// `\lhead`
pub const LHEAD: CsId = CsId(1372);
/// `\chead`
pub const CHEAD: CsId = CsId(1373);
/// `\rhead`
pub const RHEAD: CsId = CsId(1374);
/// `\lfoot`
pub const LFOOT: CsId = CsId(1375);
/// `\cfoot`
pub const CFOOT: CsId = CsId(1376);
/// `\rfoot`
pub const RFOOT: CsId = CsId(1377);
/// `\headrulewidth`
pub const HEADRULEWIDTH: CsId = CsId(1378);
/// `\footrulewidth`
pub const FOOTRULEWIDTH: CsId = CsId(1379);
/// `\titleformat`
pub const TITLEFORMAT: CsId = CsId(1380);
/// `\titlespacing`
pub const TITLESPACING: CsId = CsId(1381);
/// `\setlist`
pub const SETLIST: CsId = CsId(1382);
/// `\newlist`
pub const NEWLIST: CsId = CsId(1383);
/// `\FloatBarrier`
pub const FLOATBARRIER: CsId = CsId(1384);
/// `\ifdef`
pub const IFDEF: CsId = CsId(1385);
/// `\ifundef`
pub const IFUNDEF: CsId = CsId(1386);
/// `\ifdefempty`
pub const IFDEFEMPTY: CsId = CsId(1387);
/// `\ifstrequal`
pub const IFSTREQUAL: CsId = CsId(1388);
/// `\ifstrempty`
pub const IFSTREMPTY: CsId = CsId(1389);
/// `\ifblank`
pub const IFBLANK: CsId = CsId(1390);
/// `\newbool`
pub const NEWBOOL: CsId = CsId(1391);
/// `\setbool`
pub const SETBOOL: CsId = CsId(1392);
/// `\ifbool`
pub const IFBOOL: CsId = CsId(1393);
/// `\booltrue`
pub const BOOLTRUE: CsId = CsId(1394);
/// `\boolfalse`
pub const BOOLFALSE: CsId = CsId(1395);
/// `\appto`
pub const APPTO: CsId = CsId(1396);
/// `\gappto`
pub const GAPPTO: CsId = CsId(1397);
/// `\preto`
pub const PRETO: CsId = CsId(1398);
/// `\apptocmd`
pub const APPTOCMD: CsId = CsId(1399);
/// `\pretocmd`
pub const PRETOCMD: CsId = CsId(1400);
/// `\patchcmd`
pub const PATCHCMD: CsId = CsId(1401);
/// `\xpatchcmd`
pub const XPATCHCMD: CsId = CsId(1402);
/// `\AtBeginEnvironment`
pub const ATBEGINENVIRONMENT: CsId = CsId(1403);
/// `\AtEndEnvironment`
pub const ATENDENVIRONMENT: CsId = CsId(1404);
/// `\robustify`
pub const ROBUSTIFY: CsId = CsId(1405);
/// `\csdef`
pub const CSDEF: CsId = CsId(1406);
/// `\csgdef`
pub const CSGDEF: CsId = CsId(1407);
/// `\csedef`
pub const CSEDEF: CsId = CsId(1408);
/// `\csxdef`
pub const CSXDEF: CsId = CsId(1409);
/// `\csuse`
pub const CSUSE: CsId = CsId(1410);
/// `\cslet`
pub const CSLET: CsId = CsId(1411);
/// `\letcs`
pub const LETCS: CsId = CsId(1412);
/// `\csletcs`
pub const CSLETCS: CsId = CsId(1413);
/// `\ifcsdef`
pub const IFCSDEF: CsId = CsId(1414);
/// `\ifcsundef`
pub const IFCSUNDEF: CsId = CsId(1415);
/// `\ifthenelse`
pub const IFTHENELSE: CsId = CsId(1416);
/// `\equal`
pub const EQUAL: CsId = CsId(1417);
/// `\whiledo`
pub const WHILEDO: CsId = CsId(1418);
/// `\newboolean`
pub const NEWBOOLEAN: CsId = CsId(1419);
/// `\setboolean`
pub const SETBOOLEAN: CsId = CsId(1420);
/// `\selectlanguage`
pub const SELECTLANGUAGE: CsId = CsId(1421);
/// `\foreignlanguage`
pub const FOREIGNLANGUAGE: CsId = CsId(1422);
/// `\otherlanguage`
pub const OTHERLANGUAGE: CsId = CsId(1423);
/// `\babelprovide`
pub const BABELPROVIDE: CsId = CsId(1424);
/// `\setmainfont`
pub const SETMAINFONT: CsId = CsId(1425);
/// `\setsansfont`
pub const SETSANSFONT: CsId = CsId(1426);
/// `\setmonofont`
pub const SETMONOFONT: CsId = CsId(1427);
/// `\newfontfamily`
pub const NEWFONTFAMILY: CsId = CsId(1428);
/// `\fontspec`
pub const FONTSPEC: CsId = CsId(1429);
/// `\setmathfont`
pub const SETMATHFONT: CsId = CsId(1430);
/// `\inputencoding`
pub const INPUTENCODING: CsId = CsId(1431);
/// `\NewDocumentCommand`
pub const NEWDOCUMENTCOMMAND: CsId = CsId(1432);
/// `\RenewDocumentCommand`
pub const RENEWDOCUMENTCOMMAND: CsId = CsId(1433);
/// `\ProvideDocumentCommand`
pub const PROVIDEDOCUMENTCOMMAND: CsId = CsId(1434);
/// `\DeclareDocumentCommand`
pub const DECLAREDOCUMENTCOMMAND: CsId = CsId(1435);
/// `\NewExpandableDocumentCommand`
pub const NEWEXPANDABLEDOCUMENTCOMMAND: CsId = CsId(1436);
/// `\NewDocumentEnvironment`
pub const NEWDOCUMENTENVIRONMENT: CsId = CsId(1437);
/// `\RenewDocumentEnvironment`
pub const RENEWDOCUMENTENVIRONMENT: CsId = CsId(1438);
/// `\IfNoValueTF`
pub const IFNOVALUETF: CsId = CsId(1439);
/// `\IfNoValueT`
pub const IFNOVALUET: CsId = CsId(1440);
/// `\IfNoValueF`
pub const IFNOVALUEF: CsId = CsId(1441);
/// `\IfValueTF`
pub const IFVALUETF: CsId = CsId(1442);
/// `\IfValueT`
pub const IFVALUET: CsId = CsId(1443);
/// `\IfBooleanTF`
pub const IFBOOLEANTF: CsId = CsId(1444);
/// `\IfBooleanT`
pub const IFBOOLEANT: CsId = CsId(1445);
/// `\IfBooleanF`
pub const IFBOOLEANF: CsId = CsId(1446);
/// `\ProvidesExplPackage`
pub const PROVIDESEXPLPACKAGE: CsId = CsId(1447);
/// `\ProvidesExplClass`
pub const PROVIDESEXPLCLASS: CsId = CsId(1448);
/// `\ProvidesExplFile`
pub const PROVIDESEXPLFILE: CsId = CsId(1449);
/// `\DeclareKeys`
pub const DECLAREKEYS: CsId = CsId(1450);
/// `\SetKeys`
pub const SETKEYS: CsId = CsId(1451);
/// `\ProcessKeyOptions`
pub const PROCESSKEYOPTIONS: CsId = CsId(1452);
/// `\newtcolorbox`
pub const NEWTCOLORBOX: CsId = CsId(1453);
/// `\tcbset`
pub const TCBSET: CsId = CsId(1454);
/// `\tcbuselibrary`
pub const TCBUSELIBRARY: CsId = CsId(1455);
/// `\mdfdefinestyle`
pub const MDFDEFINESTYLE: CsId = CsId(1456);
/// `\theoremstyle`
pub const THEOREMSTYLE: CsId = CsId(1457);
/// `\newtheoremstyle`
pub const NEWTHEOREMSTYLE: CsId = CsId(1458);
/// `\proof`
pub const PROOF: CsId = CsId(1459);
/// `\qedsymbol`
pub const QEDSYMBOL: CsId = CsId(1460);
/// `\ding`
pub const DING: CsId = CsId(1461);
/// `\checkmark`
pub const CHECKMARK: CsId = CsId(1462);
/// `\cancel`
pub const CANCEL: CsId = CsId(1463);
/// `\sout`
pub const SOUT: CsId = CsId(1464);
/// `\uline`
pub const ULINE: CsId = CsId(1465);
/// `\uwave`
pub const UWAVE: CsId = CsId(1466);
/// `\xout`
pub const XOUT: CsId = CsId(1467);
/// `\hl`
pub const HL: CsId = CsId(1468);
/// `\ul`
pub const UL: CsId = CsId(1469);
/// `\textcircled`
pub const TEXTCIRCLED: CsId = CsId(1470);
/// `\@ifnextchar`
pub const AT_IFNEXTCHAR: CsId = CsId(1471);
/// `\@ifstar`
pub const AT_IFSTAR: CsId = CsId(1472);
/// `\@ifundefined`
pub const AT_IFUNDEFINED: CsId = CsId(1473);
/// `\@ifdefinable`
pub const AT_IFDEFINABLE: CsId = CsId(1474);
/// `\@ifpackageloaded`
pub const AT_IFPACKAGELOADED: CsId = CsId(1475);
/// `\@ifclassloaded`
pub const AT_IFCLASSLOADED: CsId = CsId(1476);
/// `\@ifpackagewith`
pub const AT_IFPACKAGEWITH: CsId = CsId(1477);
/// `\@ifl@t@r`
pub const AT_IFL_AT_T_AT_R: CsId = CsId(1478);
/// `\@namedef`
pub const AT_NAMEDEF: CsId = CsId(1479);
/// `\@nameuse`
pub const AT_NAMEUSE: CsId = CsId(1480);
/// `\@tempa`
pub const AT_TEMPA: CsId = CsId(1481);
/// `\@tempb`
pub const AT_TEMPB: CsId = CsId(1482);
/// `\@tempc`
pub const AT_TEMPC: CsId = CsId(1483);
/// `\@tempboxa`
pub const AT_TEMPBOXA: CsId = CsId(1484);
/// `\@tempcnta`
pub const AT_TEMPCNTA: CsId = CsId(1485);
/// `\@tempcntb`
pub const AT_TEMPCNTB: CsId = CsId(1486);
/// `\@tempdima`
pub const AT_TEMPDIMA: CsId = CsId(1487);
/// `\@tempdimb`
pub const AT_TEMPDIMB: CsId = CsId(1488);
/// `\@tempdimc`
pub const AT_TEMPDIMC: CsId = CsId(1489);
/// `\@tempskipa`
pub const AT_TEMPSKIPA: CsId = CsId(1490);
/// `\@tempskipb`
pub const AT_TEMPSKIPB: CsId = CsId(1491);
/// `\@temptokena`
pub const AT_TEMPTOKENA: CsId = CsId(1492);
/// `\@tempswatrue`
pub const AT_TEMPSWATRUE: CsId = CsId(1493);
/// `\@tempswafalse`
pub const AT_TEMPSWAFALSE: CsId = CsId(1494);
/// `\if@tempswa`
pub const IF_AT_TEMPSWA: CsId = CsId(1495);
/// `\@gobble`
pub const AT_GOBBLE: CsId = CsId(1496);
/// `\@gobbletwo`
pub const AT_GOBBLETWO: CsId = CsId(1497);
/// `\@gobblethree`
pub const AT_GOBBLETHREE: CsId = CsId(1498);
/// `\@gobblefour`
pub const AT_GOBBLEFOUR: CsId = CsId(1499);
/// `\@firstofone`
pub const AT_FIRSTOFONE: CsId = CsId(1500);
/// `\@firstoftwo`
pub const AT_FIRSTOFTWO: CsId = CsId(1501);
/// `\@secondoftwo`
pub const AT_SECONDOFTWO: CsId = CsId(1502);
/// `\@firstofthree`
pub const AT_FIRSTOFTHREE: CsId = CsId(1503);
/// `\@secondofthree`
pub const AT_SECONDOFTHREE: CsId = CsId(1504);
/// `\@thirdofthree`
pub const AT_THIRDOFTHREE: CsId = CsId(1505);
/// `\@iden`
pub const AT_IDEN: CsId = CsId(1506);
/// `\@empty`
pub const AT_EMPTY: CsId = CsId(1507);
/// `\@car`
pub const AT_CAR: CsId = CsId(1508);
/// `\@cdr`
pub const AT_CDR: CsId = CsId(1509);
/// `\@nil`
pub const AT_NIL: CsId = CsId(1510);
/// `\@nnil`
pub const AT_NNIL: CsId = CsId(1511);
/// `\@undefined`
pub const AT_UNDEFINED: CsId = CsId(1512);
/// `\@ehc`
pub const AT_EHC: CsId = CsId(1513);
/// `\@eha`
pub const AT_EHA: CsId = CsId(1514);
/// `\@ehb`
pub const AT_EHB: CsId = CsId(1515);
/// `\@ehd`
pub const AT_EHD: CsId = CsId(1516);
/// `\latex@error`
pub const LATEX_AT_ERROR: CsId = CsId(1517);
/// `\latex@warning`
pub const LATEX_AT_WARNING: CsId = CsId(1518);
/// `\latex@info`
pub const LATEX_AT_INFO: CsId = CsId(1519);
/// `\@latex@error`
pub const AT_LATEX_AT_ERROR: CsId = CsId(1520);
/// `\@latex@warning`
pub const AT_LATEX_AT_WARNING: CsId = CsId(1521);
/// `\@latex@warning@no@line`
pub const AT_LATEX_AT_WARNING_AT_NO_AT_LINE: CsId = CsId(1522);
/// `\@latex@info`
pub const AT_LATEX_AT_INFO: CsId = CsId(1523);
/// `\@onlypreamble`
pub const AT_ONLYPREAMBLE: CsId = CsId(1524);
/// `\@preamblecmds`
pub const AT_PREAMBLECMDS: CsId = CsId(1525);
/// `\@expandtwoargs`
pub const AT_EXPANDTWOARGS: CsId = CsId(1526);
/// `\@removeelement`
pub const AT_REMOVEELEMENT: CsId = CsId(1527);
/// `\@for`
pub const AT_FOR: CsId = CsId(1528);
/// `\@tfor`
pub const AT_TFOR: CsId = CsId(1529);
/// `\@whilenum`
pub const AT_WHILENUM: CsId = CsId(1530);
/// `\@whiledim`
pub const AT_WHILEDIM: CsId = CsId(1531);
/// `\@whilesw`
pub const AT_WHILESW: CsId = CsId(1532);
/// `\@makeother`
pub const AT_MAKEOTHER: CsId = CsId(1533);
/// `\@sanitize`
pub const AT_SANITIZE: CsId = CsId(1534);
/// `\@dottedtocline`
pub const AT_DOTTEDTOCLINE: CsId = CsId(1535);
/// `\@startsection`
pub const AT_STARTSECTION: CsId = CsId(1536);
/// `\@sect`
pub const AT_SECT: CsId = CsId(1537);
/// `\@ssect`
pub const AT_SSECT: CsId = CsId(1538);
/// `\@xsect`
pub const AT_XSECT: CsId = CsId(1539);
/// `\@seccntformat`
pub const AT_SECCNTFORMAT: CsId = CsId(1540);
/// `\@currentlabel`
pub const AT_CURRENTLABEL: CsId = CsId(1541);
/// `\@currentHref`
pub const AT_CURRENTHREF: CsId = CsId(1542);
/// `\@mkboth`
pub const AT_MKBOTH: CsId = CsId(1543);
/// `\@title`
pub const AT_TITLE: CsId = CsId(1544);
/// `\@author`
pub const AT_AUTHOR: CsId = CsId(1545);
/// `\@date`
pub const AT_DATE: CsId = CsId(1546);
/// `\@maketitle`
pub const AT_MAKETITLE: CsId = CsId(1547);
/// `\@thanks`
pub const AT_THANKS: CsId = CsId(1548);
/// `\@ptsize`
pub const AT_PTSIZE: CsId = CsId(1549);
/// `\@clubpenalty`
pub const AT_CLUBPENALTY: CsId = CsId(1550);
/// `\@ne`
pub const AT_NE: CsId = CsId(1551);
/// `\@m`
pub const AT_M: CsId = CsId(1552);
/// `\@M`
pub const AT_M_UPPER: CsId = CsId(1553);
/// `\@MM`
pub const AT_MM: CsId = CsId(1554);
/// `\@Mi`
pub const AT_MI: CsId = CsId(1555);
/// `\@Mii`
pub const AT_MII: CsId = CsId(1556);
/// `\@Miii`
pub const AT_MIII: CsId = CsId(1557);
/// `\@Miv`
pub const AT_MIV: CsId = CsId(1558);
/// `\@cclv`
pub const AT_CCLV: CsId = CsId(1559);
/// `\@cclvi`
pub const AT_CCLVI: CsId = CsId(1560);
/// `\@xxxii`
pub const AT_XXXII: CsId = CsId(1561);
/// `\@vpt`
pub const AT_VPT: CsId = CsId(1562);
/// `\@vipt`
pub const AT_VIPT: CsId = CsId(1563);
/// `\@viipt`
pub const AT_VIIPT: CsId = CsId(1564);
/// `\@viiipt`
pub const AT_VIIIPT: CsId = CsId(1565);
/// `\@ixpt`
pub const AT_IXPT: CsId = CsId(1566);
/// `\@xpt`
pub const AT_XPT: CsId = CsId(1567);
/// `\@xipt`
pub const AT_XIPT: CsId = CsId(1568);
/// `\@xiipt`
pub const AT_XIIPT: CsId = CsId(1569);
/// `\@xivpt`
pub const AT_XIVPT: CsId = CsId(1570);
/// `\@xviipt`
pub const AT_XVIIPT: CsId = CsId(1571);
/// `\@xxpt`
pub const AT_XXPT: CsId = CsId(1572);
/// `\@xxvpt`
pub const AT_XXVPT: CsId = CsId(1573);
/// `\@@end`
pub const AT_AT_END: CsId = CsId(1574);
/// `\@@par`
pub const AT_AT_PAR: CsId = CsId(1575);
/// `\@@input`
pub const AT_AT_INPUT: CsId = CsId(1576);
/// `\@@italiccorr`
pub const AT_AT_ITALICCORR: CsId = CsId(1577);
/// `\@@underline`
pub const AT_AT_UNDERLINE: CsId = CsId(1578);
/// `\@@line`
pub const AT_AT_LINE: CsId = CsId(1579);
/// `\z@`
pub const Z_AT: CsId = CsId(1580);
/// `\p@`
pub const P_AT: CsId = CsId(1581);
/// `\m@ne`
pub const M_AT_NE: CsId = CsId(1582);
/// `\tw@`
pub const TW_AT: CsId = CsId(1583);
/// `\thr@@`
pub const THR_AT_AT: CsId = CsId(1584);
/// `\sixt@@n`
pub const SIXT_AT_AT_N: CsId = CsId(1585);
/// `\hb@xt@`
pub const HB_AT_XT_AT: CsId = CsId(1586);
/// `\on@line`
pub const ON_AT_LINE: CsId = CsId(1587);
/// `\strip@prefix`
pub const STRIP_AT_PREFIX: CsId = CsId(1588);
/// `\reserved@a`
pub const RESERVED_AT_A: CsId = CsId(1589);
/// `\reserved@b`
pub const RESERVED_AT_B: CsId = CsId(1590);
/// `\reserved@c`
pub const RESERVED_AT_C: CsId = CsId(1591);
/// `\reserved@d`
pub const RESERVED_AT_D: CsId = CsId(1592);
/// `\reserved@e`
pub const RESERVED_AT_E: CsId = CsId(1593);
/// `\protected@edef`
pub const PROTECTED_AT_EDEF: CsId = CsId(1594);
/// `\protected@xdef`
pub const PROTECTED_AT_XDEF: CsId = CsId(1595);
/// `\protected@write`
pub const PROTECTED_AT_WRITE: CsId = CsId(1596);
/// `\@testopt`
pub const AT_TESTOPT: CsId = CsId(1597);
/// `\@protected@testopt`
pub const AT_PROTECTED_AT_TESTOPT: CsId = CsId(1598);
/// `\kernel@ifnextchar`
pub const KERNEL_AT_IFNEXTCHAR: CsId = CsId(1599);
/// `\@bsphack`
pub const AT_BSPHACK: CsId = CsId(1600);
/// `\@esphack`
pub const AT_ESPHACK: CsId = CsId(1601);
/// `\@Esphack`
pub const AT_ESPHACK_CAP: CsId = CsId(1602);
/// `\@nobreakfalse`
pub const AT_NOBREAKFALSE: CsId = CsId(1603);
/// `\@nobreaktrue`
pub const AT_NOBREAKTRUE: CsId = CsId(1604);
/// `\if@nobreak`
pub const IF_AT_NOBREAK: CsId = CsId(1605);
/// `\@afterindentfalse`
pub const AT_AFTERINDENTFALSE: CsId = CsId(1606);
/// `\@afterindenttrue`
pub const AT_AFTERINDENTTRUE: CsId = CsId(1607);
/// `\if@afterindent`
pub const IF_AT_AFTERINDENT: CsId = CsId(1608);
/// `\@afterheading`
pub const AT_AFTERHEADING: CsId = CsId(1609);
/// `\@dblfloat`
pub const AT_DBLFLOAT: CsId = CsId(1610);
/// `\@float`
pub const AT_FLOAT: CsId = CsId(1611);
/// `\end@float`
pub const END_AT_FLOAT: CsId = CsId(1612);
/// `\@makecaption`
pub const AT_MAKECAPTION: CsId = CsId(1613);
/// `\@caption`
pub const AT_CAPTION: CsId = CsId(1614);
/// `\@xfloat`
pub const AT_XFLOAT: CsId = CsId(1615);
/// `\@floatplacement`
pub const AT_FLOATPLACEMENT: CsId = CsId(1616);
/// `\@let@token`
pub const AT_LET_AT_TOKEN: CsId = CsId(1617);
/// `\@sptoken`
pub const AT_SPTOKEN: CsId = CsId(1618);
/// `\@xifnextchar`
pub const AT_XIFNEXTCHAR: CsId = CsId(1619);
/// `\@ifnch`
pub const AT_IFNCH: CsId = CsId(1620);
/// `\@dblarg`
pub const AT_DBLARG: CsId = CsId(1621);
/// `\@xdblarg`
pub const AT_XDBLARG: CsId = CsId(1622);
/// `\@star@or@long`
pub const AT_STAR_AT_OR_AT_LONG: CsId = CsId(1623);
/// `\@newenv`
pub const AT_NEWENV: CsId = CsId(1624);
/// `\@argdef`
pub const AT_ARGDEF: CsId = CsId(1625);
/// `\@yargdef`
pub const AT_YARGDEF: CsId = CsId(1626);
/// `\@reargdef`
pub const AT_REARGDEF: CsId = CsId(1627);
/// `\@backslashchar`
pub const AT_BACKSLASHCHAR: CsId = CsId(1628);
/// `\@percentchar`
pub const AT_PERCENTCHAR: CsId = CsId(1629);
/// `\@charlb`
pub const AT_CHARLB: CsId = CsId(1630);
/// `\@charrb`
pub const AT_CHARRB: CsId = CsId(1631);
/// `\@gobbleopt`
pub const AT_GOBBLEOPT: CsId = CsId(1632);
/// `\@firstofmany`
pub const AT_FIRSTOFMANY: CsId = CsId(1633);
/// `\@nameedef`
pub const AT_NAMEEDEF: CsId = CsId(1634);
/// `\@ifmtarg`
pub const AT_IFMTARG: CsId = CsId(1635);
/// `\@ifnotmtarg`
pub const AT_IFNOTMTARG: CsId = CsId(1636);
/// `\@elt`
pub const AT_ELT: CsId = CsId(1637);
/// `\@listi`
pub const AT_LISTI: CsId = CsId(1638);
/// `\@listii`
pub const AT_LISTII: CsId = CsId(1639);
/// `\@listiii`
pub const AT_LISTIII: CsId = CsId(1640);
/// `\@mainmatterfalse`
pub const AT_MAINMATTERFALSE: CsId = CsId(1641);
/// `\@mainmattertrue`
pub const AT_MAINMATTERTRUE: CsId = CsId(1642);
/// `\if@mainmatter`
pub const IF_AT_MAINMATTER: CsId = CsId(1643);
/// `\@openrightfalse`
pub const AT_OPENRIGHTFALSE: CsId = CsId(1644);
/// `\if@openright`
pub const IF_AT_OPENRIGHT: CsId = CsId(1645);
/// `\@twosidefalse`
pub const AT_TWOSIDEFALSE: CsId = CsId(1646);
/// `\@twosidetrue`
pub const AT_TWOSIDETRUE: CsId = CsId(1647);
/// `\if@twoside`
pub const IF_AT_TWOSIDE: CsId = CsId(1648);
/// `\@twocolumnfalse`
pub const AT_TWOCOLUMNFALSE: CsId = CsId(1649);
/// `\@twocolumntrue`
pub const AT_TWOCOLUMNTRUE: CsId = CsId(1650);
/// `\if@twocolumn`
pub const IF_AT_TWOCOLUMN: CsId = CsId(1651);
/// `\@titlepagefalse`
pub const AT_TITLEPAGEFALSE: CsId = CsId(1652);
/// `\@titlepagetrue`
pub const AT_TITLEPAGETRUE: CsId = CsId(1653);
/// `\if@titlepage`
pub const IF_AT_TITLEPAGE: CsId = CsId(1654);
/// `\@filef@und`
pub const AT_FILEF_AT_UND: CsId = CsId(1655);
/// `\@curroptions`
pub const AT_CURROPTIONS: CsId = CsId(1656);
/// `\@classoptionslist`
pub const AT_CLASSOPTIONSLIST: CsId = CsId(1657);
/// `\@unusedoptionlist`
pub const AT_UNUSEDOPTIONLIST: CsId = CsId(1658);
/// `\@currname`
pub const AT_CURRNAME: CsId = CsId(1659);
/// `\@currext`
pub const AT_CURREXT: CsId = CsId(1660);
/// `\@clsextension`
pub const AT_CLSEXTENSION: CsId = CsId(1661);
/// `\@pkgextension`
pub const AT_PKGEXTENSION: CsId = CsId(1662);
/// `\@filelist`
pub const AT_FILELIST: CsId = CsId(1663);
/// `\@addtofilelist`
pub const AT_ADDTOFILELIST: CsId = CsId(1664);
/// `\@input`
pub const AT_INPUT: CsId = CsId(1665);
/// `\@iinput`
pub const AT_IINPUT: CsId = CsId(1666);
/// `\@outputpage`
pub const AT_OUTPUTPAGE: CsId = CsId(1667);
/// `\@makecol`
pub const AT_MAKECOL: CsId = CsId(1668);
/// `\@opcol`
pub const AT_OPCOL: CsId = CsId(1669);
/// `\@specialoutput`
pub const AT_SPECIALOUTPUT: CsId = CsId(1670);
/// `\@topnum`
pub const AT_TOPNUM: CsId = CsId(1671);
/// `\@botnum`
pub const AT_BOTNUM: CsId = CsId(1672);
/// `\@colnum`
pub const AT_COLNUM: CsId = CsId(1673);
/// `\@dbltopnum`
pub const AT_DBLTOPNUM: CsId = CsId(1674);
/// `\cs_new:Npn`
pub const CS_NEW_NPN: CsId = CsId(1675);
/// `\cs_new:Nn`
pub const CS_NEW_NN: CsId = CsId(1676);
/// `\cs_set:Npn`
pub const CS_SET_NPN: CsId = CsId(1677);
/// `\cs_set:Nn`
pub const CS_SET_NN: CsId = CsId(1678);
/// `\cs_gset:Npn`
pub const CS_GSET_NPN: CsId = CsId(1679);
/// `\cs_gset:Nn`
pub const CS_GSET_NN: CsId = CsId(1680);
/// `\cs_new_protected:Npn`
pub const CS_NEW_PROTECTED_NPN: CsId = CsId(1681);
/// `\cs_new_protected:Nn`
pub const CS_NEW_PROTECTED_NN: CsId = CsId(1682);
/// `\cs_set_protected:Npn`
pub const CS_SET_PROTECTED_NPN: CsId = CsId(1683);
/// `\cs_set_protected:Nn`
pub const CS_SET_PROTECTED_NN: CsId = CsId(1684);
/// `\cs_new_nopar:Npn`
pub const CS_NEW_NOPAR_NPN: CsId = CsId(1685);
/// `\cs_new_eq:NN`
pub const CS_NEW_EQ_NN: CsId = CsId(1686);
/// `\cs_set_eq:NN`
pub const CS_SET_EQ_NN: CsId = CsId(1687);
/// `\cs_gset_eq:NN`
pub const CS_GSET_EQ_NN: CsId = CsId(1688);
/// `\cs_generate_variant:Nn`
pub const CS_GENERATE_VARIANT_NN: CsId = CsId(1689);
/// `\cs_if_exist:NTF`
pub const CS_IF_EXIST_NTF: CsId = CsId(1690);
/// `\cs_if_exist:NT`
pub const CS_IF_EXIST_NT: CsId = CsId(1691);
/// `\cs_if_exist:NF`
pub const CS_IF_EXIST_NF: CsId = CsId(1692);
/// `\cs_if_exist_use:N`
pub const CS_IF_EXIST_USE_N: CsId = CsId(1693);
/// `\cs_to_str:N`
pub const CS_TO_STR_N: CsId = CsId(1694);
/// `\cs_meaning:N`
pub const CS_MEANING_N: CsId = CsId(1695);
/// `\cs_show:N`
pub const CS_SHOW_N: CsId = CsId(1696);
/// `\cs_undefine:N`
pub const CS_UNDEFINE_N: CsId = CsId(1697);
/// `\cs:w`
pub const CS_W: CsId = CsId(1698);
/// `\cs_end:`
pub const CS_END: CsId = CsId(1699);
/// `\use:n`
pub const USE_N: CsId = CsId(1700);
/// `\use:c`
pub const USE_C: CsId = CsId(1701);
/// `\use:e`
pub const USE_E: CsId = CsId(1702);
/// `\use:x`
pub const USE_X: CsId = CsId(1703);
/// `\use_i:nn`
pub const USE_I_NN: CsId = CsId(1704);
/// `\use_ii:nn`
pub const USE_II_NN: CsId = CsId(1705);
/// `\use_i:nnn`
pub const USE_I_NNN: CsId = CsId(1706);
/// `\use_ii:nnn`
pub const USE_II_NNN: CsId = CsId(1707);
/// `\use_iii:nnn`
pub const USE_III_NNN: CsId = CsId(1708);
/// `\use_none:n`
pub const USE_NONE_N: CsId = CsId(1709);
/// `\use_none:nn`
pub const USE_NONE_NN: CsId = CsId(1710);
/// `\use_i_ii:nnn`
pub const USE_I_II_NNN: CsId = CsId(1711);
/// `\exp_args:NV`
pub const EXP_ARGS_NV: CsId = CsId(1712);
/// `\exp_args:Nx`
pub const EXP_ARGS_NX: CsId = CsId(1713);
/// `\exp_args:Nc`
pub const EXP_ARGS_NC: CsId = CsId(1714);
/// `\exp_args:No`
pub const EXP_ARGS_NO: CsId = CsId(1715);
/// `\exp_args:Ne`
pub const EXP_ARGS_NE: CsId = CsId(1716);
/// `\exp_args:NNV`
pub const EXP_ARGS_NNV: CsId = CsId(1717);
/// `\exp_args:NNo`
pub const EXP_ARGS_NNO: CsId = CsId(1718);
/// `\exp_args:Nnx`
pub const EXP_ARGS_NNX: CsId = CsId(1719);
/// `\exp_after:wN`
pub const EXP_AFTER_WN: CsId = CsId(1720);
/// `\exp_not:n`
pub const EXP_NOT_N: CsId = CsId(1721);
/// `\exp_stop_f:`
pub const EXP_STOP_F: CsId = CsId(1722);
/// `\tl_new:N`
pub const TL_NEW_N: CsId = CsId(1723);
/// `\tl_set:Nn`
pub const TL_SET_NN: CsId = CsId(1724);
/// `\tl_set:Ne`
pub const TL_SET_NE: CsId = CsId(1725);
/// `\tl_set:Nx`
pub const TL_SET_NX: CsId = CsId(1726);
/// `\tl_gset:Nn`
pub const TL_GSET_NN: CsId = CsId(1727);
/// `\tl_clear:N`
pub const TL_CLEAR_N: CsId = CsId(1728);
/// `\tl_gclear:N`
pub const TL_GCLEAR_N: CsId = CsId(1729);
/// `\tl_use:N`
pub const TL_USE_N: CsId = CsId(1730);
/// `\tl_put_right:Nn`
pub const TL_PUT_RIGHT_NN: CsId = CsId(1731);
/// `\tl_put_left:Nn`
pub const TL_PUT_LEFT_NN: CsId = CsId(1732);
/// `\tl_if_empty:NTF`
pub const TL_IF_EMPTY_NTF: CsId = CsId(1733);
/// `\tl_if_blank:nTF`
pub const TL_IF_BLANK_NTF: CsId = CsId(1734);
/// `\tl_if_eq:NNTF`
pub const TL_IF_EQ_NNTF: CsId = CsId(1735);
/// `\tl_to_str:n`
pub const TL_TO_STR_N: CsId = CsId(1736);
/// `\tl_count:n`
pub const TL_COUNT_N: CsId = CsId(1737);
/// `\tl_map_inline:nn`
pub const TL_MAP_INLINE_NN: CsId = CsId(1738);
/// `\tl_show:N`
pub const TL_SHOW_N: CsId = CsId(1739);
/// `\tl_const:Nn`
pub const TL_CONST_NN: CsId = CsId(1740);
/// `\tl_trim_spaces:n`
pub const TL_TRIM_SPACES_N: CsId = CsId(1741);
/// `\seq_new:N`
pub const SEQ_NEW_N: CsId = CsId(1742);
/// `\seq_set_from_clist:Nn`
pub const SEQ_SET_FROM_CLIST_NN: CsId = CsId(1743);
/// `\seq_put_right:Nn`
pub const SEQ_PUT_RIGHT_NN: CsId = CsId(1744);
/// `\seq_gput_right:Nn`
pub const SEQ_GPUT_RIGHT_NN: CsId = CsId(1745);
/// `\seq_map_inline:Nn`
pub const SEQ_MAP_INLINE_NN: CsId = CsId(1746);
/// `\seq_map_function:NN`
pub const SEQ_MAP_FUNCTION_NN: CsId = CsId(1747);
/// `\seq_use:Nn`
pub const SEQ_USE_NN: CsId = CsId(1748);
/// `\seq_count:N`
pub const SEQ_COUNT_N: CsId = CsId(1749);
/// `\seq_if_empty:NTF`
pub const SEQ_IF_EMPTY_NTF: CsId = CsId(1750);
/// `\seq_clear:N`
pub const SEQ_CLEAR_N: CsId = CsId(1751);
/// `\seq_item:Nn`
pub const SEQ_ITEM_NN: CsId = CsId(1752);
/// `\clist_new:N`
pub const CLIST_NEW_N: CsId = CsId(1753);
/// `\clist_map_inline:nn`
pub const CLIST_MAP_INLINE_NN: CsId = CsId(1754);
/// `\clist_set:Nn`
pub const CLIST_SET_NN: CsId = CsId(1755);
/// `\clist_if_empty:NTF`
pub const CLIST_IF_EMPTY_NTF: CsId = CsId(1756);
/// `\prop_new:N`
pub const PROP_NEW_N: CsId = CsId(1757);
/// `\prop_put:Nnn`
pub const PROP_PUT_NNN: CsId = CsId(1758);
/// `\prop_gput:Nnn`
pub const PROP_GPUT_NNN: CsId = CsId(1759);
/// `\prop_item:Nn`
pub const PROP_ITEM_NN: CsId = CsId(1760);
/// `\prop_get:NnNTF`
pub const PROP_GET_NNNTF: CsId = CsId(1761);
/// `\prop_if_in:NnTF`
pub const PROP_IF_IN_NNTF: CsId = CsId(1762);
/// `\int_new:N`
pub const INT_NEW_N: CsId = CsId(1763);
/// `\int_set:Nn`
pub const INT_SET_NN: CsId = CsId(1764);
/// `\int_gset:Nn`
pub const INT_GSET_NN: CsId = CsId(1765);
/// `\int_incr:N`
pub const INT_INCR_N: CsId = CsId(1766);
/// `\int_gincr:N`
pub const INT_GINCR_N: CsId = CsId(1767);
/// `\int_decr:N`
pub const INT_DECR_N: CsId = CsId(1768);
/// `\int_use:N`
pub const INT_USE_N: CsId = CsId(1769);
/// `\int_eval:n`
pub const INT_EVAL_N: CsId = CsId(1770);
/// `\int_compare:nNnTF`
pub const INT_COMPARE_NNNTF: CsId = CsId(1771);
/// `\int_compare:nNnT`
pub const INT_COMPARE_NNNT: CsId = CsId(1772);
/// `\int_compare_p:nNn`
pub const INT_COMPARE_P_NNN: CsId = CsId(1773);
/// `\int_step_inline:nnn`
pub const INT_STEP_INLINE_NNN: CsId = CsId(1774);
/// `\int_to_arabic:n`
pub const INT_TO_ARABIC_N: CsId = CsId(1775);
/// `\int_case:nn`
pub const INT_CASE_NN: CsId = CsId(1776);
/// `\dim_new:N`
pub const DIM_NEW_N: CsId = CsId(1777);
/// `\dim_set:Nn`
pub const DIM_SET_NN: CsId = CsId(1778);
/// `\dim_use:N`
pub const DIM_USE_N: CsId = CsId(1779);
/// `\dim_eval:n`
pub const DIM_EVAL_N: CsId = CsId(1780);
/// `\skip_new:N`
pub const SKIP_NEW_N: CsId = CsId(1781);
/// `\bool_new:N`
pub const BOOL_NEW_N: CsId = CsId(1782);
/// `\bool_set_true:N`
pub const BOOL_SET_TRUE_N: CsId = CsId(1783);
/// `\bool_set_false:N`
pub const BOOL_SET_FALSE_N: CsId = CsId(1784);
/// `\bool_gset_true:N`
pub const BOOL_GSET_TRUE_N: CsId = CsId(1785);
/// `\bool_gset_false:N`
pub const BOOL_GSET_FALSE_N: CsId = CsId(1786);
/// `\bool_if:NTF`
pub const BOOL_IF_NTF: CsId = CsId(1787);
/// `\bool_if:NT`
pub const BOOL_IF_NT: CsId = CsId(1788);
/// `\bool_if:NF`
pub const BOOL_IF_NF: CsId = CsId(1789);
/// `\bool_if_p:N`
pub const BOOL_IF_P_N: CsId = CsId(1790);
/// `\bool_lazy_and:nnTF`
pub const BOOL_LAZY_AND_NNTF: CsId = CsId(1791);
/// `\bool_lazy_or:nnTF`
pub const BOOL_LAZY_OR_NNTF: CsId = CsId(1792);
/// `\str_if_eq:nnTF`
pub const STR_IF_EQ_NNTF: CsId = CsId(1793);
/// `\str_if_eq:VnTF`
pub const STR_IF_EQ_VNTF: CsId = CsId(1794);
/// `\str_case:nn`
pub const STR_CASE_NN: CsId = CsId(1795);
/// `\str_new:N`
pub const STR_NEW_N: CsId = CsId(1796);
/// `\str_set:Nn`
pub const STR_SET_NN: CsId = CsId(1797);
/// `\str_use:N`
pub const STR_USE_N: CsId = CsId(1798);
/// `\msg_new:nnn`
pub const MSG_NEW_NNN: CsId = CsId(1799);
/// `\msg_new:nnnn`
pub const MSG_NEW_NNNN: CsId = CsId(1800);
/// `\msg_error:nn`
pub const MSG_ERROR_NN: CsId = CsId(1801);
/// `\msg_error:nnn`
pub const MSG_ERROR_NNN: CsId = CsId(1802);
/// `\msg_warning:nn`
pub const MSG_WARNING_NN: CsId = CsId(1803);
/// `\msg_warning:nnn`
pub const MSG_WARNING_NNN: CsId = CsId(1804);
/// `\msg_info:nn`
pub const MSG_INFO_NN: CsId = CsId(1805);
/// `\keys_define:nn`
pub const KEYS_DEFINE_NN: CsId = CsId(1806);
/// `\keys_set:nn`
pub const KEYS_SET_NN: CsId = CsId(1807);
/// `\prg_new_conditional:Npnn`
pub const PRG_NEW_CONDITIONAL_NPNN: CsId = CsId(1808);
/// `\prg_new_protected_conditional:Npnn`
pub const PRG_NEW_PROTECTED_CONDITIONAL_NPNN: CsId = CsId(1809);
/// `\prg_return_true:`
pub const PRG_RETURN_TRUE: CsId = CsId(1810);
/// `\prg_return_false:`
pub const PRG_RETURN_FALSE: CsId = CsId(1811);
/// `\prg_do_nothing:`
pub const PRG_DO_NOTHING: CsId = CsId(1812);
/// `\prg_replicate:nn`
pub const PRG_REPLICATE_NN: CsId = CsId(1813);
/// `\iow_term:n`
pub const IOW_TERM_N: CsId = CsId(1814);
/// `\iow_log:n`
pub const IOW_LOG_N: CsId = CsId(1815);
/// `\iow_newline:`
pub const IOW_NEWLINE: CsId = CsId(1816);
/// `\token_to_str:N`
pub const TOKEN_TO_STR_N: CsId = CsId(1817);
/// `\token_if_eq_meaning:NNTF`
pub const TOKEN_IF_EQ_MEANING_NNTF: CsId = CsId(1818);
/// `\peek_meaning:NTF`
pub const PEEK_MEANING_NTF: CsId = CsId(1819);
/// `\peek_charcode:NTF`
pub const PEEK_CHARCODE_NTF: CsId = CsId(1820);
/// `\char_set_catcode_letter:N`
pub const CHAR_SET_CATCODE_LETTER_N: CsId = CsId(1821);
/// `\char_set_catcode_other:N`
pub const CHAR_SET_CATCODE_OTHER_N: CsId = CsId(1822);
/// `\char_generate:nn`
pub const CHAR_GENERATE_NN: CsId = CsId(1823);
/// `\sys_if_engine_luatex:TF`
pub const SYS_IF_ENGINE_LUATEX_TF: CsId = CsId(1824);
/// `\sys_if_engine_xetex:TF`
pub const SYS_IF_ENGINE_XETEX_TF: CsId = CsId(1825);
/// `\group_begin:`
pub const GROUP_BEGIN: CsId = CsId(1826);
/// `\group_end:`
pub const GROUP_END: CsId = CsId(1827);
/// `\c_space_tl`
pub const C_SPACE_TL: CsId = CsId(1828);
/// `\c_empty_tl`
pub const C_EMPTY_TL: CsId = CsId(1829);
/// `\c_true_bool`
pub const C_TRUE_BOOL: CsId = CsId(1830);
/// `\c_false_bool`
pub const C_FALSE_BOOL: CsId = CsId(1831);
/// `\c_zero_int`
pub const C_ZERO_INT: CsId = CsId(1832);
/// `\c_one_int`
pub const C_ONE_INT: CsId = CsId(1833);
/// `\c_max_int`
pub const C_MAX_INT: CsId = CsId(1834);
/// `\l_tmpa_tl`
pub const L_TMPA_TL: CsId = CsId(1835);
/// `\l_tmpb_tl`
pub const L_TMPB_TL: CsId = CsId(1836);
/// `\g_tmpa_tl`
pub const G_TMPA_TL: CsId = CsId(1837);
/// `\g_tmpb_tl`
pub const G_TMPB_TL: CsId = CsId(1838);
/// `\l_tmpa_int`
pub const L_TMPA_INT: CsId = CsId(1839);
/// `\l_tmpb_int`
pub const L_TMPB_INT: CsId = CsId(1840);
/// `\l_tmpa_bool`
pub const L_TMPA_BOOL: CsId = CsId(1841);
/// `\l_tmpa_seq`
pub const L_TMPA_SEQ: CsId = CsId(1842);
/// `\l_tmpa_str`
pub const L_TMPA_STR: CsId = CsId(1843);
/// `\l_tmpa_dim`
pub const L_TMPA_DIM: CsId = CsId(1844);
/// `\l_tmpa_clist`
pub const L_TMPA_CLIST: CsId = CsId(1845);
/// `\l_tmpa_prop`
pub const L_TMPA_PROP: CsId = CsId(1846);
/// `\q_stop`
pub const Q_STOP: CsId = CsId(1847);
/// `\q_mark`
pub const Q_MARK: CsId = CsId(1848);
/// `\q_nil`
pub const Q_NIL: CsId = CsId(1849);
/// `\q_no_value`
pub const Q_NO_VALUE: CsId = CsId(1850);
/// `\s_stop`
pub const S_STOP: CsId = CsId(1851);
/// `\scan_stop:`
pub const SCAN_STOP: CsId = CsId(1852);
/// `\quark_if_nil:NTF`
pub const QUARK_IF_NIL_NTF: CsId = CsId(1853);
/// `\Verb`
pub const VERB_CAP: CsId = CsId(1854);
/// `\DefineVerbatimEnvironment`
pub const DEFINEVERBATIMENVIRONMENT: CsId = CsId(1855);
/// `\RecustomVerbatimEnvironment`
pub const RECUSTOMVERBATIMENVIRONMENT: CsId = CsId(1856);
/// `\lstnewenvironment`
pub const LSTNEWENVIRONMENT: CsId = CsId(1857);
/// `\newminted`
pub const NEWMINTED: CsId = CsId(1858);
/// `\newmint`
pub const NEWMINT: CsId = CsId(1859);
/// `\newmintinline`
pub const NEWMINTINLINE: CsId = CsId(1860);
/// `\newmintedfile`
pub const NEWMINTEDFILE: CsId = CsId(1861);
/// `\excludecomment`
pub const EXCLUDECOMMENT: CsId = CsId(1862);
/// `\includecomment`
pub const INCLUDECOMMENT: CsId = CsId(1863);
/// `\MakeShortVerb`
pub const MAKESHORTVERB: CsId = CsId(1864);
/// `\DeleteShortVerb`
pub const DELETESHORTVERB: CsId = CsId(1865);
/// `\ProvideDocumentEnvironment`
pub const PROVIDEDOCUMENTENVIRONMENT: CsId = CsId(1866);
/// `\DeclareDocumentEnvironment`
pub const DECLAREDOCUMENTENVIRONMENT: CsId = CsId(1867);
/// `\AtEndPreamble`
pub const ATENDPREAMBLE: CsId = CsId(1868);
/// `\AfterEndPreamble`
pub const AFTERENDPREAMBLE: CsId = CsId(1869);
/// `\AddToHookNext`
pub const ADDTOHOOKNEXT: CsId = CsId(1870);
/// `\g@addto@macro`
pub const G_AT_ADDTO_AT_MACRO: CsId = CsId(1871);
/// `\gpreto`
pub const GPRETO: CsId = CsId(1872);
/// `\xapptocmd`
pub const XAPPTOCMD: CsId = CsId(1873);
/// `\xpretocmd`
pub const XPRETOCMD: CsId = CsId(1874);
/// `\newrobustcmd`
pub const NEWROBUSTCMD: CsId = CsId(1875);
/// `\renewrobustcmd`
pub const RENEWROBUSTCMD: CsId = CsId(1876);
/// `\providerobustcmd`
pub const PROVIDEROBUSTCMD: CsId = CsId(1877);

/// Names of the catalog; `NAMES[i]` is the name of id `FIRST + i`.
pub(crate) static NAMES: [&str; 1749] = [
    "par",
    "begin",
    "end",
    "relax",
    "def",
    "gdef",
    "edef",
    "xdef",
    "let",
    "futurelet",
    "expandafter",
    "noexpand",
    "csname",
    "endcsname",
    "catcode",
    "endlinechar",
    "ifx",
    "ifnum",
    "else",
    "fi",
    "begingroup",
    "endgroup",
    "bgroup",
    "egroup",
    "global",
    "long",
    "outer",
    "protected",
    "the",
    "number",
    "romannumeral",
    "string",
    "meaning",
    "detokenize",
    "unexpanded",
    "input",
    "endinput",
    "hbox",
    "vbox",
    "documentclass",
    "usepackage",
    "newcommand",
    "renewcommand",
    "providecommand",
    "newenvironment",
    "renewenvironment",
    "section",
    "subsection",
    "subsubsection",
    "label",
    "ref",
    "cite",
    "emph",
    "textbf",
    "textit",
    "item",
    "makeatletter",
    "makeatother",
    "ExplSyntaxOn",
    "ExplSyntaxOff",
    "verb",
    "frac",
    "left",
    "right",
    "include",
    "if",
    "ifcat",
    "ifdim",
    "ifodd",
    "ifvmode",
    "ifhmode",
    "ifmmode",
    "ifinner",
    "ifvoid",
    "ifhbox",
    "ifvbox",
    "ifeof",
    "iftrue",
    "iffalse",
    "ifcase",
    "or",
    "vtop",
    "vcenter",
    "box",
    "copy",
    "setbox",
    "unhbox",
    "unvbox",
    "unhcopy",
    "unvcopy",
    "lastbox",
    "hskip",
    "vskip",
    "hfil",
    "hfill",
    "hfilneg",
    "hss",
    "vfil",
    "vfill",
    "vfilneg",
    "vss",
    "kern",
    "mkern",
    "mskip",
    "penalty",
    "hrule",
    "vrule",
    "noindent",
    "indent",
    "leavevmode",
    "char",
    "chardef",
    "mathchardef",
    "countdef",
    "dimendef",
    "skipdef",
    "toksdef",
    "muskipdef",
    "count",
    "dimen",
    "skip",
    "toks",
    "muskip",
    "advance",
    "multiply",
    "divide",
    "newcount",
    "newdimen",
    "newskip",
    "newtoks",
    "newmuskip",
    "newbox",
    "newif",
    "newread",
    "newwrite",
    "newlinechar",
    "escapechar",
    "lccode",
    "uccode",
    "sfcode",
    "mathcode",
    "delcode",
    "lowercase",
    "uppercase",
    "message",
    "errmessage",
    "write",
    "immediate",
    "openin",
    "openout",
    "closein",
    "closeout",
    "read",
    "show",
    "showthe",
    "showbox",
    "showlists",
    "showtokens",
    "tracingmacros",
    "tracingonline",
    "tracingcommands",
    "tracingrestores",
    "tracingparagraphs",
    "tracingpages",
    "tracingoutput",
    "tracinglostchars",
    "tracingstats",
    "tracingassigns",
    "tracinggroups",
    "tracingifs",
    "tracingscantokens",
    "tracingnesting",
    "aftergroup",
    "afterassignment",
    "ignorespaces",
    "scantokens",
    "everypar",
    "everymath",
    "everydisplay",
    "everyhbox",
    "everyvbox",
    "everyjob",
    "everycr",
    "everyeof",
    "jobname",
    "font",
    "fontname",
    "nullfont",
    "mathsurround",
    "displaystyle",
    "textstyle",
    "scriptstyle",
    "scriptscriptstyle",
    "mathchoice",
    "mathchar",
    "mathaccent",
    "mathop",
    "mathbin",
    "mathrel",
    "mathord",
    "mathopen",
    "mathclose",
    "mathpunct",
    "mathinner",
    "overline",
    "underline",
    "over",
    "atop",
    "above",
    "overwithdelims",
    "atopwithdelims",
    "abovewithdelims",
    "delimiter",
    "radical",
    "middle",
    "limits",
    "nolimits",
    "displaylimits",
    "halign",
    "valign",
    "noalign",
    "omit",
    "span",
    "cr",
    "crcr",
    "tabskip",
    "hangindent",
    "hangafter",
    "parindent",
    "parskip",
    "parfillskip",
    "baselineskip",
    "lineskip",
    "lineskiplimit",
    "leftskip",
    "rightskip",
    "hsize",
    "vsize",
    "topskip",
    "splittopskip",
    "maxdepth",
    "splitmaxdepth",
    "pretolerance",
    "tolerance",
    "emergencystretch",
    "looseness",
    "hbadness",
    "vbadness",
    "hfuzz",
    "vfuzz",
    "unskip",
    "unkern",
    "unpenalty",
    "lastskip",
    "lastkern",
    "lastpenalty",
    "vadjust",
    "insert",
    "mark",
    "topmark",
    "firstmark",
    "botmark",
    "splitfirstmark",
    "splitbotmark",
    "vsplit",
    "output",
    "outputpenalty",
    "pagegoal",
    "pagetotal",
    "pagedepth",
    "pagestretch",
    "pageshrink",
    "shipout",
    "deadcycles",
    "holdinginserts",
    "maxdeadcycles",
    "special",
    "discretionary",
    "accent",
    "noboundary",
    "spacefactor",
    "spaceskip",
    "xspaceskip",
    "fontdimen",
    "hyphenchar",
    "defaulthyphenchar",
    "defaultskewchar",
    "skewchar",
    "hyphenation",
    "patterns",
    "language",
    "setlanguage",
    "uchyph",
    "lefthyphenmin",
    "righthyphenmin",
    "errorcontextlines",
    "batchmode",
    "nonstopmode",
    "scrollmode",
    "errorstopmode",
    "dump",
    "time",
    "day",
    "month",
    "year",
    "inputlineno",
    "clubpenalty",
    "widowpenalty",
    "displaywidowpenalty",
    "brokenpenalty",
    "hyphenpenalty",
    "exhyphenpenalty",
    "binoppenalty",
    "relpenalty",
    "predisplaypenalty",
    "postdisplaypenalty",
    "floatingpenalty",
    "doublehyphendemerits",
    "finalhyphendemerits",
    "adjdemerits",
    "linepenalty",
    "interlinepenalty",
    "mag",
    "nonscript",
    "delimitershortfall",
    "delimiterfactor",
    "nulldelimiterspace",
    "scriptspace",
    "fam",
    "textfont",
    "scriptfont",
    "scriptscriptfont",
    "predisplaysize",
    "displaywidth",
    "displayindent",
    "abovedisplayskip",
    "belowdisplayskip",
    "abovedisplayshortskip",
    "belowdisplayshortskip",
    "eqno",
    "leqno",
    "badness",
    "prevdepth",
    "prevgraf",
    "moveleft",
    "moveright",
    "raise",
    "lower",
    "unhskip",
    "wd",
    "ht",
    "dp",
    "errhelp",
    "openup",
    "magnification",
    "obeyspaces",
    "obeylines",
    "frenchspacing",
    "nonfrenchspacing",
    "bye",
    "loop",
    "repeat",
    "newhelp",
    "space",
    "empty",
    "null",
    "allowbreak",
    "nobreak",
    "break",
    "filbreak",
    "goodbreak",
    "smallbreak",
    "medbreak",
    "bigbreak",
    "strut",
    "mathstrut",
    "phantom",
    "vphantom",
    "hphantom",
    "smash",
    "llap",
    "rlap",
    "rightline",
    "leftline",
    "centerline",
    "line",
    "hidewidth",
    "enskip",
    "enspace",
    "thinspace",
    "negthinspace",
    "quad",
    "qquad",
    "dotfill",
    "hrulefill",
    "multispan",
    "ialign",
    "sevenrm",
    "fiverm",
    "tenrm",
    "tenbf",
    "tenit",
    "tensl",
    "tentt",
    "numexpr",
    "dimexpr",
    "glueexpr",
    "muexpr",
    "ifdefined",
    "ifcsname",
    "iffontchar",
    "unless",
    "eTeXversion",
    "eTeXrevision",
    "currentgrouplevel",
    "currentgrouptype",
    "currentiflevel",
    "lastnodetype",
    "showgroups",
    "showifs",
    "interactionmode",
    "readline",
    "protrusionboundary",
    "interlinepenalties",
    "clubpenalties",
    "widowpenalties",
    "displaywidowpenalties",
    "lastlinefit",
    "predisplaydirection",
    "TeXXeTstate",
    "beginL",
    "endL",
    "beginR",
    "endR",
    "savingvdiscards",
    "pagediscards",
    "splitdiscards",
    "savinghyphcodes",
    "marks",
    "gluestretch",
    "glueshrink",
    "expanded",
    "ifincsname",
    "pdfstrcmp",
    "pdfoutput",
    "pdftexversion",
    "pdfprimitive",
    "ifpdfprimitive",
    "primitive",
    "pdfpagewidth",
    "pdfpageheight",
    "pdfcompresslevel",
    "pdfminorversion",
    "pdfinfo",
    "pdfcatalog",
    "pdfliteral",
    "pdfximage",
    "pdfrefximage",
    "pdfmdfivesum",
    "pdfuniformdeviate",
    "pdfelapsedtime",
    "pdfshellescape",
    "strcmp",
    "luatexversion",
    "directlua",
    "luaescapestring",
    "latelua",
    "XeTeXversion",
    "XeTeXrevision",
    "Uchar",
    "Ucharcat",
    "Umathcode",
    "Umathchar",
    "Umathchardef",
    "Udelimiter",
    "Uradical",
    "ifluatex",
    "ifxetex",
    "ifpdf",
    "iftutex",
    "RequirePackage",
    "ProvidesPackage",
    "ProvidesFile",
    "ProvidesClass",
    "NeedsTeXFormat",
    "LoadClass",
    "LoadClassWithOptions",
    "RequirePackageWithOptions",
    "PassOptionsToPackage",
    "PassOptionsToClass",
    "DeclareOption",
    "ProcessOptions",
    "ExecuteOptions",
    "CurrentOption",
    "OptionNotUsed",
    "AtBeginDocument",
    "AtEndDocument",
    "AtEndOfPackage",
    "AtEndOfClass",
    "AtBeginDvi",
    "AddToHook",
    "UseHook",
    "newtheorem",
    "newcounter",
    "setcounter",
    "addtocounter",
    "stepcounter",
    "refstepcounter",
    "value",
    "arabic",
    "roman",
    "Roman",
    "alph",
    "Alph",
    "fnsymbol",
    "thepage",
    "thesection",
    "thesubsection",
    "thechapter",
    "theequation",
    "thefigure",
    "thetable",
    "theenumi",
    "thefootnote",
    "newlength",
    "setlength",
    "addtolength",
    "settowidth",
    "settoheight",
    "settodepth",
    "paragraph",
    "subparagraph",
    "chapter",
    "part",
    "pageref",
    "nocite",
    "bibliography",
    "bibliographystyle",
    "bibitem",
    "thebibliography",
    "texttt",
    "textrm",
    "textsf",
    "textsc",
    "textsl",
    "textup",
    "textmd",
    "textnormal",
    "itemize",
    "enumerate",
    "description",
    "title",
    "author",
    "date",
    "maketitle",
    "thanks",
    "and",
    "tableofcontents",
    "listoffigures",
    "listoftables",
    "appendix",
    "footnote",
    "footnotemark",
    "footnotetext",
    "marginpar",
    "caption",
    "centering",
    "raggedright",
    "raggedleft",
    "newpage",
    "clearpage",
    "cleardoublepage",
    "pagebreak",
    "nopagebreak",
    "linebreak",
    "nolinebreak",
    "newline",
    "vspace",
    "hspace",
    "smallskip",
    "medskip",
    "bigskip",
    "tiny",
    "scriptsize",
    "footnotesize",
    "small",
    "normalsize",
    "large",
    "Large",
    "LARGE",
    "huge",
    "Huge",
    "rmfamily",
    "sffamily",
    "ttfamily",
    "bfseries",
    "mdseries",
    "itshape",
    "slshape",
    "scshape",
    "upshape",
    "normalfont",
    "em",
    "bf",
    "it",
    "rm",
    "sf",
    "tt",
    "sl",
    "sc",
    "mbox",
    "makebox",
    "fbox",
    "framebox",
    "parbox",
    "raisebox",
    "rule",
    "protect",
    "ensuremath",
    "text",
    "mathrm",
    "mathbf",
    "mathit",
    "mathsf",
    "mathtt",
    "mathcal",
    "mathnormal",
    "mathversion",
    "pagestyle",
    "thispagestyle",
    "pagenumbering",
    "markboth",
    "markright",
    "today",
    "LaTeX",
    "LaTeXe",
    "TeX",
    "ldots",
    "cdots",
    "vdots",
    "ddots",
    "dots",
    "textbackslash",
    "textasciitilde",
    "textasciicircum",
    "textbar",
    "textless",
    "textgreater",
    "textquotedblleft",
    "textquotedblright",
    "textquoteleft",
    "textquoteright",
    "textendash",
    "textemdash",
    "textbullet",
    "textperiodcentered",
    "textregistered",
    "texttrademark",
    "textdegree",
    "copyright",
    "dag",
    "ddag",
    "pounds",
    "includeonly",
    "listfiles",
    "typeout",
    "PackageWarning",
    "PackageWarningNoLine",
    "PackageError",
    "PackageInfo",
    "ClassWarning",
    "ClassWarningNoLine",
    "ClassError",
    "ClassInfo",
    "GenericError",
    "GenericWarning",
    "GenericInfo",
    "DeclareRobustCommand",
    "DeclareTextCommand",
    "DeclareTextSymbol",
    "DeclareTextAccent",
    "DeclareFontFamily",
    "DeclareFontShape",
    "DeclareFontEncoding",
    "DeclareMathAlphabet",
    "DeclareSymbolFont",
    "SetSymbolFont",
    "DeclareMathSymbol",
    "DeclareMathDelimiter",
    "DeclareMathAccent",
    "DeclareMathRadical",
    "DeclareSymbolFontAlphabet",
    "DeclareMathVersion",
    "DeclareOldFontCommand",
    "newfont",
    "selectfont",
    "fontsize",
    "fontfamily",
    "fontseries",
    "fontshape",
    "fontencoding",
    "usefont",
    "linespread",
    "baselinestretch",
    "stretch",
    "fill",
    "IfFileExists",
    "InputIfFileExists",
    "newsavebox",
    "savebox",
    "sbox",
    "usebox",
    "tabularnewline",
    "arraystretch",
    "tabcolsep",
    "arraycolsep",
    "extracolsep",
    "linewidth",
    "columnwidth",
    "textwidth",
    "textheight",
    "paperwidth",
    "paperheight",
    "oddsidemargin",
    "evensidemargin",
    "topmargin",
    "headheight",
    "headsep",
    "footskip",
    "marginparwidth",
    "marginparsep",
    "columnsep",
    "unitlength",
    "labelsep",
    "labelwidth",
    "itemsep",
    "parsep",
    "topsep",
    "partopsep",
    "leftmargin",
    "rightmargin",
    "listparindent",
    "itemindent",
    "makelabel",
    "usecounter",
    "list",
    "trivlist",
    "endlist",
    "tabular",
    "array",
    "tabbing",
    "kill",
    "hline",
    "cline",
    "vline",
    "multicolumn",
    "figure",
    "table",
    "document",
    "center",
    "flushleft",
    "flushright",
    "quote",
    "quotation",
    "verse",
    "minipage",
    "equation",
    "eqnarray",
    "displaymath",
    "math",
    "picture",
    "put",
    "multiput",
    "nonumber",
    "suppressfloats",
    "samepage",
    "enlargethispage",
    "twocolumn",
    "onecolumn",
    "addvspace",
    "addpenalty",
    "mathindent",
    "abovecaptionskip",
    "belowcaptionskip",
    "contentsname",
    "listfigurename",
    "listtablename",
    "refname",
    "bibname",
    "indexname",
    "figurename",
    "tablename",
    "partname",
    "chaptername",
    "appendixname",
    "abstractname",
    "makeindex",
    "index",
    "glossary",
    "makeglossary",
    "sloppy",
    "fussy",
    "nocorr",
    "normalmarginpar",
    "reversemarginpar",
    "DeclareUnicodeCharacter",
    "UseRawInputEncoding",
    "NewCommandCopy",
    "DeclareCommandCopy",
    "ShowCommand",
    "IfFormatAtLeastTF",
    "DocumentMetadata",
    "MakeUppercase",
    "MakeLowercase",
    "MakeTitlecase",
    "MakeRobust",
    "textsuperscript",
    "textsubscript",
    "check@nocorr",
    "sqrt",
    "dfrac",
    "tfrac",
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "varepsilon",
    "zeta",
    "eta",
    "theta",
    "vartheta",
    "iota",
    "kappa",
    "lambda",
    "mu",
    "nu",
    "xi",
    "pi",
    "varpi",
    "rho",
    "varrho",
    "sigma",
    "varsigma",
    "tau",
    "upsilon",
    "phi",
    "varphi",
    "chi",
    "psi",
    "omega",
    "Gamma",
    "Delta",
    "Theta",
    "Lambda",
    "Xi",
    "Pi",
    "Sigma",
    "Upsilon",
    "Phi",
    "Psi",
    "Omega",
    "sum",
    "prod",
    "coprod",
    "int",
    "iint",
    "iiint",
    "oint",
    "bigcup",
    "bigcap",
    "bigoplus",
    "bigotimes",
    "bigodot",
    "biguplus",
    "bigsqcup",
    "bigvee",
    "bigwedge",
    "lim",
    "limsup",
    "liminf",
    "sup",
    "inf",
    "max",
    "min",
    "det",
    "exp",
    "log",
    "ln",
    "lg",
    "sin",
    "cos",
    "tan",
    "sec",
    "csc",
    "cot",
    "arcsin",
    "arccos",
    "arctan",
    "sinh",
    "cosh",
    "tanh",
    "coth",
    "arg",
    "deg",
    "dim",
    "gcd",
    "hom",
    "ker",
    "Pr",
    "infty",
    "partial",
    "nabla",
    "forall",
    "exists",
    "nexists",
    "neg",
    "lnot",
    "emptyset",
    "varnothing",
    "in",
    "notin",
    "ni",
    "subset",
    "subseteq",
    "subsetneq",
    "supset",
    "supseteq",
    "supsetneq",
    "cup",
    "cap",
    "sqcup",
    "sqcap",
    "uplus",
    "setminus",
    "wedge",
    "vee",
    "land",
    "lor",
    "oplus",
    "otimes",
    "odot",
    "ominus",
    "oslash",
    "times",
    "div",
    "cdot",
    "pm",
    "mp",
    "ast",
    "star",
    "circ",
    "bullet",
    "diamond",
    "leq",
    "le",
    "geq",
    "ge",
    "neq",
    "ne",
    "leqslant",
    "geqslant",
    "approx",
    "sim",
    "simeq",
    "cong",
    "equiv",
    "propto",
    "ll",
    "gg",
    "prec",
    "succ",
    "preceq",
    "succeq",
    "perp",
    "parallel",
    "mid",
    "nmid",
    "to",
    "gets",
    "mapsto",
    "rightarrow",
    "leftarrow",
    "Rightarrow",
    "Leftarrow",
    "leftrightarrow",
    "Leftrightarrow",
    "longrightarrow",
    "longleftarrow",
    "Longrightarrow",
    "Longleftarrow",
    "longleftrightarrow",
    "Longleftrightarrow",
    "longmapsto",
    "iff",
    "implies",
    "impliedby",
    "uparrow",
    "downarrow",
    "Uparrow",
    "Downarrow",
    "updownarrow",
    "hookrightarrow",
    "hookleftarrow",
    "nearrow",
    "searrow",
    "nwarrow",
    "swarrow",
    "rightharpoonup",
    "leftharpoonup",
    "rightleftharpoons",
    "langle",
    "rangle",
    "lfloor",
    "rfloor",
    "lceil",
    "rceil",
    "lbrace",
    "rbrace",
    "lbrack",
    "rbrack",
    "vert",
    "Vert",
    "lvert",
    "rvert",
    "backslash",
    "big",
    "Big",
    "bigg",
    "Bigg",
    "bigl",
    "bigr",
    "Bigl",
    "Bigr",
    "biggl",
    "biggr",
    "Biggl",
    "Biggr",
    "bigm",
    "hat",
    "widehat",
    "tilde",
    "widetilde",
    "bar",
    "vec",
    "dot",
    "ddot",
    "dddot",
    "acute",
    "grave",
    "breve",
    "check",
    "mathring",
    "underbrace",
    "overbrace",
    "overrightarrow",
    "overleftarrow",
    "stackrel",
    "overset",
    "underset",
    "binom",
    "tbinom",
    "dbinom",
    "choose",
    "pmod",
    "bmod",
    "mod",
    "pod",
    "cdotp",
    "colon",
    "prime",
    "ell",
    "hbar",
    "hslash",
    "imath",
    "jmath",
    "Re",
    "Im",
    "aleph",
    "beth",
    "wp",
    "angle",
    "measuredangle",
    "triangle",
    "triangleleft",
    "triangleright",
    "top",
    "bot",
    "vdash",
    "dashv",
    "models",
    "boldsymbol",
    "bm",
    "pmb",
    "operatorname",
    "DeclareMathOperator",
    "mathbb",
    "mathfrak",
    "mathscr",
    "mathds",
    "substack",
    "tag",
    "notag",
    "eqref",
    "intertext",
    "shortintertext",
    "cfrac",
    "genfrac",
    "not",
    "smallint",
    "sqrtsign",
    "surd",
    "flat",
    "natural",
    "sharp",
    "clubsuit",
    "diamondsuit",
    "heartsuit",
    "spadesuit",
    "lhd",
    "rhd",
    "unlhd",
    "unrhd",
    "bowtie",
    "Join",
    "leadsto",
    "therefore",
    "because",
    "square",
    "blacksquare",
    "Box",
    "qed",
    "qedhere",
    "QED",
    "lesssim",
    "gtrsim",
    "ldotp",
    "dotsc",
    "dotsb",
    "dotsm",
    "dotsi",
    "dotso",
    "mathclap",
    "mathllap",
    "mathrlap",
    "coloneqq",
    "xrightarrow",
    "xleftarrow",
    "includegraphics",
    "graphicspath",
    "rotatebox",
    "scalebox",
    "resizebox",
    "reflectbox",
    "captionof",
    "subcaption",
    "subfloat",
    "toprule",
    "midrule",
    "bottomrule",
    "cmidrule",
    "addlinespace",
    "multirow",
    "url",
    "href",
    "hyperref",
    "hypersetup",
    "hyperlink",
    "hypertarget",
    "autoref",
    "nameref",
    "phantomsection",
    "pdfbookmark",
    "cref",
    "Cref",
    "crefname",
    "Crefname",
    "textcolor",
    "color",
    "definecolor",
    "colorbox",
    "fcolorbox",
    "pagecolor",
    "rowcolor",
    "cellcolor",
    "SI",
    "si",
    "num",
    "qty",
    "unit",
    "ang",
    "lstinline",
    "lstset",
    "lstinputlisting",
    "mintinline",
    "inputminted",
    "usemintedstyle",
    "usetikzlibrary",
    "tikz",
    "draw",
    "node",
    "path",
    "coordinate",
    "foreach",
    "pgfmathsetmacro",
    "pgfmathparse",
    "pgfmathresult",
    "tikzset",
    "pgfkeys",
    "pgfplotsset",
    "addplot",
    "geometry",
    "newgeometry",
    "restoregeometry",
    "setstretch",
    "onehalfspacing",
    "doublespacing",
    "singlespacing",
    "xspace",
    "todo",
    "citep",
    "citet",
    "citeauthor",
    "citeyear",
    "citealp",
    "parencite",
    "textcite",
    "autocite",
    "footcite",
    "printbibliography",
    "addbibresource",
    "DeclareFieldFormat",
    "newacronym",
    "gls",
    "glspl",
    "Gls",
    "acrshort",
    "acrlong",
    "acrfull",
    "fancyhf",
    "fancyhead",
    "fancyfoot",
    "fancypagestyle",
    "lhead",
    "chead",
    "rhead",
    "lfoot",
    "cfoot",
    "rfoot",
    "headrulewidth",
    "footrulewidth",
    "titleformat",
    "titlespacing",
    "setlist",
    "newlist",
    "FloatBarrier",
    "ifdef",
    "ifundef",
    "ifdefempty",
    "ifstrequal",
    "ifstrempty",
    "ifblank",
    "newbool",
    "setbool",
    "ifbool",
    "booltrue",
    "boolfalse",
    "appto",
    "gappto",
    "preto",
    "apptocmd",
    "pretocmd",
    "patchcmd",
    "xpatchcmd",
    "AtBeginEnvironment",
    "AtEndEnvironment",
    "robustify",
    "csdef",
    "csgdef",
    "csedef",
    "csxdef",
    "csuse",
    "cslet",
    "letcs",
    "csletcs",
    "ifcsdef",
    "ifcsundef",
    "ifthenelse",
    "equal",
    "whiledo",
    "newboolean",
    "setboolean",
    "selectlanguage",
    "foreignlanguage",
    "otherlanguage",
    "babelprovide",
    "setmainfont",
    "setsansfont",
    "setmonofont",
    "newfontfamily",
    "fontspec",
    "setmathfont",
    "inputencoding",
    "NewDocumentCommand",
    "RenewDocumentCommand",
    "ProvideDocumentCommand",
    "DeclareDocumentCommand",
    "NewExpandableDocumentCommand",
    "NewDocumentEnvironment",
    "RenewDocumentEnvironment",
    "IfNoValueTF",
    "IfNoValueT",
    "IfNoValueF",
    "IfValueTF",
    "IfValueT",
    "IfBooleanTF",
    "IfBooleanT",
    "IfBooleanF",
    "ProvidesExplPackage",
    "ProvidesExplClass",
    "ProvidesExplFile",
    "DeclareKeys",
    "SetKeys",
    "ProcessKeyOptions",
    "newtcolorbox",
    "tcbset",
    "tcbuselibrary",
    "mdfdefinestyle",
    "theoremstyle",
    "newtheoremstyle",
    "proof",
    "qedsymbol",
    "ding",
    "checkmark",
    "cancel",
    "sout",
    "uline",
    "uwave",
    "xout",
    "hl",
    "ul",
    "textcircled",
    "@ifnextchar",
    "@ifstar",
    "@ifundefined",
    "@ifdefinable",
    "@ifpackageloaded",
    "@ifclassloaded",
    "@ifpackagewith",
    "@ifl@t@r",
    "@namedef",
    "@nameuse",
    "@tempa",
    "@tempb",
    "@tempc",
    "@tempboxa",
    "@tempcnta",
    "@tempcntb",
    "@tempdima",
    "@tempdimb",
    "@tempdimc",
    "@tempskipa",
    "@tempskipb",
    "@temptokena",
    "@tempswatrue",
    "@tempswafalse",
    "if@tempswa",
    "@gobble",
    "@gobbletwo",
    "@gobblethree",
    "@gobblefour",
    "@firstofone",
    "@firstoftwo",
    "@secondoftwo",
    "@firstofthree",
    "@secondofthree",
    "@thirdofthree",
    "@iden",
    "@empty",
    "@car",
    "@cdr",
    "@nil",
    "@nnil",
    "@undefined",
    "@ehc",
    "@eha",
    "@ehb",
    "@ehd",
    "latex@error",
    "latex@warning",
    "latex@info",
    "@latex@error",
    "@latex@warning",
    "@latex@warning@no@line",
    "@latex@info",
    "@onlypreamble",
    "@preamblecmds",
    "@expandtwoargs",
    "@removeelement",
    "@for",
    "@tfor",
    "@whilenum",
    "@whiledim",
    "@whilesw",
    "@makeother",
    "@sanitize",
    "@dottedtocline",
    "@startsection",
    "@sect",
    "@ssect",
    "@xsect",
    "@seccntformat",
    "@currentlabel",
    "@currentHref",
    "@mkboth",
    "@title",
    "@author",
    "@date",
    "@maketitle",
    "@thanks",
    "@ptsize",
    "@clubpenalty",
    "@ne",
    "@m",
    "@M",
    "@MM",
    "@Mi",
    "@Mii",
    "@Miii",
    "@Miv",
    "@cclv",
    "@cclvi",
    "@xxxii",
    "@vpt",
    "@vipt",
    "@viipt",
    "@viiipt",
    "@ixpt",
    "@xpt",
    "@xipt",
    "@xiipt",
    "@xivpt",
    "@xviipt",
    "@xxpt",
    "@xxvpt",
    "@@end",
    "@@par",
    "@@input",
    "@@italiccorr",
    "@@underline",
    "@@line",
    "z@",
    "p@",
    "m@ne",
    "tw@",
    "thr@@",
    "sixt@@n",
    "hb@xt@",
    "on@line",
    "strip@prefix",
    "reserved@a",
    "reserved@b",
    "reserved@c",
    "reserved@d",
    "reserved@e",
    "protected@edef",
    "protected@xdef",
    "protected@write",
    "@testopt",
    "@protected@testopt",
    "kernel@ifnextchar",
    "@bsphack",
    "@esphack",
    "@Esphack",
    "@nobreakfalse",
    "@nobreaktrue",
    "if@nobreak",
    "@afterindentfalse",
    "@afterindenttrue",
    "if@afterindent",
    "@afterheading",
    "@dblfloat",
    "@float",
    "end@float",
    "@makecaption",
    "@caption",
    "@xfloat",
    "@floatplacement",
    "@let@token",
    "@sptoken",
    "@xifnextchar",
    "@ifnch",
    "@dblarg",
    "@xdblarg",
    "@star@or@long",
    "@newenv",
    "@argdef",
    "@yargdef",
    "@reargdef",
    "@backslashchar",
    "@percentchar",
    "@charlb",
    "@charrb",
    "@gobbleopt",
    "@firstofmany",
    "@nameedef",
    "@ifmtarg",
    "@ifnotmtarg",
    "@elt",
    "@listi",
    "@listii",
    "@listiii",
    "@mainmatterfalse",
    "@mainmattertrue",
    "if@mainmatter",
    "@openrightfalse",
    "if@openright",
    "@twosidefalse",
    "@twosidetrue",
    "if@twoside",
    "@twocolumnfalse",
    "@twocolumntrue",
    "if@twocolumn",
    "@titlepagefalse",
    "@titlepagetrue",
    "if@titlepage",
    "@filef@und",
    "@curroptions",
    "@classoptionslist",
    "@unusedoptionlist",
    "@currname",
    "@currext",
    "@clsextension",
    "@pkgextension",
    "@filelist",
    "@addtofilelist",
    "@input",
    "@iinput",
    "@outputpage",
    "@makecol",
    "@opcol",
    "@specialoutput",
    "@topnum",
    "@botnum",
    "@colnum",
    "@dbltopnum",
    "cs_new:Npn",
    "cs_new:Nn",
    "cs_set:Npn",
    "cs_set:Nn",
    "cs_gset:Npn",
    "cs_gset:Nn",
    "cs_new_protected:Npn",
    "cs_new_protected:Nn",
    "cs_set_protected:Npn",
    "cs_set_protected:Nn",
    "cs_new_nopar:Npn",
    "cs_new_eq:NN",
    "cs_set_eq:NN",
    "cs_gset_eq:NN",
    "cs_generate_variant:Nn",
    "cs_if_exist:NTF",
    "cs_if_exist:NT",
    "cs_if_exist:NF",
    "cs_if_exist_use:N",
    "cs_to_str:N",
    "cs_meaning:N",
    "cs_show:N",
    "cs_undefine:N",
    "cs:w",
    "cs_end:",
    "use:n",
    "use:c",
    "use:e",
    "use:x",
    "use_i:nn",
    "use_ii:nn",
    "use_i:nnn",
    "use_ii:nnn",
    "use_iii:nnn",
    "use_none:n",
    "use_none:nn",
    "use_i_ii:nnn",
    "exp_args:NV",
    "exp_args:Nx",
    "exp_args:Nc",
    "exp_args:No",
    "exp_args:Ne",
    "exp_args:NNV",
    "exp_args:NNo",
    "exp_args:Nnx",
    "exp_after:wN",
    "exp_not:n",
    "exp_stop_f:",
    "tl_new:N",
    "tl_set:Nn",
    "tl_set:Ne",
    "tl_set:Nx",
    "tl_gset:Nn",
    "tl_clear:N",
    "tl_gclear:N",
    "tl_use:N",
    "tl_put_right:Nn",
    "tl_put_left:Nn",
    "tl_if_empty:NTF",
    "tl_if_blank:nTF",
    "tl_if_eq:NNTF",
    "tl_to_str:n",
    "tl_count:n",
    "tl_map_inline:nn",
    "tl_show:N",
    "tl_const:Nn",
    "tl_trim_spaces:n",
    "seq_new:N",
    "seq_set_from_clist:Nn",
    "seq_put_right:Nn",
    "seq_gput_right:Nn",
    "seq_map_inline:Nn",
    "seq_map_function:NN",
    "seq_use:Nn",
    "seq_count:N",
    "seq_if_empty:NTF",
    "seq_clear:N",
    "seq_item:Nn",
    "clist_new:N",
    "clist_map_inline:nn",
    "clist_set:Nn",
    "clist_if_empty:NTF",
    "prop_new:N",
    "prop_put:Nnn",
    "prop_gput:Nnn",
    "prop_item:Nn",
    "prop_get:NnNTF",
    "prop_if_in:NnTF",
    "int_new:N",
    "int_set:Nn",
    "int_gset:Nn",
    "int_incr:N",
    "int_gincr:N",
    "int_decr:N",
    "int_use:N",
    "int_eval:n",
    "int_compare:nNnTF",
    "int_compare:nNnT",
    "int_compare_p:nNn",
    "int_step_inline:nnn",
    "int_to_arabic:n",
    "int_case:nn",
    "dim_new:N",
    "dim_set:Nn",
    "dim_use:N",
    "dim_eval:n",
    "skip_new:N",
    "bool_new:N",
    "bool_set_true:N",
    "bool_set_false:N",
    "bool_gset_true:N",
    "bool_gset_false:N",
    "bool_if:NTF",
    "bool_if:NT",
    "bool_if:NF",
    "bool_if_p:N",
    "bool_lazy_and:nnTF",
    "bool_lazy_or:nnTF",
    "str_if_eq:nnTF",
    "str_if_eq:VnTF",
    "str_case:nn",
    "str_new:N",
    "str_set:Nn",
    "str_use:N",
    "msg_new:nnn",
    "msg_new:nnnn",
    "msg_error:nn",
    "msg_error:nnn",
    "msg_warning:nn",
    "msg_warning:nnn",
    "msg_info:nn",
    "keys_define:nn",
    "keys_set:nn",
    "prg_new_conditional:Npnn",
    "prg_new_protected_conditional:Npnn",
    "prg_return_true:",
    "prg_return_false:",
    "prg_do_nothing:",
    "prg_replicate:nn",
    "iow_term:n",
    "iow_log:n",
    "iow_newline:",
    "token_to_str:N",
    "token_if_eq_meaning:NNTF",
    "peek_meaning:NTF",
    "peek_charcode:NTF",
    "char_set_catcode_letter:N",
    "char_set_catcode_other:N",
    "char_generate:nn",
    "sys_if_engine_luatex:TF",
    "sys_if_engine_xetex:TF",
    "group_begin:",
    "group_end:",
    "c_space_tl",
    "c_empty_tl",
    "c_true_bool",
    "c_false_bool",
    "c_zero_int",
    "c_one_int",
    "c_max_int",
    "l_tmpa_tl",
    "l_tmpb_tl",
    "g_tmpa_tl",
    "g_tmpb_tl",
    "l_tmpa_int",
    "l_tmpb_int",
    "l_tmpa_bool",
    "l_tmpa_seq",
    "l_tmpa_str",
    "l_tmpa_dim",
    "l_tmpa_clist",
    "l_tmpa_prop",
    "q_stop",
    "q_mark",
    "q_nil",
    "q_no_value",
    "s_stop",
    "scan_stop:",
    "quark_if_nil:NTF",
    "Verb",
    "DefineVerbatimEnvironment",
    "RecustomVerbatimEnvironment",
    "lstnewenvironment",
    "newminted",
    "newmint",
    "newmintinline",
    "newmintedfile",
    "excludecomment",
    "includecomment",
    "MakeShortVerb",
    "DeleteShortVerb",
    "ProvideDocumentEnvironment",
    "DeclareDocumentEnvironment",
    "AtEndPreamble",
    "AfterEndPreamble",
    "AddToHookNext",
    "g@addto@macro",
    "gpreto",
    "xapptocmd",
    "xpretocmd",
    "newrobustcmd",
    "renewrobustcmd",
    "providerobustcmd",
];

/// Open-addressing table over the catalog: length a power of two >= 2 * N; 0 marks an empty slot,
/// any other value v means catalog index v - 1. Probing: start at
/// `hash_name(name) as usize & (SLOTS.len() - 1)`, then linear (+1, wrapping).
pub(super) static SLOTS: [u16; 4096] = [
    452, 1632, 0, 0, 0, 0, 0, 0, 0, 0, 422, 0, 0, 0, 85, 292, 0, 1187, 1135, 632, 1442, 0, 0, 0, 0,
    0, 199, 0, 0, 0, 1428, 0, 0, 0, 0, 0, 924, 0, 0, 0, 0, 0, 0, 0, 0, 0, 878, 1390, 0, 295, 689,
    1141, 203, 216, 898, 1608, 1716, 0, 0, 0, 764, 0, 1387, 0, 0, 0, 0, 1432, 0, 0, 399, 333, 1457,
    1613, 1082, 1313, 1350, 0, 1302, 1647, 794, 1356, 1297, 328, 1208, 0, 155, 776, 1471, 423,
    1490, 0, 0, 0, 0, 0, 1048, 1108, 0, 0, 0, 1289, 1602, 0, 0, 625, 107, 226, 227, 135, 368, 568,
    751, 512, 1558, 1663, 268, 518, 0, 0, 887, 0, 517, 0, 0, 1672, 1139, 0, 0, 0, 0, 0, 1307, 0, 0,
    0, 1717, 0, 483, 158, 345, 1507, 0, 1164, 0, 418, 0, 0, 47, 358, 0, 0, 0, 844, 1120, 0, 0, 0,
    0, 0, 0, 0, 963, 0, 220, 0, 0, 1693, 0, 1152, 1747, 729, 0, 1118, 0, 1403, 1067, 0, 536, 95,
    457, 1241, 1397, 567, 1529, 329, 1434, 1598, 0, 1394, 0, 0, 0, 0, 91, 337, 0, 0, 920, 0, 0, 10,
    1523, 0, 0, 1357, 0, 836, 1306, 0, 1039, 0, 0, 1594, 0, 45, 1380, 1591, 1705, 0, 1346, 20, 478,
    864, 1102, 190, 1575, 1585, 0, 0, 1019, 0, 0, 0, 0, 0, 1361, 89, 0, 0, 0, 0, 0, 383, 74, 1255,
    716, 444, 1738, 0, 0, 0, 465, 171, 908, 1129, 1225, 0, 905, 1588, 0, 0, 569, 0, 0, 1485, 0,
    1293, 1695, 325, 1436, 0, 0, 0, 1169, 0, 1586, 1670, 0, 1327, 0, 997, 548, 0, 648, 1180, 0,
    1240, 110, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1542, 931, 441, 0, 0, 0, 0, 0, 0, 0, 0, 0, 596, 88,
    829, 1213, 1502, 889, 0, 1089, 1448, 0, 0, 0, 1660, 1444, 0, 208, 1587, 0, 451, 0, 0, 0, 437,
    48, 0, 0, 481, 0, 323, 0, 449, 0, 1059, 0, 0, 0, 0, 0, 0, 0, 1119, 0, 1311, 0, 1343, 826, 0, 0,
    448, 1550, 461, 857, 0, 0, 1339, 0, 0, 0, 0, 0, 0, 0, 961, 608, 1383, 0, 1172, 42, 224, 1630,
    109, 1275, 0, 621, 1001, 1227, 316, 516, 617, 1316, 1338, 120, 152, 869, 1396, 0, 641, 967, 0,
    0, 978, 1150, 0, 0, 0, 595, 1032, 1685, 0, 287, 0, 1148, 0, 0, 1111, 0, 0, 0, 1493, 694, 852,
    417, 571, 494, 1127, 735, 0, 0, 0, 1149, 0, 0, 0, 0, 242, 0, 537, 1333, 0, 0, 0, 932, 0, 434,
    0, 0, 0, 6, 831, 0, 0, 0, 0, 0, 1234, 1567, 0, 0, 0, 0, 0, 988, 0, 0, 0, 0, 1175, 0, 0, 0, 0,
    1401, 965, 0, 0, 1099, 374, 1109, 1368, 0, 0, 255, 699, 1514, 0, 0, 0, 738, 623, 0, 262, 0, 0,
    1304, 174, 554, 0, 0, 1472, 0, 128, 0, 1423, 1675, 0, 0, 1137, 442, 0, 0, 0, 65, 1607, 0, 0, 0,
    0, 0, 0, 76, 953, 0, 1513, 0, 0, 0, 0, 0, 0, 0, 305, 0, 1480, 0, 400, 0, 16, 732, 1085, 54,
    1459, 0, 0, 0, 0, 0, 0, 0, 707, 0, 1589, 0, 803, 658, 665, 0, 420, 0, 1063, 0, 0, 191, 0, 0, 0,
    1369, 0, 0, 0, 1537, 562, 619, 1503, 78, 1342, 1424, 402, 1087, 0, 0, 0, 720, 0, 0, 0, 606, 0,
    0, 240, 559, 1229, 1418, 1, 1144, 0, 0, 0, 0, 0, 0, 560, 0, 386, 799, 565, 1499, 1686, 0, 0, 0,
    0, 0, 0, 1461, 367, 1595, 499, 0, 0, 0, 705, 103, 0, 314, 946, 0, 0, 1177, 0, 942, 0, 0, 0,
    297, 0, 1681, 0, 0, 0, 0, 0, 0, 0, 0, 1610, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 133,
    0, 0, 0, 0, 0, 341, 940, 1301, 0, 0, 102, 394, 0, 260, 0, 0, 304, 364, 206, 438, 1456, 0, 0,
    1429, 426, 0, 1400, 0, 0, 0, 0, 0, 0, 0, 1612, 0, 365, 962, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    532, 597, 0, 927, 672, 1629, 0, 0, 0, 900, 0, 0, 573, 0, 0, 0, 0, 0, 0, 0, 1584, 0, 1034, 966,
    1521, 1162, 1096, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 134, 1248, 0, 0, 0, 0, 0, 0, 0, 1079, 1464,
    0, 0, 1662, 1145, 0, 1288, 839, 0, 0, 0, 0, 123, 0, 0, 269, 0, 0, 0, 0, 296, 414, 0, 0, 0, 0,
    647, 723, 0, 0, 0, 0, 0, 0, 1739, 652, 195, 660, 0, 0, 0, 0, 0, 1097, 0, 0, 0, 0, 0, 0, 1276,
    0, 1519, 0, 184, 544, 0, 1690, 973, 788, 1246, 0, 0, 1365, 407, 0, 0, 0, 0, 1742, 0, 1204, 307,
    1277, 1074, 0, 0, 0, 0, 0, 0, 0, 0, 1103, 782, 1184, 1198, 0, 0, 1191, 0, 98, 0, 0, 0, 0, 0, 0,
    0, 0, 347, 0, 0, 0, 0, 0, 0, 0, 233, 0, 0, 0, 721, 0, 1018, 0, 0, 0, 0, 0, 0, 1570, 0, 0, 0, 0,
    0, 0, 0, 1696, 0, 0, 1239, 0, 82, 141, 0, 298, 1279, 0, 0, 0, 0, 635, 834, 0, 0, 0, 0, 0, 0,
    958, 730, 1121, 0, 471, 850, 945, 614, 0, 0, 283, 0, 1221, 0, 72, 244, 543, 1664, 0, 0, 951,
    104, 691, 1165, 0, 0, 0, 0, 0, 0, 1223, 1545, 1535, 1692, 0, 0, 0, 0, 0, 0, 0, 1095, 202, 0,
    56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 369, 0, 0, 0, 736, 1597, 0, 0, 1496, 0, 0, 0, 178, 605, 0, 92,
    0, 0, 0, 0, 0, 1037, 475, 0, 0, 0, 0, 0, 0, 976, 0, 1201, 0, 0, 960, 0, 0, 1186, 633, 0, 0,
    610, 0, 1328, 0, 0, 0, 0, 93, 0, 950, 0, 0, 225, 0, 0, 1053, 0, 0, 0, 970, 0, 0, 1247, 1131, 0,
    0, 0, 0, 0, 1354, 0, 0, 1631, 968, 1508, 0, 0, 0, 0, 659, 693, 1314, 979, 1182, 0, 783, 105,
    126, 792, 377, 879, 546, 0, 0, 0, 1683, 0, 1553, 0, 0, 1581, 1518, 0, 0, 230, 0, 0, 0, 0, 146,
    309, 1192, 258, 545, 1007, 1299, 321, 1540, 1650, 1219, 0, 0, 0, 428, 1117, 0, 0, 0, 1341, 0,
    0, 0, 0, 477, 583, 0, 602, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1487, 812, 0, 453, 0, 0, 1574, 1025,
    1701, 0, 1278, 0, 0, 0, 0, 1055, 284, 578, 740, 787, 939, 0, 0, 219, 0, 0, 0, 626, 1155, 575,
    153, 0, 0, 0, 0, 0, 1324, 0, 0, 0, 0, 182, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1049, 1653, 947, 1071, 0,
    0, 1745, 0, 106, 555, 0, 0, 1270, 0, 0, 0, 0, 29, 193, 300, 0, 0, 0, 0, 0, 200, 0, 0, 339, 0,
    0, 1713, 0, 0, 0, 0, 0, 0, 1658, 462, 1160, 1449, 848, 1603, 0, 0, 0, 0, 0, 628, 0, 0, 0, 0,
    277, 427, 779, 482, 1398, 0, 0, 1100, 0, 0, 0, 0, 0, 0, 0, 0, 500, 378, 770, 1216, 0, 1749, 0,
    0, 0, 585, 0, 0, 0, 1555, 0, 0, 0, 1146, 0, 0, 1379, 290, 0, 530, 0, 0, 0, 593, 0, 0, 205, 0,
    0, 149, 0, 775, 1033, 0, 372, 0, 556, 523, 271, 288, 553, 504, 1116, 0, 1372, 1549, 0, 0, 1179,
    1740, 64, 0, 0, 0, 1638, 0, 791, 217, 0, 0, 822, 1385, 0, 0, 0, 0, 0, 0, 1207, 429, 0, 0, 194,
    0, 366, 914, 145, 1126, 0, 0, 722, 0, 845, 1649, 0, 0, 0, 0, 0, 1086, 1438, 734, 0, 0, 0, 0, 0,
    664, 0, 513, 236, 470, 980, 469, 1413, 1446, 0, 820, 0, 49, 804, 992, 0, 0, 0, 521, 0, 1688, 0,
    0, 0, 0, 1528, 0, 1157, 1405, 1627, 1694, 851, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 253, 0, 419, 843, 0, 0, 0, 0, 1044, 1557, 0, 138, 1064, 0, 23, 0, 0, 0, 1188, 800, 837,
    1568, 0, 1617, 0, 175, 0, 479, 777, 0, 0, 0, 0, 0, 213, 0, 0, 1230, 0, 322, 0, 0, 0, 0, 0,
    1547, 0, 0, 1244, 0, 0, 1571, 0, 0, 0, 0, 0, 0, 1544, 474, 0, 0, 0, 714, 1534, 0, 0, 229, 355,
    805, 0, 413, 535, 756, 0, 539, 1061, 0, 0, 0, 0, 0, 706, 874, 1028, 692, 498, 781, 1281, 1107,
    1389, 1645, 294, 1358, 0, 0, 0, 4, 279, 0, 0, 0, 0, 0, 0, 0, 0, 603, 1375, 1415, 379, 936,
    1381, 1522, 0, 166, 1370, 1066, 0, 0, 0, 0, 0, 0, 0, 0, 57, 0, 0, 435, 0, 0, 0, 0, 877, 0, 0,
    0, 0, 0, 759, 1606, 0, 982, 0, 0, 0, 0, 0, 1026, 1470, 0, 0, 1056, 0, 761, 0, 1024, 0, 0, 757,
    813, 1232, 1237, 1640, 0, 0, 0, 1168, 1563, 0, 0, 0, 36, 310, 0, 70, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 114, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 43, 0, 0, 0, 0, 0, 0, 392, 1718, 1243, 0,
    0, 634, 0, 0, 0, 727, 1101, 1618, 1504, 0, 431, 1348, 1250, 0, 0, 0, 0, 1364, 1492, 0, 1641, 0,
    0, 0, 929, 317, 1054, 1083, 629, 168, 1427, 406, 1458, 118, 912, 1073, 1636, 825, 0, 0, 0, 0,
    0, 0, 440, 0, 0, 0, 0, 0, 984, 0, 0, 167, 895, 840, 1582, 0, 627, 713, 990, 245, 643, 1420,
    1684, 342, 0, 769, 0, 1013, 786, 1128, 0, 0, 896, 0, 231, 712, 1167, 1291, 0, 1173, 1285, 0,
    1069, 117, 503, 0, 0, 50, 0, 0, 0, 0, 373, 0, 1349, 0, 0, 0, 0, 0, 0, 1008, 0, 1388, 1393, 0,
    1689, 1578, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 151, 1556, 0, 0, 0, 0, 0, 0, 0, 703,
    0, 0, 1648, 0, 1183, 0, 1090, 983, 218, 1454, 1422, 0, 0, 549, 861, 0, 1185, 0, 172, 1579, 0,
    121, 733, 1469, 0, 0, 1214, 25, 0, 0, 0, 894, 1497, 0, 0, 0, 1321, 0, 306, 44, 183, 326, 0, 0,
    0, 338, 0, 674, 0, 0, 0, 0, 0, 0, 1261, 324, 0, 1359, 0, 0, 266, 132, 793, 0, 0, 717, 0, 0, 0,
    0, 910, 907, 238, 0, 1217, 0, 0, 1051, 599, 538, 162, 949, 0, 150, 0, 0, 0, 1142, 0, 0, 46,
    810, 169, 351, 1532, 1195, 1326, 1652, 1451, 772, 0, 755, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1506,
    1614, 0, 642, 0, 1710, 0, 0, 0, 0, 264, 0, 0, 1592, 865, 73, 1362, 38, 0, 955, 0, 0, 0, 1644,
    0, 0, 212, 1708, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 526, 381, 1197, 1305, 0,
    0, 410, 340, 272, 411, 0, 817, 0, 0, 0, 0, 0, 1410, 964, 1491, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 1382, 0, 0, 0, 0, 0, 0, 0, 0, 0, 404, 0, 1481, 0, 996, 1038, 0, 1040, 259, 1058, 1384, 0,
    0, 0, 0, 0, 0, 0, 1290, 0, 0, 0, 0, 1282, 0, 739, 685, 447, 760, 24, 754, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 382, 1010, 0, 1576, 8, 506, 0, 12, 1489, 870, 975, 1590, 1512, 1015, 0, 0, 0, 0, 0, 87,
    0, 0, 0, 749, 1194, 0, 445, 501, 0, 0, 0, 745, 0, 0, 0, 0, 726, 1536, 0, 391, 1730, 1741, 0,
    768, 944, 0, 0, 0, 1267, 286, 0, 0, 0, 0, 119, 0, 1700, 188, 1031, 676, 1105, 1181, 1483, 21,
    1719, 0, 0, 1115, 0, 0, 0, 0, 0, 0, 1559, 0, 0, 0, 1407, 0, 0, 0, 701, 0, 0, 0, 484, 1748, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1284, 1564, 0, 0, 0, 639, 0, 0, 0, 1072, 1676, 0, 0, 663, 0, 0, 197,
    349, 0, 1294, 0, 867, 922, 0, 0, 698, 0, 0, 0, 0, 0, 0, 0, 1065, 0, 525, 0, 0, 0, 743, 855, 0,
    1621, 0, 0, 0, 0, 0, 1411, 771, 0, 235, 1226, 1161, 0, 0, 1560, 0, 0, 1315, 0, 0, 0, 0, 0, 0,
    361, 0, 0, 0, 0, 303, 0, 880, 173, 1154, 1431, 179, 0, 0, 883, 0, 1124, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 380, 0, 0, 673, 0, 916, 1665, 0, 285, 1430, 0, 0, 0, 443, 871, 0, 0, 209, 1651, 1406, 0, 0,
    1402, 0, 624, 0, 0, 0, 0, 0, 0, 468, 1463, 0, 0, 1003, 0, 0, 0, 1500, 0, 0, 156, 0, 1452, 1605,
    0, 0, 0, 22, 0, 0, 0, 0, 0, 0, 0, 0, 343, 416, 18, 1130, 267, 1699, 0, 0, 1525, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 113, 1445, 0, 293, 881, 1296, 1548, 0, 0, 0, 0, 0, 0, 0, 0, 439, 0, 0, 0, 19,
    666, 1737, 1395, 0, 0, 401, 17, 744, 991, 1351, 0, 0, 0, 765, 0, 0, 0, 0, 2, 903, 0, 0, 0, 0,
    1178, 0, 0, 0, 0, 0, 0, 0, 0, 396, 1468, 0, 0, 631, 741, 0, 579, 609, 0, 0, 0, 0, 1249, 412,
    1329, 815, 0, 0, 0, 1541, 0, 622, 0, 0, 696, 0, 0, 0, 0, 1035, 994, 0, 0, 0, 96, 0, 0, 130, 0,
    0, 0, 0, 0, 0, 1143, 1437, 0, 0, 0, 161, 0, 0, 0, 0, 1245, 0, 679, 0, 0, 0, 0, 0, 0, 0, 0, 590,
    1046, 1125, 0, 0, 762, 1601, 906, 75, 0, 0, 0, 0, 0, 0, 509, 0, 0, 0, 832, 0, 0, 1624, 154, 0,
    1475, 1510, 0, 0, 1110, 0, 0, 0, 0, 0, 0, 14, 5, 86, 0, 0, 888, 0, 0, 0, 0, 0, 0, 0, 0, 0, 651,
    278, 1081, 0, 0, 0, 0, 0, 0, 0, 0, 1714, 0, 0, 0, 0, 0, 0, 1404, 125, 0, 0, 308, 0, 0, 1156,
    1476, 1666, 1734, 0, 360, 0, 0, 0, 0, 0, 0, 0, 0, 327, 0, 276, 350, 1190, 928, 0, 0, 0, 0, 318,
    0, 662, 1566, 0, 0, 207, 0, 0, 0, 913, 0, 0, 0, 828, 1345, 0, 0, 1593, 335, 332, 1482, 137, 0,
    587, 607, 0, 0, 1233, 0, 0, 0, 0, 715, 1265, 954, 0, 0, 0, 577, 0, 0, 0, 0, 185, 0, 0, 0, 0, 0,
    0, 697, 0, 1133, 0, 1123, 1320, 0, 0, 917, 1599, 1702, 0, 0, 0, 0, 0, 893, 0, 0, 0, 0, 127,
    353, 0, 0, 0, 0, 0, 1196, 1531, 0, 0, 90, 640, 311, 933, 0, 1138, 0, 0, 0, 0, 0, 1334, 454,
    289, 1005, 616, 0, 0, 566, 60, 164, 0, 0, 0, 421, 1140, 1215, 0, 0, 0, 0, 0, 0, 0, 495, 0, 0,
    0, 1147, 1376, 0, 0, 985, 0, 0, 1453, 0, 1292, 491, 0, 798, 0, 1309, 0, 0, 480, 524, 459, 1280,
    0, 0, 0, 1609, 1637, 0, 0, 0, 0, 387, 519, 0, 860, 0, 0, 1667, 0, 0, 80, 0, 1473, 1656, 0, 186,
    918, 930, 0, 0, 0, 497, 938, 0, 0, 460, 0, 0, 0, 0, 0, 1447, 1712, 731, 432, 124, 1002, 187,
    1273, 1336, 0, 0, 646, 0, 0, 0, 0, 796, 0, 0, 0, 0, 0, 0, 670, 1736, 0, 0, 0, 1268, 0, 0, 115,
    228, 0, 0, 0, 0, 0, 204, 0, 0, 0, 0, 0, 0, 1052, 55, 176, 315, 1399, 1673, 446, 0, 490, 542,
    529, 0, 0, 101, 61, 0, 1295, 0, 1004, 630, 0, 0, 0, 0, 0, 1654, 0, 0, 0, 0, 450, 248, 1202, 63,
    0, 0, 0, 0, 0, 0, 0, 0, 1068, 1159, 0, 746, 858, 795, 0, 0, 0, 0, 1477, 1104, 902, 1543, 1615,
    0, 0, 0, 502, 160, 0, 0, 1657, 0, 956, 0, 94, 0, 0, 0, 0, 886, 0, 0, 0, 214, 280, 456, 0, 0, 0,
    1526, 1703, 613, 1057, 0, 0, 1218, 995, 0, 0, 1533, 0, 140, 1419, 0, 1367, 564, 1539, 0, 0, 0,
    998, 1704, 0, 0, 0, 0, 0, 0, 0, 1235, 1283, 558, 1050, 511, 0, 0, 1158, 0, 0, 1047, 0, 0, 0, 0,
    0, 541, 198, 959, 222, 1440, 0, 0, 0, 0, 0, 0, 0, 359, 265, 301, 1318, 1744, 598, 1093, 780, 0,
    0, 1527, 1633, 77, 753, 1669, 0, 0, 510, 493, 695, 1546, 1078, 0, 1084, 0, 668, 0, 0, 0, 704,
    0, 0, 0, 237, 7, 986, 615, 1212, 0, 0, 0, 1203, 0, 0, 528, 0, 1616, 0, 0, 1392, 0, 0, 0, 0,
    814, 0, 1269, 1439, 0, 0, 570, 0, 0, 0, 584, 0, 0, 802, 473, 0, 1206, 0, 925, 948, 0, 0, 0, 0,
    211, 1435, 0, 0, 97, 0, 0, 0, 0, 250, 1014, 232, 433, 1312, 1515, 0, 0, 0, 0, 0, 0, 0, 1088, 0,
    0, 957, 0, 1011, 0, 1723, 0, 1171, 0, 0, 0, 1516, 0, 854, 0, 0, 1691, 0, 1495, 0, 34, 62, 601,
    778, 247, 1166, 1355, 0, 563, 0, 0, 0, 0, 801, 0, 508, 0, 397, 0, 0, 0, 363, 1043, 1298, 1272,
    0, 710, 0, 0, 588, 1724, 0, 0, 1274, 1303, 0, 540, 0, 0, 0, 0, 750, 0, 251, 514, 1114, 1220,
    1687, 69, 0, 0, 0, 0, 1668, 241, 1132, 1682, 0, 690, 243, 0, 84, 0, 0, 0, 385, 1106, 1344,
    1726, 1070, 863, 1258, 1260, 1583, 143, 0, 0, 0, 0, 899, 0, 0, 656, 0, 507, 0, 0, 0, 0, 1611,
    0, 1706, 0, 0, 1596, 0, 0, 0, 1094, 0, 159, 331, 1450, 1619, 0, 0, 0, 0, 921, 0, 1041, 574,
    1360, 0, 0, 0, 1715, 28, 0, 0, 0, 312, 557, 15, 790, 1600, 1023, 0, 1257, 1554, 466, 0, 0, 0,
    0, 0, 261, 0, 0, 0, 0, 999, 0, 0, 981, 0, 476, 0, 348, 35, 989, 0, 0, 846, 0, 0, 1210, 807,
    362, 0, 0, 0, 0, 0, 0, 1242, 0, 0, 0, 0, 0, 718, 682, 550, 492, 131, 375, 0, 0, 0, 144, 415, 0,
    0, 0, 586, 0, 0, 0, 0, 708, 0, 0, 1711, 1552, 0, 0, 0, 254, 30, 53, 68, 742, 0, 1199, 0, 0, 0,
    0, 687, 0, 0, 0, 221, 581, 0, 835, 0, 0, 0, 1562, 0, 398, 409, 1735, 0, 0, 1264, 0, 0, 0, 0,
    1300, 926, 0, 0, 724, 0, 0, 192, 767, 0, 0, 0, 1363, 1509, 0, 0, 0, 1200, 1486, 737, 0, 0, 0,
    0, 0, 0, 1729, 0, 0, 678, 37, 52, 1426, 1479, 0, 0, 0, 0, 0, 0, 165, 0, 0, 0, 344, 0, 0, 0, 0,
    0, 0, 0, 1323, 0, 0, 827, 644, 0, 0, 0, 0, 0, 618, 0, 620, 0, 0, 215, 752, 0, 0, 0, 0, 210,
    463, 0, 0, 969, 0, 0, 1000, 0, 719, 273, 702, 1193, 27, 0, 0, 797, 0, 0, 0, 0, 582, 0, 934, 0,
    33, 0, 0, 67, 1077, 1030, 99, 1092, 1134, 1153, 0, 1352, 430, 486, 282, 766, 1075, 1743, 0, 0,
    0, 0, 0, 270, 842, 0, 0, 0, 1322, 0, 1416, 0, 1551, 937, 1263, 0, 485, 0, 0, 0, 1620, 0, 0,
    1366, 1721, 0, 157, 0, 0, 0, 0, 0, 971, 789, 0, 1417, 0, 1635, 0, 1262, 1045, 811, 856, 1076,
    1253, 1378, 1474, 0, 0, 0, 0, 0, 336, 974, 0, 71, 725, 0, 773, 0, 356, 0, 0, 0, 390, 0, 0, 0,
    0, 0, 0, 561, 1412, 51, 875, 943, 0, 0, 0, 0, 531, 833, 1642, 0, 0, 0, 0, 919, 1080, 1231,
    1421, 0, 180, 923, 1254, 600, 859, 890, 1017, 1697, 488, 1022, 0, 0, 0, 1036, 0, 0, 1176, 0, 0,
    0, 0, 0, 0, 0, 653, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 246, 680, 0, 0, 1679, 0, 281, 758, 763,
    1520, 534, 1746, 3, 299, 808, 1251, 1391, 0, 0, 904, 1484, 0, 868, 0, 0, 0, 0, 467, 346, 252,
    1310, 0, 40, 201, 1016, 0, 0, 1012, 1720, 26, 1021, 1443, 112, 1113, 0, 32, 0, 0, 1170, 0, 0,
    0, 0, 1371, 0, 688, 0, 0, 0, 0, 0, 1062, 0, 0, 853, 458, 0, 683, 0, 0, 0, 58, 371, 139, 1136,
    0, 0, 0, 0, 0, 1222, 0, 636, 0, 0, 1331, 612, 0, 0, 935, 0, 0, 0, 847, 1163, 1643, 0, 0, 0, 0,
    1252, 1319, 424, 370, 1661, 0, 425, 0, 0, 580, 472, 830, 0, 572, 1042, 0, 0, 0, 1409, 1655, 0,
    147, 0, 0, 0, 0, 841, 1317, 0, 0, 0, 0, 0, 0, 0, 0, 79, 0, 0, 0, 0, 0, 0, 0, 0, 1259, 0, 0,
    637, 1286, 0, 395, 0, 0, 0, 0, 0, 0, 0, 0, 1498, 1511, 0, 0, 774, 1020, 823, 0, 1189, 1211,
    1565, 1465, 0, 263, 0, 0, 0, 0, 0, 0, 0, 1332, 0, 1308, 352, 0, 0, 0, 0, 0, 0, 661, 0, 0, 1098,
    0, 0, 0, 0, 657, 0, 681, 0, 0, 0, 389, 1725, 0, 0, 0, 0, 31, 1266, 1732, 0, 0, 0, 0, 684, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 711, 0, 650, 0, 0, 0, 148, 0, 487, 1460, 81, 0, 0, 1009, 256, 0, 0, 0,
    677, 0, 0, 700, 0, 142, 189, 1569, 0, 0, 0, 1455, 1604, 0, 408, 1517, 0, 0, 1580, 552, 177,
    1478, 0, 489, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1337, 0, 0, 0, 0, 527, 824, 911, 1112, 384, 275,
    748, 909, 1340, 1433, 1577, 0, 0, 866, 223, 655, 885, 1353, 515, 1524, 0, 0, 0, 464, 520, 0, 0,
    1060, 1006, 111, 393, 533, 1236, 1573, 0, 0, 0, 1626, 0, 1731, 0, 0, 1625, 1377, 354, 1501, 0,
    11, 1373, 0, 0, 0, 0, 1027, 0, 0, 313, 0, 0, 0, 0, 1733, 0, 0, 591, 0, 1678, 0, 0, 0, 0, 0,
    1224, 1335, 0, 1494, 66, 1238, 116, 0, 876, 675, 1425, 0, 809, 1505, 1561, 0, 196, 39, 0, 163,
    0, 0, 0, 0, 0, 0, 239, 0, 0, 1488, 0, 0, 0, 709, 604, 83, 892, 1174, 0, 0, 0, 611, 1256, 0, 0,
    0, 0, 522, 785, 645, 0, 0, 0, 0, 1467, 13, 977, 1677, 1709, 0, 249, 1623, 0, 819, 234, 0, 0, 0,
    0, 0, 0, 376, 862, 122, 41, 576, 897, 952, 0, 1639, 0, 0, 0, 0, 818, 1680, 0, 0, 0, 0, 0, 0,
    1287, 1091, 1441, 0, 0, 0, 59, 0, 0, 0, 0, 0, 0, 291, 0, 0, 0, 0, 274, 649, 0, 0, 884, 0, 0,
    181, 0, 0, 0, 821, 0, 0, 0, 0, 0, 0, 136, 403, 108, 405, 505, 849, 972, 1228, 1674, 334, 838,
    1538, 0, 0, 1646, 987, 669, 806, 0, 784, 0, 0, 1727, 0, 0, 496, 0, 170, 654, 1374, 0, 1466,
    547, 1271, 0, 0, 320, 0, 0, 1572, 0, 873, 0, 0, 0, 638, 667, 0, 1707, 0, 0, 1209, 1462, 1530,
    0, 0, 0, 816, 0, 0, 747, 941, 1728, 1330, 0, 872, 728, 0, 0, 1029, 0, 592, 891, 1659, 0, 0, 0,
    0, 0, 0, 0, 330, 1122, 319, 0, 0, 0, 0, 388, 882, 1634, 0, 0, 0, 0, 0, 0, 436, 0, 1325, 0, 0,
    1698, 0, 0, 0, 0, 0, 0, 0, 0, 1408, 0, 0, 1347, 1414, 0, 1628, 0, 0, 0, 0, 594, 0, 0, 0, 0, 0,
    0, 0, 1386, 0, 0, 0, 0, 0, 0, 0, 1622, 0, 0, 9, 302, 0, 0, 993, 0, 0, 0, 0, 455, 1151, 589, 0,
    0, 0, 0, 901, 0, 0, 1671, 0, 0, 0, 129, 0, 0, 551, 0, 0, 357, 915, 671, 1205, 0, 0, 0, 257,
    686, 1722, 0, 0, 0, 0,
];
