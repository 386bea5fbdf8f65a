//! The temporary file an output is written to before it takes the output's name.
//!
//! Where the filesystem allows (Linux, `O_TMPFILE`), the file has no name at all until it is
//! complete and linked into place, so nothing that stops twin — an error, Ctrl-C, SIGTERM,
//! even SIGKILL or a power cut — can leave it behind. Elsewhere it is a hidden `.twin-*.tmp`
//! file in the output's folder: removed when the run fails, and on SIGINT, SIGTERM or SIGHUP
//! by a watcher thread that removes every listed temporary file before twin dies of the
//! signal (only SIGKILL can leave one behind there).
//!
//! A new file gets the mode the umask gives (`0666 & !umask`), as a shell redirection would;
//! a file replaced with `--force` keeps its mode (and its group, and its owner where twin may
//! set it), so colleagues who could open it still can.

use std::fs::{File, Metadata};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use tempfile::{Builder, TempPath};

/// How the temporary file is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// An unnamed file linked into place at the end where the filesystem allows, else a
    /// named one (what twin uses).
    PreferUnnamed,
    /// Always a named `.twin-*.tmp` file (the fallback, forced for tests).
    Named,
}

/// A temporary file in the output's folder, deleted unless [`Temp::persist`] succeeds.
pub(super) struct Temp {
    file: File,
    /// `None` for an unnamed file.
    name: Option<Listed>,
    dir: PathBuf,
}

impl Temp {
    /// A new temporary file in `dir`.
    pub(super) fn create(dir: &Path, strategy: Strategy) -> io::Result<Temp> {
        #[cfg(target_os = "linux")]
        if strategy == Strategy::PreferUnnamed
            && let Ok(file) = unnamed(dir)
        {
            return Ok(Temp {
                file,
                name: None,
                dir: dir.to_path_buf(),
            });
        }
        // Not supported here (or the folder is not writable: the named file says why).
        let _ = strategy;
        let (file, name) = named(dir, new_file)?;
        Ok(Temp {
            file,
            name: Some(name),
            dir: dir.to_path_buf(),
        })
    }

    /// The file, to write to.
    pub(super) fn file(&mut self) -> &mut File {
        &mut self.file
    }

    /// Gives the file the mode (and, where twin may, the owner and group) of `old`, the
    /// file it is about to replace.
    pub(super) fn keep_mode_of(&self, old: &Metadata) -> io::Result<()> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::{MetadataExt, PermissionsExt, fchown};
            // Only root may give a file away; anyone may keep the group they belong to.
            if fchown(&self.file, Some(old.uid()), Some(old.gid())).is_err() {
                let _ = fchown(&self.file, None, Some(old.gid()));
            }
            self.file
                .set_permissions(std::fs::Permissions::from_mode(old.mode() & 0o777))
        }
        #[cfg(not(unix))]
        {
            self.file.set_permissions(old.permissions())
        }
    }

    /// Gives the complete file the name `target`: replacing what is there when `replace`,
    /// else failing with [`io::ErrorKind::AlreadyExists`] if `target` exists.
    pub(super) fn persist(self, target: &Path, replace: bool) -> io::Result<()> {
        let Temp { file, name, dir } = self;
        let name = match name {
            Some(name) => name,
            None => match link_unnamed(&file, &dir, target, replace)? {
                Linked::Done => return Ok(()),
                Linked::As(name) => name,
                Linked::Unsupported => copy_to_named(file, &dir)?,
            },
        };
        name.persist(target, replace)
    }
}

/// What linking an unnamed file gave.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
enum Linked {
    /// It is at the target.
    Done,
    /// It has a temporary name, to be renamed over the target.
    As(Listed),
    /// The system refuses to link it: copy it to a named file instead.
    Unsupported,
}

/// A new unnamed file in `dir`, mode `0666 & !umask`.
#[cfg(target_os = "linux")]
fn unnamed(dir: &Path) -> io::Result<File> {
    use rustix::fs::{CWD, Mode, OFlags, openat};
    let flags = OFlags::TMPFILE | OFlags::RDWR | OFlags::CLOEXEC;
    let fd = openat(CWD, dir, flags, Mode::from_raw_mode(0o666))?;
    Ok(File::from(fd))
}

