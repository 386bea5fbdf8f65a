//! `twin report`: one self-contained HTML page — no script, no address outside the page, a
//! strict Content-Security-Policy — holding every pair of the plan `assign` makes, every
//! file text escaped, byte-identical whatever the row order, bounded at thousands of
//! groups; bad input writes nothing. Then in a real browser (headless Chromium): printed to
//! A4 PDF, every pair's names in the PDF's text, no network request, and a screenshot.

use std::path::{Path, PathBuf};
use std::process::Command;

use twin::testkit::Rng;

use crate::harness::{EXAMPLES, data_dir, random_network, root_dir, shuffle_rows, twin};

const CSP: &str = r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">"#;

/// The report of `args` written to a file in a fresh folder: (folder, HTML).
fn report(args: &[&str]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    twin(&["report"])
        .args(args)
        .args(&["-o", out.to_str().unwrap()])
        .run()
        .ok()
        .stderr_has("wrote ");
    let html = std::fs::read_to_string(&out).unwrap();
    (dir, html)
}

/// The example plan's pairs as (name A, name B), from `assign`'s CSV.
fn example_pairs() -> Vec<(String, String)> {
    let out = twin(&["assign", EXAMPLES, "--format", "csv"]).run();
    out.ok();
    let (_, rows) = out.csv();
    rows.iter().map(|r| (r[3].clone(), r[6].clone())).collect()
}

/// `text` as the page writes it (askama's escaping: numeric character references).
fn html_escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

/// Nothing in the page can reach outside it.
#[track_caller]
fn self_contained(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..100]);
    assert!(html.contains(CSP), "no strict CSP meta");
    let lower = html.to_lowercase();
    for banned in [
        "http://", "https://", "<script", "<link", "<iframe", "<object", "<embed", "<img", "<a ",
        "url(", "@import",
    ] {
        assert!(!lower.contains(banned), "the page holds {banned:?}");
    }
}

#[test]
fn the_example_report_is_self_contained_and_holds_every_pair() {
    let (_dir, html) = report(&[EXAMPLES]);
    self_contained(&html);
    let pairs = example_pairs();
    assert_eq!(pairs.len(), 24);
    for (a, b) in &pairs {
        assert!(html.contains(&html_escaped(a)), "{a}");
        assert!(html.contains(&html_escaped(b)), "{b}");
    }
    // The figures, the summary as `assign` words it, the rules and the group left out with
    // the reason `assign` gives.
    for text in [
        "plan (optimal): 24 pairs; 41 of 42 groups seeking a twin are twinned",
        "1,423.33",
        "31.33",
        "themes 0.8, languages 0.2",
        "food security, gender equality, education access",
        "AIC Bangkok Klong Toey",
        "no eligible partner — excluded by no common language (42 groups)",
        "Country shapes: Natural Earth",
    ] {
        assert!(html.contains(&html_escaped(text)), "{text}");
    }
    // The map and three charts, each with a text alternative; the map draws links.
    assert_eq!(html.matches("<svg class=\"map\"").count(), 1);
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 3);
    assert_eq!(html.matches("<desc id=").count(), 4);
    assert!(html.contains("Belgium–France: 2 pairs; "));
    assert_eq!(html.matches("<article class=\"card\">").count(), 24);
    // Small enough to mail.
    assert!(html.len() < 400_000, "{} bytes", html.len());
}

#[test]
fn the_report_is_byte_identical_whatever_the_row_order() {
    let csv = std::fs::read_to_string(root_dir().join("examples/groups.csv")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng::new(12);
    let mut pages = Vec::new();
    for text in [
        csv.clone(),
        shuffle_rows(&csv, &mut rng),
        shuffle_rows(&csv, &mut rng),
    ] {
        std::fs::write(dir.path().join("groups.csv"), text).unwrap();
        twin(&["report", "groups.csv", "-o", "r.html", "--force"])
            .in_dir(dir.path())
            .run()
            .ok();
        pages.push(std::fs::read(dir.path().join("r.html")).unwrap());
    }
    assert!(pages[0] == pages[1] && pages[1] == pages[2]);
}

#[test]
fn hostile_names_are_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("g.csv"),
        "id,name,country,languages,themes\n\
         A<b>,<script>alert(1)</script>,FR,fr,health\n\
         B&1,\"Quote \"\" ' & <img src=x onerror=alert(1)>\",BE,fr,health\n",
    )
    .unwrap();
    twin(&["report", "g.csv", "-o", "r.html"])
        .in_dir(dir.path())
        .run()
        .ok();
    let html = std::fs::read_to_string(dir.path().join("r.html")).unwrap();
    self_contained(&html);
    assert!(html.contains(&html_escaped("<script>alert(1)</script>")));
    assert!(html.contains(&html_escaped("Quote \" ' & <img src=x onerror=alert(1)>")));
    assert!(html.contains(&html_escaped("A<b>")) && html.contains(&html_escaped("B&1")));
    assert!(!html.contains("<img") && !html.contains("A<b>") && !html.contains("<script"));
}

