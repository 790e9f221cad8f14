//! Headless Chromium, started afresh for each look at a page (a new profile folder each time, no
//! network, no background work), and poppler's tools to read the PDF it prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// How pdfinfo names an A4 page.
pub const A4: &str = "A4";

/// Longer than a page ever takes; a browser that hangs is stopped and the test fails.
const STUCK_AFTER: Duration = Duration::from_secs(120);

pub struct Browser {
    chromium: PathBuf,
}

/// A page as the browser read it.
pub struct Opened {
    /// The page's document after loading, as HTML.
    pub dom: String,
    /// Whatever the page wrote to the browser's console: errors, refusals of its own policy.
    pub console_errors: Vec<String>,
}

/// A printed page: its paper and the text of each page.
pub struct Pdf {
    pub page_size: String,
    pub pages: Vec<String>,
}

/// The first `name` on PATH.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|file| file.is_file())
}

impl Browser {
    /// Chromium and poppler's tools when installed. When not, the test says so and is passed
    /// over, unless `RYG_REQUIRE_BROWSER` is set (as `make test` does), when it fails.
    pub fn find() -> Option<Browser> {
        let missing: Vec<&str> = ["chromium", "pdfinfo", "pdftotext"]
            .into_iter()
            .filter(|tool| on_path(tool).is_none())
            .collect();
        if missing.is_empty() {
            return on_path("chromium").map(|chromium| Browser { chromium });
        }
        let why = format!(
            "{} not installed: the report is not opened in a browser (scripts/install-deps.sh installs them)",
            missing.join(", ")
        );
        assert!(std::env::var_os("RYG_REQUIRE_BROWSER").is_none(), "{why}");
        eprintln!("{why}");
        None
    }

    /// Runs Chromium headless on `page` with `args`, in a profile folder of its own.
    fn run(&self, page: &Path, args: &[String]) -> Output {
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(&self.chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(args)
            .arg(format!("file://{}", page.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium starts");
        let started = Instant::now();
        // Read the pipes on their own threads, so a full pipe cannot hold the browser up.
        let mut stdout = child.stdout.take().unwrap();
        let mut stderr = child.stderr.take().unwrap();
        let out = std::thread::spawn(move || read_all(&mut stdout));
        let err = std::thread::spawn(move || read_all(&mut stderr));
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > STUCK_AFTER {
                let _ = child.kill();
                panic!("chromium did not finish with {page:?}");
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        Output {
            status,
            stdout: out.join().unwrap(),
            stderr: err.join().unwrap(),
        }
    }

    /// The page's document after loading, with what it wrote to the console.
    pub fn dump_dom(&self, page: &Path) -> Opened {
        let args = ["--enable-logging=stderr", "--v=0", "--dump-dom"].map(String::from);
        let output = self.run(page, &args);
        assert!(output.status.success(), "{output:?}");
        let log = String::from_utf8_lossy(&output.stderr);
        Opened {
            dom: String::from_utf8(output.stdout).unwrap(),
            console_errors: log
                .lines()
                .filter(|line| line.contains(":CONSOLE"))
                .map(String::from)
                .collect(),
        }
    }

    /// The page printed to PDF in `folder`, read back with pdfinfo and pdftotext.
    pub fn print_to_pdf(&self, page: &Path, folder: &Path) -> Pdf {
        let pdf = folder.join("report.pdf");
        let _ = std::fs::remove_file(&pdf);
        let args = [
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".to_string(),
        ];
        let output = self.run(page, &args);
        assert!(output.status.success() && pdf.is_file(), "{output:?}");
        let info = tool("pdfinfo", &[pdf.as_os_str()]);
        let field = |name: &str| {
            info.lines()
                .find_map(|line| line.strip_prefix(name))
                .map(|value| value.trim().to_string())
                .unwrap_or_else(|| panic!("no {name} in {info}"))
        };
        let count: usize = field("Pages:").parse().unwrap();
        let page_size = field("Page size:");
        let page_size = page_size
            .rsplit_once('(')
            .map_or(page_size.clone(), |(_, name)| {
                name.trim_end_matches(')').to_string()
            });
        let pages = (1..=count)
            .map(|n| {
                let n = n.to_string();
                tool(
                    "pdftotext",
                    &[
                        "-f".as_ref(),
                        n.as_ref(),
                        "-l".as_ref(),
                        n.as_ref(),
                        pdf.as_os_str(),
                        "-".as_ref(),
                    ],
                )
            })
            .collect();
        Pdf { page_size, pages }
    }

    /// A picture of the page's top as a 1240×1754 window shows it (A4's proportions).
    pub fn screenshot(&self, page: &Path, picture: &Path) {
        let args = [
            format!("--screenshot={}", picture.display()),
            "--window-size=1240,1754".to_string(),
        ];
        let output = self.run(page, &args);
        assert!(output.status.success() && picture.is_file(), "{output:?}");
    }
}

fn read_all(from: &mut impl std::io::Read) -> Vec<u8> {
    let mut bytes = Vec::new();
    let _ = from.read_to_end(&mut bytes);
    bytes
}

/// A poppler tool's output.
fn tool(name: &str, args: &[&std::ffi::OsStr]) -> String {
    let output = Command::new(name).args(args).output().expect(name);
    assert!(output.status.success(), "{name}: {output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}
