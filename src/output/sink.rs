//! Where rendered bytes go: standard output, or a file replaced atomically.
//!
//! A file is written to a temporary file in the same folder and given its name only when
//! complete (see `temp` for how no temporary file outlives an interrupted run and which
//! mode a file gets), so a failed run never leaves a partial file, and an existing file is
//! only replaced with `--force`. No output may be a file the command reads, even with
//! `--force`. Standard output is written through its own descriptor, so a closed or failing
//! standard output is an error (exit 1); a closed pipe (`| head`) is not (see
//! [`crate::error::Error::is_broken_pipe`]).

mod temp;

use std::fs::Metadata;
use std::io::{BufWriter, Write};
use std::path::Path;

use crate::error::{Error, Result};
use crate::output::messages;

#[doc(hidden)]
pub use self::temp::Strategy;

/// How standard output is named in messages.
pub(crate) const STDOUT: &str = "<stdout>";

/// What a file the command reads is to it, as told when an output would write over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A profile file.
    Input,
    /// A pair list: a `--history`, `--keep` or `--forbid` file.
    List(crate::input::pairs::ListRole),
    /// The config file.
    Config,
}

impl Role {
    /// The role's key in messages (`msg-role-file`: "the input file groups.csv").
    fn key(self) -> &'static str {
        use crate::input::pairs::ListRole;
        match self {
            Role::Input => "input",
            Role::List(ListRole::History) => "history",
            Role::List(ListRole::Keep) => "keep",
            Role::List(ListRole::Forbid) => "forbid",
            Role::List(ListRole::Plan) => "plan",
            Role::Config => "config",
        }
    }
}

/// Writes `bytes` to `target` (`None` or `-` = standard output).
pub(crate) fn write(bytes: &[u8], target: Option<&str>, force: bool) -> Result<()> {
    write_with(target, force, |w| w.write_all(bytes))
}

/// Streams what `fill` writes to `target` (`None` or `-` = standard output), buffered; a
/// file is complete or absent, never partial.
pub(crate) fn write_with(
    target: Option<&str>,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    write_with_strategy(target, force, Strategy::PreferUnnamed, fill)
}

/// [`write_with`], choosing how the temporary file is made (tests force the named one).
#[doc(hidden)]
pub fn write_with_strategy(
    target: Option<&str>,
    force: bool,
    strategy: Strategy,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match target {
        None | Some("-") => write_stdout(fill),
        Some(path) => write_file(Path::new(path), fill, force, strategy),
    }
}

/// Refuses early, before any work is done: a folder as the output (usage error), an
/// existing regular file without `force`, a closed standard output.
pub(crate) fn check_target(target: Option<&str>, force: bool) -> Result<()> {
    let path = match target {
        None | Some("-") => return check_stdout(),
        Some(path) => path,
    };
    check_not_folder(path)?;
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() && !force => Err(exists(path)),
        _ => Ok(()),
    }
}

/// A usage error when `path` is a folder (told so, not to add `--force`).
pub(crate) fn check_not_folder(path: &str) -> Result<()> {
    if std::fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        Err(Error::Usage(messages::output_is_folder(path)))
    } else {
        Ok(())
    }
}

fn exists(path: &str) -> Error {
    Error::Refused(messages::output_exists(path))
}

/// Refuses (usage error) an output that is one of `inputs`, given as (role, path) such as
/// (`Role::Input`, "groups.csv"): the same file by name or through a symbolic or hard link, for
/// `target` or, when `target` is `None` or `-`, for the file standard output is redirected
/// to. `-` among the inputs stands for standard input.
pub(crate) fn check_not_input(target: Option<&str>, inputs: &[(Role, &str)]) -> Result<()> {
    let to_stdout = matches!(target, None | Some("-"));
    let out = match target {
        Some(path) if !to_stdout => std::fs::metadata(path).ok(),
        _ => std_metadata(Std::Out),
    };
    let Some(out) = out.filter(Metadata::is_file) else {
        return Ok(());
    };
    for &(role, input) in inputs {
        let meta = if input == "-" {
            std_metadata(Std::In)
        } else {
            std::fs::metadata(input).ok()
        };
        if !meta.is_some_and(|m| same_file(&m, &out)) {
            continue;
        }
        let name = if input == "-" { "<stdin>" } else { input };
        let named = messages::role_file(role.key(), name);
        return Err(Error::Usage(match target {
            Some(path) if !to_stdout => {
                let link = Path::new(path) != Path::new(name);
                messages::output_is_input(path, &named, link)
            }
            _ => messages::stdout_is_input(&named),
        }));
    }
    Ok(())
}

/// Refuses a closed standard output (`>&-`), before any work is done.
///
/// The Rust runtime reopens a closed standard output on `/dev/null`, read-write, so the
/// output would vanish without an error; a standard output that is `/dev/null` opened
/// read-write is taken for that. (A shell's `> /dev/null` opens it write-only and is fine;
/// `-o /dev/null` discards the output whatever opened standard output.)
pub(crate) fn check_stdout() -> Result<()> {
    if stdout_is_closed() {
        Err(Error::Refused(messages::stdout_closed()))
    } else {
        Ok(())
    }
}