/// Links the unnamed `file` at `target` (which fails if `target` exists), or, to replace
/// an existing `target`, at a temporary name in `dir` to be renamed over it.
#[cfg(target_os = "linux")]
fn link_unnamed(file: &File, dir: &Path, target: &Path, replace: bool) -> io::Result<Linked> {
    match link(file, target) {
        Ok(()) => return Ok(Linked::Done),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && !replace => return Err(e),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(_) => return Ok(Linked::Unsupported),
    }
    match named(dir, |path| link(file, path)) {
        Ok(((), name)) => Ok(Linked::As(name)),
        Err(_) => Ok(Linked::Unsupported),
    }
}

#[cfg(not(target_os = "linux"))]
fn link_unnamed(_: &File, _: &Path, _: &Path, _: bool) -> io::Result<Linked> {
    Ok(Linked::Unsupported)
}

/// `linkat(fd, "", AT_EMPTY_PATH)`, which needs a capability most users lack, else the
/// same through `/proc/self/fd`, which anyone may do.
#[cfg(target_os = "linux")]
fn link(file: &File, target: &Path) -> io::Result<()> {
    use rustix::fs::{AtFlags, CWD, linkat};
    use rustix::io::Errno;
    use std::os::fd::AsRawFd;
    match linkat(file, "", CWD, target, AtFlags::EMPTY_PATH) {
        Ok(()) => Ok(()),
        Err(Errno::EXIST) => Err(Errno::EXIST.into()),
        Err(_) => {
            let by_proc = format!("/proc/self/fd/{}", file.as_raw_fd());
            linkat(CWD, by_proc.as_str(), CWD, target, AtFlags::SYMLINK_FOLLOW)?;
            Ok(())
        }
    }
}

/// The unnamed file's content copied to a named temporary file, mode kept.
fn copy_to_named(mut file: File, dir: &Path) -> io::Result<Listed> {
    use std::io::{Seek, SeekFrom};
    let permissions = file.metadata()?.permissions();
    let (mut copy, name) = named(dir, new_file)?;
    file.seek(SeekFrom::Start(0))?;
    io::copy(&mut file, &mut copy)?;
    copy.set_permissions(permissions)?;
    copy.sync_all()?;
    Ok(name)
}

/// A new file at `path`, mode `0666 & !umask` (tempfile's own default is 0600).
fn new_file(path: &Path) -> io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o666);
    options.open(path)
}

/// Makes a `.twin-*.tmp` name in `dir` with `make` and lists it for removal on a signal;
/// creating and listing happen under the list's lock, so a signal never falls between.
fn named<R>(dir: &Path, make: impl FnMut(&Path) -> io::Result<R>) -> io::Result<(R, Listed)> {
    watch_signals();
    let mut list = pending();
    let made = Builder::new()
        .prefix(".twin-")
        .suffix(".tmp")
        .make_in(dir, make)?;
    let (value, path) = made.into_parts();
    list.push(path.to_path_buf());
    Ok((value, Listed(Some(path))))
}

/// A named temporary file, listed for removal on a signal; removed (and unlisted) on drop.
struct Listed(Option<TempPath>);

impl Listed {
    /// Renames the file to `target`, unlisting it, under the list's lock.
    fn persist(mut self, target: &Path, replace: bool) -> io::Result<()> {
        let mut list = pending();
        let Some(path) = self.0.take() else {
            return Ok(());
        };
        let listed = path.to_path_buf();
        let result = if replace {
            path.persist(target)
        } else {
            path.persist_noclobber(target)
        };
        // On failure the temporary file is removed here, still under the lock.
        let result = result.map_err(|e| e.error);
        list.retain(|p| *p != listed);
        result
    }
}

impl Drop for Listed {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let mut list = pending();
            list.retain(|p| p != &*path);
            drop(path);
        }
    }
}

