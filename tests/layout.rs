//! The shape of `src/`: every file opens with a module doc, and production modules import
//! each other without cycles, so dependencies point one way along the data's path
//! (input → model → score → candidates → plan → output, `cmd/` on top).
//!
//! Imports are read from the source text: `crate::`, `super::` and `self::` paths, and in a
//! `mod.rs` (or `lib.rs`) the child modules it names. `#[cfg(test)]` modules and comments
//! are left out: tests may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path (`["candidates", "scan"]`) for every file under `src/`.
fn modules(src: &Path) -> BTreeMap<Vec<String>, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod") {
                parts.pop();
            }
            if parts == ["lib"] || parts == ["main"] {
                parts.clear();
            }
            out.insert(parts, path);
        }
    }
    out
}

/// The production text of a file: comments and `#[cfg(test)] mod … { … }` blocks removed.
fn production(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("#[cfg(test)]")
            && lines
                .peek()
                .is_some_and(|next| next.contains("mod ") && next.trim_end().ends_with('{'))
        {
            // Skip to the closing brace at column 0.
            for l in lines.by_ref() {
                if l == "}" {
                    break;
                }
            }
            continue;
        }
        let code = line.split("//").next().unwrap_or("");
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// Identifier characters.
fn ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every `a::b::c` path in `text` (as its segments), including the items of `{…}` groups
/// one level deep (`super::{x, y}` gives `super::x` and `super::y`).
fn paths(text: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !ident(chars[i]) || (i > 0 && (ident(chars[i - 1]) || chars[i - 1] == ':')) {
            i += 1;
            continue;
        }
        let mut segments = Vec::new();
        let mut j = i;
        loop {
            let start = j;
            while j < chars.len() && ident(chars[j]) {
                j += 1;
            }
            segments.push(chars[start..j].iter().collect::<String>());
            if chars.get(j) == Some(&':') && chars.get(j + 1) == Some(&':') {
                j += 2;
                if chars.get(j) == Some(&'{') {
                    let end = chars[j..]
                        .iter()
                        .position(|&c| c == '}')
                        .map_or(j, |e| j + e);
                    let inner: String = chars[j + 1..end].iter().collect();
                    for item in inner.split(',') {
                        let first = item.trim().split("::").next().unwrap_or("").trim();
                        if !first.is_empty() && first != "self" {
                            let mut p = segments.clone();
                            p.push(first.to_string());
                            out.push(p);
                        }
                    }
                    j = end;
                    break;
                }
                if j < chars.len() && ident(chars[j]) {
                    continue;
                }
            }
            break;
        }
        if segments.len() > 1 {
            out.push(segments);
        }
        i = j.max(i + 1);
    }
    out
}

/// The modules each production module imports.
fn imports(
    modules: &BTreeMap<Vec<String>, PathBuf>,
) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let mut graph = BTreeMap::new();
    for (module, path) in modules {
        let text = production(&std::fs::read_to_string(path).unwrap());
        let is_parent = path.ends_with("mod.rs") || path.ends_with("lib.rs");
        let mut deps = BTreeSet::new();
        for segments in paths(&text) {
            let mut full: Vec<String> = match segments[0].as_str() {
                "crate" => Vec::new(),
                "self" => module.clone(),
                "super" => module[..module.len().saturating_sub(1)].to_vec(),
                // A parent naming its child: `toml::parse(…)`, `pub use csv::X`.
                first
                    if is_parent
                        && modules.contains_key(&[&module[..], &[first.to_string()]].concat()) =>
                {
                    module.clone()
                }
                _ => continue,
            };
            let mut rest = if matches!(segments[0].as_str(), "crate" | "self" | "super") {
                &segments[1..]
            } else {
                &segments[..]
            };
            while rest.first().is_some_and(|s| s == "super") {
                full.pop();
                rest = &rest[1..];
            }
            full.extend(rest.iter().cloned());
            // The longest prefix that is a module.
            let target = (0..=full.len())
                .rev()
                .map(|k| full[..k].to_vec())
                .find(|p| modules.contains_key(p))
                .unwrap_or_default();
            if !target.is_empty() && &target != module {
                deps.insert(target);
            }
        }
        graph.insert(module.clone(), deps);
    }
    graph
}

/// The strongly connected components with more than one module (Tarjan).
fn cycles(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    struct State<'g> {
        graph: &'g BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<&'g Vec<String>, usize>,
        low: BTreeMap<&'g Vec<String>, usize>,
        stack: Vec<&'g Vec<String>>,
        found: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g Vec<String>) {
        let i = s.index.len();
        s.index.insert(v, i);
        s.low.insert(v, i);
        s.stack.push(v);
        for w in s.graph.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                s.low.insert(v, s.low[v].min(lw));
            } else if s.stack.contains(&w) {
                let iw = s.index[w];
                s.low.insert(v, s.low[v].min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let mut component = Vec::new();
            while let Some(w) = s.stack.pop() {
                component.push(w.join("::"));
                if w == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                s.found.push(component);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.found
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn production_modules_import_each_other_without_cycles() {
    let modules = modules(&src());
    let graph = imports(&modules);
    // The reader sees real imports (so a cycle would show).
    assert!(
        graph[&vec!["cmd".to_string(), "assign".to_string()]].contains(&vec!["plan".to_string()])
    );
    let found = cycles(&graph);
    assert!(found.is_empty(), "import cycles: {found:?}");
}

#[test]
fn the_cycle_finder_finds_a_cycle_and_reads_groups_and_super() {
    let text = "use super::{a, b::C};\nuse crate::x::y::Z; // crate::ignored\n";
    let p = paths(&production(text));
    assert!(p.contains(&vec!["super".into(), "a".into()]));
    assert!(p.contains(&vec!["super".into(), "b".into()]));
    assert!(p.contains(&vec!["crate".into(), "x".into(), "y".into(), "Z".into()]));
    assert!(!p.iter().any(|s| s.contains(&"ignored".to_string())));
    let tests = "fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::z::W;\n}\n";
    assert!(paths(&production(tests)).is_empty());
    let m = |s: &str| s.split("::").map(String::from).collect::<Vec<_>>();
    let graph = BTreeMap::from([
        (m("a"), BTreeSet::from([m("b")])),
        (m("b"), BTreeSet::from([m("c")])),
        (m("c"), BTreeSet::from([m("a")])),
        (m("d"), BTreeSet::from([m("a")])),
    ]);
    assert_eq!(cycles(&graph), [vec!["a", "b", "c"]]);
}

#[test]
fn every_source_file_opens_with_a_module_doc() {
    let missing: Vec<String> = modules(&src())
        .values()
        .filter(|p| !std::fs::read_to_string(p).unwrap().starts_with("//!"))
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a module doc: {missing:?}"
    );
}
