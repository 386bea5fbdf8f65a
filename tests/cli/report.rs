//! `twin report`: one self-contained HTML page — no script, no address outside the page, a
//! strict Content-Security-Policy — holding every pair of the plan `assign` makes, every
//! file text escaped, byte-identical whatever the row order, bounded at thousands of
//! groups; bad input writes nothing; in the run's language (French, Spanish: every label,
//! sentence, name and number). Then in a real browser (headless Chromium): printed to A4
//! PDF, every pair's names in the PDF's text (in every language), no network request, and a
//! screenshot.

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

/// The report of `args` in `lang` (`--lang`), written to a file: (folder, HTML).
fn report_in(lang: &str, args: &[&str]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    twin(&["--lang", lang, "report"])
        .args(args)
        .args(&["-o", out.to_str().unwrap()])
        .run()
        .ok();
    let html = std::fs::read_to_string(&out).unwrap();
    (dir, html)
}

/// The texts a reader sees in the page (SVG titles and text alternatives included), each
/// as it reads, entities decoded: the text between tags, outside the style sheet.
fn visible_texts(html: &str) -> Vec<String> {
    let body = &html[html.find("</style>").expect("a style sheet")..];
    let decode = |t: &str| {
        t.replace("&#60;", "<")
            .replace("&#62;", ">")
            .replace("&#34;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#38;", "&")
            .replace("&amp;", "&")
    };
    body.split('<')
        .filter_map(|part| part.split_once('>').map(|(_, text)| text.trim()))
        .filter(|t| !t.is_empty())
        .map(decode)
        .collect()
}

/// The messages of `locales/<lang>/report.ftl` that are plain text (the labels), and the
/// variants of those that are only a selector on a count (`{ $count -> [one] group
/// *[other] groups }`): (id, text).
fn labels(lang: &str) -> Vec<(String, String)> {
    let ftl =
        std::fs::read_to_string(root_dir().join(format!("locales/{lang}/report.ftl"))).unwrap();
    let mut out = Vec::new();
    let mut lines = ftl.lines().peekable();
    while let Some(line) = lines.next() {
        let Some((id, value)) = line.split_once(" = ") else {
            continue;
        };
        if !id.starts_with("report-") {
            continue;
        }
        if !value.contains('{') {
            out.push((id.to_string(), value.to_string()));
        } else if value.trim_end().ends_with("->") && value.trim_start().starts_with("{ $") {
            while let Some(variant) = lines.next_if(|l| l.starts_with(' ')) {
                let text = variant.split_once(']').map_or("", |(_, t)| t.trim());
                if !text.is_empty() && !text.contains('{') {
                    out.push((id.to_string(), text.to_string()));
                }
            }
        }
    }
    assert!(out.len() > 40, "{lang}: {} labels", out.len());
    out
}

/// The English labels a page in `lang` must not show: every English label but the few
/// words the language writes the same (named here, so that an untranslated label is seen).
fn english_labels_not_in(lang: &str) -> Vec<String> {
    let same: &[&str] = match lang {
        "fr" => &["Europe", "optimal", "stable"],
        _ => &[],
    };
    labels("en")
        .into_iter()
        .map(|(_, t)| t)
        .filter(|t| !same.contains(&t.as_str()))
        .collect()
}

/// Whether `word` is in `text` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .any(|w| w == word)
}

/// What a French and a Spanish page must hold: `<html lang>`, headings, figures' words, a
/// rule, a chart's text alternative, the map's source line, numbers as the language writes
/// them (the tile and the summary alike), the summary and the reason a group is left out.
const TRANSLATED: [(&str, &[&str]); 2] = [
    (
        "fr",
        &[
            "<html lang=\"fr\">",
            "<title>Plan de jumelage</title>",
            ">Le plan en chiffres<",
            ">Comment le plan a été établi<",
            ">Les paires sur la carte<",
            ">Graphiques<",
            ">Les paires<",
            ">Groupes sans jumelage<",
            ">cherchent un jumelage<",
            ">note totale<",
            ">1\u{202f}423,33<",
            "note totale 1\u{202f}423,33, moyenne 59,31, la plus basse 31,33",
            "plan (optimal)\u{a0}: 24 paires\u{202f}; 41 des 42 groupes qui cherchent un jumelage sont jumelés",
            "thèmes 0,8, langues 0,2",
            "les deux groupes sont dans des pays différents",
            "Paires entre pays\u{a0}: Belgique–France\u{a0}: 2 paires\u{202f}; ",
            "<title id=\"scores-title\">Notes des paires</title>",
            "Contours des pays\u{a0}: Natural Earth (domaine public), simplifiés.",
            "aucune langue commune (42 groupes)",
            "Thaïlande (TH)",
            "sécurité alimentaire",
        ],
    ),
    (
        "es",
        &[
            "<html lang=\"es\">",
            "<title>Plan de hermanamiento</title>",
            ">El plan en cifras<",
            ">Cómo se hizo el plan<",
            ">Los pares en el mapa<",
            ">Gráficos<",
            ">Los pares<",
            ">Grupos sin grupo hermano<",
            ">buscan un grupo hermano<",
            ">puntuación total<",
            ">1423,33<",
            "puntuación total 1423,33, media 59,31, mínima 31,33",
            "plan (optimal): 24 pares; 41 de los 42 grupos que buscan un grupo hermano están hermanados",
            "temas 0,8, idiomas 0,2",
            "los dos grupos están en países distintos",
            "Pares entre países: Bélgica–Francia: 2 pares; ",
            "<title id=\"scores-title\">Puntuaciones de los pares</title>",
            "Contornos de los países: Natural Earth (dominio público), simplificados.",
            "ningún idioma en común (42 grupos)",
            "Tailandia (TH)",
            "seguridad alimentaria",
        ],
    ),
];