#[test]
fn an_empty_plan_is_a_sensible_report() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("g.csv"),
        "id,name,country,languages,themes\nA,Alone A,FR,fr,health\nB,Alone B,FR,fr,health\n",
    )
    .unwrap();
    twin(&["report", "g.csv", "-o", "r.html"])
        .in_dir(dir.path())
        .run()
        .ok()
        .stderr_has("plan (optimal): 0 pairs");
    let html = std::fs::read_to_string(dir.path().join("r.html")).unwrap();
    self_contained(&html);
    assert!(html.contains("The plan has no pair."));
    assert!(html.contains("No pair to draw."));
    assert!(html.contains("Alone A") && html.contains("Alone B"));
    assert!(html.contains("same country (1 group)"));
    assert!(!html.contains("<article"));
    // No empty chart of pairs: only the groups per country.
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 1);
}

#[test]
fn bad_input_exits_1_and_writes_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.html");
    let broken = data_dir().join("broken/capacity_negative.csv");
    twin(&[
        "report",
        broken.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ])
    .run()
    .code(1)
    .stderr_has("capacity");
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    // An existing file is kept without --force; the plan options are checked as assign's.
    std::fs::write(&out, "keep").unwrap();
    twin(&["report", EXAMPLES, "-o", out.to_str().unwrap()])
        .run()
        .code(1)
        .stderr_has("already exists; add --force");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep");
    twin(&[
        "report", EXAMPLES, "--method", "stable", "--verify", "-o", "x.html",
    ])
    .run()
    .code(2);
}

#[test]
fn the_report_goes_to_a_pipe_and_takes_the_plan_options() {
    let out = twin(&["report", EXAMPLES, "--method", "stable"]).run();
    out.ok().stderr_has("plan (stable): ");
    self_contained(&out.stdout);
    assert!(out.stdout.contains("stable: the best remaining pair first"));
    let (_, html) = report(&[EXAMPLES, "--method", "stable"]);
    assert_eq!(html, out.stdout);
}

#[test]
fn thousands_of_groups_give_a_bounded_report() {
    let mut rng = Rng::new(5);
    let countries = [
        "FR", "ES", "PE", "IT", "MX", "BE", "DE", "PL", "CO", "CL", "AR", "BR", "US", "PH", "IN",
        "CD", "MG", "CM", "HT", "LB", "EG", "TH", "ID", "ET", "RW", "BO",
    ];
    let languages = ["fr", "es", "en", "it", "de", "pl", "pt"];
    let themes = [
        "food security",
        "health",
        "elderly",
        "housing",
        "literacy",
        "education access",
        "migrants",
    ];
    let csv = random_network(&mut rng, 5_000, &countries, &languages, &themes, 0..3);
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.csv"), &csv).unwrap();
    twin(&["report", "big.csv", "--method", "stable", "-o", "r.html"])
        .in_dir(dir.path())
        .run()
        .ok();
    let html = std::fs::read_to_string(dir.path().join("r.html")).unwrap();
    self_contained(&html);
    assert_eq!(html.matches("<article class=\"card\">").count(), 300);
    assert!(
        html.contains("The first 300 pairs of "),
        "no sentence on the cards left out"
    );
    assert!(html.contains("lists every pair"));
    // The country chart shows 20 rows at most, the last one the 7 others of 26 countries;
    // the map one link per pair of countries.
    assert!(html.contains(">7 other countries<"));
    let links = html.matches("<path d=\"M").count();
    assert!(links < 2_000, "{links}");
    assert!(html.len() < 2_000_000, "{} bytes", html.len());
}

// ---- In a real browser ----

/// A program on the PATH, or `None`.
fn program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|n| {
        std::env::split_paths(&path)
            .map(|d| d.join(n))
            .find(|p| p.is_file())
    })
}

