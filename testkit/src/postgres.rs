//! A PostgreSQL to test against (a throwaway cluster or `DATABASE_URL`), and SQLite stores.

use std::{
    path::{Path, PathBuf},
    process::Command,
    sync::atomic::{AtomicU32, Ordering},
};

use consentry_store::Store;

static DATABASES: AtomicU32 = AtomicU32::new(0);

/// A PostgreSQL to test against: `DATABASE_URL` if set, else a throwaway cluster started from
/// the installed binaries (as the postgres user when running as root). Never skipped.
pub struct Postgres {
    dir: Option<tempfile::TempDir>,
    base: String,
    options: String,
}

fn postgres_bin() -> PathBuf {
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if dir.join("initdb").exists() {
            return dir;
        }
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .map(|e| e.path().join("bin"))
                .collect()
        })
        .unwrap_or_default();
    versions.sort();
    versions
        .pop()
        .filter(|bin| bin.join("initdb").exists())
        .expect("PostgreSQL server binaries (initdb, pg_ctl) are installed")
}

fn as_postgres(bin: &Path, program: &str) -> Command {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| o.stdout.starts_with(b"0"))
        .unwrap_or(false);
    if is_root {
        let mut command = Command::new("runuser");
        command
            .args(["-u", "postgres", "--"])
            .arg(bin.join(program));
        command
    } else {
        Command::new(bin.join(program))
    }
}

impl Postgres {
    /// A throwaway cluster for tests: `fsync` off (a test never loses power).
    pub fn start() -> Self {
        Self::start_with(false, "")
    }

    /// A throwaway cluster that syncs its commits to disk as a production server does (for
    /// benchmarks, so PostgreSQL's numbers compare with SQLite's `synchronous = FULL`).
    pub fn start_durable() -> Self {
        Self::start_with(true, "")
    }

    /// A throwaway cluster tuned as some operators tune theirs, with `synchronous_commit = off`:
    /// a commit returns before its write-ahead log is written, so a crash loses the last
    /// commits it acknowledged (whole, the latest ones). Its WAL writer writes a page it has not
    /// filled only every 10 s (`wal_writer_delay`, at its most), so that a crash reliably loses
    /// the latest.
    pub fn start_asynchronous() -> Self {
        Self::start_with(false, " -c synchronous_commit=off -c wal_writer_delay=10s")
    }

    /// `settings`: more `-c name=value` for the server.
    fn start_with(fsync: bool, settings: &str) -> Self {
        if let Ok(url) = std::env::var("DATABASE_URL")
            && url.starts_with("postgres")
        {
            return Postgres {
                dir: None,
                base: url,
                options: String::new(),
            };
        }
        let bin = postgres_bin();
        let dir = tempfile::Builder::new()
            .prefix("consentry-pg")
            .tempdir()
            .unwrap();
        let data = dir.path().join("data");
        let _ = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(dir.path())
            .status();
        let out = as_postgres(&bin, "initdb")
            .args([
                "-U",
                "consentry",
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
                "-D",
            ])
            .arg(&data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "initdb: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync={} -c max_connections=50{settings}",
            dir.path().display(),
            if fsync { "on" } else { "off" }
        );
        let out = as_postgres(&bin, "pg_ctl")
            .arg("-D")
            .arg(&data)
            .args(["-o", &options, "-w", "-t", "60", "-l"])
            .arg(dir.path().join("log"))
            .arg("start")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Postgres {
            dir: Some(dir),
            base: format!("postgres://consentry@127.0.0.1:{port}/postgres"),
            options,
        }
    }

    /// The cluster, if it is a throwaway one this process may stop and restart (not the
    /// database `DATABASE_URL` names).
    pub fn throwaway(self) -> Option<Self> {
        self.dir.is_some().then_some(self)
    }

    /// A fresh, empty database.
    pub async fn database(&self) -> String {
        use sqlx::Connection;
        let name = format!(
            "consentry_test_{}_{}",
            std::process::id(),
            DATABASES.fetch_add(1, Ordering::Relaxed)
        );
        let mut conn = sqlx::PgConnection::connect(&self.base).await.unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .unwrap();
        let (prefix, _) = self.base.rsplit_once('/').unwrap();
        format!("{prefix}/{name}")
    }

    /// Stops the server at once, as a crash would.
    pub fn kill(&self) {
        self.pg_ctl(&["-m", "immediate", "-w", "stop"]);
    }

    /// Starts the server again.
    pub fn resume(&self) {
        let options = self.options.clone();
        self.pg_ctl(&["-o", &options, "-w", "-t", "60", "start"]);
    }

    fn pg_ctl(&self, args: &[&str]) {
        let dir = self.dir.as_ref().expect("a throwaway cluster");
        let out = as_postgres(&postgres_bin(), "pg_ctl")
            .arg("-D")
            .arg(dir.path().join("data"))
            .arg("-l")
            .arg(dir.path().join("log"))
            .args(args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Stops the cluster at once (as a crash would) and starts it again.
    pub fn restart(&self) {
        let dir = self.dir.as_ref().expect("a throwaway cluster");
        let bin = postgres_bin();
        let data = dir.path().join("data");
        let out = as_postgres(&bin, "pg_ctl")
            .arg("-D")
            .arg(&data)
            .args(["-m", "immediate", "-w", "-t", "60", "-l"])
            .arg(dir.path().join("log"))
            .arg("restart")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "pg_ctl restart: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = as_postgres(&postgres_bin(), "pg_ctl")
                .arg("-D")
                .arg(dir.path().join("data"))
                .args(["-m", "immediate", "-w", "stop"])
                .output();
        }
    }
}

/// A fresh SQLite store in `dir`.
pub async fn sqlite(dir: &Path) -> Store {
    Store::connect(&format!(
        "sqlite://{}",
        dir.join("consentry.sqlite").display()
    ))
    .await
    .unwrap()
}