#[test]
fn french_and_spanish_reports_are_in_their_language() {
    let (_, english) = report(&[EXAMPLES]);
    let pairs = example_pairs();
    for (lang, words) in TRANSLATED {
        let (_dir, html) = report_in(lang, &[EXAMPLES]);
        self_contained(&html);
        for w in words {
            assert!(html.contains(w), "{lang}: {w:?} not in the page");
        }
        for (a, b) in &pairs {
            assert!(html.contains(&html_escaped(a)) && html.contains(&html_escaped(b)));
        }
        // No English label anywhere a reader looks; the English page shows them.
        let texts = visible_texts(&html);
        let english_texts = visible_texts(&english);
        let labels = english_labels_not_in(lang);
        let mut shown_in_english = 0;
        for label in &labels {
            if english_texts
                .iter()
                .any(|t| t == label || t.contains(label.as_str()))
            {
                shown_in_english += 1;
            }
            for t in &texts {
                let found = if label.contains(' ') {
                    t.contains(label.as_str())
                } else {
                    t == label
                };
                assert!(!found, "{lang}: the English {label:?} in {t:?}");
            }
        }
        assert!(
            shown_in_english > 30,
            "{shown_in_english} labels in English"
        );
        // The same page whatever chose the language: --lang, the locale, twin.toml.
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(
            root_dir().join("examples/groups.csv"),
            dir.path().join("groups.csv"),
        )
        .unwrap();
        let page = |file: &str| std::fs::read_to_string(dir.path().join(file)).unwrap();
        twin(&["--lang", lang, "report", "groups.csv", "-o", "l.html"])
            .in_dir(dir.path())
            .run()
            .ok();
        assert!(page("l.html").contains(&format!("<html lang=\"{lang}\">")));
        let locale = if lang == "fr" {
            "fr_BE.UTF-8"
        } else {
            "es_MX.UTF-8"
        };
        twin(&["report", "groups.csv", "-o", "r.html"])
            .in_dir(dir.path())
            .env("LANG", locale)
            .run()
            .ok();
        assert_eq!(page("r.html"), page("l.html"));
        std::fs::write(dir.path().join("twin.toml"), format!("lang = \"{lang}\"\n")).unwrap();
        twin(&["report", "groups.csv", "-o", "t.html"])
            .in_dir(dir.path())
            .run()
            .ok();
        assert_eq!(page("t.html"), page("l.html"));
    }
}

