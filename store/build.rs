//! `sqlx::migrate!` embeds the migrations when the crate compiles: without this, a migration
//! added or edited alone leaves a stale build that never runs it.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
