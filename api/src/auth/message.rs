//! The EIP-4361 message checks: what a sign-in message must be bound to, and its nonce.

use std::time::SystemTime;

use super::{AuthError, SiweConfig};

/// A sign-in message that passed [`check_message`]: its fields, and the text as signed (which
/// may start with a `scheme://` the parsed fields do not keep).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInMessage {
    parsed: siwe::Message,
    text: String,
}

impl SignInMessage {
    /// The text the wallet signed.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl std::ops::Deref for SignInMessage {
    type Target = siwe::Message;

    fn deref(&self) -> &siwe::Message {
        &self.parsed
    }
}

/// Parses and checks everything but the signature and the nonce's freshness.
///
/// The text must be exactly what the parsed message prints back, because the signature is
/// checked against that print: the parser skips some lines without reading them, and a message
/// that differs from what was signed would otherwise fail later as a confusing wrong signer.
///
/// EIP-4361 lets the first line name the scheme (`https://example.com wants you to sign
/// in...`); the `siwe` crate (0.6) parses the domain only, so the scheme is taken off here and
/// must be the API's own.
pub fn check_message(
    config: &SiweConfig,
    message: &str,
    now: SystemTime,
) -> Result<SignInMessage, AuthError> {
    let (scheme, unprefixed) = split_scheme(message);
    let parsed: siwe::Message = unprefixed
        .parse()
        .map_err(|error: siwe::ParseError| AuthError::MalformedMessage(error.to_string()))?;
    if parsed.to_string() != unprefixed {
        return Err(AuthError::MalformedMessage(
            "not in the canonical EIP-4361 layout".to_owned(),
        ));
    }

    let domain = parsed.domain.as_str();
    if !domain.eq_ignore_ascii_case(&config.domain) {
        return Err(AuthError::WrongDomain {
            expected: config.domain.clone(),
            got: domain.to_owned(),
        });
    }
    let own_scheme = config.uri.split_once("://").map_or("https", |(s, _)| s);
    if let Some(scheme) = scheme
        && !scheme.eq_ignore_ascii_case(own_scheme)
    {
        return Err(AuthError::WrongDomain {
            expected: format!("{own_scheme}://{}", config.domain),
            got: format!("{scheme}://{domain}"),
        });
    }
    if !is_under(parsed.uri.as_str(), &config.uri) {
        return Err(AuthError::WrongUri {
            expected: config.uri.clone(),
            got: parsed.uri.to_string(),
        });
    }
    if parsed.chain_id != config.chain_id {
        return Err(AuthError::WrongChainId {
            expected: config.chain_id,
            got: parsed.chain_id,
        });
    }

    let skew = config.clock_skew;
    // Valid while now < expiration (EIP-4361), with the skew in the signer's favour.
    if let Some(expiration) = &parsed.expiration_time
        && now
            .duration_since(system_time(expiration))
            .is_ok_and(|past| past >= skew)
    {
        return Err(AuthError::Expired(expiration.to_string()));
    }
    if let Some(not_before) = &parsed.not_before
        && system_time(not_before)
            .duration_since(now)
            .is_ok_and(|ahead| ahead > skew)
    {
        return Err(AuthError::NotYetValid(not_before.to_string()));
    }
    let issued_at = system_time(&parsed.issued_at);
    if issued_at
        .duration_since(now)
        .is_ok_and(|ahead| ahead > skew)
    {
        return Err(AuthError::IssuedInFuture(parsed.issued_at.to_string()));
    }
    if now
        .duration_since(issued_at)
        .is_ok_and(|age| age > config.max_age.saturating_add(skew))
    {
        return Err(AuthError::IssuedTooLongAgo(parsed.issued_at.to_string()));
    }
    Ok(SignInMessage {
        parsed,
        text: message.to_owned(),
    })
}

/// The message's optional leading `scheme://` (RFC 3986: a letter, then letters, digits, `+`,
/// `-` or `.`), and the message without it.
fn split_scheme(message: &str) -> (Option<&str>, &str) {
    match message.split_once("://") {
        Some((scheme, rest))
            if scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) =>
        {
            (Some(scheme), rest)
        }
        _ => (None, message),
    }
}

/// Whether `uri` is `origin` or a path, query or fragment under it: `http://a:80` must not
/// admit `http://a:8080`.
fn is_under(uri: &str, origin: &str) -> bool {
    uri.strip_prefix(origin.trim_end_matches('/'))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
}

fn system_time(timestamp: &siwe::TimeStamp) -> SystemTime {
    SystemTime::from(*timestamp.as_ref())
}

/// A fresh sign-in nonce: 17 random alphanumerics, as EIP-4361 asks.
pub fn new_nonce() -> String {
    siwe::generate_nonce()
}

#[cfg(test)]
mod tests {
    use alloy::{primitives::Address, providers::DynProvider, signers::SignerSync};

    use super::{
        super::{fixtures::*, verify_signature},
        *,
    };