#[test]
fn every_sentence_of_the_report_is_translated() {
    // The sentences only some plans have: an empty plan, a country without a shape, the
    // method's other names, the kept and capped counts.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("empty.csv"),
        "id,name,country,languages,themes\nA,Alone A,FR,fr,health\nB,Alone B,FR,fr,health\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("gi.csv"),
        "id,name,country,languages,themes\nA,Group A,FR,fr,health\nB,Group B,GI,fr,health\n",
    )
    .unwrap();
    for (lang, empty, no_shape, fair, english) in [
        (
            "fr",
            [
                "Le plan ne compte aucune paire.",
                "Aucune paire à dessiner.",
                ">néant<",
            ],
            "1 paire non dessinée\u{a0}: aucun contour pour GI.",
            "équitable\u{a0}: d’abord le plus de groupes jumelés possible",
            ["The plan has no pair.", "No pair to draw.", ">none<"],
        ),
        (
            "es",
            [
                "El plan no tiene ningún par.",
                "Ningún par que dibujar.",
                ">ninguna<",
            ],
            "1 par sin dibujar: no hay contorno para GI.",
            "equitativo: primero el mayor número posible de grupos hermanados",
            ["The plan has no pair.", "No pair to draw.", ">none<"],
        ),
    ] {
        let page = |file: &str| report_in(lang, &[dir.path().join(file).to_str().unwrap()]).1;
        let html = page("empty.csv");
        for (w, e) in empty.iter().zip(english) {
            assert!(html.contains(w), "{lang}: {w:?}");
            assert!(!html.contains(e), "{lang}: {e:?}");
        }
        let html = page("gi.csv");
        assert!(html.contains(no_shape), "{lang}: {no_shape:?}");
        assert!(!html.contains("not drawn"));
        let (_d, html) = report_in(lang, &[EXAMPLES, "--method", "fair"]);
        assert!(html.contains(fair), "{lang}: {fair:?}");
        assert!(!html.contains("first as many groups twinned"));
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
    // One way of writing numbers on the whole page: the figure tile and the summary.
    assert_eq!(html.matches(">1,423.33<").count(), 1, "the tile");
    assert!(html.contains("total score 1,423.33, mean 59.31, lowest 31.33"));
    assert!(html.contains("<html lang=\"en\">"));
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
    // The same sentences in French, numbers grouped as French writes them.
    twin(&[
        "--lang", "fr", "report", "big.csv", "--method", "stable", "-o", "fr.html",
    ])
    .in_dir(dir.path())
    .run()
    .ok();
    let fr = std::fs::read_to_string(dir.path().join("fr.html")).unwrap();
    assert_eq!(fr.matches("<article class=\"card\">").count(), 300);
    assert!(fr.contains("Seules les 300 premières paires sur "));
    assert!(fr.contains(">7 autres pays<"));
    assert!(fr.contains("Les 120 liaisons qui portent le plus de paires sont dessinées\u{202f}; "));
    assert!(!fr.contains("lists every pair") && !fr.contains("other countries"));
    let total = fr
        .split("<span class=\"value\">")
        .nth(6)
        .and_then(|t| t.split('<').next())
        .expect("the total score's tile");
    assert!(total.contains('\u{202f}') && total.contains(','), "{total}");
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

/// The page printed to A4 by Chromium: (page count, the PDF's text with its white space
/// made single spaces).
fn print_to_pdf(tools: &(PathBuf, PathBuf, PathBuf), dir: &Path, page: &Path) -> (usize, String) {
    let (browser, pdftotext, pdfinfo) = tools;
    let (pdf, net) = (dir.join("report.pdf"), dir.join("net.json"));
    chromium(
        browser,
        page,
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
    let text = Command::new(pdftotext).arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    (pages, flat(&text))
}

/// `s` with every run of white space (no-break spaces too) one space.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn french_and_spanish_reports_print_on_a4_in_their_language() {
    let Some(tools) = browser_tools() else {
        return;
    };
    let (dir, _) = report(&[EXAMPLES]);
    let (english_pages, _) = print_to_pdf(&tools, dir.path(), &dir.path().join("report.html"));
    let pairs = example_pairs();
    for (lang, headings) in [
        (
            "fr",
            [
                "Plan de jumelage",
                "Le plan en chiffres",
                "Comment le plan a été établi",
                "Les paires sur la carte",
                "Graphiques",
                "Groupes sans jumelage",
                "Contours des pays : Natural Earth",
            ],
        ),
        (
            "es",
            [
                "Plan de hermanamiento",
                "El plan en cifras",
                "Cómo se hizo el plan",
                "Los pares en el mapa",
                "Gráficos",
                "Grupos sin grupo hermano",
                "Contornos de los países: Natural Earth",
            ],
        ),
    ] {
        let (dir, _) = report_in(lang, &[EXAMPLES]);
        let (pages, text) = print_to_pdf(&tools, dir.path(), &dir.path().join("report.html"));
        // The longer words take no more paper than English does, give or take a page.
        assert!(
            (5..=9).contains(&pages) && pages <= english_pages + 1,
            "{lang}: {pages} pages, English {english_pages}"
        );
        for h in headings {
            assert!(text.contains(h), "{lang}: {h:?} not in the PDF's text");
        }
        for (a, b) in &pairs {
            assert!(text.contains(&flat(a)), "{lang}: {a} not in the PDF's text");
            assert!(text.contains(&flat(b)), "{lang}: {b} not in the PDF's text");
        }
        // The file's name is English ("groups.csv"), and the summary names the method by
        // its --method value, as on stderr ("plan (optimal)"): neither is a label.
        let text = text.replace("groups.csv", "").replace("plan (optimal)", "");
        for label in english_labels_not_in(lang) {
            let found = if label.contains(' ') {
                text.contains(&label)
            } else {
                has_word(&text, &label)
            };
            assert!(!found, "{lang}: the English {label:?} in the PDF's text");
        }
    }
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
