//! `ryg report [--out FILE]`: the report for the physiotherapist, written as one HTML file.
//!
//! With `--out FILE` the file is written there, replacing one of that name, as `-o` does in
//! most tools: the user named it. Without it the report goes to `ryg-report-DATE.html` in the
//! current folder, and an earlier report of that day is never written over: the next free
//! name (`ryg-report-DATE-2.html`, …) is taken, so making a report twice keeps both.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;

use super::{Context, ExitStatus};
use crate::report::{self, Facts};
use ryg_core::course::local_date;
use ryg_core::visible::visible;
use ryg_core::words::report as w;

pub fn run(context: &mut Context, out: Option<&Path>) -> anyhow::Result<ExitStatus> {
    let lang = context.lang;
    let now = jiff::Timestamp::now();
    let zone = TimeZone::system();
    let catalog = context.catalog()?;
    let history = context.counted_history(now)?;
    let page = report::page(&Facts {
        history: &history,
        catalog: &catalog,
        now,
        zone: &zone,
        lang,
    });
    let written = match out {
        Some(path) => fs::write(path, &page).map(|()| path.to_path_buf()),
        None => write_new(Path::new("."), local_date(now, &zone), page.as_bytes()),
    };
    let path = written.map_err(|error| {
        let path = out.map_or_else(
            || default_name(local_date(now, &zone), 1),
            Path::to_path_buf,
        );
        anyhow::anyhow!(w::report_not_written(
            lang,
            &path.display().to_string(),
            &error.to_string()
        ))
    })?;
    let shown = path
        .strip_prefix(".")
        .unwrap_or(&path)
        .display()
        .to_string();
    writeln!(context.out, "{}", visible(&w::report_written(lang, &shown)))?;
    Ok(ExitStatus::Ok)
}

/// `ryg-report-DATE.html`, or with `-N` before `.html` for the `n`th of a day from 2 on.
fn default_name(date: Date, n: u32) -> PathBuf {
    match n {
        0 | 1 => PathBuf::from(format!("ryg-report-{date}.html")),
        n => PathBuf::from(format!("ryg-report-{date}-{n}.html")),
    }
}

/// The most reports of one day that get a name of their own.
const MOST_A_DAY: u32 = 1000;

/// Writes `bytes` into the first name of the day that does not exist yet in `folder`; made with
/// `create_new`, so a file that appears meanwhile is not written over either.
fn write_new(folder: &Path, date: Date, bytes: &[u8]) -> io::Result<PathBuf> {
    for n in 1..=MOST_A_DAY {
        let path = folder.join(default_name(date, n));
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                file.write_all(bytes)?;
                return Ok(path);
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
    Err(io::ErrorKind::AlreadyExists.into())
}