/// Chromium and poppler's tools, or `None` (with the reason printed) when they are missing
/// outside CI; in CI (`CI` set), missing tools fail the test.
fn browser_tools() -> Option<(PathBuf, PathBuf, PathBuf)> {
    let chromium = program(&["chromium", "chromium-browser"]);
    let pdftotext = program(&["pdftotext"]);
    let pdfinfo = program(&["pdfinfo"]);
    match (chromium, pdftotext, pdfinfo) {
        (Some(c), Some(t), Some(i)) => Some((c, t, i)),
        _ if std::env::var_os("CI").is_some() => {
            panic!(
                "CI needs chromium and poppler-utils (pdftotext, pdfinfo): .ci/run installs them"
            )
        }
        _ => {
            eprintln!(
                "skipped: the browser test needs chromium and poppler-utils (apt-get install chromium poppler-utils)"
            );
            None
        }
    }
}

/// Runs headless Chromium on `page` with `extra` arguments (a fresh profile, no network
/// services, its net log in `net_log`).
fn chromium(chromium: &Path, page: &Path, net_log: &Path, extra: &[String]) {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
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
        .arg(format!("--log-net-log={}", net_log.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .stdin(std::process::Stdio::null())
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The URLs the page itself asked the network for, from Chromium's net log: every request
/// started for an origin (the browser's own housekeeping, such as its clock check, has
/// none and is not the page's).
fn page_requests(net_log: &Path) -> Vec<String> {
    let log: serde_json::Value =
        serde_json::from_slice(&std::fs::read(net_log).expect("a net log")).expect("JSON");
    let start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
        .as_u64()
        .expect("the event type");
    log["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["type"].as_u64() == Some(start))
        .map(|e| &e["params"])
        .filter(|p| p["initiator"].as_str() != Some("not an origin"))
        .filter_map(|p| p["url"].as_str().map(str::to_string))
        .filter(|u| {
            ["http:", "https:", "ws:", "wss:"]
                .iter()
                .any(|s| u.starts_with(s))
        })
        .collect()
}

#[test]
fn a_browser_prints_the_report_on_a4_without_any_request() {
    let Some((browser, pdftotext, pdfinfo)) = browser_tools() else {
        return;
    };
    let (dir, html) = report(&[EXAMPLES]);
    let page = dir.path().join("report.html");
    let (pdf, net) = (dir.path().join("report.pdf"), dir.path().join("net.json"));
    chromium(
        &browser,
        &page,
        &net,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
    );
    assert_eq!(page_requests(&net), Vec::<String>::new());

    let info = Command::new(pdfinfo).arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    assert!(info.contains("(A4)"), "{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    // Figures, method and map; charts (two pages); 24 cards, six a page; the group left out.
    assert!((5..=9).contains(&pages), "{pages} pages");

    let text = Command::new(pdftotext).arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = flat(&text);
    for (a, b) in example_pairs() {
        assert!(text.contains(&flat(&a)), "{a} not in the PDF's text");
        assert!(text.contains(&flat(&b)), "{b} not in the PDF's text");
    }
    assert!(text.contains("AIC Bangkok Klong Toey"));
    assert!(html.contains(CSP));

    // A screenshot for a person to look at, kept in the build folder.
    let shots = root_dir().join("target").join("report-test");
    std::fs::create_dir_all(&shots).unwrap();
    let shot = shots.join("report.png");
    let _ = std::fs::remove_file(&shot);
    chromium(
        &browser,
        &page,
        &dir.path().join("net2.json"),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1240,1754".into(),
        ],
    );
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 50_000,
        "{} bytes",
        png.len()
    );
    eprintln!("screenshot: {}", shot.display());
}

#[test]
fn the_net_log_check_sees_a_page_request() {
    // The check above could pass by seeing nothing: a page that asks for an image (of a
    // port nobody listens on) must show in it.
    let Some((browser, _, _)) = browser_tools() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("probe.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><p>probe</p><img src=\"http://127.0.0.1:9/probe.png\">",
    )
    .unwrap();
    let net = dir.path().join("net.json");
    chromium(
        &browser,
        &page,
        &net,
        &[format!(
            "--print-to-pdf={}",
            dir.path().join("p.pdf").display()
        )],
    );
    assert_eq!(page_requests(&net), ["http://127.0.0.1:9/probe.png"]);
}

#[test]
fn html_is_refused_on_a_terminal() {
    // util-linux's `script` gives twin a terminal as its standard output.
    let Some(script) = program(&["script"]) else {
        eprintln!("skipped: no `script` (util-linux) to run twin on a terminal");
        return;
    };
    let examples = root_dir().join("examples/groups.csv");
    let command = format!(
        "'{}' report '{}'",
        crate::harness::bin().display(),
        examples.display()
    );
    let out = Command::new(script)
        .args(["-qec", &command, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let seen = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(2), "{seen}");
    assert!(
        seen.contains("standard output is a terminal: write it to a file with -o report.html"),
        "{seen}"
    );
    assert!(!seen.contains("<!DOCTYPE"), "{seen}");
}
