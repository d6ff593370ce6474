///Module containing a contract's types and functions.
/**

```solidity
library IConsentRegistry {
    struct AccessRequest { address patient; uint32 orgId; uint40 expiresAt; uint8 status; uint8 purposes; uint8 actions; uint32 categories; uint40 duration; }
    struct Delegation { uint32 categories; uint40 expiresAt; }
    struct EmergencyPolicy { bool optedOut; uint32 restrictedCategories; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IConsentRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct AccessRequest { address patient; uint32 orgId; uint40 expiresAt; uint8 status; uint8 purposes; uint8 actions; uint32 categories; uint40 duration; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessRequest {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub expiresAt: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub status: u8,
        #[allow(missing_docs)]
        pub purposes: u8,
        #[allow(missing_docs)]
        pub actions: u8,
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub duration: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u32,
            alloy::sol_types::private::primitives::aliases::U40,
            u8,
            u8,
            u8,
            u32,
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessRequest> for UnderlyingRustTuple<'_> {
            fn from(value: AccessRequest) -> Self {
                (
                    value.patient,
                    value.orgId,
                    value.expiresAt,
                    value.status,
                    value.purposes,
                    value.actions,
                    value.categories,
                    value.duration,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patient: tuple.0,
                    orgId: tuple.1,
                    expiresAt: tuple.2,
                    status: tuple.3,
                    purposes: tuple.4,
                    actions: tuple.5,
                    categories: tuple.6,
                    duration: tuple.7,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for AccessRequest {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for AccessRequest {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.status),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purposes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.actions),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for AccessRequest {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for AccessRequest {
            const NAME: &'static str = "AccessRequest";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "AccessRequest(address patient,uint32 orgId,uint40 expiresAt,uint8 status,uint8 purposes,uint8 actions,uint32 categories,uint40 duration)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.patient,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.orgId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.status)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.purposes)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.actions)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.categories)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.duration)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for AccessRequest {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.patient,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.orgId)
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.status,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.purposes,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.actions,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.categories,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.duration,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.patient,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.orgId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.status,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.purposes,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.actions,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.categories,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.duration,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Delegation { uint32 categories; uint40 expiresAt; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Delegation {
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub expiresAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u32,
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Delegation> for UnderlyingRustTuple<'_> {
            fn from(value: Delegation) -> Self {
                (value.categories, value.expiresAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Delegation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    categories: tuple.0,
                    expiresAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Delegation {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Delegation {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Delegation {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Delegation {
            const NAME: &'static str = "Delegation";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Delegation(uint32 categories,uint40 expiresAt)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.categories)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.expiresAt)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Delegation {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.categories,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.expiresAt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.categories,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.expiresAt,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct EmergencyPolicy { bool optedOut; uint32 restrictedCategories; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmergencyPolicy {
        #[allow(missing_docs)]
        pub optedOut: bool,
        #[allow(missing_docs)]
        pub restrictedCategories: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (bool, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<EmergencyPolicy> for UnderlyingRustTuple<'_> {
            fn from(value: EmergencyPolicy) -> Self {
                (value.optedOut, value.restrictedCategories)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EmergencyPolicy {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    optedOut: tuple.0,
                    restrictedCategories: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for EmergencyPolicy {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for EmergencyPolicy {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.optedOut,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.restrictedCategories),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for EmergencyPolicy {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for EmergencyPolicy {
            const NAME: &'static str = "EmergencyPolicy";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "EmergencyPolicy(bool optedOut,uint32 restrictedCategories)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.optedOut,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.restrictedCategories,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for EmergencyPolicy {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.optedOut,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.restrictedCategories,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.optedOut,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.restrictedCategories,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IConsentRegistry`](self) contract instance.

See the [wrapper's documentation](`IConsentRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IConsentRegistryInstance<P, N> {
        IConsentRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`IConsentRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IConsentRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IConsentRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IConsentRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IConsentRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IConsentRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IConsentRegistry`](self) contract instance.

See the [wrapper's documentation](`IConsentRegistryInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> IConsentRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IConsentRegistryInstance<P, N> {
            IConsentRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IConsentRegistryInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IConsentRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library IConsentRegistry {
    struct AccessRequest {
        address patient;
        uint32 orgId;
        uint40 expiresAt;
        uint8 status;
        uint8 purposes;
        uint8 actions;
        uint32 categories;
        uint40 duration;
    }
    struct Delegation {
        uint32 categories;
        uint40 expiresAt;
    }
    struct EmergencyPolicy {
        bool optedOut;
        uint32 restrictedCategories;
    }
}

interface ConsentRegistry {
    struct Consent {
        uint32 categories;
        uint8 purposes;
        uint8 actions;
        uint40 validFrom;
        uint40 validUntil;
        uint32 nonce;
        uint32 emergencyCategories;
        uint40 emergencyUntil;
    }
    struct ConsentTerms {
        uint32 categories;
        uint8 purposes;
        uint8 actions;
        uint40 validFrom;
        uint40 validUntil;
    }
    struct OrganizationStatus {
        bool accredited;
        bool suspended;
        bool emergencyCapable;
    }
    struct Practitioner {
        uint32 orgId;
        uint8 role;
        uint40 since;
    }

    error ConsentRegistry__DelegateScopeExceeded(address delegate, uint32 requested, uint32 allowed);
    error ConsentRegistry__EmergencyOptedOut(address patient);
    error ConsentRegistry__InvalidAction(uint8 action);
    error ConsentRegistry__InvalidActions(uint8 actions);
    error ConsentRegistry__InvalidCategories(uint32 categories);
    error ConsentRegistry__InvalidCategory(uint8 category);
    error ConsentRegistry__InvalidDelegate(address delegate);
    error ConsentRegistry__InvalidDuration(uint40 duration);
    error ConsentRegistry__InvalidExpiry(uint40 expiresAt);
    error ConsentRegistry__InvalidNonce(uint256 expected, uint256 provided);
    error ConsentRegistry__InvalidPatient();
    error ConsentRegistry__InvalidPurpose(uint8 purpose);
    error ConsentRegistry__InvalidPurposes(uint8 purposes);
    error ConsentRegistry__InvalidReason(uint8 reasonCode);
    error ConsentRegistry__InvalidSignature(address patient);
    error ConsentRegistry__InvalidValidity(uint40 validFrom, uint40 validUntil);
    error ConsentRegistry__NoConsent(address patient, uint32 orgId);
    error ConsentRegistry__NoEmergencyAccess(address patient, uint32 orgId);
    error ConsentRegistry__NotClinicalRole(address account, uint8 role);
    error ConsentRegistry__NotDelegate(address patient, address delegate);
    error ConsentRegistry__NotEmergencyCapable(uint32 orgId);
    error ConsentRegistry__NotLater(uint40 current, uint40 requested);
    error ConsentRegistry__NotNarrower(address patient, uint32 orgId);
    error ConsentRegistry__NotOfOrganization(address account, uint32 orgId);
    error ConsentRegistry__NotPatientOrDelegate(address patient, address caller);
    error ConsentRegistry__NotPractitioner(address account);
    error ConsentRegistry__OnlyOrganizationRegistry(address caller);
    error ConsentRegistry__OrganizationSuspended(uint32 orgId);
    error ConsentRegistry__RequestExpired(uint64 requestId, uint40 expiresAt);
    error ConsentRegistry__RequestNotPending(uint64 requestId, uint8 status);
    error ConsentRegistry__SignatureExpired(uint256 deadline);
    error ConsentRegistry__UnknownOrganization(uint32 orgId);
    error ConsentRegistry__UnknownRequest(uint64 requestId);
    error ConsentRegistry__WritesPaused();
    error InvalidShortString();
    error StringTooLong(string str);

    event AccessRequestApproved(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor);
    event AccessRequestCancelled(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor);
    event AccessRequestDenied(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor);
    event AccessRequested(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address practitioner, uint32 categories, uint8 purposes, uint8 actions, uint40 duration, bytes32 reasonHash, uint40 expiresAt);
    event ConsentExtended(address indexed patient, uint32 indexed orgId, address indexed actor, uint40 validUntil);
    event ConsentGranted(address indexed patient, uint32 indexed orgId, address indexed actor, uint32 categories, uint8 purposes, uint8 actions, uint40 validFrom, uint40 validUntil);
    event ConsentNarrowed(address indexed patient, uint32 indexed orgId, address indexed actor, uint32 categories, uint8 purposes, uint8 actions, uint40 validFrom, uint40 validUntil);
    event ConsentRevoked(address indexed patient, uint32 indexed orgId, address indexed actor);
    event DelegateAppointed(address indexed patient, address indexed delegate, uint32 categories, uint40 expiresAt);
    event DelegateRemoved(address indexed patient, address indexed delegate, address indexed actor);
    event EIP712DomainChanged();
    event EmergencyAccessClosed(address indexed patient, uint32 indexed orgId, address indexed actor);
    event EmergencyAccessOpened(address indexed patient, uint32 indexed orgId, address indexed practitioner, uint8 reasonCode, bytes32 justificationHash, uint32 categories, uint40 expiresAt);
    event EmergencyPolicySet(address indexed patient, bool optedOut, uint32 restrictedCategories);

    constructor();

    function DOMAIN_SEPARATOR() external view returns (bytes32);
    function GRANT_TYPEHASH() external view returns (bytes32);
    function REVOKE_TYPEHASH() external view returns (bytes32);
    function accessRequest(uint64 requestId) external view returns (IConsentRegistry.AccessRequest memory);
    function actingContext(address account, address patient, bool write) external view returns (uint32 orgId, bytes32 consent);
    function appointDelegate(address delegate, uint32 categories, uint40 expiresAt) external;
    function approveRequest(uint64 requestId) external;
    function cancelRequest(uint64 requestId) external;
    function checkAccess(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action) external view returns (bool allowed, uint8 basis);
    function closeEmergencyAccess(address patient, uint32 orgId) external;
    function consentOf(address patient, uint32 orgId) external view returns (Consent memory);
    function delegationOf(address patient, address delegate) external view returns (IConsentRegistry.Delegation memory);
    function denyRequest(uint64 requestId) external;
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function emergencyPolicyOf(address patient) external view returns (IConsentRegistry.EmergencyPolicy memory);
    function extend(address patient, uint32 orgId, uint40 validUntil) external;
    function grant(address patient, uint32 orgId, ConsentTerms memory terms) external;
    function grantBySig(address patient, uint32 orgId, ConsentTerms memory terms, uint256 nonce, uint256 deadline, bytes memory signature) external;
    function isActive(uint32 orgId) external view returns (bool);
    function narrow(address patient, uint32 orgId, ConsentTerms memory terms) external;
    function nonceOf(address patient, uint32 orgId) external view returns (uint256);
    function openEmergencyAccess(address patient, uint8 reasonCode, bytes32 justificationHash) external;
    function organizationStatus(uint32 orgId) external view returns (OrganizationStatus memory);
    function organizations() external view returns (address);
    function paused() external view returns (bool);
    function practitionerOf(address account) external view returns (Practitioner memory);
    function removeDelegate(address patient, address delegate) external;
    function requestAccess(address patient, uint32 categories, uint8 purposes, uint8 actions, uint40 duration, bytes32 reasonHash) external returns (uint64 requestId);
    function requestCount() external view returns (uint64);
    function requireActivePractitioner(address account, bool write) external view returns (Practitioner memory);
    function revoke(address patient, uint32 orgId) external;
    function revokeBySig(address patient, uint32 orgId, uint256 nonce, uint256 deadline, bytes memory signature) external;
    function setEmergencyPolicy(bool optedOut, uint32 restrictedCategories) external;
    function setOrganizationStatus(uint32 orgId, OrganizationStatus memory status) external;
    function setPaused(bool paused_) external;
    function setPractitioner(address account, Practitioner memory member) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "DOMAIN_SEPARATOR",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "GRANT_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "REVOKE_TYPEHASH",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "accessRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.AccessRequest",
        "components": [
          {
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "orgId",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "expiresAt",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "purposes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "actions",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "duration",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "actingContext",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "write",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "consent",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "appointDelegate",
    "inputs": [
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "expiresAt",
        "type": "uint40",
        "internalType": "uint40"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "approveRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "cancelRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "checkAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "category",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "action",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "allowed",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "basis",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "closeEmergencyAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "consentOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Consent",
        "components": [
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "actions",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "validFrom",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "validUntil",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "nonce",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "emergencyCategories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "emergencyUntil",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "delegationOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.Delegation",
        "components": [
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "expiresAt",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "denyRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "emergencyPolicyOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IConsentRegistry.EmergencyPolicy",
        "components": [
          {
            "name": "optedOut",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "restrictedCategories",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "extend",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "validUntil",
        "type": "uint40",
        "internalType": "uint40"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "grant",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct ConsentTerms",
        "components": [
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "actions",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "validFrom",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "validUntil",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "grantBySig",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct ConsentTerms",
        "components": [
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "actions",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "validFrom",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "validUntil",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "isActive",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "narrow",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "terms",
        "type": "tuple",
        "internalType": "struct ConsentTerms",
        "components": [
          {
            "name": "categories",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "purposes",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "actions",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "validFrom",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "validUntil",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "nonceOf",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "openEmergencyAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "reasonCode",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "justificationHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "organizationStatus",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct OrganizationStatus",
        "components": [
          {
            "name": "accredited",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "suspended",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "emergencyCapable",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "organizations",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "paused",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "practitionerOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Practitioner",
        "components": [
          {
            "name": "orgId",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "role",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "since",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "removeDelegate",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "purposes",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "actions",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "duration",
        "type": "uint40",
        "internalType": "uint40"
      },
      {
        "name": "reasonHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "requireActivePractitioner",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "write",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct Practitioner",
        "components": [
          {
            "name": "orgId",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "role",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "since",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "revoke",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeBySig",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "nonce",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setEmergencyPolicy",
    "inputs": [
      {
        "name": "optedOut",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "restrictedCategories",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setOrganizationStatus",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "status",
        "type": "tuple",
        "internalType": "struct OrganizationStatus",
        "components": [
          {
            "name": "accredited",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "suspended",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "emergencyCapable",
            "type": "bool",
            "internalType": "bool"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setPaused",
    "inputs": [
      {
        "name": "paused_",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setPractitioner",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "member",
        "type": "tuple",
        "internalType": "struct Practitioner",
        "components": [
          {
            "name": "orgId",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "role",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "since",
            "type": "uint40",
            "internalType": "uint40"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AccessRequestApproved",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AccessRequestCancelled",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AccessRequestDenied",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AccessRequested",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "practitioner",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "purposes",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "actions",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "duration",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "reasonHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "expiresAt",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConsentExtended",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "validUntil",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConsentGranted",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "purposes",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "actions",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "validFrom",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "validUntil",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConsentNarrowed",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "purposes",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "actions",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "validFrom",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "validUntil",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ConsentRevoked",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelegateAppointed",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "categories",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "expiresAt",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "DelegateRemoved",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EmergencyAccessClosed",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "actor",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EmergencyAccessOpened",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "practitioner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "reasonCode",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "justificationHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "categories",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "expiresAt",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EmergencyPolicySet",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "optedOut",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "restrictedCategories",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "ConsentRegistry__DelegateScopeExceeded",
    "inputs": [
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "requested",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "allowed",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__EmergencyOptedOut",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidAction",
    "inputs": [
      {
        "name": "action",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidActions",
    "inputs": [
      {
        "name": "actions",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidCategories",
    "inputs": [
      {
        "name": "categories",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidCategory",
    "inputs": [
      {
        "name": "category",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidDelegate",
    "inputs": [
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidDuration",
    "inputs": [
      {
        "name": "duration",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidExpiry",
    "inputs": [
      {
        "name": "expiresAt",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidNonce",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "provided",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidPatient",
    "inputs": []
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidPurpose",
    "inputs": [
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidPurposes",
    "inputs": [
      {
        "name": "purposes",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidReason",
    "inputs": [
      {
        "name": "reasonCode",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidSignature",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__InvalidValidity",
    "inputs": [
      {
        "name": "validFrom",
        "type": "uint40",
        "internalType": "uint40"
      },
      {
        "name": "validUntil",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NoConsent",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NoEmergencyAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NotClinicalRole",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "role",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NotDelegate",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "delegate",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NotEmergencyCapable",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NotLater",
    "inputs": [
      {
        "name": "current",
        "type": "uint40",
        "internalType": "uint40"
      },
      {
        "name": "requested",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NotNarrower",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NotOfOrganization",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NotPatientOrDelegate",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__NotPractitioner",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__OnlyOrganizationRegistry",
    "inputs": [
      {
        "name": "caller",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__OrganizationSuspended",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__RequestExpired",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "expiresAt",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__RequestNotPending",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "status",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__SignatureExpired",
    "inputs": [
      {
        "name": "deadline",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__UnknownOrganization",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__UnknownRequest",
    "inputs": [
      {
        "name": "requestId",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "ConsentRegistry__WritesPaused",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ConsentRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x6101806040523461014d57604051610018604082610151565b60098152602081019068436f6e73656e74727960b81b82526040519161003f604084610151565b600183526020830191603160f81b835261005881610188565b6101205261006584610188565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100ce60c082610151565b5190206080523060c05233610160526040516142f890816101f4823960805181613dde015260a05181613e9b015260c05181613daf015260e05181613e2d01526101005181613e5301526101205181611380015261014051816113a9015261016051818181610436015281816114f401528181612789015261296c0152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761017457604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101b35760208151910151602082106101a4571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c806301e38dfc14613185578063020d308d14612fe3578063025de1c114612e94578063073f5d9f14612e3c5780630ad36822146129d157806316c38b3c1461291e5780631c2d54711461287e5780631eb21e7e146127ad578063234db1de1461273f5780632ec9a64a146126a8578063345e6c4d146125ff5780633644e515146125bf5780633d7678741461256d578063567b7867146123d057806356edea44146121ac5780635badbe4c146121675780635c975abb146121245780635e19b305146120d9578063628da527146120175780636429080f14611b4f5780636dffff961461198f57806373da5d0a146115c35780637beb87641461147c57806384b0196e1461134a5780638a732227146112f25780639049ecdb1461126d57806392a7b65a1461112e57806392dca86f14610e1a578063b3cef09114610d2d578063bad9faa2146109af578063c1c5e6e114610825578063d50e0aab1461072e578063d955e4f01461056a578063dcee9fc6146103be578063de3a176d146102d85763efbcbd5c146101a5575f80fd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d4576101f390614147565b9063ffffffff825460a01c1691335f5260066020528263ffffffff60405f205416036102a457807d0400000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff73ffffffffffffffffffffffffffffffffffffffff9354161781555416907f4ee74ecfd67f9a189b21ee36d41ad6010740fd6b0589d48fa97d14d7f4d39d4d6020604051338152a4005b827f37105712000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b5f80fd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff81168091036102d4576103246136d9565b505f52600560205261010061033b60405f20613654565b64ffffffffff60e06040519273ffffffffffffffffffffffffffffffffffffffff815116845263ffffffff602082015116602085015282604082015116604085015260ff606082015116606085015260ff608082015116608085015260ff60a08201511660a085015263ffffffff60c08201511660c085015201511660e0820152f35b346102d45760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576103f5613311565b60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126102d45773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361053e5773ffffffffffffffffffffffffffffffffffffffff9063ffffffff61047f6135c8565b1661049557165f90815260066020526040812055005b165f52600660205260405f2063ffffffff6104ae6135c8565b167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000082541617815560443560ff811681036102d457815460643564ffffffffff811681036102d45764ff0000000069ffffffffff0000000000827fffffffffffffffffffffffffffffffffffffffffffff000000000000ffffffff935060281b169360201b169116171790555f80f35b7ff7534eff000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576105a1613311565b73ffffffffffffffffffffffffffffffffffffffff6105be613357565b911680331415806106ee575b610689575b805f52600260205260405f2063ffffffff83165f5260205260405f2064ffffffffff815460c01c164210156106535780547fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff169055339163ffffffff16907f840470becf281eb232ef5fab8805c799b9866ff7b417ee20bafd816751901e8a5f80a4005b63ffffffff83837fe90bdd94000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b63ffffffff8216801580156106d2575b6106a357506105cf565b7f37105712000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b50335f5260066020528063ffffffff60405f2054161415610699565b50805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205264ffffffffff60405f205460201c164210156105ca565b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457610765613311565b73ffffffffffffffffffffffffffffffffffffffff610782613357565b9161078b6136d9565b50165f52600260205263ffffffff60405f2091165f526020526101006107b360405f20613715565b64ffffffffff60e06040519263ffffffff815116845260ff602082015116602085015260ff604082015116604085015282606082015116606085015282608082015116608085015263ffffffff60a08201511660a085015263ffffffff60c08201511660c085015201511660e0820152f35b346102d45760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761085c613311565b610864613357565b906044359160643560843567ffffffffffffffff81116102d45761088c90369060040161344b565b918042116109845773ffffffffffffffffffffffffffffffffffffffff851690815f52600260205260405f2063ffffffff86165f5260205263ffffffff60405f205460801c16808803610954575061094c93929161095297610946926040519160208301937f660590cba9acb5539d51ed4e4a4ecf3efc0f0b3fb50ac4e1872179ac9d67c5588552604084015263ffffffff89166060840152608083015260a082015260a0815261093e60c08261353e565b519020613f80565b85613fc1565b81613ec1565b005b87907fe0cda4ad000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fc7fe91f1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d4576109fd90614147565b610a0681613654565b64ffffffffff60408201511680421015610cfe575073ffffffffffffffffffffffffffffffffffffffff81511690610a4a60c082019263ffffffff84511690613ad2565b6020810192610a5f63ffffffff855116613c70565b7d0200000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905564ffffffffff42169064ffffffffff60e082015116820164ffffffffff8111610cd15763ffffffff93857f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a973ffffffffffffffffffffffffffffffffffffffff95868651165f52600260205260405f208880855116165f5260205260405f20610c9c610b3082613715565b968a8751168852610c4360808a019860ff8a5116602082015260a08b019460ff865116604083015286606083015264ffffffffff8416608083015260a082018e60018183511601169052907cffffffffff00000000000000000000000000000000000000000000000060e063ffffffff83511664ff00000000602085015160201b161765ff0000000000604085015160281b16176affffffffff000000000000606085015160301b16176fffffffffff0000000000000000000000608085015160581b161773ffffffff0000000000000000000000000000000060a085015160801b161777ffffffff000000000000000000000000000000000000000060c085015160a01b161792015160c01b16179055565b60ff808c808d8d511699511699511699511693511693604051948594339a869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b0390a45116915116917f7fcde7eb2bdd65b21468c810b655adf85b6d91834fe9f144ff93b7e6c84a76ae6020604051338152a4005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b837f6d4acda4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d457610d7b90614147565b63ffffffff73ffffffffffffffffffffffffffffffffffffffff82541691610da283613a55565b7d0300000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161781555460a01c16917f08c7d786fb7b7e827bf687bcf60c8893512379e3cde94872553de1ea57343d6c6020604051338152a4005b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457610e51613311565b6024359060ff82168092036102d45773ffffffffffffffffffffffffffffffffffffffff16801561110657811580156110fc575b6110d057610e92336138d1565b9063ffffffff8251165f52600760205260ff60405f205460101c161561109d5760ff602083015116600181141580611092575b6110635750805f52600460205260405f209160405192610ee484613522565b549263ffffffff602060ff8616151592838152019460081c1684526110375763ffffffff611fff935116926201518064ffffffffff4216019064ffffffffff8211610cd15763ffffffff64ffffffffff93855f52600260205260405f208280835116165f52602052610ff28460405f20610fa48a871782907fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000083549260a01b169116179055565b907fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff7cffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b51169460405196875260443560208801521760408601521660608401527f2973099dec79c9e1804c26f6274a93eead665223530012ec9e7c0eddc629ce0060803394a4005b507feb397afd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7ffcfe5bcd000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b506002811415610ec5565b63ffffffff8251167f9e5fa272000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f40de3539000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060048211610e85565b7f2c84b37d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457611165613311565b61116d613334565b6044359182151583036102d45773ffffffffffffffffffffffffffffffffffffffff1691825f52600660205263ffffffff60405f2054169283156112425750825f52600760205260ff60405f205460081c16611216576040929173ffffffffffffffffffffffffffffffffffffffff91611209575b165f526002602052815f2063ffffffff82165f52602052815f205482519182526020820152f35b611211613f49565b6111e2565b827f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fc4361bfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576112a4613311565b73ffffffffffffffffffffffffffffffffffffffff6112c1613357565b91165f52600260205263ffffffff60405f2091165f52602052602063ffffffff60405f205460801c16604051908152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206040517f660590cba9acb5539d51ed4e4a4ecf3efc0f0b3fb50ac4e1872179ac9d67c5588152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576114206113a47f0000000000000000000000000000000000000000000000000000000000000000614207565b6113cd7f0000000000000000000000000000000000000000000000000000000000000000614207565b602061142e604051926113e0838561353e565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190613479565b908582036040870152613479565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061146557505050500390f35b835185528695509381019392810192600101611456565b346102d45760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576114b361336a565b60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126102d45773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361053e5763ffffffff165f52600760205260405f2060243580151581036102d457815490151560ff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091909116178155604435801515908181036102d4575081546064358015158082036102d45762ff000061ff00917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ff935060101b169360081b169116171790555f80f35b346102d45773ffffffffffffffffffffffffffffffffffffffff6115e6366133c0565b916115f381949294613a55565b16805f52600260205260405f2063ffffffff84165f5260205260405f2061161981613715565b9063ffffffff825116156119595763ffffffff611635856135db565b8184511619161615801590611939575b8015611919575b80156118f7575b80156118d5575b61181f57611667846135db565b63ffffffff80845116911614806118b7575b80611899575b80611877575b80611855575b61181f57906117709161169d85613ba3565b6116a78583613d20565b907cffffffffff00000000000000000000000000000000000000000000000060e063ffffffff83511664ff00000000602085015160201b161765ff0000000000604085015160281b16176affffffffff000000000000606085015160301b16176fffffffffff0000000000000000000000608085015160581b161773ffffffff0000000000000000000000000000000060a085015160801b161777ffffffff000000000000000000000000000000000000000060c085015160a01b161792015160c01b16179055565b7f1c71cf6a8ac4c02e08107e670dc6ba47750d357d853a794a98f9771e26b37ce861179a836135db565b926117a76020820161360c565b61181a6117b66040840161360c565b926117cf60806117c860608401613642565b9201613642565b9060405194859463ffffffff339b1699869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b0390a4005b63ffffffff85847f764e33ce000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b5061186260808501613642565b64ffffffffff8060808501511691161461168b565b5061188460608501613642565b64ffffffffff80606085015116911614611685565b506118a66040850161360c565b60ff8060408501511691161461167f565b506118c46020850161360c565b60ff80602085015116911614611679565b506118e260808501613642565b64ffffffffff8060808501511691161161165a565b5061190460608501613642565b64ffffffffff80606085015116911610611653565b5060ff6119286040860161360c565b81604085015116191616151561164c565b5060ff6119486020860161360c565b816020850151161916161515611645565b63ffffffff85847fca35a56e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576119c661339d565b6119ce613357565b63fffc1fff8116611b1d57335f526004602052602060405f20604051906119f482613522565b549360ff8516159163ffffffff83159687835260081c169384910152159182159483611af9575b505050611aec575b604051611a2f81613522565b82815263ffffffff60208201921691828152335f526004602052611a8560405f2092511515839060ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691151516179055565b517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff64ffffffff0083549260081b16911617905560405191825260208201527f206ea3c60150f17411dc885e1e3555adefab0e2ee008b6619b43074d8fba757360403392a2005b611af4613f49565b611a23565b925090611b0a575b50838080611a1b565b63ffffffff915019821616151583611b01565b63ffffffff907fe450ecea000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b346102d4576101407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457611b87613311565b611b8f613357565b9060a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126102d45760e43590610104356101243567ffffffffffffffff81116102d457611be390369060040161344b565b949092824211611feb5773ffffffffffffffffffffffffffffffffffffffff811695865f52600260205260405f2063ffffffff84165f5260205260405f2094611c2b86613715565b9463ffffffff60a087015116808903611fbb57508890611c496135b5565b98611c526135ec565b611c5a6135fc565b611c6261361a565b90611c6b61362e565b9260405196602088017f77d6d7196c9b4c96bc584d646c4d5cf97a19f3e4e9f5559d2fc7c5653400cb259052604088015263ffffffff8b169d8e606089015263ffffffff16608088015260ff1660a087015260ff1660c086015264ffffffffff1660e085015264ffffffffff166101008401526101208301526101408201526101408152611cfb6101608261353e565b80519060200120611d0b90613f80565b611d1493613fc1565b60443563ffffffff16604435036102d457611d30604435613964565b60ff6064351680606435036102d45760ff60843516608435036102d457611d5b6084356064356139b9565b60a43564ffffffffff8116141590816102d45760c43564ffffffffff8116141592836102d45764ffffffffff60c4351664ffffffffff60a4351610801590611fa5575b611f5e57611dab90613c70565b63ffffffff604435168452602084015260ff6084351660408401526102d45764ffffffffff60a4351660608301526102d457611ece9164ffffffffff60c43516608083015263ffffffff60018160a085015116011660a0830152907cffffffffff00000000000000000000000000000000000000000000000060e063ffffffff83511664ff00000000602085015160201b161765ff0000000000604085015160281b16176affffffffff000000000000606085015160301b16176fffffffffff0000000000000000000000608085015160581b161773ffffffff0000000000000000000000000000000060a085015160801b161777ffffffff000000000000000000000000000000000000000060c085015160a01b161792015160c01b16179055565b817f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a9611ef86135b5565b611f006135ec565b9061181a611f0c6135fc565b611f1461361a565b611f1c61362e565b91604051958695869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b836102d4577f9bea228b000000000000000000000000000000000000000000000000000000005f5264ffffffffff60a4351660045264ffffffffff60c4351660245260445ffd5b505f93504260c43564ffffffffff161115611d9e565b88907fe0cda4ad000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827fc7fe91f1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761204e613311565b73ffffffffffffffffffffffffffffffffffffffff61206b613334565b9161207461359d565b50165f52600360205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f526020526040805f2064ffffffffff8251916120b483613522565b5481602063ffffffff831694858152019160201c168152835192835251166020820152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602061211a61211561336a565b61387e565b6040519015158152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602060ff60085460401c166040519015158152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602067ffffffffffffffff60085416604051908152f35b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576121e3613311565b6121eb613357565b906121f46133ac565b9073ffffffffffffffffffffffffffffffffffffffff811690815f52600260205260405f2063ffffffff85165f5260205260405f209081549063ffffffff821690811561239a579061224591613ad2565b64ffffffffff8160581c169364ffffffffff8116948086111561236a575042851115612330576fffffffffff00000000000000000000009061228687613c70565b60581b167fffffffffffffffffffffffff000000000000000000ffffffffffffffffffffff73ffffffff00000000000000000000000000000000600163ffffffff847fffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffff87161760801c160160801b169216171790556040519182527ff58f2ed9019ddb0689dd6109b7e840ae60a3057d6b0525e9bcd7a8f1c5dcc785602063ffffffff33951693a4005b8464ffffffffff837f9bea228b000000000000000000000000000000000000000000000000000000005f5260301c1660045260245260445ffd5b85907f04d0dddc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b63ffffffff87867fca35a56e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457612407613311565b61240f613357565b73ffffffffffffffffffffffffffffffffffffffff61242c6133ac565b92169182158015612564575b6125385764ffffffffff9061244c83613964565b164281111561250d5761245d613f49565b6124da63ffffffff6040519361247285613522565b168084526020808501848152335f908152600383526040808220898352845290209551865491517fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090921663ffffffff9190911617911b68ffffffffff000000001617909355565b60405191825260208201527fba94d5ae49efcb156f84b4d8946e66ec06a4687532fca41b11b6d8ea1ee1d45860403392a3005b7f37908424000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827f73176426000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50338314612438565b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576109526125a7613311565b6125af613357565b6125b882613a55565b3391613ec1565b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206125f7613d98565b604051908152f35b346102d45773ffffffffffffffffffffffffffffffffffffffff612622366133c0565b91612638612632849593956135db565b82613ad2565b61264183613ba3565b61264a84613c70565b16805f52600260205260405f2063ffffffff84165f5260205261267e60405f2061267381613715565b906116a78583613d20565b7f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a961179a836135db565b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45773ffffffffffffffffffffffffffffffffffffffff6126f4613311565b6126fc61359d565b50165f5260046020526040805f2063ffffffff82519161271b83613522565b5481602060ff8316151594858152019160081c168152835192835251166020820152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45773ffffffffffffffffffffffffffffffffffffffff6127f9613311565b61280161357f565b50165f52600660205261287a60405f2064ffffffffff6040519161282483613506565b5463ffffffff8116835260ff8160201c16602084015260281c16604082015260405191829182919091604064ffffffffff81606084019563ffffffff815116855260ff6020820151166020860152015116910152565b0390f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45763ffffffff6128ba61336a565b6128c261357f565b50165f526007602052606060405f20604051906128de82613506565b5460ff811615159182815260ff60406020830192828560081c1615158452019260101c161515825260405192835251151560208301525115156040820152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761295561339d565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361053e577fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff68ff000000000000000060085492151560401b169116176008555f80f35b346102d45760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457612a08613311565b612a10613357565b612a1861337d565b90612a2161338d565b906084359364ffffffffff85168095036102d45773ffffffffffffffffffffffffffffffffffffffff1691821561110657612a5b82613964565b612a6581856139b9565b84158015612e2f575b612e0357612a7b336138d1565b916008549567ffffffffffffffff87169667ffffffffffffffff8814610cd15767ffffffffffffffff60017fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000099011697889116176008556212750064ffffffffff4216019264ffffffffff8411610cd1578488955163ffffffff169360405194612b04866134bc565b88865260208601908152604086019664ffffffffff1695868852606081019460018652608082019b60ff169b8c815260a083019160ff169687835260c084019563ffffffff169a8b875260e08501958a87528d5f52600560205260405f20955173ffffffffffffffffffffffffffffffffffffffff1686547fffffffffffffffffffffffff0000000000000000000000000000000000000000161786555163ffffffff16612bf69086907fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000083549260a01b169116179055565b5184547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7cffffffffff000000000000000000000000000000000000000000000000161784555183549060e81b7dff0000000000000000000000000000000000000000000000000000000000167dff000000000000000000000000000000000000000000000000000000000016907fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617835551908254905160f81b7fff00000000000000000000000000000000000000000000000000000000000000169160f01b7eff00000000000000000000000000000000000000000000000000000000000016907dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617178155600101915163ffffffff1663ffffffff1682547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161782555164ffffffffff16612da391907fffffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffff68ffffffffff0000000083549260201b169116179055565b5163ffffffff169660405194338652602086015260408501526060840152608083015260a43560a083015260c082015260e07fc2566a9b4031dbab6d23b42f5a707f973369f75637df17b29e2ac6b9802e1efc91a4604051908152602090f35b847f8ea86008000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506303c267008511612a6e565b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206040517f77d6d7196c9b4c96bc584d646c4d5cf97a19f3e4e9f5559d2fc7c5653400cb258152f35b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457612ecb613311565b6024359081151582036102d45773ffffffffffffffffffffffffffffffffffffffff90612ef661357f565b50612eff61357f565b5016805f52600660205260405f209060405191612f1b83613506565b5464ffffffffff63ffffffff82169182855260ff8160201c16602086015260281c16604084015215611242575063ffffffff8151165f52600760205260ff60405f205460081c16612fb05761287a91612fa3575b60408051825163ffffffff16815260208084015160ff16908201529181015164ffffffffff16908201529081906060820190565b612fab613f49565b612f6f565b63ffffffff9051167f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761301a613311565b73ffffffffffffffffffffffffffffffffffffffff613037613334565b91168033141580613165575b61313657805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205264ffffffffff60405f205460201c16156130f057805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f526020525f604081205573ffffffffffffffffffffffffffffffffffffffff339216907ff706b3b70da5d5dada9b3c7d9f14e4f6c280183742a82ea2f951653070b0f1955f80a4005b9073ffffffffffffffffffffffffffffffffffffffff917fd7efe6e5000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b7f062943c5000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b5073ffffffffffffffffffffffffffffffffffffffff8216331415613043565b346102d45760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576131bc613311565b6131c4613357565b6131cc61337d565b6131d461338d565b6084359060ff82168083036102d45760ff841660128110156132e6575060ff821660078110156132bb57506002811015613290575073ffffffffffffffffffffffffffffffffffffffff61324f9495165f52600260205260405f2063ffffffff86165f5260205261324760405f20613715565b92429361378f565b9060ff82161515908161327f575b50613278575b60ff6040911681519080151582526020820152f35b505f613263565b613289915061387e565b158261325d565b7f7332eff2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f5aae5cda000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f7d7fd975000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6004359073ffffffffffffffffffffffffffffffffffffffff821682036102d457565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036102d457565b6024359063ffffffff821682036102d457565b6004359063ffffffff821682036102d457565b6044359060ff821682036102d457565b6064359060ff821682036102d457565b6004359081151582036102d457565b6044359064ffffffffff821682036102d457565b60e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8201126102d45760043573ffffffffffffffffffffffffffffffffffffffff811681036102d4579160243563ffffffff811681036102d4577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc60a0919301126102d457604490565b9181601f840112156102d45782359167ffffffffffffffff83116102d457602083818601950101116102d457565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b610100810190811067ffffffffffffffff8211176134d957604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6060810190811067ffffffffffffffff8211176134d957604052565b6040810190811067ffffffffffffffff8211176134d957604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176134d957604052565b6040519061358c82613506565b5f6040838281528260208201520152565b604051906135aa82613522565b5f6020838281520152565b60443563ffffffff811681036102d45790565b60243563ffffffff811681036102d45790565b3563ffffffff811681036102d45790565b60643560ff811681036102d45790565b60843560ff811681036102d45790565b3560ff811681036102d45790565b60a43564ffffffffff811681036102d45790565b60c43564ffffffffff811681036102d45790565b3564ffffffffff811681036102d45790565b90604051613661816134bc565b60e064ffffffffff60018395805473ffffffffffffffffffffffffffffffffffffffff8116865263ffffffff8160a01c166020870152838160c01c16604087015260ff8160e81c16606087015260ff8160f01c16608087015260f81c60a0860152015463ffffffff811660c085015260201c16910152565b604051906136e6826134bc565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b61371d6136d9565b505464ffffffffff61372d6136d9565b9163ffffffff8116835260ff8160201c16602084015260ff8160281c166040840152818160301c166060840152818160581c16608084015263ffffffff8160801c1660a084015263ffffffff8160a01c1660c084015260c01c1660e082015290565b9190939260018060ff63ffffffff865116971696871c16149081613864575b8161384a575b5080613835575b80613821575b6138185760ff1660011492836137fd575b50826137e8575b50506137e3575f90565b600290565b60e0015164ffffffffff161190505f806137d9565b60c082015163ffffffff16901c60019081161492505f6137d2565b50505050600190565b5064ffffffffff60808301511683106137c1565b508264ffffffffff60608401511611156137bb565b60019150819060ff8060408701511691161c16145f6137b4565b905060018060ff60208601511660ff85161c1614906137ae565b63ffffffff165f52600760205260405f206040519061389c82613506565b5460ff8116151591828152604060ff808460081c1615938415602085015260101c161515910152816138cc575090565b905090565b73ffffffffffffffffffffffffffffffffffffffff906138ef61357f565b501690815f52600660205260405f206040519061390b82613506565b549264ffffffffff63ffffffff85169485845260ff8160201c16602085015260281c166040830152819315611242575063ffffffff8151165f52600760205260ff60405f205460081c16612fb05750613962613f49565b565b63ffffffff81169081159081156139a9575b5061397e5750565b7fe450ecea000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63fffc000016151590505f613976565b60ff8116908115908115613a48575b50613a1d575060ff8116908115908115613a10575b506139e55750565b7f635b35bb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60fc91501615155f6139dd565b7f90043510000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b608091501615155f6139c8565b73ffffffffffffffffffffffffffffffffffffffff16803314613acf57805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f52602052602060405f2064ffffffffff60405191613ab383613522565b5463ffffffff81168352831c1691829101524210156131365750565b50565b73ffffffffffffffffffffffffffffffffffffffff16803314613b9f57805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f209064ffffffffff60405192613b2f84613522565b5463ffffffff8116845260201c16806020840152421015613136575063ffffffff9051169063ffffffff8219821616613b66575050565b63ffffffff907fcbb9fea2000000000000000000000000000000000000000000000000000000005f52336004521660245260445260645ffd5b5050565b613bb4613baf826135db565b613964565b613bd5613bc36020830161360c565b613bcf6040840161360c565b906139b9565b606081016080613be482613642565b92019164ffffffffff80613bf785613642565b16911610801590613c56575b613c0b575050565b9064ffffffffff613c25613c1f8294613642565b92613642565b917f9bea228b000000000000000000000000000000000000000000000000000000005f52166004521660245260445ffd5b50613c6082613642565b64ffffffffff4291161115613c03565b63ffffffff16805f52600760205260405f2060405190613c8f82613506565b549060ff8216159081158152604060ff6020830194818160081c161515865260101c161515910152613cf45751613cc95750613962613f49565b7f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507ffe3687c6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b64ffffffffff613d80608060a09463ffffffff613d3c826135db565b16855260ff613d4d6020830161360c565b16602086015260ff613d616040830161360c565b16604086015283613d7460608301613642565b16606086015201613642565b1660808201520163ffffffff60018183511601169052565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480613e98575b15613e00577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152613e9260c08261353e565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614613dd7565b73ffffffffffffffffffffffffffffffffffffffff8063ffffffff929493941692835f52600260205260405f208386165f5260205260405f2073ffffffff00000000000000000000000000000000600185835460801c160160801b169055169216907f197b681cb2bd99a080b20f75e17aed23ae16fe2bbcc6e24fa15405931bfc057c5f80a4565b60ff60085460401c16613f5857565b7ff8ae2bb7000000000000000000000000000000000000000000000000000000005f5260045ffd5b604290613f8b613d98565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b73ffffffffffffffffffffffffffffffffffffffff8116939291841561110657613fec8484836141d3565b50600481101561411a5786901591826140fa575b50506140f357813b15928315614048575b505050905061401d5750565b7f6074301b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f93507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f86602097606494604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161615805f8080614011565b5050505050565b73ffffffffffffffffffffffffffffffffffffffff16149050855f614000565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b67ffffffffffffffff1690815f52600560205260405f209160ff835460e81c169081156141a8576001820361417a575050565b7fd6daa8e8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fe72f6412000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90604183036141fd576141f69250602081013591604082359201355f1a9061425e565b9192909190565b50505f9160029190565b60ff811690601f8211614236576040519161422360408461353e565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116142ed579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156142e2575f5173ffffffffffffffffffffffffffffffffffffffff8116156142d857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\x80`@R4a\x01MW`@Qa\0\x18`@\x82a\x01QV[`\t\x81R` \x81\x01\x90hConsentry`\xB8\x1B\x82R`@Q\x91a\0?`@\x84a\x01QV[`\x01\x83R` \x83\x01\x91`1`\xF8\x1B\x83Ra\0X\x81a\x01\x88V[a\x01 Ra\0e\x84a\x01\x88V[a\x01@RQ\x90 \x91\x82`\xE0RQ\x90 \x80a\x01\0RF`\xA0R`@Q\x90` \x82\x01\x92\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x84R`@\x83\x01R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R`\xA0\x81Ra\0\xCE`\xC0\x82a\x01QV[Q\x90 `\x80R0`\xC0R3a\x01`R`@QaB\xF8\x90\x81a\x01\xF4\x829`\x80Q\x81a=\xDE\x01R`\xA0Q\x81a>\x9B\x01R`\xC0Q\x81a=\xAF\x01R`\xE0Q\x81a>-\x01Ra\x01\0Q\x81a>S\x01Ra\x01 Q\x81a\x13\x80\x01Ra\x01@Q\x81a\x13\xA9\x01Ra\x01`Q\x81\x81\x81a\x046\x01R\x81\x81a\x14\xF4\x01R\x81\x81a'\x89\x01Ra)l\x01R\xF3[_\x80\xFD[`\x1F\x90\x91\x01`\x1F\x19\x16\x81\x01\x90`\x01`\x01`@\x1B\x03\x82\x11\x90\x82\x10\x17a\x01tW`@RV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x1F\x81Q\x11a\x01\xB3W` \x81Q\x91\x01Q` \x82\x10a\x01\xA4W\x17\x90V[_\x19\x82` \x03`\x03\x1B\x1B\x16\x17\x90V[`D` \x91`@Q\x92\x83\x91c0Z'\xA9`\xE0\x1B\x83R\x81`\x04\x84\x01R\x80Q\x91\x82\x91\x82`$\x86\x01R\x01\x84\x84\x01^_\x82\x82\x01\x84\x01R`\x1F\x01`\x1F\x19\x16\x81\x01\x03\x01\x90\xFD\xFE`\x80`@R`\x046\x10\x15a\0\x11W_\x80\xFD[_5`\xE0\x1C\x80c\x01\xE3\x8D\xFC\x14a1\x85W\x80c\x02\r0\x8D\x14a/\xE3W\x80c\x02]\xE1\xC1\x14a.\x94W\x80c\x07?]\x9F\x14a.<W\x80c\n\xD3h\"\x14a)\xD1W\x80c\x16\xC3\x8B<\x14a)\x1EW\x80c\x1C-Tq\x14a(~W\x80c\x1E\xB2\x1E~\x14a'\xADW\x80c#M\xB1\xDE\x14a'?W\x80c.\xC9\xA6J\x14a&\xA8W\x80c4^lM\x14a%\xFFW\x80c6D\xE5\x15\x14a%\xBFW\x80c=vxt\x14a%mW\x80cV{xg\x14a#\xD0W\x80cV\xED\xEAD\x14a!\xACW\x80c[\xAD\xBEL\x14a!gW\x80c\\\x97Z\xBB\x14a!$W\x80c^\x19\xB3\x05\x14a \xD9W\x80cb\x8D\xA5'\x14a \x17W\x80cd)\x08\x0F\x14a\x1BOW\x80cm\xFF\xFF\x96\x14a\x19\x8FW\x80cs\xDA]\n\x14a\x15\xC3W\x80c{\xEB\x87d\x14a\x14|W\x80c\x84\xB0\x19n\x14a\x13JW\x80c\x8As\"'\x14a\x12\xF2W\x80c\x90I\xEC\xDB\x14a\x12mW\x80c\x92\xA7\xB6Z\x14a\x11.W\x80c\x92\xDC\xA8o\x14a\x0E\x1AW\x80c\xB3\xCE\xF0\x91\x14a\r-W\x80c\xBA\xD9\xFA\xA2\x14a\t\xAFW\x80c\xC1\xC5\xE6\xE1\x14a\x08%W\x80c\xD5\x0E\n\xAB\x14a\x07.W\x80c\xD9U\xE4\xF0\x14a\x05jW\x80c\xDC\xEE\x9F\xC6\x14a\x03\xBEW\x80c\xDE:\x17m\x14a\x02\xD8Wc\xEF\xBC\xBD\\\x14a\x01\xA5W_\x80\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\x01\xF3\x90aAGV[\x90c\xFF\xFF\xFF\xFF\x82T`\xA0\x1C\x16\x913_R`\x06` R\x82c\xFF\xFF\xFF\xFF`@_ T\x16\x03a\x02\xA4W\x80}\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93T\x16\x17\x81UT\x16\x90\x7FN\xE7N\xCF\xD6\x7F\x9A\x18\x9B!\xEE6\xD4\x1A\xD6\x01\x07@\xFDk\x05\x89\xD4\x8F\xA9}\x14\xD7\xF4\xD3\x9DM` `@Q3\x81R\xA4\0[\x82\x7F7\x10W\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[_\x80\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x91\x03a\x02\xD4Wa\x03$a6\xD9V[P_R`\x05` Ra\x01\0a\x03;`@_ a6TV[d\xFF\xFF\xFF\xFF\xFF`\xE0`@Q\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x84Rc\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x85\x01R\x82`@\x82\x01Q\x16`@\x85\x01R`\xFF``\x82\x01Q\x16``\x85\x01R`\xFF`\x80\x82\x01Q\x16`\x80\x85\x01R`\xFF`\xA0\x82\x01Q\x16`\xA0\x85\x01Rc\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x85\x01R\x01Q\x16`\xE0\x82\x01R\xF3[4a\x02\xD4W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x03\xF5a3\x11V[``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05>Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90c\xFF\xFF\xFF\xFFa\x04\x7Fa5\xC8V[\x16a\x04\x95W\x16_\x90\x81R`\x06` R`@\x81 U\0[\x16_R`\x06` R`@_ c\xFF\xFF\xFF\xFFa\x04\xAEa5\xC8V[\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x82T\x16\x17\x81U`D5`\xFF\x81\x16\x81\x03a\x02\xD4W\x81T`d5d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4Wd\xFF\0\0\0\0i\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\x93P`(\x1B\x16\x93` \x1B\x16\x91\x16\x17\x17\x90U_\x80\xF3[\x7F\xF7SN\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x05\xA1a3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x05\xBEa3WV[\x91\x16\x803\x14\x15\x80a\x06\xEEW[a\x06\x89W[\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ d\xFF\xFF\xFF\xFF\xFF\x81T`\xC0\x1C\x16B\x10\x15a\x06SW\x80T\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U3\x91c\xFF\xFF\xFF\xFF\x16\x90\x7F\x84\x04p\xBE\xCF(\x1E\xB22\xEF_\xAB\x88\x05\xC7\x99\xB9\x86o\xF7\xB4\x17\xEE \xBA\xFD\x81gQ\x90\x1E\x8A_\x80\xA4\0[c\xFF\xFF\xFF\xFF\x83\x83\x7F\xE9\x0B\xDD\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[c\xFF\xFF\xFF\xFF\x82\x16\x80\x15\x80\x15a\x06\xD2W[a\x06\xA3WPa\x05\xCFV[\x7F7\x10W\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P3_R`\x06` R\x80c\xFF\xFF\xFF\xFF`@_ T\x16\x14\x15a\x06\x99V[P\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T` \x1C\x16B\x10\x15a\x05\xCAV[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x07ea3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x07\x82a3WV[\x91a\x07\x8Ba6\xD9V[P\x16_R`\x02` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` Ra\x01\0a\x07\xB3`@_ a7\x15V[d\xFF\xFF\xFF\xFF\xFF`\xE0`@Q\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x84R`\xFF` \x82\x01Q\x16` \x85\x01R`\xFF`@\x82\x01Q\x16`@\x85\x01R\x82``\x82\x01Q\x16``\x85\x01R\x82`\x80\x82\x01Q\x16`\x80\x85\x01Rc\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x85\x01Rc\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x85\x01R\x01Q\x16`\xE0\x82\x01R\xF3[4a\x02\xD4W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x08\\a3\x11V[a\x08da3WV[\x90`D5\x91`d5`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\xD4Wa\x08\x8C\x906\x90`\x04\x01a4KV[\x91\x80B\x11a\t\x84Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` Rc\xFF\xFF\xFF\xFF`@_ T`\x80\x1C\x16\x80\x88\x03a\tTWPa\tL\x93\x92\x91a\tR\x97a\tF\x92`@Q\x91` \x83\x01\x93\x7Ff\x05\x90\xCB\xA9\xAC\xB5S\x9DQ\xEDNJN\xCF>\xFC\x0F\x0B?\xB5\n\xC4\xE1\x87!y\xAC\x9Dg\xC5X\x85R`@\x84\x01Rc\xFF\xFF\xFF\xFF\x89\x16``\x84\x01R`\x80\x83\x01R`\xA0\x82\x01R`\xA0\x81Ra\t>`\xC0\x82a5>V[Q\x90 a?\x80V[\x85a?\xC1V[\x81a>\xC1V[\0[\x87\x90\x7F\xE0\xCD\xA4\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x7F\xC7\xFE\x91\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\t\xFD\x90aAGV[a\n\x06\x81a6TV[d\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16\x80B\x10\x15a\x0C\xFEWPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x90a\nJ`\xC0\x82\x01\x92c\xFF\xFF\xFF\xFF\x84Q\x16\x90a:\xD2V[` \x81\x01\x92a\n_c\xFF\xFF\xFF\xFF\x85Q\x16a<pV[}\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90Ud\xFF\xFF\xFF\xFF\xFFB\x16\x90d\xFF\xFF\xFF\xFF\xFF`\xE0\x82\x01Q\x16\x82\x01d\xFF\xFF\xFF\xFF\xFF\x81\x11a\x0C\xD1Wc\xFF\xFF\xFF\xFF\x93\x85\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x86\x86Q\x16_R`\x02` R`@_ \x88\x80\x85Q\x16\x16_R` R`@_ a\x0C\x9Ca\x0B0\x82a7\x15V[\x96\x8A\x87Q\x16\x88Ra\x0CC`\x80\x8A\x01\x98`\xFF\x8AQ\x16` \x82\x01R`\xA0\x8B\x01\x94`\xFF\x86Q\x16`@\x83\x01R\x86``\x83\x01Rd\xFF\xFF\xFF\xFF\xFF\x84\x16`\x80\x83\x01R`\xA0\x82\x01\x8E`\x01\x81\x83Q\x16\x01\x16\x90R\x90|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0c\xFF\xFF\xFF\xFF\x83Q\x16d\xFF\0\0\0\0` \x85\x01Q` \x1B\x16\x17e\xFF\0\0\0\0\0`@\x85\x01Q`(\x1B\x16\x17j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0``\x85\x01Q`0\x1B\x16\x17o\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0`\x80\x85\x01Q`X\x1B\x16\x17s\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x85\x01Q`\x80\x1B\x16\x17w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x85\x01Q`\xA0\x1B\x16\x17\x92\x01Q`\xC0\x1B\x16\x17\x90UV[`\xFF\x80\x8C\x80\x8D\x8DQ\x16\x99Q\x16\x99Q\x16\x99Q\x16\x93Q\x16\x93`@Q\x94\x85\x943\x9A\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x03\x90\xA4Q\x16\x91Q\x16\x91\x7F\x7F\xCD\xE7\xEB+\xDDe\xB2\x14h\xC8\x10\xB6U\xAD\xF8[m\x91\x83O\xE9\xF1D\xFF\x93\xB7\xE6\xC8Jv\xAE` `@Q3\x81R\xA4\0[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x83\x7FmJ\xCD\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\r{\x90aAGV[c\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x91a\r\xA2\x83a:UV[}\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x81UT`\xA0\x1C\x16\x91\x7F\x08\xC7\xD7\x86\xFB{~\x82{\xF6\x87\xBC\xF6\x0C\x88\x93Q#y\xE3\xCD\xE9HrU=\xE1\xEAW4=l` `@Q3\x81R\xA4\0[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x0EQa3\x11V[`$5\x90`\xFF\x82\x16\x80\x92\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x11\x06W\x81\x15\x80\x15a\x10\xFCW[a\x10\xD0Wa\x0E\x923a8\xD1V[\x90c\xFF\xFF\xFF\xFF\x82Q\x16_R`\x07` R`\xFF`@_ T`\x10\x1C\x16\x15a\x10\x9DW`\xFF` \x83\x01Q\x16`\x01\x81\x14\x15\x80a\x10\x92W[a\x10cWP\x80_R`\x04` R`@_ \x91`@Q\x92a\x0E\xE4\x84a5\"V[T\x92c\xFF\xFF\xFF\xFF` `\xFF\x86\x16\x15\x15\x92\x83\x81R\x01\x94`\x08\x1C\x16\x84Ra\x107Wc\xFF\xFF\xFF\xFFa\x1F\xFF\x93Q\x16\x92b\x01Q\x80d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x90d\xFF\xFF\xFF\xFF\xFF\x82\x11a\x0C\xD1Wc\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x93\x85_R`\x02` R`@_ \x82\x80\x83Q\x16\x16_R` Ra\x0F\xF2\x84`@_ a\x0F\xA4\x8A\x87\x17\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA0\x1B\x16\x91\x16\x17\x90UV[\x90\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xC0\x1B\x16\x91\x16\x17\x90UV[Q\x16\x94`@Q\x96\x87R`D5` \x88\x01R\x17`@\x86\x01R\x16``\x84\x01R\x7F)s\t\x9D\xECy\xC9\xE1\x80L&\xF6'J\x93\xEE\xADfR#S\0\x12\xEC\x9E|\x0E\xDD\xC6)\xCE\0`\x803\x94\xA4\0[P\x7F\xEB9z\xFD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\xFC\xFE[\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P`\x02\x81\x14\x15a\x0E\xC5V[c\xFF\xFF\xFF\xFF\x82Q\x16\x7F\x9E_\xA2r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P\x7F@\xDE59\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x04\x82\x11a\x0E\x85V[\x7F,\x84\xB3}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x11ea3\x11V[a\x11ma34V[`D5\x91\x82\x15\x15\x83\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x82_R`\x06` Rc\xFF\xFF\xFF\xFF`@_ T\x16\x92\x83\x15a\x12BWP\x82_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a\x12\x16W`@\x92\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91a\x12\tW[\x16_R`\x02` R\x81_ c\xFF\xFF\xFF\xFF\x82\x16_R` R\x81_ T\x82Q\x91\x82R` \x82\x01R\xF3[a\x12\x11a?IV[a\x11\xE2V[\x82\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\xC46\x1B\xFA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x12\xA4a3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x12\xC1a3WV[\x91\x16_R`\x02` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R` c\xFF\xFF\xFF\xFF`@_ T`\x80\x1C\x16`@Q\x90\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Q\x7Ff\x05\x90\xCB\xA9\xAC\xB5S\x9DQ\xEDNJN\xCF>\xFC\x0F\x0B?\xB5\n\xC4\xE1\x87!y\xAC\x9Dg\xC5X\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x14 a\x13\xA4\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aB\x07V[a\x13\xCD\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aB\x07V[` a\x14.`@Q\x92a\x13\xE0\x83\x85a5>V[_\x84R_6\x817`@Q\x95\x86\x95\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87R`\xE0\x85\x88\x01R`\xE0\x87\x01\x90a4yV[\x90\x85\x82\x03`@\x87\x01Ra4yV[F``\x85\x01R0`\x80\x85\x01R_`\xA0\x85\x01R\x83\x81\x03`\xC0\x85\x01R\x81\x80\x84Q\x92\x83\x81R\x01\x93\x01\x91_[\x82\x81\x10a\x14eWPPPP\x03\x90\xF3[\x83Q\x85R\x86\x95P\x93\x81\x01\x93\x92\x81\x01\x92`\x01\x01a\x14VV[4a\x02\xD4W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x14\xB3a3jV[``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05>Wc\xFF\xFF\xFF\xFF\x16_R`\x07` R`@_ `$5\x80\x15\x15\x81\x03a\x02\xD4W\x81T\x90\x15\x15`\xFF\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x91\x90\x91\x16\x17\x81U`D5\x80\x15\x15\x90\x81\x81\x03a\x02\xD4WP\x81T`d5\x80\x15\x15\x80\x82\x03a\x02\xD4Wb\xFF\0\0a\xFF\0\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\x93P`\x10\x1B\x16\x93`\x08\x1B\x16\x91\x16\x17\x17\x90U_\x80\xF3[4a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x15\xE66a3\xC0V[\x91a\x15\xF3\x81\x94\x92\x94a:UV[\x16\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`@_ a\x16\x19\x81a7\x15V[\x90c\xFF\xFF\xFF\xFF\x82Q\x16\x15a\x19YWc\xFF\xFF\xFF\xFFa\x165\x85a5\xDBV[\x81\x84Q\x16\x19\x16\x16\x15\x80\x15\x90a\x199W[\x80\x15a\x19\x19W[\x80\x15a\x18\xF7W[\x80\x15a\x18\xD5W[a\x18\x1FWa\x16g\x84a5\xDBV[c\xFF\xFF\xFF\xFF\x80\x84Q\x16\x91\x16\x14\x80a\x18\xB7W[\x80a\x18\x99W[\x80a\x18wW[\x80a\x18UW[a\x18\x1FW\x90a\x17p\x91a\x16\x9D\x85a;\xA3V[a\x16\xA7\x85\x83a= V[\x90|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0c\xFF\xFF\xFF\xFF\x83Q\x16d\xFF\0\0\0\0` \x85\x01Q` \x1B\x16\x17e\xFF\0\0\0\0\0`@\x85\x01Q`(\x1B\x16\x17j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0``\x85\x01Q`0\x1B\x16\x17o\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0`\x80\x85\x01Q`X\x1B\x16\x17s\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x85\x01Q`\x80\x1B\x16\x17w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x85\x01Q`\xA0\x1B\x16\x17\x92\x01Q`\xC0\x1B\x16\x17\x90UV[\x7F\x1Cq\xCFj\x8A\xC4\xC0.\x08\x10~g\r\xC6\xBAGu\r5}\x85:yJ\x98\xF9w\x1E&\xB3|\xE8a\x17\x9A\x83a5\xDBV[\x92a\x17\xA7` \x82\x01a6\x0CV[a\x18\x1Aa\x17\xB6`@\x84\x01a6\x0CV[\x92a\x17\xCF`\x80a\x17\xC8``\x84\x01a6BV[\x92\x01a6BV[\x90`@Q\x94\x85\x94c\xFF\xFF\xFF\xFF3\x9B\x16\x99\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x03\x90\xA4\0[c\xFF\xFF\xFF\xFF\x85\x84\x7FvN3\xCE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[Pa\x18b`\x80\x85\x01a6BV[d\xFF\xFF\xFF\xFF\xFF\x80`\x80\x85\x01Q\x16\x91\x16\x14a\x16\x8BV[Pa\x18\x84``\x85\x01a6BV[d\xFF\xFF\xFF\xFF\xFF\x80``\x85\x01Q\x16\x91\x16\x14a\x16\x85V[Pa\x18\xA6`@\x85\x01a6\x0CV[`\xFF\x80`@\x85\x01Q\x16\x91\x16\x14a\x16\x7FV[Pa\x18\xC4` \x85\x01a6\x0CV[`\xFF\x80` \x85\x01Q\x16\x91\x16\x14a\x16yV[Pa\x18\xE2`\x80\x85\x01a6BV[d\xFF\xFF\xFF\xFF\xFF\x80`\x80\x85\x01Q\x16\x91\x16\x11a\x16ZV[Pa\x19\x04``\x85\x01a6BV[d\xFF\xFF\xFF\xFF\xFF\x80``\x85\x01Q\x16\x91\x16\x10a\x16SV[P`\xFFa\x19(`@\x86\x01a6\x0CV[\x81`@\x85\x01Q\x16\x19\x16\x16\x15\x15a\x16LV[P`\xFFa\x19H` \x86\x01a6\x0CV[\x81` \x85\x01Q\x16\x19\x16\x16\x15\x15a\x16EV[c\xFF\xFF\xFF\xFF\x85\x84\x7F\xCA5\xA5n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x19\xC6a3\x9DV[a\x19\xCEa3WV[c\xFF\xFC\x1F\xFF\x81\x16a\x1B\x1DW3_R`\x04` R` `@_ `@Q\x90a\x19\xF4\x82a5\"V[T\x93`\xFF\x85\x16\x15\x91c\xFF\xFF\xFF\xFF\x83\x15\x96\x87\x83R`\x08\x1C\x16\x93\x84\x91\x01R\x15\x91\x82\x15\x94\x83a\x1A\xF9W[PPPa\x1A\xECW[`@Qa\x1A/\x81a5\"V[\x82\x81Rc\xFF\xFF\xFF\xFF` \x82\x01\x92\x16\x91\x82\x81R3_R`\x04` Ra\x1A\x85`@_ \x92Q\x15\x15\x83\x90`\xFF\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83T\x16\x91\x15\x15\x16\x17\x90UV[Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFFd\xFF\xFF\xFF\xFF\0\x83T\x92`\x08\x1B\x16\x91\x16\x17\x90U`@Q\x91\x82R` \x82\x01R\x7F n\xA3\xC6\x01P\xF1t\x11\xDC\x88^\x1E5U\xAD\xEF\xAB\x0E.\xE0\x08\xB6a\x9BC\x07M\x8F\xBAus`@3\x92\xA2\0[a\x1A\xF4a?IV[a\x1A#V[\x92P\x90a\x1B\nW[P\x83\x80\x80a\x1A\x1BV[c\xFF\xFF\xFF\xFF\x91P\x19\x82\x16\x16\x15\x15\x83a\x1B\x01V[c\xFF\xFF\xFF\xFF\x90\x7F\xE4P\xEC\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R`$_\xFD[4a\x02\xD4Wa\x01@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x1B\x87a3\x11V[a\x1B\x8Fa3WV[\x90`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC6\x01\x12a\x02\xD4W`\xE45\x90a\x01\x045a\x01$5g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\xD4Wa\x1B\xE3\x906\x90`\x04\x01a4KV[\x94\x90\x92\x82B\x11a\x1F\xEBWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x95\x86_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`@_ \x94a\x1C+\x86a7\x15V[\x94c\xFF\xFF\xFF\xFF`\xA0\x87\x01Q\x16\x80\x89\x03a\x1F\xBBWP\x88\x90a\x1CIa5\xB5V[\x98a\x1CRa5\xECV[a\x1CZa5\xFCV[a\x1Cba6\x1AV[\x90a\x1Cka6.V[\x92`@Q\x96` \x88\x01\x7Fw\xD6\xD7\x19l\x9BL\x96\xBCXMdlM\\\xF9z\x19\xF3\xE4\xE9\xF5U\x9D/\xC7\xC5e4\0\xCB%\x90R`@\x88\x01Rc\xFF\xFF\xFF\xFF\x8B\x16\x9D\x8E``\x89\x01Rc\xFF\xFF\xFF\xFF\x16`\x80\x88\x01R`\xFF\x16`\xA0\x87\x01R`\xFF\x16`\xC0\x86\x01Rd\xFF\xFF\xFF\xFF\xFF\x16`\xE0\x85\x01Rd\xFF\xFF\xFF\xFF\xFF\x16a\x01\0\x84\x01Ra\x01 \x83\x01Ra\x01@\x82\x01Ra\x01@\x81Ra\x1C\xFBa\x01`\x82a5>V[\x80Q\x90` \x01 a\x1D\x0B\x90a?\x80V[a\x1D\x14\x93a?\xC1V[`D5c\xFF\xFF\xFF\xFF\x16`D5\x03a\x02\xD4Wa\x1D0`D5a9dV[`\xFF`d5\x16\x80`d5\x03a\x02\xD4W`\xFF`\x845\x16`\x845\x03a\x02\xD4Wa\x1D[`\x845`d5a9\xB9V[`\xA45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x14\x15\x90\x81a\x02\xD4W`\xC45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x14\x15\x92\x83a\x02\xD4Wd\xFF\xFF\xFF\xFF\xFF`\xC45\x16d\xFF\xFF\xFF\xFF\xFF`\xA45\x16\x10\x80\x15\x90a\x1F\xA5W[a\x1F^Wa\x1D\xAB\x90a<pV[c\xFF\xFF\xFF\xFF`D5\x16\x84R` \x84\x01R`\xFF`\x845\x16`@\x84\x01Ra\x02\xD4Wd\xFF\xFF\xFF\xFF\xFF`\xA45\x16``\x83\x01Ra\x02\xD4Wa\x1E\xCE\x91d\xFF\xFF\xFF\xFF\xFF`\xC45\x16`\x80\x83\x01Rc\xFF\xFF\xFF\xFF`\x01\x81`\xA0\x85\x01Q\x16\x01\x16`\xA0\x83\x01R\x90|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0c\xFF\xFF\xFF\xFF\x83Q\x16d\xFF\0\0\0\0` \x85\x01Q` \x1B\x16\x17e\xFF\0\0\0\0\0`@\x85\x01Q`(\x1B\x16\x17j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0``\x85\x01Q`0\x1B\x16\x17o\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0`\x80\x85\x01Q`X\x1B\x16\x17s\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x85\x01Q`\x80\x1B\x16\x17w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x85\x01Q`\xA0\x1B\x16\x17\x92\x01Q`\xC0\x1B\x16\x17\x90UV[\x81\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9a\x1E\xF8a5\xB5V[a\x1F\0a5\xECV[\x90a\x18\x1Aa\x1F\x0Ca5\xFCV[a\x1F\x14a6\x1AV[a\x1F\x1Ca6.V[\x91`@Q\x95\x86\x95\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x83a\x02\xD4W\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Rd\xFF\xFF\xFF\xFF\xFF`\xA45\x16`\x04Rd\xFF\xFF\xFF\xFF\xFF`\xC45\x16`$R`D_\xFD[P_\x93PB`\xC45d\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1D\x9EV[\x88\x90\x7F\xE0\xCD\xA4\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x82\x7F\xC7\xFE\x91\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa Na3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa ka34V[\x91a ta5\x9DV[P\x16_R`\x03` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R`@\x80_ d\xFF\xFF\xFF\xFF\xFF\x82Q\x91a \xB4\x83a5\"V[T\x81` c\xFF\xFF\xFF\xFF\x83\x16\x94\x85\x81R\x01\x91` \x1C\x16\x81R\x83Q\x92\x83RQ\x16` \x82\x01R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` a!\x1Aa!\x15a3jV[a8~V[`@Q\x90\x15\x15\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `\xFF`\x08T`@\x1C\x16`@Q\x90\x15\x15\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x08T\x16`@Q\x90\x81R\xF3[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa!\xE3a3\x11V[a!\xEBa3WV[\x90a!\xF4a3\xACV[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x85\x16_R` R`@_ \x90\x81T\x90c\xFF\xFF\xFF\xFF\x82\x16\x90\x81\x15a#\x9AW\x90a\"E\x91a:\xD2V[d\xFF\xFF\xFF\xFF\xFF\x81`X\x1C\x16\x93d\xFF\xFF\xFF\xFF\xFF\x81\x16\x94\x80\x86\x11\x15a#jWPB\x85\x11\x15a#0Wo\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\x90a\"\x86\x87a<pV[`X\x1B\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01c\xFF\xFF\xFF\xFF\x84\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x17`\x80\x1C\x16\x01`\x80\x1B\x16\x92\x16\x17\x17\x90U`@Q\x91\x82R\x7F\xF5\x8F.\xD9\x01\x9D\xDB\x06\x89\xDDa\t\xB7\xE8@\xAE`\xA3\x05}k\x05%\xE9\xBC\xD7\xA8\xF1\xC5\xDC\xC7\x85` c\xFF\xFF\xFF\xFF3\x95\x16\x93\xA4\0[\x84d\xFF\xFF\xFF\xFF\xFF\x83\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`0\x1C\x16`\x04R`$R`D_\xFD[\x85\x90\x7F\x04\xD0\xDD\xDC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[c\xFF\xFF\xFF\xFF\x87\x86\x7F\xCA5\xA5n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa$\x07a3\x11V[a$\x0Fa3WV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa$,a3\xACV[\x92\x16\x91\x82\x15\x80\x15a%dW[a%8Wd\xFF\xFF\xFF\xFF\xFF\x90a$L\x83a9dV[\x16B\x81\x11\x15a%\rWa$]a?IV[a$\xDAc\xFF\xFF\xFF\xFF`@Q\x93a$r\x85a5\"V[\x16\x80\x84R` \x80\x85\x01\x84\x81R3_\x90\x81R`\x03\x83R`@\x80\x82 \x89\x83R\x84R\x90 \x95Q\x86T\x91Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x90\x92\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x91\x1Bh\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x90\x93UV[`@Q\x91\x82R` \x82\x01R\x7F\xBA\x94\xD5\xAEI\xEF\xCB\x15o\x84\xB4\xD8\x94nf\xEC\x06\xA4hu2\xFC\xA4\x1B\x11\xB6\xD8\xEA\x1E\xE1\xD4X`@3\x92\xA3\0[\x7F7\x90\x84$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x82\x7Fs\x17d&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P3\x83\x14a$8V[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\tRa%\xA7a3\x11V[a%\xAFa3WV[a%\xB8\x82a:UV[3\x91a>\xC1V[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` a%\xF7a=\x98V[`@Q\x90\x81R\xF3[4a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa&\"6a3\xC0V[\x91a&8a&2\x84\x95\x93\x95a5\xDBV[\x82a:\xD2V[a&A\x83a;\xA3V[a&J\x84a<pV[\x16\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` Ra&~`@_ a&s\x81a7\x15V[\x90a\x16\xA7\x85\x83a= V[\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9a\x17\x9A\x83a5\xDBV[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa&\xF4a3\x11V[a&\xFCa5\x9DV[P\x16_R`\x04` R`@\x80_ c\xFF\xFF\xFF\xFF\x82Q\x91a'\x1B\x83a5\"V[T\x81` `\xFF\x83\x16\x15\x15\x94\x85\x81R\x01\x91`\x08\x1C\x16\x81R\x83Q\x92\x83RQ\x16` \x82\x01R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa'\xF9a3\x11V[a(\x01a5\x7FV[P\x16_R`\x06` Ra(z`@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a($\x83a5\x06V[Tc\xFF\xFF\xFF\xFF\x81\x16\x83R`\xFF\x81` \x1C\x16` \x84\x01R`(\x1C\x16`@\x82\x01R`@Q\x91\x82\x91\x82\x91\x90\x91`@d\xFF\xFF\xFF\xFF\xFF\x81``\x84\x01\x95c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[\x03\x90\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wc\xFF\xFF\xFF\xFFa(\xBAa3jV[a(\xC2a5\x7FV[P\x16_R`\x07` R```@_ `@Q\x90a(\xDE\x82a5\x06V[T`\xFF\x81\x16\x15\x15\x91\x82\x81R`\xFF`@` \x83\x01\x92\x82\x85`\x08\x1C\x16\x15\x15\x84R\x01\x92`\x10\x1C\x16\x15\x15\x82R`@Q\x92\x83RQ\x15\x15` \x83\x01RQ\x15\x15`@\x82\x01R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa)Ua3\x9DV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05>W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\xFF\0\0\0\0\0\0\0\0`\x08T\x92\x15\x15`@\x1B\x16\x91\x16\x17`\x08U_\x80\xF3[4a\x02\xD4W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa*\x08a3\x11V[a*\x10a3WV[a*\x18a3}V[\x90a*!a3\x8DV[\x90`\x845\x93d\xFF\xFF\xFF\xFF\xFF\x85\x16\x80\x95\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x82\x15a\x11\x06Wa*[\x82a9dV[a*e\x81\x85a9\xB9V[\x84\x15\x80\x15a./W[a.\x03Wa*{3a8\xD1V[\x91`\x08T\x95g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x96g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x14a\x0C\xD1Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x99\x01\x16\x97\x88\x91\x16\x17`\x08Ub\x12u\0d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x92d\xFF\xFF\xFF\xFF\xFF\x84\x11a\x0C\xD1W\x84\x88\x95Qc\xFF\xFF\xFF\xFF\x16\x93`@Q\x94a+\x04\x86a4\xBCV[\x88\x86R` \x86\x01\x90\x81R`@\x86\x01\x96d\xFF\xFF\xFF\xFF\xFF\x16\x95\x86\x88R``\x81\x01\x94`\x01\x86R`\x80\x82\x01\x9B`\xFF\x16\x9B\x8C\x81R`\xA0\x83\x01\x91`\xFF\x16\x96\x87\x83R`\xC0\x84\x01\x95c\xFF\xFF\xFF\xFF\x16\x9A\x8B\x87R`\xE0\x85\x01\x95\x8A\x87R\x8D_R`\x05` R`@_ \x95Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x86UQc\xFF\xFF\xFF\xFF\x16a+\xF6\x90\x86\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA0\x1B\x16\x91\x16\x17\x90UV[Q\x84T\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x84UQ\x83T\x90`\xE8\x1B}\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16}\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x83UQ\x90\x82T\x90Q`\xF8\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`\xF0\x1B~\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90}\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x81U`\x01\x01\x91Qc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UQd\xFF\xFF\xFF\xFF\xFF\x16a-\xA3\x91\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFFh\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x83T\x92` \x1B\x16\x91\x16\x17\x90UV[Qc\xFF\xFF\xFF\xFF\x16\x96`@Q\x943\x86R` \x86\x01R`@\x85\x01R``\x84\x01R`\x80\x83\x01R`\xA45`\xA0\x83\x01R`\xC0\x82\x01R`\xE0\x7F\xC2Vj\x9B@1\xDB\xABm#\xB4/Zp\x7F\x973i\xF7V7\xDF\x17\xB2\x9E*\xC6\xB9\x80.\x1E\xFC\x91\xA4`@Q\x90\x81R` \x90\xF3[\x84\x7F\x8E\xA8`\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pc\x03\xC2g\0\x85\x11a*nV[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Q\x7Fw\xD6\xD7\x19l\x9BL\x96\xBCXMdlM\\\xF9z\x19\xF3\xE4\xE9\xF5U\x9D/\xC7\xC5e4\0\xCB%\x81R\xF3[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa.\xCBa3\x11V[`$5\x90\x81\x15\x15\x82\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a.\xF6a5\x7FV[Pa.\xFFa5\x7FV[P\x16\x80_R`\x06` R`@_ \x90`@Q\x91a/\x1B\x83a5\x06V[Td\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x82\x16\x91\x82\x85R`\xFF\x81` \x1C\x16` \x86\x01R`(\x1C\x16`@\x84\x01R\x15a\x12BWPc\xFF\xFF\xFF\xFF\x81Q\x16_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a/\xB0Wa(z\x91a/\xA3W[`@\x80Q\x82Qc\xFF\xFF\xFF\xFF\x16\x81R` \x80\x84\x01Q`\xFF\x16\x90\x82\x01R\x91\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x90\x81\x90``\x82\x01\x90V[a/\xABa?IV[a/oV[c\xFF\xFF\xFF\xFF\x90Q\x16\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa0\x1Aa3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa07a34V[\x91\x16\x803\x14\x15\x80a1eW[a16W\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T` \x1C\x16\x15a0\xF0W\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R_`@\x81 Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\xF7\x06\xB3\xB7\r\xA5\xD5\xDA\xDA\x9B<}\x9F\x14\xE4\xF6\xC2\x80\x187B\xA8.\xA2\xF9Qe0p\xB0\xF1\x95_\x80\xA4\0[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x7F\xD7\xEF\xE6\xE5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[\x7F\x06)C\xC5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R3`$R`D_\xFD[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x163\x14\x15a0CV[4a\x02\xD4W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa1\xBCa3\x11V[a1\xC4a3WV[a1\xCCa3}V[a1\xD4a3\x8DV[`\x845\x90`\xFF\x82\x16\x80\x83\x03a\x02\xD4W`\xFF\x84\x16`\x12\x81\x10\x15a2\xE6WP`\xFF\x82\x16`\x07\x81\x10\x15a2\xBBWP`\x02\x81\x10\x15a2\x90WPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa2O\x94\x95\x16_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` Ra2G`@_ a7\x15V[\x92B\x93a7\x8FV[\x90`\xFF\x82\x16\x15\x15\x90\x81a2\x7FW[Pa2xW[`\xFF`@\x91\x16\x81Q\x90\x80\x15\x15\x82R` \x82\x01R\xF3[P_a2cV[a2\x89\x91Pa8~V[\x15\x82a2]V[\x7Fs2\xEF\xF2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7FZ\xAE\\\xDA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F}\x7F\xD9u\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\x045\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`$5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`$5\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`D5\x90`\xFF\x82\x16\x82\x03a\x02\xD4WV[`d5\x90`\xFF\x82\x16\x82\x03a\x02\xD4WV[`\x045\x90\x81\x15\x15\x82\x03a\x02\xD4WV[`D5\x90d\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC\x82\x01\x12a\x02\xD4W`\x045s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x91`$5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC`\xA0\x91\x93\x01\x12a\x02\xD4W`D\x90V[\x91\x81`\x1F\x84\x01\x12\x15a\x02\xD4W\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a\x02\xD4W` \x83\x81\x86\x01\x95\x01\x01\x11a\x02\xD4WV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F` \x80\x94\x80Q\x91\x82\x91\x82\x87R\x01\x86\x86\x01^_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[a\x01\0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a4\xD9W`@RV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[``\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a4\xD9W`@RV[`@\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a4\xD9W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a4\xD9W`@RV[`@Q\x90a5\x8C\x82a5\x06V[_`@\x83\x82\x81R\x82` \x82\x01R\x01RV[`@Q\x90a5\xAA\x82a5\"V[_` \x83\x82\x81R\x01RV[`D5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`$5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`d5`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\x845`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\xA45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\xC45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[\x90`@Qa6a\x81a4\xBCV[`\xE0d\xFF\xFF\xFF\xFF\xFF`\x01\x83\x95\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x86Rc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16` \x87\x01R\x83\x81`\xC0\x1C\x16`@\x87\x01R`\xFF\x81`\xE8\x1C\x16``\x87\x01R`\xFF\x81`\xF0\x1C\x16`\x80\x87\x01R`\xF8\x1C`\xA0\x86\x01R\x01Tc\xFF\xFF\xFF\xFF\x81\x16`\xC0\x85\x01R` \x1C\x16\x91\x01RV[`@Q\x90a6\xE6\x82a4\xBCV[_`\xE0\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x82`\xA0\x82\x01R\x82`\xC0\x82\x01R\x01RV[a7\x1Da6\xD9V[PTd\xFF\xFF\xFF\xFF\xFFa7-a6\xD9V[\x91c\xFF\xFF\xFF\xFF\x81\x16\x83R`\xFF\x81` \x1C\x16` \x84\x01R`\xFF\x81`(\x1C\x16`@\x84\x01R\x81\x81`0\x1C\x16``\x84\x01R\x81\x81`X\x1C\x16`\x80\x84\x01Rc\xFF\xFF\xFF\xFF\x81`\x80\x1C\x16`\xA0\x84\x01Rc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16`\xC0\x84\x01R`\xC0\x1C\x16`\xE0\x82\x01R\x90V[\x91\x90\x93\x92`\x01\x80`\xFFc\xFF\xFF\xFF\xFF\x86Q\x16\x97\x16\x96\x87\x1C\x16\x14\x90\x81a8dW[\x81a8JW[P\x80a85W[\x80a8!W[a8\x18W`\xFF\x16`\x01\x14\x92\x83a7\xFDW[P\x82a7\xE8W[PPa7\xE3W_\x90V[`\x02\x90V[`\xE0\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x11\x90P_\x80a7\xD9V[`\xC0\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1C`\x01\x90\x81\x16\x14\x92P_a7\xD2V[PPPP`\x01\x90V[Pd\xFF\xFF\xFF\xFF\xFF`\x80\x83\x01Q\x16\x83\x10a7\xC1V[P\x82d\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16\x11\x15a7\xBBV[`\x01\x91P\x81\x90`\xFF\x80`@\x87\x01Q\x16\x91\x16\x1C\x16\x14_a7\xB4V[\x90P`\x01\x80`\xFF` \x86\x01Q\x16`\xFF\x85\x16\x1C\x16\x14\x90a7\xAEV[c\xFF\xFF\xFF\xFF\x16_R`\x07` R`@_ `@Q\x90a8\x9C\x82a5\x06V[T`\xFF\x81\x16\x15\x15\x91\x82\x81R`@`\xFF\x80\x84`\x08\x1C\x16\x15\x93\x84\x15` \x85\x01R`\x10\x1C\x16\x15\x15\x91\x01R\x81a8\xCCWP\x90V[\x90P\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a8\xEFa5\x7FV[P\x16\x90\x81_R`\x06` R`@_ `@Q\x90a9\x0B\x82a5\x06V[T\x92d\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x85\x16\x94\x85\x84R`\xFF\x81` \x1C\x16` \x85\x01R`(\x1C\x16`@\x83\x01R\x81\x93\x15a\x12BWPc\xFF\xFF\xFF\xFF\x81Q\x16_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a/\xB0WPa9ba?IV[V[c\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x15\x90\x81\x15a9\xA9W[Pa9~WPV[\x7F\xE4P\xEC\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[c\xFF\xFC\0\0\x16\x15\x15\x90P_a9vV[`\xFF\x81\x16\x90\x81\x15\x90\x81\x15a:HW[Pa:\x1DWP`\xFF\x81\x16\x90\x81\x15\x90\x81\x15a:\x10W[Pa9\xE5WPV[\x7Fc[5\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xFC\x91P\x16\x15\x15_a9\xDDV[\x7F\x90\x045\x10\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\x80\x91P\x16\x15\x15_a9\xC8V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x803\x14a:\xCFW\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R` `@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a:\xB3\x83a5\"V[Tc\xFF\xFF\xFF\xFF\x81\x16\x83R\x83\x1C\x16\x91\x82\x91\x01RB\x10\x15a16WPV[PV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x803\x14a;\x9FW\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`@_ \x90d\xFF\xFF\xFF\xFF\xFF`@Q\x92a;/\x84a5\"V[Tc\xFF\xFF\xFF\xFF\x81\x16\x84R` \x1C\x16\x80` \x84\x01RB\x10\x15a16WPc\xFF\xFF\xFF\xFF\x90Q\x16\x90c\xFF\xFF\xFF\xFF\x82\x19\x82\x16\x16a;fWPPV[c\xFF\xFF\xFF\xFF\x90\x7F\xCB\xB9\xFE\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x16`$R`DR`d_\xFD[PPV[a;\xB4a;\xAF\x82a5\xDBV[a9dV[a;\xD5a;\xC3` \x83\x01a6\x0CV[a;\xCF`@\x84\x01a6\x0CV[\x90a9\xB9V[``\x81\x01`\x80a;\xE4\x82a6BV[\x92\x01\x91d\xFF\xFF\xFF\xFF\xFF\x80a;\xF7\x85a6BV[\x16\x91\x16\x10\x80\x15\x90a<VW[a<\x0BWPPV[\x90d\xFF\xFF\xFF\xFF\xFFa<%a<\x1F\x82\x94a6BV[\x92a6BV[\x91\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R\x16`$R`D_\xFD[Pa<`\x82a6BV[d\xFF\xFF\xFF\xFF\xFFB\x91\x16\x11\x15a<\x03V[c\xFF\xFF\xFF\xFF\x16\x80_R`\x07` R`@_ `@Q\x90a<\x8F\x82a5\x06V[T\x90`\xFF\x82\x16\x15\x90\x81\x15\x81R`@`\xFF` \x83\x01\x94\x81\x81`\x08\x1C\x16\x15\x15\x86R`\x10\x1C\x16\x15\x15\x91\x01Ra<\xF4WQa<\xC9WPa9ba?IV[\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P\x7F\xFE6\x87\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[d\xFF\xFF\xFF\xFF\xFFa=\x80`\x80`\xA0\x94c\xFF\xFF\xFF\xFFa=<\x82a5\xDBV[\x16\x85R`\xFFa=M` \x83\x01a6\x0CV[\x16` \x86\x01R`\xFFa=a`@\x83\x01a6\x0CV[\x16`@\x86\x01R\x83a=t``\x83\x01a6BV[\x16``\x86\x01R\x01a6BV[\x16`\x80\x82\x01R\x01c\xFF\xFF\xFF\xFF`\x01\x81\x83Q\x16\x01\x16\x90RV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x14\x80a>\x98W[\x15a>\0W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[`@Q` \x81\x01\x90\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x82R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R`\xA0\x81Ra>\x92`\xC0\x82a5>V[Q\x90 \x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a=\xD7V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80c\xFF\xFF\xFF\xFF\x92\x94\x93\x94\x16\x92\x83_R`\x02` R`@_ \x83\x86\x16_R` R`@_ s\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01\x85\x83T`\x80\x1C\x16\x01`\x80\x1B\x16\x90U\x16\x92\x16\x90\x7F\x19{h\x1C\xB2\xBD\x99\xA0\x80\xB2\x0Fu\xE1z\xED#\xAE\x16\xFE+\xBC\xC6\xE2O\xA1T\x05\x93\x1B\xFC\x05|_\x80\xA4V[`\xFF`\x08T`@\x1C\x16a?XWV[\x7F\xF8\xAE+\xB7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[`B\x90a?\x8Ba=\x98V[\x90`@Q\x91\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x02\x83\x01R`\"\x82\x01R \x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x93\x92\x91\x84\x15a\x11\x06Wa?\xEC\x84\x84\x83aA\xD3V[P`\x04\x81\x10\x15aA\x1AW\x86\x90\x15\x91\x82a@\xFAW[PPa@\xF3W\x81;\x15\x92\x83\x15a@HW[PPP\x90Pa@\x1DWPV[\x7F`t0\x1B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[_\x93P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x86` \x97`d\x94`@Q\x96\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88R`\x04\x88\x01R`@`$\x88\x01R\x81`D\x88\x01R\x85\x87\x017\x86\x84\x82\x87\x01\x01R\x01\x16\x01\x91Z\xFA\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Q\x14`\x1F=\x11\x16\x16\x15\x80_\x80\x80a@\x11V[PPPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x90P\x85_a@\0V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81_R`\x05` R`@_ \x91`\xFF\x83T`\xE8\x1C\x16\x90\x81\x15aA\xA8W`\x01\x82\x03aAzWPPV[\x7F\xD6\xDA\xA8\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x7F\xE7/d\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`A\x83\x03aA\xFDWaA\xF6\x92P` \x81\x015\x91`@\x825\x92\x015_\x1A\x90aB^V[\x91\x92\x90\x91\x90V[PP_\x91`\x02\x91\x90V[`\xFF\x81\x16\x90`\x1F\x82\x11aB6W`@Q\x91aB#`@\x84a5>V[` \x80\x84R\x83\x81\x01\x91\x906\x837\x83RR\x90V[\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x91\x90\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11aB\xEDW\x91` \x93`\x80\x92`\xFF_\x95`@Q\x94\x85R\x16\x86\x84\x01R`@\x83\x01R``\x82\x01R\x82\x80R`\x01Z\xFA\x15aB\xE2W_Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15aB\xD8W\x90_\x90_\x90V[P_\x90`\x01\x90_\x90V[`@Q=_\x82>=\x90\xFD[PPP_\x91`\x03\x91\x90V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x60806040526004361015610011575f80fd5b5f3560e01c806301e38dfc14613185578063020d308d14612fe3578063025de1c114612e94578063073f5d9f14612e3c5780630ad36822146129d157806316c38b3c1461291e5780631c2d54711461287e5780631eb21e7e146127ad578063234db1de1461273f5780632ec9a64a146126a8578063345e6c4d146125ff5780633644e515146125bf5780633d7678741461256d578063567b7867146123d057806356edea44146121ac5780635badbe4c146121675780635c975abb146121245780635e19b305146120d9578063628da527146120175780636429080f14611b4f5780636dffff961461198f57806373da5d0a146115c35780637beb87641461147c57806384b0196e1461134a5780638a732227146112f25780639049ecdb1461126d57806392a7b65a1461112e57806392dca86f14610e1a578063b3cef09114610d2d578063bad9faa2146109af578063c1c5e6e114610825578063d50e0aab1461072e578063d955e4f01461056a578063dcee9fc6146103be578063de3a176d146102d85763efbcbd5c146101a5575f80fd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d4576101f390614147565b9063ffffffff825460a01c1691335f5260066020528263ffffffff60405f205416036102a457807d0400000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff73ffffffffffffffffffffffffffffffffffffffff9354161781555416907f4ee74ecfd67f9a189b21ee36d41ad6010740fd6b0589d48fa97d14d7f4d39d4d6020604051338152a4005b827f37105712000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b5f80fd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff81168091036102d4576103246136d9565b505f52600560205261010061033b60405f20613654565b64ffffffffff60e06040519273ffffffffffffffffffffffffffffffffffffffff815116845263ffffffff602082015116602085015282604082015116604085015260ff606082015116606085015260ff608082015116608085015260ff60a08201511660a085015263ffffffff60c08201511660c085015201511660e0820152f35b346102d45760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576103f5613311565b60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126102d45773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361053e5773ffffffffffffffffffffffffffffffffffffffff9063ffffffff61047f6135c8565b1661049557165f90815260066020526040812055005b165f52600660205260405f2063ffffffff6104ae6135c8565b167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000082541617815560443560ff811681036102d457815460643564ffffffffff811681036102d45764ff0000000069ffffffffff0000000000827fffffffffffffffffffffffffffffffffffffffffffff000000000000ffffffff935060281b169360201b169116171790555f80f35b7ff7534eff000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576105a1613311565b73ffffffffffffffffffffffffffffffffffffffff6105be613357565b911680331415806106ee575b610689575b805f52600260205260405f2063ffffffff83165f5260205260405f2064ffffffffff815460c01c164210156106535780547fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff169055339163ffffffff16907f840470becf281eb232ef5fab8805c799b9866ff7b417ee20bafd816751901e8a5f80a4005b63ffffffff83837fe90bdd94000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b63ffffffff8216801580156106d2575b6106a357506105cf565b7f37105712000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b50335f5260066020528063ffffffff60405f2054161415610699565b50805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205264ffffffffff60405f205460201c164210156105ca565b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457610765613311565b73ffffffffffffffffffffffffffffffffffffffff610782613357565b9161078b6136d9565b50165f52600260205263ffffffff60405f2091165f526020526101006107b360405f20613715565b64ffffffffff60e06040519263ffffffff815116845260ff602082015116602085015260ff604082015116604085015282606082015116606085015282608082015116608085015263ffffffff60a08201511660a085015263ffffffff60c08201511660c085015201511660e0820152f35b346102d45760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761085c613311565b610864613357565b906044359160643560843567ffffffffffffffff81116102d45761088c90369060040161344b565b918042116109845773ffffffffffffffffffffffffffffffffffffffff851690815f52600260205260405f2063ffffffff86165f5260205263ffffffff60405f205460801c16808803610954575061094c93929161095297610946926040519160208301937f660590cba9acb5539d51ed4e4a4ecf3efc0f0b3fb50ac4e1872179ac9d67c5588552604084015263ffffffff89166060840152608083015260a082015260a0815261093e60c08261353e565b519020613f80565b85613fc1565b81613ec1565b005b87907fe0cda4ad000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fc7fe91f1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d4576109fd90614147565b610a0681613654565b64ffffffffff60408201511680421015610cfe575073ffffffffffffffffffffffffffffffffffffffff81511690610a4a60c082019263ffffffff84511690613ad2565b6020810192610a5f63ffffffff855116613c70565b7d0200000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905564ffffffffff42169064ffffffffff60e082015116820164ffffffffff8111610cd15763ffffffff93857f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a973ffffffffffffffffffffffffffffffffffffffff95868651165f52600260205260405f208880855116165f5260205260405f20610c9c610b3082613715565b968a8751168852610c4360808a019860ff8a5116602082015260a08b019460ff865116604083015286606083015264ffffffffff8416608083015260a082018e60018183511601169052907cffffffffff00000000000000000000000000000000000000000000000060e063ffffffff83511664ff00000000602085015160201b161765ff0000000000604085015160281b16176affffffffff000000000000606085015160301b16176fffffffffff0000000000000000000000608085015160581b161773ffffffff0000000000000000000000000000000060a085015160801b161777ffffffff000000000000000000000000000000000000000060c085015160a01b161792015160c01b16179055565b60ff808c808d8d511699511699511699511693511693604051948594339a869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b0390a45116915116917f7fcde7eb2bdd65b21468c810b655adf85b6d91834fe9f144ff93b7e6c84a76ae6020604051338152a4005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b837f6d4acda4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d457610d7b90614147565b63ffffffff73ffffffffffffffffffffffffffffffffffffffff82541691610da283613a55565b7d0300000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161781555460a01c16917f08c7d786fb7b7e827bf687bcf60c8893512379e3cde94872553de1ea57343d6c6020604051338152a4005b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457610e51613311565b6024359060ff82168092036102d45773ffffffffffffffffffffffffffffffffffffffff16801561110657811580156110fc575b6110d057610e92336138d1565b9063ffffffff8251165f52600760205260ff60405f205460101c161561109d5760ff602083015116600181141580611092575b6110635750805f52600460205260405f209160405192610ee484613522565b549263ffffffff602060ff8616151592838152019460081c1684526110375763ffffffff611fff935116926201518064ffffffffff4216019064ffffffffff8211610cd15763ffffffff64ffffffffff93855f52600260205260405f208280835116165f52602052610ff28460405f20610fa48a871782907fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000083549260a01b169116179055565b907fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff7cffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b51169460405196875260443560208801521760408601521660608401527f2973099dec79c9e1804c26f6274a93eead665223530012ec9e7c0eddc629ce0060803394a4005b507feb397afd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7ffcfe5bcd000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b506002811415610ec5565b63ffffffff8251167f9e5fa272000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f40de3539000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060048211610e85565b7f2c84b37d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457611165613311565b61116d613334565b6044359182151583036102d45773ffffffffffffffffffffffffffffffffffffffff1691825f52600660205263ffffffff60405f2054169283156112425750825f52600760205260ff60405f205460081c16611216576040929173ffffffffffffffffffffffffffffffffffffffff91611209575b165f526002602052815f2063ffffffff82165f52602052815f205482519182526020820152f35b611211613f49565b6111e2565b827f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fc4361bfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576112a4613311565b73ffffffffffffffffffffffffffffffffffffffff6112c1613357565b91165f52600260205263ffffffff60405f2091165f52602052602063ffffffff60405f205460801c16604051908152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206040517f660590cba9acb5539d51ed4e4a4ecf3efc0f0b3fb50ac4e1872179ac9d67c5588152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576114206113a47f0000000000000000000000000000000000000000000000000000000000000000614207565b6113cd7f0000000000000000000000000000000000000000000000000000000000000000614207565b602061142e604051926113e0838561353e565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190613479565b908582036040870152613479565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b82811061146557505050500390f35b835185528695509381019392810192600101611456565b346102d45760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576114b361336a565b60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126102d45773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361053e5763ffffffff165f52600760205260405f2060243580151581036102d457815490151560ff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091909116178155604435801515908181036102d4575081546064358015158082036102d45762ff000061ff00917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ff935060101b169360081b169116171790555f80f35b346102d45773ffffffffffffffffffffffffffffffffffffffff6115e6366133c0565b916115f381949294613a55565b16805f52600260205260405f2063ffffffff84165f5260205260405f2061161981613715565b9063ffffffff825116156119595763ffffffff611635856135db565b8184511619161615801590611939575b8015611919575b80156118f7575b80156118d5575b61181f57611667846135db565b63ffffffff80845116911614806118b7575b80611899575b80611877575b80611855575b61181f57906117709161169d85613ba3565b6116a78583613d20565b907cffffffffff00000000000000000000000000000000000000000000000060e063ffffffff83511664ff00000000602085015160201b161765ff0000000000604085015160281b16176affffffffff000000000000606085015160301b16176fffffffffff0000000000000000000000608085015160581b161773ffffffff0000000000000000000000000000000060a085015160801b161777ffffffff000000000000000000000000000000000000000060c085015160a01b161792015160c01b16179055565b7f1c71cf6a8ac4c02e08107e670dc6ba47750d357d853a794a98f9771e26b37ce861179a836135db565b926117a76020820161360c565b61181a6117b66040840161360c565b926117cf60806117c860608401613642565b9201613642565b9060405194859463ffffffff339b1699869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b0390a4005b63ffffffff85847f764e33ce000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b5061186260808501613642565b64ffffffffff8060808501511691161461168b565b5061188460608501613642565b64ffffffffff80606085015116911614611685565b506118a66040850161360c565b60ff8060408501511691161461167f565b506118c46020850161360c565b60ff80602085015116911614611679565b506118e260808501613642565b64ffffffffff8060808501511691161161165a565b5061190460608501613642565b64ffffffffff80606085015116911610611653565b5060ff6119286040860161360c565b81604085015116191616151561164c565b5060ff6119486020860161360c565b816020850151161916161515611645565b63ffffffff85847fca35a56e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576119c661339d565b6119ce613357565b63fffc1fff8116611b1d57335f526004602052602060405f20604051906119f482613522565b549360ff8516159163ffffffff83159687835260081c169384910152159182159483611af9575b505050611aec575b604051611a2f81613522565b82815263ffffffff60208201921691828152335f526004602052611a8560405f2092511515839060ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691151516179055565b517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff64ffffffff0083549260081b16911617905560405191825260208201527f206ea3c60150f17411dc885e1e3555adefab0e2ee008b6619b43074d8fba757360403392a2005b611af4613f49565b611a23565b925090611b0a575b50838080611a1b565b63ffffffff915019821616151583611b01565b63ffffffff907fe450ecea000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b346102d4576101407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457611b87613311565b611b8f613357565b9060a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126102d45760e43590610104356101243567ffffffffffffffff81116102d457611be390369060040161344b565b949092824211611feb5773ffffffffffffffffffffffffffffffffffffffff811695865f52600260205260405f2063ffffffff84165f5260205260405f2094611c2b86613715565b9463ffffffff60a087015116808903611fbb57508890611c496135b5565b98611c526135ec565b611c5a6135fc565b611c6261361a565b90611c6b61362e565b9260405196602088017f77d6d7196c9b4c96bc584d646c4d5cf97a19f3e4e9f5559d2fc7c5653400cb259052604088015263ffffffff8b169d8e606089015263ffffffff16608088015260ff1660a087015260ff1660c086015264ffffffffff1660e085015264ffffffffff166101008401526101208301526101408201526101408152611cfb6101608261353e565b80519060200120611d0b90613f80565b611d1493613fc1565b60443563ffffffff16604435036102d457611d30604435613964565b60ff6064351680606435036102d45760ff60843516608435036102d457611d5b6084356064356139b9565b60a43564ffffffffff8116141590816102d45760c43564ffffffffff8116141592836102d45764ffffffffff60c4351664ffffffffff60a4351610801590611fa5575b611f5e57611dab90613c70565b63ffffffff604435168452602084015260ff6084351660408401526102d45764ffffffffff60a4351660608301526102d457611ece9164ffffffffff60c43516608083015263ffffffff60018160a085015116011660a0830152907cffffffffff00000000000000000000000000000000000000000000000060e063ffffffff83511664ff00000000602085015160201b161765ff0000000000604085015160281b16176affffffffff000000000000606085015160301b16176fffffffffff0000000000000000000000608085015160581b161773ffffffff0000000000000000000000000000000060a085015160801b161777ffffffff000000000000000000000000000000000000000060c085015160a01b161792015160c01b16179055565b817f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a9611ef86135b5565b611f006135ec565b9061181a611f0c6135fc565b611f1461361a565b611f1c61362e565b91604051958695869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b836102d4577f9bea228b000000000000000000000000000000000000000000000000000000005f5264ffffffffff60a4351660045264ffffffffff60c4351660245260445ffd5b505f93504260c43564ffffffffff161115611d9e565b88907fe0cda4ad000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827fc7fe91f1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761204e613311565b73ffffffffffffffffffffffffffffffffffffffff61206b613334565b9161207461359d565b50165f52600360205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f526020526040805f2064ffffffffff8251916120b483613522565b5481602063ffffffff831694858152019160201c168152835192835251166020820152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602061211a61211561336a565b61387e565b6040519015158152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602060ff60085460401c166040519015158152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602067ffffffffffffffff60085416604051908152f35b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576121e3613311565b6121eb613357565b906121f46133ac565b9073ffffffffffffffffffffffffffffffffffffffff811690815f52600260205260405f2063ffffffff85165f5260205260405f209081549063ffffffff821690811561239a579061224591613ad2565b64ffffffffff8160581c169364ffffffffff8116948086111561236a575042851115612330576fffffffffff00000000000000000000009061228687613c70565b60581b167fffffffffffffffffffffffff000000000000000000ffffffffffffffffffffff73ffffffff00000000000000000000000000000000600163ffffffff847fffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffff87161760801c160160801b169216171790556040519182527ff58f2ed9019ddb0689dd6109b7e840ae60a3057d6b0525e9bcd7a8f1c5dcc785602063ffffffff33951693a4005b8464ffffffffff837f9bea228b000000000000000000000000000000000000000000000000000000005f5260301c1660045260245260445ffd5b85907f04d0dddc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b63ffffffff87867fca35a56e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457612407613311565b61240f613357565b73ffffffffffffffffffffffffffffffffffffffff61242c6133ac565b92169182158015612564575b6125385764ffffffffff9061244c83613964565b164281111561250d5761245d613f49565b6124da63ffffffff6040519361247285613522565b168084526020808501848152335f908152600383526040808220898352845290209551865491517fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090921663ffffffff9190911617911b68ffffffffff000000001617909355565b60405191825260208201527fba94d5ae49efcb156f84b4d8946e66ec06a4687532fca41b11b6d8ea1ee1d45860403392a3005b7f37908424000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827f73176426000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50338314612438565b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576109526125a7613311565b6125af613357565b6125b882613a55565b3391613ec1565b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206125f7613d98565b604051908152f35b346102d45773ffffffffffffffffffffffffffffffffffffffff612622366133c0565b91612638612632849593956135db565b82613ad2565b61264183613ba3565b61264a84613c70565b16805f52600260205260405f2063ffffffff84165f5260205261267e60405f2061267381613715565b906116a78583613d20565b7f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a961179a836135db565b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45773ffffffffffffffffffffffffffffffffffffffff6126f4613311565b6126fc61359d565b50165f5260046020526040805f2063ffffffff82519161271b83613522565b5481602060ff8316151594858152019160081c168152835192835251166020820152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45773ffffffffffffffffffffffffffffffffffffffff6127f9613311565b61280161357f565b50165f52600660205261287a60405f2064ffffffffff6040519161282483613506565b5463ffffffff8116835260ff8160201c16602084015260281c16604082015260405191829182919091604064ffffffffff81606084019563ffffffff815116855260ff6020820151166020860152015116910152565b0390f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45763ffffffff6128ba61336a565b6128c261357f565b50165f526007602052606060405f20604051906128de82613506565b5460ff811615159182815260ff60406020830192828560081c1615158452019260101c161515825260405192835251151560208301525115156040820152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761295561339d565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016330361053e577fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff68ff000000000000000060085492151560401b169116176008555f80f35b346102d45760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457612a08613311565b612a10613357565b612a1861337d565b90612a2161338d565b906084359364ffffffffff85168095036102d45773ffffffffffffffffffffffffffffffffffffffff1691821561110657612a5b82613964565b612a6581856139b9565b84158015612e2f575b612e0357612a7b336138d1565b916008549567ffffffffffffffff87169667ffffffffffffffff8814610cd15767ffffffffffffffff60017fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000099011697889116176008556212750064ffffffffff4216019264ffffffffff8411610cd1578488955163ffffffff169360405194612b04866134bc565b88865260208601908152604086019664ffffffffff1695868852606081019460018652608082019b60ff169b8c815260a083019160ff169687835260c084019563ffffffff169a8b875260e08501958a87528d5f52600560205260405f20955173ffffffffffffffffffffffffffffffffffffffff1686547fffffffffffffffffffffffff0000000000000000000000000000000000000000161786555163ffffffff16612bf69086907fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000083549260a01b169116179055565b5184547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7cffffffffff000000000000000000000000000000000000000000000000161784555183549060e81b7dff0000000000000000000000000000000000000000000000000000000000167dff000000000000000000000000000000000000000000000000000000000016907fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617835551908254905160f81b7fff00000000000000000000000000000000000000000000000000000000000000169160f01b7eff00000000000000000000000000000000000000000000000000000000000016907dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617178155600101915163ffffffff1663ffffffff1682547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161782555164ffffffffff16612da391907fffffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffff68ffffffffff0000000083549260201b169116179055565b5163ffffffff169660405194338652602086015260408501526060840152608083015260a43560a083015260c082015260e07fc2566a9b4031dbab6d23b42f5a707f973369f75637df17b29e2ac6b9802e1efc91a4604051908152602090f35b847f8ea86008000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506303c267008511612a6e565b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206040517f77d6d7196c9b4c96bc584d646c4d5cf97a19f3e4e9f5559d2fc7c5653400cb258152f35b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457612ecb613311565b6024359081151582036102d45773ffffffffffffffffffffffffffffffffffffffff90612ef661357f565b50612eff61357f565b5016805f52600660205260405f209060405191612f1b83613506565b5464ffffffffff63ffffffff82169182855260ff8160201c16602086015260281c16604084015215611242575063ffffffff8151165f52600760205260ff60405f205460081c16612fb05761287a91612fa3575b60408051825163ffffffff16815260208084015160ff16908201529181015164ffffffffff16908201529081906060820190565b612fab613f49565b612f6f565b63ffffffff9051167f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761301a613311565b73ffffffffffffffffffffffffffffffffffffffff613037613334565b91168033141580613165575b61313657805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205264ffffffffff60405f205460201c16156130f057805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f526020525f604081205573ffffffffffffffffffffffffffffffffffffffff339216907ff706b3b70da5d5dada9b3c7d9f14e4f6c280183742a82ea2f951653070b0f1955f80a4005b9073ffffffffffffffffffffffffffffffffffffffff917fd7efe6e5000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b7f062943c5000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b5073ffffffffffffffffffffffffffffffffffffffff8216331415613043565b346102d45760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576131bc613311565b6131c4613357565b6131cc61337d565b6131d461338d565b6084359060ff82168083036102d45760ff841660128110156132e6575060ff821660078110156132bb57506002811015613290575073ffffffffffffffffffffffffffffffffffffffff61324f9495165f52600260205260405f2063ffffffff86165f5260205261324760405f20613715565b92429361378f565b9060ff82161515908161327f575b50613278575b60ff6040911681519080151582526020820152f35b505f613263565b613289915061387e565b158261325d565b7f7332eff2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f5aae5cda000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f7d7fd975000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6004359073ffffffffffffffffffffffffffffffffffffffff821682036102d457565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036102d457565b6024359063ffffffff821682036102d457565b6004359063ffffffff821682036102d457565b6044359060ff821682036102d457565b6064359060ff821682036102d457565b6004359081151582036102d457565b6044359064ffffffffff821682036102d457565b60e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8201126102d45760043573ffffffffffffffffffffffffffffffffffffffff811681036102d4579160243563ffffffff811681036102d4577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc60a0919301126102d457604490565b9181601f840112156102d45782359167ffffffffffffffff83116102d457602083818601950101116102d457565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b610100810190811067ffffffffffffffff8211176134d957604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6060810190811067ffffffffffffffff8211176134d957604052565b6040810190811067ffffffffffffffff8211176134d957604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176134d957604052565b6040519061358c82613506565b5f6040838281528260208201520152565b604051906135aa82613522565b5f6020838281520152565b60443563ffffffff811681036102d45790565b60243563ffffffff811681036102d45790565b3563ffffffff811681036102d45790565b60643560ff811681036102d45790565b60843560ff811681036102d45790565b3560ff811681036102d45790565b60a43564ffffffffff811681036102d45790565b60c43564ffffffffff811681036102d45790565b3564ffffffffff811681036102d45790565b90604051613661816134bc565b60e064ffffffffff60018395805473ffffffffffffffffffffffffffffffffffffffff8116865263ffffffff8160a01c166020870152838160c01c16604087015260ff8160e81c16606087015260ff8160f01c16608087015260f81c60a0860152015463ffffffff811660c085015260201c16910152565b604051906136e6826134bc565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b61371d6136d9565b505464ffffffffff61372d6136d9565b9163ffffffff8116835260ff8160201c16602084015260ff8160281c166040840152818160301c166060840152818160581c16608084015263ffffffff8160801c1660a084015263ffffffff8160a01c1660c084015260c01c1660e082015290565b9190939260018060ff63ffffffff865116971696871c16149081613864575b8161384a575b5080613835575b80613821575b6138185760ff1660011492836137fd575b50826137e8575b50506137e3575f90565b600290565b60e0015164ffffffffff161190505f806137d9565b60c082015163ffffffff16901c60019081161492505f6137d2565b50505050600190565b5064ffffffffff60808301511683106137c1565b508264ffffffffff60608401511611156137bb565b60019150819060ff8060408701511691161c16145f6137b4565b905060018060ff60208601511660ff85161c1614906137ae565b63ffffffff165f52600760205260405f206040519061389c82613506565b5460ff8116151591828152604060ff808460081c1615938415602085015260101c161515910152816138cc575090565b905090565b73ffffffffffffffffffffffffffffffffffffffff906138ef61357f565b501690815f52600660205260405f206040519061390b82613506565b549264ffffffffff63ffffffff85169485845260ff8160201c16602085015260281c166040830152819315611242575063ffffffff8151165f52600760205260ff60405f205460081c16612fb05750613962613f49565b565b63ffffffff81169081159081156139a9575b5061397e5750565b7fe450ecea000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63fffc000016151590505f613976565b60ff8116908115908115613a48575b50613a1d575060ff8116908115908115613a10575b506139e55750565b7f635b35bb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60fc91501615155f6139dd565b7f90043510000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b608091501615155f6139c8565b73ffffffffffffffffffffffffffffffffffffffff16803314613acf57805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f52602052602060405f2064ffffffffff60405191613ab383613522565b5463ffffffff81168352831c1691829101524210156131365750565b50565b73ffffffffffffffffffffffffffffffffffffffff16803314613b9f57805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f209064ffffffffff60405192613b2f84613522565b5463ffffffff8116845260201c16806020840152421015613136575063ffffffff9051169063ffffffff8219821616613b66575050565b63ffffffff907fcbb9fea2000000000000000000000000000000000000000000000000000000005f52336004521660245260445260645ffd5b5050565b613bb4613baf826135db565b613964565b613bd5613bc36020830161360c565b613bcf6040840161360c565b906139b9565b606081016080613be482613642565b92019164ffffffffff80613bf785613642565b16911610801590613c56575b613c0b575050565b9064ffffffffff613c25613c1f8294613642565b92613642565b917f9bea228b000000000000000000000000000000000000000000000000000000005f52166004521660245260445ffd5b50613c6082613642565b64ffffffffff4291161115613c03565b63ffffffff16805f52600760205260405f2060405190613c8f82613506565b549060ff8216159081158152604060ff6020830194818160081c161515865260101c161515910152613cf45751613cc95750613962613f49565b7f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507ffe3687c6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b64ffffffffff613d80608060a09463ffffffff613d3c826135db565b16855260ff613d4d6020830161360c565b16602086015260ff613d616040830161360c565b16604086015283613d7460608301613642565b16606086015201613642565b1660808201520163ffffffff60018183511601169052565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480613e98575b15613e00577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a08152613e9260c08261353e565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614613dd7565b73ffffffffffffffffffffffffffffffffffffffff8063ffffffff929493941692835f52600260205260405f208386165f5260205260405f2073ffffffff00000000000000000000000000000000600185835460801c160160801b169055169216907f197b681cb2bd99a080b20f75e17aed23ae16fe2bbcc6e24fa15405931bfc057c5f80a4565b60ff60085460401c16613f5857565b7ff8ae2bb7000000000000000000000000000000000000000000000000000000005f5260045ffd5b604290613f8b613d98565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b73ffffffffffffffffffffffffffffffffffffffff8116939291841561110657613fec8484836141d3565b50600481101561411a5786901591826140fa575b50506140f357813b15928315614048575b505050905061401d5750565b7f6074301b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f93507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f86602097606494604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161615805f8080614011565b5050505050565b73ffffffffffffffffffffffffffffffffffffffff16149050855f614000565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b67ffffffffffffffff1690815f52600560205260405f209160ff835460e81c169081156141a8576001820361417a575050565b7fd6daa8e8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fe72f6412000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90604183036141fd576141f69250602081013591604082359201355f1a9061425e565b9192909190565b50505f9160029190565b60ff811690601f8211614236576040519161422360408461353e565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116142ed579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156142e2575f5173ffffffffffffffffffffffffffffffffffffffff8116156142d857905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10\x15a\0\x11W_\x80\xFD[_5`\xE0\x1C\x80c\x01\xE3\x8D\xFC\x14a1\x85W\x80c\x02\r0\x8D\x14a/\xE3W\x80c\x02]\xE1\xC1\x14a.\x94W\x80c\x07?]\x9F\x14a.<W\x80c\n\xD3h\"\x14a)\xD1W\x80c\x16\xC3\x8B<\x14a)\x1EW\x80c\x1C-Tq\x14a(~W\x80c\x1E\xB2\x1E~\x14a'\xADW\x80c#M\xB1\xDE\x14a'?W\x80c.\xC9\xA6J\x14a&\xA8W\x80c4^lM\x14a%\xFFW\x80c6D\xE5\x15\x14a%\xBFW\x80c=vxt\x14a%mW\x80cV{xg\x14a#\xD0W\x80cV\xED\xEAD\x14a!\xACW\x80c[\xAD\xBEL\x14a!gW\x80c\\\x97Z\xBB\x14a!$W\x80c^\x19\xB3\x05\x14a \xD9W\x80cb\x8D\xA5'\x14a \x17W\x80cd)\x08\x0F\x14a\x1BOW\x80cm\xFF\xFF\x96\x14a\x19\x8FW\x80cs\xDA]\n\x14a\x15\xC3W\x80c{\xEB\x87d\x14a\x14|W\x80c\x84\xB0\x19n\x14a\x13JW\x80c\x8As\"'\x14a\x12\xF2W\x80c\x90I\xEC\xDB\x14a\x12mW\x80c\x92\xA7\xB6Z\x14a\x11.W\x80c\x92\xDC\xA8o\x14a\x0E\x1AW\x80c\xB3\xCE\xF0\x91\x14a\r-W\x80c\xBA\xD9\xFA\xA2\x14a\t\xAFW\x80c\xC1\xC5\xE6\xE1\x14a\x08%W\x80c\xD5\x0E\n\xAB\x14a\x07.W\x80c\xD9U\xE4\xF0\x14a\x05jW\x80c\xDC\xEE\x9F\xC6\x14a\x03\xBEW\x80c\xDE:\x17m\x14a\x02\xD8Wc\xEF\xBC\xBD\\\x14a\x01\xA5W_\x80\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\x01\xF3\x90aAGV[\x90c\xFF\xFF\xFF\xFF\x82T`\xA0\x1C\x16\x913_R`\x06` R\x82c\xFF\xFF\xFF\xFF`@_ T\x16\x03a\x02\xA4W\x80}\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93T\x16\x17\x81UT\x16\x90\x7FN\xE7N\xCF\xD6\x7F\x9A\x18\x9B!\xEE6\xD4\x1A\xD6\x01\x07@\xFDk\x05\x89\xD4\x8F\xA9}\x14\xD7\xF4\xD3\x9DM` `@Q3\x81R\xA4\0[\x82\x7F7\x10W\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[_\x80\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x91\x03a\x02\xD4Wa\x03$a6\xD9V[P_R`\x05` Ra\x01\0a\x03;`@_ a6TV[d\xFF\xFF\xFF\xFF\xFF`\xE0`@Q\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x84Rc\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x85\x01R\x82`@\x82\x01Q\x16`@\x85\x01R`\xFF``\x82\x01Q\x16``\x85\x01R`\xFF`\x80\x82\x01Q\x16`\x80\x85\x01R`\xFF`\xA0\x82\x01Q\x16`\xA0\x85\x01Rc\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x85\x01R\x01Q\x16`\xE0\x82\x01R\xF3[4a\x02\xD4W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x03\xF5a3\x11V[``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05>Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90c\xFF\xFF\xFF\xFFa\x04\x7Fa5\xC8V[\x16a\x04\x95W\x16_\x90\x81R`\x06` R`@\x81 U\0[\x16_R`\x06` R`@_ c\xFF\xFF\xFF\xFFa\x04\xAEa5\xC8V[\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x82T\x16\x17\x81U`D5`\xFF\x81\x16\x81\x03a\x02\xD4W\x81T`d5d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4Wd\xFF\0\0\0\0i\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\x93P`(\x1B\x16\x93` \x1B\x16\x91\x16\x17\x17\x90U_\x80\xF3[\x7F\xF7SN\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x05\xA1a3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x05\xBEa3WV[\x91\x16\x803\x14\x15\x80a\x06\xEEW[a\x06\x89W[\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ d\xFF\xFF\xFF\xFF\xFF\x81T`\xC0\x1C\x16B\x10\x15a\x06SW\x80T\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U3\x91c\xFF\xFF\xFF\xFF\x16\x90\x7F\x84\x04p\xBE\xCF(\x1E\xB22\xEF_\xAB\x88\x05\xC7\x99\xB9\x86o\xF7\xB4\x17\xEE \xBA\xFD\x81gQ\x90\x1E\x8A_\x80\xA4\0[c\xFF\xFF\xFF\xFF\x83\x83\x7F\xE9\x0B\xDD\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[c\xFF\xFF\xFF\xFF\x82\x16\x80\x15\x80\x15a\x06\xD2W[a\x06\xA3WPa\x05\xCFV[\x7F7\x10W\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P3_R`\x06` R\x80c\xFF\xFF\xFF\xFF`@_ T\x16\x14\x15a\x06\x99V[P\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T` \x1C\x16B\x10\x15a\x05\xCAV[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x07ea3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x07\x82a3WV[\x91a\x07\x8Ba6\xD9V[P\x16_R`\x02` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` Ra\x01\0a\x07\xB3`@_ a7\x15V[d\xFF\xFF\xFF\xFF\xFF`\xE0`@Q\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x84R`\xFF` \x82\x01Q\x16` \x85\x01R`\xFF`@\x82\x01Q\x16`@\x85\x01R\x82``\x82\x01Q\x16``\x85\x01R\x82`\x80\x82\x01Q\x16`\x80\x85\x01Rc\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x85\x01Rc\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x85\x01R\x01Q\x16`\xE0\x82\x01R\xF3[4a\x02\xD4W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x08\\a3\x11V[a\x08da3WV[\x90`D5\x91`d5`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\xD4Wa\x08\x8C\x906\x90`\x04\x01a4KV[\x91\x80B\x11a\t\x84Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` Rc\xFF\xFF\xFF\xFF`@_ T`\x80\x1C\x16\x80\x88\x03a\tTWPa\tL\x93\x92\x91a\tR\x97a\tF\x92`@Q\x91` \x83\x01\x93\x7Ff\x05\x90\xCB\xA9\xAC\xB5S\x9DQ\xEDNJN\xCF>\xFC\x0F\x0B?\xB5\n\xC4\xE1\x87!y\xAC\x9Dg\xC5X\x85R`@\x84\x01Rc\xFF\xFF\xFF\xFF\x89\x16``\x84\x01R`\x80\x83\x01R`\xA0\x82\x01R`\xA0\x81Ra\t>`\xC0\x82a5>V[Q\x90 a?\x80V[\x85a?\xC1V[\x81a>\xC1V[\0[\x87\x90\x7F\xE0\xCD\xA4\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x7F\xC7\xFE\x91\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\t\xFD\x90aAGV[a\n\x06\x81a6TV[d\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16\x80B\x10\x15a\x0C\xFEWPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x90a\nJ`\xC0\x82\x01\x92c\xFF\xFF\xFF\xFF\x84Q\x16\x90a:\xD2V[` \x81\x01\x92a\n_c\xFF\xFF\xFF\xFF\x85Q\x16a<pV[}\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90Ud\xFF\xFF\xFF\xFF\xFFB\x16\x90d\xFF\xFF\xFF\xFF\xFF`\xE0\x82\x01Q\x16\x82\x01d\xFF\xFF\xFF\xFF\xFF\x81\x11a\x0C\xD1Wc\xFF\xFF\xFF\xFF\x93\x85\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x86\x86Q\x16_R`\x02` R`@_ \x88\x80\x85Q\x16\x16_R` R`@_ a\x0C\x9Ca\x0B0\x82a7\x15V[\x96\x8A\x87Q\x16\x88Ra\x0CC`\x80\x8A\x01\x98`\xFF\x8AQ\x16` \x82\x01R`\xA0\x8B\x01\x94`\xFF\x86Q\x16`@\x83\x01R\x86``\x83\x01Rd\xFF\xFF\xFF\xFF\xFF\x84\x16`\x80\x83\x01R`\xA0\x82\x01\x8E`\x01\x81\x83Q\x16\x01\x16\x90R\x90|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0c\xFF\xFF\xFF\xFF\x83Q\x16d\xFF\0\0\0\0` \x85\x01Q` \x1B\x16\x17e\xFF\0\0\0\0\0`@\x85\x01Q`(\x1B\x16\x17j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0``\x85\x01Q`0\x1B\x16\x17o\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0`\x80\x85\x01Q`X\x1B\x16\x17s\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x85\x01Q`\x80\x1B\x16\x17w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x85\x01Q`\xA0\x1B\x16\x17\x92\x01Q`\xC0\x1B\x16\x17\x90UV[`\xFF\x80\x8C\x80\x8D\x8DQ\x16\x99Q\x16\x99Q\x16\x99Q\x16\x93Q\x16\x93`@Q\x94\x85\x943\x9A\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x03\x90\xA4Q\x16\x91Q\x16\x91\x7F\x7F\xCD\xE7\xEB+\xDDe\xB2\x14h\xC8\x10\xB6U\xAD\xF8[m\x91\x83O\xE9\xF1D\xFF\x93\xB7\xE6\xC8Jv\xAE` `@Q3\x81R\xA4\0[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x83\x7FmJ\xCD\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\r{\x90aAGV[c\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x91a\r\xA2\x83a:UV[}\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x81UT`\xA0\x1C\x16\x91\x7F\x08\xC7\xD7\x86\xFB{~\x82{\xF6\x87\xBC\xF6\x0C\x88\x93Q#y\xE3\xCD\xE9HrU=\xE1\xEAW4=l` `@Q3\x81R\xA4\0[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x0EQa3\x11V[`$5\x90`\xFF\x82\x16\x80\x92\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x11\x06W\x81\x15\x80\x15a\x10\xFCW[a\x10\xD0Wa\x0E\x923a8\xD1V[\x90c\xFF\xFF\xFF\xFF\x82Q\x16_R`\x07` R`\xFF`@_ T`\x10\x1C\x16\x15a\x10\x9DW`\xFF` \x83\x01Q\x16`\x01\x81\x14\x15\x80a\x10\x92W[a\x10cWP\x80_R`\x04` R`@_ \x91`@Q\x92a\x0E\xE4\x84a5\"V[T\x92c\xFF\xFF\xFF\xFF` `\xFF\x86\x16\x15\x15\x92\x83\x81R\x01\x94`\x08\x1C\x16\x84Ra\x107Wc\xFF\xFF\xFF\xFFa\x1F\xFF\x93Q\x16\x92b\x01Q\x80d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x90d\xFF\xFF\xFF\xFF\xFF\x82\x11a\x0C\xD1Wc\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x93\x85_R`\x02` R`@_ \x82\x80\x83Q\x16\x16_R` Ra\x0F\xF2\x84`@_ a\x0F\xA4\x8A\x87\x17\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA0\x1B\x16\x91\x16\x17\x90UV[\x90\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xC0\x1B\x16\x91\x16\x17\x90UV[Q\x16\x94`@Q\x96\x87R`D5` \x88\x01R\x17`@\x86\x01R\x16``\x84\x01R\x7F)s\t\x9D\xECy\xC9\xE1\x80L&\xF6'J\x93\xEE\xADfR#S\0\x12\xEC\x9E|\x0E\xDD\xC6)\xCE\0`\x803\x94\xA4\0[P\x7F\xEB9z\xFD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\xFC\xFE[\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P`\x02\x81\x14\x15a\x0E\xC5V[c\xFF\xFF\xFF\xFF\x82Q\x16\x7F\x9E_\xA2r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P\x7F@\xDE59\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x04\x82\x11a\x0E\x85V[\x7F,\x84\xB3}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x11ea3\x11V[a\x11ma34V[`D5\x91\x82\x15\x15\x83\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x82_R`\x06` Rc\xFF\xFF\xFF\xFF`@_ T\x16\x92\x83\x15a\x12BWP\x82_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a\x12\x16W`@\x92\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91a\x12\tW[\x16_R`\x02` R\x81_ c\xFF\xFF\xFF\xFF\x82\x16_R` R\x81_ T\x82Q\x91\x82R` \x82\x01R\xF3[a\x12\x11a?IV[a\x11\xE2V[\x82\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\xC46\x1B\xFA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x12\xA4a3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x12\xC1a3WV[\x91\x16_R`\x02` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R` c\xFF\xFF\xFF\xFF`@_ T`\x80\x1C\x16`@Q\x90\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Q\x7Ff\x05\x90\xCB\xA9\xAC\xB5S\x9DQ\xEDNJN\xCF>\xFC\x0F\x0B?\xB5\n\xC4\xE1\x87!y\xAC\x9Dg\xC5X\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x14 a\x13\xA4\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aB\x07V[a\x13\xCD\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aB\x07V[` a\x14.`@Q\x92a\x13\xE0\x83\x85a5>V[_\x84R_6\x817`@Q\x95\x86\x95\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87R`\xE0\x85\x88\x01R`\xE0\x87\x01\x90a4yV[\x90\x85\x82\x03`@\x87\x01Ra4yV[F``\x85\x01R0`\x80\x85\x01R_`\xA0\x85\x01R\x83\x81\x03`\xC0\x85\x01R\x81\x80\x84Q\x92\x83\x81R\x01\x93\x01\x91_[\x82\x81\x10a\x14eWPPPP\x03\x90\xF3[\x83Q\x85R\x86\x95P\x93\x81\x01\x93\x92\x81\x01\x92`\x01\x01a\x14VV[4a\x02\xD4W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x14\xB3a3jV[``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05>Wc\xFF\xFF\xFF\xFF\x16_R`\x07` R`@_ `$5\x80\x15\x15\x81\x03a\x02\xD4W\x81T\x90\x15\x15`\xFF\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x91\x90\x91\x16\x17\x81U`D5\x80\x15\x15\x90\x81\x81\x03a\x02\xD4WP\x81T`d5\x80\x15\x15\x80\x82\x03a\x02\xD4Wb\xFF\0\0a\xFF\0\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\x93P`\x10\x1B\x16\x93`\x08\x1B\x16\x91\x16\x17\x17\x90U_\x80\xF3[4a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x15\xE66a3\xC0V[\x91a\x15\xF3\x81\x94\x92\x94a:UV[\x16\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`@_ a\x16\x19\x81a7\x15V[\x90c\xFF\xFF\xFF\xFF\x82Q\x16\x15a\x19YWc\xFF\xFF\xFF\xFFa\x165\x85a5\xDBV[\x81\x84Q\x16\x19\x16\x16\x15\x80\x15\x90a\x199W[\x80\x15a\x19\x19W[\x80\x15a\x18\xF7W[\x80\x15a\x18\xD5W[a\x18\x1FWa\x16g\x84a5\xDBV[c\xFF\xFF\xFF\xFF\x80\x84Q\x16\x91\x16\x14\x80a\x18\xB7W[\x80a\x18\x99W[\x80a\x18wW[\x80a\x18UW[a\x18\x1FW\x90a\x17p\x91a\x16\x9D\x85a;\xA3V[a\x16\xA7\x85\x83a= V[\x90|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0c\xFF\xFF\xFF\xFF\x83Q\x16d\xFF\0\0\0\0` \x85\x01Q` \x1B\x16\x17e\xFF\0\0\0\0\0`@\x85\x01Q`(\x1B\x16\x17j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0``\x85\x01Q`0\x1B\x16\x17o\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0`\x80\x85\x01Q`X\x1B\x16\x17s\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x85\x01Q`\x80\x1B\x16\x17w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x85\x01Q`\xA0\x1B\x16\x17\x92\x01Q`\xC0\x1B\x16\x17\x90UV[\x7F\x1Cq\xCFj\x8A\xC4\xC0.\x08\x10~g\r\xC6\xBAGu\r5}\x85:yJ\x98\xF9w\x1E&\xB3|\xE8a\x17\x9A\x83a5\xDBV[\x92a\x17\xA7` \x82\x01a6\x0CV[a\x18\x1Aa\x17\xB6`@\x84\x01a6\x0CV[\x92a\x17\xCF`\x80a\x17\xC8``\x84\x01a6BV[\x92\x01a6BV[\x90`@Q\x94\x85\x94c\xFF\xFF\xFF\xFF3\x9B\x16\x99\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x03\x90\xA4\0[c\xFF\xFF\xFF\xFF\x85\x84\x7FvN3\xCE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[Pa\x18b`\x80\x85\x01a6BV[d\xFF\xFF\xFF\xFF\xFF\x80`\x80\x85\x01Q\x16\x91\x16\x14a\x16\x8BV[Pa\x18\x84``\x85\x01a6BV[d\xFF\xFF\xFF\xFF\xFF\x80``\x85\x01Q\x16\x91\x16\x14a\x16\x85V[Pa\x18\xA6`@\x85\x01a6\x0CV[`\xFF\x80`@\x85\x01Q\x16\x91\x16\x14a\x16\x7FV[Pa\x18\xC4` \x85\x01a6\x0CV[`\xFF\x80` \x85\x01Q\x16\x91\x16\x14a\x16yV[Pa\x18\xE2`\x80\x85\x01a6BV[d\xFF\xFF\xFF\xFF\xFF\x80`\x80\x85\x01Q\x16\x91\x16\x11a\x16ZV[Pa\x19\x04``\x85\x01a6BV[d\xFF\xFF\xFF\xFF\xFF\x80``\x85\x01Q\x16\x91\x16\x10a\x16SV[P`\xFFa\x19(`@\x86\x01a6\x0CV[\x81`@\x85\x01Q\x16\x19\x16\x16\x15\x15a\x16LV[P`\xFFa\x19H` \x86\x01a6\x0CV[\x81` \x85\x01Q\x16\x19\x16\x16\x15\x15a\x16EV[c\xFF\xFF\xFF\xFF\x85\x84\x7F\xCA5\xA5n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x19\xC6a3\x9DV[a\x19\xCEa3WV[c\xFF\xFC\x1F\xFF\x81\x16a\x1B\x1DW3_R`\x04` R` `@_ `@Q\x90a\x19\xF4\x82a5\"V[T\x93`\xFF\x85\x16\x15\x91c\xFF\xFF\xFF\xFF\x83\x15\x96\x87\x83R`\x08\x1C\x16\x93\x84\x91\x01R\x15\x91\x82\x15\x94\x83a\x1A\xF9W[PPPa\x1A\xECW[`@Qa\x1A/\x81a5\"V[\x82\x81Rc\xFF\xFF\xFF\xFF` \x82\x01\x92\x16\x91\x82\x81R3_R`\x04` Ra\x1A\x85`@_ \x92Q\x15\x15\x83\x90`\xFF\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83T\x16\x91\x15\x15\x16\x17\x90UV[Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFFd\xFF\xFF\xFF\xFF\0\x83T\x92`\x08\x1B\x16\x91\x16\x17\x90U`@Q\x91\x82R` \x82\x01R\x7F n\xA3\xC6\x01P\xF1t\x11\xDC\x88^\x1E5U\xAD\xEF\xAB\x0E.\xE0\x08\xB6a\x9BC\x07M\x8F\xBAus`@3\x92\xA2\0[a\x1A\xF4a?IV[a\x1A#V[\x92P\x90a\x1B\nW[P\x83\x80\x80a\x1A\x1BV[c\xFF\xFF\xFF\xFF\x91P\x19\x82\x16\x16\x15\x15\x83a\x1B\x01V[c\xFF\xFF\xFF\xFF\x90\x7F\xE4P\xEC\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R`$_\xFD[4a\x02\xD4Wa\x01@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x1B\x87a3\x11V[a\x1B\x8Fa3WV[\x90`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC6\x01\x12a\x02\xD4W`\xE45\x90a\x01\x045a\x01$5g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\xD4Wa\x1B\xE3\x906\x90`\x04\x01a4KV[\x94\x90\x92\x82B\x11a\x1F\xEBWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x95\x86_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`@_ \x94a\x1C+\x86a7\x15V[\x94c\xFF\xFF\xFF\xFF`\xA0\x87\x01Q\x16\x80\x89\x03a\x1F\xBBWP\x88\x90a\x1CIa5\xB5V[\x98a\x1CRa5\xECV[a\x1CZa5\xFCV[a\x1Cba6\x1AV[\x90a\x1Cka6.V[\x92`@Q\x96` \x88\x01\x7Fw\xD6\xD7\x19l\x9BL\x96\xBCXMdlM\\\xF9z\x19\xF3\xE4\xE9\xF5U\x9D/\xC7\xC5e4\0\xCB%\x90R`@\x88\x01Rc\xFF\xFF\xFF\xFF\x8B\x16\x9D\x8E``\x89\x01Rc\xFF\xFF\xFF\xFF\x16`\x80\x88\x01R`\xFF\x16`\xA0\x87\x01R`\xFF\x16`\xC0\x86\x01Rd\xFF\xFF\xFF\xFF\xFF\x16`\xE0\x85\x01Rd\xFF\xFF\xFF\xFF\xFF\x16a\x01\0\x84\x01Ra\x01 \x83\x01Ra\x01@\x82\x01Ra\x01@\x81Ra\x1C\xFBa\x01`\x82a5>V[\x80Q\x90` \x01 a\x1D\x0B\x90a?\x80V[a\x1D\x14\x93a?\xC1V[`D5c\xFF\xFF\xFF\xFF\x16`D5\x03a\x02\xD4Wa\x1D0`D5a9dV[`\xFF`d5\x16\x80`d5\x03a\x02\xD4W`\xFF`\x845\x16`\x845\x03a\x02\xD4Wa\x1D[`\x845`d5a9\xB9V[`\xA45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x14\x15\x90\x81a\x02\xD4W`\xC45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x14\x15\x92\x83a\x02\xD4Wd\xFF\xFF\xFF\xFF\xFF`\xC45\x16d\xFF\xFF\xFF\xFF\xFF`\xA45\x16\x10\x80\x15\x90a\x1F\xA5W[a\x1F^Wa\x1D\xAB\x90a<pV[c\xFF\xFF\xFF\xFF`D5\x16\x84R` \x84\x01R`\xFF`\x845\x16`@\x84\x01Ra\x02\xD4Wd\xFF\xFF\xFF\xFF\xFF`\xA45\x16``\x83\x01Ra\x02\xD4Wa\x1E\xCE\x91d\xFF\xFF\xFF\xFF\xFF`\xC45\x16`\x80\x83\x01Rc\xFF\xFF\xFF\xFF`\x01\x81`\xA0\x85\x01Q\x16\x01\x16`\xA0\x83\x01R\x90|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0c\xFF\xFF\xFF\xFF\x83Q\x16d\xFF\0\0\0\0` \x85\x01Q` \x1B\x16\x17e\xFF\0\0\0\0\0`@\x85\x01Q`(\x1B\x16\x17j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0``\x85\x01Q`0\x1B\x16\x17o\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0`\x80\x85\x01Q`X\x1B\x16\x17s\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x85\x01Q`\x80\x1B\x16\x17w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x85\x01Q`\xA0\x1B\x16\x17\x92\x01Q`\xC0\x1B\x16\x17\x90UV[\x81\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9a\x1E\xF8a5\xB5V[a\x1F\0a5\xECV[\x90a\x18\x1Aa\x1F\x0Ca5\xFCV[a\x1F\x14a6\x1AV[a\x1F\x1Ca6.V[\x91`@Q\x95\x86\x95\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x83a\x02\xD4W\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Rd\xFF\xFF\xFF\xFF\xFF`\xA45\x16`\x04Rd\xFF\xFF\xFF\xFF\xFF`\xC45\x16`$R`D_\xFD[P_\x93PB`\xC45d\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1D\x9EV[\x88\x90\x7F\xE0\xCD\xA4\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x82\x7F\xC7\xFE\x91\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa Na3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa ka34V[\x91a ta5\x9DV[P\x16_R`\x03` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R`@\x80_ d\xFF\xFF\xFF\xFF\xFF\x82Q\x91a \xB4\x83a5\"V[T\x81` c\xFF\xFF\xFF\xFF\x83\x16\x94\x85\x81R\x01\x91` \x1C\x16\x81R\x83Q\x92\x83RQ\x16` \x82\x01R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` a!\x1Aa!\x15a3jV[a8~V[`@Q\x90\x15\x15\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `\xFF`\x08T`@\x1C\x16`@Q\x90\x15\x15\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x08T\x16`@Q\x90\x81R\xF3[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa!\xE3a3\x11V[a!\xEBa3WV[\x90a!\xF4a3\xACV[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x85\x16_R` R`@_ \x90\x81T\x90c\xFF\xFF\xFF\xFF\x82\x16\x90\x81\x15a#\x9AW\x90a\"E\x91a:\xD2V[d\xFF\xFF\xFF\xFF\xFF\x81`X\x1C\x16\x93d\xFF\xFF\xFF\xFF\xFF\x81\x16\x94\x80\x86\x11\x15a#jWPB\x85\x11\x15a#0Wo\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\x90a\"\x86\x87a<pV[`X\x1B\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01c\xFF\xFF\xFF\xFF\x84\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x17`\x80\x1C\x16\x01`\x80\x1B\x16\x92\x16\x17\x17\x90U`@Q\x91\x82R\x7F\xF5\x8F.\xD9\x01\x9D\xDB\x06\x89\xDDa\t\xB7\xE8@\xAE`\xA3\x05}k\x05%\xE9\xBC\xD7\xA8\xF1\xC5\xDC\xC7\x85` c\xFF\xFF\xFF\xFF3\x95\x16\x93\xA4\0[\x84d\xFF\xFF\xFF\xFF\xFF\x83\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`0\x1C\x16`\x04R`$R`D_\xFD[\x85\x90\x7F\x04\xD0\xDD\xDC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[c\xFF\xFF\xFF\xFF\x87\x86\x7F\xCA5\xA5n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa$\x07a3\x11V[a$\x0Fa3WV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa$,a3\xACV[\x92\x16\x91\x82\x15\x80\x15a%dW[a%8Wd\xFF\xFF\xFF\xFF\xFF\x90a$L\x83a9dV[\x16B\x81\x11\x15a%\rWa$]a?IV[a$\xDAc\xFF\xFF\xFF\xFF`@Q\x93a$r\x85a5\"V[\x16\x80\x84R` \x80\x85\x01\x84\x81R3_\x90\x81R`\x03\x83R`@\x80\x82 \x89\x83R\x84R\x90 \x95Q\x86T\x91Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x90\x92\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x91\x1Bh\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x90\x93UV[`@Q\x91\x82R` \x82\x01R\x7F\xBA\x94\xD5\xAEI\xEF\xCB\x15o\x84\xB4\xD8\x94nf\xEC\x06\xA4hu2\xFC\xA4\x1B\x11\xB6\xD8\xEA\x1E\xE1\xD4X`@3\x92\xA3\0[\x7F7\x90\x84$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x82\x7Fs\x17d&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P3\x83\x14a$8V[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\tRa%\xA7a3\x11V[a%\xAFa3WV[a%\xB8\x82a:UV[3\x91a>\xC1V[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` a%\xF7a=\x98V[`@Q\x90\x81R\xF3[4a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa&\"6a3\xC0V[\x91a&8a&2\x84\x95\x93\x95a5\xDBV[\x82a:\xD2V[a&A\x83a;\xA3V[a&J\x84a<pV[\x16\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` Ra&~`@_ a&s\x81a7\x15V[\x90a\x16\xA7\x85\x83a= V[\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9a\x17\x9A\x83a5\xDBV[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa&\xF4a3\x11V[a&\xFCa5\x9DV[P\x16_R`\x04` R`@\x80_ c\xFF\xFF\xFF\xFF\x82Q\x91a'\x1B\x83a5\"V[T\x81` `\xFF\x83\x16\x15\x15\x94\x85\x81R\x01\x91`\x08\x1C\x16\x81R\x83Q\x92\x83RQ\x16` \x82\x01R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa'\xF9a3\x11V[a(\x01a5\x7FV[P\x16_R`\x06` Ra(z`@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a($\x83a5\x06V[Tc\xFF\xFF\xFF\xFF\x81\x16\x83R`\xFF\x81` \x1C\x16` \x84\x01R`(\x1C\x16`@\x82\x01R`@Q\x91\x82\x91\x82\x91\x90\x91`@d\xFF\xFF\xFF\xFF\xFF\x81``\x84\x01\x95c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[\x03\x90\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wc\xFF\xFF\xFF\xFFa(\xBAa3jV[a(\xC2a5\x7FV[P\x16_R`\x07` R```@_ `@Q\x90a(\xDE\x82a5\x06V[T`\xFF\x81\x16\x15\x15\x91\x82\x81R`\xFF`@` \x83\x01\x92\x82\x85`\x08\x1C\x16\x15\x15\x84R\x01\x92`\x10\x1C\x16\x15\x15\x82R`@Q\x92\x83RQ\x15\x15` \x83\x01RQ\x15\x15`@\x82\x01R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa)Ua3\x9DV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05>W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\xFF\0\0\0\0\0\0\0\0`\x08T\x92\x15\x15`@\x1B\x16\x91\x16\x17`\x08U_\x80\xF3[4a\x02\xD4W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa*\x08a3\x11V[a*\x10a3WV[a*\x18a3}V[\x90a*!a3\x8DV[\x90`\x845\x93d\xFF\xFF\xFF\xFF\xFF\x85\x16\x80\x95\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x82\x15a\x11\x06Wa*[\x82a9dV[a*e\x81\x85a9\xB9V[\x84\x15\x80\x15a./W[a.\x03Wa*{3a8\xD1V[\x91`\x08T\x95g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x96g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x14a\x0C\xD1Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x99\x01\x16\x97\x88\x91\x16\x17`\x08Ub\x12u\0d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x92d\xFF\xFF\xFF\xFF\xFF\x84\x11a\x0C\xD1W\x84\x88\x95Qc\xFF\xFF\xFF\xFF\x16\x93`@Q\x94a+\x04\x86a4\xBCV[\x88\x86R` \x86\x01\x90\x81R`@\x86\x01\x96d\xFF\xFF\xFF\xFF\xFF\x16\x95\x86\x88R``\x81\x01\x94`\x01\x86R`\x80\x82\x01\x9B`\xFF\x16\x9B\x8C\x81R`\xA0\x83\x01\x91`\xFF\x16\x96\x87\x83R`\xC0\x84\x01\x95c\xFF\xFF\xFF\xFF\x16\x9A\x8B\x87R`\xE0\x85\x01\x95\x8A\x87R\x8D_R`\x05` R`@_ \x95Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x86UQc\xFF\xFF\xFF\xFF\x16a+\xF6\x90\x86\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA0\x1B\x16\x91\x16\x17\x90UV[Q\x84T\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x84UQ\x83T\x90`\xE8\x1B}\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16}\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x83UQ\x90\x82T\x90Q`\xF8\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`\xF0\x1B~\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90}\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x81U`\x01\x01\x91Qc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UQd\xFF\xFF\xFF\xFF\xFF\x16a-\xA3\x91\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFFh\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x83T\x92` \x1B\x16\x91\x16\x17\x90UV[Qc\xFF\xFF\xFF\xFF\x16\x96`@Q\x943\x86R` \x86\x01R`@\x85\x01R``\x84\x01R`\x80\x83\x01R`\xA45`\xA0\x83\x01R`\xC0\x82\x01R`\xE0\x7F\xC2Vj\x9B@1\xDB\xABm#\xB4/Zp\x7F\x973i\xF7V7\xDF\x17\xB2\x9E*\xC6\xB9\x80.\x1E\xFC\x91\xA4`@Q\x90\x81R` \x90\xF3[\x84\x7F\x8E\xA8`\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pc\x03\xC2g\0\x85\x11a*nV[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Q\x7Fw\xD6\xD7\x19l\x9BL\x96\xBCXMdlM\\\xF9z\x19\xF3\xE4\xE9\xF5U\x9D/\xC7\xC5e4\0\xCB%\x81R\xF3[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa.\xCBa3\x11V[`$5\x90\x81\x15\x15\x82\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a.\xF6a5\x7FV[Pa.\xFFa5\x7FV[P\x16\x80_R`\x06` R`@_ \x90`@Q\x91a/\x1B\x83a5\x06V[Td\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x82\x16\x91\x82\x85R`\xFF\x81` \x1C\x16` \x86\x01R`(\x1C\x16`@\x84\x01R\x15a\x12BWPc\xFF\xFF\xFF\xFF\x81Q\x16_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a/\xB0Wa(z\x91a/\xA3W[`@\x80Q\x82Qc\xFF\xFF\xFF\xFF\x16\x81R` \x80\x84\x01Q`\xFF\x16\x90\x82\x01R\x91\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x90\x81\x90``\x82\x01\x90V[a/\xABa?IV[a/oV[c\xFF\xFF\xFF\xFF\x90Q\x16\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa0\x1Aa3\x11V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa07a34V[\x91\x16\x803\x14\x15\x80a1eW[a16W\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T` \x1C\x16\x15a0\xF0W\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R_`@\x81 Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\xF7\x06\xB3\xB7\r\xA5\xD5\xDA\xDA\x9B<}\x9F\x14\xE4\xF6\xC2\x80\x187B\xA8.\xA2\xF9Qe0p\xB0\xF1\x95_\x80\xA4\0[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x7F\xD7\xEF\xE6\xE5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[\x7F\x06)C\xC5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R3`$R`D_\xFD[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x163\x14\x15a0CV[4a\x02\xD4W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa1\xBCa3\x11V[a1\xC4a3WV[a1\xCCa3}V[a1\xD4a3\x8DV[`\x845\x90`\xFF\x82\x16\x80\x83\x03a\x02\xD4W`\xFF\x84\x16`\x12\x81\x10\x15a2\xE6WP`\xFF\x82\x16`\x07\x81\x10\x15a2\xBBWP`\x02\x81\x10\x15a2\x90WPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa2O\x94\x95\x16_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` Ra2G`@_ a7\x15V[\x92B\x93a7\x8FV[\x90`\xFF\x82\x16\x15\x15\x90\x81a2\x7FW[Pa2xW[`\xFF`@\x91\x16\x81Q\x90\x80\x15\x15\x82R` \x82\x01R\xF3[P_a2cV[a2\x89\x91Pa8~V[\x15\x82a2]V[\x7Fs2\xEF\xF2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7FZ\xAE\\\xDA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F}\x7F\xD9u\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\x045\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`$5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`$5\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`D5\x90`\xFF\x82\x16\x82\x03a\x02\xD4WV[`d5\x90`\xFF\x82\x16\x82\x03a\x02\xD4WV[`\x045\x90\x81\x15\x15\x82\x03a\x02\xD4WV[`D5\x90d\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC\x82\x01\x12a\x02\xD4W`\x045s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x91`$5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC`\xA0\x91\x93\x01\x12a\x02\xD4W`D\x90V[\x91\x81`\x1F\x84\x01\x12\x15a\x02\xD4W\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a\x02\xD4W` \x83\x81\x86\x01\x95\x01\x01\x11a\x02\xD4WV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F` \x80\x94\x80Q\x91\x82\x91\x82\x87R\x01\x86\x86\x01^_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[a\x01\0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a4\xD9W`@RV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[``\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a4\xD9W`@RV[`@\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a4\xD9W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a4\xD9W`@RV[`@Q\x90a5\x8C\x82a5\x06V[_`@\x83\x82\x81R\x82` \x82\x01R\x01RV[`@Q\x90a5\xAA\x82a5\"V[_` \x83\x82\x81R\x01RV[`D5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`$5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`d5`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\x845`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\xA45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\xC45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[\x90`@Qa6a\x81a4\xBCV[`\xE0d\xFF\xFF\xFF\xFF\xFF`\x01\x83\x95\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x86Rc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16` \x87\x01R\x83\x81`\xC0\x1C\x16`@\x87\x01R`\xFF\x81`\xE8\x1C\x16``\x87\x01R`\xFF\x81`\xF0\x1C\x16`\x80\x87\x01R`\xF8\x1C`\xA0\x86\x01R\x01Tc\xFF\xFF\xFF\xFF\x81\x16`\xC0\x85\x01R` \x1C\x16\x91\x01RV[`@Q\x90a6\xE6\x82a4\xBCV[_`\xE0\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x82`\xA0\x82\x01R\x82`\xC0\x82\x01R\x01RV[a7\x1Da6\xD9V[PTd\xFF\xFF\xFF\xFF\xFFa7-a6\xD9V[\x91c\xFF\xFF\xFF\xFF\x81\x16\x83R`\xFF\x81` \x1C\x16` \x84\x01R`\xFF\x81`(\x1C\x16`@\x84\x01R\x81\x81`0\x1C\x16``\x84\x01R\x81\x81`X\x1C\x16`\x80\x84\x01Rc\xFF\xFF\xFF\xFF\x81`\x80\x1C\x16`\xA0\x84\x01Rc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16`\xC0\x84\x01R`\xC0\x1C\x16`\xE0\x82\x01R\x90V[\x91\x90\x93\x92`\x01\x80`\xFFc\xFF\xFF\xFF\xFF\x86Q\x16\x97\x16\x96\x87\x1C\x16\x14\x90\x81a8dW[\x81a8JW[P\x80a85W[\x80a8!W[a8\x18W`\xFF\x16`\x01\x14\x92\x83a7\xFDW[P\x82a7\xE8W[PPa7\xE3W_\x90V[`\x02\x90V[`\xE0\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x11\x90P_\x80a7\xD9V[`\xC0\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1C`\x01\x90\x81\x16\x14\x92P_a7\xD2V[PPPP`\x01\x90V[Pd\xFF\xFF\xFF\xFF\xFF`\x80\x83\x01Q\x16\x83\x10a7\xC1V[P\x82d\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16\x11\x15a7\xBBV[`\x01\x91P\x81\x90`\xFF\x80`@\x87\x01Q\x16\x91\x16\x1C\x16\x14_a7\xB4V[\x90P`\x01\x80`\xFF` \x86\x01Q\x16`\xFF\x85\x16\x1C\x16\x14\x90a7\xAEV[c\xFF\xFF\xFF\xFF\x16_R`\x07` R`@_ `@Q\x90a8\x9C\x82a5\x06V[T`\xFF\x81\x16\x15\x15\x91\x82\x81R`@`\xFF\x80\x84`\x08\x1C\x16\x15\x93\x84\x15` \x85\x01R`\x10\x1C\x16\x15\x15\x91\x01R\x81a8\xCCWP\x90V[\x90P\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a8\xEFa5\x7FV[P\x16\x90\x81_R`\x06` R`@_ `@Q\x90a9\x0B\x82a5\x06V[T\x92d\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x85\x16\x94\x85\x84R`\xFF\x81` \x1C\x16` \x85\x01R`(\x1C\x16`@\x83\x01R\x81\x93\x15a\x12BWPc\xFF\xFF\xFF\xFF\x81Q\x16_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a/\xB0WPa9ba?IV[V[c\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x15\x90\x81\x15a9\xA9W[Pa9~WPV[\x7F\xE4P\xEC\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[c\xFF\xFC\0\0\x16\x15\x15\x90P_a9vV[`\xFF\x81\x16\x90\x81\x15\x90\x81\x15a:HW[Pa:\x1DWP`\xFF\x81\x16\x90\x81\x15\x90\x81\x15a:\x10W[Pa9\xE5WPV[\x7Fc[5\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xFC\x91P\x16\x15\x15_a9\xDDV[\x7F\x90\x045\x10\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\x80\x91P\x16\x15\x15_a9\xC8V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x803\x14a:\xCFW\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R` `@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a:\xB3\x83a5\"V[Tc\xFF\xFF\xFF\xFF\x81\x16\x83R\x83\x1C\x16\x91\x82\x91\x01RB\x10\x15a16WPV[PV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x803\x14a;\x9FW\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`@_ \x90d\xFF\xFF\xFF\xFF\xFF`@Q\x92a;/\x84a5\"V[Tc\xFF\xFF\xFF\xFF\x81\x16\x84R` \x1C\x16\x80` \x84\x01RB\x10\x15a16WPc\xFF\xFF\xFF\xFF\x90Q\x16\x90c\xFF\xFF\xFF\xFF\x82\x19\x82\x16\x16a;fWPPV[c\xFF\xFF\xFF\xFF\x90\x7F\xCB\xB9\xFE\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x16`$R`DR`d_\xFD[PPV[a;\xB4a;\xAF\x82a5\xDBV[a9dV[a;\xD5a;\xC3` \x83\x01a6\x0CV[a;\xCF`@\x84\x01a6\x0CV[\x90a9\xB9V[``\x81\x01`\x80a;\xE4\x82a6BV[\x92\x01\x91d\xFF\xFF\xFF\xFF\xFF\x80a;\xF7\x85a6BV[\x16\x91\x16\x10\x80\x15\x90a<VW[a<\x0BWPPV[\x90d\xFF\xFF\xFF\xFF\xFFa<%a<\x1F\x82\x94a6BV[\x92a6BV[\x91\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R\x16`$R`D_\xFD[Pa<`\x82a6BV[d\xFF\xFF\xFF\xFF\xFFB\x91\x16\x11\x15a<\x03V[c\xFF\xFF\xFF\xFF\x16\x80_R`\x07` R`@_ `@Q\x90a<\x8F\x82a5\x06V[T\x90`\xFF\x82\x16\x15\x90\x81\x15\x81R`@`\xFF` \x83\x01\x94\x81\x81`\x08\x1C\x16\x15\x15\x86R`\x10\x1C\x16\x15\x15\x91\x01Ra<\xF4WQa<\xC9WPa9ba?IV[\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P\x7F\xFE6\x87\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[d\xFF\xFF\xFF\xFF\xFFa=\x80`\x80`\xA0\x94c\xFF\xFF\xFF\xFFa=<\x82a5\xDBV[\x16\x85R`\xFFa=M` \x83\x01a6\x0CV[\x16` \x86\x01R`\xFFa=a`@\x83\x01a6\x0CV[\x16`@\x86\x01R\x83a=t``\x83\x01a6BV[\x16``\x86\x01R\x01a6BV[\x16`\x80\x82\x01R\x01c\xFF\xFF\xFF\xFF`\x01\x81\x83Q\x16\x01\x16\x90RV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x14\x80a>\x98W[\x15a>\0W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[`@Q` \x81\x01\x90\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x82R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R`\xA0\x81Ra>\x92`\xC0\x82a5>V[Q\x90 \x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a=\xD7V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80c\xFF\xFF\xFF\xFF\x92\x94\x93\x94\x16\x92\x83_R`\x02` R`@_ \x83\x86\x16_R` R`@_ s\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01\x85\x83T`\x80\x1C\x16\x01`\x80\x1B\x16\x90U\x16\x92\x16\x90\x7F\x19{h\x1C\xB2\xBD\x99\xA0\x80\xB2\x0Fu\xE1z\xED#\xAE\x16\xFE+\xBC\xC6\xE2O\xA1T\x05\x93\x1B\xFC\x05|_\x80\xA4V[`\xFF`\x08T`@\x1C\x16a?XWV[\x7F\xF8\xAE+\xB7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[`B\x90a?\x8Ba=\x98V[\x90`@Q\x91\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x02\x83\x01R`\"\x82\x01R \x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x93\x92\x91\x84\x15a\x11\x06Wa?\xEC\x84\x84\x83aA\xD3V[P`\x04\x81\x10\x15aA\x1AW\x86\x90\x15\x91\x82a@\xFAW[PPa@\xF3W\x81;\x15\x92\x83\x15a@HW[PPP\x90Pa@\x1DWPV[\x7F`t0\x1B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[_\x93P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x86` \x97`d\x94`@Q\x96\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88R`\x04\x88\x01R`@`$\x88\x01R\x81`D\x88\x01R\x85\x87\x017\x86\x84\x82\x87\x01\x01R\x01\x16\x01\x91Z\xFA\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Q\x14`\x1F=\x11\x16\x16\x15\x80_\x80\x80a@\x11V[PPPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x90P\x85_a@\0V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81_R`\x05` R`@_ \x91`\xFF\x83T`\xE8\x1C\x16\x90\x81\x15aA\xA8W`\x01\x82\x03aAzWPPV[\x7F\xD6\xDA\xA8\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x7F\xE7/d\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`A\x83\x03aA\xFDWaA\xF6\x92P` \x81\x015\x91`@\x825\x92\x015_\x1A\x90aB^V[\x91\x92\x90\x91\x90V[PP_\x91`\x02\x91\x90V[`\xFF\x81\x16\x90`\x1F\x82\x11aB6W`@Q\x91aB#`@\x84a5>V[` \x80\x84R\x83\x81\x01\x91\x906\x837\x83RR\x90V[\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x91\x90\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11aB\xEDW\x91` \x93`\x80\x92`\xFF_\x95`@Q\x94\x85R\x16\x86\x84\x01R`@\x83\x01R``\x82\x01R\x82\x80R`\x01Z\xFA\x15aB\xE2W_Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15aB\xD8W\x90_\x90_\x90V[P_\x90`\x01\x90_\x90V[`@Q=_\x82>=\x90\xFD[PPP_\x91`\x03\x91\x90V",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Consent { uint32 categories; uint8 purposes; uint8 actions; uint40 validFrom; uint40 validUntil; uint32 nonce; uint32 emergencyCategories; uint40 emergencyUntil; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Consent {
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub purposes: u8,
        #[allow(missing_docs)]
        pub actions: u8,
        #[allow(missing_docs)]
        pub validFrom: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub validUntil: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub nonce: u32,
        #[allow(missing_docs)]
        pub emergencyCategories: u32,
        #[allow(missing_docs)]
        pub emergencyUntil: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u32,
            u8,
            u8,
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
            u32,
            u32,
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Consent> for UnderlyingRustTuple<'_> {
            fn from(value: Consent) -> Self {
                (
                    value.categories,
                    value.purposes,
                    value.actions,
                    value.validFrom,
                    value.validUntil,
                    value.nonce,
                    value.emergencyCategories,
                    value.emergencyUntil,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Consent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    categories: tuple.0,
                    purposes: tuple.1,
                    actions: tuple.2,
                    validFrom: tuple.3,
                    validUntil: tuple.4,
                    nonce: tuple.5,
                    emergencyCategories: tuple.6,
                    emergencyUntil: tuple.7,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Consent {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Consent {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purposes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.actions),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validFrom),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validUntil),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.emergencyCategories),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.emergencyUntil),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Consent {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Consent {
            const NAME: &'static str = "Consent";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Consent(uint32 categories,uint8 purposes,uint8 actions,uint40 validFrom,uint40 validUntil,uint32 nonce,uint32 emergencyCategories,uint40 emergencyUntil)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.categories)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.purposes)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.actions)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.validFrom)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.validUntil)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.nonce)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.emergencyCategories,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.emergencyUntil,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Consent {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.categories,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.purposes,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.actions,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validFrom,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validUntil,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.nonce)
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.emergencyCategories,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.emergencyUntil,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.categories,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.purposes,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.actions,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validFrom,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validUntil,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.nonce,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.emergencyCategories,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.emergencyUntil,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct ConsentTerms { uint32 categories; uint8 purposes; uint8 actions; uint40 validFrom; uint40 validUntil; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentTerms {
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub purposes: u8,
        #[allow(missing_docs)]
        pub actions: u8,
        #[allow(missing_docs)]
        pub validFrom: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub validUntil: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u32,
            u8,
            u8,
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentTerms> for UnderlyingRustTuple<'_> {
            fn from(value: ConsentTerms) -> Self {
                (
                    value.categories,
                    value.purposes,
                    value.actions,
                    value.validFrom,
                    value.validUntil,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ConsentTerms {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    categories: tuple.0,
                    purposes: tuple.1,
                    actions: tuple.2,
                    validFrom: tuple.3,
                    validUntil: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for ConsentTerms {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for ConsentTerms {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purposes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.actions),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validFrom),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validUntil),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for ConsentTerms {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for ConsentTerms {
            const NAME: &'static str = "ConsentTerms";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "ConsentTerms(uint32 categories,uint8 purposes,uint8 actions,uint40 validFrom,uint40 validUntil)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.categories)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.purposes)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.actions)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.validFrom)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.validUntil)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for ConsentTerms {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.categories,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.purposes,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.actions,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validFrom,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.validUntil,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.categories,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.purposes,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.actions,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validFrom,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.validUntil,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct OrganizationStatus { bool accredited; bool suspended; bool emergencyCapable; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationStatus {
        #[allow(missing_docs)]
        pub accredited: bool,
        #[allow(missing_docs)]
        pub suspended: bool,
        #[allow(missing_docs)]
        pub emergencyCapable: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Bool,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (bool, bool, bool);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationStatus> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationStatus) -> Self {
                (value.accredited, value.suspended, value.emergencyCapable)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationStatus {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    accredited: tuple.0,
                    suspended: tuple.1,
                    emergencyCapable: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for OrganizationStatus {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for OrganizationStatus {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.accredited,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.suspended,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.emergencyCapable,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for OrganizationStatus {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for OrganizationStatus {
            const NAME: &'static str = "OrganizationStatus";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "OrganizationStatus(bool accredited,bool suspended,bool emergencyCapable)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.accredited,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.suspended,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.emergencyCapable,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for OrganizationStatus {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.accredited,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.suspended,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.emergencyCapable,
                    )
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.accredited,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.suspended,
                    out,
                );
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.emergencyCapable,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Practitioner { uint32 orgId; uint8 role; uint40 since; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Practitioner {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub role: u8,
        #[allow(missing_docs)]
        pub since: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u32,
            u8,
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Practitioner> for UnderlyingRustTuple<'_> {
            fn from(value: Practitioner) -> Self {
                (value.orgId, value.role, value.since)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Practitioner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    orgId: tuple.0,
                    role: tuple.1,
                    since: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Practitioner {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Practitioner {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.since),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(
                &self,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<
                    '_,
                > as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Practitioner {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> = <UnderlyingSolTuple<
                '_,
            > as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<
                    '_,
                > as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Practitioner {
            const NAME: &'static str = "Practitioner";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Practitioner(uint32 orgId,uint8 role,uint40 since)",
                )
            }
            #[inline]
            fn eip712_components() -> alloy_sol_types::private::Vec<
                alloy_sol_types::private::Cow<'static, str>,
            > {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.orgId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.role)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.since)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Practitioner {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.orgId)
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.role)
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.since)
            }
            #[inline]
            fn encode_topic_preimage(
                rust: &Self::RustType,
                out: &mut alloy_sol_types::private::Vec<u8>,
            ) {
                out.reserve(
                    <Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust),
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.orgId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.role,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.since,
                    out,
                );
            }
            #[inline]
            fn encode_topic(
                rust: &Self::RustType,
            ) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust,
                    &mut out,
                );
                alloy_sol_types::abi::token::WordToken(
                    alloy_sol_types::private::keccak256(out),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__DelegateScopeExceeded(address,uint32,uint32)` and selector `0xcbb9fea2`.
```solidity
error ConsentRegistry__DelegateScopeExceeded(address delegate, uint32 requested, uint32 allowed);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__DelegateScopeExceeded {
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub requested: u32,
        #[allow(missing_docs)]
        pub allowed: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__DelegateScopeExceeded>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__DelegateScopeExceeded) -> Self {
                (value.delegate, value.requested, value.allowed)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__DelegateScopeExceeded {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    delegate: tuple.0,
                    requested: tuple.1,
                    allowed: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__DelegateScopeExceeded {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__DelegateScopeExceeded(address,uint32,uint32)";
            const SELECTOR: [u8; 4] = [203u8, 185u8, 254u8, 162u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.requested),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.allowed),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__EmergencyOptedOut(address)` and selector `0xeb397afd`.
```solidity
error ConsentRegistry__EmergencyOptedOut(address patient);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__EmergencyOptedOut {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__EmergencyOptedOut>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__EmergencyOptedOut) -> Self {
                (value.patient,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__EmergencyOptedOut {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { patient: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__EmergencyOptedOut {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__EmergencyOptedOut(address)";
            const SELECTOR: [u8; 4] = [235u8, 57u8, 122u8, 253u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidAction(uint8)` and selector `0x7332eff2`.
```solidity
error ConsentRegistry__InvalidAction(uint8 action);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidAction {
        #[allow(missing_docs)]
        pub action: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidAction>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidAction) -> Self {
                (value.action,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidAction {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { action: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidAction {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidAction(uint8)";
            const SELECTOR: [u8; 4] = [115u8, 50u8, 239u8, 242u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.action),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidActions(uint8)` and selector `0x635b35bb`.
```solidity
error ConsentRegistry__InvalidActions(uint8 actions);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidActions {
        #[allow(missing_docs)]
        pub actions: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidActions>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidActions) -> Self {
                (value.actions,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidActions {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { actions: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidActions {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidActions(uint8)";
            const SELECTOR: [u8; 4] = [99u8, 91u8, 53u8, 187u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.actions),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidCategories(uint32)` and selector `0xe450ecea`.
```solidity
error ConsentRegistry__InvalidCategories(uint32 categories);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidCategories {
        #[allow(missing_docs)]
        pub categories: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidCategories>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidCategories) -> Self {
                (value.categories,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidCategories {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { categories: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidCategories {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidCategories(uint32)";
            const SELECTOR: [u8; 4] = [228u8, 80u8, 236u8, 234u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidCategory(uint8)` and selector `0x7d7fd975`.
```solidity
error ConsentRegistry__InvalidCategory(uint8 category);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidCategory {
        #[allow(missing_docs)]
        pub category: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidCategory>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidCategory) -> Self {
                (value.category,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidCategory {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { category: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidCategory {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidCategory(uint8)";
            const SELECTOR: [u8; 4] = [125u8, 127u8, 217u8, 117u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidDelegate(address)` and selector `0x73176426`.
```solidity
error ConsentRegistry__InvalidDelegate(address delegate);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidDelegate {
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidDelegate>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidDelegate) -> Self {
                (value.delegate,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidDelegate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { delegate: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidDelegate {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidDelegate(address)";
            const SELECTOR: [u8; 4] = [115u8, 23u8, 100u8, 38u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidDuration(uint40)` and selector `0x8ea86008`.
```solidity
error ConsentRegistry__InvalidDuration(uint40 duration);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidDuration {
        #[allow(missing_docs)]
        pub duration: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidDuration>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidDuration) -> Self {
                (value.duration,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidDuration {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { duration: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidDuration {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidDuration(uint40)";
            const SELECTOR: [u8; 4] = [142u8, 168u8, 96u8, 8u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidExpiry(uint40)` and selector `0x37908424`.
```solidity
error ConsentRegistry__InvalidExpiry(uint40 expiresAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidExpiry {
        #[allow(missing_docs)]
        pub expiresAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidExpiry>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidExpiry) -> Self {
                (value.expiresAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidExpiry {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { expiresAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidExpiry {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidExpiry(uint40)";
            const SELECTOR: [u8; 4] = [55u8, 144u8, 132u8, 36u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidNonce(uint256,uint256)` and selector `0xe0cda4ad`.
```solidity
error ConsentRegistry__InvalidNonce(uint256 expected, uint256 provided);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidNonce {
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub provided: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<256>,
            alloy::sol_types::sol_data::Uint<256>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidNonce>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidNonce) -> Self {
                (value.expected, value.provided)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidNonce {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    expected: tuple.0,
                    provided: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidNonce {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidNonce(uint256,uint256)";
            const SELECTOR: [u8; 4] = [224u8, 205u8, 164u8, 173u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.expected),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.provided),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidPatient()` and selector `0x2c84b37d`.
```solidity
error ConsentRegistry__InvalidPatient();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidPatient;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidPatient>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidPatient) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidPatient {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidPatient {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidPatient()";
            const SELECTOR: [u8; 4] = [44u8, 132u8, 179u8, 125u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidPurpose(uint8)` and selector `0x5aae5cda`.
```solidity
error ConsentRegistry__InvalidPurpose(uint8 purpose);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidPurpose {
        #[allow(missing_docs)]
        pub purpose: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidPurpose>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidPurpose) -> Self {
                (value.purpose,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidPurpose {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { purpose: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidPurpose {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidPurpose(uint8)";
            const SELECTOR: [u8; 4] = [90u8, 174u8, 92u8, 218u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidPurposes(uint8)` and selector `0x90043510`.
```solidity
error ConsentRegistry__InvalidPurposes(uint8 purposes);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidPurposes {
        #[allow(missing_docs)]
        pub purposes: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidPurposes>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidPurposes) -> Self {
                (value.purposes,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidPurposes {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { purposes: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidPurposes {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidPurposes(uint8)";
            const SELECTOR: [u8; 4] = [144u8, 4u8, 53u8, 16u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purposes),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidReason(uint8)` and selector `0x40de3539`.
```solidity
error ConsentRegistry__InvalidReason(uint8 reasonCode);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidReason {
        #[allow(missing_docs)]
        pub reasonCode: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidReason>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidReason) -> Self {
                (value.reasonCode,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidReason {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reasonCode: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidReason {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidReason(uint8)";
            const SELECTOR: [u8; 4] = [64u8, 222u8, 53u8, 57u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonCode),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidSignature(address)` and selector `0x6074301b`.
```solidity
error ConsentRegistry__InvalidSignature(address patient);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidSignature {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidSignature>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidSignature) -> Self {
                (value.patient,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { patient: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidSignature(address)";
            const SELECTOR: [u8; 4] = [96u8, 116u8, 48u8, 27u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__InvalidValidity(uint40,uint40)` and selector `0x9bea228b`.
```solidity
error ConsentRegistry__InvalidValidity(uint40 validFrom, uint40 validUntil);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__InvalidValidity {
        #[allow(missing_docs)]
        pub validFrom: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub validUntil: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__InvalidValidity>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__InvalidValidity) -> Self {
                (value.validFrom, value.validUntil)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__InvalidValidity {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    validFrom: tuple.0,
                    validUntil: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__InvalidValidity {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__InvalidValidity(uint40,uint40)";
            const SELECTOR: [u8; 4] = [155u8, 234u8, 34u8, 139u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validFrom),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validUntil),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NoConsent(address,uint32)` and selector `0xca35a56e`.
```solidity
error ConsentRegistry__NoConsent(address patient, uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NoConsent {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NoConsent>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NoConsent) -> Self {
                (value.patient, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NoConsent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patient: tuple.0,
                    orgId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NoConsent {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NoConsent(address,uint32)";
            const SELECTOR: [u8; 4] = [202u8, 53u8, 165u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NoEmergencyAccess(address,uint32)` and selector `0xe90bdd94`.
```solidity
error ConsentRegistry__NoEmergencyAccess(address patient, uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NoEmergencyAccess {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NoEmergencyAccess>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NoEmergencyAccess) -> Self {
                (value.patient, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NoEmergencyAccess {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patient: tuple.0,
                    orgId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NoEmergencyAccess {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NoEmergencyAccess(address,uint32)";
            const SELECTOR: [u8; 4] = [233u8, 11u8, 221u8, 148u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NotClinicalRole(address,uint8)` and selector `0xfcfe5bcd`.
```solidity
error ConsentRegistry__NotClinicalRole(address account, uint8 role);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NotClinicalRole {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub role: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u8);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NotClinicalRole>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NotClinicalRole) -> Self {
                (value.account, value.role)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NotClinicalRole {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    role: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NotClinicalRole {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NotClinicalRole(address,uint8)";
            const SELECTOR: [u8; 4] = [252u8, 254u8, 91u8, 205u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NotDelegate(address,address)` and selector `0xd7efe6e5`.
```solidity
error ConsentRegistry__NotDelegate(address patient, address delegate);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NotDelegate {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NotDelegate>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NotDelegate) -> Self {
                (value.patient, value.delegate)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NotDelegate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patient: tuple.0,
                    delegate: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NotDelegate {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NotDelegate(address,address)";
            const SELECTOR: [u8; 4] = [215u8, 239u8, 230u8, 229u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NotEmergencyCapable(uint32)` and selector `0x9e5fa272`.
```solidity
error ConsentRegistry__NotEmergencyCapable(uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NotEmergencyCapable {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NotEmergencyCapable>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NotEmergencyCapable) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NotEmergencyCapable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NotEmergencyCapable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NotEmergencyCapable(uint32)";
            const SELECTOR: [u8; 4] = [158u8, 95u8, 162u8, 114u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NotLater(uint40,uint40)` and selector `0x04d0dddc`.
```solidity
error ConsentRegistry__NotLater(uint40 current, uint40 requested);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NotLater {
        #[allow(missing_docs)]
        pub current: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub requested: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U40,
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NotLater>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NotLater) -> Self {
                (value.current, value.requested)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NotLater {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    current: tuple.0,
                    requested: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NotLater {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NotLater(uint40,uint40)";
            const SELECTOR: [u8; 4] = [4u8, 208u8, 221u8, 220u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.current),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.requested),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NotNarrower(address,uint32)` and selector `0x764e33ce`.
```solidity
error ConsentRegistry__NotNarrower(address patient, uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NotNarrower {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NotNarrower>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NotNarrower) -> Self {
                (value.patient, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NotNarrower {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patient: tuple.0,
                    orgId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NotNarrower {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NotNarrower(address,uint32)";
            const SELECTOR: [u8; 4] = [118u8, 78u8, 51u8, 206u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NotOfOrganization(address,uint32)` and selector `0x37105712`.
```solidity
error ConsentRegistry__NotOfOrganization(address account, uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NotOfOrganization {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NotOfOrganization>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NotOfOrganization) -> Self {
                (value.account, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NotOfOrganization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    orgId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NotOfOrganization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NotOfOrganization(address,uint32)";
            const SELECTOR: [u8; 4] = [55u8, 16u8, 87u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NotPatientOrDelegate(address,address)` and selector `0x062943c5`.
```solidity
error ConsentRegistry__NotPatientOrDelegate(address patient, address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NotPatientOrDelegate {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NotPatientOrDelegate>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NotPatientOrDelegate) -> Self {
                (value.patient, value.caller)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NotPatientOrDelegate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patient: tuple.0,
                    caller: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NotPatientOrDelegate {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NotPatientOrDelegate(address,address)";
            const SELECTOR: [u8; 4] = [6u8, 41u8, 67u8, 197u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__NotPractitioner(address)` and selector `0xc4361bfa`.
```solidity
error ConsentRegistry__NotPractitioner(address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__NotPractitioner {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__NotPractitioner>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__NotPractitioner) -> Self {
                (value.account,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__NotPractitioner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { account: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__NotPractitioner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__NotPractitioner(address)";
            const SELECTOR: [u8; 4] = [196u8, 54u8, 27u8, 250u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__OnlyOrganizationRegistry(address)` and selector `0xf7534eff`.
```solidity
error ConsentRegistry__OnlyOrganizationRegistry(address caller);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__OnlyOrganizationRegistry {
        #[allow(missing_docs)]
        pub caller: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__OnlyOrganizationRegistry>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__OnlyOrganizationRegistry) -> Self {
                (value.caller,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__OnlyOrganizationRegistry {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { caller: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__OnlyOrganizationRegistry {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__OnlyOrganizationRegistry(address)";
            const SELECTOR: [u8; 4] = [247u8, 83u8, 78u8, 255u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.caller,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__OrganizationSuspended(uint32)` and selector `0x135ae3b5`.
```solidity
error ConsentRegistry__OrganizationSuspended(uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__OrganizationSuspended {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__OrganizationSuspended>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__OrganizationSuspended) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__OrganizationSuspended {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__OrganizationSuspended {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__OrganizationSuspended(uint32)";
            const SELECTOR: [u8; 4] = [19u8, 90u8, 227u8, 181u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__RequestExpired(uint64,uint40)` and selector `0x6d4acda4`.
```solidity
error ConsentRegistry__RequestExpired(uint64 requestId, uint40 expiresAt);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__RequestExpired {
        #[allow(missing_docs)]
        pub requestId: u64,
        #[allow(missing_docs)]
        pub expiresAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            alloy::sol_types::private::primitives::aliases::U40,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__RequestExpired>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__RequestExpired) -> Self {
                (value.requestId, value.expiresAt)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__RequestExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    requestId: tuple.0,
                    expiresAt: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__RequestExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__RequestExpired(uint64,uint40)";
            const SELECTOR: [u8; 4] = [109u8, 74u8, 205u8, 164u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__RequestNotPending(uint64,uint8)` and selector `0xd6daa8e8`.
```solidity
error ConsentRegistry__RequestNotPending(uint64 requestId, uint8 status);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__RequestNotPending {
        #[allow(missing_docs)]
        pub requestId: u64,
        #[allow(missing_docs)]
        pub status: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u8);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__RequestNotPending>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__RequestNotPending) -> Self {
                (value.requestId, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__RequestNotPending {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    requestId: tuple.0,
                    status: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__RequestNotPending {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__RequestNotPending(uint64,uint8)";
            const SELECTOR: [u8; 4] = [214u8, 218u8, 168u8, 232u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.status),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__SignatureExpired(uint256)` and selector `0xc7fe91f1`.
```solidity
error ConsentRegistry__SignatureExpired(uint256 deadline);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__SignatureExpired {
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__SignatureExpired>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__SignatureExpired) -> Self {
                (value.deadline,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__SignatureExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { deadline: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__SignatureExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__SignatureExpired(uint256)";
            const SELECTOR: [u8; 4] = [199u8, 254u8, 145u8, 241u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__UnknownOrganization(uint32)` and selector `0xfe3687c6`.
```solidity
error ConsentRegistry__UnknownOrganization(uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__UnknownOrganization {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__UnknownOrganization>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__UnknownOrganization) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__UnknownOrganization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__UnknownOrganization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__UnknownOrganization(uint32)";
            const SELECTOR: [u8; 4] = [254u8, 54u8, 135u8, 198u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__UnknownRequest(uint64)` and selector `0xe72f6412`.
```solidity
error ConsentRegistry__UnknownRequest(uint64 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__UnknownRequest {
        #[allow(missing_docs)]
        pub requestId: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__UnknownRequest>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__UnknownRequest) -> Self {
                (value.requestId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__UnknownRequest {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { requestId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__UnknownRequest {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__UnknownRequest(uint64)";
            const SELECTOR: [u8; 4] = [231u8, 47u8, 100u8, 18u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `ConsentRegistry__WritesPaused()` and selector `0xf8ae2bb7`.
```solidity
error ConsentRegistry__WritesPaused();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ConsentRegistry__WritesPaused;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<ConsentRegistry__WritesPaused>
        for UnderlyingRustTuple<'_> {
            fn from(value: ConsentRegistry__WritesPaused) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for ConsentRegistry__WritesPaused {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ConsentRegistry__WritesPaused {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ConsentRegistry__WritesPaused()";
            const SELECTOR: [u8; 4] = [248u8, 174u8, 43u8, 183u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
```solidity
error InvalidShortString();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
```solidity
error StringTooLong(string str);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(
            _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
        ) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.str,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AccessRequestApproved(uint64,address,uint32,address)` and selector `0x7fcde7eb2bdd65b21468c810b655adf85b6d91834fe9f144ff93b7e6c84a76ae`.
```solidity
event AccessRequestApproved(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AccessRequestApproved {
        #[allow(missing_docs)]
        pub requestId: u64,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AccessRequestApproved {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "AccessRequestApproved(uint64,address,uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                127u8, 205u8, 231u8, 235u8, 43u8, 221u8, 101u8, 178u8, 20u8, 104u8,
                200u8, 16u8, 182u8, 85u8, 173u8, 248u8, 91u8, 109u8, 145u8, 131u8, 79u8,
                233u8, 241u8, 68u8, 255u8, 147u8, 183u8, 230u8, 200u8, 74u8, 118u8, 174u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    patient: topics.2,
                    orgId: topics.3,
                    actor: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.actor,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.patient.clone(),
                    self.orgId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AccessRequestApproved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AccessRequestApproved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AccessRequestApproved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AccessRequestCancelled(uint64,address,uint32,address)` and selector `0x4ee74ecfd67f9a189b21ee36d41ad6010740fd6b0589d48fa97d14d7f4d39d4d`.
```solidity
event AccessRequestCancelled(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AccessRequestCancelled {
        #[allow(missing_docs)]
        pub requestId: u64,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AccessRequestCancelled {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "AccessRequestCancelled(uint64,address,uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                78u8, 231u8, 78u8, 207u8, 214u8, 127u8, 154u8, 24u8, 155u8, 33u8, 238u8,
                54u8, 212u8, 26u8, 214u8, 1u8, 7u8, 64u8, 253u8, 107u8, 5u8, 137u8,
                212u8, 143u8, 169u8, 125u8, 20u8, 215u8, 244u8, 211u8, 157u8, 77u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    patient: topics.2,
                    orgId: topics.3,
                    actor: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.actor,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.patient.clone(),
                    self.orgId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AccessRequestCancelled {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AccessRequestCancelled> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AccessRequestCancelled) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AccessRequestDenied(uint64,address,uint32,address)` and selector `0x08c7d786fb7b7e827bf687bcf60c8893512379e3cde94872553de1ea57343d6c`.
```solidity
event AccessRequestDenied(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address actor);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AccessRequestDenied {
        #[allow(missing_docs)]
        pub requestId: u64,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AccessRequestDenied {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "AccessRequestDenied(uint64,address,uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                8u8, 199u8, 215u8, 134u8, 251u8, 123u8, 126u8, 130u8, 123u8, 246u8,
                135u8, 188u8, 246u8, 12u8, 136u8, 147u8, 81u8, 35u8, 121u8, 227u8, 205u8,
                233u8, 72u8, 114u8, 85u8, 61u8, 225u8, 234u8, 87u8, 52u8, 61u8, 108u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    patient: topics.2,
                    orgId: topics.3,
                    actor: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.actor,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.patient.clone(),
                    self.orgId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AccessRequestDenied {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AccessRequestDenied> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AccessRequestDenied) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AccessRequested(uint64,address,uint32,address,uint32,uint8,uint8,uint40,bytes32,uint40)` and selector `0xc2566a9b4031dbab6d23b42f5a707f973369f75637df17b29e2ac6b9802e1efc`.
```solidity
event AccessRequested(uint64 indexed requestId, address indexed patient, uint32 indexed orgId, address practitioner, uint32 categories, uint8 purposes, uint8 actions, uint40 duration, bytes32 reasonHash, uint40 expiresAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AccessRequested {
        #[allow(missing_docs)]
        pub requestId: u64,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub practitioner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub purposes: u8,
        #[allow(missing_docs)]
        pub actions: u8,
        #[allow(missing_docs)]
        pub duration: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub reasonHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub expiresAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for AccessRequested {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "AccessRequested(uint64,address,uint32,address,uint32,uint8,uint8,uint40,bytes32,uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                194u8, 86u8, 106u8, 155u8, 64u8, 49u8, 219u8, 171u8, 109u8, 35u8, 180u8,
                47u8, 90u8, 112u8, 127u8, 151u8, 51u8, 105u8, 247u8, 86u8, 55u8, 223u8,
                23u8, 178u8, 158u8, 42u8, 198u8, 185u8, 128u8, 46u8, 30u8, 252u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    requestId: topics.1,
                    patient: topics.2,
                    orgId: topics.3,
                    practitioner: data.0,
                    categories: data.1,
                    purposes: data.2,
                    actions: data.3,
                    duration: data.4,
                    reasonHash: data.5,
                    expiresAt: data.6,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.practitioner,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purposes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.actions),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonHash),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.requestId.clone(),
                    self.patient.clone(),
                    self.orgId.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Uint<
                    64,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.requestId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AccessRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AccessRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AccessRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConsentExtended(address,uint32,address,uint40)` and selector `0xf58f2ed9019ddb0689dd6109b7e840ae60a3057d6b0525e9bcd7a8f1c5dcc785`.
```solidity
event ConsentExtended(address indexed patient, uint32 indexed orgId, address indexed actor, uint40 validUntil);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConsentExtended {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub validUntil: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ConsentExtended {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<40>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ConsentExtended(address,uint32,address,uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                245u8, 143u8, 46u8, 217u8, 1u8, 157u8, 219u8, 6u8, 137u8, 221u8, 97u8,
                9u8, 183u8, 232u8, 64u8, 174u8, 96u8, 163u8, 5u8, 125u8, 107u8, 5u8,
                37u8, 233u8, 188u8, 215u8, 168u8, 241u8, 197u8, 220u8, 199u8, 133u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    orgId: topics.2,
                    actor: topics.3,
                    validUntil: data.0,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validUntil),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.orgId.clone(),
                    self.actor.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.actor,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConsentExtended {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConsentExtended> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConsentExtended) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConsentGranted(address,uint32,address,uint32,uint8,uint8,uint40,uint40)` and selector `0x49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a9`.
```solidity
event ConsentGranted(address indexed patient, uint32 indexed orgId, address indexed actor, uint32 categories, uint8 purposes, uint8 actions, uint40 validFrom, uint40 validUntil);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConsentGranted {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub purposes: u8,
        #[allow(missing_docs)]
        pub actions: u8,
        #[allow(missing_docs)]
        pub validFrom: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub validUntil: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ConsentGranted {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ConsentGranted(address,uint32,address,uint32,uint8,uint8,uint40,uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                73u8, 167u8, 237u8, 133u8, 169u8, 124u8, 31u8, 218u8, 193u8, 193u8,
                225u8, 198u8, 217u8, 102u8, 125u8, 3u8, 31u8, 96u8, 202u8, 182u8, 253u8,
                80u8, 107u8, 169u8, 66u8, 230u8, 0u8, 223u8, 197u8, 29u8, 231u8, 169u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    orgId: topics.2,
                    actor: topics.3,
                    categories: data.0,
                    purposes: data.1,
                    actions: data.2,
                    validFrom: data.3,
                    validUntil: data.4,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purposes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.actions),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validFrom),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validUntil),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.orgId.clone(),
                    self.actor.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.actor,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConsentGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConsentGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConsentGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConsentNarrowed(address,uint32,address,uint32,uint8,uint8,uint40,uint40)` and selector `0x1c71cf6a8ac4c02e08107e670dc6ba47750d357d853a794a98f9771e26b37ce8`.
```solidity
event ConsentNarrowed(address indexed patient, uint32 indexed orgId, address indexed actor, uint32 categories, uint8 purposes, uint8 actions, uint40 validFrom, uint40 validUntil);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConsentNarrowed {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub purposes: u8,
        #[allow(missing_docs)]
        pub actions: u8,
        #[allow(missing_docs)]
        pub validFrom: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub validUntil: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ConsentNarrowed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ConsentNarrowed(address,uint32,address,uint32,uint8,uint8,uint40,uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                28u8, 113u8, 207u8, 106u8, 138u8, 196u8, 192u8, 46u8, 8u8, 16u8, 126u8,
                103u8, 13u8, 198u8, 186u8, 71u8, 117u8, 13u8, 53u8, 125u8, 133u8, 58u8,
                121u8, 74u8, 152u8, 249u8, 119u8, 30u8, 38u8, 179u8, 124u8, 232u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    orgId: topics.2,
                    actor: topics.3,
                    categories: data.0,
                    purposes: data.1,
                    actions: data.2,
                    validFrom: data.3,
                    validUntil: data.4,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purposes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.actions),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validFrom),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validUntil),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.orgId.clone(),
                    self.actor.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.actor,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConsentNarrowed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConsentNarrowed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConsentNarrowed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ConsentRevoked(address,uint32,address)` and selector `0x197b681cb2bd99a080b20f75e17aed23ae16fe2bbcc6e24fa15405931bfc057c`.
```solidity
event ConsentRevoked(address indexed patient, uint32 indexed orgId, address indexed actor);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct ConsentRevoked {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ConsentRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "ConsentRevoked(address,uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                25u8, 123u8, 104u8, 28u8, 178u8, 189u8, 153u8, 160u8, 128u8, 178u8, 15u8,
                117u8, 225u8, 122u8, 237u8, 35u8, 174u8, 22u8, 254u8, 43u8, 188u8, 198u8,
                226u8, 79u8, 161u8, 84u8, 5u8, 147u8, 27u8, 252u8, 5u8, 124u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    orgId: topics.2,
                    actor: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.orgId.clone(),
                    self.actor.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.actor,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ConsentRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ConsentRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ConsentRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DelegateAppointed(address,address,uint32,uint40)` and selector `0xba94d5ae49efcb156f84b4d8946e66ec06a4687532fca41b11b6d8ea1ee1d458`.
```solidity
event DelegateAppointed(address indexed patient, address indexed delegate, uint32 categories, uint40 expiresAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct DelegateAppointed {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub expiresAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DelegateAppointed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DelegateAppointed(address,address,uint32,uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                186u8, 148u8, 213u8, 174u8, 73u8, 239u8, 203u8, 21u8, 111u8, 132u8,
                180u8, 216u8, 148u8, 110u8, 102u8, 236u8, 6u8, 164u8, 104u8, 117u8, 50u8,
                252u8, 164u8, 27u8, 17u8, 182u8, 216u8, 234u8, 30u8, 225u8, 212u8, 88u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    delegate: topics.2,
                    categories: data.0,
                    expiresAt: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.delegate.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegate,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DelegateAppointed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DelegateAppointed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DelegateAppointed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `DelegateRemoved(address,address,address)` and selector `0xf706b3b70da5d5dada9b3c7d9f14e4f6c280183742a82ea2f951653070b0f195`.
```solidity
event DelegateRemoved(address indexed patient, address indexed delegate, address indexed actor);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct DelegateRemoved {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for DelegateRemoved {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "DelegateRemoved(address,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                247u8, 6u8, 179u8, 183u8, 13u8, 165u8, 213u8, 218u8, 218u8, 155u8, 60u8,
                125u8, 159u8, 20u8, 228u8, 246u8, 194u8, 128u8, 24u8, 55u8, 66u8, 168u8,
                46u8, 162u8, 249u8, 81u8, 101u8, 48u8, 112u8, 176u8, 241u8, 149u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    delegate: topics.2,
                    actor: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.delegate.clone(),
                    self.actor.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.delegate,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.actor,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for DelegateRemoved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&DelegateRemoved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &DelegateRemoved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
```solidity
event EIP712DomainChanged();
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(),)
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EmergencyAccessClosed(address,uint32,address)` and selector `0x840470becf281eb232ef5fab8805c799b9866ff7b417ee20bafd816751901e8a`.
```solidity
event EmergencyAccessClosed(address indexed patient, uint32 indexed orgId, address indexed actor);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EmergencyAccessClosed {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub actor: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyAccessClosed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EmergencyAccessClosed(address,uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                132u8, 4u8, 112u8, 190u8, 207u8, 40u8, 30u8, 178u8, 50u8, 239u8, 95u8,
                171u8, 136u8, 5u8, 199u8, 153u8, 185u8, 134u8, 111u8, 247u8, 180u8, 23u8,
                238u8, 32u8, 186u8, 253u8, 129u8, 103u8, 81u8, 144u8, 30u8, 138u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    orgId: topics.2,
                    actor: topics.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.orgId.clone(),
                    self.actor.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.actor,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EmergencyAccessClosed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmergencyAccessClosed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmergencyAccessClosed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EmergencyAccessOpened(address,uint32,address,uint8,bytes32,uint32,uint40)` and selector `0x2973099dec79c9e1804c26f6274a93eead665223530012ec9e7c0eddc629ce00`.
```solidity
event EmergencyAccessOpened(address indexed patient, uint32 indexed orgId, address indexed practitioner, uint8 reasonCode, bytes32 justificationHash, uint32 categories, uint40 expiresAt);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EmergencyAccessOpened {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub practitioner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reasonCode: u8,
        #[allow(missing_docs)]
        pub justificationHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub expiresAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyAccessOpened {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EmergencyAccessOpened(address,uint32,address,uint8,bytes32,uint32,uint40)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                41u8, 115u8, 9u8, 157u8, 236u8, 121u8, 201u8, 225u8, 128u8, 76u8, 38u8,
                246u8, 39u8, 74u8, 147u8, 238u8, 173u8, 102u8, 82u8, 35u8, 83u8, 0u8,
                18u8, 236u8, 158u8, 124u8, 14u8, 221u8, 198u8, 41u8, 206u8, 0u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    orgId: topics.2,
                    practitioner: topics.3,
                    reasonCode: data.0,
                    justificationHash: data.1,
                    categories: data.2,
                    expiresAt: data.3,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonCode),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.justificationHash),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.patient.clone(),
                    self.orgId.clone(),
                    self.practitioner.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.practitioner,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EmergencyAccessOpened {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmergencyAccessOpened> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmergencyAccessOpened) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EmergencyPolicySet(address,bool,uint32)` and selector `0x206ea3c60150f17411dc885e1e3555adefab0e2ee008b6619b43074d8fba7573`.
```solidity
event EmergencyPolicySet(address indexed patient, bool optedOut, uint32 restrictedCategories);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EmergencyPolicySet {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub optedOut: bool,
        #[allow(missing_docs)]
        pub restrictedCategories: u32,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyPolicySet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EmergencyPolicySet(address,bool,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                32u8, 110u8, 163u8, 198u8, 1u8, 80u8, 241u8, 116u8, 17u8, 220u8, 136u8,
                94u8, 30u8, 53u8, 85u8, 173u8, 239u8, 171u8, 14u8, 46u8, 224u8, 8u8,
                182u8, 97u8, 155u8, 67u8, 7u8, 77u8, 143u8, 186u8, 117u8, 115u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    patient: topics.1,
                    optedOut: data.0,
                    restrictedCategories: data.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(
                        alloy_sol_types::Error::invalid_event_signature_hash(
                            Self::SIGNATURE,
                            topics.0,
                            Self::SIGNATURE_HASH,
                        ),
                    );
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.optedOut,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.restrictedCategories),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.patient.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(
                    Self::SIGNATURE_HASH,
                );
                out[1usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EmergencyPolicySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmergencyPolicySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmergencyPolicySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {}
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DOMAIN_SEPARATOR()` and selector `0x3644e515`.
```solidity
function DOMAIN_SEPARATOR() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DOMAIN_SEPARATORCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DOMAIN_SEPARATOR()`](DOMAIN_SEPARATORCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DOMAIN_SEPARATORReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DOMAIN_SEPARATORCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DOMAIN_SEPARATORCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DOMAIN_SEPARATORCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DOMAIN_SEPARATORReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DOMAIN_SEPARATORReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DOMAIN_SEPARATORReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DOMAIN_SEPARATORCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DOMAIN_SEPARATOR()";
            const SELECTOR: [u8; 4] = [54u8, 68u8, 229u8, 21u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: DOMAIN_SEPARATORReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: DOMAIN_SEPARATORReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `GRANT_TYPEHASH()` and selector `0x073f5d9f`.
```solidity
function GRANT_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GRANT_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`GRANT_TYPEHASH()`](GRANT_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct GRANT_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<GRANT_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: GRANT_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for GRANT_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<GRANT_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: GRANT_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for GRANT_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for GRANT_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "GRANT_TYPEHASH()";
            const SELECTOR: [u8; 4] = [7u8, 63u8, 93u8, 159u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: GRANT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: GRANT_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `REVOKE_TYPEHASH()` and selector `0x8a732227`.
```solidity
function REVOKE_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REVOKE_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`REVOKE_TYPEHASH()`](REVOKE_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REVOKE_TYPEHASHReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REVOKE_TYPEHASHCall> for UnderlyingRustTuple<'_> {
                fn from(value: REVOKE_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for REVOKE_TYPEHASHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<REVOKE_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: REVOKE_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for REVOKE_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for REVOKE_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "REVOKE_TYPEHASH()";
            const SELECTOR: [u8; 4] = [138u8, 115u8, 34u8, 39u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: REVOKE_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: REVOKE_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `accessRequest(uint64)` and selector `0xde3a176d`.
```solidity
function accessRequest(uint64 requestId) external view returns (IConsentRegistry.AccessRequest memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accessRequestCall {
        #[allow(missing_docs)]
        pub requestId: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`accessRequest(uint64)`](accessRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accessRequestReturn {
        #[allow(missing_docs)]
        pub _0: <IConsentRegistry::AccessRequest as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<accessRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: accessRequestCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for accessRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConsentRegistry::AccessRequest,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IConsentRegistry::AccessRequest as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<accessRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: accessRequestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for accessRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for accessRequestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IConsentRegistry::AccessRequest as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IConsentRegistry::AccessRequest,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "accessRequest(uint64)";
            const SELECTOR: [u8; 4] = [222u8, 58u8, 23u8, 109u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IConsentRegistry::AccessRequest as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: accessRequestReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: accessRequestReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `actingContext(address,address,bool)` and selector `0x92a7b65a`.
```solidity
function actingContext(address account, address patient, bool write) external view returns (uint32 orgId, bytes32 consent);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct actingContextCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub write: bool,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`actingContext(address,address,bool)`](actingContextCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct actingContextReturn {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub consent: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
                bool,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<actingContextCall> for UnderlyingRustTuple<'_> {
                fn from(value: actingContextCall) -> Self {
                    (value.account, value.patient, value.write)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for actingContextCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        patient: tuple.1,
                        write: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u32,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<actingContextReturn> for UnderlyingRustTuple<'_> {
                fn from(value: actingContextReturn) -> Self {
                    (value.orgId, value.consent)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for actingContextReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        consent: tuple.1,
                    }
                }
            }
        }
        impl actingContextReturn {
            fn _tokenize(
                &self,
            ) -> <actingContextCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.consent),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for actingContextCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = actingContextReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "actingContext(address,address,bool)";
            const SELECTOR: [u8; 4] = [146u8, 167u8, 182u8, 90u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.write,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                actingContextReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `appointDelegate(address,uint32,uint40)` and selector `0x567b7867`.
```solidity
function appointDelegate(address delegate, uint32 categories, uint40 expiresAt) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appointDelegateCall {
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub expiresAt: alloy::sol_types::private::primitives::aliases::U40,
    }
    ///Container type for the return parameters of the [`appointDelegate(address,uint32,uint40)`](appointDelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appointDelegateReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
                alloy::sol_types::private::primitives::aliases::U40,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<appointDelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: appointDelegateCall) -> Self {
                    (value.delegate, value.categories, value.expiresAt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appointDelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        delegate: tuple.0,
                        categories: tuple.1,
                        expiresAt: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<appointDelegateReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: appointDelegateReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for appointDelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl appointDelegateReturn {
            fn _tokenize(
                &self,
            ) -> <appointDelegateCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for appointDelegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = appointDelegateReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "appointDelegate(address,uint32,uint40)";
            const SELECTOR: [u8; 4] = [86u8, 123u8, 120u8, 103u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.expiresAt),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                appointDelegateReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `approveRequest(uint64)` and selector `0xbad9faa2`.
```solidity
function approveRequest(uint64 requestId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveRequestCall {
        #[allow(missing_docs)]
        pub requestId: u64,
    }
    ///Container type for the return parameters of the [`approveRequest(uint64)`](approveRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct approveRequestReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: approveRequestCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for approveRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<approveRequestReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: approveRequestReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for approveRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl approveRequestReturn {
            fn _tokenize(
                &self,
            ) -> <approveRequestCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for approveRequestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = approveRequestReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "approveRequest(uint64)";
            const SELECTOR: [u8; 4] = [186u8, 217u8, 250u8, 162u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                approveRequestReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `cancelRequest(uint64)` and selector `0xefbcbd5c`.
```solidity
function cancelRequest(uint64 requestId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelRequestCall {
        #[allow(missing_docs)]
        pub requestId: u64,
    }
    ///Container type for the return parameters of the [`cancelRequest(uint64)`](cancelRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cancelRequestReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<cancelRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: cancelRequestCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<cancelRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: cancelRequestReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cancelRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl cancelRequestReturn {
            fn _tokenize(
                &self,
            ) -> <cancelRequestCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cancelRequestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = cancelRequestReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cancelRequest(uint64)";
            const SELECTOR: [u8; 4] = [239u8, 188u8, 189u8, 92u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                cancelRequestReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `checkAccess(address,uint32,uint8,uint8,uint8)` and selector `0x01e38dfc`.
```solidity
function checkAccess(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action) external view returns (bool allowed, uint8 basis);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct checkAccessCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub purpose: u8,
        #[allow(missing_docs)]
        pub action: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`checkAccess(address,uint32,uint8,uint8,uint8)`](checkAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct checkAccessReturn {
        #[allow(missing_docs)]
        pub allowed: bool,
        #[allow(missing_docs)]
        pub basis: u8,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
                u8,
                u8,
                u8,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<checkAccessCall> for UnderlyingRustTuple<'_> {
                fn from(value: checkAccessCall) -> Self {
                    (
                        value.patient,
                        value.orgId,
                        value.category,
                        value.purpose,
                        value.action,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for checkAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                        category: tuple.2,
                        purpose: tuple.3,
                        action: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool, u8);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<checkAccessReturn> for UnderlyingRustTuple<'_> {
                fn from(value: checkAccessReturn) -> Self {
                    (value.allowed, value.basis)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for checkAccessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        allowed: tuple.0,
                        basis: tuple.1,
                    }
                }
            }
        }
        impl checkAccessReturn {
            fn _tokenize(
                &self,
            ) -> <checkAccessCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.allowed,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.basis),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for checkAccessCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = checkAccessReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "checkAccess(address,uint32,uint8,uint8,uint8)";
            const SELECTOR: [u8; 4] = [1u8, 227u8, 141u8, 252u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.action),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                checkAccessReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `closeEmergencyAccess(address,uint32)` and selector `0xd955e4f0`.
```solidity
function closeEmergencyAccess(address patient, uint32 orgId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeEmergencyAccessCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    ///Container type for the return parameters of the [`closeEmergencyAccess(address,uint32)`](closeEmergencyAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct closeEmergencyAccessReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<closeEmergencyAccessCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: closeEmergencyAccessCall) -> Self {
                    (value.patient, value.orgId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for closeEmergencyAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<closeEmergencyAccessReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: closeEmergencyAccessReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for closeEmergencyAccessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl closeEmergencyAccessReturn {
            fn _tokenize(
                &self,
            ) -> <closeEmergencyAccessCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for closeEmergencyAccessCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = closeEmergencyAccessReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "closeEmergencyAccess(address,uint32)";
            const SELECTOR: [u8; 4] = [217u8, 85u8, 228u8, 240u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                closeEmergencyAccessReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `consentOf(address,uint32)` and selector `0xd50e0aab`.
```solidity
function consentOf(address patient, uint32 orgId) external view returns (Consent memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct consentOfCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`consentOf(address,uint32)`](consentOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct consentOfReturn {
        #[allow(missing_docs)]
        pub _0: <Consent as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<consentOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: consentOfCall) -> Self {
                    (value.patient, value.orgId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for consentOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Consent,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <Consent as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<consentOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: consentOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for consentOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for consentOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Consent as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Consent,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "consentOf(address,uint32)";
            const SELECTOR: [u8; 4] = [213u8, 14u8, 10u8, 171u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<Consent as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: consentOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: consentOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `delegationOf(address,address)` and selector `0x628da527`.
```solidity
function delegationOf(address patient, address delegate) external view returns (IConsentRegistry.Delegation memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationOfCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`delegationOf(address,address)`](delegationOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct delegationOfReturn {
        #[allow(missing_docs)]
        pub _0: <IConsentRegistry::Delegation as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: delegationOfCall) -> Self {
                    (value.patient, value.delegate)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        delegate: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConsentRegistry::Delegation,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IConsentRegistry::Delegation as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<delegationOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: delegationOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for delegationOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for delegationOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IConsentRegistry::Delegation as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IConsentRegistry::Delegation,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "delegationOf(address,address)";
            const SELECTOR: [u8; 4] = [98u8, 141u8, 165u8, 39u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IConsentRegistry::Delegation as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: delegationOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: delegationOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `denyRequest(uint64)` and selector `0xb3cef091`.
```solidity
function denyRequest(uint64 requestId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct denyRequestCall {
        #[allow(missing_docs)]
        pub requestId: u64,
    }
    ///Container type for the return parameters of the [`denyRequest(uint64)`](denyRequestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct denyRequestReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<denyRequestCall> for UnderlyingRustTuple<'_> {
                fn from(value: denyRequestCall) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for denyRequestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<denyRequestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: denyRequestReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for denyRequestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl denyRequestReturn {
            fn _tokenize(
                &self,
            ) -> <denyRequestCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for denyRequestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = denyRequestReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "denyRequest(uint64)";
            const SELECTOR: [u8; 4] = [179u8, 206u8, 240u8, 145u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(&self.requestId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                denyRequestReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
```solidity
function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions: alloy::sol_types::private::Vec<
            alloy::sol_types::private::primitives::aliases::U256,
        >,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::primitives::aliases::U256,
                >,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(
                &self,
            ) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                eip712DomainReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `emergencyPolicyOf(address)` and selector `0x2ec9a64a`.
```solidity
function emergencyPolicyOf(address patient) external view returns (IConsentRegistry.EmergencyPolicy memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyPolicyOfCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`emergencyPolicyOf(address)`](emergencyPolicyOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct emergencyPolicyOfReturn {
        #[allow(missing_docs)]
        pub _0: <IConsentRegistry::EmergencyPolicy as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<emergencyPolicyOfCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: emergencyPolicyOfCall) -> Self {
                    (value.patient,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for emergencyPolicyOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { patient: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IConsentRegistry::EmergencyPolicy,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IConsentRegistry::EmergencyPolicy as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<emergencyPolicyOfReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: emergencyPolicyOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for emergencyPolicyOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for emergencyPolicyOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IConsentRegistry::EmergencyPolicy as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IConsentRegistry::EmergencyPolicy,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "emergencyPolicyOf(address)";
            const SELECTOR: [u8; 4] = [46u8, 201u8, 166u8, 74u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IConsentRegistry::EmergencyPolicy as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: emergencyPolicyOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: emergencyPolicyOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `extend(address,uint32,uint40)` and selector `0x56edea44`.
```solidity
function extend(address patient, uint32 orgId, uint40 validUntil) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct extendCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub validUntil: alloy::sol_types::private::primitives::aliases::U40,
    }
    ///Container type for the return parameters of the [`extend(address,uint32,uint40)`](extendCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct extendReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
                alloy::sol_types::private::primitives::aliases::U40,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<extendCall> for UnderlyingRustTuple<'_> {
                fn from(value: extendCall) -> Self {
                    (value.patient, value.orgId, value.validUntil)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for extendCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                        validUntil: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<extendReturn> for UnderlyingRustTuple<'_> {
                fn from(value: extendReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for extendReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl extendReturn {
            fn _tokenize(
                &self,
            ) -> <extendCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for extendCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = extendReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "extend(address,uint32,uint40)";
            const SELECTOR: [u8; 4] = [86u8, 237u8, 234u8, 68u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.validUntil),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                extendReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grant(address,uint32,(uint32,uint8,uint8,uint40,uint40))` and selector `0x345e6c4d`.
```solidity
function grant(address patient, uint32 orgId, ConsentTerms memory terms) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub terms: <ConsentTerms as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`grant(address,uint32,(uint32,uint8,uint8,uint40,uint40))`](grantCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                ConsentTerms,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
                <ConsentTerms as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantCall) -> Self {
                    (value.patient, value.orgId, value.terms)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                        terms: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantReturn {
            fn _tokenize(
                &self,
            ) -> <grantCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                ConsentTerms,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grant(address,uint32,(uint32,uint8,uint8,uint40,uint40))";
            const SELECTOR: [u8; 4] = [52u8, 94u8, 108u8, 77u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <ConsentTerms as alloy_sol_types::SolType>::tokenize(&self.terms),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantBySig(address,uint32,(uint32,uint8,uint8,uint40,uint40),uint256,uint256,bytes)` and selector `0x6429080f`.
```solidity
function grantBySig(address patient, uint32 orgId, ConsentTerms memory terms, uint256 nonce, uint256 deadline, bytes memory signature) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantBySigCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub terms: <ConsentTerms as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`grantBySig(address,uint32,(uint32,uint8,uint8,uint40,uint40),uint256,uint256,bytes)`](grantBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantBySigReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                ConsentTerms,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
                <ConsentTerms as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantBySigCall) -> Self {
                    (
                        value.patient,
                        value.orgId,
                        value.terms,
                        value.nonce,
                        value.deadline,
                        value.signature,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                        terms: tuple.2,
                        nonce: tuple.3,
                        deadline: tuple.4,
                        signature: tuple.5,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<grantBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantBySigReturn {
            fn _tokenize(
                &self,
            ) -> <grantBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                ConsentTerms,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantBySig(address,uint32,(uint32,uint8,uint8,uint40,uint40),uint256,uint256,bytes)";
            const SELECTOR: [u8; 4] = [100u8, 41u8, 8u8, 15u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <ConsentTerms as alloy_sol_types::SolType>::tokenize(&self.terms),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantBySigReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `isActive(uint32)` and selector `0x5e19b305`.
```solidity
function isActive(uint32 orgId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isActiveCall {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isActive(uint32)`](isActiveCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isActiveReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isActiveCall> for UnderlyingRustTuple<'_> {
                fn from(value: isActiveCall) -> Self {
                    (value.orgId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isActiveCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { orgId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<isActiveReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isActiveReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isActiveReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isActiveCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isActive(uint32)";
            const SELECTOR: [u8; 4] = [94u8, 25u8, 179u8, 5u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: isActiveReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: isActiveReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `narrow(address,uint32,(uint32,uint8,uint8,uint40,uint40))` and selector `0x73da5d0a`.
```solidity
function narrow(address patient, uint32 orgId, ConsentTerms memory terms) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct narrowCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub terms: <ConsentTerms as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`narrow(address,uint32,(uint32,uint8,uint8,uint40,uint40))`](narrowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct narrowReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                ConsentTerms,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
                <ConsentTerms as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<narrowCall> for UnderlyingRustTuple<'_> {
                fn from(value: narrowCall) -> Self {
                    (value.patient, value.orgId, value.terms)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for narrowCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                        terms: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<narrowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: narrowReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for narrowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl narrowReturn {
            fn _tokenize(
                &self,
            ) -> <narrowCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for narrowCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                ConsentTerms,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = narrowReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "narrow(address,uint32,(uint32,uint8,uint8,uint40,uint40))";
            const SELECTOR: [u8; 4] = [115u8, 218u8, 93u8, 10u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <ConsentTerms as alloy_sol_types::SolType>::tokenize(&self.terms),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                narrowReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `nonceOf(address,uint32)` and selector `0x9049ecdb`.
```solidity
function nonceOf(address patient, uint32 orgId) external view returns (uint256);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nonceOfCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`nonceOf(address,uint32)`](nonceOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct nonceOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nonceOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: nonceOfCall) -> Self {
                    (value.patient, value.orgId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nonceOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<nonceOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: nonceOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for nonceOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for nonceOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "nonceOf(address,uint32)";
            const SELECTOR: [u8; 4] = [144u8, 73u8, 236u8, 219u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: nonceOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: nonceOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `openEmergencyAccess(address,uint8,bytes32)` and selector `0x92dca86f`.
```solidity
function openEmergencyAccess(address patient, uint8 reasonCode, bytes32 justificationHash) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openEmergencyAccessCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub reasonCode: u8,
        #[allow(missing_docs)]
        pub justificationHash: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`openEmergencyAccess(address,uint8,bytes32)`](openEmergencyAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct openEmergencyAccessReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u8,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<openEmergencyAccessCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: openEmergencyAccessCall) -> Self {
                    (value.patient, value.reasonCode, value.justificationHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for openEmergencyAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        reasonCode: tuple.1,
                        justificationHash: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<openEmergencyAccessReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: openEmergencyAccessReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for openEmergencyAccessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl openEmergencyAccessReturn {
            fn _tokenize(
                &self,
            ) -> <openEmergencyAccessCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for openEmergencyAccessCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = openEmergencyAccessReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "openEmergencyAccess(address,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [146u8, 220u8, 168u8, 111u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonCode),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.justificationHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                openEmergencyAccessReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `organizationStatus(uint32)` and selector `0x1c2d5471`.
```solidity
function organizationStatus(uint32 orgId) external view returns (OrganizationStatus memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationStatusCall {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`organizationStatus(uint32)`](organizationStatusCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationStatusReturn {
        #[allow(missing_docs)]
        pub _0: <OrganizationStatus as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<organizationStatusCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: organizationStatusCall) -> Self {
                    (value.orgId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for organizationStatusCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { orgId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (OrganizationStatus,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <OrganizationStatus as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<organizationStatusReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: organizationStatusReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for organizationStatusReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for organizationStatusCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <OrganizationStatus as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (OrganizationStatus,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "organizationStatus(uint32)";
            const SELECTOR: [u8; 4] = [28u8, 45u8, 84u8, 113u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<OrganizationStatus as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: organizationStatusReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: organizationStatusReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `organizations()` and selector `0x234db1de`.
```solidity
function organizations() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`organizations()`](organizationsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<organizationsCall> for UnderlyingRustTuple<'_> {
                fn from(value: organizationsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for organizationsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<organizationsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: organizationsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for organizationsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for organizationsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "organizations()";
            const SELECTOR: [u8; 4] = [35u8, 77u8, 177u8, 222u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: organizationsReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: organizationsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `paused()` and selector `0x5c975abb`.
```solidity
function paused() external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pausedCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`paused()`](pausedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pausedReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pausedCall> for UnderlyingRustTuple<'_> {
                fn from(value: pausedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pausedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<pausedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pausedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pausedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pausedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "paused()";
            const SELECTOR: [u8; 4] = [92u8, 151u8, 90u8, 187u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: pausedReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: pausedReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `practitionerOf(address)` and selector `0x1eb21e7e`.
```solidity
function practitionerOf(address account) external view returns (Practitioner memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct practitionerOfCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`practitionerOf(address)`](practitionerOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct practitionerOfReturn {
        #[allow(missing_docs)]
        pub _0: <Practitioner as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<practitionerOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: practitionerOfCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for practitionerOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Practitioner,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <Practitioner as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<practitionerOfReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: practitionerOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for practitionerOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for practitionerOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Practitioner as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Practitioner,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "practitionerOf(address)";
            const SELECTOR: [u8; 4] = [30u8, 178u8, 30u8, 126u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<Practitioner as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: practitionerOfReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: practitionerOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `removeDelegate(address,address)` and selector `0x020d308d`.
```solidity
function removeDelegate(address patient, address delegate) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct removeDelegateCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub delegate: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`removeDelegate(address,address)`](removeDelegateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct removeDelegateReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<removeDelegateCall> for UnderlyingRustTuple<'_> {
                fn from(value: removeDelegateCall) -> Self {
                    (value.patient, value.delegate)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for removeDelegateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        delegate: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<removeDelegateReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: removeDelegateReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for removeDelegateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl removeDelegateReturn {
            fn _tokenize(
                &self,
            ) -> <removeDelegateCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for removeDelegateCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = removeDelegateReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "removeDelegate(address,address)";
            const SELECTOR: [u8; 4] = [2u8, 13u8, 48u8, 141u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.delegate,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                removeDelegateReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestAccess(address,uint32,uint8,uint8,uint40,bytes32)` and selector `0x0ad36822`.
```solidity
function requestAccess(address patient, uint32 categories, uint8 purposes, uint8 actions, uint40 duration, bytes32 reasonHash) external returns (uint64 requestId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestAccessCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub categories: u32,
        #[allow(missing_docs)]
        pub purposes: u8,
        #[allow(missing_docs)]
        pub actions: u8,
        #[allow(missing_docs)]
        pub duration: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub reasonHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestAccess(address,uint32,uint8,uint8,uint40,bytes32)`](requestAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestAccessReturn {
        #[allow(missing_docs)]
        pub requestId: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
                u8,
                u8,
                alloy::sol_types::private::primitives::aliases::U40,
                alloy::sol_types::private::FixedBytes<32>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestAccessCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestAccessCall) -> Self {
                    (
                        value.patient,
                        value.categories,
                        value.purposes,
                        value.actions,
                        value.duration,
                        value.reasonHash,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        categories: tuple.1,
                        purposes: tuple.2,
                        actions: tuple.3,
                        duration: tuple.4,
                        reasonHash: tuple.5,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestAccessReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestAccessReturn) -> Self {
                    (value.requestId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestAccessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { requestId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestAccessCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestAccess(address,uint32,uint8,uint8,uint40,bytes32)";
            const SELECTOR: [u8; 4] = [10u8, 211u8, 104u8, 34u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.categories),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purposes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.actions),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.duration),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: requestAccessReturn = r.into();
                        r.requestId
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: requestAccessReturn = r.into();
                        r.requestId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestCount()` and selector `0x5badbe4c`.
```solidity
function requestCount() external view returns (uint64);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requestCount()`](requestCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestCountReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestCountCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestCount()";
            const SELECTOR: [u8; 4] = [91u8, 173u8, 190u8, 76u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: requestCountReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: requestCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requireActivePractitioner(address,bool)` and selector `0x025de1c1`.
```solidity
function requireActivePractitioner(address account, bool write) external view returns (Practitioner memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requireActivePractitionerCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub write: bool,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`requireActivePractitioner(address,bool)`](requireActivePractitionerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requireActivePractitionerReturn {
        #[allow(missing_docs)]
        pub _0: <Practitioner as alloy::sol_types::SolType>::RustType,
    }
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, bool);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requireActivePractitionerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: requireActivePractitionerCall) -> Self {
                    (value.account, value.write)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for requireActivePractitionerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        write: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (Practitioner,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <Practitioner as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requireActivePractitionerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: requireActivePractitionerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for requireActivePractitionerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requireActivePractitionerCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Practitioner as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Practitioner,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requireActivePractitioner(address,bool)";
            const SELECTOR: [u8; 4] = [2u8, 93u8, 225u8, 193u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.write,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<Practitioner as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: requireActivePractitionerReturn = r.into();
                        r._0
                    })
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(|r| {
                        let r: requireActivePractitionerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revoke(address,uint32)` and selector `0x3d767874`.
```solidity
function revoke(address patient, uint32 orgId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    ///Container type for the return parameters of the [`revoke(address,uint32)`](revokeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeCall) -> Self {
                    (value.patient, value.orgId)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeReturn {
            fn _tokenize(
                &self,
            ) -> <revokeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revoke(address,uint32)";
            const SELECTOR: [u8; 4] = [61u8, 118u8, 120u8, 116u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `revokeBySig(address,uint32,uint256,uint256,bytes)` and selector `0xc1c5e6e1`.
```solidity
function revokeBySig(address patient, uint32 orgId, uint256 nonce, uint256 deadline, bytes memory signature) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeBySigCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub nonce: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`revokeBySig(address,uint32,uint256,uint256,bytes)`](revokeBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeBySigReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeBySigCall) -> Self {
                    (
                        value.patient,
                        value.orgId,
                        value.nonce,
                        value.deadline,
                        value.signature,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        orgId: tuple.1,
                        nonce: tuple.2,
                        deadline: tuple.3,
                        signature: tuple.4,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<revokeBySigReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeBySigReturn {
            fn _tokenize(
                &self,
            ) -> <revokeBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeBySig(address,uint32,uint256,uint256,bytes)";
            const SELECTOR: [u8; 4] = [193u8, 197u8, 230u8, 225u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.nonce),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeBySigReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setEmergencyPolicy(bool,uint32)` and selector `0x6dffff96`.
```solidity
function setEmergencyPolicy(bool optedOut, uint32 restrictedCategories) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEmergencyPolicyCall {
        #[allow(missing_docs)]
        pub optedOut: bool,
        #[allow(missing_docs)]
        pub restrictedCategories: u32,
    }
    ///Container type for the return parameters of the [`setEmergencyPolicy(bool,uint32)`](setEmergencyPolicyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEmergencyPolicyReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setEmergencyPolicyCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEmergencyPolicyCall) -> Self {
                    (value.optedOut, value.restrictedCategories)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEmergencyPolicyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        optedOut: tuple.0,
                        restrictedCategories: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setEmergencyPolicyReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEmergencyPolicyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEmergencyPolicyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setEmergencyPolicyReturn {
            fn _tokenize(
                &self,
            ) -> <setEmergencyPolicyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEmergencyPolicyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEmergencyPolicyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setEmergencyPolicy(bool,uint32)";
            const SELECTOR: [u8; 4] = [109u8, 255u8, 255u8, 150u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.optedOut,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.restrictedCategories),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setEmergencyPolicyReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setOrganizationStatus(uint32,(bool,bool,bool))` and selector `0x7beb8764`.
```solidity
function setOrganizationStatus(uint32 orgId, OrganizationStatus memory status) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setOrganizationStatusCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub status: <OrganizationStatus as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`setOrganizationStatus(uint32,(bool,bool,bool))`](setOrganizationStatusCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setOrganizationStatusReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                OrganizationStatus,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u32,
                <OrganizationStatus as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setOrganizationStatusCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setOrganizationStatusCall) -> Self {
                    (value.orgId, value.status)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setOrganizationStatusCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        status: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setOrganizationStatusReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setOrganizationStatusReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setOrganizationStatusReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setOrganizationStatusReturn {
            fn _tokenize(
                &self,
            ) -> <setOrganizationStatusCall as alloy_sol_types::SolCall>::ReturnToken<
                '_,
            > {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setOrganizationStatusCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                OrganizationStatus,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setOrganizationStatusReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setOrganizationStatus(uint32,(bool,bool,bool))";
            const SELECTOR: [u8; 4] = [123u8, 235u8, 135u8, 100u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <OrganizationStatus as alloy_sol_types::SolType>::tokenize(
                        &self.status,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setOrganizationStatusReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setPaused(bool)` and selector `0x16c38b3c`.
```solidity
function setPaused(bool paused_) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPausedCall {
        #[allow(missing_docs)]
        pub paused_: bool,
    }
    ///Container type for the return parameters of the [`setPaused(bool)`](setPausedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPausedReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setPausedCall> for UnderlyingRustTuple<'_> {
                fn from(value: setPausedCall) -> Self {
                    (value.paused_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPausedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { paused_: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setPausedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setPausedReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPausedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setPausedReturn {
            fn _tokenize(
                &self,
            ) -> <setPausedCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setPausedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Bool,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setPausedReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setPaused(bool)";
            const SELECTOR: [u8; 4] = [22u8, 195u8, 139u8, 60u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.paused_,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setPausedReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `setPractitioner(address,(uint32,uint8,uint40))` and selector `0xdcee9fc6`.
```solidity
function setPractitioner(address account, Practitioner memory member) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPractitionerCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub member: <Practitioner as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`setPractitioner(address,(uint32,uint8,uint40))`](setPractitionerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setPractitionerReturn {}
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                Practitioner,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <Practitioner as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setPractitionerCall> for UnderlyingRustTuple<'_> {
                fn from(value: setPractitionerCall) -> Self {
                    (value.account, value.member)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setPractitionerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        account: tuple.0,
                        member: tuple.1,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(
                _t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>,
            ) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setPractitionerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setPractitionerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setPractitionerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setPractitionerReturn {
            fn _tokenize(
                &self,
            ) -> <setPractitionerCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setPractitionerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address, Practitioner);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setPractitionerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setPractitioner(address,(uint32,uint8,uint40))";
            const SELECTOR: [u8; 4] = [220u8, 238u8, 159u8, 198u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <Practitioner as alloy_sol_types::SolType>::tokenize(&self.member),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setPractitionerReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(
                data: &[u8],
            ) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    ///Container for all the [`ConsentRegistry`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum ConsentRegistryCalls {
        #[allow(missing_docs)]
        DOMAIN_SEPARATOR(DOMAIN_SEPARATORCall),
        #[allow(missing_docs)]
        GRANT_TYPEHASH(GRANT_TYPEHASHCall),
        #[allow(missing_docs)]
        REVOKE_TYPEHASH(REVOKE_TYPEHASHCall),
        #[allow(missing_docs)]
        accessRequest(accessRequestCall),
        #[allow(missing_docs)]
        actingContext(actingContextCall),
        #[allow(missing_docs)]
        appointDelegate(appointDelegateCall),
        #[allow(missing_docs)]
        approveRequest(approveRequestCall),
        #[allow(missing_docs)]
        cancelRequest(cancelRequestCall),
        #[allow(missing_docs)]
        checkAccess(checkAccessCall),
        #[allow(missing_docs)]
        closeEmergencyAccess(closeEmergencyAccessCall),
        #[allow(missing_docs)]
        consentOf(consentOfCall),
        #[allow(missing_docs)]
        delegationOf(delegationOfCall),
        #[allow(missing_docs)]
        denyRequest(denyRequestCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        emergencyPolicyOf(emergencyPolicyOfCall),
        #[allow(missing_docs)]
        extend(extendCall),
        #[allow(missing_docs)]
        grant(grantCall),
        #[allow(missing_docs)]
        grantBySig(grantBySigCall),
        #[allow(missing_docs)]
        isActive(isActiveCall),
        #[allow(missing_docs)]
        narrow(narrowCall),
        #[allow(missing_docs)]
        nonceOf(nonceOfCall),
        #[allow(missing_docs)]
        openEmergencyAccess(openEmergencyAccessCall),
        #[allow(missing_docs)]
        organizationStatus(organizationStatusCall),
        #[allow(missing_docs)]
        organizations(organizationsCall),
        #[allow(missing_docs)]
        paused(pausedCall),
        #[allow(missing_docs)]
        practitionerOf(practitionerOfCall),
        #[allow(missing_docs)]
        removeDelegate(removeDelegateCall),
        #[allow(missing_docs)]
        requestAccess(requestAccessCall),
        #[allow(missing_docs)]
        requestCount(requestCountCall),
        #[allow(missing_docs)]
        requireActivePractitioner(requireActivePractitionerCall),
        #[allow(missing_docs)]
        revoke(revokeCall),
        #[allow(missing_docs)]
        revokeBySig(revokeBySigCall),
        #[allow(missing_docs)]
        setEmergencyPolicy(setEmergencyPolicyCall),
        #[allow(missing_docs)]
        setOrganizationStatus(setOrganizationStatusCall),
        #[allow(missing_docs)]
        setPaused(setPausedCall),
        #[allow(missing_docs)]
        setPractitioner(setPractitionerCall),
    }
    impl ConsentRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 227u8, 141u8, 252u8],
            [2u8, 13u8, 48u8, 141u8],
            [2u8, 93u8, 225u8, 193u8],
            [7u8, 63u8, 93u8, 159u8],
            [10u8, 211u8, 104u8, 34u8],
            [22u8, 195u8, 139u8, 60u8],
            [28u8, 45u8, 84u8, 113u8],
            [30u8, 178u8, 30u8, 126u8],
            [35u8, 77u8, 177u8, 222u8],
            [46u8, 201u8, 166u8, 74u8],
            [52u8, 94u8, 108u8, 77u8],
            [54u8, 68u8, 229u8, 21u8],
            [61u8, 118u8, 120u8, 116u8],
            [86u8, 123u8, 120u8, 103u8],
            [86u8, 237u8, 234u8, 68u8],
            [91u8, 173u8, 190u8, 76u8],
            [92u8, 151u8, 90u8, 187u8],
            [94u8, 25u8, 179u8, 5u8],
            [98u8, 141u8, 165u8, 39u8],
            [100u8, 41u8, 8u8, 15u8],
            [109u8, 255u8, 255u8, 150u8],
            [115u8, 218u8, 93u8, 10u8],
            [123u8, 235u8, 135u8, 100u8],
            [132u8, 176u8, 25u8, 110u8],
            [138u8, 115u8, 34u8, 39u8],
            [144u8, 73u8, 236u8, 219u8],
            [146u8, 167u8, 182u8, 90u8],
            [146u8, 220u8, 168u8, 111u8],
            [179u8, 206u8, 240u8, 145u8],
            [186u8, 217u8, 250u8, 162u8],
            [193u8, 197u8, 230u8, 225u8],
            [213u8, 14u8, 10u8, 171u8],
            [217u8, 85u8, 228u8, 240u8],
            [220u8, 238u8, 159u8, 198u8],
            [222u8, 58u8, 23u8, 109u8],
            [239u8, 188u8, 189u8, 92u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(checkAccess),
            ::core::stringify!(removeDelegate),
            ::core::stringify!(requireActivePractitioner),
            ::core::stringify!(GRANT_TYPEHASH),
            ::core::stringify!(requestAccess),
            ::core::stringify!(setPaused),
            ::core::stringify!(organizationStatus),
            ::core::stringify!(practitionerOf),
            ::core::stringify!(organizations),
            ::core::stringify!(emergencyPolicyOf),
            ::core::stringify!(grant),
            ::core::stringify!(DOMAIN_SEPARATOR),
            ::core::stringify!(revoke),
            ::core::stringify!(appointDelegate),
            ::core::stringify!(extend),
            ::core::stringify!(requestCount),
            ::core::stringify!(paused),
            ::core::stringify!(isActive),
            ::core::stringify!(delegationOf),
            ::core::stringify!(grantBySig),
            ::core::stringify!(setEmergencyPolicy),
            ::core::stringify!(narrow),
            ::core::stringify!(setOrganizationStatus),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(REVOKE_TYPEHASH),
            ::core::stringify!(nonceOf),
            ::core::stringify!(actingContext),
            ::core::stringify!(openEmergencyAccess),
            ::core::stringify!(denyRequest),
            ::core::stringify!(approveRequest),
            ::core::stringify!(revokeBySig),
            ::core::stringify!(consentOf),
            ::core::stringify!(closeEmergencyAccess),
            ::core::stringify!(setPractitioner),
            ::core::stringify!(accessRequest),
            ::core::stringify!(cancelRequest),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <checkAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <removeDelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requireActivePractitionerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setPausedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <organizationStatusCall as alloy_sol_types::SolCall>::SIGNATURE,
            <practitionerOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <organizationsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <emergencyPolicyOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <appointDelegateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <extendCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pausedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isActiveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <delegationOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEmergencyPolicyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <narrowCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setOrganizationStatusCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <nonceOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <actingContextCall as alloy_sol_types::SolCall>::SIGNATURE,
            <openEmergencyAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <denyRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <approveRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <consentOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <closeEmergencyAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setPractitionerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <accessRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cancelRequestCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for ConsentRegistryCalls {
        const NAME: &'static str = "ConsentRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 36usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DOMAIN_SEPARATOR(_) => {
                    <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::GRANT_TYPEHASH(_) => {
                    <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::REVOKE_TYPEHASH(_) => {
                    <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::accessRequest(_) => {
                    <accessRequestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::actingContext(_) => {
                    <actingContextCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::appointDelegate(_) => {
                    <appointDelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::approveRequest(_) => {
                    <approveRequestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::cancelRequest(_) => {
                    <cancelRequestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::checkAccess(_) => {
                    <checkAccessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::closeEmergencyAccess(_) => {
                    <closeEmergencyAccessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::consentOf(_) => {
                    <consentOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::delegationOf(_) => {
                    <delegationOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::denyRequest(_) => {
                    <denyRequestCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::eip712Domain(_) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::emergencyPolicyOf(_) => {
                    <emergencyPolicyOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::extend(_) => <extendCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grant(_) => <grantCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantBySig(_) => {
                    <grantBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::isActive(_) => <isActiveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::narrow(_) => <narrowCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::nonceOf(_) => <nonceOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::openEmergencyAccess(_) => {
                    <openEmergencyAccessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::organizationStatus(_) => {
                    <organizationStatusCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::organizations(_) => {
                    <organizationsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::paused(_) => <pausedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::practitionerOf(_) => {
                    <practitionerOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::removeDelegate(_) => {
                    <removeDelegateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestAccess(_) => {
                    <requestAccessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requestCount(_) => {
                    <requestCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::requireActivePractitioner(_) => {
                    <requireActivePractitionerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revoke(_) => <revokeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeBySig(_) => {
                    <revokeBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setEmergencyPolicy(_) => {
                    <setEmergencyPolicyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setOrganizationStatus(_) => {
                    <setOrganizationStatusCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setPaused(_) => {
                    <setPausedCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setPractitioner(_) => {
                    <setPractitionerCall as alloy_sol_types::SolCall>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<ConsentRegistryCalls>] = &[
                {
                    fn checkAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <checkAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::checkAccess)
                    }
                    checkAccess
                },
                {
                    fn removeDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <removeDelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::removeDelegate)
                    }
                    removeDelegate
                },
                {
                    fn requireActivePractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <requireActivePractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::requireActivePractitioner)
                    }
                    requireActivePractitioner
                },
                {
                    fn GRANT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::GRANT_TYPEHASH)
                    }
                    GRANT_TYPEHASH
                },
                {
                    fn requestAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <requestAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::requestAccess)
                    }
                    requestAccess
                },
                {
                    fn setPaused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <setPausedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::setPaused)
                    }
                    setPaused
                },
                {
                    fn organizationStatus(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <organizationStatusCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::organizationStatus)
                    }
                    organizationStatus
                },
                {
                    fn practitionerOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <practitionerOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::practitionerOf)
                    }
                    practitionerOf
                },
                {
                    fn organizations(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <organizationsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::organizations)
                    }
                    organizations
                },
                {
                    fn emergencyPolicyOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <emergencyPolicyOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::emergencyPolicyOf)
                    }
                    emergencyPolicyOf
                },
                {
                    fn grant(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <grantCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::grant)
                    }
                    grant
                },
                {
                    fn DOMAIN_SEPARATOR(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::DOMAIN_SEPARATOR)
                    }
                    DOMAIN_SEPARATOR
                },
                {
                    fn revoke(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <revokeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::revoke)
                    }
                    revoke
                },
                {
                    fn appointDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <appointDelegateCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::appointDelegate)
                    }
                    appointDelegate
                },
                {
                    fn extend(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <extendCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::extend)
                    }
                    extend
                },
                {
                    fn requestCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <requestCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::requestCount)
                    }
                    requestCount
                },
                {
                    fn paused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::paused)
                    }
                    paused
                },
                {
                    fn isActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::isActive)
                    }
                    isActive
                },
                {
                    fn delegationOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <delegationOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::delegationOf)
                    }
                    delegationOf
                },
                {
                    fn grantBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <grantBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::grantBySig)
                    }
                    grantBySig
                },
                {
                    fn setEmergencyPolicy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <setEmergencyPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::setEmergencyPolicy)
                    }
                    setEmergencyPolicy
                },
                {
                    fn narrow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <narrowCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::narrow)
                    }
                    narrow
                },
                {
                    fn setOrganizationStatus(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <setOrganizationStatusCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::setOrganizationStatus)
                    }
                    setOrganizationStatus
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn REVOKE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::REVOKE_TYPEHASH)
                    }
                    REVOKE_TYPEHASH
                },
                {
                    fn nonceOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <nonceOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::nonceOf)
                    }
                    nonceOf
                },
                {
                    fn actingContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <actingContextCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::actingContext)
                    }
                    actingContext
                },
                {
                    fn openEmergencyAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <openEmergencyAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::openEmergencyAccess)
                    }
                    openEmergencyAccess
                },
                {
                    fn denyRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <denyRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::denyRequest)
                    }
                    denyRequest
                },
                {
                    fn approveRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <approveRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::approveRequest)
                    }
                    approveRequest
                },
                {
                    fn revokeBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <revokeBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::revokeBySig)
                    }
                    revokeBySig
                },
                {
                    fn consentOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <consentOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(ConsentRegistryCalls::consentOf)
                    }
                    consentOf
                },
                {
                    fn closeEmergencyAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <closeEmergencyAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::closeEmergencyAccess)
                    }
                    closeEmergencyAccess
                },
                {
                    fn setPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <setPractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::setPractitioner)
                    }
                    setPractitioner
                },
                {
                    fn accessRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <accessRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::accessRequest)
                    }
                    accessRequest
                },
                {
                    fn cancelRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <cancelRequestCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryCalls::cancelRequest)
                    }
                    cancelRequest
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<ConsentRegistryCalls>] = &[
                {
                    fn checkAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <checkAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::checkAccess)
                    }
                    checkAccess
                },
                {
                    fn removeDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <removeDelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::removeDelegate)
                    }
                    removeDelegate
                },
                {
                    fn requireActivePractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <requireActivePractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::requireActivePractitioner)
                    }
                    requireActivePractitioner
                },
                {
                    fn GRANT_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::GRANT_TYPEHASH)
                    }
                    GRANT_TYPEHASH
                },
                {
                    fn requestAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <requestAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::requestAccess)
                    }
                    requestAccess
                },
                {
                    fn setPaused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <setPausedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::setPaused)
                    }
                    setPaused
                },
                {
                    fn organizationStatus(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <organizationStatusCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::organizationStatus)
                    }
                    organizationStatus
                },
                {
                    fn practitionerOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <practitionerOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::practitionerOf)
                    }
                    practitionerOf
                },
                {
                    fn organizations(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <organizationsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::organizations)
                    }
                    organizations
                },
                {
                    fn emergencyPolicyOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <emergencyPolicyOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::emergencyPolicyOf)
                    }
                    emergencyPolicyOf
                },
                {
                    fn grant(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <grantCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::grant)
                    }
                    grant
                },
                {
                    fn DOMAIN_SEPARATOR(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::DOMAIN_SEPARATOR)
                    }
                    DOMAIN_SEPARATOR
                },
                {
                    fn revoke(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <revokeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::revoke)
                    }
                    revoke
                },
                {
                    fn appointDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <appointDelegateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::appointDelegate)
                    }
                    appointDelegate
                },
                {
                    fn extend(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <extendCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::extend)
                    }
                    extend
                },
                {
                    fn requestCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <requestCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::requestCount)
                    }
                    requestCount
                },
                {
                    fn paused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::paused)
                    }
                    paused
                },
                {
                    fn isActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::isActive)
                    }
                    isActive
                },
                {
                    fn delegationOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <delegationOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::delegationOf)
                    }
                    delegationOf
                },
                {
                    fn grantBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <grantBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::grantBySig)
                    }
                    grantBySig
                },
                {
                    fn setEmergencyPolicy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <setEmergencyPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::setEmergencyPolicy)
                    }
                    setEmergencyPolicy
                },
                {
                    fn narrow(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <narrowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::narrow)
                    }
                    narrow
                },
                {
                    fn setOrganizationStatus(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <setOrganizationStatusCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::setOrganizationStatus)
                    }
                    setOrganizationStatus
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn REVOKE_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::REVOKE_TYPEHASH)
                    }
                    REVOKE_TYPEHASH
                },
                {
                    fn nonceOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <nonceOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::nonceOf)
                    }
                    nonceOf
                },
                {
                    fn actingContext(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <actingContextCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::actingContext)
                    }
                    actingContext
                },
                {
                    fn openEmergencyAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <openEmergencyAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::openEmergencyAccess)
                    }
                    openEmergencyAccess
                },
                {
                    fn denyRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <denyRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::denyRequest)
                    }
                    denyRequest
                },
                {
                    fn approveRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <approveRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::approveRequest)
                    }
                    approveRequest
                },
                {
                    fn revokeBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <revokeBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::revokeBySig)
                    }
                    revokeBySig
                },
                {
                    fn consentOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <consentOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::consentOf)
                    }
                    consentOf
                },
                {
                    fn closeEmergencyAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <closeEmergencyAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::closeEmergencyAccess)
                    }
                    closeEmergencyAccess
                },
                {
                    fn setPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <setPractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::setPractitioner)
                    }
                    setPractitioner
                },
                {
                    fn accessRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <accessRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::accessRequest)
                    }
                    accessRequest
                },
                {
                    fn cancelRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryCalls> {
                        <cancelRequestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryCalls::cancelRequest)
                    }
                    cancelRequest
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::DOMAIN_SEPARATOR(inner) => {
                    <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::GRANT_TYPEHASH(inner) => {
                    <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::REVOKE_TYPEHASH(inner) => {
                    <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::accessRequest(inner) => {
                    <accessRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::actingContext(inner) => {
                    <actingContextCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::appointDelegate(inner) => {
                    <appointDelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::approveRequest(inner) => {
                    <approveRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::cancelRequest(inner) => {
                    <cancelRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::checkAccess(inner) => {
                    <checkAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::closeEmergencyAccess(inner) => {
                    <closeEmergencyAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::consentOf(inner) => {
                    <consentOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::delegationOf(inner) => {
                    <delegationOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::denyRequest(inner) => {
                    <denyRequestCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::emergencyPolicyOf(inner) => {
                    <emergencyPolicyOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::extend(inner) => {
                    <extendCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grant(inner) => {
                    <grantCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::grantBySig(inner) => {
                    <grantBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::narrow(inner) => {
                    <narrowCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::nonceOf(inner) => {
                    <nonceOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::openEmergencyAccess(inner) => {
                    <openEmergencyAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::organizationStatus(inner) => {
                    <organizationStatusCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::organizations(inner) => {
                    <organizationsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::practitionerOf(inner) => {
                    <practitionerOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::removeDelegate(inner) => {
                    <removeDelegateCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestAccess(inner) => {
                    <requestAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requestCount(inner) => {
                    <requestCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::requireActivePractitioner(inner) => {
                    <requireActivePractitionerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revoke(inner) => {
                    <revokeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeBySig(inner) => {
                    <revokeBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setEmergencyPolicy(inner) => {
                    <setEmergencyPolicyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setOrganizationStatus(inner) => {
                    <setOrganizationStatusCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setPaused(inner) => {
                    <setPausedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setPractitioner(inner) => {
                    <setPractitionerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::DOMAIN_SEPARATOR(inner) => {
                    <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::GRANT_TYPEHASH(inner) => {
                    <GRANT_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::REVOKE_TYPEHASH(inner) => {
                    <REVOKE_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::accessRequest(inner) => {
                    <accessRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::actingContext(inner) => {
                    <actingContextCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::appointDelegate(inner) => {
                    <appointDelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::approveRequest(inner) => {
                    <approveRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::cancelRequest(inner) => {
                    <cancelRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::checkAccess(inner) => {
                    <checkAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::closeEmergencyAccess(inner) => {
                    <closeEmergencyAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::consentOf(inner) => {
                    <consentOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::delegationOf(inner) => {
                    <delegationOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::denyRequest(inner) => {
                    <denyRequestCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::emergencyPolicyOf(inner) => {
                    <emergencyPolicyOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::extend(inner) => {
                    <extendCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grant(inner) => {
                    <grantCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantBySig(inner) => {
                    <grantBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::narrow(inner) => {
                    <narrowCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::nonceOf(inner) => {
                    <nonceOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::openEmergencyAccess(inner) => {
                    <openEmergencyAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::organizationStatus(inner) => {
                    <organizationStatusCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::organizations(inner) => {
                    <organizationsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::practitionerOf(inner) => {
                    <practitionerOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::removeDelegate(inner) => {
                    <removeDelegateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestAccess(inner) => {
                    <requestAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requestCount(inner) => {
                    <requestCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::requireActivePractitioner(inner) => {
                    <requireActivePractitionerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revoke(inner) => {
                    <revokeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeBySig(inner) => {
                    <revokeBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setEmergencyPolicy(inner) => {
                    <setEmergencyPolicyCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setOrganizationStatus(inner) => {
                    <setOrganizationStatusCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setPaused(inner) => {
                    <setPausedCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setPractitioner(inner) => {
                    <setPractitionerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ConsentRegistry`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ConsentRegistryErrors {
        #[allow(missing_docs)]
        ConsentRegistry__DelegateScopeExceeded(ConsentRegistry__DelegateScopeExceeded),
        #[allow(missing_docs)]
        ConsentRegistry__EmergencyOptedOut(ConsentRegistry__EmergencyOptedOut),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidAction(ConsentRegistry__InvalidAction),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidActions(ConsentRegistry__InvalidActions),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidCategories(ConsentRegistry__InvalidCategories),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidCategory(ConsentRegistry__InvalidCategory),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidDelegate(ConsentRegistry__InvalidDelegate),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidDuration(ConsentRegistry__InvalidDuration),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidExpiry(ConsentRegistry__InvalidExpiry),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidNonce(ConsentRegistry__InvalidNonce),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidPatient(ConsentRegistry__InvalidPatient),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidPurpose(ConsentRegistry__InvalidPurpose),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidPurposes(ConsentRegistry__InvalidPurposes),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidReason(ConsentRegistry__InvalidReason),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidSignature(ConsentRegistry__InvalidSignature),
        #[allow(missing_docs)]
        ConsentRegistry__InvalidValidity(ConsentRegistry__InvalidValidity),
        #[allow(missing_docs)]
        ConsentRegistry__NoConsent(ConsentRegistry__NoConsent),
        #[allow(missing_docs)]
        ConsentRegistry__NoEmergencyAccess(ConsentRegistry__NoEmergencyAccess),
        #[allow(missing_docs)]
        ConsentRegistry__NotClinicalRole(ConsentRegistry__NotClinicalRole),
        #[allow(missing_docs)]
        ConsentRegistry__NotDelegate(ConsentRegistry__NotDelegate),
        #[allow(missing_docs)]
        ConsentRegistry__NotEmergencyCapable(ConsentRegistry__NotEmergencyCapable),
        #[allow(missing_docs)]
        ConsentRegistry__NotLater(ConsentRegistry__NotLater),
        #[allow(missing_docs)]
        ConsentRegistry__NotNarrower(ConsentRegistry__NotNarrower),
        #[allow(missing_docs)]
        ConsentRegistry__NotOfOrganization(ConsentRegistry__NotOfOrganization),
        #[allow(missing_docs)]
        ConsentRegistry__NotPatientOrDelegate(ConsentRegistry__NotPatientOrDelegate),
        #[allow(missing_docs)]
        ConsentRegistry__NotPractitioner(ConsentRegistry__NotPractitioner),
        #[allow(missing_docs)]
        ConsentRegistry__OnlyOrganizationRegistry(
            ConsentRegistry__OnlyOrganizationRegistry,
        ),
        #[allow(missing_docs)]
        ConsentRegistry__OrganizationSuspended(ConsentRegistry__OrganizationSuspended),
        #[allow(missing_docs)]
        ConsentRegistry__RequestExpired(ConsentRegistry__RequestExpired),
        #[allow(missing_docs)]
        ConsentRegistry__RequestNotPending(ConsentRegistry__RequestNotPending),
        #[allow(missing_docs)]
        ConsentRegistry__SignatureExpired(ConsentRegistry__SignatureExpired),
        #[allow(missing_docs)]
        ConsentRegistry__UnknownOrganization(ConsentRegistry__UnknownOrganization),
        #[allow(missing_docs)]
        ConsentRegistry__UnknownRequest(ConsentRegistry__UnknownRequest),
        #[allow(missing_docs)]
        ConsentRegistry__WritesPaused(ConsentRegistry__WritesPaused),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
    }
    impl ConsentRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [4u8, 208u8, 221u8, 220u8],
            [6u8, 41u8, 67u8, 197u8],
            [19u8, 90u8, 227u8, 181u8],
            [44u8, 132u8, 179u8, 125u8],
            [48u8, 90u8, 39u8, 169u8],
            [55u8, 16u8, 87u8, 18u8],
            [55u8, 144u8, 132u8, 36u8],
            [64u8, 222u8, 53u8, 57u8],
            [90u8, 174u8, 92u8, 218u8],
            [96u8, 116u8, 48u8, 27u8],
            [99u8, 91u8, 53u8, 187u8],
            [109u8, 74u8, 205u8, 164u8],
            [115u8, 23u8, 100u8, 38u8],
            [115u8, 50u8, 239u8, 242u8],
            [118u8, 78u8, 51u8, 206u8],
            [125u8, 127u8, 217u8, 117u8],
            [142u8, 168u8, 96u8, 8u8],
            [144u8, 4u8, 53u8, 16u8],
            [155u8, 234u8, 34u8, 139u8],
            [158u8, 95u8, 162u8, 114u8],
            [179u8, 81u8, 43u8, 12u8],
            [196u8, 54u8, 27u8, 250u8],
            [199u8, 254u8, 145u8, 241u8],
            [202u8, 53u8, 165u8, 110u8],
            [203u8, 185u8, 254u8, 162u8],
            [214u8, 218u8, 168u8, 232u8],
            [215u8, 239u8, 230u8, 229u8],
            [224u8, 205u8, 164u8, 173u8],
            [228u8, 80u8, 236u8, 234u8],
            [231u8, 47u8, 100u8, 18u8],
            [233u8, 11u8, 221u8, 148u8],
            [235u8, 57u8, 122u8, 253u8],
            [247u8, 83u8, 78u8, 255u8],
            [248u8, 174u8, 43u8, 183u8],
            [252u8, 254u8, 91u8, 205u8],
            [254u8, 54u8, 135u8, 198u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(ConsentRegistry__NotLater),
            ::core::stringify!(ConsentRegistry__NotPatientOrDelegate),
            ::core::stringify!(ConsentRegistry__OrganizationSuspended),
            ::core::stringify!(ConsentRegistry__InvalidPatient),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(ConsentRegistry__NotOfOrganization),
            ::core::stringify!(ConsentRegistry__InvalidExpiry),
            ::core::stringify!(ConsentRegistry__InvalidReason),
            ::core::stringify!(ConsentRegistry__InvalidPurpose),
            ::core::stringify!(ConsentRegistry__InvalidSignature),
            ::core::stringify!(ConsentRegistry__InvalidActions),
            ::core::stringify!(ConsentRegistry__RequestExpired),
            ::core::stringify!(ConsentRegistry__InvalidDelegate),
            ::core::stringify!(ConsentRegistry__InvalidAction),
            ::core::stringify!(ConsentRegistry__NotNarrower),
            ::core::stringify!(ConsentRegistry__InvalidCategory),
            ::core::stringify!(ConsentRegistry__InvalidDuration),
            ::core::stringify!(ConsentRegistry__InvalidPurposes),
            ::core::stringify!(ConsentRegistry__InvalidValidity),
            ::core::stringify!(ConsentRegistry__NotEmergencyCapable),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(ConsentRegistry__NotPractitioner),
            ::core::stringify!(ConsentRegistry__SignatureExpired),
            ::core::stringify!(ConsentRegistry__NoConsent),
            ::core::stringify!(ConsentRegistry__DelegateScopeExceeded),
            ::core::stringify!(ConsentRegistry__RequestNotPending),
            ::core::stringify!(ConsentRegistry__NotDelegate),
            ::core::stringify!(ConsentRegistry__InvalidNonce),
            ::core::stringify!(ConsentRegistry__InvalidCategories),
            ::core::stringify!(ConsentRegistry__UnknownRequest),
            ::core::stringify!(ConsentRegistry__NoEmergencyAccess),
            ::core::stringify!(ConsentRegistry__EmergencyOptedOut),
            ::core::stringify!(ConsentRegistry__OnlyOrganizationRegistry),
            ::core::stringify!(ConsentRegistry__WritesPaused),
            ::core::stringify!(ConsentRegistry__NotClinicalRole),
            ::core::stringify!(ConsentRegistry__UnknownOrganization),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <ConsentRegistry__NotLater as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NotPatientOrDelegate as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__OrganizationSuspended as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidPatient as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NotOfOrganization as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidExpiry as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidReason as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidPurpose as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidActions as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__RequestExpired as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidDelegate as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidAction as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NotNarrower as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidCategory as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidDuration as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidPurposes as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidValidity as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NotEmergencyCapable as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NotPractitioner as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__SignatureExpired as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NoConsent as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__DelegateScopeExceeded as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__RequestNotPending as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NotDelegate as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidNonce as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__InvalidCategories as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__UnknownRequest as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NoEmergencyAccess as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__EmergencyOptedOut as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__OnlyOrganizationRegistry as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__WritesPaused as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__NotClinicalRole as alloy_sol_types::SolError>::SIGNATURE,
            <ConsentRegistry__UnknownOrganization as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 4usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for ConsentRegistryErrors {
        const NAME: &'static str = "ConsentRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 36usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::ConsentRegistry__DelegateScopeExceeded(_) => {
                    <ConsentRegistry__DelegateScopeExceeded as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__EmergencyOptedOut(_) => {
                    <ConsentRegistry__EmergencyOptedOut as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidAction(_) => {
                    <ConsentRegistry__InvalidAction as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidActions(_) => {
                    <ConsentRegistry__InvalidActions as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidCategories(_) => {
                    <ConsentRegistry__InvalidCategories as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidCategory(_) => {
                    <ConsentRegistry__InvalidCategory as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidDelegate(_) => {
                    <ConsentRegistry__InvalidDelegate as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidDuration(_) => {
                    <ConsentRegistry__InvalidDuration as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidExpiry(_) => {
                    <ConsentRegistry__InvalidExpiry as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidNonce(_) => {
                    <ConsentRegistry__InvalidNonce as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidPatient(_) => {
                    <ConsentRegistry__InvalidPatient as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidPurpose(_) => {
                    <ConsentRegistry__InvalidPurpose as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidPurposes(_) => {
                    <ConsentRegistry__InvalidPurposes as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidReason(_) => {
                    <ConsentRegistry__InvalidReason as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidSignature(_) => {
                    <ConsentRegistry__InvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__InvalidValidity(_) => {
                    <ConsentRegistry__InvalidValidity as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NoConsent(_) => {
                    <ConsentRegistry__NoConsent as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NoEmergencyAccess(_) => {
                    <ConsentRegistry__NoEmergencyAccess as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NotClinicalRole(_) => {
                    <ConsentRegistry__NotClinicalRole as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NotDelegate(_) => {
                    <ConsentRegistry__NotDelegate as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NotEmergencyCapable(_) => {
                    <ConsentRegistry__NotEmergencyCapable as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NotLater(_) => {
                    <ConsentRegistry__NotLater as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NotNarrower(_) => {
                    <ConsentRegistry__NotNarrower as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NotOfOrganization(_) => {
                    <ConsentRegistry__NotOfOrganization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NotPatientOrDelegate(_) => {
                    <ConsentRegistry__NotPatientOrDelegate as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__NotPractitioner(_) => {
                    <ConsentRegistry__NotPractitioner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__OnlyOrganizationRegistry(_) => {
                    <ConsentRegistry__OnlyOrganizationRegistry as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__OrganizationSuspended(_) => {
                    <ConsentRegistry__OrganizationSuspended as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__RequestExpired(_) => {
                    <ConsentRegistry__RequestExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__RequestNotPending(_) => {
                    <ConsentRegistry__RequestNotPending as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__SignatureExpired(_) => {
                    <ConsentRegistry__SignatureExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__UnknownOrganization(_) => {
                    <ConsentRegistry__UnknownOrganization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__UnknownRequest(_) => {
                    <ConsentRegistry__UnknownRequest as alloy_sol_types::SolError>::SELECTOR
                }
                Self::ConsentRegistry__WritesPaused(_) => {
                    <ConsentRegistry__WritesPaused as alloy_sol_types::SolError>::SELECTOR
                }
                Self::InvalidShortString(_) => {
                    <InvalidShortString as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => {
                    <StringTooLong as alloy_sol_types::SolError>::SELECTOR
                }
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<ConsentRegistryErrors>] = &[
                {
                    fn ConsentRegistry__NotLater(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotLater as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotLater)
                    }
                    ConsentRegistry__NotLater
                },
                {
                    fn ConsentRegistry__NotPatientOrDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotPatientOrDelegate as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__NotPatientOrDelegate,
                            )
                    }
                    ConsentRegistry__NotPatientOrDelegate
                },
                {
                    fn ConsentRegistry__OrganizationSuspended(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__OrganizationSuspended as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__OrganizationSuspended,
                            )
                    }
                    ConsentRegistry__OrganizationSuspended
                },
                {
                    fn ConsentRegistry__InvalidPatient(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidPatient as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidPatient)
                    }
                    ConsentRegistry__InvalidPatient
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn ConsentRegistry__NotOfOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotOfOrganization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__NotOfOrganization,
                            )
                    }
                    ConsentRegistry__NotOfOrganization
                },
                {
                    fn ConsentRegistry__InvalidExpiry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidExpiry as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidExpiry)
                    }
                    ConsentRegistry__InvalidExpiry
                },
                {
                    fn ConsentRegistry__InvalidReason(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidReason as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidReason)
                    }
                    ConsentRegistry__InvalidReason
                },
                {
                    fn ConsentRegistry__InvalidPurpose(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidPurpose as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidPurpose)
                    }
                    ConsentRegistry__InvalidPurpose
                },
                {
                    fn ConsentRegistry__InvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__InvalidSignature,
                            )
                    }
                    ConsentRegistry__InvalidSignature
                },
                {
                    fn ConsentRegistry__InvalidActions(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidActions as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidActions)
                    }
                    ConsentRegistry__InvalidActions
                },
                {
                    fn ConsentRegistry__RequestExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__RequestExpired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__RequestExpired)
                    }
                    ConsentRegistry__RequestExpired
                },
                {
                    fn ConsentRegistry__InvalidDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidDelegate as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidDelegate)
                    }
                    ConsentRegistry__InvalidDelegate
                },
                {
                    fn ConsentRegistry__InvalidAction(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidAction as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidAction)
                    }
                    ConsentRegistry__InvalidAction
                },
                {
                    fn ConsentRegistry__NotNarrower(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotNarrower as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotNarrower)
                    }
                    ConsentRegistry__NotNarrower
                },
                {
                    fn ConsentRegistry__InvalidCategory(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidCategory as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidCategory)
                    }
                    ConsentRegistry__InvalidCategory
                },
                {
                    fn ConsentRegistry__InvalidDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidDuration as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidDuration)
                    }
                    ConsentRegistry__InvalidDuration
                },
                {
                    fn ConsentRegistry__InvalidPurposes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidPurposes as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidPurposes)
                    }
                    ConsentRegistry__InvalidPurposes
                },
                {
                    fn ConsentRegistry__InvalidValidity(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidValidity as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidValidity)
                    }
                    ConsentRegistry__InvalidValidity
                },
                {
                    fn ConsentRegistry__NotEmergencyCapable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotEmergencyCapable as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__NotEmergencyCapable,
                            )
                    }
                    ConsentRegistry__NotEmergencyCapable
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn ConsentRegistry__NotPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotPractitioner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotPractitioner)
                    }
                    ConsentRegistry__NotPractitioner
                },
                {
                    fn ConsentRegistry__SignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__SignatureExpired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__SignatureExpired,
                            )
                    }
                    ConsentRegistry__SignatureExpired
                },
                {
                    fn ConsentRegistry__NoConsent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NoConsent as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NoConsent)
                    }
                    ConsentRegistry__NoConsent
                },
                {
                    fn ConsentRegistry__DelegateScopeExceeded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__DelegateScopeExceeded as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__DelegateScopeExceeded,
                            )
                    }
                    ConsentRegistry__DelegateScopeExceeded
                },
                {
                    fn ConsentRegistry__RequestNotPending(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__RequestNotPending as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__RequestNotPending,
                            )
                    }
                    ConsentRegistry__RequestNotPending
                },
                {
                    fn ConsentRegistry__NotDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotDelegate as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotDelegate)
                    }
                    ConsentRegistry__NotDelegate
                },
                {
                    fn ConsentRegistry__InvalidNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidNonce as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidNonce)
                    }
                    ConsentRegistry__InvalidNonce
                },
                {
                    fn ConsentRegistry__InvalidCategories(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidCategories as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__InvalidCategories,
                            )
                    }
                    ConsentRegistry__InvalidCategories
                },
                {
                    fn ConsentRegistry__UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__UnknownRequest)
                    }
                    ConsentRegistry__UnknownRequest
                },
                {
                    fn ConsentRegistry__NoEmergencyAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NoEmergencyAccess as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__NoEmergencyAccess,
                            )
                    }
                    ConsentRegistry__NoEmergencyAccess
                },
                {
                    fn ConsentRegistry__EmergencyOptedOut(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__EmergencyOptedOut as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__EmergencyOptedOut,
                            )
                    }
                    ConsentRegistry__EmergencyOptedOut
                },
                {
                    fn ConsentRegistry__OnlyOrganizationRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__OnlyOrganizationRegistry as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__OnlyOrganizationRegistry,
                            )
                    }
                    ConsentRegistry__OnlyOrganizationRegistry
                },
                {
                    fn ConsentRegistry__WritesPaused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__WritesPaused as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__WritesPaused)
                    }
                    ConsentRegistry__WritesPaused
                },
                {
                    fn ConsentRegistry__NotClinicalRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotClinicalRole as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotClinicalRole)
                    }
                    ConsentRegistry__NotClinicalRole
                },
                {
                    fn ConsentRegistry__UnknownOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__UnknownOrganization,
                            )
                    }
                    ConsentRegistry__UnknownOrganization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(
            selector: [u8; 4],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            ) -> alloy_sol_types::Result<ConsentRegistryErrors>] = &[
                {
                    fn ConsentRegistry__NotLater(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotLater as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotLater)
                    }
                    ConsentRegistry__NotLater
                },
                {
                    fn ConsentRegistry__NotPatientOrDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotPatientOrDelegate as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__NotPatientOrDelegate,
                            )
                    }
                    ConsentRegistry__NotPatientOrDelegate
                },
                {
                    fn ConsentRegistry__OrganizationSuspended(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__OrganizationSuspended as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__OrganizationSuspended,
                            )
                    }
                    ConsentRegistry__OrganizationSuspended
                },
                {
                    fn ConsentRegistry__InvalidPatient(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidPatient as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidPatient)
                    }
                    ConsentRegistry__InvalidPatient
                },
                {
                    fn StringTooLong(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn ConsentRegistry__NotOfOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotOfOrganization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__NotOfOrganization,
                            )
                    }
                    ConsentRegistry__NotOfOrganization
                },
                {
                    fn ConsentRegistry__InvalidExpiry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidExpiry as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidExpiry)
                    }
                    ConsentRegistry__InvalidExpiry
                },
                {
                    fn ConsentRegistry__InvalidReason(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidReason as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidReason)
                    }
                    ConsentRegistry__InvalidReason
                },
                {
                    fn ConsentRegistry__InvalidPurpose(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidPurpose as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidPurpose)
                    }
                    ConsentRegistry__InvalidPurpose
                },
                {
                    fn ConsentRegistry__InvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__InvalidSignature,
                            )
                    }
                    ConsentRegistry__InvalidSignature
                },
                {
                    fn ConsentRegistry__InvalidActions(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidActions as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidActions)
                    }
                    ConsentRegistry__InvalidActions
                },
                {
                    fn ConsentRegistry__RequestExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__RequestExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__RequestExpired)
                    }
                    ConsentRegistry__RequestExpired
                },
                {
                    fn ConsentRegistry__InvalidDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidDelegate as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidDelegate)
                    }
                    ConsentRegistry__InvalidDelegate
                },
                {
                    fn ConsentRegistry__InvalidAction(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidAction as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidAction)
                    }
                    ConsentRegistry__InvalidAction
                },
                {
                    fn ConsentRegistry__NotNarrower(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotNarrower as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotNarrower)
                    }
                    ConsentRegistry__NotNarrower
                },
                {
                    fn ConsentRegistry__InvalidCategory(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidCategory as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidCategory)
                    }
                    ConsentRegistry__InvalidCategory
                },
                {
                    fn ConsentRegistry__InvalidDuration(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidDuration as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidDuration)
                    }
                    ConsentRegistry__InvalidDuration
                },
                {
                    fn ConsentRegistry__InvalidPurposes(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidPurposes as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidPurposes)
                    }
                    ConsentRegistry__InvalidPurposes
                },
                {
                    fn ConsentRegistry__InvalidValidity(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidValidity as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidValidity)
                    }
                    ConsentRegistry__InvalidValidity
                },
                {
                    fn ConsentRegistry__NotEmergencyCapable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotEmergencyCapable as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__NotEmergencyCapable,
                            )
                    }
                    ConsentRegistry__NotEmergencyCapable
                },
                {
                    fn InvalidShortString(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn ConsentRegistry__NotPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotPractitioner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotPractitioner)
                    }
                    ConsentRegistry__NotPractitioner
                },
                {
                    fn ConsentRegistry__SignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__SignatureExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__SignatureExpired,
                            )
                    }
                    ConsentRegistry__SignatureExpired
                },
                {
                    fn ConsentRegistry__NoConsent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NoConsent as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NoConsent)
                    }
                    ConsentRegistry__NoConsent
                },
                {
                    fn ConsentRegistry__DelegateScopeExceeded(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__DelegateScopeExceeded as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__DelegateScopeExceeded,
                            )
                    }
                    ConsentRegistry__DelegateScopeExceeded
                },
                {
                    fn ConsentRegistry__RequestNotPending(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__RequestNotPending as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__RequestNotPending,
                            )
                    }
                    ConsentRegistry__RequestNotPending
                },
                {
                    fn ConsentRegistry__NotDelegate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotDelegate as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotDelegate)
                    }
                    ConsentRegistry__NotDelegate
                },
                {
                    fn ConsentRegistry__InvalidNonce(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidNonce as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__InvalidNonce)
                    }
                    ConsentRegistry__InvalidNonce
                },
                {
                    fn ConsentRegistry__InvalidCategories(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__InvalidCategories as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__InvalidCategories,
                            )
                    }
                    ConsentRegistry__InvalidCategories
                },
                {
                    fn ConsentRegistry__UnknownRequest(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__UnknownRequest as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__UnknownRequest)
                    }
                    ConsentRegistry__UnknownRequest
                },
                {
                    fn ConsentRegistry__NoEmergencyAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NoEmergencyAccess as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__NoEmergencyAccess,
                            )
                    }
                    ConsentRegistry__NoEmergencyAccess
                },
                {
                    fn ConsentRegistry__EmergencyOptedOut(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__EmergencyOptedOut as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__EmergencyOptedOut,
                            )
                    }
                    ConsentRegistry__EmergencyOptedOut
                },
                {
                    fn ConsentRegistry__OnlyOrganizationRegistry(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__OnlyOrganizationRegistry as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__OnlyOrganizationRegistry,
                            )
                    }
                    ConsentRegistry__OnlyOrganizationRegistry
                },
                {
                    fn ConsentRegistry__WritesPaused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__WritesPaused as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__WritesPaused)
                    }
                    ConsentRegistry__WritesPaused
                },
                {
                    fn ConsentRegistry__NotClinicalRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__NotClinicalRole as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(ConsentRegistryErrors::ConsentRegistry__NotClinicalRole)
                    }
                    ConsentRegistry__NotClinicalRole
                },
                {
                    fn ConsentRegistry__UnknownOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<ConsentRegistryErrors> {
                        <ConsentRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                ConsentRegistryErrors::ConsentRegistry__UnknownOrganization,
                            )
                    }
                    ConsentRegistry__UnknownOrganization
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(
                    alloy_sol_types::Error::unknown_selector(
                        <Self as alloy_sol_types::SolInterface>::NAME,
                        selector,
                    ),
                );
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::ConsentRegistry__DelegateScopeExceeded(inner) => {
                    <ConsentRegistry__DelegateScopeExceeded as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__EmergencyOptedOut(inner) => {
                    <ConsentRegistry__EmergencyOptedOut as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidAction(inner) => {
                    <ConsentRegistry__InvalidAction as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidActions(inner) => {
                    <ConsentRegistry__InvalidActions as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidCategories(inner) => {
                    <ConsentRegistry__InvalidCategories as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidCategory(inner) => {
                    <ConsentRegistry__InvalidCategory as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidDelegate(inner) => {
                    <ConsentRegistry__InvalidDelegate as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidDuration(inner) => {
                    <ConsentRegistry__InvalidDuration as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidExpiry(inner) => {
                    <ConsentRegistry__InvalidExpiry as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidNonce(inner) => {
                    <ConsentRegistry__InvalidNonce as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidPatient(inner) => {
                    <ConsentRegistry__InvalidPatient as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidPurpose(inner) => {
                    <ConsentRegistry__InvalidPurpose as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidPurposes(inner) => {
                    <ConsentRegistry__InvalidPurposes as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidReason(inner) => {
                    <ConsentRegistry__InvalidReason as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidSignature(inner) => {
                    <ConsentRegistry__InvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__InvalidValidity(inner) => {
                    <ConsentRegistry__InvalidValidity as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NoConsent(inner) => {
                    <ConsentRegistry__NoConsent as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NoEmergencyAccess(inner) => {
                    <ConsentRegistry__NoEmergencyAccess as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NotClinicalRole(inner) => {
                    <ConsentRegistry__NotClinicalRole as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NotDelegate(inner) => {
                    <ConsentRegistry__NotDelegate as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NotEmergencyCapable(inner) => {
                    <ConsentRegistry__NotEmergencyCapable as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NotLater(inner) => {
                    <ConsentRegistry__NotLater as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NotNarrower(inner) => {
                    <ConsentRegistry__NotNarrower as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NotOfOrganization(inner) => {
                    <ConsentRegistry__NotOfOrganization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NotPatientOrDelegate(inner) => {
                    <ConsentRegistry__NotPatientOrDelegate as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__NotPractitioner(inner) => {
                    <ConsentRegistry__NotPractitioner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__OnlyOrganizationRegistry(inner) => {
                    <ConsentRegistry__OnlyOrganizationRegistry as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__OrganizationSuspended(inner) => {
                    <ConsentRegistry__OrganizationSuspended as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__RequestExpired(inner) => {
                    <ConsentRegistry__RequestExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__RequestNotPending(inner) => {
                    <ConsentRegistry__RequestNotPending as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__SignatureExpired(inner) => {
                    <ConsentRegistry__SignatureExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__UnknownOrganization(inner) => {
                    <ConsentRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__UnknownRequest(inner) => {
                    <ConsentRegistry__UnknownRequest as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::ConsentRegistry__WritesPaused(inner) => {
                    <ConsentRegistry__WritesPaused as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::ConsentRegistry__DelegateScopeExceeded(inner) => {
                    <ConsentRegistry__DelegateScopeExceeded as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__EmergencyOptedOut(inner) => {
                    <ConsentRegistry__EmergencyOptedOut as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidAction(inner) => {
                    <ConsentRegistry__InvalidAction as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidActions(inner) => {
                    <ConsentRegistry__InvalidActions as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidCategories(inner) => {
                    <ConsentRegistry__InvalidCategories as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidCategory(inner) => {
                    <ConsentRegistry__InvalidCategory as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidDelegate(inner) => {
                    <ConsentRegistry__InvalidDelegate as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidDuration(inner) => {
                    <ConsentRegistry__InvalidDuration as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidExpiry(inner) => {
                    <ConsentRegistry__InvalidExpiry as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidNonce(inner) => {
                    <ConsentRegistry__InvalidNonce as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidPatient(inner) => {
                    <ConsentRegistry__InvalidPatient as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidPurpose(inner) => {
                    <ConsentRegistry__InvalidPurpose as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidPurposes(inner) => {
                    <ConsentRegistry__InvalidPurposes as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidReason(inner) => {
                    <ConsentRegistry__InvalidReason as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidSignature(inner) => {
                    <ConsentRegistry__InvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__InvalidValidity(inner) => {
                    <ConsentRegistry__InvalidValidity as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NoConsent(inner) => {
                    <ConsentRegistry__NoConsent as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NoEmergencyAccess(inner) => {
                    <ConsentRegistry__NoEmergencyAccess as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NotClinicalRole(inner) => {
                    <ConsentRegistry__NotClinicalRole as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NotDelegate(inner) => {
                    <ConsentRegistry__NotDelegate as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NotEmergencyCapable(inner) => {
                    <ConsentRegistry__NotEmergencyCapable as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NotLater(inner) => {
                    <ConsentRegistry__NotLater as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NotNarrower(inner) => {
                    <ConsentRegistry__NotNarrower as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NotOfOrganization(inner) => {
                    <ConsentRegistry__NotOfOrganization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NotPatientOrDelegate(inner) => {
                    <ConsentRegistry__NotPatientOrDelegate as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__NotPractitioner(inner) => {
                    <ConsentRegistry__NotPractitioner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__OnlyOrganizationRegistry(inner) => {
                    <ConsentRegistry__OnlyOrganizationRegistry as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__OrganizationSuspended(inner) => {
                    <ConsentRegistry__OrganizationSuspended as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__RequestExpired(inner) => {
                    <ConsentRegistry__RequestExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__RequestNotPending(inner) => {
                    <ConsentRegistry__RequestNotPending as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__SignatureExpired(inner) => {
                    <ConsentRegistry__SignatureExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__UnknownOrganization(inner) => {
                    <ConsentRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__UnknownRequest(inner) => {
                    <ConsentRegistry__UnknownRequest as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::ConsentRegistry__WritesPaused(inner) => {
                    <ConsentRegistry__WritesPaused as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`ConsentRegistry`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum ConsentRegistryEvents {
        #[allow(missing_docs)]
        AccessRequestApproved(AccessRequestApproved),
        #[allow(missing_docs)]
        AccessRequestCancelled(AccessRequestCancelled),
        #[allow(missing_docs)]
        AccessRequestDenied(AccessRequestDenied),
        #[allow(missing_docs)]
        AccessRequested(AccessRequested),
        #[allow(missing_docs)]
        ConsentExtended(ConsentExtended),
        #[allow(missing_docs)]
        ConsentGranted(ConsentGranted),
        #[allow(missing_docs)]
        ConsentNarrowed(ConsentNarrowed),
        #[allow(missing_docs)]
        ConsentRevoked(ConsentRevoked),
        #[allow(missing_docs)]
        DelegateAppointed(DelegateAppointed),
        #[allow(missing_docs)]
        DelegateRemoved(DelegateRemoved),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        EmergencyAccessClosed(EmergencyAccessClosed),
        #[allow(missing_docs)]
        EmergencyAccessOpened(EmergencyAccessOpened),
        #[allow(missing_docs)]
        EmergencyPolicySet(EmergencyPolicySet),
    }
    impl ConsentRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                8u8, 199u8, 215u8, 134u8, 251u8, 123u8, 126u8, 130u8, 123u8, 246u8,
                135u8, 188u8, 246u8, 12u8, 136u8, 147u8, 81u8, 35u8, 121u8, 227u8, 205u8,
                233u8, 72u8, 114u8, 85u8, 61u8, 225u8, 234u8, 87u8, 52u8, 61u8, 108u8,
            ],
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                25u8, 123u8, 104u8, 28u8, 178u8, 189u8, 153u8, 160u8, 128u8, 178u8, 15u8,
                117u8, 225u8, 122u8, 237u8, 35u8, 174u8, 22u8, 254u8, 43u8, 188u8, 198u8,
                226u8, 79u8, 161u8, 84u8, 5u8, 147u8, 27u8, 252u8, 5u8, 124u8,
            ],
            [
                28u8, 113u8, 207u8, 106u8, 138u8, 196u8, 192u8, 46u8, 8u8, 16u8, 126u8,
                103u8, 13u8, 198u8, 186u8, 71u8, 117u8, 13u8, 53u8, 125u8, 133u8, 58u8,
                121u8, 74u8, 152u8, 249u8, 119u8, 30u8, 38u8, 179u8, 124u8, 232u8,
            ],
            [
                32u8, 110u8, 163u8, 198u8, 1u8, 80u8, 241u8, 116u8, 17u8, 220u8, 136u8,
                94u8, 30u8, 53u8, 85u8, 173u8, 239u8, 171u8, 14u8, 46u8, 224u8, 8u8,
                182u8, 97u8, 155u8, 67u8, 7u8, 77u8, 143u8, 186u8, 117u8, 115u8,
            ],
            [
                41u8, 115u8, 9u8, 157u8, 236u8, 121u8, 201u8, 225u8, 128u8, 76u8, 38u8,
                246u8, 39u8, 74u8, 147u8, 238u8, 173u8, 102u8, 82u8, 35u8, 83u8, 0u8,
                18u8, 236u8, 158u8, 124u8, 14u8, 221u8, 198u8, 41u8, 206u8, 0u8,
            ],
            [
                73u8, 167u8, 237u8, 133u8, 169u8, 124u8, 31u8, 218u8, 193u8, 193u8,
                225u8, 198u8, 217u8, 102u8, 125u8, 3u8, 31u8, 96u8, 202u8, 182u8, 253u8,
                80u8, 107u8, 169u8, 66u8, 230u8, 0u8, 223u8, 197u8, 29u8, 231u8, 169u8,
            ],
            [
                78u8, 231u8, 78u8, 207u8, 214u8, 127u8, 154u8, 24u8, 155u8, 33u8, 238u8,
                54u8, 212u8, 26u8, 214u8, 1u8, 7u8, 64u8, 253u8, 107u8, 5u8, 137u8,
                212u8, 143u8, 169u8, 125u8, 20u8, 215u8, 244u8, 211u8, 157u8, 77u8,
            ],
            [
                127u8, 205u8, 231u8, 235u8, 43u8, 221u8, 101u8, 178u8, 20u8, 104u8,
                200u8, 16u8, 182u8, 85u8, 173u8, 248u8, 91u8, 109u8, 145u8, 131u8, 79u8,
                233u8, 241u8, 68u8, 255u8, 147u8, 183u8, 230u8, 200u8, 74u8, 118u8, 174u8,
            ],
            [
                132u8, 4u8, 112u8, 190u8, 207u8, 40u8, 30u8, 178u8, 50u8, 239u8, 95u8,
                171u8, 136u8, 5u8, 199u8, 153u8, 185u8, 134u8, 111u8, 247u8, 180u8, 23u8,
                238u8, 32u8, 186u8, 253u8, 129u8, 103u8, 81u8, 144u8, 30u8, 138u8,
            ],
            [
                186u8, 148u8, 213u8, 174u8, 73u8, 239u8, 203u8, 21u8, 111u8, 132u8,
                180u8, 216u8, 148u8, 110u8, 102u8, 236u8, 6u8, 164u8, 104u8, 117u8, 50u8,
                252u8, 164u8, 27u8, 17u8, 182u8, 216u8, 234u8, 30u8, 225u8, 212u8, 88u8,
            ],
            [
                194u8, 86u8, 106u8, 155u8, 64u8, 49u8, 219u8, 171u8, 109u8, 35u8, 180u8,
                47u8, 90u8, 112u8, 127u8, 151u8, 51u8, 105u8, 247u8, 86u8, 55u8, 223u8,
                23u8, 178u8, 158u8, 42u8, 198u8, 185u8, 128u8, 46u8, 30u8, 252u8,
            ],
            [
                245u8, 143u8, 46u8, 217u8, 1u8, 157u8, 219u8, 6u8, 137u8, 221u8, 97u8,
                9u8, 183u8, 232u8, 64u8, 174u8, 96u8, 163u8, 5u8, 125u8, 107u8, 5u8,
                37u8, 233u8, 188u8, 215u8, 168u8, 241u8, 197u8, 220u8, 199u8, 133u8,
            ],
            [
                247u8, 6u8, 179u8, 183u8, 13u8, 165u8, 213u8, 218u8, 218u8, 155u8, 60u8,
                125u8, 159u8, 20u8, 228u8, 246u8, 194u8, 128u8, 24u8, 55u8, 66u8, 168u8,
                46u8, 162u8, 249u8, 81u8, 101u8, 48u8, 112u8, 176u8, 241u8, 149u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(AccessRequestDenied),
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(ConsentRevoked),
            ::core::stringify!(ConsentNarrowed),
            ::core::stringify!(EmergencyPolicySet),
            ::core::stringify!(EmergencyAccessOpened),
            ::core::stringify!(ConsentGranted),
            ::core::stringify!(AccessRequestCancelled),
            ::core::stringify!(AccessRequestApproved),
            ::core::stringify!(EmergencyAccessClosed),
            ::core::stringify!(DelegateAppointed),
            ::core::stringify!(AccessRequested),
            ::core::stringify!(ConsentExtended),
            ::core::stringify!(DelegateRemoved),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <AccessRequestDenied as alloy_sol_types::SolEvent>::SIGNATURE,
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConsentRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConsentNarrowed as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyPolicySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyAccessOpened as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConsentGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessRequestCancelled as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessRequestApproved as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyAccessClosed as alloy_sol_types::SolEvent>::SIGNATURE,
            <DelegateAppointed as alloy_sol_types::SolEvent>::SIGNATURE,
            <AccessRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <ConsentExtended as alloy_sol_types::SolEvent>::SIGNATURE,
            <DelegateRemoved as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => {
                    ::core::option::Option::Some(Self::SIGNATURES[idx])
                }
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(
            selector: [u8; 32usize],
        ) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for ConsentRegistryEvents {
        const NAME: &'static str = "ConsentRegistryEvents";
        const COUNT: usize = 14usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <AccessRequestApproved as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <AccessRequestApproved as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AccessRequestApproved)
                }
                Some(
                    <AccessRequestCancelled as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <AccessRequestCancelled as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AccessRequestCancelled)
                }
                Some(
                    <AccessRequestDenied as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <AccessRequestDenied as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AccessRequestDenied)
                }
                Some(<AccessRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AccessRequested as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AccessRequested)
                }
                Some(<ConsentExtended as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConsentExtended as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConsentExtended)
                }
                Some(<ConsentGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConsentGranted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConsentGranted)
                }
                Some(<ConsentNarrowed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConsentNarrowed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConsentNarrowed)
                }
                Some(<ConsentRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ConsentRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::ConsentRevoked)
                }
                Some(
                    <DelegateAppointed as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <DelegateAppointed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::DelegateAppointed)
                }
                Some(<DelegateRemoved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <DelegateRemoved as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::DelegateRemoved)
                }
                Some(
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EIP712DomainChanged)
                }
                Some(
                    <EmergencyAccessClosed as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EmergencyAccessClosed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EmergencyAccessClosed)
                }
                Some(
                    <EmergencyAccessOpened as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EmergencyAccessOpened as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EmergencyAccessOpened)
                }
                Some(
                    <EmergencyPolicySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EmergencyPolicySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EmergencyPolicySet)
                }
                _ => {
                    alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                        name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                        log: alloy_sol_types::private::Box::new(
                            alloy_sol_types::private::LogData::new_unchecked(
                                topics.to_vec(),
                                data.to_vec().into(),
                            ),
                        ),
                    })
                }
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for ConsentRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AccessRequestApproved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::AccessRequestCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::AccessRequestDenied(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::AccessRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConsentExtended(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConsentGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConsentNarrowed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::ConsentRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DelegateAppointed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::DelegateRemoved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmergencyAccessClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmergencyAccessOpened(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmergencyPolicySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AccessRequestApproved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::AccessRequestCancelled(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::AccessRequestDenied(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::AccessRequested(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConsentExtended(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConsentGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConsentNarrowed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::ConsentRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DelegateAppointed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::DelegateRemoved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmergencyAccessClosed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmergencyAccessOpened(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmergencyPolicySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`ConsentRegistry`](self) contract instance.

See the [wrapper's documentation](`ConsentRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ConsentRegistryInstance<P, N> {
        ConsentRegistryInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<ConsentRegistryInstance<P, N>>,
    > {
        ConsentRegistryInstance::<P, N>::deploy(__provider)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
        ConsentRegistryInstance::<P, N>::deploy_builder(__provider)
    }
    /**A [`ConsentRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`ConsentRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ConsentRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ConsentRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ConsentRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ConsentRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`ConsentRegistry`](self) contract instance.

See the [wrapper's documentation](`ConsentRegistryInstance`) for more details.*/
        #[inline]
        pub const fn new(
            address: alloy_sol_types::private::Address,
            __provider: P,
        ) -> Self {
            Self {
                address,
                provider: __provider,
                _network: ::core::marker::PhantomData,
            }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

Returns a new instance of the contract, if the deployment was successful.

For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
        ) -> alloy_contract::Result<ConsentRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(__provider: P) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                ::core::clone::Clone::clone(&BYTECODE),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> ConsentRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ConsentRegistryInstance<P, N> {
            ConsentRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ConsentRegistryInstance<P, N> {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`DOMAIN_SEPARATOR`] function.
        pub fn DOMAIN_SEPARATOR(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DOMAIN_SEPARATORCall, N> {
            self.call_builder(&DOMAIN_SEPARATORCall)
        }
        ///Creates a new call builder for the [`GRANT_TYPEHASH`] function.
        pub fn GRANT_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, GRANT_TYPEHASHCall, N> {
            self.call_builder(&GRANT_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`REVOKE_TYPEHASH`] function.
        pub fn REVOKE_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, REVOKE_TYPEHASHCall, N> {
            self.call_builder(&REVOKE_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`accessRequest`] function.
        pub fn accessRequest(
            &self,
            requestId: u64,
        ) -> alloy_contract::SolCallBuilder<&P, accessRequestCall, N> {
            self.call_builder(&accessRequestCall { requestId })
        }
        ///Creates a new call builder for the [`actingContext`] function.
        pub fn actingContext(
            &self,
            account: alloy::sol_types::private::Address,
            patient: alloy::sol_types::private::Address,
            write: bool,
        ) -> alloy_contract::SolCallBuilder<&P, actingContextCall, N> {
            self.call_builder(
                &actingContextCall {
                    account,
                    patient,
                    write,
                },
            )
        }
        ///Creates a new call builder for the [`appointDelegate`] function.
        pub fn appointDelegate(
            &self,
            delegate: alloy::sol_types::private::Address,
            categories: u32,
            expiresAt: alloy::sol_types::private::primitives::aliases::U40,
        ) -> alloy_contract::SolCallBuilder<&P, appointDelegateCall, N> {
            self.call_builder(
                &appointDelegateCall {
                    delegate,
                    categories,
                    expiresAt,
                },
            )
        }
        ///Creates a new call builder for the [`approveRequest`] function.
        pub fn approveRequest(
            &self,
            requestId: u64,
        ) -> alloy_contract::SolCallBuilder<&P, approveRequestCall, N> {
            self.call_builder(&approveRequestCall { requestId })
        }
        ///Creates a new call builder for the [`cancelRequest`] function.
        pub fn cancelRequest(
            &self,
            requestId: u64,
        ) -> alloy_contract::SolCallBuilder<&P, cancelRequestCall, N> {
            self.call_builder(&cancelRequestCall { requestId })
        }
        ///Creates a new call builder for the [`checkAccess`] function.
        pub fn checkAccess(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
            category: u8,
            purpose: u8,
            action: u8,
        ) -> alloy_contract::SolCallBuilder<&P, checkAccessCall, N> {
            self.call_builder(
                &checkAccessCall {
                    patient,
                    orgId,
                    category,
                    purpose,
                    action,
                },
            )
        }
        ///Creates a new call builder for the [`closeEmergencyAccess`] function.
        pub fn closeEmergencyAccess(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, closeEmergencyAccessCall, N> {
            self.call_builder(
                &closeEmergencyAccessCall {
                    patient,
                    orgId,
                },
            )
        }
        ///Creates a new call builder for the [`consentOf`] function.
        pub fn consentOf(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, consentOfCall, N> {
            self.call_builder(&consentOfCall { patient, orgId })
        }
        ///Creates a new call builder for the [`delegationOf`] function.
        pub fn delegationOf(
            &self,
            patient: alloy::sol_types::private::Address,
            delegate: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, delegationOfCall, N> {
            self.call_builder(
                &delegationOfCall {
                    patient,
                    delegate,
                },
            )
        }
        ///Creates a new call builder for the [`denyRequest`] function.
        pub fn denyRequest(
            &self,
            requestId: u64,
        ) -> alloy_contract::SolCallBuilder<&P, denyRequestCall, N> {
            self.call_builder(&denyRequestCall { requestId })
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`emergencyPolicyOf`] function.
        pub fn emergencyPolicyOf(
            &self,
            patient: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, emergencyPolicyOfCall, N> {
            self.call_builder(&emergencyPolicyOfCall { patient })
        }
        ///Creates a new call builder for the [`extend`] function.
        pub fn extend(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
            validUntil: alloy::sol_types::private::primitives::aliases::U40,
        ) -> alloy_contract::SolCallBuilder<&P, extendCall, N> {
            self.call_builder(
                &extendCall {
                    patient,
                    orgId,
                    validUntil,
                },
            )
        }
        ///Creates a new call builder for the [`grant`] function.
        pub fn grant(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
            terms: <ConsentTerms as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, grantCall, N> {
            self.call_builder(&grantCall { patient, orgId, terms })
        }
        ///Creates a new call builder for the [`grantBySig`] function.
        pub fn grantBySig(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
            terms: <ConsentTerms as alloy::sol_types::SolType>::RustType,
            nonce: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, grantBySigCall, N> {
            self.call_builder(
                &grantBySigCall {
                    patient,
                    orgId,
                    terms,
                    nonce,
                    deadline,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`isActive`] function.
        pub fn isActive(
            &self,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, isActiveCall, N> {
            self.call_builder(&isActiveCall { orgId })
        }
        ///Creates a new call builder for the [`narrow`] function.
        pub fn narrow(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
            terms: <ConsentTerms as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, narrowCall, N> {
            self.call_builder(
                &narrowCall {
                    patient,
                    orgId,
                    terms,
                },
            )
        }
        ///Creates a new call builder for the [`nonceOf`] function.
        pub fn nonceOf(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, nonceOfCall, N> {
            self.call_builder(&nonceOfCall { patient, orgId })
        }
        ///Creates a new call builder for the [`openEmergencyAccess`] function.
        pub fn openEmergencyAccess(
            &self,
            patient: alloy::sol_types::private::Address,
            reasonCode: u8,
            justificationHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, openEmergencyAccessCall, N> {
            self.call_builder(
                &openEmergencyAccessCall {
                    patient,
                    reasonCode,
                    justificationHash,
                },
            )
        }
        ///Creates a new call builder for the [`organizationStatus`] function.
        pub fn organizationStatus(
            &self,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, organizationStatusCall, N> {
            self.call_builder(&organizationStatusCall { orgId })
        }
        ///Creates a new call builder for the [`organizations`] function.
        pub fn organizations(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, organizationsCall, N> {
            self.call_builder(&organizationsCall)
        }
        ///Creates a new call builder for the [`paused`] function.
        pub fn paused(&self) -> alloy_contract::SolCallBuilder<&P, pausedCall, N> {
            self.call_builder(&pausedCall)
        }
        ///Creates a new call builder for the [`practitionerOf`] function.
        pub fn practitionerOf(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, practitionerOfCall, N> {
            self.call_builder(&practitionerOfCall { account })
        }
        ///Creates a new call builder for the [`removeDelegate`] function.
        pub fn removeDelegate(
            &self,
            patient: alloy::sol_types::private::Address,
            delegate: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, removeDelegateCall, N> {
            self.call_builder(
                &removeDelegateCall {
                    patient,
                    delegate,
                },
            )
        }
        ///Creates a new call builder for the [`requestAccess`] function.
        pub fn requestAccess(
            &self,
            patient: alloy::sol_types::private::Address,
            categories: u32,
            purposes: u8,
            actions: u8,
            duration: alloy::sol_types::private::primitives::aliases::U40,
            reasonHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, requestAccessCall, N> {
            self.call_builder(
                &requestAccessCall {
                    patient,
                    categories,
                    purposes,
                    actions,
                    duration,
                    reasonHash,
                },
            )
        }
        ///Creates a new call builder for the [`requestCount`] function.
        pub fn requestCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, requestCountCall, N> {
            self.call_builder(&requestCountCall)
        }
        ///Creates a new call builder for the [`requireActivePractitioner`] function.
        pub fn requireActivePractitioner(
            &self,
            account: alloy::sol_types::private::Address,
            write: bool,
        ) -> alloy_contract::SolCallBuilder<&P, requireActivePractitionerCall, N> {
            self.call_builder(
                &requireActivePractitionerCall {
                    account,
                    write,
                },
            )
        }
        ///Creates a new call builder for the [`revoke`] function.
        pub fn revoke(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, revokeCall, N> {
            self.call_builder(&revokeCall { patient, orgId })
        }
        ///Creates a new call builder for the [`revokeBySig`] function.
        pub fn revokeBySig(
            &self,
            patient: alloy::sol_types::private::Address,
            orgId: u32,
            nonce: alloy::sol_types::private::primitives::aliases::U256,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, revokeBySigCall, N> {
            self.call_builder(
                &revokeBySigCall {
                    patient,
                    orgId,
                    nonce,
                    deadline,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`setEmergencyPolicy`] function.
        pub fn setEmergencyPolicy(
            &self,
            optedOut: bool,
            restrictedCategories: u32,
        ) -> alloy_contract::SolCallBuilder<&P, setEmergencyPolicyCall, N> {
            self.call_builder(
                &setEmergencyPolicyCall {
                    optedOut,
                    restrictedCategories,
                },
            )
        }
        ///Creates a new call builder for the [`setOrganizationStatus`] function.
        pub fn setOrganizationStatus(
            &self,
            orgId: u32,
            status: <OrganizationStatus as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, setOrganizationStatusCall, N> {
            self.call_builder(
                &setOrganizationStatusCall {
                    orgId,
                    status,
                },
            )
        }
        ///Creates a new call builder for the [`setPaused`] function.
        pub fn setPaused(
            &self,
            paused_: bool,
        ) -> alloy_contract::SolCallBuilder<&P, setPausedCall, N> {
            self.call_builder(&setPausedCall { paused_ })
        }
        ///Creates a new call builder for the [`setPractitioner`] function.
        pub fn setPractitioner(
            &self,
            account: alloy::sol_types::private::Address,
            member: <Practitioner as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, setPractitionerCall, N> {
            self.call_builder(
                &setPractitionerCall {
                    account,
                    member,
                },
            )
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > ConsentRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`AccessRequestApproved`] event.
        pub fn AccessRequestApproved_filter(
            &self,
        ) -> alloy_contract::Event<&P, AccessRequestApproved, N> {
            self.event_filter::<AccessRequestApproved>()
        }
        ///Creates a new event filter for the [`AccessRequestCancelled`] event.
        pub fn AccessRequestCancelled_filter(
            &self,
        ) -> alloy_contract::Event<&P, AccessRequestCancelled, N> {
            self.event_filter::<AccessRequestCancelled>()
        }
        ///Creates a new event filter for the [`AccessRequestDenied`] event.
        pub fn AccessRequestDenied_filter(
            &self,
        ) -> alloy_contract::Event<&P, AccessRequestDenied, N> {
            self.event_filter::<AccessRequestDenied>()
        }
        ///Creates a new event filter for the [`AccessRequested`] event.
        pub fn AccessRequested_filter(
            &self,
        ) -> alloy_contract::Event<&P, AccessRequested, N> {
            self.event_filter::<AccessRequested>()
        }
        ///Creates a new event filter for the [`ConsentExtended`] event.
        pub fn ConsentExtended_filter(
            &self,
        ) -> alloy_contract::Event<&P, ConsentExtended, N> {
            self.event_filter::<ConsentExtended>()
        }
        ///Creates a new event filter for the [`ConsentGranted`] event.
        pub fn ConsentGranted_filter(
            &self,
        ) -> alloy_contract::Event<&P, ConsentGranted, N> {
            self.event_filter::<ConsentGranted>()
        }
        ///Creates a new event filter for the [`ConsentNarrowed`] event.
        pub fn ConsentNarrowed_filter(
            &self,
        ) -> alloy_contract::Event<&P, ConsentNarrowed, N> {
            self.event_filter::<ConsentNarrowed>()
        }
        ///Creates a new event filter for the [`ConsentRevoked`] event.
        pub fn ConsentRevoked_filter(
            &self,
        ) -> alloy_contract::Event<&P, ConsentRevoked, N> {
            self.event_filter::<ConsentRevoked>()
        }
        ///Creates a new event filter for the [`DelegateAppointed`] event.
        pub fn DelegateAppointed_filter(
            &self,
        ) -> alloy_contract::Event<&P, DelegateAppointed, N> {
            self.event_filter::<DelegateAppointed>()
        }
        ///Creates a new event filter for the [`DelegateRemoved`] event.
        pub fn DelegateRemoved_filter(
            &self,
        ) -> alloy_contract::Event<&P, DelegateRemoved, N> {
            self.event_filter::<DelegateRemoved>()
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`EmergencyAccessClosed`] event.
        pub fn EmergencyAccessClosed_filter(
            &self,
        ) -> alloy_contract::Event<&P, EmergencyAccessClosed, N> {
            self.event_filter::<EmergencyAccessClosed>()
        }
        ///Creates a new event filter for the [`EmergencyAccessOpened`] event.
        pub fn EmergencyAccessOpened_filter(
            &self,
        ) -> alloy_contract::Event<&P, EmergencyAccessOpened, N> {
            self.event_filter::<EmergencyAccessOpened>()
        }
        ///Creates a new event filter for the [`EmergencyPolicySet`] event.
        pub fn EmergencyPolicySet_filter(
            &self,
        ) -> alloy_contract::Event<&P, EmergencyPolicySet, N> {
            self.event_filter::<EmergencyPolicySet>()
        }
    }
}
