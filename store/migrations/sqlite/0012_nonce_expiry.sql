-- Every sign-in nonce request forgets the expired nonces and counts the outstanding ones (at
-- most a cap): both by expiry, which without this index read the whole table each time (a
-- flood of nonce requests made every query sharing the store slower).
CREATE INDEX siwe_nonces_by_expiry ON siwe_nonces (expires_at);
