//! A real anvil with the suite deployed and people to act in it; a throwaway PostgreSQL
//! cluster from the installed binaries (or `DATABASE_URL`); and the comparison of a store with
//! the chain it mirrors.
#![allow(missing_docs, clippy::unwrap_used)]

pub use tempfile;

/// Runs `$case(store_url)` once on a fresh SQLite file and once on a fresh PostgreSQL database.
#[macro_export]
macro_rules! on_both_stores {
    ($($case:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $case() {
                    let dir = $crate::tempfile::tempdir().unwrap();
                    let url = format!("sqlite://{}", dir.path().join("consentry.sqlite").display());
                    super::$case(&url).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread")]
                async fn $case() {
                    let cluster = $crate::Postgres::start();
                    let url = cluster.database().await;
                    super::$case(&url).await;
                }
            )*
        }
    };
}

mod chain;
mod mirror;
mod postgres;
pub mod proxy;
mod workload;

pub use chain::*;
pub use mirror::*;
pub use postgres::*;
pub use workload::*;
