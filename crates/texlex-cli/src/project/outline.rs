//! `texlex outline`: the landmarks of one file.

use std::io::Write;
use std::path::PathBuf;

use serde_json::{Value, json};
use texlex::LandmarkKind;

use crate::{EXIT_OK, Failure, output};

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    common: super::Common,

    /// Print JSON Lines: {"kind", "start", "end", "line", "col"}, with
    /// "level", "starred", "title", "title_start", "title_end" for
    /// sectioning commands and "command" for a bibliography.
    #[arg(long)]
    json: bool,

    /// The file.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

pub fn run(args: &Args) -> Result<u8, Failure> {
    let lexer_for = args.common.lexer_for();
    let name = args.file.display().to_string();
    let text = super::with_lexed(&args.file, &lexer_for, |lexed| {
        let mut text = Vec::new();
        let mut positions = lexed.positions();
        for landmark in lexed.outline() {
            let at = positions.position(landmark.span.start);
            let title = landmark
                .title
                .map(|t| String::from_utf8_lossy(&lexed.source()[t.range()]).into_owned());
            let written = if args.json {
                let mut record = json!({
                    "kind": landmark.kind.name(),
                    "start": landmark.span.start,
                    "end": landmark.span.end,
                    "line": at.line,
                    "col": at.col,
                });
                let object = record.as_object_mut().expect("an object");
                match landmark.kind {
                    LandmarkKind::Section { level, starred } => {
                        object.insert("level".into(), json!(level.depth()));
                        object.insert("starred".into(), json!(starred));
                    }
                    LandmarkKind::Bibliography(start) => {
                        object.insert("command".into(), json!(start.name()));
                    }
                    _ => {}
                }
                if let (Some(span), Some(title)) = (landmark.title, &title) {
                    object.insert("title".into(), Value::from(title.as_str()));
                    object.insert("title_start".into(), json!(span.start));
                    object.insert("title_end".into(), json!(span.end));
                }
                writeln!(text, "{record}")
            } else {
                let what = match landmark.kind {
                    LandmarkKind::Section { starred: true, .. } => {
                        format!("{}*", landmark.kind.name())
                    }
                    LandmarkKind::Bibliography(start) => format!("bibliography ({})", start.name()),
                    kind => kind.name().to_owned(),
                };
                let title = title.map(|t| format!(" {t}")).unwrap_or_default();
                writeln!(text, "{name}:{}:{}: {what}{title}", at.line, at.col)
            };
            written.expect("writing to a Vec");
        }
        text
    })
    .map_err(Failure::Fatal)?;
    let mut out = output::stdout();
    out.write_all(&text).map_err(output::failure)?;
    output::finish(out)?;
    Ok(EXIT_OK)
}
