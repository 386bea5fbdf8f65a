//! The fluent harness: run the `twin` binary, then assert on its exit code and output.
//!
//! `twin(&["match", "good/small.csv"]).run()` runs the freshly built binary with
//! `tests/data/` as the working folder (so fixture paths in messages are short and stable,
//! and no stray `./twin.toml` can be picked up), and returns an [`Outcome`] whose methods
//! chain: `.ok()`, `.code(2)`, `.stdout_empty()`, `.stderr_has("…")`. Every outcome is
//! checked for a panic message, whatever the test asserts.
//!
//! Also the helpers several modules share: [`sh`] (a script, for umasks and closed outputs),
//! [`mode`], the CSV and JSON parsers, and [`random_network`], profiles with names spelt as
//! people write them, drawn from `twin::testkit::Rng`.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use twin::testkit::Rng;

/// The path of `examples/groups.csv` as seen from the default working folder.
pub(crate) const EXAMPLES: &str = "../../examples/groups.csv";

/// The fixture folder, `tests/data/`.
pub(crate) fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
}

/// The repository root (for `examples/`).
pub(crate) fn root_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built binary.
pub(crate) fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_twin"))
}

/// Reads a fixture (path relative to `tests/data/`).
pub(crate) fn fixture(rel: &str) -> Vec<u8> {
    std::fs::read(data_dir().join(rel)).unwrap_or_else(|e| panic!("fixture {rel}: {e}"))
}

/// The permission bits of the file at `path` (e.g. `0o644`).
pub(crate) fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// Runs `script` with `sh` in `dir`, `$TWIN` naming the binary; returns (code, stderr), and
/// fails on a panic message. Used where the shell sets what a test needs: a umask, a closed
/// or broken standard output.
pub(crate) fn sh(dir: &Path, script: &str) -> (Option<i32>, String) {
    let out = std::process::Command::new("sh")
        .args(["-c", script])
        .current_dir(dir)
        .env("TWIN", bin())
        .env("NO_COLOR", "1")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("sh runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{script}\n{stderr}");
    (out.status.code(), stderr)
}

/// A command line being built.
pub(crate) struct Twin {
    args: Vec<String>,
    dir: PathBuf,
    stdin: Option<Vec<u8>>,
    env: Vec<(String, String)>,
}

/// The pair-row columns the output contract promises, in order (written out here, not taken
/// from the implementation, so that a change to either is caught).
pub(crate) const PAIR_COLUMNS: [&str; 10] = [
    "rank",
    "score",
    "id_a",
    "name_a",
    "country_a",
    "id_b",
    "name_b",
    "country_b",
    "shared_themes",
    "shared_languages",
];

/// Starts a `twin` command line, run from `tests/data/`.
pub(crate) fn twin(args: &[&str]) -> Twin {
    Twin {
        args: args.iter().map(|s| s.to_string()).collect(),
        dir: data_dir(),
        stdin: None,
        env: Vec::new(),
    }
}

impl Twin {
    pub(crate) fn args(mut self, args: &[&str]) -> Self {
        self.args.extend(args.iter().map(|s| s.to_string()));
        self
    }

    /// Runs in `dir` instead of `tests/data/`.
    pub(crate) fn in_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.dir = dir.as_ref().to_path_buf();
        self
    }

    /// Sets an environment variable (the locale's are unset unless set here, so that the
    /// runner's own locale never changes twin's language).
    pub(crate) fn env(mut self, name: &str, value: &str) -> Self {
        self.env.push((name.to_string(), value.to_string()));
        self
    }

    pub(crate) fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    pub(crate) fn run(self) -> Outcome {
        let mut cmd = assert_cmd::Command::new(bin());
        cmd.args(&self.args)
            .current_dir(&self.dir)
            .env_remove("RUST_BACKTRACE")
            .env("NO_COLOR", "1")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .timeout(Duration::from_secs(30));
        for (name, value) in &self.env {
            cmd.env(name, value);
        }
        // Never inherit the test runner's stdin: no stdin means an empty one.
        cmd.write_stdin(self.stdin.unwrap_or_default());
        let out = cmd.output().expect("twin runs");
        let outcome = Outcome {
            command: format!("twin {}", self.args.join(" ")),
            code: out.status.code(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            stdout_bytes: out.stdout,
        };
        assert!(
            !outcome.stderr.contains("panicked"),
            "{}: panicked\n{}",
            outcome.command,
            outcome.stderr
        );
        outcome
    }
}

/// What a run produced.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub command: String,
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub stdout_bytes: Vec<u8>,
}

impl Outcome {
    fn context(&self) -> String {
        format!(
            "{}\n--- exit code: {:?}\n--- stdout:\n{}\n--- stderr:\n{}",
            self.command, self.code, self.stdout, self.stderr
        )
    }

    /// Exit code `code`.
    #[track_caller]
    pub(crate) fn code(&self, code: i32) -> &Self {
        assert_eq!(self.code, Some(code), "{}", self.context());
        self
    }

