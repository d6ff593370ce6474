//! The command line, as clap reads it.
//!
//! Longer than 600 lines: every command's arguments and help, in the one place clap reads them.

use std::{path::PathBuf, time::Duration};

use alloy::primitives::{Address, B256};
use clap::{ArgAction, Args, Parser, Subcommand};
use consentry_sdk::vocabulary::{
    Action, ActionSet, Category, CategorySet, Cosigner, CosignerSet, EmergencyReason,
    FhirResourceType, OrganizationKind, Purpose, PurposeSet, Role,
};

use crate::parse::{self, When};

/// Patient consent and medical-record pointers on an EVM chain.
///
/// Deploys the Consentry contracts and performs every contract action from a wallet: health
/// authorities accredit organisations, organisation admins manage practitioners, patients
/// grant, narrow and revoke consents (directly or by EIP-712 signature), practitioners add
/// record pointers and log reads.
#[derive(Debug, Parser)]
#[command(name = "consentry", version, propagate_version = true)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Options every command takes.
#[derive(Debug, Clone, Args)]
pub(crate) struct Global {
    /// The node's JSON-RPC URL.
    #[arg(
        long,
        env = "ETH_RPC_URL",
        default_value = "http://127.0.0.1:8545",
        global = true
    )]
    pub(crate) rpc_url: String,
    /// Refuse to act unless the node serves this chain.
    #[arg(long, env = "CONSENTRY_CHAIN_ID", global = true)]
    pub(crate) chain_id: Option<u64>,
    /// Hex private key of the acting account (prefer the environment variable).
    #[arg(
        long,
        env = "CONSENTRY_PRIVATE_KEY",
        hide_env_values = true,
        global = true
    )]
    pub(crate) private_key: Option<String>,
    /// Foundry/geth keystore file of the acting account.
    #[arg(long, env = "ETH_KEYSTORE", global = true, value_name = "PATH")]
    pub(crate) keystore: Option<PathBuf>,
    /// File holding the keystore's password (else ETH_PASSWORD, else a prompt).
    #[arg(long, global = true, value_name = "PATH")]
    pub(crate) password_file: Option<PathBuf>,
    /// The keystore's password.
    #[arg(
        long = "password",
        env = "ETH_PASSWORD",
        hide_env_values = true,
        global = true,
        hide = true
    )]
    pub(crate) password: Option<String>,
    /// BIP-39 mnemonic of the acting account (prefer the environment variable).
    #[arg(
        long,
        env = "CONSENTRY_MNEMONIC",
        hide_env_values = true,
        global = true
    )]
    pub(crate) mnemonic: Option<String>,
    /// Account index under the mnemonic (m/44'/60'/0'/0/INDEX).
    #[arg(long, default_value_t = 0, global = true)]
    pub(crate) mnemonic_index: u32,
    /// The deployment manifest [default: deployments/<chain-id>.json].
    #[arg(long, env = "CONSENTRY_MANIFEST", global = true, value_name = "PATH")]
    pub(crate) manifest: Option<PathBuf>,
    /// Machine-readable JSON on stdout (and log lines as JSON objects on stderr).
    #[arg(long, global = true)]
    pub(crate) json: bool,
    /// More detail (-v: revert selectors and progress logs, -vv: debug logs).
    #[arg(short, long, action = ArgAction::Count, global = true)]
    pub(crate) verbose: u8,
    /// Only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub(crate) quiet: bool,
    /// Whether --rpc-url (or ETH_RPC_URL) was given rather than defaulted.
    #[arg(skip)]
    pub(crate) rpc_url_given: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Deploy the contracts (idempotent and resumable) and write the manifest.
    Deploy(DeployArgs),
    /// Organisations: accreditation by the health authority, rosters by their admins.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Consents: grant, narrow, extend, revoke, sign, submit, check.
    #[command(subcommand)]
    Consent(ConsentCommand),
    /// Delegates (guardians, carers) who act for a patient.
    #[command(subcommand)]
    Delegate(DelegateCommand),
    /// Access requests from practitioners to patients.
    #[command(subcommand)]
    Request(RequestCommand),
    /// Emergency (break-glass) access.
    #[command(subcommand)]
    Emergency(EmergencyCommand),
    /// Record pointers: add (hashing the file), verify, retract, log reads.
    #[command(subcommand)]
    Record(RecordCommand),
    /// Mirror the deployment's events into SQLite or PostgreSQL and follow the chain.
    Index(IndexArgs),
    /// Serve the query API (JSON, FHIR R4, sign-in) from a store another process indexes.
    Serve(ServeArgs),
    /// The demo in one command: a local anvil, the contracts, demo data, the indexer and the
    /// dashboard, until Ctrl-C.
    Up(UpArgs),
    /// Incident pause: stop every write that could widen access (health authority).
    Pause,
    /// End an incident pause (health authority).
    Unpause,
}

