//! What the user sees: human lines or JSON on stdout, a spinner on stderr while a
//! transaction is mined (on a terminal only).

use std::{future::Future, io::IsTerminal, time::Duration};

use alloy::primitives::Address;
use consentry_sdk::client::Sent;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Value, json};

/// A command's result, in both forms.
#[derive(Debug, Default)]
pub(crate) struct Outcome {
    /// Lines for people.
    pub(crate) human: Vec<String>,
    /// The same for scripts.
    pub(crate) json: Value,
}

impl Outcome {
    pub(crate) fn new(json: Value) -> Self {
        Outcome {
            human: Vec::new(),
            json,
        }
    }

    pub(crate) fn line(mut self, line: impl Into<String>) -> Self {
        self.human.push(line.into());
        self
    }

    /// Adds the transaction's hash, block and gas to both forms.
    pub(crate) fn tx(mut self, sent: &Sent) -> Self {
        let receipt = &sent.receipt;
        self.human.push(format!(
            "  tx {} in block {} ({} gas)",
            receipt.transaction_hash,
            receipt.block_number.unwrap_or_default(),
            thousands(receipt.gas_used)
        ));
        if let Value::Object(map) = &mut self.json {
            map.insert(
                "transaction".into(),
                json!({
                    "hash": receipt.transaction_hash,
                    "blockNumber": receipt.block_number,
                    "gasUsed": receipt.gas_used,
                }),
            );
        }
        self
    }
}

/// How to show things.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Output {
    pub(crate) json: bool,
    pub(crate) quiet: bool,
}

impl Output {
    /// Runs `work` under a spinner saying `message` (stderr, on a terminal, not in JSON or
    /// quiet mode).
    pub(crate) async fn waiting<F: Future>(&self, message: &str, work: F) -> F::Output {
        let spinner = (!self.json && !self.quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar.set_message(message.to_owned());
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        });
        let result = work.await;
        if let Some(bar) = spinner {
            bar.finish_and_clear();
        }
        result
    }

    pub(crate) fn print(&self, outcome: &Outcome) {
        if self.json {
            println!(
                "{}",
                serde_json::to_string_pretty(&outcome.json).unwrap_or_default()
            );
        } else if !self.quiet {
            for line in &outcome.human {
                println!("{line}");
            }
        }
    }
}

/// 55698 -> "55,698".
pub(crate) fn thousands(n: impl Into<u128>) -> String {
    let digits = n.into().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Wei as ETH with up to 9 decimals.
pub(crate) fn ether(wei: alloy::primitives::U256) -> String {
    alloy::primitives::utils::format_units(wei, "ether")
        .map(|s| {
            let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
            let frac = frac.get(..9).unwrap_or(frac).trim_end_matches('0');
            if frac.is_empty() {
                whole.to_owned()
            } else {
                format!("{whole}.{frac}")
            }
        })
        .unwrap_or_else(|_| wei.to_string())
}

/// A short form of an address for tables: 0x1234…abcd.
pub(crate) fn short(address: Address) -> String {
    let full = address.to_string();
    format!("{}…{}", &full[..6], &full[full.len() - 4..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(55_698u64), "55,698");
        assert_eq!(thousands(999u64), "999");
        assert_eq!(thousands(1_000_000u64), "1,000,000");
        assert_eq!(
            ether(alloy::primitives::U256::from(1_500_000_000_000_000u64)),
            "0.0015"
        );
        let short = short(Address::repeat_byte(0xab));
        assert_eq!(short.to_lowercase(), "0xabab…abab");
    }
}
