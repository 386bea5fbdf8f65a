//! clap's help in twin's language. clap cannot translate its own strings, so the command
//! definition gets its texts from the translations before it is built: every command's
//! `about` and `after_help`, every argument's help, the section headings, the usage label,
//! and the help and version flags. A text is looked up by an id made from where it is
//! (`cli-about`, `assign-arg-method`, `match-after-help`); a text without a message keeps
//! the definition's own words.

use clap::builder::Resettable;
use clap::{Arg, ArgAction, Command};

use super::{Lang, lookup, tr_in};

/// `cmd` (twin's command, not yet built) with its texts in `lang`.
pub(crate) fn localize(cmd: Command, lang: Lang) -> Command {
    let mut cmd = walk(cmd, "cli", lang, true);
    if lang == Lang::En {
        return cmd;
    }
    // clap adds its `help` subcommand when it builds the command: build, then word it.
    cmd.build();
    let about = tr_in(lang, "help-subcommand");
    let cmd = cmd.mut_subcommand("help", |help| help.about(about));
    usages(cmd, lang)
}

/// `cmd` and its subcommands with their usage lines in `lang`: clap writes `[OPTIONS]` and
/// `<COMMAND>` itself, and an overridden usage (`twin explain … <ID_A> [ID_B]`) keeps its
/// English names, so each usage is rendered once (the command built) and given back
/// translated as its override, which help and usage errors then show.
fn usages(mut cmd: Command, lang: Lang) -> Command {
    let rendered = cmd.render_usage().to_string();
    let usage = rendered.strip_prefix("Usage:").unwrap_or(&rendered).trim();
    let usage = translate_usage(usage, lang);
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    cmd = cmd.override_usage(usage);
    for name in names {
        cmd = cmd.mut_subcommand(name.as_str(), |sub| usages(sub, lang));
    }
    cmd
}

/// The tokens of a usage line in `lang`: `[OPTIONS]`, `<COMMAND>` / `[COMMAND]`, and each
/// `<NAME>` / `[NAME]` (`...` after it kept) that has a `value-NAME` message; the rest as
/// it is (the program's and commands' names, names already translated).
pub(crate) fn translate_usage(usage: &str, lang: Lang) -> String {
    let word = |token: &str| -> String {
        if token == "[OPTIONS]" {
            return tr_in(lang, "usage-options");
        }
        let (body, dots) = match token.strip_suffix("...") {
            Some(body) => (body, "..."),
            None => (token, ""),
        };
        let bracketed = [('<', '>'), ('[', ']')]
            .into_iter()
            .find_map(|(open, close)| {
                let name = body.strip_prefix(open)?.strip_suffix(close)?;
                Some((open, name, close))
            });
        let Some((open, name, close)) = bracketed else {
            return token.to_string();
        };
        let translated = if name == "COMMAND" {
            Some(tr_in(lang, "usage-command"))
        } else {
            lookup(lang, &format!("value-{name}"))
        };
        match translated {
            Some(name) => format!("{open}{name}{close}{dots}"),
            None => token.to_string(),
        }
    };
    usage
        .split('\n')
        .map(|line| line.split(' ').map(word).collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
}

fn walk(mut cmd: Command, prefix: &str, lang: Lang, root: bool) -> Command {
    let text = |suffix: &str| lookup(lang, &format!("{prefix}-{suffix}"));
    if let Some(about) = text("about") {
        cmd = cmd.about(about);
        cmd = match text("long-about") {
            Some(long) => cmd.long_about(long),
            None => cmd.long_about(Resettable::Reset),
        };
    }
    if let Some(after) = text("after-help") {
        cmd = cmd.after_help(after);
    }
    let translated = lang != Lang::En;
    let (options, arguments) = (tr_in(lang, "help-options"), tr_in(lang, "help-arguments"));
    cmd = cmd.mut_args(|mut a| {
        // The command's own text for the option, else the one shared by every command.
        let id = format!("arg-{}", a.get_id());
        let help = text(&id).or_else(|| lookup(lang, &id));
        if let Some(help) = help {
            a = a.help(help).long_help(Resettable::Reset);
            if translated && a.get_action().takes_values() {
                // clap's own "[default: …]" and "Possible values:" are English: the
                // translation says both in its own words.
                a = a.hide_default_value(true).hide_possible_values(true);
            }
        }
        if translated && let Some(names) = a.get_value_names() {
            // FILE, CHAR, …: placeholders the translated help refers to by name.
            let names: Vec<String> = names
                .iter()
                .map(|n| lookup(lang, &format!("value-{n}")).unwrap_or_else(|| n.to_string()))
                .collect();
            a = a.value_names(names);
        }
        if translated {
            let heading = if a.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            a = a.help_heading(heading);
        }
        a
    });
    if translated {
        let usage = tr_in(lang, "help-usage");
        cmd = cmd
            .help_template(format!(
                "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
            ))
            .subcommand_help_heading(tr_in(lang, "help-commands"))
            .disable_help_flag(true)
            .arg(
                Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(ArgAction::Help)
                    .help(tr_in(lang, "help-flag-help"))
                    .help_heading(options.clone()),
            );
        if root {
            cmd = cmd.disable_version_flag(true).arg(
                Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(ArgAction::Version)
                    .help(tr_in(lang, "help-flag-version"))
                    .help_heading(options),
            );
        }
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        cmd = cmd.mut_subcommand(name.as_str(), |sub| walk(sub, &name, lang, false));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usage_tokens_are_translated_and_names_kept() {
        let review = "twin review [OPTIONS] <PLAN> <FILES>...";
        assert_eq!(
            translate_usage(review, Lang::Fr),
            "twin review [OPTIONS] <PLAN> <FICHIERS>..."
        );
        assert_eq!(
            translate_usage(review, Lang::Es),
            "twin review [OPCIONES] <PLAN> <ARCHIVOS>..."
        );
        assert_eq!(
            translate_usage("twin [OPTIONS] <COMMAND>", Lang::Es),
            "twin [OPCIONES] <COMANDO>"
        );
        assert_eq!(
            translate_usage("twin help [COMMAND]...", Lang::Fr),
            "twin help [COMMANDE]..."
        );
        // Ids without a message, and names already translated, stay as they are.
        let explain = "twin explain [OPTIONS] <FICHIERS>... <ID_A> [ID_B]";
        assert_eq!(translate_usage(explain, Lang::Fr), explain);
    }

    #[test]
    fn every_translated_command_has_a_translated_usage() {
        for lang in [Lang::Fr, Lang::Es] {
            let cmd = localize(<crate::cli::Cli as clap::CommandFactory>::command(), lang);
            let mut pending = vec![&cmd];
            while let Some(c) = pending.pop() {
                let usage = c.get_overridden_usage().map(ToString::to_string);
                let usage = usage.unwrap_or_else(|| panic!("{}: no usage", c.get_name()));
                assert!(!usage.contains("<COMMAND>"), "{usage}");
                assert!(!usage.contains("<FILES>"), "{usage}");
                if lang == Lang::Es {
                    assert!(!usage.contains("[OPTIONS]"), "{usage}");
                }
                pending.extend(c.get_subcommands());
            }
        }
    }
}