#[derive(Debug, Args)]
pub(crate) struct DeployArgs {
    /// Health-authority account(s); the first is set at construction [default: the deployer].
    #[arg(long = "authority", value_name = "ADDRESS", value_parser = parse::address)]
    pub(crate) authorities: Vec<Address>,
    /// The governance account (appoints authorities) [default: the deployer].
    #[arg(long, value_name = "ADDRESS", value_parser = parse::address)]
    pub(crate) governance: Option<Address>,
    /// TOML file of organisations to accredit (`[[organization]]` tables).
    #[arg(long, value_name = "PATH")]
    pub(crate) organizations: Option<PathBuf>,
    /// CREATE2 salt [default: keccak256("consentry.v1")].
    #[arg(long)]
    pub(crate) salt: Option<B256>,
    /// Simulate and price everything; send nothing.
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// The account that would deploy, for a dry run without a key.
    #[arg(long, value_name = "ADDRESS", value_parser = parse::address)]
    pub(crate) sender: Option<Address>,
    /// Wait for each receipt before sending the next transaction.
    #[arg(long)]
    pub(crate) slow: bool,
    /// Legacy (type 0) transactions.
    #[arg(long)]
    pub(crate) legacy: bool,
    /// Gas price, or max fee per gas for EIP-1559 (wei, or e.g. 2gwei).
    #[arg(long, value_parser = parse::gas_price)]
    pub(crate) gas_price: Option<u128>,
    /// Priority fee per gas (wei, or e.g. 1gwei).
    #[arg(long, value_parser = parse::gas_price)]
    pub(crate) priority_gas_price: Option<u128>,
    /// Gas limit as a percentage of the simulated gas.
    #[arg(long, default_value_t = 130, value_parser = clap::value_parser!(u64).range(100..=1000))]
    pub(crate) gas_multiplier: u64,
    /// How long to wait for each receipt before stopping (resume by running again).
    #[arg(long, default_value = "10m", value_parser = parse::duration)]
    pub(crate) timeout: Duration,
}

#[derive(Debug, Args)]
pub(crate) struct IndexArgs {
    /// The store: sqlite://PATH (created if missing) or postgres://USER@HOST/DB.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://consentry.sqlite"
    )]
    pub(crate) database_url: String,
    /// First block to read [default: the manifest's deployment block].
    #[arg(long)]
    pub(crate) from_block: Option<u64>,
    /// The organisation registry [default: from the manifest].
    #[arg(long, value_parser = parse::address, requires_all = ["consent_registry", "record_registry"])]
    pub(crate) organization_registry: Option<Address>,
    /// The consent registry [default: from the manifest].
    #[arg(long, value_parser = parse::address)]
    pub(crate) consent_registry: Option<Address>,
    /// The record registry [default: from the manifest].
    #[arg(long, value_parser = parse::address)]
    pub(crate) record_registry: Option<Address>,
    /// How often to ask for a new block once caught up.
    #[arg(long, default_value = "1s", value_parser = parse::duration)]
    pub(crate) poll_interval: Duration,
    /// Stay this many blocks behind the head.
    #[arg(long, default_value_t = 0)]
    pub(crate) confirmations: u64,
    /// Recent blocks remembered to undo reorgs (a deeper reorg stops the indexer).
    #[arg(long, default_value_t = 128)]
    pub(crate) window: u64,
    /// First eth_getLogs range in blocks (narrowed when the node refuses, widened after).
    #[arg(long, default_value_t = 2_000)]
    pub(crate) initial_range: u64,
    /// Widest eth_getLogs range in blocks.
    #[arg(long, default_value_t = 100_000)]
    pub(crate) max_range: u64,
    /// Events a batch aims at: a range bringing more is committed in several batches and the
    /// next range narrows, so the next logs arrive while a batch commits.
    #[arg(long, default_value_t = 10_000)]
    pub(crate) batch_events: usize,
    /// Keep the query indexes in place while backfilling an empty store (by default they are
    /// built once the head is reached, which is much faster; queries are slower until then).
    #[arg(long)]
    pub(crate) keep_indexes: bool,
    /// Give up on one request after this long (it is retried).
    #[arg(long, default_value = "30s", value_parser = parse::duration)]
    pub(crate) request_timeout: Duration,
    /// Longest pause between retries of a failing node.
    #[arg(long, default_value = "30s", value_parser = parse::duration)]
    pub(crate) max_backoff: std::time::Duration,
    /// Serve Prometheus metrics on this address (e.g. 127.0.0.1:9464).
    #[arg(long)]
    pub(crate) metrics_addr: Option<std::net::SocketAddr>,
    /// Stop once the store has caught up with the head, instead of following it.
    #[arg(long)]
    pub(crate) exit_at_head: bool,
    /// Serve the query API on this address too (e.g. 127.0.0.1:8080).
    #[arg(long)]
    pub(crate) api_addr: Option<std::net::SocketAddr>,
    #[command(flatten)]
    pub(crate) api: ApiArgs,
}