/// Named temporary files that exist now: what the signal watcher removes.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Starts, once, a thread that on SIGINT, SIGTERM or SIGHUP removes the listed temporary
/// files and lets the signal end twin as it would have. A signal twin was started with
/// ignored (`nohup`, a background job) stays ignored.
#[cfg(unix)]
fn watch_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    static WATCH: std::sync::Once = std::sync::Once::new();
    WATCH.call_once(|| {
        let ignored = ignored_signals();
        let signals: Vec<i32> = [SIGINT, SIGTERM, SIGHUP]
            .into_iter()
            .filter(|&s| ignored & (1 << (s - 1)) == 0)
            .collect();
        let Ok(mut signals) = signal_hook::iterator::Signals::new(signals) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("twin-signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    // Held until the process ends: no file is created or renamed after this.
                    let list = pending();
                    for path in list.iter() {
                        let _ = std::fs::remove_file(path);
                    }
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                    std::process::exit(128 + signal);
                }
            });
    });
}

#[cfg(not(unix))]
fn watch_signals() {}

/// The signals this process ignores, as a bit mask (bit `n - 1` for signal `n`), from
/// `/proc/self/status`; none where that cannot be read.
#[cfg(unix)]
fn ignored_signals() -> u64 {
    std::fs::read_to_string("/proc/self/status").map_or(0, |s| ignored_in(&s))
}

/// The `SigIgn` mask of a `/proc/PID/status` text (0 when absent).
#[cfg(unix)]
fn ignored_in(status: &str) -> u64 {
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::listing;
    use std::io::Write;

    #[test]
    fn a_named_file_is_listed_while_it_exists_and_unlisted_when_gone() {
        let dir = tempfile::tempdir().unwrap();
        let listed = |p: &Path| pending().iter().any(|q| q.starts_with(p));
        let tmp = Temp::create(dir.path(), Strategy::Named).unwrap();
        assert!(listed(dir.path()));
        assert_eq!(listing(dir.path()).len(), 1);
        drop(tmp);
        assert!(!listed(dir.path()));
        assert!(listing(dir.path()).is_empty());

        let mut tmp = Temp::create(dir.path(), Strategy::Named).unwrap();
        tmp.file().write_all(b"x").unwrap();
        tmp.persist(&dir.path().join("out"), false).unwrap();
        assert!(!listed(dir.path()));
        assert_eq!(listing(dir.path()), ["out"]);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn an_unnamed_file_has_no_name_until_it_is_persisted() {
        for replace in [false, true] {
            let dir = tempfile::tempdir().unwrap();
            let target = dir.path().join("out");
            if replace {
                std::fs::write(&target, "old").unwrap();
            }
            let mut tmp = Temp::create(dir.path(), Strategy::PreferUnnamed).unwrap();
            assert!(
                tmp.name.is_none(),
                "O_TMPFILE is supported on Linux's common filesystems"
            );
            tmp.file().write_all(b"new").unwrap();
            assert_eq!(listing(dir.path()).len(), usize::from(replace));
            tmp.persist(&target, replace).unwrap();
            assert_eq!(std::fs::read(&target).unwrap(), b"new");
            assert_eq!(listing(dir.path()), ["out"]);
            assert!(!pending().iter().any(|p| p.starts_with(dir.path())));
        }
    }

    #[test]
    fn persisting_onto_an_existing_file_without_replace_fails_and_leaves_nothing() {
        for strategy in [Strategy::PreferUnnamed, Strategy::Named] {
            let dir = tempfile::tempdir().unwrap();
            let target = dir.path().join("out");
            std::fs::write(&target, "old").unwrap();
            let tmp = Temp::create(dir.path(), strategy).unwrap();
            let e = tmp.persist(&target, false).unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::AlreadyExists, "{strategy:?}");
            assert_eq!(std::fs::read(&target).unwrap(), b"old");
            assert_eq!(listing(dir.path()), ["out"]);
        }
    }

    #[cfg(unix)]
    #[test]
    fn the_ignored_signal_mask_is_read_from_the_status_text() {
        let status = "Name:\ttwin\nSigBlk:\t0000000000000000\nSigIgn:\t0000000000001003\n";
        // SIGHUP (1), SIGINT (2) and SIGPIPE (13) ignored.
        assert_eq!(ignored_in(status), 0b1_0000_0000_0011);
        assert_eq!(ignored_in("Name:\ttwin\n"), 0);
    }
}
