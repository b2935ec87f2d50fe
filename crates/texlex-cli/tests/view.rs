//! `texlex view`: the command (outputs, errors, self-containment), and the
//! page in a real browser: headless Chromium (Debian's `chromium`) loads
//! the page, runs its script, and the DOM it dumps must hold the
//! tokens, the diagnostics, the script's own check that its per-run data
//! tiles the text, and a hover box computed by the script. A screenshot
//! goes to `target/view-screenshot.png` (a CI artifact, never committed).
//!
//! Without `chromium` on the PATH (or `TEXLEX_CHROMIUM` naming a binary)
//! the test prints why and passes, unless `TEXLEX_BROWSER_REQUIRE=1` (set by
//! `.ci/run`) makes that a failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod support;
use support::{TempDir, texlex};

fn required() -> bool {
    std::env::var("TEXLEX_BROWSER_REQUIRE").is_ok_and(|v| v == "1")
}

/// The browser binary, or why there is none.
fn chromium() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("TEXLEX_CHROMIUM") {
        return Ok(PathBuf::from(path));
    }
    for name in ["chromium", "chromium-browser"] {
        let found = Command::new(name)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if found {
            return Ok(PathBuf::from(name));
        }
    }
    Err("no `chromium` on the PATH (apt-get install chromium)".to_owned())
}

/// Runs headless Chromium with `args` (a fresh profile in `profile`),
/// killing it after two minutes; returns its stdout.
fn run_browser(browser: &Path, profile: &Path, args: &[String]) -> String {
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--no-first-run",
            "--disable-extensions",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("starting {}: {e}", browser.display()));
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium {args:?}: {status}");
            break;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium {args:?} did not finish in 2 minutes");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

/// A file with a little of everything: `\makeatletter`, an expl3 block, a
/// literal `\catcode`, `\verb`, a verbatim environment, math, alignment,
/// parameters, a comment, an invalid character, braces gone wrong, a byte
/// that is not UTF-8 is in another test (it changes the input model).
const SOURCE: &str = "\\documentclass{article}\n\
\\makeatletter\n\
\\def\\my@cmd#1{\\textbf{#1}}\n\
\\makeatother\n\
\\ExplSyntaxOn\n\
\\cs_new:Npn \\__demo_do:n #1 { \\tl_set:Nn \\l_tmpa_tl {#1} }\n\
\\ExplSyntaxOff\n\
\\catcode`\\|=13\n\
\\begin{document}\n\
Text $x^2_i$ & ~ \\verb|a%b| % comment\n\
\\begin{verbatim}\n\
raw % { not a comment\n\
\\end{verbatim}\n\
bad \u{7f} here }\n\
\\end{document}\n";

/// The hover box of a dumped DOM.
fn hover_box(dom: &str) -> &str {
    let tip = &dom[dom.find("<div id=\"tip\"").expect("the hover box")..];
    let tip = &tip[..tip.find("</div></div>").map_or(tip.len(), |e| e + 12)];
    assert!(!tip.contains(" hidden"), "{tip}");
    tip
}