#[derive(Debug, Args)]
pub(crate) struct UpArgs {
    /// Where the chain state, the database, the manifest and demo.json live.
    #[arg(long, default_value = ".consentry", value_name = "DIR")]
    pub(crate) dir: PathBuf,
    /// Reuse the chain state and the database of the last run instead of starting fresh.
    #[arg(long)]
    pub(crate) keep: bool,
    /// The store: sqlite://PATH or postgres://USER@HOST/DB [default: <DIR>/consentry.sqlite].
    #[arg(long, env = "DATABASE_URL")]
    pub(crate) database_url: Option<String>,
    /// Where the dashboard and the API listen.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub(crate) api_addr: std::net::SocketAddr,
    /// The local anvil's port (unused with --rpc-url).
    #[arg(long, default_value_t = 8545)]
    pub(crate) anvil_port: u16,
    /// The anvil binary [default: anvil on PATH, else the one scripts/toolchain.sh installs].
    #[arg(long, env = "CONSENTRY_ANVIL", value_name = "PATH")]
    pub(crate) anvil: Option<PathBuf>,
    /// Patients in the demo (besides five newcomers who have granted nothing).
    #[arg(long, default_value_t = 1000)]
    pub(crate) patients: usize,
    /// Weeks of simulated activity.
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u64).range(1..=52))]
    pub(crate) weeks: u64,
    /// The demo's random seed.
    #[arg(long, default_value_t = 42)]
    pub(crate) seed: u64,
    #[command(flatten)]
    pub(crate) api: ApiArgs,
}

#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The store: sqlite://PATH or postgres://USER@HOST/DB (read; only the API's own sign-in
    /// and read-log tables are written).
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://consentry.sqlite"
    )]
    pub(crate) database_url: String,
    /// Where to listen.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub(crate) api_addr: std::net::SocketAddr,
    #[command(flatten)]
    pub(crate) api: ApiArgs,
}

/// How the query API presents itself.
#[derive(Debug, Args)]
pub(crate) struct ApiArgs {
    /// The URL clients reach the API at; sign-in messages must be bound to it
    /// [default: http://API_ADDR].
    #[arg(long, value_name = "URL")]
    pub(crate) public_url: Option<String>,
    /// Secret signing the session tokens; give every instance behind one URL the same one
    /// [default: random, sessions end with the process].
    #[arg(long, env = "CONSENTRY_SESSION_SECRET", hide_env_values = true)]
    pub(crate) session_secret: Option<String>,
    /// How long a session lasts.
    #[arg(long, default_value = "15m", value_parser = parse::duration)]
    pub(crate) session_ttl: std::time::Duration,
    /// Blocks behind the head before /healthz answers 503.
    #[arg(long, default_value_t = 10)]
    pub(crate) max_lag: u64,
}

/// What a consent covers, as typed.
#[derive(Debug, Clone, Args)]
pub(crate) struct TermsArgs {
    /// Categories by name (`laboratory,imaging`; `all` for every standard one).
    #[arg(long, value_name = "NAMES")]
    pub(crate) categories: CategorySet,
    /// Purposes by HL7 code (`TREAT,ETREAT`; `all`).
    #[arg(long, value_name = "CODES", default_value = "TREAT")]
    pub(crate) purposes: PurposeSet,
    /// Actions (`read`, `write`, `read,write`).
    #[arg(long, value_name = "ACTIONS", default_value = "read")]
    pub(crate) actions: ActionSet,
    /// Start of validity (RFC 3339, or a duration from now).
    #[arg(long, value_name = "WHEN", default_value = "now")]
    pub(crate) from: When,
    /// End of validity (RFC 3339, a duration like 90d, or never).
    #[arg(long, value_name = "WHEN", default_value = "365d")]
    pub(crate) until: When,
}

