//! The terminal the screen is drawn on: opened, put back, handed to the shell on Ctrl-Z and taken back, and waited on for keys.
//! Its window title too: the terminal's own is pushed on its title stack (`CSI 22;0 t`) when
//! the screen opens and popped (`CSI 23;0 t`) on every way out, so the shell gets its title back.

use std::collections::VecDeque;
use std::io::{self, BufWriter, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::KeyEvent;
use ratatui::crossterm::{cursor, execute, terminal};

use crate::shell::input::{Decoder, ESCAPE_WAIT, Input};
use crate::shell::signals::{Wake, Woken};

pub type FullScreen = Terminal<CrosstermBackend<BufWriter<io::Stdout>>>;

/// Asks the terminal to mark pasted text (xterm's bracketed paste), so that a paste is text
/// for the field being typed in rather than keys: a line break in it does not press Enter.
const BRACKETED_PASTE_ON: &[u8] = b"\x1b[?2004h";
/// Gives the terminal back its usual pastes, as a shell or an editor after ryg expects them.
const BRACKETED_PASTE_OFF: &[u8] = b"\x1b[?2004l";

/// Writes `bytes` to the terminal at once.
fn send(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout();
    out.write_all(bytes)?;
    out.flush()
}

/// The terminal in raw mode on the alternate screen, with bracketed paste. Frames are gathered
/// in a buffer and written with one call each, so the terminal never shows half a frame.
pub fn open() -> io::Result<FullScreen> {
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), terminal::EnterAlternateScreen)?;
    send(BRACKETED_PASTE_ON)?;
    push_title();
    Terminal::new(CrosstermBackend::new(BufWriter::with_capacity(
        1 << 16,
        io::stdout(),
    )))
}

/// Puts the terminal back: bracketed paste off, raw mode off, the alternate screen left, and the
/// cursor shown (which `ratatui::restore` leaves to the terminal's drop, which an exit never
/// runs). Every way out comes here: the end, an error, a panic, a signal, and a stop (Ctrl-Z).
pub fn restore() {
    let _ = send(BRACKETED_PASTE_OFF);
    ratatui::restore();
    let _ = execute!(io::stdout(), cursor::Show);
    pop_title();
}

/// Whether the terminal's own title is on its stack, waiting to be put back: popped once only,
/// however many ways out run (a signal during a panic), so no title of the shell's is lost.
static TITLE_PUSHED: AtomicBool = AtomicBool::new(false);

fn push_title() {
    if !TITLE_PUSHED.swap(true, Ordering::SeqCst) {
        let _ = io::stdout()
            .write_all(b"\x1b[22;0t")
            .and_then(|()| io::stdout().flush());
    }
}

fn pop_title() {
    if TITLE_PUSHED.swap(false, Ordering::SeqCst) {
        let _ = io::stdout()
            .write_all(b"\x1b[23;0t")
            .and_then(|()| io::stdout().flush());
    }
}

/// Shows `title` as the window's title. The app gives it free of control characters.
pub fn set_title(screen: &mut FullScreen, title: &str) -> io::Result<()> {
    execute!(screen.backend_mut(), terminal::SetTitle(title))
}

/// Takes the terminal back after a stop, whatever the shell did with it meanwhile: raw mode from
/// the modes it has now, the alternate screen, bracketed paste, the cursor hidden, and every cell
/// drawn again.
pub fn take_back(screen: &mut FullScreen) -> io::Result<()> {
    // crossterm enables raw mode only once: forgetting the old modes makes it read them afresh.
    terminal::disable_raw_mode()?;
    terminal::enable_raw_mode()?;
    execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)?;
    send(BRACKETED_PASTE_ON)?;
    push_title();
    // Resizing to the size it has clears the screen and forgets the last frame, without asking
    // the terminal where its cursor is (an answer that would come in as keys).
    let area = screen.size()?;
    screen.resize(area.into())
}

/// Stops the process as SIGTSTP's default would, for the shell to take over; returns once it goes
/// on (at once when there is no shell to go back to: the stop is then discarded).
pub fn stop() {
    // SAFETY: the actions are plain structs filled by the kernel or zeroed with SIG_DFL, and the
    // handler in place is put back exactly as it was once the process goes on.
    unsafe {
        let mut default: libc::sigaction = std::mem::zeroed();
        default.sa_sigaction = libc::SIG_DFL;
        let mut ours: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGTSTP, &default, &mut ours) != 0 {
            return;
        }
        libc::raise(libc::SIGTSTP);
        libc::sigaction(libc::SIGTSTP, &ours, std::ptr::null_mut());
    }
}

