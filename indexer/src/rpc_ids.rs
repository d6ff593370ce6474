//! JSON-RPC answers matched to their requests by id. alloy takes a single HTTP request's answer
//! whatever id it carries, so an answer to another request (a load balancer or proxy mixing up
//! its answers) would be taken as this one's. [`MatchIds`] refuses it as a transport error,
//! which the calls in `rpc` retry and log like any other fault of the node.

use std::task::{Context, Poll};

use alloy::{
    rpc::json_rpc::{Id, RequestPacket, ResponsePacket, ResponsePayload},
    transports::{TransportError, TransportErrorKind, TransportFut},
};
use tower::{Layer, Service};

/// Wraps a transport so that every answer must carry the ids of the requests it answers.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct MatchIds;

impl<S> Layer<S> for MatchIds {
    type Service = MatchedIds<S>;

    fn layer(&self, transport: S) -> MatchedIds<S> {
        MatchedIds(transport)
    }
}

/// A transport whose answers carry the ids of the requests they answer ([`MatchIds`]).
#[derive(Debug, Clone)]
pub(crate) struct MatchedIds<S>(S);

impl<S> Service<RequestPacket> for MatchedIds<S>
where
    S: Service<
            RequestPacket,
            Response = ResponsePacket,
            Error = TransportError,
            Future = TransportFut<'static>,
        >,
{
    type Response = ResponsePacket;
    type Error = TransportError;
    type Future = TransportFut<'static>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), TransportError>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: RequestPacket) -> TransportFut<'static> {
        let asked: Vec<Id> = request.requests().iter().map(|r| r.id().clone()).collect();
        let answering = self.0.call(request);
        Box::pin(async move {
            let answer = answering.await?;
            match mismatch(&asked, &answer) {
                None => Ok(answer),
                Some(why) => Err(TransportErrorKind::custom_str(&why)),
            }
        })
    }
}

/// What makes `answer` no answer to the requests with ids `asked`, if anything: an answer under
/// an id not asked, or twice under one. An error under the null id is let through: JSON-RPC
/// answers so when it could not read the request's id, and an error is taken for no data.
fn mismatch(asked: &[Id], answer: &ResponsePacket) -> Option<String> {
    let mut answered: Vec<&Id> = Vec::with_capacity(asked.len());
    for response in answer.responses() {
        let id = &response.id;
        if *id == Id::None && matches!(response.payload, ResponsePayload::Failure(_)) {
            continue;
        }
        if !asked.contains(id) || answered.contains(&id) {
            let asked: Vec<String> = asked.iter().map(Id::to_string).collect();
            return Some(format!(
                "the node answered request {} under id {id}",
                asked.join(", ")
            ));
        }
        answered.push(id);
    }
    None
}

#[cfg(test)]
mod tests {
    use alloy::rpc::json_rpc::Response;
    use serde_json::value::RawValue;

    use super::*;

    fn success(id: u64) -> Response {
        Response {
            id: Id::Number(id),
            payload: ResponsePayload::Success(RawValue::from_string("[]".into()).unwrap()),
        }
    }

    /// An answer is taken only under the id of a request it answers, once.
    #[test]
    fn answers_under_other_ids_are_named() {
        let single = |id| ResponsePacket::Single(success(id));
        assert_eq!(mismatch(&[Id::Number(7)], &single(7)), None);
        assert_eq!(
            mismatch(&[Id::Number(7)], &single(8)).as_deref(),
            Some("the node answered request 7 under id 8")
        );
        let batch =
            |ids: &[u64]| ResponsePacket::Batch(ids.iter().map(|&id| success(id)).collect());
        let asked = [Id::Number(1), Id::Number(2)];
        assert_eq!(mismatch(&asked, &batch(&[2, 1])), None);
        assert!(mismatch(&asked, &batch(&[1, 3])).is_some_and(|why| why.contains("id 3")));
        assert!(mismatch(&asked, &batch(&[1, 1])).is_some());
        // An error the node could not tie to a request.
        let unread = ResponsePacket::Single(Response::parse_error(Id::None));
        assert_eq!(mismatch(&[Id::Number(7)], &unread), None);
        let unread_success = ResponsePacket::Single(Response {
            id: Id::None,
            ..success(7)
        });
        assert!(mismatch(&[Id::Number(7)], &unread_success).is_some());
    }
}
