//! The signals ryg answers while the screen is open: those that end it, those it ignores, and those that only wake the screen.

use std::io::{self, Read};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use libc::c_int;

/// Every signal whose default action ends the process and that can be caught without harm. Each
/// is answered as SIGTERM: the session in progress is saved as interrupted, the terminal is put
/// back, and ryg ends with 128 + the signal's number.
///
/// Left out on purpose:
/// - SIGPIPE: Rust programs ignore it, so a write to a closed pipe or socket (a sound server
///   that went away) is an error where it happens, not the end of the session.
/// - SIGXFSZ: ignored, for the same reason: a history that reaches the file size limit is a write
///   that fails (kept and tried again, as on a full disk), not a crash.
/// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGSYS: faults of the process itself; after a
///   handler the faulting instruction runs again, and memory may be broken: nothing is saved.
/// - SIGABRT: raised by `abort()` on a failure inside the process, which ends it before another
///   thread could save anything safely (a panic is saved by the panic hook instead).
/// - SIGKILL and SIGSTOP cannot be caught; SIGTSTP, SIGTTIN, SIGTTOU stop rather than end.
pub fn ending() -> Vec<c_int> {
    let mut signals = vec![
        libc::SIGHUP,
        libc::SIGINT,
        libc::SIGQUIT,
        libc::SIGTERM,
        libc::SIGUSR1,
        libc::SIGUSR2,
        libc::SIGALRM,
        libc::SIGVTALRM,
        libc::SIGPROF,
        libc::SIGIO,
        libc::SIGXCPU,
    ];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        signals.extend([libc::SIGSTKFLT, libc::SIGPWR]);
        // The real-time signals end a process too; the few below SIGRTMIN belong to the C library.
        signals.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    }
    signals
}

/// Signals whose default would end ryg but whose cause is better met where it happens (see
/// [`ending`]).
pub fn ignore_unhelpful() {
    // SAFETY: setting a signal to be ignored touches no memory of this process.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
}

/// What woke the screen besides a key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Woken {
    /// SIGTSTP: the user (or a program) asks ryg to stop for now.
    pub suspend: bool,
    /// SIGCONT: ryg goes on after a stop it may not have seen coming (SIGSTOP), so the terminal
    /// must be taken back.
    pub resumed: bool,
}

/// A self-pipe that SIGWINCH, SIGTSTP and SIGCONT write to, so that waiting for a key also waits
/// for them.
pub struct Wake {
    read: UnixStream,
    suspend: Arc<AtomicBool>,
    resumed: Arc<AtomicBool>,
}

impl Wake {
    pub fn new() -> io::Result<Wake> {
        let (read, write) = UnixStream::pair()?;
        read.set_nonblocking(true)?;
        let suspend = Arc::new(AtomicBool::new(false));
        let resumed = Arc::new(AtomicBool::new(false));
        // The flags are set before the byte is written, so whoever reads the byte sees them.
        signal_hook::flag::register(libc::SIGTSTP, suspend.clone())?;
        signal_hook::flag::register(libc::SIGCONT, resumed.clone())?;
        for signal in [libc::SIGWINCH, libc::SIGTSTP, libc::SIGCONT] {
            signal_hook::low_level::pipe::register(signal, write.try_clone()?)?;
        }
        Ok(Wake {
            read,
            suspend,
            resumed,
        })
    }

    pub fn fd(&self) -> RawFd {
        self.read.as_raw_fd()
    }

    /// Empties the pipe and says which signals came.
    pub fn take(&mut self) -> Woken {
        let mut buffer = [0; 64];
        while matches!(self.read.read(&mut buffer), Ok(n) if n > 0) {}
        Woken {
            suspend: self.suspend.swap(false, Ordering::SeqCst),
            resumed: self.resumed.swap(false, Ordering::SeqCst),
        }
    }
}