#[test]
fn the_page_works_in_headless_chromium() {
    let browser = match chromium() {
        Ok(b) => b,
        Err(why) if required() => panic!("TEXLEX_BROWSER_REQUIRE=1 but {why}"),
        Err(why) => {
            println!("skipped: {why}");
            return;
        }
    };
    let dir = TempDir::new("view-browser");
    let input = dir.file("demo.tex", SOURCE);
    let page = dir.path().join("demo.html");
    let output = texlex()
        .arg("view")
        .arg(&input)
        .arg("-o")
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let url = format!("file://{}", page.display());
    let profile = dir.path().join("profile");

    // The `@` of `\my@cmd`, hovered through the page's `#hover=N` probe.
    let at = SOURCE.find("my@cmd").unwrap() + 2;
    let dom = run_browser(
        &browser,
        &profile,
        &["--dump-dom".to_owned(), format!("{url}#hover={at}")],
    );
    assert!(
        dom.contains("data-check=\"ok\""),
        "script check failed:\n{dom}"
    );
    // The source is there, tokens in their own elements.
    assert!(dom.contains("\\makeatletter</span>"), "{dom}");
    assert!(dom.contains("class=\"k"), "{dom}");
    // The diagnostics: listed, and anchored in the text.
    assert!(dom.contains("Diagnostics: 2 errors"), "{dom}");
    assert!(dom.contains("invalid character U+007F"), "{dom}");
    assert!(dom.contains("unmatched <code>}</code>"), "{dom}");
    assert!(dom.contains("id=\"d0\""), "{dom}");
    assert!(dom.contains("id=\"d1\""), "{dom}");
    // The hover box, computed by the script: the server's text.
    let tip = hover_box(&dom);
    assert!(tip.contains(&format!("data-offset=\"{at}\"")), "{tip}");
    assert!(tip.contains("line 3, column 8"), "{tip}");
    assert!(tip.contains("<code>@</code> U+0040: catcode 11"), "{tip}");
    assert!(
        tip.contains("<code>@</code> is a letter (11) here: <code>\\makeatletter</code> on line 2"),
        "{tip}"
    );
    assert!(
        tip.contains("TeX reads: internal name <code>\\my@cmd</code>"),
        "{tip}"
    );

    // Two more: `_` under \ExplSyntaxOn, the active `|` after \catcode.
    let probes = [
        (
            SOURCE.find("__demo").unwrap(),
            "<code>_</code> is a letter (11) here: <code>\\ExplSyntaxOn</code> on line 5",
        ),
        (
            SOURCE.find("\\verb|").unwrap() + 5,
            "<code>|</code> is active (13) here: <code>\\catcode</code> on line 8",
        ),
    ];
    for (at, expected) in probes {
        let dom = run_browser(
            &browser,
            &profile,
            &["--dump-dom".to_owned(), format!("{url}#hover={at}")],
        );
        let tip = hover_box(&dom);
        assert!(tip.contains(expected), "at {at}: {tip}");
    }

    // A screenshot, kept under target/ as a CI artifact.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .to_owned();
    let shot = target.join("view-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    run_browser(
        &browser,
        &profile,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1200,900".to_owned(),
            format!("{url}#hover={at}"),
        ],
    );
    let png = std::fs::read(&shot).expect("the screenshot was written");
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    println!("screenshot: {}", shot.display());
}

/// The page of `source` (written to a file named `name`) on stdout.
fn page_of(name: &str, source: &[u8]) -> String {
    let dir = TempDir::new("view-cli");
    let input = dir.file(name, source);
    let output = texlex().arg("view").arg(&input).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("the page is UTF-8")
}

#[test]
fn view_writes_a_self_contained_page() {
    let page = page_of("demo.tex", SOURCE.as_bytes());
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.trim_end().ends_with("</html>"));
    // Nothing to fetch: no links, no sources, no URLs, and a policy that
    // forbids any load.
    for needle in ["http:", "https:", "<link", " src=", "url(", "@import"] {
        assert!(!page.contains(needle), "{needle}");
    }
    assert!(page.contains("default-src 'none'"));
    assert!(page.contains("<h1>"));
    assert!(page.contains("catcode tracking on"));
}

#[test]
fn view_writes_to_the_output_file_and_reads_stdin() {
    let dir = TempDir::new("view-out");
    let out = dir.path().join("page.html");
    let output = texlex()
        .args(["view", "-", "-o"])
        .arg(&out)
        .write_stdin("\\section{Hi}\n")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("\\section</span>"), "{page}");
    assert!(page.contains("<title>&lt;stdin&gt; — texlex view</title>"));
}

#[test]
fn view_reports_unreadable_inputs() {
    let dir = TempDir::new("view-err");
    let missing = dir.path().join("missing.tex");
    let output = texlex().arg("view").arg(&missing).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("texlex: ") && stderr.contains("missing.tex"),
        "{stderr}"
    );
    let output = texlex().arg("view").arg(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is a directory"));
    // An output that cannot be written.
    let input = dir.file("a.tex", "a\n");
    let output = texlex()
        .arg("view")
        .arg(&input)
        .arg("-o")
        .arg(dir.path().join("no/such/dir/page.html"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn view_of_a_legacy_encoding_shows_its_bytes() {
    // Latin-1 without a declaration: read as bytes (pdfTeX's model), and
    // the bytes that are not UTF-8 shown as badges.
    let page = page_of("latin1.tex", b"caf\xe9 cr\xe8me\n");
    assert!(page.contains("read as bytes (pdfTeX model)"), "{page}");
    assert!(page.contains("data-v=\"\\xE9\""), "{page}");
    assert!(page.contains("data-v=\"\\xE8\""), "{page}");
}

#[test]
fn view_of_every_shipped_example() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut files = vec![];
    let mut stack = vec![examples];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 4);
    for file in files {
        let output = texlex().arg("view").arg(&file).output().unwrap();
        assert!(output.status.success(), "{}", file.display());
        let page = String::from_utf8(output.stdout).unwrap();
        let name = file.file_name().unwrap().to_str().unwrap();
        assert!(page.contains("<pre id=\"src\">"), "{name}");
        assert!(page.contains(name), "{name}");
    }
}
