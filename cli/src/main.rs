//! `consentry`: deploy the Consentry contracts and act on them from a wallet.

mod cli;
mod commands;
mod context;
mod demo;
mod output;
mod parse;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, parser::ValueSource};
use consentry_sdk::client::ClientError;
use tracing_subscriber::EnvFilter;

use crate::{cli::Cli, output::Output};

/// mimalloc rather than glibc's malloc: the API's request path allocates and frees small
/// buffers on both cores at once, and glibc's arenas showed at about 9 % of its CPU time
/// (`indexer/BENCHMARKS.md`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let parsed = Cli::command()
        .try_get_matches()
        .and_then(|matches| Ok((Cli::from_arg_matches(&matches)?, matches)));
    let cli = match parsed {
        Ok((mut cli, matches)) => {
            cli.global.rpc_url_given = given(&matches, "rpc_url");
            cli
        }
        Err(err) => {
            use clap::error::ErrorKind;
            if matches!(
                err.kind(),
                ErrorKind::DisplayHelp
                    | ErrorKind::DisplayVersion
                    | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) {
                let _ = err.print();
                return ExitCode::SUCCESS;
            }
            // One line, naming the problem; `--help` tells the rest.
            let rendered = err.render().to_string();
            let line = rendered
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("invalid arguments");
            eprintln!("{line}");
            return ExitCode::from(2);
        }
    };
    init_logging(
        &cli.global,
        matches!(cli.command, cli::Command::Index(_) | cli::Command::Serve(_)),
    );
    // Fault injection for crash tests (FAILPOINTS=...); a no-op unless built for them.
    let _failpoints = fail::FailScenario::setup();
    let output = Output {
        json: cli.global.json,
        quiet: cli.global.quiet,
    };
    let verbose = cli.global.verbose > 0;
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(commands::run(cli, output)) {
        Ok(outcome) => {
            output.print(&outcome);
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {}", describe(&err, verbose));
            ExitCode::FAILURE
        }
    }
}

/// Whether the user gave `id` (on the command line or in the environment), at the top level
/// or after the subcommand.
fn given(matches: &clap::ArgMatches, id: &str) -> bool {
    let mut level = Some(matches);
    while let Some(current) = level {
        if matches!(
            current.value_source(id),
            Some(ValueSource::CommandLine | ValueSource::EnvVariable)
        ) {
            return true;
        }
        level = current.subcommand().map(|(_, sub)| sub);
    }
    false
}

/// The error as one line: the contract's sentence for a revert (with the error's name and
/// selector when verbose), else the chain of causes.
fn describe(err: &eyre::Report, verbose: bool) -> String {
    if let Some(ClientError::Reverted(revert)) = err.downcast_ref::<ClientError>() {
        return if verbose {
            revert.verbose()
        } else {
            revert.to_string()
        };
    }
    let mut text = err.to_string();
    for cause in err.chain().skip(1) {
        let cause = cause.to_string();
        if !text.contains(&cause) {
            text.push_str(": ");
            text.push_str(&cause);
        }
    }
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Logs on stderr: warnings and errors by default; a service (`index`, `serve`) whose stderr is
/// not a terminal (run by systemd, a container, a supervisor) also logs what it does, its
/// progress every ten seconds included. `--json` makes each line a JSON object.
fn init_logging(global: &cli::Global, service: bool) {
    use std::io::IsTerminal;
    let unattended = service && !std::io::stderr().is_terminal();
    let level = match (global.quiet, global.verbose) {
        (true, _) => "error",
        (false, 0) if unattended => "info",
        (false, 0) => "warn",
        (false, 1) => "info",
        (false, _) => "debug",
    };
    let filter = EnvFilter::try_from_env("CONSENTRY_LOG").unwrap_or_else(|_| {
        EnvFilter::new(format!(
            "warn,consentry={level},consentry_deployer={level},consentry_sdk={level}"
        ))
    });
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    if global.json {
        logs.json().init();
    } else {
        logs.compact().init();
    }
}