#[cfg(unix)]
fn stdout_is_closed() -> bool {
    use rustix::fs::{OFlags, fcntl_getfl};
    use std::os::fd::AsFd;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let stdout = std::io::stdout();
    let Ok(flags) = fcntl_getfl(stdout.as_fd()) else {
        return true;
    };
    if flags & OFlags::ACCMODE != OFlags::RDWR {
        return false;
    }
    match (std_metadata(Std::Out), std::fs::metadata("/dev/null")) {
        (Some(out), Ok(null)) => out.file_type().is_char_device() && out.rdev() == null.rdev(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn stdout_is_closed() -> bool {
    false
}

/// Whether `target` is standard output and that is a terminal (binary output is refused there).
pub(crate) fn is_terminal(target: Option<&str>) -> bool {
    use std::io::IsTerminal;
    matches!(target, None | Some("-")) && std::io::stdout().is_terminal()
}

/// The width in columns of the terminal `target` is, when it is standard output on a
/// terminal (a table then fits it); none for pipes and files, which keep the stable format.
pub(crate) fn terminal_width(target: Option<&str>) -> Option<usize> {
    if !is_terminal(target) {
        return None;
    }
    terminal_size::terminal_size().map(|(w, _)| usize::from(w.0))
}

/// Writes to standard output through a duplicate of its descriptor: the standard library's
/// own handle reports success when the descriptor is bad (EBADF), and the output would be
/// lost without a word.
fn write_stdout(fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    check_stdout()?;
    #[cfg(unix)]
    let out = {
        use std::os::fd::AsFd;
        let fd = std::io::stdout()
            .as_fd()
            .try_clone_to_owned()
            .map_err(|e| Error::io(STDOUT, e))?;
        std::fs::File::from(fd)
    };
    #[cfg(not(unix))]
    let out = std::io::stdout().lock();
    let mut out = BufWriter::new(out);
    fill(&mut out)
        .and_then(|()| out.flush())
        .map_err(|e| Error::io(STDOUT, e))
}

/// Standard input or output.
#[derive(Clone, Copy)]
enum Std {
    In,
    Out,
}

/// What standard input or output is open on.
#[cfg(unix)]
fn std_metadata(which: Std) -> Option<Metadata> {
    use std::os::fd::AsFd;
    let fd = match which {
        Std::In => std::io::stdin().as_fd().try_clone_to_owned(),
        Std::Out => std::io::stdout().as_fd().try_clone_to_owned(),
    };
    std::fs::File::from(fd.ok()?).metadata().ok()
}

#[cfg(not(unix))]
fn std_metadata(_: Std) -> Option<Metadata> {
    None
}

/// Whether two paths' metadata are of one file (device and inode).
#[cfg(unix)]
fn same_file(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &Metadata, _: &Metadata) -> bool {
    false
}

fn write_file(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    force: bool,
    strategy: Strategy,
) -> Result<()> {
    let name = path.display().to_string();
    let existing = std::fs::metadata(path).ok();
    // A device or pipe (/dev/null, a FIFO) is written in place: renaming a file over it
    // would replace it.
    if existing
        .as_ref()
        .is_some_and(|m| !m.is_file() && !m.is_dir())
    {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| Error::io(&name, e))?;
        let mut out = BufWriter::new(f);
        return fill(&mut out)
            .and_then(|()| out.flush())
            .map_err(|e| Error::io(&name, e));
    }
    check_target(Some(&name), force)?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let io = |e| Error::io(&name, e);
    let mut tmp = temp::Temp::create(dir, strategy).map_err(io)?;
    if let Some(old) = &existing {
        tmp.keep_mode_of(old).map_err(io)?;
    }
    {
        let mut out = BufWriter::new(tmp.file());
        fill(&mut out).and_then(|()| out.flush()).map_err(io)?;
    }
    tmp.file().sync_all().map_err(io)?;
    tmp.persist(path, force).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            exists(&name)
        } else {
            Error::io(&name, e)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_created_refused_then_replaced_with_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let p = path.to_str().unwrap();
        write(b"one", Some(p), false).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        let e = write(b"two", Some(p), false).unwrap_err();
        assert!(e.to_string().contains("--force"), "{e}");
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write(b"two", Some(p), true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        // No temporary file is left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn devices_are_written_in_place_not_replaced() {
        write(b"x", Some("/dev/null"), false).unwrap();
        let meta = std::fs::metadata("/dev/null").unwrap();
        assert!(!meta.is_file(), "/dev/null must stay a device");
    }

    #[test]
    fn a_missing_folder_is_an_io_error_naming_the_file() {
        let e = write(b"x", Some("/nonexistent-dir-twin/out.csv"), false).unwrap_err();
        assert!(
            e.to_string().starts_with("/nonexistent-dir-twin/out.csv"),
            "{e}"
        );
    }
}