    #[test]
    fn check_message_accepts_a_wallet_message() {
        let signer = someone();
        let message = check_message(&config(), &Fields::new(signer.address()).text(), at(30))
            .expect("a fresh message for us");
        assert_eq!(Address::from(message.address), signer.address());
        assert_eq!(message.nonce, "kEWepMt9knR6lWJ6A");
    }

    #[test]
    fn check_message_accepts_a_uri_under_the_origin() {
        let mut fields = Fields::new(someone().address());
        fields.uri = "http://127.0.0.1:8080/api/v1/auth/login";
        check_message(&config(), &fields.text(), at(30)).expect("a path under the origin");
    }

    #[test]
    fn check_message_refuses_each_binding() {
        let address = someone().address();
        let refusal = |fields: Fields, now| {
            check_message(&config(), &fields.text(), now)
                .expect_err("refused")
                .code()
        };

        let mut fields = Fields::new(address);
        fields.domain = "evil.example";
        assert_eq!(refusal(fields, at(30)), "wrong_domain");

        let mut fields = Fields::new(address);
        fields.uri = "http://127.0.0.1:80801";
        assert_eq!(refusal(fields, at(30)), "wrong_uri");

        let mut fields = Fields::new(address);
        fields.uri = "https://evil.example/login";
        assert_eq!(refusal(fields, at(30)), "wrong_uri");

        let mut fields = Fields::new(address);
        fields.chain_id = 1;
        assert_eq!(refusal(fields, at(30)), "wrong_chain_id");
    }

    #[test]
    fn check_message_refuses_by_time() {
        let address = someone().address();
        let refusal = |fields: Fields, now| check_message(&config(), &fields.text(), now);

        // Expires at +5 min; the skew of 30 s is on the signer's side.
        assert!(refusal(Fields::new(address), at(5 * 60 + 29)).is_ok());
        assert_eq!(
            refusal(Fields::new(address), at(5 * 60 + 30)),
            Err(AuthError::Expired("2025-06-01T12:05:00.000Z".to_owned()))
        );

        let mut fields = Fields::new(address);
        fields.not_before = Some("2025-06-01T12:02:00.000Z");
        assert_eq!(
            refusal(fields, at(60)),
            Err(AuthError::NotYetValid(
                "2025-06-01T12:02:00.000Z".to_owned()
            ))
        );

        let mut fields = Fields::new(address);
        fields.expiration = None;
        assert_eq!(
            refusal(fields, at(11 * 60)),
            Err(AuthError::IssuedTooLongAgo(
                "2025-06-01T12:00:00.000Z".to_owned()
            ))
        );

        assert_eq!(
            refusal(Fields::new(address), at(-31)),
            Err(AuthError::IssuedInFuture(
                "2025-06-01T12:00:00.000Z".to_owned()
            ))
        );
        assert!(refusal(Fields::new(address), at(-30)).is_ok());
    }

    #[test]
    fn check_message_refuses_malformed_text() {
        let address = Address::repeat_byte(0xab);
        let text = Fields::new(address).text();
        let cases = [
            String::new(),
            "hello".to_owned(),
            // Not EIP-55.
            text.replace(
                &address.to_checksum(None),
                &format!("{address:#x}").to_lowercase(),
            ),
            text.to_lowercase(),
            text.replace("Version: 1", "Version: 2"),
            format!("{text}\n"),
            text.replace('\n', "\r\n"),
            text.replace("Nonce: kEWepMt9knR6lWJ6A", "Nonce: short"),
        ];
        for case in cases {
            let error = check_message(&config(), &case, at(30)).expect_err(&case);
            assert_eq!(error.code(), "malformed_message", "{case:?}: {error}");
            assert_eq!(error.field(), Some("message"));
        }
    }

    #[test]
    fn check_message_refuses_text_that_does_not_print_back() {
        // The parser skips the line after the address unread.
        let text = Fields::new(someone().address()).text().replacen(
            "\n\nSign in",
            "\nsmuggled\nSign in",
            1,
        );
        assert!(text.parse::<siwe::Message>().is_ok());
        assert!(matches!(
            check_message(&config(), &text, at(30)),
            Err(AuthError::MalformedMessage(_))
        ));
    }

    #[tokio::test]
    async fn check_message_accepts_the_optional_scheme() {
        let signer = someone();
        let text = format!("http://{}", Fields::new(signer.address()).text());
        let message = check_message(&config(), &text, at(30)).expect("EIP-4361 allows a scheme");
        assert_eq!(message.text(), text);
        let signature = signer.sign_message_sync(text.as_bytes()).expect("signs");
        verify_signature(&message, &signature.as_bytes(), None::<&DynProvider>)
            .await
            .expect("signed with the scheme, checked with it");

        let other = format!("https://{}", Fields::new(signer.address()).text());
        assert_eq!(
            check_message(&config(), &other, at(30)).map(|_| ()),
            Err(AuthError::WrongDomain {
                expected: format!("http://{DOMAIN}"),
                got: format!("https://{DOMAIN}"),
            }),
            "the API is served over http"
        );
    }

    #[test]
    fn nonces_are_what_siwe_accepts() {
        let nonce = new_nonce();
        assert!(nonce.len() >= 8 && nonce.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(nonce, new_nonce());
    }
}
