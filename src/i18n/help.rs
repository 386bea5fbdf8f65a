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
    cmd.mut_subcommand("help", |help| help.about(about))
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