#[derive(Debug, Subcommand)]
pub(crate) enum OrgCommand {
    /// Accredit an organisation (health authority); prints its id.
    #[command(alias = "register")]
    Accredit {
        /// Public name.
        #[arg(long)]
        name: String,
        /// hospital, clinic, laboratory, pharmacy, payer, public_health, research.
        #[arg(long)]
        kind: OrganizationKind,
        /// The account that manages its roster.
        #[arg(long, value_parser = parse::address)]
        admin: Address,
        /// Base URL of its FHIR server.
        #[arg(long)]
        fhir_endpoint: String,
        /// May open emergency access.
        #[arg(long)]
        emergency_capable: bool,
    },
    /// Suspend an organisation (health authority).
    Suspend {
        /// Organisation id.
        org: u32,
        /// Reason (kept off chain; its hash is recorded).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Lift a suspension (health authority).
    Reinstate {
        /// Organisation id.
        org: u32,
    },
    /// Allow or forbid emergency access for an organisation (health authority).
    EmergencyCapable {
        /// Organisation id.
        org: u32,
        /// true or false.
        #[arg(action = ArgAction::Set)]
        capable: bool,
    },
    /// Move the organisation's FHIR endpoint (its admin).
    Endpoint {
        /// Organisation id.
        org: u32,
        /// New base URL.
        url: String,
    },
    /// Practitioners on the roster (the organisation's admin).
    #[command(subcommand)]
    Practitioner(PractitionerCommand),
    /// Offer the admin role to another account (the admin).
    TransferAdmin {
        /// Organisation id.
        org: u32,
        /// The new admin.
        #[arg(value_parser = parse::address)]
        new_admin: Address,
    },
    /// Accept an offered admin role.
    AcceptAdmin {
        /// Organisation id.
        org: u32,
    },
    /// Replace an organisation's lost or compromised admin at once (governance); any offer the
    /// old admin made is withdrawn.
    RecoverAdmin {
        /// Organisation id.
        org: u32,
        /// The new admin.
        #[arg(value_parser = parse::address)]
        new_admin: Address,
    },
    /// Show an organisation.
    Show {
        /// Organisation id.
        org: u32,
    },
    /// List every organisation.
    List,
}

#[derive(Debug, Subcommand)]
pub(crate) enum PractitionerCommand {
    /// Add a practitioner.
    Add {
        /// Organisation id.
        org: u32,
        /// The practitioner's account.
        #[arg(value_parser = parse::address)]
        account: Address,
        /// physician, nurse, records_officer, lab_scientist, pharmacist, billing_officer,
        /// researcher.
        #[arg(long)]
        role: Role,
    },
    /// Remove a practitioner (the admin, or the practitioner leaving).
    Remove {
        /// Organisation id.
        org: u32,
        /// The practitioner's account.
        #[arg(value_parser = parse::address)]
        account: Address,
    },
    /// Show a practitioner's membership.
    Show {
        /// The practitioner's account.
        #[arg(value_parser = parse::address)]
        account: Address,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum ConsentCommand {
    /// Grant (or replace) a consent, as the patient or their delegate.
    Grant {
        /// Organisation id.
        org: u32,
        /// The patient [default: the acting account].
        #[arg(long, value_parser = parse::address)]
        patient: Option<Address>,
        #[command(flatten)]
        terms: TermsArgs,
    },
    /// Narrow a consent (every term must be within the current one).
    Narrow {
        /// Organisation id.
        org: u32,
        /// The patient [default: the acting account].
        #[arg(long, value_parser = parse::address)]
        patient: Option<Address>,
        #[command(flatten)]
        terms: TermsArgs,
    },
    /// Move the end of a consent.
    Extend {
        /// Organisation id.
        org: u32,
        /// The patient [default: the acting account].
        #[arg(long, value_parser = parse::address)]
        patient: Option<Address>,
        /// New end (RFC 3339, a duration like 90d, or never).
        #[arg(long)]
        until: When,
    },
    /// Revoke everything an organisation holds (effective at once).
    Revoke {
        /// Organisation id.
        org: u32,
        /// The patient [default: the acting account].
        #[arg(long, value_parser = parse::address)]
        patient: Option<Address>,
    },
    /// Sign a grant as the patient (EIP-712) and print it as JSON for `consent submit`.
    Sign {
        /// Organisation id.
        org: u32,
        #[command(flatten)]
        terms: TermsArgs,
        /// The signature's expiry (RFC 3339 or a duration).
        #[arg(long, default_value = "1h")]
        deadline: When,
        /// Write the JSON here instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Sign a revocation as the patient (EIP-712) and print it as JSON for `consent submit`.
    SignRevoke {
        /// Organisation id.
        org: u32,
        /// The signature's expiry (RFC 3339 or a duration).
        #[arg(long, default_value = "1h")]
        deadline: When,
        /// Write the JSON here instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Submit a patient's signed grant or revocation (any account pays the gas).
    Submit {
        /// The JSON `consent sign` wrote (`-` for stdin).
        file: PathBuf,
    },
    /// Whether an organisation may act on a patient's records now, and on what basis.
    Check {
        /// The patient.
        #[arg(value_parser = parse::address)]
        patient: Address,
        /// Organisation id.
        org: u32,
        /// Category name.
        category: Category,
        /// Purpose code.
        #[arg(default_value = "TREAT")]
        purpose: Purpose,
        /// read or write.
        #[arg(default_value = "read")]
        action: Action,
    },
    /// Show a patient's consent to an organisation.
    Show {
        /// The patient.
        #[arg(value_parser = parse::address)]
        patient: Address,
        /// Organisation id.
        org: u32,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum DelegateCommand {
    /// Appoint a delegate for the acting patient.
    Appoint {
        /// The delegate's account.
        #[arg(value_parser = parse::address)]
        delegate: Address,
        /// Categories the delegate may decide on.
        #[arg(long, default_value = "all")]
        categories: CategorySet,
        /// Purposes of use the delegate may grant (e.g. `TREAT,ETREAT`).
        #[arg(long, default_value = "all")]
        purposes: PurposeSet,
        /// Actions the delegate may grant: `read`, `write` or both.
        #[arg(long, default_value = "read,write")]
        actions: ActionSet,
        /// End of the delegation: no consent the delegate grants lasts longer.
        #[arg(long, default_value = "365d")]
        until: When,
    },
    /// End a delegation (the patient or the delegate).
    Remove {
        /// The delegate's account.
        #[arg(value_parser = parse::address)]
        delegate: Address,
        /// The patient [default: the acting account].
        #[arg(long, value_parser = parse::address)]
        patient: Option<Address>,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum RequestCommand {
    /// Ask a patient for access, as a practitioner; prints the request id.
    Create {
        /// The patient.
        #[arg(value_parser = parse::address)]
        patient: Address,
        /// Categories by name.
        #[arg(long)]
        categories: CategorySet,
        /// Purposes by code.
        #[arg(long, default_value = "TREAT")]
        purposes: PurposeSet,
        /// Actions.
        #[arg(long, default_value = "read")]
        actions: ActionSet,
        /// How long the consent would last once approved.
        #[arg(long, default_value = "90d", value_parser = parse::duration)]
        duration: std::time::Duration,
        /// Reason (kept off chain; its hash is recorded).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Approve a request (the patient or a delegate): grants its scope.
    Approve {
        /// Request id.
        id: u64,
    },
    /// Deny a request (the patient or a delegate).
    Deny {
        /// Request id.
        id: u64,
    },
    /// Withdraw a request (a practitioner of the requesting organisation).
    Cancel {
        /// Request id.
        id: u64,
    },
    /// List requests, by patient or by organisation.
    List {
        /// Only this patient's.
        #[arg(long, value_parser = parse::address)]
        patient: Option<Address>,
        /// Only this organisation's.
        #[arg(long)]
        org: Option<u32>,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum EmergencyCommand {
    /// Open emergency access to a patient's records (a practitioner of a capable organisation).
    Open {
        /// The patient.
        #[arg(value_parser = parse::address)]
        patient: Address,
        /// patient_incapacitated, life_threatening, no_consent_on_file, other.
        #[arg(long)]
        reason: EmergencyReason,
        /// Written justification (kept off chain; its hash is recorded).
        #[arg(long)]
        justification: Option<String>,
    },
    /// Close an emergency access early.
    Close {
        /// The patient.
        #[arg(value_parser = parse::address)]
        patient: Address,
        /// Organisation id.
        org: u32,
    },
    /// Set the acting patient's emergency policy.
    Policy {
        /// No emergency access at all.
        #[arg(long, conflicts_with = "allow_restricted")]
        opt_out: bool,
        /// Restricted categories emergency access may open (e.g. `mental_health`).
        #[arg(long, value_name = "NAMES")]
        allow_restricted: Option<CategorySet>,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum PolicyCommand {
    /// Require signatures on your organisation's records of a category (or one FHIR type).
    Set {
        /// Organisation id.
        #[arg(long)]
        org: u32,
        /// Category name.
        #[arg(long)]
        category: Category,
        /// Only records of this FHIR type (default: every type of the category).
        #[arg(long)]
        fhir_type: Option<FhirResourceType>,
        /// Who must sign, comma-separated: head_of_department, specialist, patient, authority.
        #[arg(long, value_name = "KINDS")]
        signers: CosignerSet,
        /// How long a record may wait for its signatures (e.g. 14d; at most 365d).
        #[arg(long, value_parser = parse::duration, default_value = "14d")]
        max_wait: Duration,
    },
    /// Remove a co-signing policy (records already pending keep theirs).
    Remove {
        /// Organisation id.
        #[arg(long)]
        org: u32,
        /// Category name.
        #[arg(long)]
        category: Category,
        /// The FHIR type whose own policy to remove (default: the category's).
        #[arg(long)]
        fhir_type: Option<FhirResourceType>,
    },
    /// Show the policy a record of a category and type would be added under.
    Show {
        /// Organisation id.
        #[arg(long)]
        org: u32,
        /// Category name.
        #[arg(long)]
        category: Category,
        /// FHIR resource type.
        #[arg(long, default_value = "DocumentReference")]
        fhir_type: FhirResourceType,
    },
}

#[derive(Debug, Subcommand)]
pub(crate) enum RecordCommand {
    /// Add a pointer to a record file your organisation holds (hashes it with SHA-256).
    Add {
        /// The record's content, as your FHIR server serves it.
        file: PathBuf,
        /// The patient.
        #[arg(long, value_parser = parse::address)]
        patient: Address,
        /// Category name.
        #[arg(long)]
        category: Category,
        /// FHIR resource type (Observation, DiagnosticReport, ...).
        #[arg(long, default_value = "DocumentReference")]
        fhir_type: FhirResourceType,
        /// Purpose code of the write.
        #[arg(long, default_value = "TREAT")]
        purpose: Purpose,
        /// The record id this version replaces.
        #[arg(long)]
        supersedes: Option<B256>,
        /// The specialist who co-signs it, where your organisation's co-signing policy for the
        /// category and type requires one.
        #[arg(long, value_parser = parse::address)]
        specialist: Option<Address>,
    },
    /// Co-signing policies: who must sign a record before it counts (your organisation's admin).
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// Sign a record that awaits your signature, as one signer kind.
    Sign {
        /// The record id.
        id: B256,
        /// As whom: head_of_department, specialist, patient or authority.
        #[arg(long = "as", value_name = "KIND")]
        kind: Cosigner,
        /// Sign off chain (EIP-712) and write the signature for `record submit` instead of
        /// sending: a patient signs without gas.
        #[arg(long)]
        offline: bool,
        /// The signature's expiry, with --offline (RFC 3339 or a duration).
        #[arg(long, default_value = "1h")]
        deadline: When,
        /// With --offline, write the JSON here instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Reject a record that awaits your signature; final.
    Reject {
        /// The record id.
        id: B256,
        /// As whom: head_of_department, specialist, patient or authority.
        #[arg(long = "as", value_name = "KIND")]
        kind: Cosigner,
        /// Why (kept off chain; the chain holds its hash), or a 0x hash.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Submit a signature `record sign --offline` wrote (any account pays the gas).
    Submit {
        /// The JSON (`-` for stdin).
        file: PathBuf,
    },
    /// Mark a record whose signatures did not all come in time expired (anyone).
    Expire {
        /// The record id.
        id: B256,
    },
    /// Check a file against the record pointer on chain.
    Verify {
        /// The file.
        file: PathBuf,
        /// The record id.
        id: B256,
    },
    /// Mark a record entered-in-error (its author organisation).
    Retract {
        /// The record id.
        id: B256,
    },
    /// Emit read receipts for records of a patient.
    LogAccess {
        /// The patient.
        #[arg(value_parser = parse::address)]
        patient: Address,
        /// Record ids.
        #[arg(required = true)]
        ids: Vec<B256>,
        /// Purpose code of the read.
        #[arg(long, default_value = "TREAT")]
        purpose: Purpose,
    },
    /// Show a record pointer.
    Show {
        /// The record id.
        id: B256,
    },
}