/// What ended a wait.
#[derive(Debug, PartialEq, Eq)]
pub enum Wakeup {
    Key(KeyEvent),
    /// Text pasted as a whole (bracketed paste), as it came.
    Paste(String),
    /// The deadline passed (or nearly: a wait may end early, never late).
    Deadline,
    /// A signal that only concerns the screen: a resize, a suspend, a going on.
    Signals(Woken),
    /// The terminal is gone.
    Gone,
}

/// Keys from standard input, read here rather than by crossterm's reader, whose parser can wait
/// for ever on an unfinished escape sequence (see [`crate::shell::input`]).
pub struct Keyboard {
    decoder: Decoder,
    keys: VecDeque<Input>,
    /// When the last bytes came, from which an unfinished sequence waits [`ESCAPE_WAIT`].
    last_bytes: Instant,
    wake: Wake,
}

impl Keyboard {
    pub fn new() -> io::Result<Keyboard> {
        Ok(Keyboard {
            decoder: Decoder::default(),
            keys: VecDeque::new(),
            last_bytes: Instant::now(),
            wake: Wake::new()?,
        })
    }

    /// Waits for the next key or paste, a signal for the screen, or `deadline`; with no deadline and
    /// nothing begun it blocks, so an idle screen costs nothing.
    pub fn next(&mut self, deadline: Option<Instant>) -> io::Result<Wakeup> {
        loop {
            match self.keys.pop_front() {
                Some(Input::Key(key)) => return Ok(Wakeup::Key(key)),
                Some(Input::Paste(text)) => return Ok(Wakeup::Paste(text)),
                None => {}
            }
            let give_up_at = self
                .decoder
                .is_waiting()
                .then(|| self.last_bytes + ESCAPE_WAIT);
            let until = deadline.into_iter().chain(give_up_at).min();
            let mut fds = [
                libc::pollfd {
                    fd: libc::STDIN_FILENO,
                    events: libc::POLLIN,
                    revents: 0,
                },
                libc::pollfd {
                    fd: self.wake.fd(),
                    events: libc::POLLIN,
                    revents: 0,
                },
            ];
            // SAFETY: `fds` is a live array of two pollfd, and its length is passed with it.
            let ready = unsafe { libc::poll(fds.as_mut_ptr(), 2, milliseconds(until)) };
            if ready < 0 {
                let error = io::Error::last_os_error();
                if error.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(error);
            }
            if fds[1].revents != 0 {
                return Ok(Wakeup::Signals(self.wake.take()));
            }
            if fds[0].revents != 0 {
                let mut buffer = [0u8; 1024];
                // SAFETY: reads at most `buffer.len()` bytes into `buffer`, which lives here.
                let read = unsafe {
                    libc::read(libc::STDIN_FILENO, buffer.as_mut_ptr().cast(), buffer.len())
                };
                match usize::try_from(read) {
                    Ok(0) => return Ok(Wakeup::Gone),
                    Ok(read) => {
                        self.keys.extend(self.decoder.feed(&buffer[..read]));
                        self.last_bytes = Instant::now();
                    }
                    Err(_) => match io::Error::last_os_error().kind() {
                        io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock => {}
                        _ => return Ok(Wakeup::Gone),
                    },
                }
                continue;
            }
            let now = Instant::now();
            if give_up_at.is_some_and(|at| now >= at) {
                self.keys.extend(self.decoder.give_up());
                continue;
            }
            if deadline.is_some_and(|at| now >= at) {
                return Ok(Wakeup::Deadline);
            }
        }
    }
}

/// poll's timeout until `until`: rounded up, so that a wait never ends before it; -1 for none.
fn milliseconds(until: Option<Instant>) -> libc::c_int {
    let Some(until) = until else {
        return -1;
    };
    let left = until.saturating_duration_since(Instant::now());
    let rounded = left.as_millis() + u128::from(left.subsec_nanos() % 1_000_000 != 0);
    libc::c_int::try_from(rounded).unwrap_or(libc::c_int::MAX)
}