    /// Exit code 0.
    #[track_caller]
    pub(crate) fn ok(&self) -> &Self {
        self.code(0)
    }

    #[track_caller]
    pub(crate) fn stdout_empty(&self) -> &Self {
        assert!(self.stdout_bytes.is_empty(), "{}", self.context());
        self
    }

    #[track_caller]
    pub(crate) fn stdout_not_empty(&self) -> &Self {
        assert!(!self.stdout_bytes.is_empty(), "{}", self.context());
        self
    }

    #[track_caller]
    pub(crate) fn stdout_has(&self, needle: &str) -> &Self {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}\n{}",
            self.context()
        );
        self
    }

    #[track_caller]
    pub(crate) fn stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}\n{}",
            self.context()
        );
        self
    }

    #[track_caller]
    pub(crate) fn stderr_lacks(&self, needle: &str) -> &Self {
        assert!(
            !self.stderr.contains(needle),
            "stderr has {needle:?}\n{}",
            self.context()
        );
        self
    }

    /// The stderr lines starting with `prefix` (e.g. "error: ", "warning: ").
    pub(crate) fn stderr_lines(&self, prefix: &str) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| l.starts_with(prefix))
            .collect()
    }

    /// The input was rejected with exactly one message: exit 1, nothing on stdout, and
    /// stderr is one line `error: {location} …` containing every word of `words`.
    #[track_caller]
    pub(crate) fn one_error(&self, location: &str, words: &[&str]) -> &Self {
        self.code(1).stdout_empty();
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "expected one line\n{}", self.context());
        let expected = format!("error: {location} ");
        assert!(
            lines[0].starts_with(&expected),
            "expected the prefix {expected:?}\n{}",
            self.context()
        );
        for w in words {
            assert!(
                lines[0].contains(w),
                "the message lacks {w:?}\n{}",
                self.context()
            );
        }
        self
    }

    /// Parses stdout as CSV: the header and the rows.
    pub(crate) fn csv(&self) -> (Vec<String>, Vec<Vec<String>>) {
        parse_csv(&self.stdout_bytes)
    }
}

/// Parses CSV bytes into the header and rows.
pub(crate) fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let header = r
        .headers()
        .expect("a CSV header")
        .iter()
        .map(str::to_string)
        .collect();
    let rows = r
        .records()
        .map(|rec| rec.expect("a CSV row").iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

/// A random network as CSV: `count` groups `G000…`, each in a random country with two
/// random languages and two random themes (possibly the same), and a capacity drawn from
/// `capacity`.
pub(crate) fn random_network(
    rng: &mut Rng,
    count: usize,
    countries: &[&str],
    languages: &[&str],
    themes: &[&str],
    capacity: std::ops::Range<usize>,
) -> String {
    let width = count.saturating_sub(1).to_string().len();
    let mut csv = String::from("id,name,country,languages,themes,capacity\n");
    for i in 0..count {
        csv.push_str(&format!(
            "G{i:0width$},Group {i},{},{}; {},{}; {},{}\n",
            rng.pick(countries),
            rng.pick(languages),
            rng.pick(languages),
            rng.pick(themes),
            rng.pick(themes),
            capacity.start + rng.below(capacity.len())
        ));
    }
    csv
}

/// The same CSV with its data rows in a random order (the header stays first).
pub(crate) fn shuffle_rows(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<&str> = text.lines().collect();
    let header = lines.remove(0);
    let before = lines.clone();
    while lines.len() > 1 && lines == before {
        rng.shuffle(&mut lines);
    }
    let mut out = String::from(header);
    out.push('\n');
    for l in lines {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// A JSON object with its keys in document order (serde_json's map sorts them).
#[derive(Debug)]
pub(crate) struct Ordered(pub Vec<(String, serde_json::Value)>);

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Ordered, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, serde_json::Value>()? {
                    entries.push(entry);
                }
                Ok(Ordered(entries))
            }
        }
        d.deserialize_map(Visitor)
    }
}

impl Ordered {
    pub(crate) fn keys(&self) -> Vec<&str> {
        self.0.iter().map(|(k, _)| k.as_str()).collect()
    }

    /// The value of `key`.
    pub(crate) fn get(&self, key: &str) -> &serde_json::Value {
        &self
            .0
            .iter()
            .find(|(k, _)| k == key)
            .unwrap_or_else(|| panic!("no key {key:?} in {self:?}"))
            .1
    }

    pub(crate) fn str(&self, key: &str) -> &str {
        self.get(key)
            .as_str()
            .unwrap_or_else(|| panic!("{key} is not a string in {self:?}"))
    }
}

/// `twin match --format json` output: exactly `{"pairs": [...]}`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct JsonDoc {
    pub pairs: Vec<Ordered>,
}

/// Parses `match --format json` output.
pub(crate) fn parse_json(bytes: &[u8]) -> JsonDoc {
    serde_json::from_slice(bytes)
        .unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{}", String::from_utf8_lossy(bytes)))
}
