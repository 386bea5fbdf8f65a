//! Where rendered bytes go: standard output, or a file replaced atomically.
//!
//! A file is written to a temporary file in the same folder and renamed into place, so a
//! failed run never leaves a partial file, and an existing file is only replaced with
//! `--force`.

use std::io::{BufWriter, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `bytes` to `target` (`None` or `-` = standard output).
pub fn write(bytes: &[u8], target: Option<&str>, force: bool) -> Result<()> {
    write_with(target, force, |w| w.write_all(bytes))
}

/// Streams what `fill` writes to `target` (`None` or `-` = standard output), buffered; a
/// file is complete or absent, never partial.
pub fn write_with(
    target: Option<&str>,
    force: bool,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match target {
        None | Some("-") => {
            let mut out = BufWriter::new(std::io::stdout().lock());
            fill(&mut out)
                .and_then(|()| out.flush())
                .map_err(|e| Error::io("<stdout>", e))
        }
        Some(path) => write_file(Path::new(path), fill, force),
    }
}

/// Refuses early when `target` is an existing regular file and `force` is off, before any
/// work is done.
pub fn check_target(target: Option<&str>, force: bool) -> Result<()> {
    match target {
        Some(path) if path != "-" && !force && is_regular_file(Path::new(path)) => Err(
            Error::Refused(format!("{path} already exists; add --force to replace it")),
        ),
        _ => Ok(()),
    }
}

/// Whether `target` is standard output and that is a terminal (binary output is refused there).
pub fn is_terminal(target: Option<&str>) -> bool {
    use std::io::IsTerminal;
    matches!(target, None | Some("-")) && std::io::stdout().is_terminal()
}

fn is_regular_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

fn write_file(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
    force: bool,
) -> Result<()> {
    let name = path.display().to_string();
    // A device or pipe (/dev/null, a FIFO) is written in place: renaming a file over it
    // would replace it.
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
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
    let mut tmp = tempfile::Builder::new()
        .prefix(".twin-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(&name, e))?;
    {
        let mut out = BufWriter::new(tmp.as_file_mut());
        fill(&mut out)
            .and_then(|()| out.flush())
            .map_err(|e| Error::io(&name, e))?;
    }
    tmp.as_file().sync_all().map_err(|e| Error::io(&name, e))?;
    let persisted = if force {
        tmp.persist(path).map(|_| ())
    } else {
        tmp.persist_noclobber(path).map(|_| ())
    };
    persisted.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Refused(format!("{name} already exists; add --force to replace it"))
        } else {
            Error::io(&name, e.error)
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
