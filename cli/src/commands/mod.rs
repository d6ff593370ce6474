//! One module per command group.

mod consent;
mod cosign;
mod deploy;
mod index;
mod org;
mod patient;
mod record;
mod up;

use alloy::providers::DynProvider;
use consentry_sdk::client::Client;
use serde_json::json;

use std::time::Duration;

use crate::{
    cli::{Cli, Command},
    context::Context,
    output::{Outcome, Output},
};

/// Runs the command.
pub(crate) async fn run(cli: Cli, out: Output) -> eyre::Result<Outcome> {
    // `up` starts the node the others connect to.
    let command = match cli.command {
        Command::Up(args) => return up::run(&cli.global, args, out).await,
        command => command,
    };
    // How long the node may take to answer its chain id: an indexer's own request timeout.
    let patience = match &command {
        Command::Index(args) => args.request_timeout,
        _ => Duration::from_secs(30),
    };
    let connecting = Context::connect(&cli.global, patience);
    let ctx = match command {
        // A service stopped (SIGTERM, Ctrl-C) while it waits for the node stops cleanly.
        Command::Index(_) | Command::Serve(_) => tokio::select! {
            ctx = connecting => ctx?,
            () = index::shutdown() => return Ok(index::stopped_before_start()),
        },
        _ => connecting.await?,
    };
    match command {
        Command::Deploy(args) => deploy::run(&ctx, args, out).await,
        Command::Org(command) => org::run(&ctx, command, out).await,
        Command::Consent(command) => consent::run(&ctx, command, out).await,
        Command::Delegate(command) => patient::delegate(&ctx, command, out).await,
        Command::Request(command) => patient::request(&ctx, command, out).await,
        Command::Emergency(command) => patient::emergency(&ctx, command, out).await,
        Command::Record(command) => record::run(&ctx, command, out).await,
        Command::Index(args) => index::run(&ctx, args, out).await,
        Command::Serve(args) => index::serve(&ctx, args, out).await,
        Command::Up(_) => Err(eyre::eyre!("`consentry up` starts its own node")),
        Command::Pause => {
            let client = signing_client(&ctx)?;
            let sent = out.waiting("Pausing", client.pause()).await?;
            Ok(Outcome::new(json!({ "paused": true }))
                .line("Paused: every write that could widen access is refused until unpaused")
                .tx(&sent))
        }
        Command::Unpause => {
            let client = signing_client(&ctx)?;
            let sent = out.waiting("Unpausing", client.unpause()).await?;
            Ok(Outcome::new(json!({ "paused": false }))
                .line("Unpaused")
                .tx(&sent))
        }
    }
}

/// A client for a command that sends: fails early, before reading anything, without a key.
pub(crate) fn signing_client(ctx: &Context) -> eyre::Result<Client<DynProvider>> {
    ctx.sender()?;
    Ok(ctx.client()?)
}

/// The text of `file`, or of stdin for `-`: what `consent submit` and `record submit` read.
pub(crate) fn read_input(file: &std::path::Path) -> eyre::Result<String> {
    use eyre::WrapErr;
    use std::io::Read;
    if file == std::path::Path::new("-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        return Ok(text);
    }
    std::fs::read_to_string(file).wrap_err_with(|| format!("reading {}", file.display()))
}

/// Fails unless organisation `org` exists.
pub(crate) async fn existing_org(client: &Client<DynProvider>, org: u32) -> eyre::Result<()> {
    let found = client.organizations().organization(org).call().await?;
    if found.admin.is_zero() {
        let count = client.organizations().organizationCount().call().await?;
        eyre::bail!("organisation {org} does not exist (there are {count})");
    }
    Ok(())
}
