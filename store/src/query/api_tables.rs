//! The API's own tables: sign-in nonces, and the log of practitioners' reads of patient-level
//! data.

use alloy::primitives::Address;
use sqlx::Row;

use super::{address, org_id};
use crate::{
    Store, StoreError,
    sql::{int, multi_row_insert, statement_chunks, uint},
};

/// A practitioner's read of patient-level data, as the API logs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiRead {
    /// When (unix seconds).
    pub at: u64,
    /// The signed-in practitioner.
    pub reader: Address,
    /// Their organisation.
    pub org_id: u32,
    /// The patient read, when the read concerns one.
    pub patient: Option<Address>,
    /// The route.
    pub route: String,
    /// The query string.
    pub query: String,
}

fn bytes(address: Option<Address>) -> Option<Vec<u8>> {
    address.map(|a| a.to_vec())
}

impl Store {
    /// Remembers a sign-in nonce until `expires_at`, forgetting the expired ones; false (and
    /// not remembered) when `most` unexpired nonces are already outstanding.
    pub async fn put_nonce(
        &self,
        nonce: &str,
        now: u64,
        expires_at: u64,
        most: u32,
    ) -> Result<bool, StoreError> {
        // Both statements seek by `siwe_nonces_by_expiry`; the count reads at most `most`
        // index entries.
        sqlx::query("DELETE FROM siwe_nonces WHERE expires_at < $1")
            .bind(int("time", now)?)
            .execute(&self.pool)
            .await?;
        let done = sqlx::query(
            "INSERT INTO siwe_nonces (nonce, expires_at)
             SELECT $1, $2 WHERE (SELECT count(*) FROM
                 (SELECT 1 FROM siwe_nonces WHERE expires_at >= $3 LIMIT $4) AS outstanding) < $4",
        )
        .bind(nonce)
        .bind(int("time", expires_at)?)
        .bind(int("time", now)?)
        .bind(i64::from(most))
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Takes a sign-in nonce: true once if it was issued and has not expired, false ever after.
    pub async fn take_nonce(&self, nonce: &str, now: u64) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM siwe_nonces WHERE nonce = $1 AND expires_at >= $2")
            .bind(nonce)
            .bind(int("time", now)?)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Logs practitioners' reads of patient-level data, all in one transaction.
    pub async fn log_reads(&self, reads: Vec<ApiRead>) -> Result<(), StoreError> {
        if let Some(native) = &self.native {
            let rows = reads
                .into_iter()
                .map(|read| Ok((int("time", read.at)?, read)))
                .collect::<Result<Vec<_>, StoreError>>()?;
            return native
                .write(move |connection| {
                    let transaction = connection
                        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
                    {
                        let mut insert = transaction.prepare_cached(
                            "INSERT INTO api_reads (at, reader, org_id, patient, route, query)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        )?;
                        for (at, read) in &rows {
                            insert.execute(rusqlite::params![
                                at,
                                read.reader.as_slice(),
                                read.org_id,
                                read.patient.as_ref().map(|p| p.as_slice()),
                                read.route,
                                read.query,
                            ])?;
                        }
                    }
                    Ok(transaction.commit()?)
                })
                .await;
        }
        let mut tx = self.pool.begin().await?;
        for chunk in statement_chunks(&reads) {
            let sql = multi_row_insert(
                self.backend,
                "INSERT INTO api_reads (at, reader, org_id, patient, route, query)",
                chunk.len(),
                6,
            );
            let mut insert = sqlx::query(sql);
            for read in chunk {
                insert = insert
                    .bind(int("time", read.at)?)
                    .bind(read.reader.to_vec())
                    .bind(i64::from(read.org_id))
                    .bind(bytes(read.patient))
                    .bind(read.route.clone())
                    .bind(read.query.clone());
            }
            insert.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The logged reads of `org`'s patient-level data, newest first.
    pub async fn reads(&self, org: u32, limit: u32) -> Result<Vec<ApiRead>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, reader, org_id, patient, route, query FROM api_reads WHERE org_id = $1
             ORDER BY id DESC LIMIT $2",
        )
        .bind(i64::from(org))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(ApiRead {
                    at: uint("time", row.try_get(0)?)?,
                    reader: address(&row.try_get::<Vec<u8>, _>(1)?)?,
                    org_id: org_id(row.try_get(2)?)?,
                    patient: row
                        .try_get::<Option<Vec<u8>>, _>(3)?
                        .map(|p| address(&p))
                        .transpose()?,
                    route: row.try_get(4)?,
                    query: row.try_get(5)?,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::sqlite_store;

    /// Through a real SQLite file: a nonce is taken once, never twice, never after it expired,
    /// never if it was refused; at most `most` are outstanding, the expired not counted.
    #[tokio::test]
    async fn a_nonce_is_taken_once_and_only_before_it_expires() {
        let dir = tempfile::tempdir().unwrap();
        let store = sqlite_store(&dir).await;
        let most = 2;

        assert!(store.put_nonce("a", 100, 200, most).await.unwrap());
        assert!(
            store.take_nonce("a", 150).await.unwrap(),
            "issued, unexpired"
        );
        assert!(!store.take_nonce("a", 150).await.unwrap(), "already taken");
        assert!(
            !store.take_nonce("never", 150).await.unwrap(),
            "never issued"
        );

        assert!(store.put_nonce("b", 100, 200, most).await.unwrap());
        assert!(!store.take_nonce("b", 201).await.unwrap(), "expired");
        assert!(
            store.take_nonce("b", 200).await.unwrap(),
            "valid to its last second"
        );

        assert!(store.put_nonce("c", 100, 200, most).await.unwrap());
        assert!(store.put_nonce("d", 100, 200, most).await.unwrap());
        assert!(
            !store.put_nonce("e", 100, 200, most).await.unwrap(),
            "{most} outstanding"
        );
        assert!(
            !store.take_nonce("e", 150).await.unwrap(),
            "refused, so unknown"
        );
        // Once `c` and `d` expired they are forgotten, and no longer count.
        assert!(store.put_nonce("f", 250, 350, most).await.unwrap());
        assert!(!store.take_nonce("c", 150).await.unwrap(), "forgotten");
        assert!(store.take_nonce("f", 300).await.unwrap());
    }

    /// Reads logged in one call come back for their organisation only, newest first, with
    /// every field (a read of no one patient keeps `None`).
    #[tokio::test]
    async fn logged_reads_come_back_per_organisation_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let store = sqlite_store(&dir).await;
        let read = |at, org_id, patient| ApiRead {
            at,
            reader: Address::repeat_byte(0x0d),
            org_id,
            patient,
            route: "/v1/patients/{patient}/consents".into(),
            query: format!("at={at}"),
        };
        let patient = Some(Address::repeat_byte(0x01));
        let logged = vec![
            read(10, 1, patient),
            read(20, 2, patient),
            read(30, 1, None),
        ];
        store.log_reads(logged.clone()).await.unwrap();
        assert_eq!(
            store.reads(1, 10).await.unwrap(),
            vec![logged[2].clone(), logged[0].clone()]
        );
        assert_eq!(store.reads(1, 1).await.unwrap(), vec![logged[2].clone()]);
        assert_eq!(store.reads(3, 10).await.unwrap(), vec![]);
    }
}
