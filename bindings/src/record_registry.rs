///Module containing a contract's types and functions.
/**

```solidity
library IRecordRegistry {
    struct CosignPolicy { uint8 signers; uint40 maxWait; uint32 version; uint32 typeOverrides; }
    struct Pending { address specialist; uint8 required; uint8 signed; uint40 deadline; uint32 policyVersion; }
    struct Record { address patient; uint32 authorOrg; uint8 category; uint8 fhirType; uint8 status; uint40 createdAt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IRecordRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct CosignPolicy { uint8 signers; uint40 maxWait; uint32 version; uint32 typeOverrides; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CosignPolicy {
        #[allow(missing_docs)]
        pub signers: u8,
        #[allow(missing_docs)]
        pub maxWait: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub version: u32,
        #[allow(missing_docs)]
        pub typeOverrides: u32,
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
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u8,
            alloy::sol_types::private::primitives::aliases::U40,
            u32,
            u32,
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
        impl ::core::convert::From<CosignPolicy> for UnderlyingRustTuple<'_> {
            fn from(value: CosignPolicy) -> Self {
                (value.signers, value.maxWait, value.version, value.typeOverrides)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CosignPolicy {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    signers: tuple.0,
                    maxWait: tuple.1,
                    version: tuple.2,
                    typeOverrides: tuple.3,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for CosignPolicy {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for CosignPolicy {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.signers),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxWait),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.typeOverrides),
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
        impl alloy_sol_types::SolType for CosignPolicy {
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
        impl alloy_sol_types::SolStruct for CosignPolicy {
            const NAME: &'static str = "CosignPolicy";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "CosignPolicy(uint8 signers,uint40 maxWait,uint32 version,uint32 typeOverrides)",
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
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.signers)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.maxWait)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.version)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.typeOverrides)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for CosignPolicy {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signers,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxWait,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.version,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.typeOverrides,
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
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signers,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxWait,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.version,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.typeOverrides,
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
struct Pending { address specialist; uint8 required; uint8 signed; uint40 deadline; uint32 policyVersion; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Pending {
        #[allow(missing_docs)]
        pub specialist: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub required: u8,
        #[allow(missing_docs)]
        pub signed: u8,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub policyVersion: u32,
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
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<40>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u8,
            u8,
            alloy::sol_types::private::primitives::aliases::U40,
            u32,
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
        impl ::core::convert::From<Pending> for UnderlyingRustTuple<'_> {
            fn from(value: Pending) -> Self {
                (
                    value.specialist,
                    value.required,
                    value.signed,
                    value.deadline,
                    value.policyVersion,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Pending {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    specialist: tuple.0,
                    required: tuple.1,
                    signed: tuple.2,
                    deadline: tuple.3,
                    policyVersion: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Pending {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Pending {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.specialist,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.signed),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.policyVersion),
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
        impl alloy_sol_types::SolType for Pending {
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
        impl alloy_sol_types::SolStruct for Pending {
            const NAME: &'static str = "Pending";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Pending(address specialist,uint8 required,uint8 signed,uint40 deadline,uint32 policyVersion)",
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
                            &self.specialist,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.required)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.signed)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.deadline)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.policyVersion)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Pending {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.specialist,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.required,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signed,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.deadline,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.policyVersion,
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
                    &rust.specialist,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.required,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signed,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.deadline,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.policyVersion,
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
struct Record { address patient; uint32 authorOrg; uint8 category; uint8 fhirType; uint8 status; uint40 createdAt; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Record {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub fhirType: u8,
        #[allow(missing_docs)]
        pub status: u8,
        #[allow(missing_docs)]
        pub createdAt: alloy::sol_types::private::primitives::aliases::U40,
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
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u32,
            u8,
            u8,
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
        impl ::core::convert::From<Record> for UnderlyingRustTuple<'_> {
            fn from(value: Record) -> Self {
                (
                    value.patient,
                    value.authorOrg,
                    value.category,
                    value.fhirType,
                    value.status,
                    value.createdAt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Record {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    patient: tuple.0,
                    authorOrg: tuple.1,
                    category: tuple.2,
                    fhirType: tuple.3,
                    status: tuple.4,
                    createdAt: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Record {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Record {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.patient,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.authorOrg),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.status),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.createdAt),
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
        impl alloy_sol_types::SolType for Record {
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
        impl alloy_sol_types::SolStruct for Record {
            const NAME: &'static str = "Record";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Record(address patient,uint32 authorOrg,uint8 category,uint8 fhirType,uint8 status,uint40 createdAt)",
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
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.authorOrg)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.category)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.fhirType)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.status)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.createdAt)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Record {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.patient,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.authorOrg,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.category,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.fhirType,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.status,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.createdAt,
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
                    &rust.authorOrg,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.category,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.fhirType,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.status,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.createdAt,
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
    /**Creates a new wrapper around an on-chain [`IRecordRegistry`](self) contract instance.

See the [wrapper's documentation](`IRecordRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IRecordRegistryInstance<P, N> {
        IRecordRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`IRecordRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IRecordRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IRecordRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IRecordRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IRecordRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IRecordRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IRecordRegistry`](self) contract instance.

See the [wrapper's documentation](`IRecordRegistryInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IRecordRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IRecordRegistryInstance<P, N> {
            IRecordRegistryInstance {
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
    > IRecordRegistryInstance<P, N> {
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
    > IRecordRegistryInstance<P, N> {
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
library IRecordRegistry {
    struct CosignPolicy {
        uint8 signers;
        uint40 maxWait;
        uint32 version;
        uint32 typeOverrides;
    }
    struct Pending {
        address specialist;
        uint8 required;
        uint8 signed;
        uint40 deadline;
        uint32 policyVersion;
    }
    struct Record {
        address patient;
        uint32 authorOrg;
        uint8 category;
        uint8 fhirType;
        uint8 status;
        uint40 createdAt;
    }
}

interface RecordRegistry {
    error RecordRegistry__CosignExpired(bytes32 recordId, uint40 deadline);
    error RecordRegistry__CosignNotExpired(bytes32 recordId, uint40 deadline);
    error RecordRegistry__EmptyContentHash();
    error RecordRegistry__InvalidCategory(uint8 category);
    error RecordRegistry__InvalidCosignPolicy(uint8 signers, uint40 maxWait);
    error RecordRegistry__InvalidFhirType(uint8 fhirType);
    error RecordRegistry__InvalidPatient();
    error RecordRegistry__InvalidPurpose(uint8 purpose);
    error RecordRegistry__InvalidRecordCount(uint256 count);
    error RecordRegistry__InvalidSignature(address signer);
    error RecordRegistry__NoAccessBasis(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action);
    error RecordRegistry__NotAuthorOrganization(bytes32 recordId, uint32 orgId);
    error RecordRegistry__NotOrganizationAdmin(uint32 orgId, address account);
    error RecordRegistry__NotSigner(bytes32 recordId, uint8 kind, address account);
    error RecordRegistry__PatientMismatch(bytes32 recordId, address patient);
    error RecordRegistry__RecordEnteredInError(bytes32 recordId);
    error RecordRegistry__RecordExists(bytes32 recordId);
    error RecordRegistry__RecordNotConfirmed(bytes32 recordId, uint8 status);
    error RecordRegistry__RecordNotCurrent(bytes32 recordId, uint8 status);
    error RecordRegistry__RecordNotPending(bytes32 recordId, uint8 status);
    error RecordRegistry__SignatureExpired(uint256 deadline);
    error RecordRegistry__SignerNotAwaited(bytes32 recordId, uint8 kind);
    error RecordRegistry__SpecialistIsAuthor(address specialist);
    error RecordRegistry__SpecialistNotRequired(address specialist);
    error RecordRegistry__SpecialistRequired();
    error RecordRegistry__UnknownOrganization(uint32 orgId);
    error RecordRegistry__UnknownRecord(bytes32 recordId);

    event CosignPolicySet(uint32 indexed orgId, uint8 indexed category, uint8 fhirType, uint8 signers, uint40 maxWait, uint32 version);
    event EIP712DomainChanged();
    event RecordAccessed(bytes32 indexed recordId, address indexed patient, uint32 indexed orgId, address practitioner, uint8 purpose, uint8 basis);
    event RecordAdded(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address practitioner, uint8 category, uint8 fhirType, bytes32 contentHash, bytes32 supersedes, uint8 purpose, uint8 basis);
    event RecordConfirmed(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, bytes32 supersedes);
    event RecordExpired(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg);
    event RecordPending(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, uint8 required, uint40 deadline, address specialist, uint32 policyVersion);
    event RecordRejected(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address signer, uint8 kind, bytes32 reasonHash);
    event RecordRetracted(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address practitioner);
    event RecordSigned(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address signer, uint8 kind);

    constructor(address organizations_);

    function DOMAIN_SEPARATOR() external view returns (bytes32);
    function REJECT_RECORD_TYPEHASH() external view returns (bytes32);
    function SIGN_RECORD_TYPEHASH() external view returns (bytes32);
    function SUPERSEDED_MEANWHILE() external view returns (bytes32);
    function addCosignedRecord(address patient, uint8 category, uint8 fhirType, bytes32 contentHash, bytes32 supersedes, uint8 purpose, address specialist) external returns (bytes32 recordId);
    function addRecord(address patient, uint8 category, uint8 fhirType, bytes32 contentHash, bytes32 supersedes, uint8 purpose) external returns (bytes32 recordId);
    function checkRecordAccess(bytes32 recordId, uint32 orgId, uint8 purpose) external view returns (bool allowed, uint8 basis);
    function consents() external view returns (address);
    function cosignPolicyOf(uint32 orgId, uint8 category, uint8 fhirType) external view returns (IRecordRegistry.CosignPolicy memory);
    function effectiveCosignPolicy(uint32 orgId, uint8 category, uint8 fhirType) external view returns (IRecordRegistry.CosignPolicy memory);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function expireRecord(bytes32 recordId) external;
    function locatorOf(bytes32 recordId) external view returns (string memory fhirEndpoint, bytes32 id);
    function logAccess(address patient, bytes32[] memory recordIds, uint8 purpose) external;
    function maySign(bytes32 recordId, uint8 kind, address account) external view returns (bool);
    function organizations() external view returns (address);
    function pendingOf(bytes32 recordId) external view returns (IRecordRegistry.Pending memory);
    function predecessorOf(bytes32 recordId) external view returns (bytes32);
    function recordIdFor(address patient, uint32 authorOrg, uint8 category, bytes32 contentHash) external pure returns (bytes32);
    function recordOf(bytes32 recordId) external view returns (IRecordRegistry.Record memory);
    function rejectRecord(bytes32 recordId, uint8 kind, bytes32 reasonHash) external;
    function rejectRecordBySig(bytes32 recordId, uint8 kind, bytes32 reasonHash, address signer, uint256 deadline, bytes memory signature) external;
    function retractRecord(bytes32 recordId) external;
    function setCosignPolicy(uint32 orgId, uint8 category, uint8 fhirType, uint8 signers, uint40 maxWait) external;
    function signRecord(bytes32 recordId, uint8 kind) external;
    function signRecordBySig(bytes32 recordId, uint8 kind, address signer, uint256 deadline, bytes memory signature) external;
    function verifyContent(bytes32 recordId, bytes32 contentHash) external view returns (bool);
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "organizations_",
        "type": "address",
        "internalType": "contract IOrganizationRegistry"
      }
    ],
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
    "name": "REJECT_RECORD_TYPEHASH",
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
    "name": "SIGN_RECORD_TYPEHASH",
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
    "name": "SUPERSEDED_MEANWHILE",
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
    "name": "addCosignedRecord",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "category",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "fhirType",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "supersedes",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "specialist",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addRecord",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "category",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "fhirType",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "supersedes",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "checkRecordAccess",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "purpose",
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
    "name": "consents",
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
    "name": "cosignPolicyOf",
    "inputs": [
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
        "name": "fhirType",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IRecordRegistry.CosignPolicy",
        "components": [
          {
            "name": "signers",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxWait",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "version",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "typeOverrides",
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
    "name": "effectiveCosignPolicy",
    "inputs": [
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
        "name": "fhirType",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IRecordRegistry.CosignPolicy",
        "components": [
          {
            "name": "signers",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "maxWait",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "version",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "typeOverrides",
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
    "name": "expireRecord",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "locatorOf",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "fhirEndpoint",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "id",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "logAccess",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "recordIds",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "maySign",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
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
    "name": "pendingOf",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IRecordRegistry.Pending",
        "components": [
          {
            "name": "specialist",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "required",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "signed",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "deadline",
            "type": "uint40",
            "internalType": "uint40"
          },
          {
            "name": "policyVersion",
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
    "name": "predecessorOf",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
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
    "name": "recordIdFor",
    "inputs": [
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "authorOrg",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "category",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "recordOf",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct IRecordRegistry.Record",
        "components": [
          {
            "name": "patient",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "authorOrg",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "category",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "fhirType",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "createdAt",
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
    "name": "rejectRecord",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "reasonHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "rejectRecordBySig",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "reasonHash",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
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
    "name": "retractRecord",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setCosignPolicy",
    "inputs": [
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
        "name": "fhirType",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "signers",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "maxWait",
        "type": "uint40",
        "internalType": "uint40"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "signRecord",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "signRecordBySig",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
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
    "name": "verifyContent",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "type": "event",
    "name": "CosignPolicySet",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "category",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "fhirType",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "signers",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "maxWait",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "version",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
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
    "name": "RecordAccessed",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
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
        "name": "purpose",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "basis",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordAdded",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "authorOrg",
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
        "name": "category",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "fhirType",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "contentHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "supersedes",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "purpose",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "basis",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordConfirmed",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "authorOrg",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "supersedes",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordExpired",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "authorOrg",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordPending",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "authorOrg",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "required",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "deadline",
        "type": "uint40",
        "indexed": false,
        "internalType": "uint40"
      },
      {
        "name": "specialist",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "policyVersion",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordRejected",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "authorOrg",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "signer",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "reasonHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordRetracted",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "authorOrg",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "practitioner",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RecordSigned",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "patient",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "authorOrg",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "signer",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "RecordRegistry__CosignExpired",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "deadline",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__CosignNotExpired",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "deadline",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__EmptyContentHash",
    "inputs": []
  },
  {
    "type": "error",
    "name": "RecordRegistry__InvalidCategory",
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
    "name": "RecordRegistry__InvalidCosignPolicy",
    "inputs": [
      {
        "name": "signers",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "maxWait",
        "type": "uint40",
        "internalType": "uint40"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__InvalidFhirType",
    "inputs": [
      {
        "name": "fhirType",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__InvalidPatient",
    "inputs": []
  },
  {
    "type": "error",
    "name": "RecordRegistry__InvalidPurpose",
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
    "name": "RecordRegistry__InvalidRecordCount",
    "inputs": [
      {
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__InvalidSignature",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__NoAccessBasis",
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
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__NotAuthorOrganization",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "RecordRegistry__NotOrganizationAdmin",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__NotSigner",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__PatientMismatch",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "patient",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__RecordEnteredInError",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__RecordExists",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__RecordNotConfirmed",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "RecordRegistry__RecordNotCurrent",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "RecordRegistry__RecordNotPending",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "RecordRegistry__SignatureExpired",
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
    "name": "RecordRegistry__SignerNotAwaited",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__SpecialistIsAuthor",
    "inputs": [
      {
        "name": "specialist",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__SpecialistNotRequired",
    "inputs": [
      {
        "name": "specialist",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "RecordRegistry__SpecialistRequired",
    "inputs": []
  },
  {
    "type": "error",
    "name": "RecordRegistry__UnknownOrganization",
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
    "name": "RecordRegistry__UnknownRecord",
    "inputs": [
      {
        "name": "recordId",
        "type": "bytes32",
        "internalType": "bytes32"
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
pub mod RecordRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610140806040523461025f5760208161507f803803809161002082856103e4565b83398101031261025f57516001600160a01b03811680820361025f57604051637e0b281760e11b815291602083600481855afa92831561026b575f936103a6575b506040516342580cb760e11b8152925f90849060049082906001600160a01b03165afa92831561026b575f93610276575b5090602091836004946080524660c0523060e052604051848101917fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647283527f28907588b50345f50ec5ba281304a080f97fe4ea25aaf28fdfe55c320638fc3560408301527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a083015260c082015260c0815261013c60e0826103e4565b51902060a05261010052604051637e0b281760e11b815292839182905afa90811561026b575f9161022d575b506001600160a01b031661012052604051614c0e90816104718239608051818181612333015261377c015260a051816137b1015260c051816137d6015260e051816136cb01526101005181818161298701528181612e030152818161300e0152613aff0152610120518181816102670152818161030e0152818161079c015281816111d101528181611ea001528181612a09015281816133ff015281816134df0152818161390d01528181613ba901528181613ca301528181613fd20152614a7a0152f35b90506020813d602011610263575b81610248602093836103e4565b8101031261025f5761025990610407565b5f610168565b5f80fd5b3d915061023b565b6040513d5f823e3d90fd5b92503d805f853e61028781856103e4565b83019260e08185031261025f5780517fff0000000000000000000000000000000000000000000000000000000000000081160361025f5760208101516001600160401b03811161025f57846102dd91830161041b565b5060408101516001600160401b03811161025f57846102fd91830161041b565b5061030a60808201610407565b5060a081015160c082015190916001600160401b03821161025f57019380601f8601121561025f578451946001600160401b038611610392576020808760051b976040519061035b838b01836103e4565b8152019682010191821161025f57602001945b818610610382575090935060209050610092565b855181526020958601950161036e565b634e487b7160e01b5f52604160045260245ffd5b92506020833d6020116103dc575b816103c1602093836103e4565b8101031261025f575f6103d5600494610407565b9350610061565b3d91506103b4565b601f909101601f19168101906001600160401b0382119082101761039257604052565b51906001600160a01b038216820361025f57565b81601f8201121561025f578051906001600160401b038211610392576040519261044f601f8401601f1916602001856103e4565b8284526020838301011161025f57815f9260208093018386015e830101529056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816306e5cbec1461308a5750806314a7602f14613032578063234db1de14612fc4578063254eac7f14612f6e5780633644e51514612f2e578063367f887114612d755780633b11cfe11461289d57806357dbce181461283c5780635c627b38146126e3578063603759d41461262f57806360794c5414612540578063746afd7314612436578063797506991461239257806384b0196e14612223578063940c239e146121de57806398269c4a14611d8e578063a6bd69ae14611d45578063c39bd7d714611cec578063c7151e9214611c93578063cae9eff814611b9c578063d1c60a3a14611ab3578063d1da30e4146110b7578063f538839e14610664578063f7c67d6414610538578063fb9ee45d1461028b578063fc16502e1461021c5763fd0c920214610147575f80fd5b346102195760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760043561018161314a565b6101896130f1565b906064359260843567ffffffffffffffff811161021757610214946101b561020f9236906004016131ad565b9160405160208101907f83dcef51621a1effebcb2678317a393b239d9897435f5aa75e52f790564f83cb825286604082015260ff881660608201528260808201526080815261020560a08261322f565b51902090876147a7565b613ea5565b80f35b855b80fd5b503461021957807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346102195760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610219576004356040517f025de1c10000000000000000000000000000000000000000000000000000000081523360048201526001602482015260608160448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561052d5783916104fe575b508183528260205260408320805460ff8160d01c169081156104d25763ffffffff908185511691829160a01c16036104a2575060018103610472575073ffffffffffffffffffffffffffffffffffffffff817a0300000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff945416178155848652600160205260408620548061041f575b505416915116917fc996516dc01d35f23fa9b072b445066f0d46ae903e8d90899d26dfe5a766dad26020604051338152a480f35b865285602052604086207a0100000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790555f6103eb565b84604491857fd34934a9000000000000000000000000000000000000000000000000000000008352600452602452fd5b85604491867f4f27cbaf000000000000000000000000000000000000000000000000000000008352600452602452fd5b602486867ff93a05f7000000000000000000000000000000000000000000000000000000008252600452fd5b610520915060603d606011610526575b610518818361322f565b810190613609565b5f61033e565b503d61050e565b6040513d85823e3d90fd5b50346102195760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957600435808252816020526040822061058760ff825460d01c1683614889565b818352600360205264ffffffffff604084205460b01c1680421061063457507a0600000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff825416178155549073ffffffffffffffffffffffffffffffffffffffff63ffffffff8360a01c169216907f0f775955407a3d608c23657f34a1ad95dd69c5df85012125a970e74b0a0ad9388480a480f35b83604491847f61458c3c000000000000000000000000000000000000000000000000000000008352600452602452fd5b50346102195760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195761069c6130ce565b6106a461314a565b916106ad61313a565b6106b561315a565b9160c43573ffffffffffffffffffffffffffffffffffffffff811681036110b35773ffffffffffffffffffffffffffffffffffffffff85161561108b57601260ff8716101561105c5760ff831615801561104f575b61102057600760ff85161015610ff15760643515610fc957604080517fac14a99200000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff871660248201526001604482015260ff861660648201529390848060848101038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa801561052d5783948491610f8e575b506107dd60ff91878a42926144b5565b16968715610f22576107f360643582878a613662565b978885528460205260ff604086205460d01c16610ef657610815838388613da8565b9660ff885116159384155f14610e98576108338660ff8b51166149fe565b608435610ce3575b9060ff809286155f14610cd0578b8d6109d684600463ffffffff8f5b73ffffffffffffffffffffffffffffffffffffffff60405197610879896131db565b1687521660208601528d6040860190838d168252602060406060890192868b1684528660808b019616865260a08a019864ffffffffff42168a528152808352209773ffffffffffffffffffffffffffffffffffffffff80825116167fffffffffffffffffffffffff00000000000000000000000000000000000000008a54161789550151917fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000079ff0000000000000000000000000000000000000000000000000078ff0000000000000000000000000000000000000000000000008b54945160c01b16945160c81b169460a01b1691161717178555511683907fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff7aff000000000000000000000000000000000000000000000000000083549260d01b169116179055565b517affffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffff00000000000000000000000000000000000000000000000000000083549260d81b1691161790558160405196338852166020870152166040850152606435606085015260843560808501521660a083015260c082015263ffffffff851690887f8efaf2081076ea980441552e8bb54e813e752dfcef2c8ccd60a10d1d582f7e5360e073ffffffffffffffffffffffffffffffffffffffff8b1693a415610aa5575b602086604051908152f35b64ffffffffff60208501511664ffffffffff4216019364ffffffffff8511610ca3579081879493925160ff166040820196875163ffffffff169060405192610aec846131f7565b73ffffffffffffffffffffffffffffffffffffffff8681168552602080860192835260408087018a815264ffffffffff9590951660608801818152608089019788528d8c5260039093529920955186549351945175ff00000000000000000000000000000000000000000060a89190911b1660a09590951b74ff00000000000000000000000000000000000000001692167fffffffffffffffffffff00000000000000000000000000000000000000000000909316929092171791909117835551908254905160d81b7effffffff000000000000000000000000000000000000000000000000000000169160b01b7affffffffff0000000000000000000000000000000000000000000016907fff000000000000000000ffffffffffffffffffffffffffffffffffffffffffff16171790555160ff16945163ffffffff1691604051958652602086015273ffffffffffffffffffffffffffffffffffffffff166040850152606084015263ffffffff169273ffffffffffffffffffffffffffffffffffffffff169160807f51abcb77f63a3c6f066f4ace096ab6ddf6d5af8e11020686fe469bb21142d38f91a45f80808080610a9a565b6024837f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b8b8d6109d684600163ffffffff8f610857565b60843587528660205260408720805460ff8160d01c16908115610e6a5773ffffffffffffffffffffffffffffffffffffffff8d1673ffffffffffffffffffffffffffffffffffffffff821603610e225763ffffffff8b81169160a01c16819003610df1575060018103610dc0575060ff9291839187610d77575b508c8952600160205260843560408a20559192505061083b565b7a0200000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790555f610d5d565b7fd34934a9000000000000000000000000000000000000000000000000000000008952608435600452602452604488fd5b7f4f27cbaf000000000000000000000000000000000000000000000000000000008a52608435600452602452604489fd5b60448a73ffffffffffffffffffffffffffffffffffffffff8f7f6564108300000000000000000000000000000000000000000000000000000000835260843560045216602452fd5b60248a7ff93a05f7000000000000000000000000000000000000000000000000000000008152608435600452fd5b73ffffffffffffffffffffffffffffffffffffffff8616156108335760248773ffffffffffffffffffffffffffffffffffffffff887ff7661abf00000000000000000000000000000000000000000000000000000000835216600452fd5b6024858a7fe7cfdfa9000000000000000000000000000000000000000000000000000000008252600452fd5b6040517f2bc0c63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8816600482015263ffffffff8616602482015260ff918216604482015290861660648201526001608482015260a490fd5b6107dd955060ff9150610fb89060403d604011610fc2575b610fb0818361322f565b8101906135bc565b95909591506107cd565b503d610fa6565b6004827fc6bbf524000000000000000000000000000000000000000000000000000000008152fd5b60248260ff867fbfeee6c800000000000000000000000000000000000000000000000000000000835216600452fd5b5060ff6024927f3cbf41ec00000000000000000000000000000000000000000000000000000000835216600452fd5b50601c60ff84161161070a565b60248260ff887f72663cab00000000000000000000000000000000000000000000000000000000835216600452fd5b6004827f03314f91000000000000000000000000000000000000000000000000000000008152fd5b5080fd5b50346102195760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610219576110ef6130ce565b6110f761314a565b9061110061313a565b9161110961315a565b928473ffffffffffffffffffffffffffffffffffffffff841615611a8b57601260ff84161015611a5c5760ff8216158015611a4f575b611a2157600760ff861610156119f257606435156119ca57604080517fac14a99200000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff861660248201526001604482015260ff871660648201529390848060848101038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156119bf5782948391611994575b5061121260ff91888442926144b5565b16801561192957611227606435838789613662565b968784528360205260ff604085205460d01c166118fd57611249858488613da8565b9460ff865116159485155f146118f657506112688a60ff8851166149fe565b8789888c60843561172e575b9161141360ff809796949384829795508c155f146117215763ffffffff6004925b73ffffffffffffffffffffffffffffffffffffffff604051986112b78a6131db565b1688521660208701526040860190838d168252602060406060890192868b1684528660808b019616865260a08a019864ffffffffff42168a528152808352209773ffffffffffffffffffffffffffffffffffffffff80825116167fffffffffffffffffffffffff00000000000000000000000000000000000000008a54161789550151917fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000079ff0000000000000000000000000000000000000000000000000078ff0000000000000000000000000000000000000000000000008b54945160c01b16945160c81b169460a01b1691161717178555511683907fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff7aff000000000000000000000000000000000000000000000000000083549260d01b169116179055565b517affffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffff00000000000000000000000000000000000000000000000000000083549260d81b1691161790558160405196338852166020870152166040850152606435606085015260843560808501521660a083015260c082015263ffffffff841690867f8efaf2081076ea980441552e8bb54e813e752dfcef2c8ccd60a10d1d582f7e5360e073ffffffffffffffffffffffffffffffffffffffff891693a4156114e2575b602084604051908152f35b64ffffffffff60208201511664ffffffffff42160164ffffffffff81116116f457608073ffffffffffffffffffffffffffffffffffffffff63ffffffff80958860209a8360ff897f51abcb77f63a3c6f066f4ace096ab6ddf6d5af8e11020686fe469bb21142d38f9982869c511690604083019d8e51169061165b856040519461156b866131f7565b8986526020860190815260408601908a825264ffffffffff6060880195169b8c8652608088019687528b526020600390528e8060408d20985116167fffffffffffffffffffffffff0000000000000000000000000000000000000000885416178755517fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff74ff000000000000000000000000000000000000000088549260a01b169116178655511684907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff75ff00000000000000000000000000000000000000000083549260a81b169116179055565b51907fff000000000000000000ffffffffffffffffffffffffffffffffffffffffffff7affffffffff000000000000000000000000000000000000000000007effffffff0000000000000000000000000000000000000000000000000000008554935160d81b169360b01b16911617179055511699511691604051998a528c8a01526040890152606088015216951693a45f80806114d7565b6024867f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b63ffffffff600192611295565b505050506084358a528960205260408a20805460ff8160d01c169081156118c85773ffffffffffffffffffffffffffffffffffffffff8b1673ffffffffffffffffffffffffffffffffffffffff8216036118805763ffffffff8a81169160a01c1681900361184f57506001810361181e575060ff9291898b611413868f8d9082978d6117d5575b508481526001602052608435604082205593959798509395505050611274565b7a0200000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790555f6117b5565b7fd34934a9000000000000000000000000000000000000000000000000000000008c5260843560045260245260448bfd5b7f4f27cbaf000000000000000000000000000000000000000000000000000000008d5260843560045260245260448cfd5b60448d73ffffffffffffffffffffffffffffffffffffffff8d7f6564108300000000000000000000000000000000000000000000000000000000835260843560045216602452fd5b60248d7ff93a05f7000000000000000000000000000000000000000000000000000000008152608435600452fd5b9950611268565b602484897fe7cfdfa9000000000000000000000000000000000000000000000000000000008252600452fd5b6040517f2bc0c63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015263ffffffff8616602482015260ff8381166044830152881660648201526001608482015260a490fd5b611212955060ff91506119b59060403d604011610fc257610fb0818361322f565b9590959150611202565b6040513d84823e3d90fd5b807fc6bbf5240000000000000000000000000000000000000000000000000000000060049252fd5b8060ff867fbfeee6c8000000000000000000000000000000000000000000000000000000006024945216600452fd5b60ff6024927f3cbf41ec00000000000000000000000000000000000000000000000000000000835216600452fd5b50601c60ff83161161113f565b8060ff847f72663cab000000000000000000000000000000000000000000000000000000006024945216600452fd5b807f03314f910000000000000000000000000000000000000000000000000000000060049252fd5b50346102195760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957604060c091611af06135d9565b506004358152806020522064ffffffffff60405191611b0e836131db565b5460ff73ffffffffffffffffffffffffffffffffffffffff821693848152816020820163ffffffff8560a01c168152816040840181878b1c16815263ffffffff6060860193838960c81c16855260a06080880197858b60d01c168952019860d81c89526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b50346102195760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957600435611bd761314a565b6044356064359173ffffffffffffffffffffffffffffffffffffffff83168303611c8f576084359360a43567ffffffffffffffff8111611c8b5761021495611c26611c869236906004016131ad565b9160405160208101907f85fae1ec6ef30789587854f763b747250be69e09a353490ba42956246db28a43825286604082015260ff881660608201528860808201528260a082015260a08152611c7c60c08261322f565b51902090886147a7565b614526565b8680fd5b8480fd5b503461021957807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760206040517f83dcef51621a1effebcb2678317a393b239d9897435f5aa75e52f790564f83cb8152f35b503461021957807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760206040517ffcbad9e92133aa1c6d8ce68a1dbed8478c56f055c4df0d172bb8f20a5cc600328152f35b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957610214611d8061314a565b339060443590600435614526565b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957611dc66130ce565b6024359067ffffffffffffffff82116121da57366023830112156121da5781600401359167ffffffffffffffff83116121d6573660248460051b830101116121d657611e1061313a565b91831580156121cb575b61219f5760ff831694600786101561217357604051927fac14a99200000000000000000000000000000000000000000000000000000000845233600485015273ffffffffffffffffffffffffffffffffffffffff83169384602482015282604482015287606482015260408160848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa91821561052d5783918493612150575b50835b8881101561214c5760248160051b8301013580865285602052604086209060405191611f00836131db565b5473ffffffffffffffffffffffffffffffffffffffff81168352602083019063ffffffff8160a01c168252604084019360ff8260c01c16855260ff8260c81c16606082015260ff8260d01c16608082019281845260d81c60a0830152156121205773ffffffffffffffffffffffffffffffffffffffff8c915116036120f057600360ff825116146120c4575160ff166002811161209457508c9392918a9163ffffffff60039151169363ffffffff8916809503611ffb575b50606060019660ff7faa4af1706410e4e8247e1cd2cfd0c750199500d03ba9290a346c146a5b3b325293604051923384526020840152166040820152a401611ed5565b91939495505060ff91505116612013428c838a6143e2565b9060ff82161561202957918a918e959493611fb8565b6040517f2bc0c63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8b16600482015263ffffffff8816602482015260ff9182166044820152908c1660648201525f608482015260a490fd5b88604491847f46a3abf1000000000000000000000000000000000000000000000000000000008352600452602452fd5b602489847f529fe373000000000000000000000000000000000000000000000000000000008252600452fd5b6044898c857f65641083000000000000000000000000000000000000000000000000000000008352600452602452fd5b60248a857ff93a05f7000000000000000000000000000000000000000000000000000000008252600452fd5b8480f35b90925061216c915060403d604011610fc257610fb0818361322f565b915f611ed2565b80867fbfeee6c80000000000000000000000000000000000000000000000000000000060249352600452fd5b602485857fbfd03a37000000000000000000000000000000000000000000000000000000008252600452fd5b506101008411611e1a565b8380fd5b8280fd5b50346102195760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195761021461221961314a565b3390600435613ea5565b503461021957807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610219576040516123179160209190612267838361322f565b8082525f368137604092612324845194612281818761322f565b600986527f436f6e73656e74727900000000000000000000000000000000000000000000008387015280516122b6828261322f565b600181527f31000000000000000000000000000000000000000000000000000000000000008482015281519788977f1f00000000000000000000000000000000000000000000000000000000000000895260e0868a015260e089019061316a565b918783039088015261316a565b904660608601523060808601527f000000000000000000000000000000000000000000000000000000000000000060a086015284820360c08601528080855193848152019401925b82811061237b57505050500390f35b83518552869550938101939281019260010161236c565b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610219576124326123ef6123d0613127565b6123d861314a565b6123e061313a565b916123e9613587565b50613da8565b60405191829182919091606063ffffffff81608084019560ff815116855264ffffffffff6020820151166020860152826040820151166040860152015116910152565b0390f35b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760406124329165ffffffffffff6124b761247e613127565b61248661314a565b61248e61313a565b91612497613587565b50909161ff0060ff65ffffffff000092169360081b169160101b16171790565b16815260026020522063ffffffff604051916124d283613213565b5460ff8116835264ffffffffff8160081c166020840152818160301c16604084015260501c16606082015260405191829182919091606063ffffffff81608084019560ff815116855264ffffffffff6020820151166020860152826040820151166040860152015116910152565b50346102195760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760408160a09260808351612583816131f7565b82815282602082015282858201528260608201520152600435815260036020522063ffffffff604051916125b6836131f7565b5464ffffffffff73ffffffffffffffffffffffffffffffffffffffff82169384815260ff602082018185891c168152816040840191818760a81c1683528760806060870196888a60b01c168852019760d81c16875260405198895251166020880152511660408601525116606084015251166080820152f35b50346102195760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760209060406004359182815280845220549060ff8260d01c1691600183149283156126d8575b5082612698575b50506040519015158152f35b6126d09192506024359060ff8160c01c169073ffffffffffffffffffffffffffffffffffffffff63ffffffff8260a01c169116613662565b145f8061268c565b60021492505f612685565b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760209060043561272161314a565b6127296130f1565b91808452838552600460ff604080872096815197612746896131db565b549473ffffffffffffffffffffffffffffffffffffffff8616895263ffffffff8660a01c168a8a0152838660c01c16838a0152838660c81c1660608a01526080890195848160d01c16875260d81c60a08a0152815260038952209263ffffffff604051946127b3866131f7565b5473ffffffffffffffffffffffffffffffffffffffff81168652838160a01c168a870152838160a81c16604087015264ffffffffff8160b01c16606087015260d81c166080850152511614938461282a575b84612817575b85856040519015158152f35b61282194506138df565b5f80808061280b565b935061283682826138ab565b93612805565b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957604060ff61288c61287b613114565b61288361313a565b9060043561331e565b835191151582529091166020820152f35b5034612c3c5760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c576128d5613127565b6128dd61314a565b6128e561313a565b906064359060ff821690818303612c3c576084359164ffffffffff831691828403612c3c5760ff8116966012881015612d495760ff871695601c8711612d1d5760f01615801590612cfb575b612ccb57604051967f6341722e00000000000000000000000000000000000000000000000000000000885263ffffffff82169788600482015260a08160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c31575f91612c9c575b5073ffffffffffffffffffffffffffffffffffffffff81511615612c70575173ffffffffffffffffffffffffffffffffffffffff163303612c405773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b15612c3c575f602491604051928380927f06ae68280000000000000000000000000000000000000000000000000000000082528d60048301525afa8015612c3157612c1a575b5065ffffffffffff9060ff1661ff00600885901b1665ffffffff0000601085901b1617175b1689526002602052604089208054600163ffffffff8260301c16019663ffffffff8811612bed579285928895927fd3fe755efdfa341d35e5eb54574dc9f1598d83695f1d7b4953952c2eedefc1a19a989565ffffffffff0063ffffffff997fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000069ffffffff00000000000060809e60301b169416179160081b161717905586612b55575b505060405194855260208501526040840152166060820152a380f35b65ffffffffffff91612b7a919061ff0065ffffffff00009160081b169160101b161790565b168a52600260205260408a206001861b851682612be0578590825460501c901916165b7fffffffffffffffffffffffffffffffffffff00000000ffffffffffffffffffff6dffffffff0000000000000000000083549260501b1691161790555f80612b39565b85825460501c1617612b9d565b60248c7f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b612c27919a505f9061322f565b5f98612a96612a71565b6040513d5f823e3d90fd5b5f80fd5b877fa4ae7060000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b887f185c0a90000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b612cbe915060a03d60a011612cc4575b612cb6818361322f565b81019061329d565b5f6129b7565b503d612cac565b50507f698d4cc3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5082612d0957831515612931565b83158061293157506301e133808411612931565b867f3cbf41ec000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877f72663cab000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34612c3c5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c5760043563ffffffff6020612db7836137fc565b01511690604051917f28b3a04000000000000000000000000000000000000000000000000000000000835260048301525f8260248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c31575f91612e56575b612e4c925060405192839260408452604084019061316a565b9060208301520390f35b90503d805f843e612e67818461322f565b820191602081840312612c3c5780519067ffffffffffffffff8211612c3c57019180601f84011215612c3c57825167ffffffffffffffff8111612f015760405191612eda601f83017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0166020018461322f565b81835260208286010111612c3c576020815f9282612e4c97018386015e8301015290612e33565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b34612c3c575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c576020612f666136b4565b604051908152f35b34612c3c5760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c576020612f66612faa6130ce565b612fb2613114565b612fba61313a565b9060643592613662565b34612c3c575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34612c3c575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c5760206040517f85fae1ec6ef30789587854f763b747250be69e09a353490ba42956246db28a438152f35b34612c3c5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c576020906004355f526001825260405f20548152f35b6004359073ffffffffffffffffffffffffffffffffffffffff82168203612c3c57565b6044359073ffffffffffffffffffffffffffffffffffffffff82168203612c3c57565b6024359063ffffffff82168203612c3c57565b6004359063ffffffff82168203612c3c57565b6044359060ff82168203612c3c57565b6024359060ff82168203612c3c57565b60a4359060ff82168203612c3c57565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b9181601f84011215612c3c5782359167ffffffffffffffff8311612c3c5760208381860195010111612c3c57565b60c0810190811067ffffffffffffffff821117612f0157604052565b60a0810190811067ffffffffffffffff821117612f0157604052565b6080810190811067ffffffffffffffff821117612f0157604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117612f0157604052565b519060ff82168203612c3c57565b51908115158203612c3c57565b519064ffffffffff82168203612c3c57565b908160a0910312612c3c57604051906132b5826131f7565b805173ffffffffffffffffffffffffffffffffffffffff81168103612c3c576133169160809184526132e960208201613270565b60208501526132fa6040820161327e565b604085015261330b6060820161327e565b60608501520161328b565b608082015290565b92919260ff8416600781101561355c5750613338906137fc565b60ff60808201511660018114159081613550575b50801561348f575b6134855763ffffffff60208201511663ffffffff83161461347957805160409182015182517f01e38dfc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff92909216600483015263ffffffff909316602482015260ff92831660448201529390911660648401525f6084840152828060a48101038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa918215612c31575f905f9361343557509190565b9250506040823d604011613471575b816134516040938361322f565b81010312612c3c5761346e60206134678461327e565b9301613270565b90565b3d9150613444565b50509050600190600390565b505090505f905f90565b506040517f5e19b30500000000000000000000000000000000000000000000000000000000815263ffffffff8316600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c31575f91613516575b5015613354565b90506020813d602011613548575b816135316020938361322f565b81010312612c3c576135429061327e565b5f61350f565b3d9150613524565b6002915014155f61334c565b7fbfeee6c8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6040519061359482613213565b5f6060838281528260208201528260408201520152565b519063ffffffff82168203612c3c57565b9190826040910312612c3c5760206135d3836135ab565b92015190565b604051906135e6826131db565b5f60a0838281528260208201528260408201528260608201528260808201520152565b90816060910312612c3c57604051906060820182811067ffffffffffffffff821117612f015761365a916040918252613641816135ab565b845261364f60208201613270565b60208501520161328b565b604082015290565b92909160ff9063ffffffff6040519473ffffffffffffffffffffffffffffffffffffffff60208701971687521660408501521660608301526080820152608081526136ae60a08261322f565b51902090565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163014806137d3575b6137af5760405160208101907fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647282527f28907588b50345f50ec5ba281304a080f97fe4ea25aaf28fdfe55c320638fc3560408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c082015260c081526136ae60e08261322f565b7f000000000000000000000000000000000000000000000000000000000000000090565b507f000000000000000000000000000000000000000000000000000000000000000046146136f3565b906138056135d9565b50815f525f60205260405f20916040519261381f846131db565b549273ffffffffffffffffffffffffffffffffffffffff8416815263ffffffff8460a01c16602082015260ff8460c01c16604082015260ff8460c81c16606082015260ff8460d01c169384608083015260d81c60a082015292156138805750565b7ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9060ff166004811091826138be57505090565b60ff925090600182846040602082960151920151161916911b161616151590565b92909160ff169260028414613c2f5760038414613aa55773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169373ffffffffffffffffffffffffffffffffffffffff604051937f1eb21e7e0000000000000000000000000000000000000000000000000000000085521694856004850152606084602481845afa938415612c31575f94613a84575b5063ffffffff8451169081159182156139fb575b50506139f257156139c55750505173ffffffffffffffffffffffffffffffffffffffff161490565b9150915063ffffffff602081845116920151161490816139e3575090565b6020015160ff16600814919050565b50505050505f90565b60209192506024604051809481937f5e19b30500000000000000000000000000000000000000000000000000000000835260048301525afa908115612c31575f91613a4a575b50155f8061399d565b90506020813d602011613a7c575b81613a656020938361322f565b81010312612c3c57613a769061327e565b5f613a41565b3d9150613a58565b613a9e91945060603d60601161052657610518818361322f565b925f613989565b90925060209150019063ffffffff825116604051907f6341722e000000000000000000000000000000000000000000000000000000008252600482015260a08160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c315773ffffffffffffffffffffffffffffffffffffffff9182915f91613c10575b5051169116149081613b57575090565b63ffffffff91505116604051907f5e19b305000000000000000000000000000000000000000000000000000000008252600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c31575f91613bdc575090565b90506020813d602011613c08575b81613bf76020938361322f565b81010312612c3c5761346e9061327e565b3d9150613bea565b613c29915060a03d60a011612cc457612cb6818361322f565b5f613b47565b9150915073ffffffffffffffffffffffffffffffffffffffff808251169216828114613da057604051927f628da5270000000000000000000000000000000000000000000000000000000084526004840152602483015260808260448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa918215612c31575f92613d23575b5064ffffffffff60608301511642109182613d0f575b82613cf357505090565b600192509060ff604063ffffffff85945116920151161c161490565b91506001806040840151811c161491613ce9565b9091506080813d608011613d98575b81613d3f6080938361322f565b81010312612c3c57613d8c606060405192613d5984613213565b613d62816135ab565b8452613d7060208201613270565b6020850152613d8160408201613270565b60408501520161328b565b6060820152905f613cd3565b3d9150613d32565b505050600190565b929190613db3613587565b5065ffffffffffff601085901b65ffffffff000016600883901b61ff001617165f52600260205260405f209360018063ffffffff60405197613df489613213565b5460ff8116895264ffffffffff8160081c1660208a0152818160301c1660408a015260501c16968760608201529660ff86161c1614613e3257505050565b92935065ffffffffffff9260101b65ffffffff00001660089190911b61ff00161760ff90911617165f52600260205260405f2063ffffffff60405191613e7783613213565b5460ff8116835264ffffffffff8160081c166020840152818160301c16604084015260501c16606082015290565b5f815f525f60205260405f209060405191613ebf836131db565b549373ffffffffffffffffffffffffffffffffffffffff85168352613f22602084019563ffffffff8160a01c16875260ff8160c01c16604086015260ff8160c81c16606086015260ff8160d01c169081608087015260d81c60a086015285614889565b835f52600360205260405f209560405196613f3c886131f7565b5473ffffffffffffffffffffffffffffffffffffffff81168852602088019760ff8260a01c168952604081019160ff8160a81c16835263ffffffff64ffffffffff8260b01c169182606085015260d81c166080830152804210156143b35750613fa584826138ab565b15614380578284613fb692886138df565b156143335773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663ffffffff885116813b15612c3c575f906024604051809481937f06ae682800000000000000000000000000000000000000000000000000000000835260048301525afa8015612c315761431d575b5060ff80809251169316978893826001861b16179287865260036020526140ad8460408820907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff75ff00000000000000000000000000000000000000000083549260a81b169116179055565b73ffffffffffffffffffffffffffffffffffffffff875116887f85dcf35abdffcd7dea36c58876140af6e1fd7210973d4a709983e49d71fefc82604063ffffffff8d51169473ffffffffffffffffffffffffffffffffffffffff82519116998a82526020820152a4511603614315578382526001602052604082205495866141cc575b505063ffffffff73ffffffffffffffffffffffffffffffffffffffff7f497ab4ba60bd908cd44f71502485e83b13d2e4583e7ffc3f07611ce739511ea2936040848760209652808652207a0100000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff825416179055511694511694604051908152a4565b868352826020526040832091600160ff845460d01c160361424b57505080547fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff167a02000000000000000000000000000000000000000000000000000017905563ffffffff73ffffffffffffffffffffffffffffffffffffffff614130565b9150955063ffffffff73ffffffffffffffffffffffffffffffffffffffff7f876e1ebaf25895b1fdacbacb96f6344d9adfdb02e929eaed815285aabbcbe9e694604085886060975280602052207a0500000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905551169551169560405191825260208201527ffcbad9e92133aa1c6d8ce68a1dbed8478c56f055c4df0d172bb8f20a5cc600326040820152a4565b505050505050565b61432a9194505f9061322f565b5f9260ff614041565b5060ff73ffffffffffffffffffffffffffffffffffffffff92867ffcb49995000000000000000000000000000000000000000000000000000000005f52600452166024521660445260645ffd5b60ff84887f7d4fbd8d000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b877ff02b8038000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b60ff909116929163ffffffff8216841c6001908116148061449e575b8061448f575b8061447b575b80614468575b61445f5760ff166001149283614444575b5082614437575b5050614432575f90565b600290565b60d81c1190505f80614428565b60b882901c63ffffffff16901c60019081161492505f614421565b50505050600190565b5064ffffffffff8260581c168310614410565b508264ffffffffff8360301c16111561440a565b506001808360281c1614614404565b5060018060ff8460201c1660ff84161c16146143fe565b60ff909116929163ffffffff8216841c6001908116148061450f575b80614500578061447b57806144685761445f5760ff166001149283614444575082614437575050614432575f90565b506001808360291c1614614404565b5060018060ff8460201c1660ff84161c16146144d1565b9092815f525f60205260405f209260405193614541856131db565b549373ffffffffffffffffffffffffffffffffffffffff851681526145a4602082019563ffffffff8160a01c16875260ff8160c01c16604084015260ff8160c81c16606084015260ff8160d01c169081608085015260d81c60a084015285614889565b835f52600360205260405f20604051906145bd826131f7565b5473ffffffffffffffffffffffffffffffffffffffff8116825260ff8160a01c16602083015260ff8160a81c16604083015263ffffffff64ffffffffff8260b01c169182606085015260d81c16608083015280421015614778575061462287826138ab565b1561474557838761463392846138df565b156146f8579160609160ff63ffffffff73ffffffffffffffffffffffffffffffffffffffff7f876e1ebaf25895b1fdacbacb96f6344d9adfdb02e929eaed815285aabbcbe9e696885f525f60205260405f207a0500000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905551169751169773ffffffffffffffffffffffffffffffffffffffff604051941684521660208301526040820152a4565b73ffffffffffffffffffffffffffffffffffffffff8360ff88877ffcb49995000000000000000000000000000000000000000000000000000000005f52600452166024521660445260645ffd5b60ff87867f7d4fbd8d000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b857ff02b8038000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9391929080421161485e575073ffffffffffffffffffffffffffffffffffffffff841693841593841561480b575b505050506147e05750565b7f39822516000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b614854945060429061481b6136b4565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220906148ce565b155f8080806147d5565b7fa977689b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9060ff1690811561388057600482036148a0575050565b7f3d9b8774000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b906148da848483614b4b565b5060048110156149d1571590816149ae575b5061445f57813b15159283614904575b505050905090565b5f93507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f86602097606494604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d111616805f80806148fc565b905073ffffffffffffffffffffffffffffffffffffffff8084169116145f6148ec565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b90600273ffffffffffffffffffffffffffffffffffffffff921615614b1757168015614aef57338114614ac457604051907f025de1c100000000000000000000000000000000000000000000000000000000825260048201525f602482015260608160448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015612c3157614aa95750565b614ac19060603d60601161052657610518818361322f565b50565b7f42e63aa1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f86787e95000000000000000000000000000000000000000000000000000000005f5260045ffd5b1680614b205750565b7ff7661abf000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9060418303614b7557614b6e9250602081013591604082359201355f1a90614b7f565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614c03579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15612c31575f5173ffffffffffffffffffffffffffffffffffffffff811615614bf957905f905f90565b505f906001905f90565b5050505f916003919056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01@\x80`@R4a\x02_W` \x81aP\x7F\x808\x03\x80\x91a\0 \x82\x85a\x03\xE4V[\x839\x81\x01\x03\x12a\x02_WQ`\x01`\x01`\xA0\x1B\x03\x81\x16\x80\x82\x03a\x02_W`@Qc~\x0B(\x17`\xE1\x1B\x81R\x91` \x83`\x04\x81\x85Z\xFA\x92\x83\x15a\x02kW_\x93a\x03\xA6W[P`@QcBX\x0C\xB7`\xE1\x1B\x81R\x92_\x90\x84\x90`\x04\x90\x82\x90`\x01`\x01`\xA0\x1B\x03\x16Z\xFA\x92\x83\x15a\x02kW_\x93a\x02vW[P\x90` \x91\x83`\x04\x94`\x80RF`\xC0R0`\xE0R`@Q\x84\x81\x01\x91\x7F\xD8|\xD6\xEFy\xD4\xE2\xB9^\x15\xCE\x8A\xBFs-\xB5\x1E\xC7q\xF1\xCA.\xDC\xCF\"\xA4lr\x9A\xC5dr\x83R\x7F(\x90u\x88\xB5\x03E\xF5\x0E\xC5\xBA(\x13\x04\xA0\x80\xF9\x7F\xE4\xEA%\xAA\xF2\x8F\xDF\xE5\\2\x068\xFC5`@\x83\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x83\x01RF`\x80\x83\x01R0`\xA0\x83\x01R`\xC0\x82\x01R`\xC0\x81Ra\x01<`\xE0\x82a\x03\xE4V[Q\x90 `\xA0Ra\x01\0R`@Qc~\x0B(\x17`\xE1\x1B\x81R\x92\x83\x91\x82\x90Z\xFA\x90\x81\x15a\x02kW_\x91a\x02-W[P`\x01`\x01`\xA0\x1B\x03\x16a\x01 R`@QaL\x0E\x90\x81a\x04q\x829`\x80Q\x81\x81\x81a#3\x01Ra7|\x01R`\xA0Q\x81a7\xB1\x01R`\xC0Q\x81a7\xD6\x01R`\xE0Q\x81a6\xCB\x01Ra\x01\0Q\x81\x81\x81a)\x87\x01R\x81\x81a.\x03\x01R\x81\x81a0\x0E\x01Ra:\xFF\x01Ra\x01 Q\x81\x81\x81a\x02g\x01R\x81\x81a\x03\x0E\x01R\x81\x81a\x07\x9C\x01R\x81\x81a\x11\xD1\x01R\x81\x81a\x1E\xA0\x01R\x81\x81a*\t\x01R\x81\x81a3\xFF\x01R\x81\x81a4\xDF\x01R\x81\x81a9\r\x01R\x81\x81a;\xA9\x01R\x81\x81a<\xA3\x01R\x81\x81a?\xD2\x01RaJz\x01R\xF3[\x90P` \x81=` \x11a\x02cW[\x81a\x02H` \x93\x83a\x03\xE4V[\x81\x01\x03\x12a\x02_Wa\x02Y\x90a\x04\x07V[_a\x01hV[_\x80\xFD[=\x91Pa\x02;V[`@Q=_\x82>=\x90\xFD[\x92P=\x80_\x85>a\x02\x87\x81\x85a\x03\xE4V[\x83\x01\x92`\xE0\x81\x85\x03\x12a\x02_W\x80Q\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x03a\x02_W` \x81\x01Q`\x01`\x01`@\x1B\x03\x81\x11a\x02_W\x84a\x02\xDD\x91\x83\x01a\x04\x1BV[P`@\x81\x01Q`\x01`\x01`@\x1B\x03\x81\x11a\x02_W\x84a\x02\xFD\x91\x83\x01a\x04\x1BV[Pa\x03\n`\x80\x82\x01a\x04\x07V[P`\xA0\x81\x01Q`\xC0\x82\x01Q\x90\x91`\x01`\x01`@\x1B\x03\x82\x11a\x02_W\x01\x93\x80`\x1F\x86\x01\x12\x15a\x02_W\x84Q\x94`\x01`\x01`@\x1B\x03\x86\x11a\x03\x92W` \x80\x87`\x05\x1B\x97`@Q\x90a\x03[\x83\x8B\x01\x83a\x03\xE4V[\x81R\x01\x96\x82\x01\x01\x91\x82\x11a\x02_W` \x01\x94[\x81\x86\x10a\x03\x82WP\x90\x93P` \x90Pa\0\x92V[\x85Q\x81R` \x95\x86\x01\x95\x01a\x03nV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[\x92P` \x83=` \x11a\x03\xDCW[\x81a\x03\xC1` \x93\x83a\x03\xE4V[\x81\x01\x03\x12a\x02_W_a\x03\xD5`\x04\x94a\x04\x07V[\x93Pa\0aV[=\x91Pa\x03\xB4V[`\x1F\x90\x91\x01`\x1F\x19\x16\x81\x01\x90`\x01`\x01`@\x1B\x03\x82\x11\x90\x82\x10\x17a\x03\x92W`@RV[Q\x90`\x01`\x01`\xA0\x1B\x03\x82\x16\x82\x03a\x02_WV[\x81`\x1F\x82\x01\x12\x15a\x02_W\x80Q\x90`\x01`\x01`@\x1B\x03\x82\x11a\x03\x92W`@Q\x92a\x04O`\x1F\x84\x01`\x1F\x19\x16` \x01\x85a\x03\xE4V[\x82\x84R` \x83\x83\x01\x01\x11a\x02_W\x81_\x92` \x80\x93\x01\x83\x86\x01^\x83\x01\x01R\x90V\xFE`\x80\x80`@R`\x046\x10\x15a\0\x12W_\x80\xFD[_\x90_5`\xE0\x1C\x90\x81c\x06\xE5\xCB\xEC\x14a0\x8AWP\x80c\x14\xA7`/\x14a02W\x80c#M\xB1\xDE\x14a/\xC4W\x80c%N\xAC\x7F\x14a/nW\x80c6D\xE5\x15\x14a/.W\x80c6\x7F\x88q\x14a-uW\x80c;\x11\xCF\xE1\x14a(\x9DW\x80cW\xDB\xCE\x18\x14a(<W\x80c\\b{8\x14a&\xE3W\x80c`7Y\xD4\x14a&/W\x80c`yLT\x14a%@W\x80ctj\xFDs\x14a$6W\x80cyu\x06\x99\x14a#\x92W\x80c\x84\xB0\x19n\x14a\"#W\x80c\x94\x0C#\x9E\x14a!\xDEW\x80c\x98&\x9CJ\x14a\x1D\x8EW\x80c\xA6\xBDi\xAE\x14a\x1DEW\x80c\xC3\x9B\xD7\xD7\x14a\x1C\xECW\x80c\xC7\x15\x1E\x92\x14a\x1C\x93W\x80c\xCA\xE9\xEF\xF8\x14a\x1B\x9CW\x80c\xD1\xC6\n:\x14a\x1A\xB3W\x80c\xD1\xDA0\xE4\x14a\x10\xB7W\x80c\xF58\x83\x9E\x14a\x06dW\x80c\xF7\xC6}d\x14a\x058W\x80c\xFB\x9E\xE4]\x14a\x02\x8BW\x80c\xFC\x16P.\x14a\x02\x1CWc\xFD\x0C\x92\x02\x14a\x01GW_\x80\xFD[4a\x02\x19W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`\x045a\x01\x81a1JV[a\x01\x89a0\xF1V[\x90`d5\x92`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\x17Wa\x02\x14\x94a\x01\xB5a\x02\x0F\x926\x90`\x04\x01a1\xADV[\x91`@Q` \x81\x01\x90\x7F\x83\xDC\xEFQb\x1A\x1E\xFF\xEB\xCB&x1z9;#\x9D\x98\x97C_Z\xA7^R\xF7\x90VO\x83\xCB\x82R\x86`@\x82\x01R`\xFF\x88\x16``\x82\x01R\x82`\x80\x82\x01R`\x80\x81Ra\x02\x05`\xA0\x82a2/V[Q\x90 \x90\x87aG\xA7V[a>\xA5V[\x80\xF3[\x85[\x80\xFD[P4a\x02\x19W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[P4a\x02\x19W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`\x045`@Q\x7F\x02]\xE1\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`\x01`$\x82\x01R``\x81`D\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x05-W\x83\x91a\x04\xFEW[P\x81\x83R\x82` R`@\x83 \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x04\xD2Wc\xFF\xFF\xFF\xFF\x90\x81\x85Q\x16\x91\x82\x91`\xA0\x1C\x16\x03a\x04\xA2WP`\x01\x81\x03a\x04rWPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81z\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x94T\x16\x17\x81U\x84\x86R`\x01` R`@\x86 T\x80a\x04\x1FW[PT\x16\x91Q\x16\x91\x7F\xC9\x96Qm\xC0\x1D5\xF2?\xA9\xB0r\xB4E\x06o\rF\xAE\x90>\x8D\x90\x89\x9D&\xDF\xE5\xA7f\xDA\xD2` `@Q3\x81R\xA4\x80\xF3[\x86R\x85` R`@\x86 z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U_a\x03\xEBV[\x84`D\x91\x85\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[\x85`D\x91\x86\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[`$\x86\x86\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[a\x05 \x91P``=``\x11a\x05&W[a\x05\x18\x81\x83a2/V[\x81\x01\x90a6\tV[_a\x03>V[P=a\x05\x0EV[`@Q=\x85\x82>=\x90\xFD[P4a\x02\x19W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`\x045\x80\x82R\x81` R`@\x82 a\x05\x87`\xFF\x82T`\xD0\x1C\x16\x83aH\x89V[\x81\x83R`\x03` Rd\xFF\xFF\xFF\xFF\xFF`@\x84 T`\xB0\x1C\x16\x80B\x10a\x064WPz\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x81UT\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x83`\xA0\x1C\x16\x92\x16\x90\x7F\x0FwYU@z=`\x8C#e\x7F4\xA1\xAD\x95\xDDi\xC5\xDF\x85\x01!%\xA9p\xE7K\n\n\xD98\x84\x80\xA4\x80\xF3[\x83`D\x91\x84\x7FaE\x8C<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[P4a\x02\x19W`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x06\x9Ca0\xCEV[a\x06\xA4a1JV[\x91a\x06\xADa1:V[a\x06\xB5a1ZV[\x91`\xC45s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x10\xB3Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x15a\x10\x8BW`\x12`\xFF\x87\x16\x10\x15a\x10\\W`\xFF\x83\x16\x15\x80\x15a\x10OW[a\x10 W`\x07`\xFF\x85\x16\x10\x15a\x0F\xF1W`d5\x15a\x0F\xC9W`@\x80Q\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`\x01`D\x82\x01R`\xFF\x86\x16`d\x82\x01R\x93\x90\x84\x80`\x84\x81\x01\x03\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a\x05-W\x83\x94\x84\x91a\x0F\x8EW[Pa\x07\xDD`\xFF\x91\x87\x8AB\x92aD\xB5V[\x16\x96\x87\x15a\x0F\"Wa\x07\xF3`d5\x82\x87\x8Aa6bV[\x97\x88\x85R\x84` R`\xFF`@\x86 T`\xD0\x1C\x16a\x0E\xF6Wa\x08\x15\x83\x83\x88a=\xA8V[\x96`\xFF\x88Q\x16\x15\x93\x84\x15_\x14a\x0E\x98Wa\x083\x86`\xFF\x8BQ\x16aI\xFEV[`\x845a\x0C\xE3W[\x90`\xFF\x80\x92\x86\x15_\x14a\x0C\xD0W\x8B\x8Da\t\xD6\x84`\x04c\xFF\xFF\xFF\xFF\x8F[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@Q\x97a\x08y\x89a1\xDBV[\x16\x87R\x16` \x86\x01R\x8D`@\x86\x01\x90\x83\x8D\x16\x82R` `@``\x89\x01\x92\x86\x8B\x16\x84R\x86`\x80\x8B\x01\x96\x16\x86R`\xA0\x8A\x01\x98d\xFF\xFF\xFF\xFF\xFFB\x16\x8AR\x81R\x80\x83R \x97s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8AT\x16\x17\x89U\x01Q\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0x\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8BT\x94Q`\xC0\x1B\x16\x94Q`\xC8\x1B\x16\x94`\xA0\x1B\x16\x91\x16\x17\x17\x17\x85UQ\x16\x83\x90\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD0\x1B\x16\x91\x16\x17\x90UV[Qz\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD8\x1B\x16\x91\x16\x17\x90U\x81`@Q\x963\x88R\x16` \x87\x01R\x16`@\x85\x01R`d5``\x85\x01R`\x845`\x80\x85\x01R\x16`\xA0\x83\x01R`\xC0\x82\x01Rc\xFF\xFF\xFF\xFF\x85\x16\x90\x88\x7F\x8E\xFA\xF2\x08\x10v\xEA\x98\x04AU.\x8B\xB5N\x81>u-\xFC\xEF,\x8C\xCD`\xA1\r\x1DX/~S`\xE0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16\x93\xA4\x15a\n\xA5W[` \x86`@Q\x90\x81R\xF3[d\xFF\xFF\xFF\xFF\xFF` \x85\x01Q\x16d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x93d\xFF\xFF\xFF\xFF\xFF\x85\x11a\x0C\xA3W\x90\x81\x87\x94\x93\x92Q`\xFF\x16`@\x82\x01\x96\x87Qc\xFF\xFF\xFF\xFF\x16\x90`@Q\x92a\n\xEC\x84a1\xF7V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16\x85R` \x80\x86\x01\x92\x83R`@\x80\x87\x01\x8A\x81Rd\xFF\xFF\xFF\xFF\xFF\x95\x90\x95\x16``\x88\x01\x81\x81R`\x80\x89\x01\x97\x88R\x8D\x8CR`\x03\x90\x93R\x99 \x95Q\x86T\x93Q\x94Qu\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA8\x91\x90\x91\x1B\x16`\xA0\x95\x90\x95\x1Bt\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x92\x90\x92\x17\x17\x91\x90\x91\x17\x83UQ\x90\x82T\x90Q`\xD8\x1B~\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`\xB0\x1Bz\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x7F\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x90UQ`\xFF\x16\x94Qc\xFF\xFF\xFF\xFF\x16\x91`@Q\x95\x86R` \x86\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x01R``\x84\x01Rc\xFF\xFF\xFF\xFF\x16\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91`\x80\x7FQ\xAB\xCBw\xF6:<o\x06oJ\xCE\tj\xB6\xDD\xF6\xD5\xAF\x8E\x11\x02\x06\x86\xFEF\x9B\xB2\x11B\xD3\x8F\x91\xA4_\x80\x80\x80\x80a\n\x9AV[`$\x83\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x11`\x04R\xFD[\x8B\x8Da\t\xD6\x84`\x01c\xFF\xFF\xFF\xFF\x8Fa\x08WV[`\x845\x87R\x86` R`@\x87 \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x0EjWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x0E\"Wc\xFF\xFF\xFF\xFF\x8B\x81\x16\x91`\xA0\x1C\x16\x81\x90\x03a\r\xF1WP`\x01\x81\x03a\r\xC0WP`\xFF\x92\x91\x83\x91\x87a\rwW[P\x8C\x89R`\x01` R`\x845`@\x8A U\x91\x92PPa\x08;V[z\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U_a\r]V[\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89R`\x845`\x04R`$R`D\x88\xFD[\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8AR`\x845`\x04R`$R`D\x89\xFD[`D\x8As\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8F\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x845`\x04R\x16`$R\xFD[`$\x8A\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x845`\x04R\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x15a\x083W`$\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x7F\xF7f\x1A\xBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[`$\x85\x8A\x7F\xE7\xCF\xDF\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[`@Q\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x86\x16`$\x82\x01R`\xFF\x91\x82\x16`D\x82\x01R\x90\x86\x16`d\x82\x01R`\x01`\x84\x82\x01R`\xA4\x90\xFD[a\x07\xDD\x95P`\xFF\x91Pa\x0F\xB8\x90`@=`@\x11a\x0F\xC2W[a\x0F\xB0\x81\x83a2/V[\x81\x01\x90a5\xBCV[\x95\x90\x95\x91Pa\x07\xCDV[P=a\x0F\xA6V[`\x04\x82\x7F\xC6\xBB\xF5$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[`$\x82`\xFF\x86\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P`\xFF`$\x92\x7F<\xBFA\xEC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P`\x1C`\xFF\x84\x16\x11a\x07\nV[`$\x82`\xFF\x88\x7Frf<\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[`\x04\x82\x7F\x031O\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P\x80\xFD[P4a\x02\x19W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x10\xEFa0\xCEV[a\x10\xF7a1JV[\x90a\x11\0a1:V[\x91a\x11\ta1ZV[\x92\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x15a\x1A\x8BW`\x12`\xFF\x84\x16\x10\x15a\x1A\\W`\xFF\x82\x16\x15\x80\x15a\x1AOW[a\x1A!W`\x07`\xFF\x86\x16\x10\x15a\x19\xF2W`d5\x15a\x19\xCAW`@\x80Q\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`$\x82\x01R`\x01`D\x82\x01R`\xFF\x87\x16`d\x82\x01R\x93\x90\x84\x80`\x84\x81\x01\x03\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a\x19\xBFW\x82\x94\x83\x91a\x19\x94W[Pa\x12\x12`\xFF\x91\x88\x84B\x92aD\xB5V[\x16\x80\x15a\x19)Wa\x12'`d5\x83\x87\x89a6bV[\x96\x87\x84R\x83` R`\xFF`@\x85 T`\xD0\x1C\x16a\x18\xFDWa\x12I\x85\x84\x88a=\xA8V[\x94`\xFF\x86Q\x16\x15\x94\x85\x15_\x14a\x18\xF6WPa\x12h\x8A`\xFF\x88Q\x16aI\xFEV[\x87\x89\x88\x8C`\x845a\x17.W[\x91a\x14\x13`\xFF\x80\x97\x96\x94\x93\x84\x82\x97\x95P\x8C\x15_\x14a\x17!Wc\xFF\xFF\xFF\xFF`\x04\x92[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@Q\x98a\x12\xB7\x8Aa1\xDBV[\x16\x88R\x16` \x87\x01R`@\x86\x01\x90\x83\x8D\x16\x82R` `@``\x89\x01\x92\x86\x8B\x16\x84R\x86`\x80\x8B\x01\x96\x16\x86R`\xA0\x8A\x01\x98d\xFF\xFF\xFF\xFF\xFFB\x16\x8AR\x81R\x80\x83R \x97s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8AT\x16\x17\x89U\x01Q\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0x\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8BT\x94Q`\xC0\x1B\x16\x94Q`\xC8\x1B\x16\x94`\xA0\x1B\x16\x91\x16\x17\x17\x17\x85UQ\x16\x83\x90\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD0\x1B\x16\x91\x16\x17\x90UV[Qz\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD8\x1B\x16\x91\x16\x17\x90U\x81`@Q\x963\x88R\x16` \x87\x01R\x16`@\x85\x01R`d5``\x85\x01R`\x845`\x80\x85\x01R\x16`\xA0\x83\x01R`\xC0\x82\x01Rc\xFF\xFF\xFF\xFF\x84\x16\x90\x86\x7F\x8E\xFA\xF2\x08\x10v\xEA\x98\x04AU.\x8B\xB5N\x81>u-\xFC\xEF,\x8C\xCD`\xA1\r\x1DX/~S`\xE0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x93\xA4\x15a\x14\xE2W[` \x84`@Q\x90\x81R\xF3[d\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16d\xFF\xFF\xFF\xFF\xFFB\x16\x01d\xFF\xFF\xFF\xFF\xFF\x81\x11a\x16\xF4W`\x80s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x80\x95\x88` \x9A\x83`\xFF\x89\x7FQ\xAB\xCBw\xF6:<o\x06oJ\xCE\tj\xB6\xDD\xF6\xD5\xAF\x8E\x11\x02\x06\x86\xFEF\x9B\xB2\x11B\xD3\x8F\x99\x82\x86\x9CQ\x16\x90`@\x83\x01\x9D\x8EQ\x16\x90a\x16[\x85`@Q\x94a\x15k\x86a1\xF7V[\x89\x86R` \x86\x01\x90\x81R`@\x86\x01\x90\x8A\x82Rd\xFF\xFF\xFF\xFF\xFF``\x88\x01\x95\x16\x9B\x8C\x86R`\x80\x88\x01\x96\x87R\x8BR` `\x03\x90R\x8E\x80`@\x8D \x98Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88T\x16\x17\x87UQ\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88T\x92`\xA0\x1B\x16\x91\x16\x17\x86UQ\x16\x84\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFu\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA8\x1B\x16\x91\x16\x17\x90UV[Q\x90\x7F\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0~\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85T\x93Q`\xD8\x1B\x16\x93`\xB0\x1B\x16\x91\x16\x17\x17\x90UQ\x16\x99Q\x16\x91`@Q\x99\x8AR\x8C\x8A\x01R`@\x89\x01R``\x88\x01R\x16\x95\x16\x93\xA4_\x80\x80a\x14\xD7V[`$\x86\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x11`\x04R\xFD[c\xFF\xFF\xFF\xFF`\x01\x92a\x12\x95V[PPPP`\x845\x8AR\x89` R`@\x8A \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x18\xC8Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x18\x80Wc\xFF\xFF\xFF\xFF\x8A\x81\x16\x91`\xA0\x1C\x16\x81\x90\x03a\x18OWP`\x01\x81\x03a\x18\x1EWP`\xFF\x92\x91\x89\x8Ba\x14\x13\x86\x8F\x8D\x90\x82\x97\x8Da\x17\xD5W[P\x84\x81R`\x01` R`\x845`@\x82 U\x93\x95\x97\x98P\x93\x95PPPa\x12tV[z\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U_a\x17\xB5V[\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8CR`\x845`\x04R`$R`D\x8B\xFD[\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8DR`\x845`\x04R`$R`D\x8C\xFD[`D\x8Ds\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x845`\x04R\x16`$R\xFD[`$\x8D\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x845`\x04R\xFD[\x99Pa\x12hV[`$\x84\x89\x7F\xE7\xCF\xDF\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[`@Q\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x86\x16`$\x82\x01R`\xFF\x83\x81\x16`D\x83\x01R\x88\x16`d\x82\x01R`\x01`\x84\x82\x01R`\xA4\x90\xFD[a\x12\x12\x95P`\xFF\x91Pa\x19\xB5\x90`@=`@\x11a\x0F\xC2Wa\x0F\xB0\x81\x83a2/V[\x95\x90\x95\x91Pa\x12\x02V[`@Q=\x84\x82>=\x90\xFD[\x80\x7F\xC6\xBB\xF5$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x04\x92R\xFD[\x80`\xFF\x86\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`$\x94R\x16`\x04R\xFD[`\xFF`$\x92\x7F<\xBFA\xEC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P`\x1C`\xFF\x83\x16\x11a\x11?V[\x80`\xFF\x84\x7Frf<\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`$\x94R\x16`\x04R\xFD[\x80\x7F\x031O\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x04\x92R\xFD[P4a\x02\x19W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@`\xC0\x91a\x1A\xF0a5\xD9V[P`\x045\x81R\x80` R d\xFF\xFF\xFF\xFF\xFF`@Q\x91a\x1B\x0E\x83a1\xDBV[T`\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x93\x84\x81R\x81` \x82\x01c\xFF\xFF\xFF\xFF\x85`\xA0\x1C\x16\x81R\x81`@\x84\x01\x81\x87\x8B\x1C\x16\x81Rc\xFF\xFF\xFF\xFF``\x86\x01\x93\x83\x89`\xC8\x1C\x16\x85R`\xA0`\x80\x88\x01\x97\x85\x8B`\xD0\x1C\x16\x89R\x01\x98`\xD8\x1C\x89R`@Q\x9A\x8BRQ\x16` \x8A\x01RQ\x16`@\x88\x01RQ\x16``\x86\x01RQ\x16`\x80\x84\x01RQ\x16`\xA0\x82\x01R\xF3[P4a\x02\x19W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`\x045a\x1B\xD7a1JV[`D5`d5\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x83\x03a\x1C\x8FW`\x845\x93`\xA45g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x1C\x8BWa\x02\x14\x95a\x1C&a\x1C\x86\x926\x90`\x04\x01a1\xADV[\x91`@Q` \x81\x01\x90\x7F\x85\xFA\xE1\xECn\xF3\x07\x89XxT\xF7c\xB7G%\x0B\xE6\x9E\t\xA3SI\x0B\xA4)V$m\xB2\x8AC\x82R\x86`@\x82\x01R`\xFF\x88\x16``\x82\x01R\x88`\x80\x82\x01R\x82`\xA0\x82\x01R`\xA0\x81Ra\x1C|`\xC0\x82a2/V[Q\x90 \x90\x88aG\xA7V[aE&V[\x86\x80\xFD[\x84\x80\xFD[P4a\x02\x19W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` `@Q\x7F\x83\xDC\xEFQb\x1A\x1E\xFF\xEB\xCB&x1z9;#\x9D\x98\x97C_Z\xA7^R\xF7\x90VO\x83\xCB\x81R\xF3[P4a\x02\x19W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` `@Q\x7F\xFC\xBA\xD9\xE9!3\xAA\x1Cm\x8C\xE6\x8A\x1D\xBE\xD8G\x8CV\xF0U\xC4\xDF\r\x17+\xB8\xF2\n\\\xC6\x002\x81R\xF3[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x02\x14a\x1D\x80a1JV[3\x90`D5\x90`\x045aE&V[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x1D\xC6a0\xCEV[`$5\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a!\xDAW6`#\x83\x01\x12\x15a!\xDAW\x81`\x04\x015\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a!\xD6W6`$\x84`\x05\x1B\x83\x01\x01\x11a!\xD6Wa\x1E\x10a1:V[\x91\x83\x15\x80\x15a!\xCBW[a!\x9FW`\xFF\x83\x16\x94`\x07\x86\x10\x15a!sW`@Q\x92\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R3`\x04\x85\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x93\x84`$\x82\x01R\x82`D\x82\x01R\x87`d\x82\x01R`@\x81`\x84\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x91\x82\x15a\x05-W\x83\x91\x84\x93a!PW[P\x83[\x88\x81\x10\x15a!LW`$\x81`\x05\x1B\x83\x01\x015\x80\x86R\x85` R`@\x86 \x90`@Q\x91a\x1F\0\x83a1\xDBV[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83R` \x83\x01\x90c\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x82R`@\x84\x01\x93`\xFF\x82`\xC0\x1C\x16\x85R`\xFF\x82`\xC8\x1C\x16``\x82\x01R`\xFF\x82`\xD0\x1C\x16`\x80\x82\x01\x92\x81\x84R`\xD8\x1C`\xA0\x83\x01R\x15a! Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C\x91Q\x16\x03a \xF0W`\x03`\xFF\x82Q\x16\x14a \xC4WQ`\xFF\x16`\x02\x81\x11a \x94WP\x8C\x93\x92\x91\x8A\x91c\xFF\xFF\xFF\xFF`\x03\x91Q\x16\x93c\xFF\xFF\xFF\xFF\x89\x16\x80\x95\x03a\x1F\xFBW[P```\x01\x96`\xFF\x7F\xAAJ\xF1pd\x10\xE4\xE8$~\x1C\xD2\xCF\xD0\xC7P\x19\x95\0\xD0;\xA9)\n4l\x14j[;2R\x93`@Q\x923\x84R` \x84\x01R\x16`@\x82\x01R\xA4\x01a\x1E\xD5V[\x91\x93\x94\x95PP`\xFF\x91PQ\x16a \x13B\x8C\x83\x8AaC\xE2V[\x90`\xFF\x82\x16\x15a )W\x91\x8A\x91\x8E\x95\x94\x93a\x1F\xB8V[`@Q\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x88\x16`$\x82\x01R`\xFF\x91\x82\x16`D\x82\x01R\x90\x8C\x16`d\x82\x01R_`\x84\x82\x01R`\xA4\x90\xFD[\x88`D\x91\x84\x7FF\xA3\xAB\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[`$\x89\x84\x7FR\x9F\xE3s\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[`D\x89\x8C\x85\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[`$\x8A\x85\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[\x84\x80\xF3[\x90\x92Pa!l\x91P`@=`@\x11a\x0F\xC2Wa\x0F\xB0\x81\x83a2/V[\x91_a\x1E\xD2V[\x80\x86\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`$\x93R`\x04R\xFD[`$\x85\x85\x7F\xBF\xD0:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[Pa\x01\0\x84\x11a\x1E\x1AV[\x83\x80\xFD[\x82\x80\xFD[P4a\x02\x19W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x02\x14a\"\x19a1JV[3\x90`\x045a>\xA5V[P4a\x02\x19W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@Qa#\x17\x91` \x91\x90a\"g\x83\x83a2/V[\x80\x82R_6\x817`@\x92a#$\x84Q\x94a\"\x81\x81\x87a2/V[`\t\x86R\x7FConsentry\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x87\x01R\x80Qa\"\xB6\x82\x82a2/V[`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x82\x01R\x81Q\x97\x88\x97\x7F\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89R`\xE0\x86\x8A\x01R`\xE0\x89\x01\x90a1jV[\x91\x87\x83\x03\x90\x88\x01Ra1jV[\x90F``\x86\x01R0`\x80\x86\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x86\x01R\x84\x82\x03`\xC0\x86\x01R\x80\x80\x85Q\x93\x84\x81R\x01\x94\x01\x92[\x82\x81\x10a#{WPPPP\x03\x90\xF3[\x83Q\x85R\x86\x95P\x93\x81\x01\x93\x92\x81\x01\x92`\x01\x01a#lV[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa$2a#\xEFa#\xD0a1'V[a#\xD8a1JV[a#\xE0a1:V[\x91a#\xE9a5\x87V[Pa=\xA8V[`@Q\x91\x82\x91\x82\x91\x90\x91``c\xFF\xFF\xFF\xFF\x81`\x80\x84\x01\x95`\xFF\x81Q\x16\x85Rd\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x86\x01R\x82`@\x82\x01Q\x16`@\x86\x01R\x01Q\x16\x91\x01RV[\x03\x90\xF3[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@a$2\x91e\xFF\xFF\xFF\xFF\xFF\xFFa$\xB7a$~a1'V[a$\x86a1JV[a$\x8Ea1:V[\x91a$\x97a5\x87V[P\x90\x91a\xFF\0`\xFFe\xFF\xFF\xFF\xFF\0\0\x92\x16\x93`\x08\x1B\x16\x91`\x10\x1B\x16\x17\x17\x90V[\x16\x81R`\x02` R c\xFF\xFF\xFF\xFF`@Q\x91a$\xD2\x83a2\x13V[T`\xFF\x81\x16\x83Rd\xFF\xFF\xFF\xFF\xFF\x81`\x08\x1C\x16` \x84\x01R\x81\x81`0\x1C\x16`@\x84\x01R`P\x1C\x16``\x82\x01R`@Q\x91\x82\x91\x82\x91\x90\x91``c\xFF\xFF\xFF\xFF\x81`\x80\x84\x01\x95`\xFF\x81Q\x16\x85Rd\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x86\x01R\x82`@\x82\x01Q\x16`@\x86\x01R\x01Q\x16\x91\x01RV[P4a\x02\x19W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@\x81`\xA0\x92`\x80\x83Qa%\x83\x81a1\xF7V[\x82\x81R\x82` \x82\x01R\x82\x85\x82\x01R\x82``\x82\x01R\x01R`\x045\x81R`\x03` R c\xFF\xFF\xFF\xFF`@Q\x91a%\xB6\x83a1\xF7V[Td\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x93\x84\x81R`\xFF` \x82\x01\x81\x85\x89\x1C\x16\x81R\x81`@\x84\x01\x91\x81\x87`\xA8\x1C\x16\x83R\x87`\x80``\x87\x01\x96\x88\x8A`\xB0\x1C\x16\x88R\x01\x97`\xD8\x1C\x16\x87R`@Q\x98\x89RQ\x16` \x88\x01RQ\x16`@\x86\x01RQ\x16``\x84\x01RQ\x16`\x80\x82\x01R\xF3[P4a\x02\x19W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` \x90`@`\x045\x91\x82\x81R\x80\x84R T\x90`\xFF\x82`\xD0\x1C\x16\x91`\x01\x83\x14\x92\x83\x15a&\xD8W[P\x82a&\x98W[PP`@Q\x90\x15\x15\x81R\xF3[a&\xD0\x91\x92P`$5\x90`\xFF\x81`\xC0\x1C\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x82`\xA0\x1C\x16\x91\x16a6bV[\x14_\x80a&\x8CV[`\x02\x14\x92P_a&\x85V[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` \x90`\x045a'!a1JV[a')a0\xF1V[\x91\x80\x84R\x83\x85R`\x04`\xFF`@\x80\x87 \x96\x81Q\x97a'F\x89a1\xDBV[T\x94s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x89Rc\xFF\xFF\xFF\xFF\x86`\xA0\x1C\x16\x8A\x8A\x01R\x83\x86`\xC0\x1C\x16\x83\x8A\x01R\x83\x86`\xC8\x1C\x16``\x8A\x01R`\x80\x89\x01\x95\x84\x81`\xD0\x1C\x16\x87R`\xD8\x1C`\xA0\x8A\x01R\x81R`\x03\x89R \x92c\xFF\xFF\xFF\xFF`@Q\x94a'\xB3\x86a1\xF7V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x86R\x83\x81`\xA0\x1C\x16\x8A\x87\x01R\x83\x81`\xA8\x1C\x16`@\x87\x01Rd\xFF\xFF\xFF\xFF\xFF\x81`\xB0\x1C\x16``\x87\x01R`\xD8\x1C\x16`\x80\x85\x01RQ\x16\x14\x93\x84a(*W[\x84a(\x17W[\x85\x85`@Q\x90\x15\x15\x81R\xF3[a(!\x94Pa8\xDFV[_\x80\x80\x80a(\x0BV[\x93Pa(6\x82\x82a8\xABV[\x93a(\x05V[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@`\xFFa(\x8Ca({a1\x14V[a(\x83a1:V[\x90`\x045a3\x1EV[\x83Q\x91\x15\x15\x82R\x90\x91\x16` \x82\x01R\xF3[P4a,<W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<Wa(\xD5a1'V[a(\xDDa1JV[a(\xE5a1:V[\x90`d5\x90`\xFF\x82\x16\x90\x81\x83\x03a,<W`\x845\x91d\xFF\xFF\xFF\xFF\xFF\x83\x16\x91\x82\x84\x03a,<W`\xFF\x81\x16\x96`\x12\x88\x10\x15a-IW`\xFF\x87\x16\x95`\x1C\x87\x11a-\x1DW`\xF0\x16\x15\x80\x15\x90a,\xFBW[a,\xCBW`@Q\x96\x7FcAr.\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88Rc\xFF\xFF\xFF\xFF\x82\x16\x97\x88`\x04\x82\x01R`\xA0\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1W_\x91a,\x9CW[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x15a,pWQs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x03a,@Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a,<W_`$\x91`@Q\x92\x83\x80\x92\x7F\x06\xAEh(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R\x8D`\x04\x83\x01RZ\xFA\x80\x15a,1Wa,\x1AW[Pe\xFF\xFF\xFF\xFF\xFF\xFF\x90`\xFF\x16a\xFF\0`\x08\x85\x90\x1B\x16e\xFF\xFF\xFF\xFF\0\0`\x10\x85\x90\x1B\x16\x17\x17[\x16\x89R`\x02` R`@\x89 \x80T`\x01c\xFF\xFF\xFF\xFF\x82`0\x1C\x16\x01\x96c\xFF\xFF\xFF\xFF\x88\x11a+\xEDW\x92\x85\x92\x88\x95\x92\x7F\xD3\xFEu^\xFD\xFA4\x1D5\xE5\xEBTWM\xC9\xF1Y\x8D\x83i_\x1D{IS\x95,.\xED\xEF\xC1\xA1\x9A\x98\x95e\xFF\xFF\xFF\xFF\xFF\0c\xFF\xFF\xFF\xFF\x99\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0i\xFF\xFF\xFF\xFF\0\0\0\0\0\0`\x80\x9E`0\x1B\x16\x94\x16\x17\x91`\x08\x1B\x16\x17\x17\x90U\x86a+UW[PP`@Q\x94\x85R` \x85\x01R`@\x84\x01R\x16``\x82\x01R\xA3\x80\xF3[e\xFF\xFF\xFF\xFF\xFF\xFF\x91a+z\x91\x90a\xFF\0e\xFF\xFF\xFF\xFF\0\0\x91`\x08\x1B\x16\x91`\x10\x1B\x16\x17\x90V[\x16\x8AR`\x02` R`@\x8A `\x01\x86\x1B\x85\x16\x82a+\xE0W\x85\x90\x82T`P\x1C\x90\x19\x16\x16[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFm\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x83T\x92`P\x1B\x16\x91\x16\x17\x90U_\x80a+9V[\x85\x82T`P\x1C\x16\x17a+\x9DV[`$\x8C\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x11`\x04R\xFD[a,'\x91\x9AP_\x90a2/V[_\x98a*\x96a*qV[`@Q=_\x82>=\x90\xFD[_\x80\xFD[\x87\x7F\xA4\xAEp`\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R3`$R`D_\xFD[\x88\x7F\x18\\\n\x90\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[a,\xBE\x91P`\xA0=`\xA0\x11a,\xC4W[a,\xB6\x81\x83a2/V[\x81\x01\x90a2\x9DV[_a)\xB7V[P=a,\xACV[PP\x7Fi\x8DL\xC3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[P\x82a-\tW\x83\x15\x15a)1V[\x83\x15\x80a)1WPc\x01\xE13\x80\x84\x11a)1V[\x86\x7F<\xBFA\xEC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x87\x7Frf<\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a,<W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W`\x045c\xFF\xFF\xFF\xFF` a-\xB7\x83a7\xFCV[\x01Q\x16\x90`@Q\x91\x7F(\xB3\xA0@\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\x01R_\x82`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1W_\x91a.VW[a.L\x92P`@Q\x92\x83\x92`@\x84R`@\x84\x01\x90a1jV[\x90` \x83\x01R\x03\x90\xF3[\x90P=\x80_\x84>a.g\x81\x84a2/V[\x82\x01\x91` \x81\x84\x03\x12a,<W\x80Q\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a,<W\x01\x91\x80`\x1F\x84\x01\x12\x15a,<W\x82Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a/\x01W`@Q\x91a.\xDA`\x1F\x83\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16` \x01\x84a2/V[\x81\x83R` \x82\x86\x01\x01\x11a,<W` \x81_\x92\x82a.L\x97\x01\x83\x86\x01^\x83\x01\x01R\x90a.3V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[4a,<W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` a/fa6\xB4V[`@Q\x90\x81R\xF3[4a,<W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` a/fa/\xAAa0\xCEV[a/\xB2a1\x14V[a/\xBAa1:V[\x90`d5\x92a6bV[4a,<W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[4a,<W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` `@Q\x7F\x85\xFA\xE1\xECn\xF3\x07\x89XxT\xF7c\xB7G%\x0B\xE6\x9E\t\xA3SI\x0B\xA4)V$m\xB2\x8AC\x81R\xF3[4a,<W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` \x90`\x045_R`\x01\x82R`@_ T\x81R\xF3[`\x045\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[`D5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[`$5\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[`D5\x90`\xFF\x82\x16\x82\x03a,<WV[`$5\x90`\xFF\x82\x16\x82\x03a,<WV[`\xA45\x90`\xFF\x82\x16\x82\x03a,<WV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F` \x80\x94\x80Q\x91\x82\x91\x82\x87R\x01\x86\x86\x01^_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[\x91\x81`\x1F\x84\x01\x12\x15a,<W\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a,<W` \x83\x81\x86\x01\x95\x01\x01\x11a,<WV[`\xC0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01W`@RV[`\xA0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01W`@RV[`\x80\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01W`@RV[Q\x90`\xFF\x82\x16\x82\x03a,<WV[Q\x90\x81\x15\x15\x82\x03a,<WV[Q\x90d\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[\x90\x81`\xA0\x91\x03\x12a,<W`@Q\x90a2\xB5\x82a1\xF7V[\x80Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a,<Wa3\x16\x91`\x80\x91\x84Ra2\xE9` \x82\x01a2pV[` \x85\x01Ra2\xFA`@\x82\x01a2~V[`@\x85\x01Ra3\x0B``\x82\x01a2~V[``\x85\x01R\x01a2\x8BV[`\x80\x82\x01R\x90V[\x92\x91\x92`\xFF\x84\x16`\x07\x81\x10\x15a5\\WPa38\x90a7\xFCV[`\xFF`\x80\x82\x01Q\x16`\x01\x81\x14\x15\x90\x81a5PW[P\x80\x15a4\x8FW[a4\x85Wc\xFF\xFF\xFF\xFF` \x82\x01Q\x16c\xFF\xFF\xFF\xFF\x83\x16\x14a4yW\x80Q`@\x91\x82\x01Q\x82Q\x7F\x01\xE3\x8D\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16`\x04\x83\x01Rc\xFF\xFF\xFF\xFF\x90\x93\x16`$\x82\x01R`\xFF\x92\x83\x16`D\x82\x01R\x93\x90\x91\x16`d\x84\x01R_`\x84\x84\x01R\x82\x80`\xA4\x81\x01\x03\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x91\x82\x15a,1W_\x90_\x93a45WP\x91\x90V[\x92PP`@\x82=`@\x11a4qW[\x81a4Q`@\x93\x83a2/V[\x81\x01\x03\x12a,<Wa4n` a4g\x84a2~V[\x93\x01a2pV[\x90V[=\x91Pa4DV[PP\x90P`\x01\x90`\x03\x90V[PP\x90P_\x90_\x90V[P`@Q\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R` \x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1W_\x91a5\x16W[P\x15a3TV[\x90P` \x81=` \x11a5HW[\x81a51` \x93\x83a2/V[\x81\x01\x03\x12a,<Wa5B\x90a2~V[_a5\x0FV[=\x91Pa5$V[`\x02\x91P\x14\x15_a3LV[\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`@Q\x90a5\x94\x82a2\x13V[_``\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x01RV[Q\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[\x91\x90\x82`@\x91\x03\x12a,<W` a5\xD3\x83a5\xABV[\x92\x01Q\x90V[`@Q\x90a5\xE6\x82a1\xDBV[_`\xA0\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x01RV[\x90\x81``\x91\x03\x12a,<W`@Q\x90``\x82\x01\x82\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01Wa6Z\x91`@\x91\x82Ra6A\x81a5\xABV[\x84Ra6O` \x82\x01a2pV[` \x85\x01R\x01a2\x8BV[`@\x82\x01R\x90V[\x92\x90\x91`\xFF\x90c\xFF\xFF\xFF\xFF`@Q\x94s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x87\x01\x97\x16\x87R\x16`@\x85\x01R\x16``\x83\x01R`\x80\x82\x01R`\x80\x81Ra6\xAE`\xA0\x82a2/V[Q\x90 \x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x14\x80a7\xD3W[a7\xAFW`@Q` \x81\x01\x90\x7F\xD8|\xD6\xEFy\xD4\xE2\xB9^\x15\xCE\x8A\xBFs-\xB5\x1E\xC7q\xF1\xCA.\xDC\xCF\"\xA4lr\x9A\xC5dr\x82R\x7F(\x90u\x88\xB5\x03E\xF5\x0E\xC5\xBA(\x13\x04\xA0\x80\xF9\x7F\xE4\xEA%\xAA\xF2\x8F\xDF\xE5\\2\x068\xFC5`@\x82\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x82\x01R`\xC0\x81Ra6\xAE`\xE0\x82a2/V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a6\xF3V[\x90a8\x05a5\xD9V[P\x81_R_` R`@_ \x91`@Q\x92a8\x1F\x84a1\xDBV[T\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x81Rc\xFF\xFF\xFF\xFF\x84`\xA0\x1C\x16` \x82\x01R`\xFF\x84`\xC0\x1C\x16`@\x82\x01R`\xFF\x84`\xC8\x1C\x16``\x82\x01R`\xFF\x84`\xD0\x1C\x16\x93\x84`\x80\x83\x01R`\xD8\x1C`\xA0\x82\x01R\x92\x15a8\x80WPV[\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`\xFF\x16`\x04\x81\x10\x91\x82a8\xBEWPP\x90V[`\xFF\x92P\x90`\x01\x82\x84`@` \x82\x96\x01Q\x92\x01Q\x16\x19\x16\x91\x1B\x16\x16\x16\x15\x15\x90V[\x92\x90\x91`\xFF\x16\x92`\x02\x84\x14a</W`\x03\x84\x14a:\xA5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@Q\x93\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85R\x16\x94\x85`\x04\x85\x01R``\x84`$\x81\x84Z\xFA\x93\x84\x15a,1W_\x94a:\x84W[Pc\xFF\xFF\xFF\xFF\x84Q\x16\x90\x81\x15\x91\x82\x15a9\xFBW[PPa9\xF2W\x15a9\xC5WPPQs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x90V[\x91P\x91Pc\xFF\xFF\xFF\xFF` \x81\x84Q\x16\x92\x01Q\x16\x14\x90\x81a9\xE3WP\x90V[` \x01Q`\xFF\x16`\x08\x14\x91\x90PV[PPPPP_\x90V[` \x91\x92P`$`@Q\x80\x94\x81\x93\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\x01RZ\xFA\x90\x81\x15a,1W_\x91a:JW[P\x15_\x80a9\x9DV[\x90P` \x81=` \x11a:|W[\x81a:e` \x93\x83a2/V[\x81\x01\x03\x12a,<Wa:v\x90a2~V[_a:AV[=\x91Pa:XV[a:\x9E\x91\x94P``=``\x11a\x05&Wa\x05\x18\x81\x83a2/V[\x92_a9\x89V[\x90\x92P` \x91P\x01\x90c\xFF\xFF\xFF\xFF\x82Q\x16`@Q\x90\x7FcAr.\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R`\xA0\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x91_\x91a<\x10W[PQ\x16\x91\x16\x14\x90\x81a;WWP\x90V[c\xFF\xFF\xFF\xFF\x91PQ\x16`@Q\x90\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R` \x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1W_\x91a;\xDCWP\x90V[\x90P` \x81=` \x11a<\x08W[\x81a;\xF7` \x93\x83a2/V[\x81\x01\x03\x12a,<Wa4n\x90a2~V[=\x91Pa;\xEAV[a<)\x91P`\xA0=`\xA0\x11a,\xC4Wa,\xB6\x81\x83a2/V[_a;GV[\x91P\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82Q\x16\x92\x16\x82\x81\x14a=\xA0W`@Q\x92\x7Fb\x8D\xA5'\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01R`$\x83\x01R`\x80\x82`D\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x91\x82\x15a,1W_\x92a=#W[Pd\xFF\xFF\xFF\xFF\xFF``\x83\x01Q\x16B\x10\x91\x82a=\x0FW[\x82a<\xF3WPP\x90V[`\x01\x92P\x90`\xFF`@c\xFF\xFF\xFF\xFF\x85\x94Q\x16\x92\x01Q\x16\x1C\x16\x14\x90V[\x91P`\x01\x80`@\x84\x01Q\x81\x1C\x16\x14\x91a<\xE9V[\x90\x91P`\x80\x81=`\x80\x11a=\x98W[\x81a=?`\x80\x93\x83a2/V[\x81\x01\x03\x12a,<Wa=\x8C```@Q\x92a=Y\x84a2\x13V[a=b\x81a5\xABV[\x84Ra=p` \x82\x01a2pV[` \x85\x01Ra=\x81`@\x82\x01a2pV[`@\x85\x01R\x01a2\x8BV[``\x82\x01R\x90_a<\xD3V[=\x91Pa=2V[PPP`\x01\x90V[\x92\x91\x90a=\xB3a5\x87V[Pe\xFF\xFF\xFF\xFF\xFF\xFF`\x10\x85\x90\x1Be\xFF\xFF\xFF\xFF\0\0\x16`\x08\x83\x90\x1Ba\xFF\0\x16\x17\x16_R`\x02` R`@_ \x93`\x01\x80c\xFF\xFF\xFF\xFF`@Q\x97a=\xF4\x89a2\x13V[T`\xFF\x81\x16\x89Rd\xFF\xFF\xFF\xFF\xFF\x81`\x08\x1C\x16` \x8A\x01R\x81\x81`0\x1C\x16`@\x8A\x01R`P\x1C\x16\x96\x87``\x82\x01R\x96`\xFF\x86\x16\x1C\x16\x14a>2WPPPV[\x92\x93Pe\xFF\xFF\xFF\xFF\xFF\xFF\x92`\x10\x1Be\xFF\xFF\xFF\xFF\0\0\x16`\x08\x91\x90\x91\x1Ba\xFF\0\x16\x17`\xFF\x90\x91\x16\x17\x16_R`\x02` R`@_ c\xFF\xFF\xFF\xFF`@Q\x91a>w\x83a2\x13V[T`\xFF\x81\x16\x83Rd\xFF\xFF\xFF\xFF\xFF\x81`\x08\x1C\x16` \x84\x01R\x81\x81`0\x1C\x16`@\x84\x01R`P\x1C\x16``\x82\x01R\x90V[_\x81_R_` R`@_ \x90`@Q\x91a>\xBF\x83a1\xDBV[T\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x83Ra?\"` \x84\x01\x95c\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x87R`\xFF\x81`\xC0\x1C\x16`@\x86\x01R`\xFF\x81`\xC8\x1C\x16``\x86\x01R`\xFF\x81`\xD0\x1C\x16\x90\x81`\x80\x87\x01R`\xD8\x1C`\xA0\x86\x01R\x85aH\x89V[\x83_R`\x03` R`@_ \x95`@Q\x96a?<\x88a1\xF7V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x88R` \x88\x01\x97`\xFF\x82`\xA0\x1C\x16\x89R`@\x81\x01\x91`\xFF\x81`\xA8\x1C\x16\x83Rc\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x82`\xB0\x1C\x16\x91\x82``\x85\x01R`\xD8\x1C\x16`\x80\x83\x01R\x80B\x10\x15aC\xB3WPa?\xA5\x84\x82a8\xABV[\x15aC\x80W\x82\x84a?\xB6\x92\x88a8\xDFV[\x15aC3Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xFF\xFF\xFF\xFF\x88Q\x16\x81;\x15a,<W_\x90`$`@Q\x80\x94\x81\x93\x7F\x06\xAEh(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\x01RZ\xFA\x80\x15a,1WaC\x1DW[P`\xFF\x80\x80\x92Q\x16\x93\x16\x97\x88\x93\x82`\x01\x86\x1B\x16\x17\x92\x87\x86R`\x03` Ra@\xAD\x84`@\x88 \x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFu\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA8\x1B\x16\x91\x16\x17\x90UV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87Q\x16\x88\x7F\x85\xDC\xF3Z\xBD\xFF\xCD}\xEA6\xC5\x88v\x14\n\xF6\xE1\xFDr\x10\x97=Jp\x99\x83\xE4\x9Dq\xFE\xFC\x82`@c\xFF\xFF\xFF\xFF\x8DQ\x16\x94s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82Q\x91\x16\x99\x8A\x82R` \x82\x01R\xA4Q\x16\x03aC\x15W\x83\x82R`\x01` R`@\x82 T\x95\x86aA\xCCW[PPc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7FIz\xB4\xBA`\xBD\x90\x8C\xD4OqP$\x85\xE8;\x13\xD2\xE4X>\x7F\xFC?\x07a\x1C\xE79Q\x1E\xA2\x93`@\x84\x87` \x96R\x80\x86R z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90UQ\x16\x94Q\x16\x94`@Q\x90\x81R\xA4V[\x86\x83R\x82` R`@\x83 \x91`\x01`\xFF\x84T`\xD0\x1C\x16\x03aBKWPP\x80T\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90Uc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFaA0V[\x91P\x95Pc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\x87n\x1E\xBA\xF2X\x95\xB1\xFD\xAC\xBA\xCB\x96\xF64M\x9A\xDF\xDB\x02\xE9)\xEA\xED\x81R\x85\xAA\xBB\xCB\xE9\xE6\x94`@\x85\x88``\x97R\x80` R z\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90UQ\x16\x95Q\x16\x95`@Q\x91\x82R` \x82\x01R\x7F\xFC\xBA\xD9\xE9!3\xAA\x1Cm\x8C\xE6\x8A\x1D\xBE\xD8G\x8CV\xF0U\xC4\xDF\r\x17+\xB8\xF2\n\\\xC6\x002`@\x82\x01R\xA4V[PPPPPPV[aC*\x91\x94P_\x90a2/V[_\x92`\xFFa@AV[P`\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x86\x7F\xFC\xB4\x99\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R\x16`DR`d_\xFD[`\xFF\x84\x88\x7F}O\xBD\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[\x87\x7F\xF0+\x808\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[`\xFF\x90\x91\x16\x92\x91c\xFF\xFF\xFF\xFF\x82\x16\x84\x1C`\x01\x90\x81\x16\x14\x80aD\x9EW[\x80aD\x8FW[\x80aD{W[\x80aDhW[aD_W`\xFF\x16`\x01\x14\x92\x83aDDW[P\x82aD7W[PPaD2W_\x90V[`\x02\x90V[`\xD8\x1C\x11\x90P_\x80aD(V[`\xB8\x82\x90\x1Cc\xFF\xFF\xFF\xFF\x16\x90\x1C`\x01\x90\x81\x16\x14\x92P_aD!V[PPPP`\x01\x90V[Pd\xFF\xFF\xFF\xFF\xFF\x82`X\x1C\x16\x83\x10aD\x10V[P\x82d\xFF\xFF\xFF\xFF\xFF\x83`0\x1C\x16\x11\x15aD\nV[P`\x01\x80\x83`(\x1C\x16\x14aD\x04V[P`\x01\x80`\xFF\x84` \x1C\x16`\xFF\x84\x16\x1C\x16\x14aC\xFEV[`\xFF\x90\x91\x16\x92\x91c\xFF\xFF\xFF\xFF\x82\x16\x84\x1C`\x01\x90\x81\x16\x14\x80aE\x0FW[\x80aE\0W\x80aD{W\x80aDhWaD_W`\xFF\x16`\x01\x14\x92\x83aDDWP\x82aD7WPPaD2W_\x90V[P`\x01\x80\x83`)\x1C\x16\x14aD\x04V[P`\x01\x80`\xFF\x84` \x1C\x16`\xFF\x84\x16\x1C\x16\x14aD\xD1V[\x90\x92\x81_R_` R`@_ \x92`@Q\x93aEA\x85a1\xDBV[T\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x81RaE\xA4` \x82\x01\x95c\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x87R`\xFF\x81`\xC0\x1C\x16`@\x84\x01R`\xFF\x81`\xC8\x1C\x16``\x84\x01R`\xFF\x81`\xD0\x1C\x16\x90\x81`\x80\x85\x01R`\xD8\x1C`\xA0\x84\x01R\x85aH\x89V[\x83_R`\x03` R`@_ `@Q\x90aE\xBD\x82a1\xF7V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82R`\xFF\x81`\xA0\x1C\x16` \x83\x01R`\xFF\x81`\xA8\x1C\x16`@\x83\x01Rc\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x82`\xB0\x1C\x16\x91\x82``\x85\x01R`\xD8\x1C\x16`\x80\x83\x01R\x80B\x10\x15aGxWPaF\"\x87\x82a8\xABV[\x15aGEW\x83\x87aF3\x92\x84a8\xDFV[\x15aF\xF8W\x91``\x91`\xFFc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\x87n\x1E\xBA\xF2X\x95\xB1\xFD\xAC\xBA\xCB\x96\xF64M\x9A\xDF\xDB\x02\xE9)\xEA\xED\x81R\x85\xAA\xBB\xCB\xE9\xE6\x96\x88_R_` R`@_ z\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90UQ\x16\x97Q\x16\x97s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@Q\x94\x16\x84R\x16` \x83\x01R`@\x82\x01R\xA4V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83`\xFF\x88\x87\x7F\xFC\xB4\x99\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R\x16`DR`d_\xFD[`\xFF\x87\x86\x7F}O\xBD\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[\x85\x7F\xF0+\x808\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x93\x91\x92\x90\x80B\x11aH^WPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x93\x84\x15\x93\x84\x15aH\x0BW[PPPPaG\xE0WPV[\x7F9\x82%\x16\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[aHT\x94P`B\x90aH\x1Ba6\xB4V[\x90`@Q\x91\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x02\x83\x01R`\"\x82\x01R \x90aH\xCEV[\x15_\x80\x80\x80aG\xD5V[\x7F\xA9wh\x9B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`\xFF\x16\x90\x81\x15a8\x80W`\x04\x82\x03aH\xA0WPPV[\x7F=\x9B\x87t\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x90aH\xDA\x84\x84\x83aKKV[P`\x04\x81\x10\x15aI\xD1W\x15\x90\x81aI\xAEW[PaD_W\x81;\x15\x15\x92\x83aI\x04W[PPP\x90P\x90V[_\x93P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x86` \x97`d\x94`@Q\x96\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88R`\x04\x88\x01R`@`$\x88\x01R\x81`D\x88\x01R\x85\x87\x017\x86\x84\x82\x87\x01\x01R\x01\x16\x01\x91Z\xFA\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Q\x14`\x1F=\x11\x16\x16\x80_\x80\x80aH\xFCV[\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x84\x16\x91\x16\x14_aH\xECV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90`\x02s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x16\x15aK\x17W\x16\x80\x15aJ\xEFW3\x81\x14aJ\xC4W`@Q\x90\x7F\x02]\xE1\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R_`$\x82\x01R``\x81`D\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a,1WaJ\xA9WPV[aJ\xC1\x90``=``\x11a\x05&Wa\x05\x18\x81\x83a2/V[PV[\x7FB\xE6:\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\x86x~\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x16\x80aK WPV[\x7F\xF7f\x1A\xBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`A\x83\x03aKuWaKn\x92P` \x81\x015\x91`@\x825\x92\x015_\x1A\x90aK\x7FV[\x91\x92\x90\x91\x90V[PP_\x91`\x02\x91\x90V[\x91\x90\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11aL\x03W\x91` \x93`\x80\x92`\xFF_\x95`@Q\x94\x85R\x16\x86\x84\x01R`@\x83\x01R``\x82\x01R\x82\x80R`\x01Z\xFA\x15a,1W_Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15aK\xF9W\x90_\x90_\x90V[P_\x90`\x01\x90_\x90V[PPP_\x91`\x03\x91\x90V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x6080806040526004361015610012575f80fd5b5f905f3560e01c90816306e5cbec1461308a5750806314a7602f14613032578063234db1de14612fc4578063254eac7f14612f6e5780633644e51514612f2e578063367f887114612d755780633b11cfe11461289d57806357dbce181461283c5780635c627b38146126e3578063603759d41461262f57806360794c5414612540578063746afd7314612436578063797506991461239257806384b0196e14612223578063940c239e146121de57806398269c4a14611d8e578063a6bd69ae14611d45578063c39bd7d714611cec578063c7151e9214611c93578063cae9eff814611b9c578063d1c60a3a14611ab3578063d1da30e4146110b7578063f538839e14610664578063f7c67d6414610538578063fb9ee45d1461028b578063fc16502e1461021c5763fd0c920214610147575f80fd5b346102195760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760043561018161314a565b6101896130f1565b906064359260843567ffffffffffffffff811161021757610214946101b561020f9236906004016131ad565b9160405160208101907f83dcef51621a1effebcb2678317a393b239d9897435f5aa75e52f790564f83cb825286604082015260ff881660608201528260808201526080815261020560a08261322f565b51902090876147a7565b613ea5565b80f35b855b80fd5b503461021957807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b50346102195760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610219576004356040517f025de1c10000000000000000000000000000000000000000000000000000000081523360048201526001602482015260608160448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561052d5783916104fe575b508183528260205260408320805460ff8160d01c169081156104d25763ffffffff908185511691829160a01c16036104a2575060018103610472575073ffffffffffffffffffffffffffffffffffffffff817a0300000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff945416178155848652600160205260408620548061041f575b505416915116917fc996516dc01d35f23fa9b072b445066f0d46ae903e8d90899d26dfe5a766dad26020604051338152a480f35b865285602052604086207a0100000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790555f6103eb565b84604491857fd34934a9000000000000000000000000000000000000000000000000000000008352600452602452fd5b85604491867f4f27cbaf000000000000000000000000000000000000000000000000000000008352600452602452fd5b602486867ff93a05f7000000000000000000000000000000000000000000000000000000008252600452fd5b610520915060603d606011610526575b610518818361322f565b810190613609565b5f61033e565b503d61050e565b6040513d85823e3d90fd5b50346102195760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957600435808252816020526040822061058760ff825460d01c1683614889565b818352600360205264ffffffffff604084205460b01c1680421061063457507a0600000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff825416178155549073ffffffffffffffffffffffffffffffffffffffff63ffffffff8360a01c169216907f0f775955407a3d608c23657f34a1ad95dd69c5df85012125a970e74b0a0ad9388480a480f35b83604491847f61458c3c000000000000000000000000000000000000000000000000000000008352600452602452fd5b50346102195760e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195761069c6130ce565b6106a461314a565b916106ad61313a565b6106b561315a565b9160c43573ffffffffffffffffffffffffffffffffffffffff811681036110b35773ffffffffffffffffffffffffffffffffffffffff85161561108b57601260ff8716101561105c5760ff831615801561104f575b61102057600760ff85161015610ff15760643515610fc957604080517fac14a99200000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff871660248201526001604482015260ff861660648201529390848060848101038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa801561052d5783948491610f8e575b506107dd60ff91878a42926144b5565b16968715610f22576107f360643582878a613662565b978885528460205260ff604086205460d01c16610ef657610815838388613da8565b9660ff885116159384155f14610e98576108338660ff8b51166149fe565b608435610ce3575b9060ff809286155f14610cd0578b8d6109d684600463ffffffff8f5b73ffffffffffffffffffffffffffffffffffffffff60405197610879896131db565b1687521660208601528d6040860190838d168252602060406060890192868b1684528660808b019616865260a08a019864ffffffffff42168a528152808352209773ffffffffffffffffffffffffffffffffffffffff80825116167fffffffffffffffffffffffff00000000000000000000000000000000000000008a54161789550151917fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000079ff0000000000000000000000000000000000000000000000000078ff0000000000000000000000000000000000000000000000008b54945160c01b16945160c81b169460a01b1691161717178555511683907fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff7aff000000000000000000000000000000000000000000000000000083549260d01b169116179055565b517affffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffff00000000000000000000000000000000000000000000000000000083549260d81b1691161790558160405196338852166020870152166040850152606435606085015260843560808501521660a083015260c082015263ffffffff851690887f8efaf2081076ea980441552e8bb54e813e752dfcef2c8ccd60a10d1d582f7e5360e073ffffffffffffffffffffffffffffffffffffffff8b1693a415610aa5575b602086604051908152f35b64ffffffffff60208501511664ffffffffff4216019364ffffffffff8511610ca3579081879493925160ff166040820196875163ffffffff169060405192610aec846131f7565b73ffffffffffffffffffffffffffffffffffffffff8681168552602080860192835260408087018a815264ffffffffff9590951660608801818152608089019788528d8c5260039093529920955186549351945175ff00000000000000000000000000000000000000000060a89190911b1660a09590951b74ff00000000000000000000000000000000000000001692167fffffffffffffffffffff00000000000000000000000000000000000000000000909316929092171791909117835551908254905160d81b7effffffff000000000000000000000000000000000000000000000000000000169160b01b7affffffffff0000000000000000000000000000000000000000000016907fff000000000000000000ffffffffffffffffffffffffffffffffffffffffffff16171790555160ff16945163ffffffff1691604051958652602086015273ffffffffffffffffffffffffffffffffffffffff166040850152606084015263ffffffff169273ffffffffffffffffffffffffffffffffffffffff169160807f51abcb77f63a3c6f066f4ace096ab6ddf6d5af8e11020686fe469bb21142d38f91a45f80808080610a9a565b6024837f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b8b8d6109d684600163ffffffff8f610857565b60843587528660205260408720805460ff8160d01c16908115610e6a5773ffffffffffffffffffffffffffffffffffffffff8d1673ffffffffffffffffffffffffffffffffffffffff821603610e225763ffffffff8b81169160a01c16819003610df1575060018103610dc0575060ff9291839187610d77575b508c8952600160205260843560408a20559192505061083b565b7a0200000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790555f610d5d565b7fd34934a9000000000000000000000000000000000000000000000000000000008952608435600452602452604488fd5b7f4f27cbaf000000000000000000000000000000000000000000000000000000008a52608435600452602452604489fd5b60448a73ffffffffffffffffffffffffffffffffffffffff8f7f6564108300000000000000000000000000000000000000000000000000000000835260843560045216602452fd5b60248a7ff93a05f7000000000000000000000000000000000000000000000000000000008152608435600452fd5b73ffffffffffffffffffffffffffffffffffffffff8616156108335760248773ffffffffffffffffffffffffffffffffffffffff887ff7661abf00000000000000000000000000000000000000000000000000000000835216600452fd5b6024858a7fe7cfdfa9000000000000000000000000000000000000000000000000000000008252600452fd5b6040517f2bc0c63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8816600482015263ffffffff8616602482015260ff918216604482015290861660648201526001608482015260a490fd5b6107dd955060ff9150610fb89060403d604011610fc2575b610fb0818361322f565b8101906135bc565b95909591506107cd565b503d610fa6565b6004827fc6bbf524000000000000000000000000000000000000000000000000000000008152fd5b60248260ff867fbfeee6c800000000000000000000000000000000000000000000000000000000835216600452fd5b5060ff6024927f3cbf41ec00000000000000000000000000000000000000000000000000000000835216600452fd5b50601c60ff84161161070a565b60248260ff887f72663cab00000000000000000000000000000000000000000000000000000000835216600452fd5b6004827f03314f91000000000000000000000000000000000000000000000000000000008152fd5b5080fd5b50346102195760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610219576110ef6130ce565b6110f761314a565b9061110061313a565b9161110961315a565b928473ffffffffffffffffffffffffffffffffffffffff841615611a8b57601260ff84161015611a5c5760ff8216158015611a4f575b611a2157600760ff861610156119f257606435156119ca57604080517fac14a99200000000000000000000000000000000000000000000000000000000815233600482015273ffffffffffffffffffffffffffffffffffffffff861660248201526001604482015260ff871660648201529390848060848101038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156119bf5782948391611994575b5061121260ff91888442926144b5565b16801561192957611227606435838789613662565b968784528360205260ff604085205460d01c166118fd57611249858488613da8565b9460ff865116159485155f146118f657506112688a60ff8851166149fe565b8789888c60843561172e575b9161141360ff809796949384829795508c155f146117215763ffffffff6004925b73ffffffffffffffffffffffffffffffffffffffff604051986112b78a6131db565b1688521660208701526040860190838d168252602060406060890192868b1684528660808b019616865260a08a019864ffffffffff42168a528152808352209773ffffffffffffffffffffffffffffffffffffffff80825116167fffffffffffffffffffffffff00000000000000000000000000000000000000008a54161789550151917fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000079ff0000000000000000000000000000000000000000000000000078ff0000000000000000000000000000000000000000000000008b54945160c01b16945160c81b169460a01b1691161717178555511683907fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff7aff000000000000000000000000000000000000000000000000000083549260d01b169116179055565b517affffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffff00000000000000000000000000000000000000000000000000000083549260d81b1691161790558160405196338852166020870152166040850152606435606085015260843560808501521660a083015260c082015263ffffffff841690867f8efaf2081076ea980441552e8bb54e813e752dfcef2c8ccd60a10d1d582f7e5360e073ffffffffffffffffffffffffffffffffffffffff891693a4156114e2575b602084604051908152f35b64ffffffffff60208201511664ffffffffff42160164ffffffffff81116116f457608073ffffffffffffffffffffffffffffffffffffffff63ffffffff80958860209a8360ff897f51abcb77f63a3c6f066f4ace096ab6ddf6d5af8e11020686fe469bb21142d38f9982869c511690604083019d8e51169061165b856040519461156b866131f7565b8986526020860190815260408601908a825264ffffffffff6060880195169b8c8652608088019687528b526020600390528e8060408d20985116167fffffffffffffffffffffffff0000000000000000000000000000000000000000885416178755517fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff74ff000000000000000000000000000000000000000088549260a01b169116178655511684907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff75ff00000000000000000000000000000000000000000083549260a81b169116179055565b51907fff000000000000000000ffffffffffffffffffffffffffffffffffffffffffff7affffffffff000000000000000000000000000000000000000000007effffffff0000000000000000000000000000000000000000000000000000008554935160d81b169360b01b16911617179055511699511691604051998a528c8a01526040890152606088015216951693a45f80806114d7565b6024867f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b63ffffffff600192611295565b505050506084358a528960205260408a20805460ff8160d01c169081156118c85773ffffffffffffffffffffffffffffffffffffffff8b1673ffffffffffffffffffffffffffffffffffffffff8216036118805763ffffffff8a81169160a01c1681900361184f57506001810361181e575060ff9291898b611413868f8d9082978d6117d5575b508481526001602052608435604082205593959798509395505050611274565b7a0200000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff8254161790555f6117b5565b7fd34934a9000000000000000000000000000000000000000000000000000000008c5260843560045260245260448bfd5b7f4f27cbaf000000000000000000000000000000000000000000000000000000008d5260843560045260245260448cfd5b60448d73ffffffffffffffffffffffffffffffffffffffff8d7f6564108300000000000000000000000000000000000000000000000000000000835260843560045216602452fd5b60248d7ff93a05f7000000000000000000000000000000000000000000000000000000008152608435600452fd5b9950611268565b602484897fe7cfdfa9000000000000000000000000000000000000000000000000000000008252600452fd5b6040517f2bc0c63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8716600482015263ffffffff8616602482015260ff8381166044830152881660648201526001608482015260a490fd5b611212955060ff91506119b59060403d604011610fc257610fb0818361322f565b9590959150611202565b6040513d84823e3d90fd5b807fc6bbf5240000000000000000000000000000000000000000000000000000000060049252fd5b8060ff867fbfeee6c8000000000000000000000000000000000000000000000000000000006024945216600452fd5b60ff6024927f3cbf41ec00000000000000000000000000000000000000000000000000000000835216600452fd5b50601c60ff83161161113f565b8060ff847f72663cab000000000000000000000000000000000000000000000000000000006024945216600452fd5b807f03314f910000000000000000000000000000000000000000000000000000000060049252fd5b50346102195760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957604060c091611af06135d9565b506004358152806020522064ffffffffff60405191611b0e836131db565b5460ff73ffffffffffffffffffffffffffffffffffffffff821693848152816020820163ffffffff8560a01c168152816040840181878b1c16815263ffffffff6060860193838960c81c16855260a06080880197858b60d01c168952019860d81c89526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b50346102195760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957600435611bd761314a565b6044356064359173ffffffffffffffffffffffffffffffffffffffff83168303611c8f576084359360a43567ffffffffffffffff8111611c8b5761021495611c26611c869236906004016131ad565b9160405160208101907f85fae1ec6ef30789587854f763b747250be69e09a353490ba42956246db28a43825286604082015260ff881660608201528860808201528260a082015260a08152611c7c60c08261322f565b51902090886147a7565b614526565b8680fd5b8480fd5b503461021957807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760206040517f83dcef51621a1effebcb2678317a393b239d9897435f5aa75e52f790564f83cb8152f35b503461021957807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760206040517ffcbad9e92133aa1c6d8ce68a1dbed8478c56f055c4df0d172bb8f20a5cc600328152f35b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957610214611d8061314a565b339060443590600435614526565b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957611dc66130ce565b6024359067ffffffffffffffff82116121da57366023830112156121da5781600401359167ffffffffffffffff83116121d6573660248460051b830101116121d657611e1061313a565b91831580156121cb575b61219f5760ff831694600786101561217357604051927fac14a99200000000000000000000000000000000000000000000000000000000845233600485015273ffffffffffffffffffffffffffffffffffffffff83169384602482015282604482015287606482015260408160848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa91821561052d5783918493612150575b50835b8881101561214c5760248160051b8301013580865285602052604086209060405191611f00836131db565b5473ffffffffffffffffffffffffffffffffffffffff81168352602083019063ffffffff8160a01c168252604084019360ff8260c01c16855260ff8260c81c16606082015260ff8260d01c16608082019281845260d81c60a0830152156121205773ffffffffffffffffffffffffffffffffffffffff8c915116036120f057600360ff825116146120c4575160ff166002811161209457508c9392918a9163ffffffff60039151169363ffffffff8916809503611ffb575b50606060019660ff7faa4af1706410e4e8247e1cd2cfd0c750199500d03ba9290a346c146a5b3b325293604051923384526020840152166040820152a401611ed5565b91939495505060ff91505116612013428c838a6143e2565b9060ff82161561202957918a918e959493611fb8565b6040517f2bc0c63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8b16600482015263ffffffff8816602482015260ff9182166044820152908c1660648201525f608482015260a490fd5b88604491847f46a3abf1000000000000000000000000000000000000000000000000000000008352600452602452fd5b602489847f529fe373000000000000000000000000000000000000000000000000000000008252600452fd5b6044898c857f65641083000000000000000000000000000000000000000000000000000000008352600452602452fd5b60248a857ff93a05f7000000000000000000000000000000000000000000000000000000008252600452fd5b8480f35b90925061216c915060403d604011610fc257610fb0818361322f565b915f611ed2565b80867fbfeee6c80000000000000000000000000000000000000000000000000000000060249352600452fd5b602485857fbfd03a37000000000000000000000000000000000000000000000000000000008252600452fd5b506101008411611e1a565b8380fd5b8280fd5b50346102195760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195761021461221961314a565b3390600435613ea5565b503461021957807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610219576040516123179160209190612267838361322f565b8082525f368137604092612324845194612281818761322f565b600986527f436f6e73656e74727900000000000000000000000000000000000000000000008387015280516122b6828261322f565b600181527f31000000000000000000000000000000000000000000000000000000000000008482015281519788977f1f00000000000000000000000000000000000000000000000000000000000000895260e0868a015260e089019061316a565b918783039088015261316a565b904660608601523060808601527f000000000000000000000000000000000000000000000000000000000000000060a086015284820360c08601528080855193848152019401925b82811061237b57505050500390f35b83518552869550938101939281019260010161236c565b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610219576124326123ef6123d0613127565b6123d861314a565b6123e061313a565b916123e9613587565b50613da8565b60405191829182919091606063ffffffff81608084019560ff815116855264ffffffffff6020820151166020860152826040820151166040860152015116910152565b0390f35b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760406124329165ffffffffffff6124b761247e613127565b61248661314a565b61248e61313a565b91612497613587565b50909161ff0060ff65ffffffff000092169360081b169160101b16171790565b16815260026020522063ffffffff604051916124d283613213565b5460ff8116835264ffffffffff8160081c166020840152818160301c16604084015260501c16606082015260405191829182919091606063ffffffff81608084019560ff815116855264ffffffffff6020820151166020860152826040820151166040860152015116910152565b50346102195760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760408160a09260808351612583816131f7565b82815282602082015282858201528260608201520152600435815260036020522063ffffffff604051916125b6836131f7565b5464ffffffffff73ffffffffffffffffffffffffffffffffffffffff82169384815260ff602082018185891c168152816040840191818760a81c1683528760806060870196888a60b01c168852019760d81c16875260405198895251166020880152511660408601525116606084015251166080820152f35b50346102195760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760209060406004359182815280845220549060ff8260d01c1691600183149283156126d8575b5082612698575b50506040519015158152f35b6126d09192506024359060ff8160c01c169073ffffffffffffffffffffffffffffffffffffffff63ffffffff8260a01c169116613662565b145f8061268c565b60021492505f612685565b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102195760209060043561272161314a565b6127296130f1565b91808452838552600460ff604080872096815197612746896131db565b549473ffffffffffffffffffffffffffffffffffffffff8616895263ffffffff8660a01c168a8a0152838660c01c16838a0152838660c81c1660608a01526080890195848160d01c16875260d81c60a08a0152815260038952209263ffffffff604051946127b3866131f7565b5473ffffffffffffffffffffffffffffffffffffffff81168652838160a01c168a870152838160a81c16604087015264ffffffffff8160b01c16606087015260d81c166080850152511614938461282a575b84612817575b85856040519015158152f35b61282194506138df565b5f80808061280b565b935061283682826138ab565b93612805565b50346102195760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261021957604060ff61288c61287b613114565b61288361313a565b9060043561331e565b835191151582529091166020820152f35b5034612c3c5760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c576128d5613127565b6128dd61314a565b6128e561313a565b906064359060ff821690818303612c3c576084359164ffffffffff831691828403612c3c5760ff8116966012881015612d495760ff871695601c8711612d1d5760f01615801590612cfb575b612ccb57604051967f6341722e00000000000000000000000000000000000000000000000000000000885263ffffffff82169788600482015260a08160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c31575f91612c9c575b5073ffffffffffffffffffffffffffffffffffffffff81511615612c70575173ffffffffffffffffffffffffffffffffffffffff163303612c405773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b15612c3c575f602491604051928380927f06ae68280000000000000000000000000000000000000000000000000000000082528d60048301525afa8015612c3157612c1a575b5065ffffffffffff9060ff1661ff00600885901b1665ffffffff0000601085901b1617175b1689526002602052604089208054600163ffffffff8260301c16019663ffffffff8811612bed579285928895927fd3fe755efdfa341d35e5eb54574dc9f1598d83695f1d7b4953952c2eedefc1a19a989565ffffffffff0063ffffffff997fffffffffffffffffffffffffffffffffffffffffffff0000000000000000000069ffffffff00000000000060809e60301b169416179160081b161717905586612b55575b505060405194855260208501526040840152166060820152a380f35b65ffffffffffff91612b7a919061ff0065ffffffff00009160081b169160101b161790565b168a52600260205260408a206001861b851682612be0578590825460501c901916165b7fffffffffffffffffffffffffffffffffffff00000000ffffffffffffffffffff6dffffffff0000000000000000000083549260501b1691161790555f80612b39565b85825460501c1617612b9d565b60248c7f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b612c27919a505f9061322f565b5f98612a96612a71565b6040513d5f823e3d90fd5b5f80fd5b877fa4ae7060000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b887f185c0a90000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b612cbe915060a03d60a011612cc4575b612cb6818361322f565b81019061329d565b5f6129b7565b503d612cac565b50507f698d4cc3000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b5082612d0957831515612931565b83158061293157506301e133808411612931565b867f3cbf41ec000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877f72663cab000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b34612c3c5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c5760043563ffffffff6020612db7836137fc565b01511690604051917f28b3a04000000000000000000000000000000000000000000000000000000000835260048301525f8260248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c31575f91612e56575b612e4c925060405192839260408452604084019061316a565b9060208301520390f35b90503d805f843e612e67818461322f565b820191602081840312612c3c5780519067ffffffffffffffff8211612c3c57019180601f84011215612c3c57825167ffffffffffffffff8111612f015760405191612eda601f83017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0166020018461322f565b81835260208286010111612c3c576020815f9282612e4c97018386015e8301015290612e33565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b34612c3c575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c576020612f666136b4565b604051908152f35b34612c3c5760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c576020612f66612faa6130ce565b612fb2613114565b612fba61313a565b9060643592613662565b34612c3c575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34612c3c575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c5760206040517f85fae1ec6ef30789587854f763b747250be69e09a353490ba42956246db28a438152f35b34612c3c5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112612c3c576020906004355f526001825260405f20548152f35b6004359073ffffffffffffffffffffffffffffffffffffffff82168203612c3c57565b6044359073ffffffffffffffffffffffffffffffffffffffff82168203612c3c57565b6024359063ffffffff82168203612c3c57565b6004359063ffffffff82168203612c3c57565b6044359060ff82168203612c3c57565b6024359060ff82168203612c3c57565b60a4359060ff82168203612c3c57565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b9181601f84011215612c3c5782359167ffffffffffffffff8311612c3c5760208381860195010111612c3c57565b60c0810190811067ffffffffffffffff821117612f0157604052565b60a0810190811067ffffffffffffffff821117612f0157604052565b6080810190811067ffffffffffffffff821117612f0157604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117612f0157604052565b519060ff82168203612c3c57565b51908115158203612c3c57565b519064ffffffffff82168203612c3c57565b908160a0910312612c3c57604051906132b5826131f7565b805173ffffffffffffffffffffffffffffffffffffffff81168103612c3c576133169160809184526132e960208201613270565b60208501526132fa6040820161327e565b604085015261330b6060820161327e565b60608501520161328b565b608082015290565b92919260ff8416600781101561355c5750613338906137fc565b60ff60808201511660018114159081613550575b50801561348f575b6134855763ffffffff60208201511663ffffffff83161461347957805160409182015182517f01e38dfc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff92909216600483015263ffffffff909316602482015260ff92831660448201529390911660648401525f6084840152828060a48101038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa918215612c31575f905f9361343557509190565b9250506040823d604011613471575b816134516040938361322f565b81010312612c3c5761346e60206134678461327e565b9301613270565b90565b3d9150613444565b50509050600190600390565b505090505f905f90565b506040517f5e19b30500000000000000000000000000000000000000000000000000000000815263ffffffff8316600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c31575f91613516575b5015613354565b90506020813d602011613548575b816135316020938361322f565b81010312612c3c576135429061327e565b5f61350f565b3d9150613524565b6002915014155f61334c565b7fbfeee6c8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6040519061359482613213565b5f6060838281528260208201528260408201520152565b519063ffffffff82168203612c3c57565b9190826040910312612c3c5760206135d3836135ab565b92015190565b604051906135e6826131db565b5f60a0838281528260208201528260408201528260608201528260808201520152565b90816060910312612c3c57604051906060820182811067ffffffffffffffff821117612f015761365a916040918252613641816135ab565b845261364f60208201613270565b60208501520161328b565b604082015290565b92909160ff9063ffffffff6040519473ffffffffffffffffffffffffffffffffffffffff60208701971687521660408501521660608301526080820152608081526136ae60a08261322f565b51902090565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163014806137d3575b6137af5760405160208101907fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647282527f28907588b50345f50ec5ba281304a080f97fe4ea25aaf28fdfe55c320638fc3560408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c082015260c081526136ae60e08261322f565b7f000000000000000000000000000000000000000000000000000000000000000090565b507f000000000000000000000000000000000000000000000000000000000000000046146136f3565b906138056135d9565b50815f525f60205260405f20916040519261381f846131db565b549273ffffffffffffffffffffffffffffffffffffffff8416815263ffffffff8460a01c16602082015260ff8460c01c16604082015260ff8460c81c16606082015260ff8460d01c169384608083015260d81c60a082015292156138805750565b7ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9060ff166004811091826138be57505090565b60ff925090600182846040602082960151920151161916911b161616151590565b92909160ff169260028414613c2f5760038414613aa55773ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169373ffffffffffffffffffffffffffffffffffffffff604051937f1eb21e7e0000000000000000000000000000000000000000000000000000000085521694856004850152606084602481845afa938415612c31575f94613a84575b5063ffffffff8451169081159182156139fb575b50506139f257156139c55750505173ffffffffffffffffffffffffffffffffffffffff161490565b9150915063ffffffff602081845116920151161490816139e3575090565b6020015160ff16600814919050565b50505050505f90565b60209192506024604051809481937f5e19b30500000000000000000000000000000000000000000000000000000000835260048301525afa908115612c31575f91613a4a575b50155f8061399d565b90506020813d602011613a7c575b81613a656020938361322f565b81010312612c3c57613a769061327e565b5f613a41565b3d9150613a58565b613a9e91945060603d60601161052657610518818361322f565b925f613989565b90925060209150019063ffffffff825116604051907f6341722e000000000000000000000000000000000000000000000000000000008252600482015260a08160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c315773ffffffffffffffffffffffffffffffffffffffff9182915f91613c10575b5051169116149081613b57575090565b63ffffffff91505116604051907f5e19b305000000000000000000000000000000000000000000000000000000008252600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612c31575f91613bdc575090565b90506020813d602011613c08575b81613bf76020938361322f565b81010312612c3c5761346e9061327e565b3d9150613bea565b613c29915060a03d60a011612cc457612cb6818361322f565b5f613b47565b9150915073ffffffffffffffffffffffffffffffffffffffff808251169216828114613da057604051927f628da5270000000000000000000000000000000000000000000000000000000084526004840152602483015260808260448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa918215612c31575f92613d23575b5064ffffffffff60608301511642109182613d0f575b82613cf357505090565b600192509060ff604063ffffffff85945116920151161c161490565b91506001806040840151811c161491613ce9565b9091506080813d608011613d98575b81613d3f6080938361322f565b81010312612c3c57613d8c606060405192613d5984613213565b613d62816135ab565b8452613d7060208201613270565b6020850152613d8160408201613270565b60408501520161328b565b6060820152905f613cd3565b3d9150613d32565b505050600190565b929190613db3613587565b5065ffffffffffff601085901b65ffffffff000016600883901b61ff001617165f52600260205260405f209360018063ffffffff60405197613df489613213565b5460ff8116895264ffffffffff8160081c1660208a0152818160301c1660408a015260501c16968760608201529660ff86161c1614613e3257505050565b92935065ffffffffffff9260101b65ffffffff00001660089190911b61ff00161760ff90911617165f52600260205260405f2063ffffffff60405191613e7783613213565b5460ff8116835264ffffffffff8160081c166020840152818160301c16604084015260501c16606082015290565b5f815f525f60205260405f209060405191613ebf836131db565b549373ffffffffffffffffffffffffffffffffffffffff85168352613f22602084019563ffffffff8160a01c16875260ff8160c01c16604086015260ff8160c81c16606086015260ff8160d01c169081608087015260d81c60a086015285614889565b835f52600360205260405f209560405196613f3c886131f7565b5473ffffffffffffffffffffffffffffffffffffffff81168852602088019760ff8260a01c168952604081019160ff8160a81c16835263ffffffff64ffffffffff8260b01c169182606085015260d81c166080830152804210156143b35750613fa584826138ab565b15614380578284613fb692886138df565b156143335773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001663ffffffff885116813b15612c3c575f906024604051809481937f06ae682800000000000000000000000000000000000000000000000000000000835260048301525afa8015612c315761431d575b5060ff80809251169316978893826001861b16179287865260036020526140ad8460408820907fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff75ff00000000000000000000000000000000000000000083549260a81b169116179055565b73ffffffffffffffffffffffffffffffffffffffff875116887f85dcf35abdffcd7dea36c58876140af6e1fd7210973d4a709983e49d71fefc82604063ffffffff8d51169473ffffffffffffffffffffffffffffffffffffffff82519116998a82526020820152a4511603614315578382526001602052604082205495866141cc575b505063ffffffff73ffffffffffffffffffffffffffffffffffffffff7f497ab4ba60bd908cd44f71502485e83b13d2e4583e7ffc3f07611ce739511ea2936040848760209652808652207a0100000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff825416179055511694511694604051908152a4565b868352826020526040832091600160ff845460d01c160361424b57505080547fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff167a02000000000000000000000000000000000000000000000000000017905563ffffffff73ffffffffffffffffffffffffffffffffffffffff614130565b9150955063ffffffff73ffffffffffffffffffffffffffffffffffffffff7f876e1ebaf25895b1fdacbacb96f6344d9adfdb02e929eaed815285aabbcbe9e694604085886060975280602052207a0500000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905551169551169560405191825260208201527ffcbad9e92133aa1c6d8ce68a1dbed8478c56f055c4df0d172bb8f20a5cc600326040820152a4565b505050505050565b61432a9194505f9061322f565b5f9260ff614041565b5060ff73ffffffffffffffffffffffffffffffffffffffff92867ffcb49995000000000000000000000000000000000000000000000000000000005f52600452166024521660445260645ffd5b60ff84887f7d4fbd8d000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b877ff02b8038000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b60ff909116929163ffffffff8216841c6001908116148061449e575b8061448f575b8061447b575b80614468575b61445f5760ff166001149283614444575b5082614437575b5050614432575f90565b600290565b60d81c1190505f80614428565b60b882901c63ffffffff16901c60019081161492505f614421565b50505050600190565b5064ffffffffff8260581c168310614410565b508264ffffffffff8360301c16111561440a565b506001808360281c1614614404565b5060018060ff8460201c1660ff84161c16146143fe565b60ff909116929163ffffffff8216841c6001908116148061450f575b80614500578061447b57806144685761445f5760ff166001149283614444575082614437575050614432575f90565b506001808360291c1614614404565b5060018060ff8460201c1660ff84161c16146144d1565b9092815f525f60205260405f209260405193614541856131db565b549373ffffffffffffffffffffffffffffffffffffffff851681526145a4602082019563ffffffff8160a01c16875260ff8160c01c16604084015260ff8160c81c16606084015260ff8160d01c169081608085015260d81c60a084015285614889565b835f52600360205260405f20604051906145bd826131f7565b5473ffffffffffffffffffffffffffffffffffffffff8116825260ff8160a01c16602083015260ff8160a81c16604083015263ffffffff64ffffffffff8260b01c169182606085015260d81c16608083015280421015614778575061462287826138ab565b1561474557838761463392846138df565b156146f8579160609160ff63ffffffff73ffffffffffffffffffffffffffffffffffffffff7f876e1ebaf25895b1fdacbacb96f6344d9adfdb02e929eaed815285aabbcbe9e696885f525f60205260405f207a0500000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905551169751169773ffffffffffffffffffffffffffffffffffffffff604051941684521660208301526040820152a4565b73ffffffffffffffffffffffffffffffffffffffff8360ff88877ffcb49995000000000000000000000000000000000000000000000000000000005f52600452166024521660445260645ffd5b60ff87867f7d4fbd8d000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b857ff02b8038000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b9391929080421161485e575073ffffffffffffffffffffffffffffffffffffffff841693841593841561480b575b505050506147e05750565b7f39822516000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b614854945060429061481b6136b4565b90604051917f190100000000000000000000000000000000000000000000000000000000000083526002830152602282015220906148ce565b155f8080806147d5565b7fa977689b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9060ff1690811561388057600482036148a0575050565b7f3d9b8774000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b906148da848483614b4b565b5060048110156149d1571590816149ae575b5061445f57813b15159283614904575b505050905090565b5f93507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f86602097606494604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d111616805f80806148fc565b905073ffffffffffffffffffffffffffffffffffffffff8084169116145f6148ec565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b90600273ffffffffffffffffffffffffffffffffffffffff921615614b1757168015614aef57338114614ac457604051907f025de1c100000000000000000000000000000000000000000000000000000000825260048201525f602482015260608160448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015612c3157614aa95750565b614ac19060603d60601161052657610518818361322f565b50565b7f42e63aa1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f86787e95000000000000000000000000000000000000000000000000000000005f5260045ffd5b1680614b205750565b7ff7661abf000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9060418303614b7557614b6e9250602081013591604082359201355f1a90614b7f565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614c03579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15612c31575f5173ffffffffffffffffffffffffffffffffffffffff811615614bf957905f905f90565b505f906001905f90565b5050505f916003919056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80\x80`@R`\x046\x10\x15a\0\x12W_\x80\xFD[_\x90_5`\xE0\x1C\x90\x81c\x06\xE5\xCB\xEC\x14a0\x8AWP\x80c\x14\xA7`/\x14a02W\x80c#M\xB1\xDE\x14a/\xC4W\x80c%N\xAC\x7F\x14a/nW\x80c6D\xE5\x15\x14a/.W\x80c6\x7F\x88q\x14a-uW\x80c;\x11\xCF\xE1\x14a(\x9DW\x80cW\xDB\xCE\x18\x14a(<W\x80c\\b{8\x14a&\xE3W\x80c`7Y\xD4\x14a&/W\x80c`yLT\x14a%@W\x80ctj\xFDs\x14a$6W\x80cyu\x06\x99\x14a#\x92W\x80c\x84\xB0\x19n\x14a\"#W\x80c\x94\x0C#\x9E\x14a!\xDEW\x80c\x98&\x9CJ\x14a\x1D\x8EW\x80c\xA6\xBDi\xAE\x14a\x1DEW\x80c\xC3\x9B\xD7\xD7\x14a\x1C\xECW\x80c\xC7\x15\x1E\x92\x14a\x1C\x93W\x80c\xCA\xE9\xEF\xF8\x14a\x1B\x9CW\x80c\xD1\xC6\n:\x14a\x1A\xB3W\x80c\xD1\xDA0\xE4\x14a\x10\xB7W\x80c\xF58\x83\x9E\x14a\x06dW\x80c\xF7\xC6}d\x14a\x058W\x80c\xFB\x9E\xE4]\x14a\x02\x8BW\x80c\xFC\x16P.\x14a\x02\x1CWc\xFD\x0C\x92\x02\x14a\x01GW_\x80\xFD[4a\x02\x19W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`\x045a\x01\x81a1JV[a\x01\x89a0\xF1V[\x90`d5\x92`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\x17Wa\x02\x14\x94a\x01\xB5a\x02\x0F\x926\x90`\x04\x01a1\xADV[\x91`@Q` \x81\x01\x90\x7F\x83\xDC\xEFQb\x1A\x1E\xFF\xEB\xCB&x1z9;#\x9D\x98\x97C_Z\xA7^R\xF7\x90VO\x83\xCB\x82R\x86`@\x82\x01R`\xFF\x88\x16``\x82\x01R\x82`\x80\x82\x01R`\x80\x81Ra\x02\x05`\xA0\x82a2/V[Q\x90 \x90\x87aG\xA7V[a>\xA5V[\x80\xF3[\x85[\x80\xFD[P4a\x02\x19W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[P4a\x02\x19W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`\x045`@Q\x7F\x02]\xE1\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`\x01`$\x82\x01R``\x81`D\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x05-W\x83\x91a\x04\xFEW[P\x81\x83R\x82` R`@\x83 \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x04\xD2Wc\xFF\xFF\xFF\xFF\x90\x81\x85Q\x16\x91\x82\x91`\xA0\x1C\x16\x03a\x04\xA2WP`\x01\x81\x03a\x04rWPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81z\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x94T\x16\x17\x81U\x84\x86R`\x01` R`@\x86 T\x80a\x04\x1FW[PT\x16\x91Q\x16\x91\x7F\xC9\x96Qm\xC0\x1D5\xF2?\xA9\xB0r\xB4E\x06o\rF\xAE\x90>\x8D\x90\x89\x9D&\xDF\xE5\xA7f\xDA\xD2` `@Q3\x81R\xA4\x80\xF3[\x86R\x85` R`@\x86 z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U_a\x03\xEBV[\x84`D\x91\x85\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[\x85`D\x91\x86\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[`$\x86\x86\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[a\x05 \x91P``=``\x11a\x05&W[a\x05\x18\x81\x83a2/V[\x81\x01\x90a6\tV[_a\x03>V[P=a\x05\x0EV[`@Q=\x85\x82>=\x90\xFD[P4a\x02\x19W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`\x045\x80\x82R\x81` R`@\x82 a\x05\x87`\xFF\x82T`\xD0\x1C\x16\x83aH\x89V[\x81\x83R`\x03` Rd\xFF\xFF\xFF\xFF\xFF`@\x84 T`\xB0\x1C\x16\x80B\x10a\x064WPz\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x81UT\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x83`\xA0\x1C\x16\x92\x16\x90\x7F\x0FwYU@z=`\x8C#e\x7F4\xA1\xAD\x95\xDDi\xC5\xDF\x85\x01!%\xA9p\xE7K\n\n\xD98\x84\x80\xA4\x80\xF3[\x83`D\x91\x84\x7FaE\x8C<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[P4a\x02\x19W`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x06\x9Ca0\xCEV[a\x06\xA4a1JV[\x91a\x06\xADa1:V[a\x06\xB5a1ZV[\x91`\xC45s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x10\xB3Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x15a\x10\x8BW`\x12`\xFF\x87\x16\x10\x15a\x10\\W`\xFF\x83\x16\x15\x80\x15a\x10OW[a\x10 W`\x07`\xFF\x85\x16\x10\x15a\x0F\xF1W`d5\x15a\x0F\xC9W`@\x80Q\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`\x01`D\x82\x01R`\xFF\x86\x16`d\x82\x01R\x93\x90\x84\x80`\x84\x81\x01\x03\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a\x05-W\x83\x94\x84\x91a\x0F\x8EW[Pa\x07\xDD`\xFF\x91\x87\x8AB\x92aD\xB5V[\x16\x96\x87\x15a\x0F\"Wa\x07\xF3`d5\x82\x87\x8Aa6bV[\x97\x88\x85R\x84` R`\xFF`@\x86 T`\xD0\x1C\x16a\x0E\xF6Wa\x08\x15\x83\x83\x88a=\xA8V[\x96`\xFF\x88Q\x16\x15\x93\x84\x15_\x14a\x0E\x98Wa\x083\x86`\xFF\x8BQ\x16aI\xFEV[`\x845a\x0C\xE3W[\x90`\xFF\x80\x92\x86\x15_\x14a\x0C\xD0W\x8B\x8Da\t\xD6\x84`\x04c\xFF\xFF\xFF\xFF\x8F[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@Q\x97a\x08y\x89a1\xDBV[\x16\x87R\x16` \x86\x01R\x8D`@\x86\x01\x90\x83\x8D\x16\x82R` `@``\x89\x01\x92\x86\x8B\x16\x84R\x86`\x80\x8B\x01\x96\x16\x86R`\xA0\x8A\x01\x98d\xFF\xFF\xFF\xFF\xFFB\x16\x8AR\x81R\x80\x83R \x97s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8AT\x16\x17\x89U\x01Q\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0x\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8BT\x94Q`\xC0\x1B\x16\x94Q`\xC8\x1B\x16\x94`\xA0\x1B\x16\x91\x16\x17\x17\x17\x85UQ\x16\x83\x90\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD0\x1B\x16\x91\x16\x17\x90UV[Qz\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD8\x1B\x16\x91\x16\x17\x90U\x81`@Q\x963\x88R\x16` \x87\x01R\x16`@\x85\x01R`d5``\x85\x01R`\x845`\x80\x85\x01R\x16`\xA0\x83\x01R`\xC0\x82\x01Rc\xFF\xFF\xFF\xFF\x85\x16\x90\x88\x7F\x8E\xFA\xF2\x08\x10v\xEA\x98\x04AU.\x8B\xB5N\x81>u-\xFC\xEF,\x8C\xCD`\xA1\r\x1DX/~S`\xE0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16\x93\xA4\x15a\n\xA5W[` \x86`@Q\x90\x81R\xF3[d\xFF\xFF\xFF\xFF\xFF` \x85\x01Q\x16d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x93d\xFF\xFF\xFF\xFF\xFF\x85\x11a\x0C\xA3W\x90\x81\x87\x94\x93\x92Q`\xFF\x16`@\x82\x01\x96\x87Qc\xFF\xFF\xFF\xFF\x16\x90`@Q\x92a\n\xEC\x84a1\xF7V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x81\x16\x85R` \x80\x86\x01\x92\x83R`@\x80\x87\x01\x8A\x81Rd\xFF\xFF\xFF\xFF\xFF\x95\x90\x95\x16``\x88\x01\x81\x81R`\x80\x89\x01\x97\x88R\x8D\x8CR`\x03\x90\x93R\x99 \x95Q\x86T\x93Q\x94Qu\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA8\x91\x90\x91\x1B\x16`\xA0\x95\x90\x95\x1Bt\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x16\x92\x90\x92\x17\x17\x91\x90\x91\x17\x83UQ\x90\x82T\x90Q`\xD8\x1B~\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`\xB0\x1Bz\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x7F\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x90UQ`\xFF\x16\x94Qc\xFF\xFF\xFF\xFF\x16\x91`@Q\x95\x86R` \x86\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x85\x01R``\x84\x01Rc\xFF\xFF\xFF\xFF\x16\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91`\x80\x7FQ\xAB\xCBw\xF6:<o\x06oJ\xCE\tj\xB6\xDD\xF6\xD5\xAF\x8E\x11\x02\x06\x86\xFEF\x9B\xB2\x11B\xD3\x8F\x91\xA4_\x80\x80\x80\x80a\n\x9AV[`$\x83\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x11`\x04R\xFD[\x8B\x8Da\t\xD6\x84`\x01c\xFF\xFF\xFF\xFF\x8Fa\x08WV[`\x845\x87R\x86` R`@\x87 \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x0EjWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x0E\"Wc\xFF\xFF\xFF\xFF\x8B\x81\x16\x91`\xA0\x1C\x16\x81\x90\x03a\r\xF1WP`\x01\x81\x03a\r\xC0WP`\xFF\x92\x91\x83\x91\x87a\rwW[P\x8C\x89R`\x01` R`\x845`@\x8A U\x91\x92PPa\x08;V[z\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U_a\r]V[\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89R`\x845`\x04R`$R`D\x88\xFD[\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8AR`\x845`\x04R`$R`D\x89\xFD[`D\x8As\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8F\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x845`\x04R\x16`$R\xFD[`$\x8A\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x845`\x04R\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x15a\x083W`$\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x7F\xF7f\x1A\xBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[`$\x85\x8A\x7F\xE7\xCF\xDF\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[`@Q\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x86\x16`$\x82\x01R`\xFF\x91\x82\x16`D\x82\x01R\x90\x86\x16`d\x82\x01R`\x01`\x84\x82\x01R`\xA4\x90\xFD[a\x07\xDD\x95P`\xFF\x91Pa\x0F\xB8\x90`@=`@\x11a\x0F\xC2W[a\x0F\xB0\x81\x83a2/V[\x81\x01\x90a5\xBCV[\x95\x90\x95\x91Pa\x07\xCDV[P=a\x0F\xA6V[`\x04\x82\x7F\xC6\xBB\xF5$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[`$\x82`\xFF\x86\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P`\xFF`$\x92\x7F<\xBFA\xEC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P`\x1C`\xFF\x84\x16\x11a\x07\nV[`$\x82`\xFF\x88\x7Frf<\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[`\x04\x82\x7F\x031O\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P\x80\xFD[P4a\x02\x19W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x10\xEFa0\xCEV[a\x10\xF7a1JV[\x90a\x11\0a1:V[\x91a\x11\ta1ZV[\x92\x84s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x15a\x1A\x8BW`\x12`\xFF\x84\x16\x10\x15a\x1A\\W`\xFF\x82\x16\x15\x80\x15a\x1AOW[a\x1A!W`\x07`\xFF\x86\x16\x10\x15a\x19\xF2W`d5\x15a\x19\xCAW`@\x80Q\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`$\x82\x01R`\x01`D\x82\x01R`\xFF\x87\x16`d\x82\x01R\x93\x90\x84\x80`\x84\x81\x01\x03\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a\x19\xBFW\x82\x94\x83\x91a\x19\x94W[Pa\x12\x12`\xFF\x91\x88\x84B\x92aD\xB5V[\x16\x80\x15a\x19)Wa\x12'`d5\x83\x87\x89a6bV[\x96\x87\x84R\x83` R`\xFF`@\x85 T`\xD0\x1C\x16a\x18\xFDWa\x12I\x85\x84\x88a=\xA8V[\x94`\xFF\x86Q\x16\x15\x94\x85\x15_\x14a\x18\xF6WPa\x12h\x8A`\xFF\x88Q\x16aI\xFEV[\x87\x89\x88\x8C`\x845a\x17.W[\x91a\x14\x13`\xFF\x80\x97\x96\x94\x93\x84\x82\x97\x95P\x8C\x15_\x14a\x17!Wc\xFF\xFF\xFF\xFF`\x04\x92[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@Q\x98a\x12\xB7\x8Aa1\xDBV[\x16\x88R\x16` \x87\x01R`@\x86\x01\x90\x83\x8D\x16\x82R` `@``\x89\x01\x92\x86\x8B\x16\x84R\x86`\x80\x8B\x01\x96\x16\x86R`\xA0\x8A\x01\x98d\xFF\xFF\xFF\xFF\xFFB\x16\x8AR\x81R\x80\x83R \x97s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8AT\x16\x17\x89U\x01Q\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0x\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8BT\x94Q`\xC0\x1B\x16\x94Q`\xC8\x1B\x16\x94`\xA0\x1B\x16\x91\x16\x17\x17\x17\x85UQ\x16\x83\x90\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD0\x1B\x16\x91\x16\x17\x90UV[Qz\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD8\x1B\x16\x91\x16\x17\x90U\x81`@Q\x963\x88R\x16` \x87\x01R\x16`@\x85\x01R`d5``\x85\x01R`\x845`\x80\x85\x01R\x16`\xA0\x83\x01R`\xC0\x82\x01Rc\xFF\xFF\xFF\xFF\x84\x16\x90\x86\x7F\x8E\xFA\xF2\x08\x10v\xEA\x98\x04AU.\x8B\xB5N\x81>u-\xFC\xEF,\x8C\xCD`\xA1\r\x1DX/~S`\xE0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x93\xA4\x15a\x14\xE2W[` \x84`@Q\x90\x81R\xF3[d\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16d\xFF\xFF\xFF\xFF\xFFB\x16\x01d\xFF\xFF\xFF\xFF\xFF\x81\x11a\x16\xF4W`\x80s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x80\x95\x88` \x9A\x83`\xFF\x89\x7FQ\xAB\xCBw\xF6:<o\x06oJ\xCE\tj\xB6\xDD\xF6\xD5\xAF\x8E\x11\x02\x06\x86\xFEF\x9B\xB2\x11B\xD3\x8F\x99\x82\x86\x9CQ\x16\x90`@\x83\x01\x9D\x8EQ\x16\x90a\x16[\x85`@Q\x94a\x15k\x86a1\xF7V[\x89\x86R` \x86\x01\x90\x81R`@\x86\x01\x90\x8A\x82Rd\xFF\xFF\xFF\xFF\xFF``\x88\x01\x95\x16\x9B\x8C\x86R`\x80\x88\x01\x96\x87R\x8BR` `\x03\x90R\x8E\x80`@\x8D \x98Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88T\x16\x17\x87UQ\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88T\x92`\xA0\x1B\x16\x91\x16\x17\x86UQ\x16\x84\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFu\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA8\x1B\x16\x91\x16\x17\x90UV[Q\x90\x7F\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0~\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85T\x93Q`\xD8\x1B\x16\x93`\xB0\x1B\x16\x91\x16\x17\x17\x90UQ\x16\x99Q\x16\x91`@Q\x99\x8AR\x8C\x8A\x01R`@\x89\x01R``\x88\x01R\x16\x95\x16\x93\xA4_\x80\x80a\x14\xD7V[`$\x86\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x11`\x04R\xFD[c\xFF\xFF\xFF\xFF`\x01\x92a\x12\x95V[PPPP`\x845\x8AR\x89` R`@\x8A \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x18\xC8Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x18\x80Wc\xFF\xFF\xFF\xFF\x8A\x81\x16\x91`\xA0\x1C\x16\x81\x90\x03a\x18OWP`\x01\x81\x03a\x18\x1EWP`\xFF\x92\x91\x89\x8Ba\x14\x13\x86\x8F\x8D\x90\x82\x97\x8Da\x17\xD5W[P\x84\x81R`\x01` R`\x845`@\x82 U\x93\x95\x97\x98P\x93\x95PPPa\x12tV[z\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U_a\x17\xB5V[\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8CR`\x845`\x04R`$R`D\x8B\xFD[\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8DR`\x845`\x04R`$R`D\x8C\xFD[`D\x8Ds\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x845`\x04R\x16`$R\xFD[`$\x8D\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x845`\x04R\xFD[\x99Pa\x12hV[`$\x84\x89\x7F\xE7\xCF\xDF\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[`@Q\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x86\x16`$\x82\x01R`\xFF\x83\x81\x16`D\x83\x01R\x88\x16`d\x82\x01R`\x01`\x84\x82\x01R`\xA4\x90\xFD[a\x12\x12\x95P`\xFF\x91Pa\x19\xB5\x90`@=`@\x11a\x0F\xC2Wa\x0F\xB0\x81\x83a2/V[\x95\x90\x95\x91Pa\x12\x02V[`@Q=\x84\x82>=\x90\xFD[\x80\x7F\xC6\xBB\xF5$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x04\x92R\xFD[\x80`\xFF\x86\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`$\x94R\x16`\x04R\xFD[`\xFF`$\x92\x7F<\xBFA\xEC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P`\x1C`\xFF\x83\x16\x11a\x11?V[\x80`\xFF\x84\x7Frf<\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`$\x94R\x16`\x04R\xFD[\x80\x7F\x031O\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x04\x92R\xFD[P4a\x02\x19W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@`\xC0\x91a\x1A\xF0a5\xD9V[P`\x045\x81R\x80` R d\xFF\xFF\xFF\xFF\xFF`@Q\x91a\x1B\x0E\x83a1\xDBV[T`\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x93\x84\x81R\x81` \x82\x01c\xFF\xFF\xFF\xFF\x85`\xA0\x1C\x16\x81R\x81`@\x84\x01\x81\x87\x8B\x1C\x16\x81Rc\xFF\xFF\xFF\xFF``\x86\x01\x93\x83\x89`\xC8\x1C\x16\x85R`\xA0`\x80\x88\x01\x97\x85\x8B`\xD0\x1C\x16\x89R\x01\x98`\xD8\x1C\x89R`@Q\x9A\x8BRQ\x16` \x8A\x01RQ\x16`@\x88\x01RQ\x16``\x86\x01RQ\x16`\x80\x84\x01RQ\x16`\xA0\x82\x01R\xF3[P4a\x02\x19W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`\x045a\x1B\xD7a1JV[`D5`d5\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x83\x03a\x1C\x8FW`\x845\x93`\xA45g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x1C\x8BWa\x02\x14\x95a\x1C&a\x1C\x86\x926\x90`\x04\x01a1\xADV[\x91`@Q` \x81\x01\x90\x7F\x85\xFA\xE1\xECn\xF3\x07\x89XxT\xF7c\xB7G%\x0B\xE6\x9E\t\xA3SI\x0B\xA4)V$m\xB2\x8AC\x82R\x86`@\x82\x01R`\xFF\x88\x16``\x82\x01R\x88`\x80\x82\x01R\x82`\xA0\x82\x01R`\xA0\x81Ra\x1C|`\xC0\x82a2/V[Q\x90 \x90\x88aG\xA7V[aE&V[\x86\x80\xFD[\x84\x80\xFD[P4a\x02\x19W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` `@Q\x7F\x83\xDC\xEFQb\x1A\x1E\xFF\xEB\xCB&x1z9;#\x9D\x98\x97C_Z\xA7^R\xF7\x90VO\x83\xCB\x81R\xF3[P4a\x02\x19W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` `@Q\x7F\xFC\xBA\xD9\xE9!3\xAA\x1Cm\x8C\xE6\x8A\x1D\xBE\xD8G\x8CV\xF0U\xC4\xDF\r\x17+\xB8\xF2\n\\\xC6\x002\x81R\xF3[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x02\x14a\x1D\x80a1JV[3\x90`D5\x90`\x045aE&V[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x1D\xC6a0\xCEV[`$5\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a!\xDAW6`#\x83\x01\x12\x15a!\xDAW\x81`\x04\x015\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a!\xD6W6`$\x84`\x05\x1B\x83\x01\x01\x11a!\xD6Wa\x1E\x10a1:V[\x91\x83\x15\x80\x15a!\xCBW[a!\x9FW`\xFF\x83\x16\x94`\x07\x86\x10\x15a!sW`@Q\x92\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R3`\x04\x85\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x93\x84`$\x82\x01R\x82`D\x82\x01R\x87`d\x82\x01R`@\x81`\x84\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x91\x82\x15a\x05-W\x83\x91\x84\x93a!PW[P\x83[\x88\x81\x10\x15a!LW`$\x81`\x05\x1B\x83\x01\x015\x80\x86R\x85` R`@\x86 \x90`@Q\x91a\x1F\0\x83a1\xDBV[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83R` \x83\x01\x90c\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x82R`@\x84\x01\x93`\xFF\x82`\xC0\x1C\x16\x85R`\xFF\x82`\xC8\x1C\x16``\x82\x01R`\xFF\x82`\xD0\x1C\x16`\x80\x82\x01\x92\x81\x84R`\xD8\x1C`\xA0\x83\x01R\x15a! Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C\x91Q\x16\x03a \xF0W`\x03`\xFF\x82Q\x16\x14a \xC4WQ`\xFF\x16`\x02\x81\x11a \x94WP\x8C\x93\x92\x91\x8A\x91c\xFF\xFF\xFF\xFF`\x03\x91Q\x16\x93c\xFF\xFF\xFF\xFF\x89\x16\x80\x95\x03a\x1F\xFBW[P```\x01\x96`\xFF\x7F\xAAJ\xF1pd\x10\xE4\xE8$~\x1C\xD2\xCF\xD0\xC7P\x19\x95\0\xD0;\xA9)\n4l\x14j[;2R\x93`@Q\x923\x84R` \x84\x01R\x16`@\x82\x01R\xA4\x01a\x1E\xD5V[\x91\x93\x94\x95PP`\xFF\x91PQ\x16a \x13B\x8C\x83\x8AaC\xE2V[\x90`\xFF\x82\x16\x15a )W\x91\x8A\x91\x8E\x95\x94\x93a\x1F\xB8V[`@Q\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x88\x16`$\x82\x01R`\xFF\x91\x82\x16`D\x82\x01R\x90\x8C\x16`d\x82\x01R_`\x84\x82\x01R`\xA4\x90\xFD[\x88`D\x91\x84\x7FF\xA3\xAB\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[`$\x89\x84\x7FR\x9F\xE3s\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[`D\x89\x8C\x85\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[`$\x8A\x85\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[\x84\x80\xF3[\x90\x92Pa!l\x91P`@=`@\x11a\x0F\xC2Wa\x0F\xB0\x81\x83a2/V[\x91_a\x1E\xD2V[\x80\x86\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`$\x93R`\x04R\xFD[`$\x85\x85\x7F\xBF\xD0:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[Pa\x01\0\x84\x11a\x1E\x1AV[\x83\x80\xFD[\x82\x80\xFD[P4a\x02\x19W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa\x02\x14a\"\x19a1JV[3\x90`\x045a>\xA5V[P4a\x02\x19W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@Qa#\x17\x91` \x91\x90a\"g\x83\x83a2/V[\x80\x82R_6\x817`@\x92a#$\x84Q\x94a\"\x81\x81\x87a2/V[`\t\x86R\x7FConsentry\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x87\x01R\x80Qa\"\xB6\x82\x82a2/V[`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x82\x01R\x81Q\x97\x88\x97\x7F\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x89R`\xE0\x86\x8A\x01R`\xE0\x89\x01\x90a1jV[\x91\x87\x83\x03\x90\x88\x01Ra1jV[\x90F``\x86\x01R0`\x80\x86\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x86\x01R\x84\x82\x03`\xC0\x86\x01R\x80\x80\x85Q\x93\x84\x81R\x01\x94\x01\x92[\x82\x81\x10a#{WPPPP\x03\x90\xF3[\x83Q\x85R\x86\x95P\x93\x81\x01\x93\x92\x81\x01\x92`\x01\x01a#lV[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19Wa$2a#\xEFa#\xD0a1'V[a#\xD8a1JV[a#\xE0a1:V[\x91a#\xE9a5\x87V[Pa=\xA8V[`@Q\x91\x82\x91\x82\x91\x90\x91``c\xFF\xFF\xFF\xFF\x81`\x80\x84\x01\x95`\xFF\x81Q\x16\x85Rd\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x86\x01R\x82`@\x82\x01Q\x16`@\x86\x01R\x01Q\x16\x91\x01RV[\x03\x90\xF3[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@a$2\x91e\xFF\xFF\xFF\xFF\xFF\xFFa$\xB7a$~a1'V[a$\x86a1JV[a$\x8Ea1:V[\x91a$\x97a5\x87V[P\x90\x91a\xFF\0`\xFFe\xFF\xFF\xFF\xFF\0\0\x92\x16\x93`\x08\x1B\x16\x91`\x10\x1B\x16\x17\x17\x90V[\x16\x81R`\x02` R c\xFF\xFF\xFF\xFF`@Q\x91a$\xD2\x83a2\x13V[T`\xFF\x81\x16\x83Rd\xFF\xFF\xFF\xFF\xFF\x81`\x08\x1C\x16` \x84\x01R\x81\x81`0\x1C\x16`@\x84\x01R`P\x1C\x16``\x82\x01R`@Q\x91\x82\x91\x82\x91\x90\x91``c\xFF\xFF\xFF\xFF\x81`\x80\x84\x01\x95`\xFF\x81Q\x16\x85Rd\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x86\x01R\x82`@\x82\x01Q\x16`@\x86\x01R\x01Q\x16\x91\x01RV[P4a\x02\x19W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@\x81`\xA0\x92`\x80\x83Qa%\x83\x81a1\xF7V[\x82\x81R\x82` \x82\x01R\x82\x85\x82\x01R\x82``\x82\x01R\x01R`\x045\x81R`\x03` R c\xFF\xFF\xFF\xFF`@Q\x91a%\xB6\x83a1\xF7V[Td\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x93\x84\x81R`\xFF` \x82\x01\x81\x85\x89\x1C\x16\x81R\x81`@\x84\x01\x91\x81\x87`\xA8\x1C\x16\x83R\x87`\x80``\x87\x01\x96\x88\x8A`\xB0\x1C\x16\x88R\x01\x97`\xD8\x1C\x16\x87R`@Q\x98\x89RQ\x16` \x88\x01RQ\x16`@\x86\x01RQ\x16``\x84\x01RQ\x16`\x80\x82\x01R\xF3[P4a\x02\x19W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` \x90`@`\x045\x91\x82\x81R\x80\x84R T\x90`\xFF\x82`\xD0\x1C\x16\x91`\x01\x83\x14\x92\x83\x15a&\xD8W[P\x82a&\x98W[PP`@Q\x90\x15\x15\x81R\xF3[a&\xD0\x91\x92P`$5\x90`\xFF\x81`\xC0\x1C\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x82`\xA0\x1C\x16\x91\x16a6bV[\x14_\x80a&\x8CV[`\x02\x14\x92P_a&\x85V[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W` \x90`\x045a'!a1JV[a')a0\xF1V[\x91\x80\x84R\x83\x85R`\x04`\xFF`@\x80\x87 \x96\x81Q\x97a'F\x89a1\xDBV[T\x94s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16\x89Rc\xFF\xFF\xFF\xFF\x86`\xA0\x1C\x16\x8A\x8A\x01R\x83\x86`\xC0\x1C\x16\x83\x8A\x01R\x83\x86`\xC8\x1C\x16``\x8A\x01R`\x80\x89\x01\x95\x84\x81`\xD0\x1C\x16\x87R`\xD8\x1C`\xA0\x8A\x01R\x81R`\x03\x89R \x92c\xFF\xFF\xFF\xFF`@Q\x94a'\xB3\x86a1\xF7V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x86R\x83\x81`\xA0\x1C\x16\x8A\x87\x01R\x83\x81`\xA8\x1C\x16`@\x87\x01Rd\xFF\xFF\xFF\xFF\xFF\x81`\xB0\x1C\x16``\x87\x01R`\xD8\x1C\x16`\x80\x85\x01RQ\x16\x14\x93\x84a(*W[\x84a(\x17W[\x85\x85`@Q\x90\x15\x15\x81R\xF3[a(!\x94Pa8\xDFV[_\x80\x80\x80a(\x0BV[\x93Pa(6\x82\x82a8\xABV[\x93a(\x05V[P4a\x02\x19W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\x19W`@`\xFFa(\x8Ca({a1\x14V[a(\x83a1:V[\x90`\x045a3\x1EV[\x83Q\x91\x15\x15\x82R\x90\x91\x16` \x82\x01R\xF3[P4a,<W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<Wa(\xD5a1'V[a(\xDDa1JV[a(\xE5a1:V[\x90`d5\x90`\xFF\x82\x16\x90\x81\x83\x03a,<W`\x845\x91d\xFF\xFF\xFF\xFF\xFF\x83\x16\x91\x82\x84\x03a,<W`\xFF\x81\x16\x96`\x12\x88\x10\x15a-IW`\xFF\x87\x16\x95`\x1C\x87\x11a-\x1DW`\xF0\x16\x15\x80\x15\x90a,\xFBW[a,\xCBW`@Q\x96\x7FcAr.\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88Rc\xFF\xFF\xFF\xFF\x82\x16\x97\x88`\x04\x82\x01R`\xA0\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1W_\x91a,\x9CW[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x15a,pWQs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x03a,@Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a,<W_`$\x91`@Q\x92\x83\x80\x92\x7F\x06\xAEh(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R\x8D`\x04\x83\x01RZ\xFA\x80\x15a,1Wa,\x1AW[Pe\xFF\xFF\xFF\xFF\xFF\xFF\x90`\xFF\x16a\xFF\0`\x08\x85\x90\x1B\x16e\xFF\xFF\xFF\xFF\0\0`\x10\x85\x90\x1B\x16\x17\x17[\x16\x89R`\x02` R`@\x89 \x80T`\x01c\xFF\xFF\xFF\xFF\x82`0\x1C\x16\x01\x96c\xFF\xFF\xFF\xFF\x88\x11a+\xEDW\x92\x85\x92\x88\x95\x92\x7F\xD3\xFEu^\xFD\xFA4\x1D5\xE5\xEBTWM\xC9\xF1Y\x8D\x83i_\x1D{IS\x95,.\xED\xEF\xC1\xA1\x9A\x98\x95e\xFF\xFF\xFF\xFF\xFF\0c\xFF\xFF\xFF\xFF\x99\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0i\xFF\xFF\xFF\xFF\0\0\0\0\0\0`\x80\x9E`0\x1B\x16\x94\x16\x17\x91`\x08\x1B\x16\x17\x17\x90U\x86a+UW[PP`@Q\x94\x85R` \x85\x01R`@\x84\x01R\x16``\x82\x01R\xA3\x80\xF3[e\xFF\xFF\xFF\xFF\xFF\xFF\x91a+z\x91\x90a\xFF\0e\xFF\xFF\xFF\xFF\0\0\x91`\x08\x1B\x16\x91`\x10\x1B\x16\x17\x90V[\x16\x8AR`\x02` R`@\x8A `\x01\x86\x1B\x85\x16\x82a+\xE0W\x85\x90\x82T`P\x1C\x90\x19\x16\x16[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFm\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x83T\x92`P\x1B\x16\x91\x16\x17\x90U_\x80a+9V[\x85\x82T`P\x1C\x16\x17a+\x9DV[`$\x8C\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x11`\x04R\xFD[a,'\x91\x9AP_\x90a2/V[_\x98a*\x96a*qV[`@Q=_\x82>=\x90\xFD[_\x80\xFD[\x87\x7F\xA4\xAEp`\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R3`$R`D_\xFD[\x88\x7F\x18\\\n\x90\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[a,\xBE\x91P`\xA0=`\xA0\x11a,\xC4W[a,\xB6\x81\x83a2/V[\x81\x01\x90a2\x9DV[_a)\xB7V[P=a,\xACV[PP\x7Fi\x8DL\xC3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[P\x82a-\tW\x83\x15\x15a)1V[\x83\x15\x80a)1WPc\x01\xE13\x80\x84\x11a)1V[\x86\x7F<\xBFA\xEC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x87\x7Frf<\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a,<W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W`\x045c\xFF\xFF\xFF\xFF` a-\xB7\x83a7\xFCV[\x01Q\x16\x90`@Q\x91\x7F(\xB3\xA0@\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\x01R_\x82`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1W_\x91a.VW[a.L\x92P`@Q\x92\x83\x92`@\x84R`@\x84\x01\x90a1jV[\x90` \x83\x01R\x03\x90\xF3[\x90P=\x80_\x84>a.g\x81\x84a2/V[\x82\x01\x91` \x81\x84\x03\x12a,<W\x80Q\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a,<W\x01\x91\x80`\x1F\x84\x01\x12\x15a,<W\x82Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a/\x01W`@Q\x91a.\xDA`\x1F\x83\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16` \x01\x84a2/V[\x81\x83R` \x82\x86\x01\x01\x11a,<W` \x81_\x92\x82a.L\x97\x01\x83\x86\x01^\x83\x01\x01R\x90a.3V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[4a,<W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` a/fa6\xB4V[`@Q\x90\x81R\xF3[4a,<W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` a/fa/\xAAa0\xCEV[a/\xB2a1\x14V[a/\xBAa1:V[\x90`d5\x92a6bV[4a,<W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[4a,<W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` `@Q\x7F\x85\xFA\xE1\xECn\xF3\x07\x89XxT\xF7c\xB7G%\x0B\xE6\x9E\t\xA3SI\x0B\xA4)V$m\xB2\x8AC\x81R\xF3[4a,<W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a,<W` \x90`\x045_R`\x01\x82R`@_ T\x81R\xF3[`\x045\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[`D5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[`$5\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[`D5\x90`\xFF\x82\x16\x82\x03a,<WV[`$5\x90`\xFF\x82\x16\x82\x03a,<WV[`\xA45\x90`\xFF\x82\x16\x82\x03a,<WV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F` \x80\x94\x80Q\x91\x82\x91\x82\x87R\x01\x86\x86\x01^_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[\x91\x81`\x1F\x84\x01\x12\x15a,<W\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a,<W` \x83\x81\x86\x01\x95\x01\x01\x11a,<WV[`\xC0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01W`@RV[`\xA0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01W`@RV[`\x80\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01W`@RV[Q\x90`\xFF\x82\x16\x82\x03a,<WV[Q\x90\x81\x15\x15\x82\x03a,<WV[Q\x90d\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[\x90\x81`\xA0\x91\x03\x12a,<W`@Q\x90a2\xB5\x82a1\xF7V[\x80Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a,<Wa3\x16\x91`\x80\x91\x84Ra2\xE9` \x82\x01a2pV[` \x85\x01Ra2\xFA`@\x82\x01a2~V[`@\x85\x01Ra3\x0B``\x82\x01a2~V[``\x85\x01R\x01a2\x8BV[`\x80\x82\x01R\x90V[\x92\x91\x92`\xFF\x84\x16`\x07\x81\x10\x15a5\\WPa38\x90a7\xFCV[`\xFF`\x80\x82\x01Q\x16`\x01\x81\x14\x15\x90\x81a5PW[P\x80\x15a4\x8FW[a4\x85Wc\xFF\xFF\xFF\xFF` \x82\x01Q\x16c\xFF\xFF\xFF\xFF\x83\x16\x14a4yW\x80Q`@\x91\x82\x01Q\x82Q\x7F\x01\xE3\x8D\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16`\x04\x83\x01Rc\xFF\xFF\xFF\xFF\x90\x93\x16`$\x82\x01R`\xFF\x92\x83\x16`D\x82\x01R\x93\x90\x91\x16`d\x84\x01R_`\x84\x84\x01R\x82\x80`\xA4\x81\x01\x03\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x91\x82\x15a,1W_\x90_\x93a45WP\x91\x90V[\x92PP`@\x82=`@\x11a4qW[\x81a4Q`@\x93\x83a2/V[\x81\x01\x03\x12a,<Wa4n` a4g\x84a2~V[\x93\x01a2pV[\x90V[=\x91Pa4DV[PP\x90P`\x01\x90`\x03\x90V[PP\x90P_\x90_\x90V[P`@Q\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R` \x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1W_\x91a5\x16W[P\x15a3TV[\x90P` \x81=` \x11a5HW[\x81a51` \x93\x83a2/V[\x81\x01\x03\x12a,<Wa5B\x90a2~V[_a5\x0FV[=\x91Pa5$V[`\x02\x91P\x14\x15_a3LV[\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`@Q\x90a5\x94\x82a2\x13V[_``\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x01RV[Q\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a,<WV[\x91\x90\x82`@\x91\x03\x12a,<W` a5\xD3\x83a5\xABV[\x92\x01Q\x90V[`@Q\x90a5\xE6\x82a1\xDBV[_`\xA0\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x01RV[\x90\x81``\x91\x03\x12a,<W`@Q\x90``\x82\x01\x82\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a/\x01Wa6Z\x91`@\x91\x82Ra6A\x81a5\xABV[\x84Ra6O` \x82\x01a2pV[` \x85\x01R\x01a2\x8BV[`@\x82\x01R\x90V[\x92\x90\x91`\xFF\x90c\xFF\xFF\xFF\xFF`@Q\x94s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x87\x01\x97\x16\x87R\x16`@\x85\x01R\x16``\x83\x01R`\x80\x82\x01R`\x80\x81Ra6\xAE`\xA0\x82a2/V[Q\x90 \x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x14\x80a7\xD3W[a7\xAFW`@Q` \x81\x01\x90\x7F\xD8|\xD6\xEFy\xD4\xE2\xB9^\x15\xCE\x8A\xBFs-\xB5\x1E\xC7q\xF1\xCA.\xDC\xCF\"\xA4lr\x9A\xC5dr\x82R\x7F(\x90u\x88\xB5\x03E\xF5\x0E\xC5\xBA(\x13\x04\xA0\x80\xF9\x7F\xE4\xEA%\xAA\xF2\x8F\xDF\xE5\\2\x068\xFC5`@\x82\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x82\x01R`\xC0\x81Ra6\xAE`\xE0\x82a2/V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a6\xF3V[\x90a8\x05a5\xD9V[P\x81_R_` R`@_ \x91`@Q\x92a8\x1F\x84a1\xDBV[T\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x81Rc\xFF\xFF\xFF\xFF\x84`\xA0\x1C\x16` \x82\x01R`\xFF\x84`\xC0\x1C\x16`@\x82\x01R`\xFF\x84`\xC8\x1C\x16``\x82\x01R`\xFF\x84`\xD0\x1C\x16\x93\x84`\x80\x83\x01R`\xD8\x1C`\xA0\x82\x01R\x92\x15a8\x80WPV[\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`\xFF\x16`\x04\x81\x10\x91\x82a8\xBEWPP\x90V[`\xFF\x92P\x90`\x01\x82\x84`@` \x82\x96\x01Q\x92\x01Q\x16\x19\x16\x91\x1B\x16\x16\x16\x15\x15\x90V[\x92\x90\x91`\xFF\x16\x92`\x02\x84\x14a</W`\x03\x84\x14a:\xA5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@Q\x93\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85R\x16\x94\x85`\x04\x85\x01R``\x84`$\x81\x84Z\xFA\x93\x84\x15a,1W_\x94a:\x84W[Pc\xFF\xFF\xFF\xFF\x84Q\x16\x90\x81\x15\x91\x82\x15a9\xFBW[PPa9\xF2W\x15a9\xC5WPPQs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x90V[\x91P\x91Pc\xFF\xFF\xFF\xFF` \x81\x84Q\x16\x92\x01Q\x16\x14\x90\x81a9\xE3WP\x90V[` \x01Q`\xFF\x16`\x08\x14\x91\x90PV[PPPPP_\x90V[` \x91\x92P`$`@Q\x80\x94\x81\x93\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\x01RZ\xFA\x90\x81\x15a,1W_\x91a:JW[P\x15_\x80a9\x9DV[\x90P` \x81=` \x11a:|W[\x81a:e` \x93\x83a2/V[\x81\x01\x03\x12a,<Wa:v\x90a2~V[_a:AV[=\x91Pa:XV[a:\x9E\x91\x94P``=``\x11a\x05&Wa\x05\x18\x81\x83a2/V[\x92_a9\x89V[\x90\x92P` \x91P\x01\x90c\xFF\xFF\xFF\xFF\x82Q\x16`@Q\x90\x7FcAr.\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R`\xA0\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x91_\x91a<\x10W[PQ\x16\x91\x16\x14\x90\x81a;WWP\x90V[c\xFF\xFF\xFF\xFF\x91PQ\x16`@Q\x90\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R` \x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a,1W_\x91a;\xDCWP\x90V[\x90P` \x81=` \x11a<\x08W[\x81a;\xF7` \x93\x83a2/V[\x81\x01\x03\x12a,<Wa4n\x90a2~V[=\x91Pa;\xEAV[a<)\x91P`\xA0=`\xA0\x11a,\xC4Wa,\xB6\x81\x83a2/V[_a;GV[\x91P\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82Q\x16\x92\x16\x82\x81\x14a=\xA0W`@Q\x92\x7Fb\x8D\xA5'\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01R`$\x83\x01R`\x80\x82`D\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x91\x82\x15a,1W_\x92a=#W[Pd\xFF\xFF\xFF\xFF\xFF``\x83\x01Q\x16B\x10\x91\x82a=\x0FW[\x82a<\xF3WPP\x90V[`\x01\x92P\x90`\xFF`@c\xFF\xFF\xFF\xFF\x85\x94Q\x16\x92\x01Q\x16\x1C\x16\x14\x90V[\x91P`\x01\x80`@\x84\x01Q\x81\x1C\x16\x14\x91a<\xE9V[\x90\x91P`\x80\x81=`\x80\x11a=\x98W[\x81a=?`\x80\x93\x83a2/V[\x81\x01\x03\x12a,<Wa=\x8C```@Q\x92a=Y\x84a2\x13V[a=b\x81a5\xABV[\x84Ra=p` \x82\x01a2pV[` \x85\x01Ra=\x81`@\x82\x01a2pV[`@\x85\x01R\x01a2\x8BV[``\x82\x01R\x90_a<\xD3V[=\x91Pa=2V[PPP`\x01\x90V[\x92\x91\x90a=\xB3a5\x87V[Pe\xFF\xFF\xFF\xFF\xFF\xFF`\x10\x85\x90\x1Be\xFF\xFF\xFF\xFF\0\0\x16`\x08\x83\x90\x1Ba\xFF\0\x16\x17\x16_R`\x02` R`@_ \x93`\x01\x80c\xFF\xFF\xFF\xFF`@Q\x97a=\xF4\x89a2\x13V[T`\xFF\x81\x16\x89Rd\xFF\xFF\xFF\xFF\xFF\x81`\x08\x1C\x16` \x8A\x01R\x81\x81`0\x1C\x16`@\x8A\x01R`P\x1C\x16\x96\x87``\x82\x01R\x96`\xFF\x86\x16\x1C\x16\x14a>2WPPPV[\x92\x93Pe\xFF\xFF\xFF\xFF\xFF\xFF\x92`\x10\x1Be\xFF\xFF\xFF\xFF\0\0\x16`\x08\x91\x90\x91\x1Ba\xFF\0\x16\x17`\xFF\x90\x91\x16\x17\x16_R`\x02` R`@_ c\xFF\xFF\xFF\xFF`@Q\x91a>w\x83a2\x13V[T`\xFF\x81\x16\x83Rd\xFF\xFF\xFF\xFF\xFF\x81`\x08\x1C\x16` \x84\x01R\x81\x81`0\x1C\x16`@\x84\x01R`P\x1C\x16``\x82\x01R\x90V[_\x81_R_` R`@_ \x90`@Q\x91a>\xBF\x83a1\xDBV[T\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x83Ra?\"` \x84\x01\x95c\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x87R`\xFF\x81`\xC0\x1C\x16`@\x86\x01R`\xFF\x81`\xC8\x1C\x16``\x86\x01R`\xFF\x81`\xD0\x1C\x16\x90\x81`\x80\x87\x01R`\xD8\x1C`\xA0\x86\x01R\x85aH\x89V[\x83_R`\x03` R`@_ \x95`@Q\x96a?<\x88a1\xF7V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x88R` \x88\x01\x97`\xFF\x82`\xA0\x1C\x16\x89R`@\x81\x01\x91`\xFF\x81`\xA8\x1C\x16\x83Rc\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x82`\xB0\x1C\x16\x91\x82``\x85\x01R`\xD8\x1C\x16`\x80\x83\x01R\x80B\x10\x15aC\xB3WPa?\xA5\x84\x82a8\xABV[\x15aC\x80W\x82\x84a?\xB6\x92\x88a8\xDFV[\x15aC3Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16c\xFF\xFF\xFF\xFF\x88Q\x16\x81;\x15a,<W_\x90`$`@Q\x80\x94\x81\x93\x7F\x06\xAEh(\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04\x83\x01RZ\xFA\x80\x15a,1WaC\x1DW[P`\xFF\x80\x80\x92Q\x16\x93\x16\x97\x88\x93\x82`\x01\x86\x1B\x16\x17\x92\x87\x86R`\x03` Ra@\xAD\x84`@\x88 \x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFu\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA8\x1B\x16\x91\x16\x17\x90UV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87Q\x16\x88\x7F\x85\xDC\xF3Z\xBD\xFF\xCD}\xEA6\xC5\x88v\x14\n\xF6\xE1\xFDr\x10\x97=Jp\x99\x83\xE4\x9Dq\xFE\xFC\x82`@c\xFF\xFF\xFF\xFF\x8DQ\x16\x94s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82Q\x91\x16\x99\x8A\x82R` \x82\x01R\xA4Q\x16\x03aC\x15W\x83\x82R`\x01` R`@\x82 T\x95\x86aA\xCCW[PPc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7FIz\xB4\xBA`\xBD\x90\x8C\xD4OqP$\x85\xE8;\x13\xD2\xE4X>\x7F\xFC?\x07a\x1C\xE79Q\x1E\xA2\x93`@\x84\x87` \x96R\x80\x86R z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90UQ\x16\x94Q\x16\x94`@Q\x90\x81R\xA4V[\x86\x83R\x82` R`@\x83 \x91`\x01`\xFF\x84T`\xD0\x1C\x16\x03aBKWPP\x80T\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90Uc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFaA0V[\x91P\x95Pc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\x87n\x1E\xBA\xF2X\x95\xB1\xFD\xAC\xBA\xCB\x96\xF64M\x9A\xDF\xDB\x02\xE9)\xEA\xED\x81R\x85\xAA\xBB\xCB\xE9\xE6\x94`@\x85\x88``\x97R\x80` R z\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90UQ\x16\x95Q\x16\x95`@Q\x91\x82R` \x82\x01R\x7F\xFC\xBA\xD9\xE9!3\xAA\x1Cm\x8C\xE6\x8A\x1D\xBE\xD8G\x8CV\xF0U\xC4\xDF\r\x17+\xB8\xF2\n\\\xC6\x002`@\x82\x01R\xA4V[PPPPPPV[aC*\x91\x94P_\x90a2/V[_\x92`\xFFa@AV[P`\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x86\x7F\xFC\xB4\x99\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R\x16`DR`d_\xFD[`\xFF\x84\x88\x7F}O\xBD\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[\x87\x7F\xF0+\x808\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[`\xFF\x90\x91\x16\x92\x91c\xFF\xFF\xFF\xFF\x82\x16\x84\x1C`\x01\x90\x81\x16\x14\x80aD\x9EW[\x80aD\x8FW[\x80aD{W[\x80aDhW[aD_W`\xFF\x16`\x01\x14\x92\x83aDDW[P\x82aD7W[PPaD2W_\x90V[`\x02\x90V[`\xD8\x1C\x11\x90P_\x80aD(V[`\xB8\x82\x90\x1Cc\xFF\xFF\xFF\xFF\x16\x90\x1C`\x01\x90\x81\x16\x14\x92P_aD!V[PPPP`\x01\x90V[Pd\xFF\xFF\xFF\xFF\xFF\x82`X\x1C\x16\x83\x10aD\x10V[P\x82d\xFF\xFF\xFF\xFF\xFF\x83`0\x1C\x16\x11\x15aD\nV[P`\x01\x80\x83`(\x1C\x16\x14aD\x04V[P`\x01\x80`\xFF\x84` \x1C\x16`\xFF\x84\x16\x1C\x16\x14aC\xFEV[`\xFF\x90\x91\x16\x92\x91c\xFF\xFF\xFF\xFF\x82\x16\x84\x1C`\x01\x90\x81\x16\x14\x80aE\x0FW[\x80aE\0W\x80aD{W\x80aDhWaD_W`\xFF\x16`\x01\x14\x92\x83aDDWP\x82aD7WPPaD2W_\x90V[P`\x01\x80\x83`)\x1C\x16\x14aD\x04V[P`\x01\x80`\xFF\x84` \x1C\x16`\xFF\x84\x16\x1C\x16\x14aD\xD1V[\x90\x92\x81_R_` R`@_ \x92`@Q\x93aEA\x85a1\xDBV[T\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x81RaE\xA4` \x82\x01\x95c\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x87R`\xFF\x81`\xC0\x1C\x16`@\x84\x01R`\xFF\x81`\xC8\x1C\x16``\x84\x01R`\xFF\x81`\xD0\x1C\x16\x90\x81`\x80\x85\x01R`\xD8\x1C`\xA0\x84\x01R\x85aH\x89V[\x83_R`\x03` R`@_ `@Q\x90aE\xBD\x82a1\xF7V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82R`\xFF\x81`\xA0\x1C\x16` \x83\x01R`\xFF\x81`\xA8\x1C\x16`@\x83\x01Rc\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x82`\xB0\x1C\x16\x91\x82``\x85\x01R`\xD8\x1C\x16`\x80\x83\x01R\x80B\x10\x15aGxWPaF\"\x87\x82a8\xABV[\x15aGEW\x83\x87aF3\x92\x84a8\xDFV[\x15aF\xF8W\x91``\x91`\xFFc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\x87n\x1E\xBA\xF2X\x95\xB1\xFD\xAC\xBA\xCB\x96\xF64M\x9A\xDF\xDB\x02\xE9)\xEA\xED\x81R\x85\xAA\xBB\xCB\xE9\xE6\x96\x88_R_` R`@_ z\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90UQ\x16\x97Q\x16\x97s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@Q\x94\x16\x84R\x16` \x83\x01R`@\x82\x01R\xA4V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83`\xFF\x88\x87\x7F\xFC\xB4\x99\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R\x16`DR`d_\xFD[`\xFF\x87\x86\x7F}O\xBD\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[\x85\x7F\xF0+\x808\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x93\x91\x92\x90\x80B\x11aH^WPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x93\x84\x15\x93\x84\x15aH\x0BW[PPPPaG\xE0WPV[\x7F9\x82%\x16\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[aHT\x94P`B\x90aH\x1Ba6\xB4V[\x90`@Q\x91\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x02\x83\x01R`\"\x82\x01R \x90aH\xCEV[\x15_\x80\x80\x80aG\xD5V[\x7F\xA9wh\x9B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`\xFF\x16\x90\x81\x15a8\x80W`\x04\x82\x03aH\xA0WPPV[\x7F=\x9B\x87t\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x90aH\xDA\x84\x84\x83aKKV[P`\x04\x81\x10\x15aI\xD1W\x15\x90\x81aI\xAEW[PaD_W\x81;\x15\x15\x92\x83aI\x04W[PPP\x90P\x90V[_\x93P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x86` \x97`d\x94`@Q\x96\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88R`\x04\x88\x01R`@`$\x88\x01R\x81`D\x88\x01R\x85\x87\x017\x86\x84\x82\x87\x01\x01R\x01\x16\x01\x91Z\xFA\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Q\x14`\x1F=\x11\x16\x16\x80_\x80\x80aH\xFCV[\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x84\x16\x91\x16\x14_aH\xECV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90`\x02s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x16\x15aK\x17W\x16\x80\x15aJ\xEFW3\x81\x14aJ\xC4W`@Q\x90\x7F\x02]\xE1\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R_`$\x82\x01R``\x81`D\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a,1WaJ\xA9WPV[aJ\xC1\x90``=``\x11a\x05&Wa\x05\x18\x81\x83a2/V[PV[\x7FB\xE6:\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\x86x~\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x16\x80aK WPV[\x7F\xF7f\x1A\xBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`A\x83\x03aKuWaKn\x92P` \x81\x015\x91`@\x825\x92\x015_\x1A\x90aK\x7FV[\x91\x92\x90\x91\x90V[PP_\x91`\x02\x91\x90V[\x91\x90\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11aL\x03W\x91` \x93`\x80\x92`\xFF_\x95`@Q\x94\x85R\x16\x86\x84\x01R`@\x83\x01R``\x82\x01R\x82\x80R`\x01Z\xFA\x15a,1W_Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15aK\xF9W\x90_\x90_\x90V[P_\x90`\x01\x90_\x90V[PPP_\x91`\x03\x91\x90V",
    );
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RecordRegistry__CosignExpired(bytes32,uint40)` and selector `0xf02b8038`.
```solidity
error RecordRegistry__CosignExpired(bytes32 recordId, uint40 deadline);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__CosignExpired {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U40,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<RecordRegistry__CosignExpired>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__CosignExpired) -> Self {
                (value.recordId, value.deadline)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__CosignExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    deadline: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__CosignExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__CosignExpired(bytes32,uint40)";
            const SELECTOR: [u8; 4] = [240u8, 43u8, 128u8, 56u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        40,
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
    /**Custom error with signature `RecordRegistry__CosignNotExpired(bytes32,uint40)` and selector `0x61458c3c`.
```solidity
error RecordRegistry__CosignNotExpired(bytes32 recordId, uint40 deadline);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__CosignNotExpired {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U40,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<RecordRegistry__CosignNotExpired>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__CosignNotExpired) -> Self {
                (value.recordId, value.deadline)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__CosignNotExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    deadline: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__CosignNotExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__CosignNotExpired(bytes32,uint40)";
            const SELECTOR: [u8; 4] = [97u8, 69u8, 140u8, 60u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        40,
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
    /**Custom error with signature `RecordRegistry__EmptyContentHash()` and selector `0xc6bbf524`.
```solidity
error RecordRegistry__EmptyContentHash();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__EmptyContentHash;
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
        impl ::core::convert::From<RecordRegistry__EmptyContentHash>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__EmptyContentHash) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__EmptyContentHash {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__EmptyContentHash {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__EmptyContentHash()";
            const SELECTOR: [u8; 4] = [198u8, 187u8, 245u8, 36u8];
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
    /**Custom error with signature `RecordRegistry__InvalidCategory(uint8)` and selector `0x72663cab`.
```solidity
error RecordRegistry__InvalidCategory(uint8 category);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__InvalidCategory {
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
        impl ::core::convert::From<RecordRegistry__InvalidCategory>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__InvalidCategory) -> Self {
                (value.category,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__InvalidCategory {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { category: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__InvalidCategory {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__InvalidCategory(uint8)";
            const SELECTOR: [u8; 4] = [114u8, 102u8, 60u8, 171u8];
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
    /**Custom error with signature `RecordRegistry__InvalidCosignPolicy(uint8,uint40)` and selector `0x698d4cc3`.
```solidity
error RecordRegistry__InvalidCosignPolicy(uint8 signers, uint40 maxWait);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__InvalidCosignPolicy {
        #[allow(missing_docs)]
        pub signers: u8,
        #[allow(missing_docs)]
        pub maxWait: alloy::sol_types::private::primitives::aliases::U40,
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
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
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
        impl ::core::convert::From<RecordRegistry__InvalidCosignPolicy>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__InvalidCosignPolicy) -> Self {
                (value.signers, value.maxWait)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__InvalidCosignPolicy {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    signers: tuple.0,
                    maxWait: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__InvalidCosignPolicy {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__InvalidCosignPolicy(uint8,uint40)";
            const SELECTOR: [u8; 4] = [105u8, 141u8, 76u8, 195u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.signers),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxWait),
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
    /**Custom error with signature `RecordRegistry__InvalidFhirType(uint8)` and selector `0x3cbf41ec`.
```solidity
error RecordRegistry__InvalidFhirType(uint8 fhirType);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__InvalidFhirType {
        #[allow(missing_docs)]
        pub fhirType: u8,
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
        impl ::core::convert::From<RecordRegistry__InvalidFhirType>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__InvalidFhirType) -> Self {
                (value.fhirType,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__InvalidFhirType {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { fhirType: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__InvalidFhirType {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__InvalidFhirType(uint8)";
            const SELECTOR: [u8; 4] = [60u8, 191u8, 65u8, 236u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
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
    /**Custom error with signature `RecordRegistry__InvalidPatient()` and selector `0x03314f91`.
```solidity
error RecordRegistry__InvalidPatient();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__InvalidPatient;
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
        impl ::core::convert::From<RecordRegistry__InvalidPatient>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__InvalidPatient) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__InvalidPatient {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__InvalidPatient {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__InvalidPatient()";
            const SELECTOR: [u8; 4] = [3u8, 49u8, 79u8, 145u8];
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
    /**Custom error with signature `RecordRegistry__InvalidPurpose(uint8)` and selector `0xbfeee6c8`.
```solidity
error RecordRegistry__InvalidPurpose(uint8 purpose);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__InvalidPurpose {
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
        impl ::core::convert::From<RecordRegistry__InvalidPurpose>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__InvalidPurpose) -> Self {
                (value.purpose,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__InvalidPurpose {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { purpose: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__InvalidPurpose {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__InvalidPurpose(uint8)";
            const SELECTOR: [u8; 4] = [191u8, 238u8, 230u8, 200u8];
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
    /**Custom error with signature `RecordRegistry__InvalidRecordCount(uint256)` and selector `0xbfd03a37`.
```solidity
error RecordRegistry__InvalidRecordCount(uint256 count);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__InvalidRecordCount {
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<RecordRegistry__InvalidRecordCount>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__InvalidRecordCount) -> Self {
                (value.count,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__InvalidRecordCount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { count: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__InvalidRecordCount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__InvalidRecordCount(uint256)";
            const SELECTOR: [u8; 4] = [191u8, 208u8, 58u8, 55u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
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
    /**Custom error with signature `RecordRegistry__InvalidSignature(address)` and selector `0x39822516`.
```solidity
error RecordRegistry__InvalidSignature(address signer);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__InvalidSignature {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<RecordRegistry__InvalidSignature>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__InvalidSignature) -> Self {
                (value.signer,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__InvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signer: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__InvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__InvalidSignature(address)";
            const SELECTOR: [u8; 4] = [57u8, 130u8, 37u8, 22u8];
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
                        &self.signer,
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
    /**Custom error with signature `RecordRegistry__NoAccessBasis(address,uint32,uint8,uint8,uint8)` and selector `0x2bc0c63a`.
```solidity
error RecordRegistry__NoAccessBasis(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__NoAccessBasis {
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
        impl ::core::convert::From<RecordRegistry__NoAccessBasis>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__NoAccessBasis) -> Self {
                (value.patient, value.orgId, value.category, value.purpose, value.action)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__NoAccessBasis {
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
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__NoAccessBasis {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__NoAccessBasis(address,uint32,uint8,uint8,uint8)";
            const SELECTOR: [u8; 4] = [43u8, 192u8, 198u8, 58u8];
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
    /**Custom error with signature `RecordRegistry__NotAuthorOrganization(bytes32,uint32)` and selector `0x4f27cbaf`.
```solidity
error RecordRegistry__NotAuthorOrganization(bytes32 recordId, uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__NotAuthorOrganization {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u32);
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
        impl ::core::convert::From<RecordRegistry__NotAuthorOrganization>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__NotAuthorOrganization) -> Self {
                (value.recordId, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__NotAuthorOrganization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    orgId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__NotAuthorOrganization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__NotAuthorOrganization(bytes32,uint32)";
            const SELECTOR: [u8; 4] = [79u8, 39u8, 203u8, 175u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
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
    /**Custom error with signature `RecordRegistry__NotOrganizationAdmin(uint32,address)` and selector `0xa4ae7060`.
```solidity
error RecordRegistry__NotOrganizationAdmin(uint32 orgId, address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__NotOrganizationAdmin {
        #[allow(missing_docs)]
        pub orgId: u32,
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
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Address);
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
        impl ::core::convert::From<RecordRegistry__NotOrganizationAdmin>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__NotOrganizationAdmin) -> Self {
                (value.orgId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__NotOrganizationAdmin {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    orgId: tuple.0,
                    account: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__NotOrganizationAdmin {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__NotOrganizationAdmin(uint32,address)";
            const SELECTOR: [u8; 4] = [164u8, 174u8, 112u8, 96u8];
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
    /**Custom error with signature `RecordRegistry__NotSigner(bytes32,uint8,address)` and selector `0xfcb49995`.
```solidity
error RecordRegistry__NotSigner(bytes32 recordId, uint8 kind, address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__NotSigner {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub kind: u8,
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
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
            u8,
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
        impl ::core::convert::From<RecordRegistry__NotSigner>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__NotSigner) -> Self {
                (value.recordId, value.kind, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__NotSigner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    kind: tuple.1,
                    account: tuple.2,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__NotSigner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__NotSigner(bytes32,uint8,address)";
            const SELECTOR: [u8; 4] = [252u8, 180u8, 153u8, 149u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
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
    /**Custom error with signature `RecordRegistry__PatientMismatch(bytes32,address)` and selector `0x65641083`.
```solidity
error RecordRegistry__PatientMismatch(bytes32 recordId, address patient);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__PatientMismatch {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<RecordRegistry__PatientMismatch>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__PatientMismatch) -> Self {
                (value.recordId, value.patient)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__PatientMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    patient: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__PatientMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__PatientMismatch(bytes32,address)";
            const SELECTOR: [u8; 4] = [101u8, 100u8, 16u8, 131u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
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
    /**Custom error with signature `RecordRegistry__RecordEnteredInError(bytes32)` and selector `0x529fe373`.
```solidity
error RecordRegistry__RecordEnteredInError(bytes32 recordId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__RecordEnteredInError {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<RecordRegistry__RecordEnteredInError>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__RecordEnteredInError) -> Self {
                (value.recordId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__RecordEnteredInError {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { recordId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__RecordEnteredInError {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__RecordEnteredInError(bytes32)";
            const SELECTOR: [u8; 4] = [82u8, 159u8, 227u8, 115u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
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
    /**Custom error with signature `RecordRegistry__RecordExists(bytes32)` and selector `0xe7cfdfa9`.
```solidity
error RecordRegistry__RecordExists(bytes32 recordId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__RecordExists {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<RecordRegistry__RecordExists>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__RecordExists) -> Self {
                (value.recordId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__RecordExists {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { recordId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__RecordExists {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__RecordExists(bytes32)";
            const SELECTOR: [u8; 4] = [231u8, 207u8, 223u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
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
    /**Custom error with signature `RecordRegistry__RecordNotConfirmed(bytes32,uint8)` and selector `0x46a3abf1`.
```solidity
error RecordRegistry__RecordNotConfirmed(bytes32 recordId, uint8 status);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__RecordNotConfirmed {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u8);
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
        impl ::core::convert::From<RecordRegistry__RecordNotConfirmed>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__RecordNotConfirmed) -> Self {
                (value.recordId, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__RecordNotConfirmed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    status: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__RecordNotConfirmed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__RecordNotConfirmed(bytes32,uint8)";
            const SELECTOR: [u8; 4] = [70u8, 163u8, 171u8, 241u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
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
    /**Custom error with signature `RecordRegistry__RecordNotCurrent(bytes32,uint8)` and selector `0xd34934a9`.
```solidity
error RecordRegistry__RecordNotCurrent(bytes32 recordId, uint8 status);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__RecordNotCurrent {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u8);
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
        impl ::core::convert::From<RecordRegistry__RecordNotCurrent>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__RecordNotCurrent) -> Self {
                (value.recordId, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__RecordNotCurrent {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    status: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__RecordNotCurrent {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__RecordNotCurrent(bytes32,uint8)";
            const SELECTOR: [u8; 4] = [211u8, 73u8, 52u8, 169u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
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
    /**Custom error with signature `RecordRegistry__RecordNotPending(bytes32,uint8)` and selector `0x3d9b8774`.
```solidity
error RecordRegistry__RecordNotPending(bytes32 recordId, uint8 status);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__RecordNotPending {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u8);
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
        impl ::core::convert::From<RecordRegistry__RecordNotPending>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__RecordNotPending) -> Self {
                (value.recordId, value.status)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__RecordNotPending {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    status: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__RecordNotPending {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__RecordNotPending(bytes32,uint8)";
            const SELECTOR: [u8; 4] = [61u8, 155u8, 135u8, 116u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
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
    /**Custom error with signature `RecordRegistry__SignatureExpired(uint256)` and selector `0xa977689b`.
```solidity
error RecordRegistry__SignatureExpired(uint256 deadline);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__SignatureExpired {
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
        impl ::core::convert::From<RecordRegistry__SignatureExpired>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__SignatureExpired) -> Self {
                (value.deadline,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__SignatureExpired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { deadline: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__SignatureExpired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__SignatureExpired(uint256)";
            const SELECTOR: [u8; 4] = [169u8, 119u8, 104u8, 155u8];
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
    /**Custom error with signature `RecordRegistry__SignerNotAwaited(bytes32,uint8)` and selector `0x7d4fbd8d`.
```solidity
error RecordRegistry__SignerNotAwaited(bytes32 recordId, uint8 kind);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__SignerNotAwaited {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub kind: u8,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<8>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>, u8);
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
        impl ::core::convert::From<RecordRegistry__SignerNotAwaited>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__SignerNotAwaited) -> Self {
                (value.recordId, value.kind)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__SignerNotAwaited {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    recordId: tuple.0,
                    kind: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__SignerNotAwaited {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__SignerNotAwaited(bytes32,uint8)";
            const SELECTOR: [u8; 4] = [125u8, 79u8, 189u8, 141u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
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
    /**Custom error with signature `RecordRegistry__SpecialistIsAuthor(address)` and selector `0x42e63aa1`.
```solidity
error RecordRegistry__SpecialistIsAuthor(address specialist);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__SpecialistIsAuthor {
        #[allow(missing_docs)]
        pub specialist: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<RecordRegistry__SpecialistIsAuthor>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__SpecialistIsAuthor) -> Self {
                (value.specialist,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__SpecialistIsAuthor {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { specialist: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__SpecialistIsAuthor {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__SpecialistIsAuthor(address)";
            const SELECTOR: [u8; 4] = [66u8, 230u8, 58u8, 161u8];
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
                        &self.specialist,
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
    /**Custom error with signature `RecordRegistry__SpecialistNotRequired(address)` and selector `0xf7661abf`.
```solidity
error RecordRegistry__SpecialistNotRequired(address specialist);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__SpecialistNotRequired {
        #[allow(missing_docs)]
        pub specialist: alloy::sol_types::private::Address,
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
        impl ::core::convert::From<RecordRegistry__SpecialistNotRequired>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__SpecialistNotRequired) -> Self {
                (value.specialist,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__SpecialistNotRequired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { specialist: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__SpecialistNotRequired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__SpecialistNotRequired(address)";
            const SELECTOR: [u8; 4] = [247u8, 102u8, 26u8, 191u8];
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
                        &self.specialist,
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
    /**Custom error with signature `RecordRegistry__SpecialistRequired()` and selector `0x86787e95`.
```solidity
error RecordRegistry__SpecialistRequired();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__SpecialistRequired;
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
        impl ::core::convert::From<RecordRegistry__SpecialistRequired>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__SpecialistRequired) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__SpecialistRequired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__SpecialistRequired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__SpecialistRequired()";
            const SELECTOR: [u8; 4] = [134u8, 120u8, 126u8, 149u8];
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
    /**Custom error with signature `RecordRegistry__UnknownOrganization(uint32)` and selector `0x185c0a90`.
```solidity
error RecordRegistry__UnknownOrganization(uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__UnknownOrganization {
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
        impl ::core::convert::From<RecordRegistry__UnknownOrganization>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__UnknownOrganization) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__UnknownOrganization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__UnknownOrganization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__UnknownOrganization(uint32)";
            const SELECTOR: [u8; 4] = [24u8, 92u8, 10u8, 144u8];
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
    /**Custom error with signature `RecordRegistry__UnknownRecord(bytes32)` and selector `0xf93a05f7`.
```solidity
error RecordRegistry__UnknownRecord(bytes32 recordId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RecordRegistry__UnknownRecord {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<RecordRegistry__UnknownRecord>
        for UnderlyingRustTuple<'_> {
            fn from(value: RecordRegistry__UnknownRecord) -> Self {
                (value.recordId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for RecordRegistry__UnknownRecord {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { recordId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RecordRegistry__UnknownRecord {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RecordRegistry__UnknownRecord(bytes32)";
            const SELECTOR: [u8; 4] = [249u8, 58u8, 5u8, 247u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
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
    /**Event with signature `CosignPolicySet(uint32,uint8,uint8,uint8,uint40,uint32)` and selector `0xd3fe755efdfa341d35e5eb54574dc9f1598d83695f1d7b4953952c2eedefc1a1`.
```solidity
event CosignPolicySet(uint32 indexed orgId, uint8 indexed category, uint8 fhirType, uint8 signers, uint40 maxWait, uint32 version);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct CosignPolicySet {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub fhirType: u8,
        #[allow(missing_docs)]
        pub signers: u8,
        #[allow(missing_docs)]
        pub maxWait: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub version: u32,
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
        impl alloy_sol_types::SolEvent for CosignPolicySet {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            const SIGNATURE: &'static str = "CosignPolicySet(uint32,uint8,uint8,uint8,uint40,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                211u8, 254u8, 117u8, 94u8, 253u8, 250u8, 52u8, 29u8, 53u8, 229u8, 235u8,
                84u8, 87u8, 77u8, 201u8, 241u8, 89u8, 141u8, 131u8, 105u8, 95u8, 29u8,
                123u8, 73u8, 83u8, 149u8, 44u8, 46u8, 237u8, 239u8, 193u8, 161u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    orgId: topics.1,
                    category: topics.2,
                    fhirType: data.0,
                    signers: data.1,
                    maxWait: data.2,
                    version: data.3,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.signers),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxWait),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.version),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.orgId.clone(), self.category.clone())
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[2usize] = <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.category);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CosignPolicySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CosignPolicySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CosignPolicySet) -> alloy_sol_types::private::LogData {
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
    /**Event with signature `RecordAccessed(bytes32,address,uint32,address,uint8,uint8)` and selector `0xaa4af1706410e4e8247e1cd2cfd0c750199500d03ba9290a346c146a5b3b3252`.
```solidity
event RecordAccessed(bytes32 indexed recordId, address indexed patient, uint32 indexed orgId, address practitioner, uint8 purpose, uint8 basis);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RecordAccessed {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub practitioner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub purpose: u8,
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecordAccessed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "RecordAccessed(bytes32,address,uint32,address,uint8,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                170u8, 74u8, 241u8, 112u8, 100u8, 16u8, 228u8, 232u8, 36u8, 126u8, 28u8,
                210u8, 207u8, 208u8, 199u8, 80u8, 25u8, 149u8, 0u8, 208u8, 59u8, 169u8,
                41u8, 10u8, 52u8, 108u8, 20u8, 106u8, 91u8, 59u8, 50u8, 82u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patient: topics.2,
                    orgId: topics.3,
                    practitioner: data.0,
                    purpose: data.1,
                    basis: data.2,
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
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.basis),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.recordId.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
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
        impl alloy_sol_types::private::IntoLogData for RecordAccessed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordAccessed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordAccessed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordAdded(bytes32,address,uint32,address,uint8,uint8,bytes32,bytes32,uint8,uint8)` and selector `0x8efaf2081076ea980441552e8bb54e813e752dfcef2c8ccd60a10d1d582f7e53`.
```solidity
event RecordAdded(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address practitioner, uint8 category, uint8 fhirType, bytes32 contentHash, bytes32 supersedes, uint8 purpose, uint8 basis);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RecordAdded {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
        #[allow(missing_docs)]
        pub practitioner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub fhirType: u8,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub supersedes: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub purpose: u8,
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for RecordAdded {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "RecordAdded(bytes32,address,uint32,address,uint8,uint8,bytes32,bytes32,uint8,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                142u8, 250u8, 242u8, 8u8, 16u8, 118u8, 234u8, 152u8, 4u8, 65u8, 85u8,
                46u8, 139u8, 181u8, 78u8, 129u8, 62u8, 117u8, 45u8, 252u8, 239u8, 44u8,
                140u8, 205u8, 96u8, 161u8, 13u8, 29u8, 88u8, 47u8, 126u8, 83u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patient: topics.2,
                    authorOrg: topics.3,
                    practitioner: data.0,
                    category: data.1,
                    fhirType: data.2,
                    contentHash: data.3,
                    supersedes: data.4,
                    purpose: data.5,
                    basis: data.6,
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
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.supersedes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.basis),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.recordId.clone(),
                    self.patient.clone(),
                    self.authorOrg.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.authorOrg);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordAdded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordAdded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordAdded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordConfirmed(bytes32,address,uint32,bytes32)` and selector `0x497ab4ba60bd908cd44f71502485e83b13d2e4583e7ffc3f07611ce739511ea2`.
```solidity
event RecordConfirmed(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, bytes32 supersedes);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RecordConfirmed {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
        #[allow(missing_docs)]
        pub supersedes: alloy::sol_types::private::FixedBytes<32>,
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
        impl alloy_sol_types::SolEvent for RecordConfirmed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "RecordConfirmed(bytes32,address,uint32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                73u8, 122u8, 180u8, 186u8, 96u8, 189u8, 144u8, 140u8, 212u8, 79u8, 113u8,
                80u8, 36u8, 133u8, 232u8, 59u8, 19u8, 210u8, 228u8, 88u8, 62u8, 127u8,
                252u8, 63u8, 7u8, 97u8, 28u8, 231u8, 57u8, 81u8, 30u8, 162u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patient: topics.2,
                    authorOrg: topics.3,
                    supersedes: data.0,
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.supersedes),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.recordId.clone(),
                    self.patient.clone(),
                    self.authorOrg.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.authorOrg);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordConfirmed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordConfirmed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordConfirmed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordExpired(bytes32,address,uint32)` and selector `0x0f775955407a3d608c23657f34a1ad95dd69c5df85012125a970e74b0a0ad938`.
```solidity
event RecordExpired(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RecordExpired {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
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
        impl alloy_sol_types::SolEvent for RecordExpired {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "RecordExpired(bytes32,address,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                15u8, 119u8, 89u8, 85u8, 64u8, 122u8, 61u8, 96u8, 140u8, 35u8, 101u8,
                127u8, 52u8, 161u8, 173u8, 149u8, 221u8, 105u8, 197u8, 223u8, 133u8, 1u8,
                33u8, 37u8, 169u8, 112u8, 231u8, 75u8, 10u8, 10u8, 217u8, 56u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patient: topics.2,
                    authorOrg: topics.3,
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
                    self.recordId.clone(),
                    self.patient.clone(),
                    self.authorOrg.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.authorOrg);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordExpired {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordExpired> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordExpired) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordPending(bytes32,address,uint32,uint8,uint40,address,uint32)` and selector `0x51abcb77f63a3c6f066f4ace096ab6ddf6d5af8e11020686fe469bb21142d38f`.
```solidity
event RecordPending(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, uint8 required, uint40 deadline, address specialist, uint32 policyVersion);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RecordPending {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
        #[allow(missing_docs)]
        pub required: u8,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U40,
        #[allow(missing_docs)]
        pub specialist: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub policyVersion: u32,
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
        impl alloy_sol_types::SolEvent for RecordPending {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "RecordPending(bytes32,address,uint32,uint8,uint40,address,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                81u8, 171u8, 203u8, 119u8, 246u8, 58u8, 60u8, 111u8, 6u8, 111u8, 74u8,
                206u8, 9u8, 106u8, 182u8, 221u8, 246u8, 213u8, 175u8, 142u8, 17u8, 2u8,
                6u8, 134u8, 254u8, 70u8, 155u8, 178u8, 17u8, 66u8, 211u8, 143u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patient: topics.2,
                    authorOrg: topics.3,
                    required: data.0,
                    deadline: data.1,
                    specialist: data.2,
                    policyVersion: data.3,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.required),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.deadline),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.specialist,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.policyVersion),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.recordId.clone(),
                    self.patient.clone(),
                    self.authorOrg.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.authorOrg);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordPending {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordPending> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordPending) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordRejected(bytes32,address,uint32,address,uint8,bytes32)` and selector `0x876e1ebaf25895b1fdacbacb96f6344d9adfdb02e929eaed815285aabbcbe9e6`.
```solidity
event RecordRejected(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address signer, uint8 kind, bytes32 reasonHash);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RecordRejected {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub kind: u8,
        #[allow(missing_docs)]
        pub reasonHash: alloy::sol_types::private::FixedBytes<32>,
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
        impl alloy_sol_types::SolEvent for RecordRejected {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "RecordRejected(bytes32,address,uint32,address,uint8,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                135u8, 110u8, 30u8, 186u8, 242u8, 88u8, 149u8, 177u8, 253u8, 172u8,
                186u8, 203u8, 150u8, 246u8, 52u8, 77u8, 154u8, 223u8, 219u8, 2u8, 233u8,
                41u8, 234u8, 237u8, 129u8, 82u8, 133u8, 170u8, 187u8, 203u8, 233u8, 230u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patient: topics.2,
                    authorOrg: topics.3,
                    signer: data.0,
                    kind: data.1,
                    reasonHash: data.2,
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
                        &self.signer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonHash),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.recordId.clone(),
                    self.patient.clone(),
                    self.authorOrg.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.authorOrg);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordRejected {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordRejected> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordRejected) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordRetracted(bytes32,address,uint32,address)` and selector `0xc996516dc01d35f23fa9b072b445066f0d46ae903e8d90899d26dfe5a766dad2`.
```solidity
event RecordRetracted(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address practitioner);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RecordRetracted {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
        #[allow(missing_docs)]
        pub practitioner: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for RecordRetracted {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "RecordRetracted(bytes32,address,uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                201u8, 150u8, 81u8, 109u8, 192u8, 29u8, 53u8, 242u8, 63u8, 169u8, 176u8,
                114u8, 180u8, 69u8, 6u8, 111u8, 13u8, 70u8, 174u8, 144u8, 62u8, 141u8,
                144u8, 137u8, 157u8, 38u8, 223u8, 229u8, 167u8, 102u8, 218u8, 210u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patient: topics.2,
                    authorOrg: topics.3,
                    practitioner: data.0,
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
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.recordId.clone(),
                    self.patient.clone(),
                    self.authorOrg.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.authorOrg);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordRetracted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordRetracted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordRetracted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RecordSigned(bytes32,address,uint32,address,uint8)` and selector `0x85dcf35abdffcd7dea36c58876140af6e1fd7210973d4a709983e49d71fefc82`.
```solidity
event RecordSigned(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address signer, uint8 kind);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RecordSigned {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub kind: u8,
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
        impl alloy_sol_types::SolEvent for RecordSigned {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "RecordSigned(bytes32,address,uint32,address,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                133u8, 220u8, 243u8, 90u8, 189u8, 255u8, 205u8, 125u8, 234u8, 54u8,
                197u8, 136u8, 118u8, 20u8, 10u8, 246u8, 225u8, 253u8, 114u8, 16u8, 151u8,
                61u8, 74u8, 112u8, 153u8, 131u8, 228u8, 157u8, 113u8, 254u8, 252u8, 130u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    recordId: topics.1,
                    patient: topics.2,
                    authorOrg: topics.3,
                    signer: data.0,
                    kind: data.1,
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
                        &self.signer,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.recordId.clone(),
                    self.patient.clone(),
                    self.authorOrg.clone(),
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
                out[1usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.recordId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.patient,
                );
                out[3usize] = <alloy::sol_types::sol_data::Uint<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.authorOrg);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RecordSigned {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RecordSigned> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RecordSigned) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address organizations_);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub organizations_: alloy::sol_types::private::Address,
    }
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.organizations_,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { organizations_: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
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
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.organizations_,
                    ),
                )
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
    /**Function with signature `REJECT_RECORD_TYPEHASH()` and selector `0x14a7602f`.
```solidity
function REJECT_RECORD_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REJECT_RECORD_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`REJECT_RECORD_TYPEHASH()`](REJECT_RECORD_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct REJECT_RECORD_TYPEHASHReturn {
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
            impl ::core::convert::From<REJECT_RECORD_TYPEHASHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: REJECT_RECORD_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for REJECT_RECORD_TYPEHASHCall {
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
            impl ::core::convert::From<REJECT_RECORD_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: REJECT_RECORD_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for REJECT_RECORD_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for REJECT_RECORD_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "REJECT_RECORD_TYPEHASH()";
            const SELECTOR: [u8; 4] = [20u8, 167u8, 96u8, 47u8];
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
                        let r: REJECT_RECORD_TYPEHASHReturn = r.into();
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
                        let r: REJECT_RECORD_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SIGN_RECORD_TYPEHASH()` and selector `0xc7151e92`.
```solidity
function SIGN_RECORD_TYPEHASH() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SIGN_RECORD_TYPEHASHCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SIGN_RECORD_TYPEHASH()`](SIGN_RECORD_TYPEHASHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SIGN_RECORD_TYPEHASHReturn {
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
            impl ::core::convert::From<SIGN_RECORD_TYPEHASHCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: SIGN_RECORD_TYPEHASHCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SIGN_RECORD_TYPEHASHCall {
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
            impl ::core::convert::From<SIGN_RECORD_TYPEHASHReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: SIGN_RECORD_TYPEHASHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SIGN_RECORD_TYPEHASHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SIGN_RECORD_TYPEHASHCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SIGN_RECORD_TYPEHASH()";
            const SELECTOR: [u8; 4] = [199u8, 21u8, 30u8, 146u8];
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
                        let r: SIGN_RECORD_TYPEHASHReturn = r.into();
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
                        let r: SIGN_RECORD_TYPEHASHReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `SUPERSEDED_MEANWHILE()` and selector `0xc39bd7d7`.
```solidity
function SUPERSEDED_MEANWHILE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SUPERSEDED_MEANWHILECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`SUPERSEDED_MEANWHILE()`](SUPERSEDED_MEANWHILECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SUPERSEDED_MEANWHILEReturn {
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
            impl ::core::convert::From<SUPERSEDED_MEANWHILECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: SUPERSEDED_MEANWHILECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SUPERSEDED_MEANWHILECall {
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
            impl ::core::convert::From<SUPERSEDED_MEANWHILEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: SUPERSEDED_MEANWHILEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for SUPERSEDED_MEANWHILEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for SUPERSEDED_MEANWHILECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SUPERSEDED_MEANWHILE()";
            const SELECTOR: [u8; 4] = [195u8, 155u8, 215u8, 215u8];
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
                        let r: SUPERSEDED_MEANWHILEReturn = r.into();
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
                        let r: SUPERSEDED_MEANWHILEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `addCosignedRecord(address,uint8,uint8,bytes32,bytes32,uint8,address)` and selector `0xf538839e`.
```solidity
function addCosignedRecord(address patient, uint8 category, uint8 fhirType, bytes32 contentHash, bytes32 supersedes, uint8 purpose, address specialist) external returns (bytes32 recordId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addCosignedRecordCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub fhirType: u8,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub supersedes: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub purpose: u8,
        #[allow(missing_docs)]
        pub specialist: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`addCosignedRecord(address,uint8,uint8,bytes32,bytes32,uint8,address)`](addCosignedRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addCosignedRecordReturn {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u8,
                u8,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
                u8,
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
            impl ::core::convert::From<addCosignedRecordCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: addCosignedRecordCall) -> Self {
                    (
                        value.patient,
                        value.category,
                        value.fhirType,
                        value.contentHash,
                        value.supersedes,
                        value.purpose,
                        value.specialist,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for addCosignedRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        category: tuple.1,
                        fhirType: tuple.2,
                        contentHash: tuple.3,
                        supersedes: tuple.4,
                        purpose: tuple.5,
                        specialist: tuple.6,
                    }
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
            impl ::core::convert::From<addCosignedRecordReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: addCosignedRecordReturn) -> Self {
                    (value.recordId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for addCosignedRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { recordId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for addCosignedRecordCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "addCosignedRecord(address,uint8,uint8,bytes32,bytes32,uint8,address)";
            const SELECTOR: [u8; 4] = [245u8, 56u8, 131u8, 158u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.supersedes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.specialist,
                    ),
                )
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
                        let r: addCosignedRecordReturn = r.into();
                        r.recordId
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
                        let r: addCosignedRecordReturn = r.into();
                        r.recordId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `addRecord(address,uint8,uint8,bytes32,bytes32,uint8)` and selector `0xd1da30e4`.
```solidity
function addRecord(address patient, uint8 category, uint8 fhirType, bytes32 contentHash, bytes32 supersedes, uint8 purpose) external returns (bytes32 recordId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addRecordCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub fhirType: u8,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub supersedes: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub purpose: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`addRecord(address,uint8,uint8,bytes32,bytes32,uint8)`](addRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addRecordReturn {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
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
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u8,
                u8,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<addRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: addRecordCall) -> Self {
                    (
                        value.patient,
                        value.category,
                        value.fhirType,
                        value.contentHash,
                        value.supersedes,
                        value.purpose,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        category: tuple.1,
                        fhirType: tuple.2,
                        contentHash: tuple.3,
                        supersedes: tuple.4,
                        purpose: tuple.5,
                    }
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
            impl ::core::convert::From<addRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: addRecordReturn) -> Self {
                    (value.recordId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { recordId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for addRecordCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "addRecord(address,uint8,uint8,bytes32,bytes32,uint8)";
            const SELECTOR: [u8; 4] = [209u8, 218u8, 48u8, 228u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.supersedes),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                )
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
                        let r: addRecordReturn = r.into();
                        r.recordId
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
                        let r: addRecordReturn = r.into();
                        r.recordId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `checkRecordAccess(bytes32,uint32,uint8)` and selector `0x57dbce18`.
```solidity
function checkRecordAccess(bytes32 recordId, uint32 orgId, uint8 purpose) external view returns (bool allowed, uint8 basis);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct checkRecordAccessCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub purpose: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`checkRecordAccess(bytes32,uint32,uint8)`](checkRecordAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct checkRecordAccessReturn {
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u32,
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
            impl ::core::convert::From<checkRecordAccessCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: checkRecordAccessCall) -> Self {
                    (value.recordId, value.orgId, value.purpose)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for checkRecordAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        recordId: tuple.0,
                        orgId: tuple.1,
                        purpose: tuple.2,
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
            impl ::core::convert::From<checkRecordAccessReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: checkRecordAccessReturn) -> Self {
                    (value.allowed, value.basis)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for checkRecordAccessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        allowed: tuple.0,
                        basis: tuple.1,
                    }
                }
            }
        }
        impl checkRecordAccessReturn {
            fn _tokenize(
                &self,
            ) -> <checkRecordAccessCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
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
        impl alloy_sol_types::SolCall for checkRecordAccessCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = checkRecordAccessReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "checkRecordAccess(bytes32,uint32,uint8)";
            const SELECTOR: [u8; 4] = [87u8, 219u8, 206u8, 24u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.orgId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                checkRecordAccessReturn::_tokenize(ret)
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
    /**Function with signature `consents()` and selector `0xfc16502e`.
```solidity
function consents() external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct consentsCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`consents()`](consentsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct consentsReturn {
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
            impl ::core::convert::From<consentsCall> for UnderlyingRustTuple<'_> {
                fn from(value: consentsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for consentsCall {
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
            impl ::core::convert::From<consentsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: consentsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for consentsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for consentsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "consents()";
            const SELECTOR: [u8; 4] = [252u8, 22u8, 80u8, 46u8];
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
                        let r: consentsReturn = r.into();
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
                        let r: consentsReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `cosignPolicyOf(uint32,uint8,uint8)` and selector `0x746afd73`.
```solidity
function cosignPolicyOf(uint32 orgId, uint8 category, uint8 fhirType) external view returns (IRecordRegistry.CosignPolicy memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cosignPolicyOfCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub fhirType: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`cosignPolicyOf(uint32,uint8,uint8)`](cosignPolicyOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct cosignPolicyOfReturn {
        #[allow(missing_docs)]
        pub _0: <IRecordRegistry::CosignPolicy as alloy::sol_types::SolType>::RustType,
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
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, u8, u8);
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
            impl ::core::convert::From<cosignPolicyOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: cosignPolicyOfCall) -> Self {
                    (value.orgId, value.category, value.fhirType)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for cosignPolicyOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        category: tuple.1,
                        fhirType: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IRecordRegistry::CosignPolicy,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IRecordRegistry::CosignPolicy as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<cosignPolicyOfReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: cosignPolicyOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for cosignPolicyOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for cosignPolicyOfCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IRecordRegistry::CosignPolicy as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IRecordRegistry::CosignPolicy,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "cosignPolicyOf(uint32,uint8,uint8)";
            const SELECTOR: [u8; 4] = [116u8, 106u8, 253u8, 115u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IRecordRegistry::CosignPolicy as alloy_sol_types::SolType>::tokenize(
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
                        let r: cosignPolicyOfReturn = r.into();
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
                        let r: cosignPolicyOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `effectiveCosignPolicy(uint32,uint8,uint8)` and selector `0x79750699`.
```solidity
function effectiveCosignPolicy(uint32 orgId, uint8 category, uint8 fhirType) external view returns (IRecordRegistry.CosignPolicy memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct effectiveCosignPolicyCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub fhirType: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`effectiveCosignPolicy(uint32,uint8,uint8)`](effectiveCosignPolicyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct effectiveCosignPolicyReturn {
        #[allow(missing_docs)]
        pub _0: <IRecordRegistry::CosignPolicy as alloy::sol_types::SolType>::RustType,
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
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, u8, u8);
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
            impl ::core::convert::From<effectiveCosignPolicyCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: effectiveCosignPolicyCall) -> Self {
                    (value.orgId, value.category, value.fhirType)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for effectiveCosignPolicyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        category: tuple.1,
                        fhirType: tuple.2,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IRecordRegistry::CosignPolicy,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IRecordRegistry::CosignPolicy as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<effectiveCosignPolicyReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: effectiveCosignPolicyReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for effectiveCosignPolicyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for effectiveCosignPolicyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IRecordRegistry::CosignPolicy as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IRecordRegistry::CosignPolicy,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "effectiveCosignPolicy(uint32,uint8,uint8)";
            const SELECTOR: [u8; 4] = [121u8, 117u8, 6u8, 153u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <IRecordRegistry::CosignPolicy as alloy_sol_types::SolType>::tokenize(
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
                        let r: effectiveCosignPolicyReturn = r.into();
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
                        let r: effectiveCosignPolicyReturn = r.into();
                        r._0
                    })
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
    /**Function with signature `expireRecord(bytes32)` and selector `0xf7c67d64`.
```solidity
function expireRecord(bytes32 recordId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct expireRecordCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`expireRecord(bytes32)`](expireRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct expireRecordReturn {}
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
            impl ::core::convert::From<expireRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: expireRecordCall) -> Self {
                    (value.recordId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for expireRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { recordId: tuple.0 }
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
            impl ::core::convert::From<expireRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: expireRecordReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for expireRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl expireRecordReturn {
            fn _tokenize(
                &self,
            ) -> <expireRecordCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for expireRecordCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = expireRecordReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "expireRecord(bytes32)";
            const SELECTOR: [u8; 4] = [247u8, 198u8, 125u8, 100u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                expireRecordReturn::_tokenize(ret)
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
    /**Function with signature `locatorOf(bytes32)` and selector `0x367f8871`.
```solidity
function locatorOf(bytes32 recordId) external view returns (string memory fhirEndpoint, bytes32 id);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct locatorOfCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`locatorOf(bytes32)`](locatorOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct locatorOfReturn {
        #[allow(missing_docs)]
        pub fhirEndpoint: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub id: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<locatorOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: locatorOfCall) -> Self {
                    (value.recordId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for locatorOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { recordId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<locatorOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: locatorOfReturn) -> Self {
                    (value.fhirEndpoint, value.id)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for locatorOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fhirEndpoint: tuple.0,
                        id: tuple.1,
                    }
                }
            }
        }
        impl locatorOfReturn {
            fn _tokenize(
                &self,
            ) -> <locatorOfCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.fhirEndpoint,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.id),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for locatorOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = locatorOfReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "locatorOf(bytes32)";
            const SELECTOR: [u8; 4] = [54u8, 127u8, 136u8, 113u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                locatorOfReturn::_tokenize(ret)
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
    /**Function with signature `logAccess(address,bytes32[],uint8)` and selector `0x98269c4a`.
```solidity
function logAccess(address patient, bytes32[] memory recordIds, uint8 purpose) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct logAccessCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub recordIds: alloy::sol_types::private::Vec<
            alloy::sol_types::private::FixedBytes<32>,
        >,
        #[allow(missing_docs)]
        pub purpose: u8,
    }
    ///Container type for the return parameters of the [`logAccess(address,bytes32[],uint8)`](logAccessCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct logAccessReturn {}
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
                alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::FixedBytes<32>,
                >,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Vec<
                    alloy::sol_types::private::FixedBytes<32>,
                >,
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
            impl ::core::convert::From<logAccessCall> for UnderlyingRustTuple<'_> {
                fn from(value: logAccessCall) -> Self {
                    (value.patient, value.recordIds, value.purpose)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for logAccessCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        recordIds: tuple.1,
                        purpose: tuple.2,
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
            impl ::core::convert::From<logAccessReturn> for UnderlyingRustTuple<'_> {
                fn from(value: logAccessReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for logAccessReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl logAccessReturn {
            fn _tokenize(
                &self,
            ) -> <logAccessCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for logAccessCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::FixedBytes<32>,
                >,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = logAccessReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "logAccess(address,bytes32[],uint8)";
            const SELECTOR: [u8; 4] = [152u8, 38u8, 156u8, 74u8];
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
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordIds),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.purpose),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                logAccessReturn::_tokenize(ret)
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
    /**Function with signature `maySign(bytes32,uint8,address)` and selector `0x5c627b38`.
```solidity
function maySign(bytes32 recordId, uint8 kind, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maySignCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub kind: u8,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`maySign(bytes32,uint8,address)`](maySignCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maySignReturn {
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
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u8,
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
            impl ::core::convert::From<maySignCall> for UnderlyingRustTuple<'_> {
                fn from(value: maySignCall) -> Self {
                    (value.recordId, value.kind, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for maySignCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        recordId: tuple.0,
                        kind: tuple.1,
                        account: tuple.2,
                    }
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
            impl ::core::convert::From<maySignReturn> for UnderlyingRustTuple<'_> {
                fn from(value: maySignReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for maySignReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for maySignCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "maySign(bytes32,uint8,address)";
            const SELECTOR: [u8; 4] = [92u8, 98u8, 123u8, 56u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
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
                        let r: maySignReturn = r.into();
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
                        let r: maySignReturn = r.into();
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
    /**Function with signature `pendingOf(bytes32)` and selector `0x60794c54`.
```solidity
function pendingOf(bytes32 recordId) external view returns (IRecordRegistry.Pending memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingOfCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingOf(bytes32)`](pendingOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingOfReturn {
        #[allow(missing_docs)]
        pub _0: <IRecordRegistry::Pending as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<pendingOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingOfCall) -> Self {
                    (value.recordId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { recordId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IRecordRegistry::Pending,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IRecordRegistry::Pending as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<pendingOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IRecordRegistry::Pending as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IRecordRegistry::Pending,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingOf(bytes32)";
            const SELECTOR: [u8; 4] = [96u8, 121u8, 76u8, 84u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IRecordRegistry::Pending as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: pendingOfReturn = r.into();
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
                        let r: pendingOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `predecessorOf(bytes32)` and selector `0x06e5cbec`.
```solidity
function predecessorOf(bytes32 recordId) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct predecessorOfCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`predecessorOf(bytes32)`](predecessorOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct predecessorOfReturn {
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
            impl ::core::convert::From<predecessorOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: predecessorOfCall) -> Self {
                    (value.recordId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for predecessorOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { recordId: tuple.0 }
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
            impl ::core::convert::From<predecessorOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: predecessorOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for predecessorOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for predecessorOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "predecessorOf(bytes32)";
            const SELECTOR: [u8; 4] = [6u8, 229u8, 203u8, 236u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                )
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
                        let r: predecessorOfReturn = r.into();
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
                        let r: predecessorOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `recordIdFor(address,uint32,uint8,bytes32)` and selector `0x254eac7f`.
```solidity
function recordIdFor(address patient, uint32 authorOrg, uint8 category, bytes32 contentHash) external pure returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct recordIdForCall {
        #[allow(missing_docs)]
        pub patient: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authorOrg: u32,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`recordIdFor(address,uint32,uint8,bytes32)`](recordIdForCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct recordIdForReturn {
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
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                u32,
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
            impl ::core::convert::From<recordIdForCall> for UnderlyingRustTuple<'_> {
                fn from(value: recordIdForCall) -> Self {
                    (value.patient, value.authorOrg, value.category, value.contentHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for recordIdForCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        patient: tuple.0,
                        authorOrg: tuple.1,
                        category: tuple.2,
                        contentHash: tuple.3,
                    }
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
            impl ::core::convert::From<recordIdForReturn> for UnderlyingRustTuple<'_> {
                fn from(value: recordIdForReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for recordIdForReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for recordIdForCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "recordIdFor(address,uint32,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [37u8, 78u8, 172u8, 127u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.authorOrg),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
                )
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
                        let r: recordIdForReturn = r.into();
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
                        let r: recordIdForReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `recordOf(bytes32)` and selector `0xd1c60a3a`.
```solidity
function recordOf(bytes32 recordId) external view returns (IRecordRegistry.Record memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct recordOfCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`recordOf(bytes32)`](recordOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct recordOfReturn {
        #[allow(missing_docs)]
        pub _0: <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<recordOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: recordOfCall) -> Self {
                    (value.recordId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for recordOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { recordId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IRecordRegistry::Record,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<recordOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: recordOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for recordOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for recordOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IRecordRegistry::Record as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IRecordRegistry::Record,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "recordOf(bytes32)";
            const SELECTOR: [u8; 4] = [209u8, 198u8, 10u8, 58u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<IRecordRegistry::Record as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<
                    '_,
                > as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(|r| {
                        let r: recordOfReturn = r.into();
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
                        let r: recordOfReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `rejectRecord(bytes32,uint8,bytes32)` and selector `0xa6bd69ae`.
```solidity
function rejectRecord(bytes32 recordId, uint8 kind, bytes32 reasonHash) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rejectRecordCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub kind: u8,
        #[allow(missing_docs)]
        pub reasonHash: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`rejectRecord(bytes32,uint8,bytes32)`](rejectRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rejectRecordReturn {}
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<rejectRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: rejectRecordCall) -> Self {
                    (value.recordId, value.kind, value.reasonHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rejectRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        recordId: tuple.0,
                        kind: tuple.1,
                        reasonHash: tuple.2,
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
            impl ::core::convert::From<rejectRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: rejectRecordReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for rejectRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl rejectRecordReturn {
            fn _tokenize(
                &self,
            ) -> <rejectRecordCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rejectRecordCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = rejectRecordReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "rejectRecord(bytes32,uint8,bytes32)";
            const SELECTOR: [u8; 4] = [166u8, 189u8, 105u8, 174u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                rejectRecordReturn::_tokenize(ret)
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
    /**Function with signature `rejectRecordBySig(bytes32,uint8,bytes32,address,uint256,bytes)` and selector `0xcae9eff8`.
```solidity
function rejectRecordBySig(bytes32 recordId, uint8 kind, bytes32 reasonHash, address signer, uint256 deadline, bytes memory signature) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rejectRecordBySigCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub kind: u8,
        #[allow(missing_docs)]
        pub reasonHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`rejectRecordBySig(bytes32,uint8,bytes32,address,uint256,bytes)`](rejectRecordBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct rejectRecordBySigReturn {}
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u8,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<rejectRecordBySigCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: rejectRecordBySigCall) -> Self {
                    (
                        value.recordId,
                        value.kind,
                        value.reasonHash,
                        value.signer,
                        value.deadline,
                        value.signature,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for rejectRecordBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        recordId: tuple.0,
                        kind: tuple.1,
                        reasonHash: tuple.2,
                        signer: tuple.3,
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
            impl ::core::convert::From<rejectRecordBySigReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: rejectRecordBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for rejectRecordBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl rejectRecordBySigReturn {
            fn _tokenize(
                &self,
            ) -> <rejectRecordBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for rejectRecordBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = rejectRecordBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "rejectRecordBySig(bytes32,uint8,bytes32,address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [202u8, 233u8, 239u8, 248u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonHash),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
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
                rejectRecordBySigReturn::_tokenize(ret)
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
    /**Function with signature `retractRecord(bytes32)` and selector `0xfb9ee45d`.
```solidity
function retractRecord(bytes32 recordId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct retractRecordCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`retractRecord(bytes32)`](retractRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct retractRecordReturn {}
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
            impl ::core::convert::From<retractRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: retractRecordCall) -> Self {
                    (value.recordId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for retractRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { recordId: tuple.0 }
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
            impl ::core::convert::From<retractRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: retractRecordReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for retractRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl retractRecordReturn {
            fn _tokenize(
                &self,
            ) -> <retractRecordCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for retractRecordCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = retractRecordReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "retractRecord(bytes32)";
            const SELECTOR: [u8; 4] = [251u8, 158u8, 228u8, 93u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                retractRecordReturn::_tokenize(ret)
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
    /**Function with signature `setCosignPolicy(uint32,uint8,uint8,uint8,uint40)` and selector `0x3b11cfe1`.
```solidity
function setCosignPolicy(uint32 orgId, uint8 category, uint8 fhirType, uint8 signers, uint40 maxWait) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCosignPolicyCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub category: u8,
        #[allow(missing_docs)]
        pub fhirType: u8,
        #[allow(missing_docs)]
        pub signers: u8,
        #[allow(missing_docs)]
        pub maxWait: alloy::sol_types::private::primitives::aliases::U40,
    }
    ///Container type for the return parameters of the [`setCosignPolicy(uint32,uint8,uint8,uint8,uint40)`](setCosignPolicyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setCosignPolicyReturn {}
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
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u32,
                u8,
                u8,
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
            impl ::core::convert::From<setCosignPolicyCall> for UnderlyingRustTuple<'_> {
                fn from(value: setCosignPolicyCall) -> Self {
                    (
                        value.orgId,
                        value.category,
                        value.fhirType,
                        value.signers,
                        value.maxWait,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setCosignPolicyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        category: tuple.1,
                        fhirType: tuple.2,
                        signers: tuple.3,
                        maxWait: tuple.4,
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
            impl ::core::convert::From<setCosignPolicyReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setCosignPolicyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setCosignPolicyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setCosignPolicyReturn {
            fn _tokenize(
                &self,
            ) -> <setCosignPolicyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setCosignPolicyCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<40>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setCosignPolicyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setCosignPolicy(uint32,uint8,uint8,uint8,uint40)";
            const SELECTOR: [u8; 4] = [59u8, 17u8, 207u8, 225u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.category),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.fhirType),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.signers),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.maxWait),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setCosignPolicyReturn::_tokenize(ret)
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
    /**Function with signature `signRecord(bytes32,uint8)` and selector `0x940c239e`.
```solidity
function signRecord(bytes32 recordId, uint8 kind) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signRecordCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub kind: u8,
    }
    ///Container type for the return parameters of the [`signRecord(bytes32,uint8)`](signRecordCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signRecordReturn {}
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<signRecordCall> for UnderlyingRustTuple<'_> {
                fn from(value: signRecordCall) -> Self {
                    (value.recordId, value.kind)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signRecordCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        recordId: tuple.0,
                        kind: tuple.1,
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
            impl ::core::convert::From<signRecordReturn> for UnderlyingRustTuple<'_> {
                fn from(value: signRecordReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signRecordReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl signRecordReturn {
            fn _tokenize(
                &self,
            ) -> <signRecordCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for signRecordCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = signRecordReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "signRecord(bytes32,uint8)";
            const SELECTOR: [u8; 4] = [148u8, 12u8, 35u8, 158u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                signRecordReturn::_tokenize(ret)
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
    /**Function with signature `signRecordBySig(bytes32,uint8,address,uint256,bytes)` and selector `0xfd0c9202`.
```solidity
function signRecordBySig(bytes32 recordId, uint8 kind, address signer, uint256 deadline, bytes memory signature) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signRecordBySigCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub kind: u8,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub deadline: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`signRecordBySig(bytes32,uint8,address,uint256,bytes)`](signRecordBySigCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct signRecordBySigReturn {}
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
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                u8,
                alloy::sol_types::private::Address,
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
            impl ::core::convert::From<signRecordBySigCall> for UnderlyingRustTuple<'_> {
                fn from(value: signRecordBySigCall) -> Self {
                    (
                        value.recordId,
                        value.kind,
                        value.signer,
                        value.deadline,
                        value.signature,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for signRecordBySigCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        recordId: tuple.0,
                        kind: tuple.1,
                        signer: tuple.2,
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
            impl ::core::convert::From<signRecordBySigReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: signRecordBySigReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for signRecordBySigReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl signRecordBySigReturn {
            fn _tokenize(
                &self,
            ) -> <signRecordBySigCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for signRecordBySigCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = signRecordBySigReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "signRecordBySig(bytes32,uint8,address,uint256,bytes)";
            const SELECTOR: [u8; 4] = [253u8, 12u8, 146u8, 2u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.signer,
                    ),
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
                signRecordBySigReturn::_tokenize(ret)
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
    /**Function with signature `verifyContent(bytes32,bytes32)` and selector `0x603759d4`.
```solidity
function verifyContent(bytes32 recordId, bytes32 contentHash) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifyContentCall {
        #[allow(missing_docs)]
        pub recordId: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub contentHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`verifyContent(bytes32,bytes32)`](verifyContentCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifyContentReturn {
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
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<verifyContentCall> for UnderlyingRustTuple<'_> {
                fn from(value: verifyContentCall) -> Self {
                    (value.recordId, value.contentHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifyContentCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        recordId: tuple.0,
                        contentHash: tuple.1,
                    }
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
            impl ::core::convert::From<verifyContentReturn> for UnderlyingRustTuple<'_> {
                fn from(value: verifyContentReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifyContentReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for verifyContentCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "verifyContent(bytes32,bytes32)";
            const SELECTOR: [u8; 4] = [96u8, 55u8, 89u8, 212u8];
            #[inline]
            fn new<'a>(
                tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.recordId),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.contentHash),
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
                        let r: verifyContentReturn = r.into();
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
                        let r: verifyContentReturn = r.into();
                        r._0
                    })
            }
        }
    };
    ///Container for all the [`RecordRegistry`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum RecordRegistryCalls {
        #[allow(missing_docs)]
        DOMAIN_SEPARATOR(DOMAIN_SEPARATORCall),
        #[allow(missing_docs)]
        REJECT_RECORD_TYPEHASH(REJECT_RECORD_TYPEHASHCall),
        #[allow(missing_docs)]
        SIGN_RECORD_TYPEHASH(SIGN_RECORD_TYPEHASHCall),
        #[allow(missing_docs)]
        SUPERSEDED_MEANWHILE(SUPERSEDED_MEANWHILECall),
        #[allow(missing_docs)]
        addCosignedRecord(addCosignedRecordCall),
        #[allow(missing_docs)]
        addRecord(addRecordCall),
        #[allow(missing_docs)]
        checkRecordAccess(checkRecordAccessCall),
        #[allow(missing_docs)]
        consents(consentsCall),
        #[allow(missing_docs)]
        cosignPolicyOf(cosignPolicyOfCall),
        #[allow(missing_docs)]
        effectiveCosignPolicy(effectiveCosignPolicyCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        expireRecord(expireRecordCall),
        #[allow(missing_docs)]
        locatorOf(locatorOfCall),
        #[allow(missing_docs)]
        logAccess(logAccessCall),
        #[allow(missing_docs)]
        maySign(maySignCall),
        #[allow(missing_docs)]
        organizations(organizationsCall),
        #[allow(missing_docs)]
        pendingOf(pendingOfCall),
        #[allow(missing_docs)]
        predecessorOf(predecessorOfCall),
        #[allow(missing_docs)]
        recordIdFor(recordIdForCall),
        #[allow(missing_docs)]
        recordOf(recordOfCall),
        #[allow(missing_docs)]
        rejectRecord(rejectRecordCall),
        #[allow(missing_docs)]
        rejectRecordBySig(rejectRecordBySigCall),
        #[allow(missing_docs)]
        retractRecord(retractRecordCall),
        #[allow(missing_docs)]
        setCosignPolicy(setCosignPolicyCall),
        #[allow(missing_docs)]
        signRecord(signRecordCall),
        #[allow(missing_docs)]
        signRecordBySig(signRecordBySigCall),
        #[allow(missing_docs)]
        verifyContent(verifyContentCall),
    }
    impl RecordRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [6u8, 229u8, 203u8, 236u8],
            [20u8, 167u8, 96u8, 47u8],
            [35u8, 77u8, 177u8, 222u8],
            [37u8, 78u8, 172u8, 127u8],
            [54u8, 68u8, 229u8, 21u8],
            [54u8, 127u8, 136u8, 113u8],
            [59u8, 17u8, 207u8, 225u8],
            [87u8, 219u8, 206u8, 24u8],
            [92u8, 98u8, 123u8, 56u8],
            [96u8, 55u8, 89u8, 212u8],
            [96u8, 121u8, 76u8, 84u8],
            [116u8, 106u8, 253u8, 115u8],
            [121u8, 117u8, 6u8, 153u8],
            [132u8, 176u8, 25u8, 110u8],
            [148u8, 12u8, 35u8, 158u8],
            [152u8, 38u8, 156u8, 74u8],
            [166u8, 189u8, 105u8, 174u8],
            [195u8, 155u8, 215u8, 215u8],
            [199u8, 21u8, 30u8, 146u8],
            [202u8, 233u8, 239u8, 248u8],
            [209u8, 198u8, 10u8, 58u8],
            [209u8, 218u8, 48u8, 228u8],
            [245u8, 56u8, 131u8, 158u8],
            [247u8, 198u8, 125u8, 100u8],
            [251u8, 158u8, 228u8, 93u8],
            [252u8, 22u8, 80u8, 46u8],
            [253u8, 12u8, 146u8, 2u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(predecessorOf),
            ::core::stringify!(REJECT_RECORD_TYPEHASH),
            ::core::stringify!(organizations),
            ::core::stringify!(recordIdFor),
            ::core::stringify!(DOMAIN_SEPARATOR),
            ::core::stringify!(locatorOf),
            ::core::stringify!(setCosignPolicy),
            ::core::stringify!(checkRecordAccess),
            ::core::stringify!(maySign),
            ::core::stringify!(verifyContent),
            ::core::stringify!(pendingOf),
            ::core::stringify!(cosignPolicyOf),
            ::core::stringify!(effectiveCosignPolicy),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(signRecord),
            ::core::stringify!(logAccess),
            ::core::stringify!(rejectRecord),
            ::core::stringify!(SUPERSEDED_MEANWHILE),
            ::core::stringify!(SIGN_RECORD_TYPEHASH),
            ::core::stringify!(rejectRecordBySig),
            ::core::stringify!(recordOf),
            ::core::stringify!(addRecord),
            ::core::stringify!(addCosignedRecord),
            ::core::stringify!(expireRecord),
            ::core::stringify!(retractRecord),
            ::core::stringify!(consents),
            ::core::stringify!(signRecordBySig),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <predecessorOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <REJECT_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <organizationsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <recordIdForCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::SIGNATURE,
            <locatorOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setCosignPolicyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <checkRecordAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <maySignCall as alloy_sol_types::SolCall>::SIGNATURE,
            <verifyContentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <cosignPolicyOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <effectiveCosignPolicyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <signRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <logAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rejectRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <SUPERSEDED_MEANWHILECall as alloy_sol_types::SolCall>::SIGNATURE,
            <SIGN_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <rejectRecordBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
            <recordOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <addRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <addCosignedRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <expireRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <retractRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <consentsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <signRecordBySigCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for RecordRegistryCalls {
        const NAME: &'static str = "RecordRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 27usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::DOMAIN_SEPARATOR(_) => {
                    <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::REJECT_RECORD_TYPEHASH(_) => {
                    <REJECT_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SIGN_RECORD_TYPEHASH(_) => {
                    <SIGN_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::SUPERSEDED_MEANWHILE(_) => {
                    <SUPERSEDED_MEANWHILECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::addCosignedRecord(_) => {
                    <addCosignedRecordCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::addRecord(_) => {
                    <addRecordCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::checkRecordAccess(_) => {
                    <checkRecordAccessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::consents(_) => <consentsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::cosignPolicyOf(_) => {
                    <cosignPolicyOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::effectiveCosignPolicy(_) => {
                    <effectiveCosignPolicyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::eip712Domain(_) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::expireRecord(_) => {
                    <expireRecordCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::locatorOf(_) => {
                    <locatorOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::logAccess(_) => {
                    <logAccessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::maySign(_) => <maySignCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::organizations(_) => {
                    <organizationsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pendingOf(_) => {
                    <pendingOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::predecessorOf(_) => {
                    <predecessorOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::recordIdFor(_) => {
                    <recordIdForCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::recordOf(_) => <recordOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::rejectRecord(_) => {
                    <rejectRecordCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::rejectRecordBySig(_) => {
                    <rejectRecordBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::retractRecord(_) => {
                    <retractRecordCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setCosignPolicy(_) => {
                    <setCosignPolicyCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::signRecord(_) => {
                    <signRecordCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::signRecordBySig(_) => {
                    <signRecordBySigCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::verifyContent(_) => {
                    <verifyContentCall as alloy_sol_types::SolCall>::SELECTOR
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
            ) -> alloy_sol_types::Result<RecordRegistryCalls>] = &[
                {
                    fn predecessorOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <predecessorOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::predecessorOf)
                    }
                    predecessorOf
                },
                {
                    fn REJECT_RECORD_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <REJECT_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::REJECT_RECORD_TYPEHASH)
                    }
                    REJECT_RECORD_TYPEHASH
                },
                {
                    fn organizations(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <organizationsCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::organizations)
                    }
                    organizations
                },
                {
                    fn recordIdFor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <recordIdForCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::recordIdFor)
                    }
                    recordIdFor
                },
                {
                    fn DOMAIN_SEPARATOR(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::DOMAIN_SEPARATOR)
                    }
                    DOMAIN_SEPARATOR
                },
                {
                    fn locatorOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <locatorOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::locatorOf)
                    }
                    locatorOf
                },
                {
                    fn setCosignPolicy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <setCosignPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::setCosignPolicy)
                    }
                    setCosignPolicy
                },
                {
                    fn checkRecordAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <checkRecordAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::checkRecordAccess)
                    }
                    checkRecordAccess
                },
                {
                    fn maySign(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <maySignCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::maySign)
                    }
                    maySign
                },
                {
                    fn verifyContent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <verifyContentCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::verifyContent)
                    }
                    verifyContent
                },
                {
                    fn pendingOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <pendingOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::pendingOf)
                    }
                    pendingOf
                },
                {
                    fn cosignPolicyOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <cosignPolicyOfCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::cosignPolicyOf)
                    }
                    cosignPolicyOf
                },
                {
                    fn effectiveCosignPolicy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <effectiveCosignPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::effectiveCosignPolicy)
                    }
                    effectiveCosignPolicy
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn signRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <signRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::signRecord)
                    }
                    signRecord
                },
                {
                    fn logAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <logAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::logAccess)
                    }
                    logAccess
                },
                {
                    fn rejectRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <rejectRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::rejectRecord)
                    }
                    rejectRecord
                },
                {
                    fn SUPERSEDED_MEANWHILE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <SUPERSEDED_MEANWHILECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::SUPERSEDED_MEANWHILE)
                    }
                    SUPERSEDED_MEANWHILE
                },
                {
                    fn SIGN_RECORD_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <SIGN_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::SIGN_RECORD_TYPEHASH)
                    }
                    SIGN_RECORD_TYPEHASH
                },
                {
                    fn rejectRecordBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <rejectRecordBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::rejectRecordBySig)
                    }
                    rejectRecordBySig
                },
                {
                    fn recordOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <recordOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::recordOf)
                    }
                    recordOf
                },
                {
                    fn addRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <addRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::addRecord)
                    }
                    addRecord
                },
                {
                    fn addCosignedRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <addCosignedRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::addCosignedRecord)
                    }
                    addCosignedRecord
                },
                {
                    fn expireRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <expireRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::expireRecord)
                    }
                    expireRecord
                },
                {
                    fn retractRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <retractRecordCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::retractRecord)
                    }
                    retractRecord
                },
                {
                    fn consents(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <consentsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::consents)
                    }
                    consents
                },
                {
                    fn signRecordBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <signRecordBySigCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryCalls::signRecordBySig)
                    }
                    signRecordBySig
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
            ) -> alloy_sol_types::Result<RecordRegistryCalls>] = &[
                {
                    fn predecessorOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <predecessorOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::predecessorOf)
                    }
                    predecessorOf
                },
                {
                    fn REJECT_RECORD_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <REJECT_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::REJECT_RECORD_TYPEHASH)
                    }
                    REJECT_RECORD_TYPEHASH
                },
                {
                    fn organizations(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <organizationsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::organizations)
                    }
                    organizations
                },
                {
                    fn recordIdFor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <recordIdForCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::recordIdFor)
                    }
                    recordIdFor
                },
                {
                    fn DOMAIN_SEPARATOR(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <DOMAIN_SEPARATORCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::DOMAIN_SEPARATOR)
                    }
                    DOMAIN_SEPARATOR
                },
                {
                    fn locatorOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <locatorOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::locatorOf)
                    }
                    locatorOf
                },
                {
                    fn setCosignPolicy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <setCosignPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::setCosignPolicy)
                    }
                    setCosignPolicy
                },
                {
                    fn checkRecordAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <checkRecordAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::checkRecordAccess)
                    }
                    checkRecordAccess
                },
                {
                    fn maySign(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <maySignCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::maySign)
                    }
                    maySign
                },
                {
                    fn verifyContent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <verifyContentCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::verifyContent)
                    }
                    verifyContent
                },
                {
                    fn pendingOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <pendingOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::pendingOf)
                    }
                    pendingOf
                },
                {
                    fn cosignPolicyOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <cosignPolicyOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::cosignPolicyOf)
                    }
                    cosignPolicyOf
                },
                {
                    fn effectiveCosignPolicy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <effectiveCosignPolicyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::effectiveCosignPolicy)
                    }
                    effectiveCosignPolicy
                },
                {
                    fn eip712Domain(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn signRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <signRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::signRecord)
                    }
                    signRecord
                },
                {
                    fn logAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <logAccessCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::logAccess)
                    }
                    logAccess
                },
                {
                    fn rejectRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <rejectRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::rejectRecord)
                    }
                    rejectRecord
                },
                {
                    fn SUPERSEDED_MEANWHILE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <SUPERSEDED_MEANWHILECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::SUPERSEDED_MEANWHILE)
                    }
                    SUPERSEDED_MEANWHILE
                },
                {
                    fn SIGN_RECORD_TYPEHASH(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <SIGN_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::SIGN_RECORD_TYPEHASH)
                    }
                    SIGN_RECORD_TYPEHASH
                },
                {
                    fn rejectRecordBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <rejectRecordBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::rejectRecordBySig)
                    }
                    rejectRecordBySig
                },
                {
                    fn recordOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <recordOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::recordOf)
                    }
                    recordOf
                },
                {
                    fn addRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <addRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::addRecord)
                    }
                    addRecord
                },
                {
                    fn addCosignedRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <addCosignedRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::addCosignedRecord)
                    }
                    addCosignedRecord
                },
                {
                    fn expireRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <expireRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::expireRecord)
                    }
                    expireRecord
                },
                {
                    fn retractRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <retractRecordCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::retractRecord)
                    }
                    retractRecord
                },
                {
                    fn consents(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <consentsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::consents)
                    }
                    consents
                },
                {
                    fn signRecordBySig(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <signRecordBySigCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryCalls::signRecordBySig)
                    }
                    signRecordBySig
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
                Self::REJECT_RECORD_TYPEHASH(inner) => {
                    <REJECT_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SIGN_RECORD_TYPEHASH(inner) => {
                    <SIGN_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::SUPERSEDED_MEANWHILE(inner) => {
                    <SUPERSEDED_MEANWHILECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::addCosignedRecord(inner) => {
                    <addCosignedRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::addRecord(inner) => {
                    <addRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::checkRecordAccess(inner) => {
                    <checkRecordAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::consents(inner) => {
                    <consentsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::cosignPolicyOf(inner) => {
                    <cosignPolicyOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::effectiveCosignPolicy(inner) => {
                    <effectiveCosignPolicyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::expireRecord(inner) => {
                    <expireRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::locatorOf(inner) => {
                    <locatorOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::logAccess(inner) => {
                    <logAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::maySign(inner) => {
                    <maySignCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::organizations(inner) => {
                    <organizationsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::pendingOf(inner) => {
                    <pendingOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::predecessorOf(inner) => {
                    <predecessorOfCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::recordIdFor(inner) => {
                    <recordIdForCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::recordOf(inner) => {
                    <recordOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::rejectRecord(inner) => {
                    <rejectRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::rejectRecordBySig(inner) => {
                    <rejectRecordBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::retractRecord(inner) => {
                    <retractRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setCosignPolicy(inner) => {
                    <setCosignPolicyCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::signRecord(inner) => {
                    <signRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::signRecordBySig(inner) => {
                    <signRecordBySigCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::verifyContent(inner) => {
                    <verifyContentCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::REJECT_RECORD_TYPEHASH(inner) => {
                    <REJECT_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SIGN_RECORD_TYPEHASH(inner) => {
                    <SIGN_RECORD_TYPEHASHCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::SUPERSEDED_MEANWHILE(inner) => {
                    <SUPERSEDED_MEANWHILECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::addCosignedRecord(inner) => {
                    <addCosignedRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::addRecord(inner) => {
                    <addRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::checkRecordAccess(inner) => {
                    <checkRecordAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::consents(inner) => {
                    <consentsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::cosignPolicyOf(inner) => {
                    <cosignPolicyOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::effectiveCosignPolicy(inner) => {
                    <effectiveCosignPolicyCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::expireRecord(inner) => {
                    <expireRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::locatorOf(inner) => {
                    <locatorOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::logAccess(inner) => {
                    <logAccessCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::maySign(inner) => {
                    <maySignCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::organizations(inner) => {
                    <organizationsCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::pendingOf(inner) => {
                    <pendingOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::predecessorOf(inner) => {
                    <predecessorOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::recordIdFor(inner) => {
                    <recordIdForCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::recordOf(inner) => {
                    <recordOfCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::rejectRecord(inner) => {
                    <rejectRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::rejectRecordBySig(inner) => {
                    <rejectRecordBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::retractRecord(inner) => {
                    <retractRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setCosignPolicy(inner) => {
                    <setCosignPolicyCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::signRecord(inner) => {
                    <signRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::signRecordBySig(inner) => {
                    <signRecordBySigCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::verifyContent(inner) => {
                    <verifyContentCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`RecordRegistry`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum RecordRegistryErrors {
        #[allow(missing_docs)]
        RecordRegistry__CosignExpired(RecordRegistry__CosignExpired),
        #[allow(missing_docs)]
        RecordRegistry__CosignNotExpired(RecordRegistry__CosignNotExpired),
        #[allow(missing_docs)]
        RecordRegistry__EmptyContentHash(RecordRegistry__EmptyContentHash),
        #[allow(missing_docs)]
        RecordRegistry__InvalidCategory(RecordRegistry__InvalidCategory),
        #[allow(missing_docs)]
        RecordRegistry__InvalidCosignPolicy(RecordRegistry__InvalidCosignPolicy),
        #[allow(missing_docs)]
        RecordRegistry__InvalidFhirType(RecordRegistry__InvalidFhirType),
        #[allow(missing_docs)]
        RecordRegistry__InvalidPatient(RecordRegistry__InvalidPatient),
        #[allow(missing_docs)]
        RecordRegistry__InvalidPurpose(RecordRegistry__InvalidPurpose),
        #[allow(missing_docs)]
        RecordRegistry__InvalidRecordCount(RecordRegistry__InvalidRecordCount),
        #[allow(missing_docs)]
        RecordRegistry__InvalidSignature(RecordRegistry__InvalidSignature),
        #[allow(missing_docs)]
        RecordRegistry__NoAccessBasis(RecordRegistry__NoAccessBasis),
        #[allow(missing_docs)]
        RecordRegistry__NotAuthorOrganization(RecordRegistry__NotAuthorOrganization),
        #[allow(missing_docs)]
        RecordRegistry__NotOrganizationAdmin(RecordRegistry__NotOrganizationAdmin),
        #[allow(missing_docs)]
        RecordRegistry__NotSigner(RecordRegistry__NotSigner),
        #[allow(missing_docs)]
        RecordRegistry__PatientMismatch(RecordRegistry__PatientMismatch),
        #[allow(missing_docs)]
        RecordRegistry__RecordEnteredInError(RecordRegistry__RecordEnteredInError),
        #[allow(missing_docs)]
        RecordRegistry__RecordExists(RecordRegistry__RecordExists),
        #[allow(missing_docs)]
        RecordRegistry__RecordNotConfirmed(RecordRegistry__RecordNotConfirmed),
        #[allow(missing_docs)]
        RecordRegistry__RecordNotCurrent(RecordRegistry__RecordNotCurrent),
        #[allow(missing_docs)]
        RecordRegistry__RecordNotPending(RecordRegistry__RecordNotPending),
        #[allow(missing_docs)]
        RecordRegistry__SignatureExpired(RecordRegistry__SignatureExpired),
        #[allow(missing_docs)]
        RecordRegistry__SignerNotAwaited(RecordRegistry__SignerNotAwaited),
        #[allow(missing_docs)]
        RecordRegistry__SpecialistIsAuthor(RecordRegistry__SpecialistIsAuthor),
        #[allow(missing_docs)]
        RecordRegistry__SpecialistNotRequired(RecordRegistry__SpecialistNotRequired),
        #[allow(missing_docs)]
        RecordRegistry__SpecialistRequired(RecordRegistry__SpecialistRequired),
        #[allow(missing_docs)]
        RecordRegistry__UnknownOrganization(RecordRegistry__UnknownOrganization),
        #[allow(missing_docs)]
        RecordRegistry__UnknownRecord(RecordRegistry__UnknownRecord),
    }
    impl RecordRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [3u8, 49u8, 79u8, 145u8],
            [24u8, 92u8, 10u8, 144u8],
            [43u8, 192u8, 198u8, 58u8],
            [57u8, 130u8, 37u8, 22u8],
            [60u8, 191u8, 65u8, 236u8],
            [61u8, 155u8, 135u8, 116u8],
            [66u8, 230u8, 58u8, 161u8],
            [70u8, 163u8, 171u8, 241u8],
            [79u8, 39u8, 203u8, 175u8],
            [82u8, 159u8, 227u8, 115u8],
            [97u8, 69u8, 140u8, 60u8],
            [101u8, 100u8, 16u8, 131u8],
            [105u8, 141u8, 76u8, 195u8],
            [114u8, 102u8, 60u8, 171u8],
            [125u8, 79u8, 189u8, 141u8],
            [134u8, 120u8, 126u8, 149u8],
            [164u8, 174u8, 112u8, 96u8],
            [169u8, 119u8, 104u8, 155u8],
            [191u8, 208u8, 58u8, 55u8],
            [191u8, 238u8, 230u8, 200u8],
            [198u8, 187u8, 245u8, 36u8],
            [211u8, 73u8, 52u8, 169u8],
            [231u8, 207u8, 223u8, 169u8],
            [240u8, 43u8, 128u8, 56u8],
            [247u8, 102u8, 26u8, 191u8],
            [249u8, 58u8, 5u8, 247u8],
            [252u8, 180u8, 153u8, 149u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(RecordRegistry__InvalidPatient),
            ::core::stringify!(RecordRegistry__UnknownOrganization),
            ::core::stringify!(RecordRegistry__NoAccessBasis),
            ::core::stringify!(RecordRegistry__InvalidSignature),
            ::core::stringify!(RecordRegistry__InvalidFhirType),
            ::core::stringify!(RecordRegistry__RecordNotPending),
            ::core::stringify!(RecordRegistry__SpecialistIsAuthor),
            ::core::stringify!(RecordRegistry__RecordNotConfirmed),
            ::core::stringify!(RecordRegistry__NotAuthorOrganization),
            ::core::stringify!(RecordRegistry__RecordEnteredInError),
            ::core::stringify!(RecordRegistry__CosignNotExpired),
            ::core::stringify!(RecordRegistry__PatientMismatch),
            ::core::stringify!(RecordRegistry__InvalidCosignPolicy),
            ::core::stringify!(RecordRegistry__InvalidCategory),
            ::core::stringify!(RecordRegistry__SignerNotAwaited),
            ::core::stringify!(RecordRegistry__SpecialistRequired),
            ::core::stringify!(RecordRegistry__NotOrganizationAdmin),
            ::core::stringify!(RecordRegistry__SignatureExpired),
            ::core::stringify!(RecordRegistry__InvalidRecordCount),
            ::core::stringify!(RecordRegistry__InvalidPurpose),
            ::core::stringify!(RecordRegistry__EmptyContentHash),
            ::core::stringify!(RecordRegistry__RecordNotCurrent),
            ::core::stringify!(RecordRegistry__RecordExists),
            ::core::stringify!(RecordRegistry__CosignExpired),
            ::core::stringify!(RecordRegistry__SpecialistNotRequired),
            ::core::stringify!(RecordRegistry__UnknownRecord),
            ::core::stringify!(RecordRegistry__NotSigner),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <RecordRegistry__InvalidPatient as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__UnknownOrganization as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__NoAccessBasis as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidFhirType as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__RecordNotPending as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__SpecialistIsAuthor as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__RecordNotConfirmed as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__NotAuthorOrganization as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__RecordEnteredInError as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__CosignNotExpired as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__PatientMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidCosignPolicy as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidCategory as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__SignerNotAwaited as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__SpecialistRequired as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__SignatureExpired as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidRecordCount as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidPurpose as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__EmptyContentHash as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__RecordExists as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__CosignExpired as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__SpecialistNotRequired as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__UnknownRecord as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__NotSigner as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for RecordRegistryErrors {
        const NAME: &'static str = "RecordRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 27usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::RecordRegistry__CosignExpired(_) => {
                    <RecordRegistry__CosignExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__CosignNotExpired(_) => {
                    <RecordRegistry__CosignNotExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__EmptyContentHash(_) => {
                    <RecordRegistry__EmptyContentHash as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__InvalidCategory(_) => {
                    <RecordRegistry__InvalidCategory as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__InvalidCosignPolicy(_) => {
                    <RecordRegistry__InvalidCosignPolicy as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__InvalidFhirType(_) => {
                    <RecordRegistry__InvalidFhirType as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__InvalidPatient(_) => {
                    <RecordRegistry__InvalidPatient as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__InvalidPurpose(_) => {
                    <RecordRegistry__InvalidPurpose as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__InvalidRecordCount(_) => {
                    <RecordRegistry__InvalidRecordCount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__InvalidSignature(_) => {
                    <RecordRegistry__InvalidSignature as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__NoAccessBasis(_) => {
                    <RecordRegistry__NoAccessBasis as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__NotAuthorOrganization(_) => {
                    <RecordRegistry__NotAuthorOrganization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__NotOrganizationAdmin(_) => {
                    <RecordRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__NotSigner(_) => {
                    <RecordRegistry__NotSigner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__PatientMismatch(_) => {
                    <RecordRegistry__PatientMismatch as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__RecordEnteredInError(_) => {
                    <RecordRegistry__RecordEnteredInError as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__RecordExists(_) => {
                    <RecordRegistry__RecordExists as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__RecordNotConfirmed(_) => {
                    <RecordRegistry__RecordNotConfirmed as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__RecordNotCurrent(_) => {
                    <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__RecordNotPending(_) => {
                    <RecordRegistry__RecordNotPending as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__SignatureExpired(_) => {
                    <RecordRegistry__SignatureExpired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__SignerNotAwaited(_) => {
                    <RecordRegistry__SignerNotAwaited as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__SpecialistIsAuthor(_) => {
                    <RecordRegistry__SpecialistIsAuthor as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__SpecialistNotRequired(_) => {
                    <RecordRegistry__SpecialistNotRequired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__SpecialistRequired(_) => {
                    <RecordRegistry__SpecialistRequired as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__UnknownOrganization(_) => {
                    <RecordRegistry__UnknownOrganization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__UnknownRecord(_) => {
                    <RecordRegistry__UnknownRecord as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<RecordRegistryErrors>] = &[
                {
                    fn RecordRegistry__InvalidPatient(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidPatient as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidPatient)
                    }
                    RecordRegistry__InvalidPatient
                },
                {
                    fn RecordRegistry__UnknownOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__UnknownOrganization,
                            )
                    }
                    RecordRegistry__UnknownOrganization
                },
                {
                    fn RecordRegistry__NoAccessBasis(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__NoAccessBasis as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__NoAccessBasis)
                    }
                    RecordRegistry__NoAccessBasis
                },
                {
                    fn RecordRegistry__InvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidSignature)
                    }
                    RecordRegistry__InvalidSignature
                },
                {
                    fn RecordRegistry__InvalidFhirType(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidFhirType as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidFhirType)
                    }
                    RecordRegistry__InvalidFhirType
                },
                {
                    fn RecordRegistry__RecordNotPending(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordNotPending as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__RecordNotPending)
                    }
                    RecordRegistry__RecordNotPending
                },
                {
                    fn RecordRegistry__SpecialistIsAuthor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SpecialistIsAuthor as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__SpecialistIsAuthor,
                            )
                    }
                    RecordRegistry__SpecialistIsAuthor
                },
                {
                    fn RecordRegistry__RecordNotConfirmed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordNotConfirmed as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__RecordNotConfirmed,
                            )
                    }
                    RecordRegistry__RecordNotConfirmed
                },
                {
                    fn RecordRegistry__NotAuthorOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__NotAuthorOrganization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__NotAuthorOrganization,
                            )
                    }
                    RecordRegistry__NotAuthorOrganization
                },
                {
                    fn RecordRegistry__RecordEnteredInError(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordEnteredInError as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__RecordEnteredInError,
                            )
                    }
                    RecordRegistry__RecordEnteredInError
                },
                {
                    fn RecordRegistry__CosignNotExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__CosignNotExpired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__CosignNotExpired)
                    }
                    RecordRegistry__CosignNotExpired
                },
                {
                    fn RecordRegistry__PatientMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__PatientMismatch as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__PatientMismatch)
                    }
                    RecordRegistry__PatientMismatch
                },
                {
                    fn RecordRegistry__InvalidCosignPolicy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidCosignPolicy as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__InvalidCosignPolicy,
                            )
                    }
                    RecordRegistry__InvalidCosignPolicy
                },
                {
                    fn RecordRegistry__InvalidCategory(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidCategory as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidCategory)
                    }
                    RecordRegistry__InvalidCategory
                },
                {
                    fn RecordRegistry__SignerNotAwaited(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SignerNotAwaited as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__SignerNotAwaited)
                    }
                    RecordRegistry__SignerNotAwaited
                },
                {
                    fn RecordRegistry__SpecialistRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SpecialistRequired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__SpecialistRequired,
                            )
                    }
                    RecordRegistry__SpecialistRequired
                },
                {
                    fn RecordRegistry__NotOrganizationAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__NotOrganizationAdmin,
                            )
                    }
                    RecordRegistry__NotOrganizationAdmin
                },
                {
                    fn RecordRegistry__SignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SignatureExpired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__SignatureExpired)
                    }
                    RecordRegistry__SignatureExpired
                },
                {
                    fn RecordRegistry__InvalidRecordCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidRecordCount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__InvalidRecordCount,
                            )
                    }
                    RecordRegistry__InvalidRecordCount
                },
                {
                    fn RecordRegistry__InvalidPurpose(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidPurpose as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidPurpose)
                    }
                    RecordRegistry__InvalidPurpose
                },
                {
                    fn RecordRegistry__EmptyContentHash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__EmptyContentHash as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__EmptyContentHash)
                    }
                    RecordRegistry__EmptyContentHash
                },
                {
                    fn RecordRegistry__RecordNotCurrent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__RecordNotCurrent)
                    }
                    RecordRegistry__RecordNotCurrent
                },
                {
                    fn RecordRegistry__RecordExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordExists as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__RecordExists)
                    }
                    RecordRegistry__RecordExists
                },
                {
                    fn RecordRegistry__CosignExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__CosignExpired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__CosignExpired)
                    }
                    RecordRegistry__CosignExpired
                },
                {
                    fn RecordRegistry__SpecialistNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SpecialistNotRequired as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__SpecialistNotRequired,
                            )
                    }
                    RecordRegistry__SpecialistNotRequired
                },
                {
                    fn RecordRegistry__UnknownRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__UnknownRecord as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__UnknownRecord)
                    }
                    RecordRegistry__UnknownRecord
                },
                {
                    fn RecordRegistry__NotSigner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__NotSigner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__NotSigner)
                    }
                    RecordRegistry__NotSigner
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
            ) -> alloy_sol_types::Result<RecordRegistryErrors>] = &[
                {
                    fn RecordRegistry__InvalidPatient(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidPatient as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidPatient)
                    }
                    RecordRegistry__InvalidPatient
                },
                {
                    fn RecordRegistry__UnknownOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__UnknownOrganization,
                            )
                    }
                    RecordRegistry__UnknownOrganization
                },
                {
                    fn RecordRegistry__NoAccessBasis(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__NoAccessBasis as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__NoAccessBasis)
                    }
                    RecordRegistry__NoAccessBasis
                },
                {
                    fn RecordRegistry__InvalidSignature(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidSignature)
                    }
                    RecordRegistry__InvalidSignature
                },
                {
                    fn RecordRegistry__InvalidFhirType(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidFhirType as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidFhirType)
                    }
                    RecordRegistry__InvalidFhirType
                },
                {
                    fn RecordRegistry__RecordNotPending(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordNotPending as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__RecordNotPending)
                    }
                    RecordRegistry__RecordNotPending
                },
                {
                    fn RecordRegistry__SpecialistIsAuthor(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SpecialistIsAuthor as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__SpecialistIsAuthor,
                            )
                    }
                    RecordRegistry__SpecialistIsAuthor
                },
                {
                    fn RecordRegistry__RecordNotConfirmed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordNotConfirmed as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__RecordNotConfirmed,
                            )
                    }
                    RecordRegistry__RecordNotConfirmed
                },
                {
                    fn RecordRegistry__NotAuthorOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__NotAuthorOrganization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__NotAuthorOrganization,
                            )
                    }
                    RecordRegistry__NotAuthorOrganization
                },
                {
                    fn RecordRegistry__RecordEnteredInError(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordEnteredInError as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__RecordEnteredInError,
                            )
                    }
                    RecordRegistry__RecordEnteredInError
                },
                {
                    fn RecordRegistry__CosignNotExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__CosignNotExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__CosignNotExpired)
                    }
                    RecordRegistry__CosignNotExpired
                },
                {
                    fn RecordRegistry__PatientMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__PatientMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__PatientMismatch)
                    }
                    RecordRegistry__PatientMismatch
                },
                {
                    fn RecordRegistry__InvalidCosignPolicy(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidCosignPolicy as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__InvalidCosignPolicy,
                            )
                    }
                    RecordRegistry__InvalidCosignPolicy
                },
                {
                    fn RecordRegistry__InvalidCategory(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidCategory as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidCategory)
                    }
                    RecordRegistry__InvalidCategory
                },
                {
                    fn RecordRegistry__SignerNotAwaited(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SignerNotAwaited as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__SignerNotAwaited)
                    }
                    RecordRegistry__SignerNotAwaited
                },
                {
                    fn RecordRegistry__SpecialistRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SpecialistRequired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__SpecialistRequired,
                            )
                    }
                    RecordRegistry__SpecialistRequired
                },
                {
                    fn RecordRegistry__NotOrganizationAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__NotOrganizationAdmin,
                            )
                    }
                    RecordRegistry__NotOrganizationAdmin
                },
                {
                    fn RecordRegistry__SignatureExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SignatureExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__SignatureExpired)
                    }
                    RecordRegistry__SignatureExpired
                },
                {
                    fn RecordRegistry__InvalidRecordCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidRecordCount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__InvalidRecordCount,
                            )
                    }
                    RecordRegistry__InvalidRecordCount
                },
                {
                    fn RecordRegistry__InvalidPurpose(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__InvalidPurpose as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__InvalidPurpose)
                    }
                    RecordRegistry__InvalidPurpose
                },
                {
                    fn RecordRegistry__EmptyContentHash(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__EmptyContentHash as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__EmptyContentHash)
                    }
                    RecordRegistry__EmptyContentHash
                },
                {
                    fn RecordRegistry__RecordNotCurrent(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__RecordNotCurrent)
                    }
                    RecordRegistry__RecordNotCurrent
                },
                {
                    fn RecordRegistry__RecordExists(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__RecordExists as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__RecordExists)
                    }
                    RecordRegistry__RecordExists
                },
                {
                    fn RecordRegistry__CosignExpired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__CosignExpired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__CosignExpired)
                    }
                    RecordRegistry__CosignExpired
                },
                {
                    fn RecordRegistry__SpecialistNotRequired(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__SpecialistNotRequired as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                RecordRegistryErrors::RecordRegistry__SpecialistNotRequired,
                            )
                    }
                    RecordRegistry__SpecialistNotRequired
                },
                {
                    fn RecordRegistry__UnknownRecord(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__UnknownRecord as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__UnknownRecord)
                    }
                    RecordRegistry__UnknownRecord
                },
                {
                    fn RecordRegistry__NotSigner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryErrors> {
                        <RecordRegistry__NotSigner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(RecordRegistryErrors::RecordRegistry__NotSigner)
                    }
                    RecordRegistry__NotSigner
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
                Self::RecordRegistry__CosignExpired(inner) => {
                    <RecordRegistry__CosignExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__CosignNotExpired(inner) => {
                    <RecordRegistry__CosignNotExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__EmptyContentHash(inner) => {
                    <RecordRegistry__EmptyContentHash as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__InvalidCategory(inner) => {
                    <RecordRegistry__InvalidCategory as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__InvalidCosignPolicy(inner) => {
                    <RecordRegistry__InvalidCosignPolicy as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__InvalidFhirType(inner) => {
                    <RecordRegistry__InvalidFhirType as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__InvalidPatient(inner) => {
                    <RecordRegistry__InvalidPatient as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__InvalidPurpose(inner) => {
                    <RecordRegistry__InvalidPurpose as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__InvalidRecordCount(inner) => {
                    <RecordRegistry__InvalidRecordCount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__InvalidSignature(inner) => {
                    <RecordRegistry__InvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__NoAccessBasis(inner) => {
                    <RecordRegistry__NoAccessBasis as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__NotAuthorOrganization(inner) => {
                    <RecordRegistry__NotAuthorOrganization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__NotOrganizationAdmin(inner) => {
                    <RecordRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__NotSigner(inner) => {
                    <RecordRegistry__NotSigner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__PatientMismatch(inner) => {
                    <RecordRegistry__PatientMismatch as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__RecordEnteredInError(inner) => {
                    <RecordRegistry__RecordEnteredInError as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__RecordExists(inner) => {
                    <RecordRegistry__RecordExists as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__RecordNotConfirmed(inner) => {
                    <RecordRegistry__RecordNotConfirmed as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__RecordNotCurrent(inner) => {
                    <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__RecordNotPending(inner) => {
                    <RecordRegistry__RecordNotPending as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__SignatureExpired(inner) => {
                    <RecordRegistry__SignatureExpired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__SignerNotAwaited(inner) => {
                    <RecordRegistry__SignerNotAwaited as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__SpecialistIsAuthor(inner) => {
                    <RecordRegistry__SpecialistIsAuthor as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__SpecialistNotRequired(inner) => {
                    <RecordRegistry__SpecialistNotRequired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__SpecialistRequired(inner) => {
                    <RecordRegistry__SpecialistRequired as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__UnknownOrganization(inner) => {
                    <RecordRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::RecordRegistry__UnknownRecord(inner) => {
                    <RecordRegistry__UnknownRecord as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::RecordRegistry__CosignExpired(inner) => {
                    <RecordRegistry__CosignExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__CosignNotExpired(inner) => {
                    <RecordRegistry__CosignNotExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__EmptyContentHash(inner) => {
                    <RecordRegistry__EmptyContentHash as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__InvalidCategory(inner) => {
                    <RecordRegistry__InvalidCategory as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__InvalidCosignPolicy(inner) => {
                    <RecordRegistry__InvalidCosignPolicy as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__InvalidFhirType(inner) => {
                    <RecordRegistry__InvalidFhirType as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__InvalidPatient(inner) => {
                    <RecordRegistry__InvalidPatient as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__InvalidPurpose(inner) => {
                    <RecordRegistry__InvalidPurpose as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__InvalidRecordCount(inner) => {
                    <RecordRegistry__InvalidRecordCount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__InvalidSignature(inner) => {
                    <RecordRegistry__InvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__NoAccessBasis(inner) => {
                    <RecordRegistry__NoAccessBasis as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__NotAuthorOrganization(inner) => {
                    <RecordRegistry__NotAuthorOrganization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__NotOrganizationAdmin(inner) => {
                    <RecordRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__NotSigner(inner) => {
                    <RecordRegistry__NotSigner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__PatientMismatch(inner) => {
                    <RecordRegistry__PatientMismatch as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__RecordEnteredInError(inner) => {
                    <RecordRegistry__RecordEnteredInError as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__RecordExists(inner) => {
                    <RecordRegistry__RecordExists as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__RecordNotConfirmed(inner) => {
                    <RecordRegistry__RecordNotConfirmed as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__RecordNotCurrent(inner) => {
                    <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__RecordNotPending(inner) => {
                    <RecordRegistry__RecordNotPending as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__SignatureExpired(inner) => {
                    <RecordRegistry__SignatureExpired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__SignerNotAwaited(inner) => {
                    <RecordRegistry__SignerNotAwaited as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__SpecialistIsAuthor(inner) => {
                    <RecordRegistry__SpecialistIsAuthor as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__SpecialistNotRequired(inner) => {
                    <RecordRegistry__SpecialistNotRequired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__SpecialistRequired(inner) => {
                    <RecordRegistry__SpecialistRequired as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__UnknownOrganization(inner) => {
                    <RecordRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::RecordRegistry__UnknownRecord(inner) => {
                    <RecordRegistry__UnknownRecord as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`RecordRegistry`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum RecordRegistryEvents {
        #[allow(missing_docs)]
        CosignPolicySet(CosignPolicySet),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        RecordAccessed(RecordAccessed),
        #[allow(missing_docs)]
        RecordAdded(RecordAdded),
        #[allow(missing_docs)]
        RecordConfirmed(RecordConfirmed),
        #[allow(missing_docs)]
        RecordExpired(RecordExpired),
        #[allow(missing_docs)]
        RecordPending(RecordPending),
        #[allow(missing_docs)]
        RecordRejected(RecordRejected),
        #[allow(missing_docs)]
        RecordRetracted(RecordRetracted),
        #[allow(missing_docs)]
        RecordSigned(RecordSigned),
    }
    impl RecordRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8,
                180u8, 243u8, 177u8, 81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8,
                95u8, 155u8, 243u8, 120u8, 124u8, 218u8, 83u8, 241u8, 61u8, 49u8,
            ],
            [
                15u8, 119u8, 89u8, 85u8, 64u8, 122u8, 61u8, 96u8, 140u8, 35u8, 101u8,
                127u8, 52u8, 161u8, 173u8, 149u8, 221u8, 105u8, 197u8, 223u8, 133u8, 1u8,
                33u8, 37u8, 169u8, 112u8, 231u8, 75u8, 10u8, 10u8, 217u8, 56u8,
            ],
            [
                73u8, 122u8, 180u8, 186u8, 96u8, 189u8, 144u8, 140u8, 212u8, 79u8, 113u8,
                80u8, 36u8, 133u8, 232u8, 59u8, 19u8, 210u8, 228u8, 88u8, 62u8, 127u8,
                252u8, 63u8, 7u8, 97u8, 28u8, 231u8, 57u8, 81u8, 30u8, 162u8,
            ],
            [
                81u8, 171u8, 203u8, 119u8, 246u8, 58u8, 60u8, 111u8, 6u8, 111u8, 74u8,
                206u8, 9u8, 106u8, 182u8, 221u8, 246u8, 213u8, 175u8, 142u8, 17u8, 2u8,
                6u8, 134u8, 254u8, 70u8, 155u8, 178u8, 17u8, 66u8, 211u8, 143u8,
            ],
            [
                133u8, 220u8, 243u8, 90u8, 189u8, 255u8, 205u8, 125u8, 234u8, 54u8,
                197u8, 136u8, 118u8, 20u8, 10u8, 246u8, 225u8, 253u8, 114u8, 16u8, 151u8,
                61u8, 74u8, 112u8, 153u8, 131u8, 228u8, 157u8, 113u8, 254u8, 252u8, 130u8,
            ],
            [
                135u8, 110u8, 30u8, 186u8, 242u8, 88u8, 149u8, 177u8, 253u8, 172u8,
                186u8, 203u8, 150u8, 246u8, 52u8, 77u8, 154u8, 223u8, 219u8, 2u8, 233u8,
                41u8, 234u8, 237u8, 129u8, 82u8, 133u8, 170u8, 187u8, 203u8, 233u8, 230u8,
            ],
            [
                142u8, 250u8, 242u8, 8u8, 16u8, 118u8, 234u8, 152u8, 4u8, 65u8, 85u8,
                46u8, 139u8, 181u8, 78u8, 129u8, 62u8, 117u8, 45u8, 252u8, 239u8, 44u8,
                140u8, 205u8, 96u8, 161u8, 13u8, 29u8, 88u8, 47u8, 126u8, 83u8,
            ],
            [
                170u8, 74u8, 241u8, 112u8, 100u8, 16u8, 228u8, 232u8, 36u8, 126u8, 28u8,
                210u8, 207u8, 208u8, 199u8, 80u8, 25u8, 149u8, 0u8, 208u8, 59u8, 169u8,
                41u8, 10u8, 52u8, 108u8, 20u8, 106u8, 91u8, 59u8, 50u8, 82u8,
            ],
            [
                201u8, 150u8, 81u8, 109u8, 192u8, 29u8, 53u8, 242u8, 63u8, 169u8, 176u8,
                114u8, 180u8, 69u8, 6u8, 111u8, 13u8, 70u8, 174u8, 144u8, 62u8, 141u8,
                144u8, 137u8, 157u8, 38u8, 223u8, 229u8, 167u8, 102u8, 218u8, 210u8,
            ],
            [
                211u8, 254u8, 117u8, 94u8, 253u8, 250u8, 52u8, 29u8, 53u8, 229u8, 235u8,
                84u8, 87u8, 77u8, 201u8, 241u8, 89u8, 141u8, 131u8, 105u8, 95u8, 29u8,
                123u8, 73u8, 83u8, 149u8, 44u8, 46u8, 237u8, 239u8, 193u8, 161u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(RecordExpired),
            ::core::stringify!(RecordConfirmed),
            ::core::stringify!(RecordPending),
            ::core::stringify!(RecordSigned),
            ::core::stringify!(RecordRejected),
            ::core::stringify!(RecordAdded),
            ::core::stringify!(RecordAccessed),
            ::core::stringify!(RecordRetracted),
            ::core::stringify!(CosignPolicySet),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordExpired as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordConfirmed as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordPending as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordSigned as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordRejected as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordAdded as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordAccessed as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordRetracted as alloy_sol_types::SolEvent>::SIGNATURE,
            <CosignPolicySet as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for RecordRegistryEvents {
        const NAME: &'static str = "RecordRegistryEvents";
        const COUNT: usize = 10usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<CosignPolicySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <CosignPolicySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::CosignPolicySet)
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
                Some(<RecordAccessed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordAccessed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordAccessed)
                }
                Some(<RecordAdded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordAdded as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordAdded)
                }
                Some(<RecordConfirmed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordConfirmed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordConfirmed)
                }
                Some(<RecordExpired as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordExpired as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordExpired)
                }
                Some(<RecordPending as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordPending as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordPending)
                }
                Some(<RecordRejected as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordRejected as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordRejected)
                }
                Some(<RecordRetracted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordRetracted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordRetracted)
                }
                Some(<RecordSigned as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordSigned as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordSigned)
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
    impl alloy_sol_types::private::IntoLogData for RecordRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CosignPolicySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordAccessed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordConfirmed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordExpired(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordPending(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordRejected(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordRetracted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordSigned(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CosignPolicySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordAccessed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordConfirmed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordExpired(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordPending(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordRejected(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordRetracted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordSigned(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`RecordRegistry`](self) contract instance.

See the [wrapper's documentation](`RecordRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> RecordRegistryInstance<P, N> {
        RecordRegistryInstance::<P, N>::new(address, __provider)
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
        organizations_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<RecordRegistryInstance<P, N>>,
    > {
        RecordRegistryInstance::<P, N>::deploy(__provider, organizations_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        __provider: P,
        organizations_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        RecordRegistryInstance::<P, N>::deploy_builder(__provider, organizations_)
    }
    /**A [`RecordRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`RecordRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct RecordRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for RecordRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("RecordRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > RecordRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`RecordRegistry`](self) contract instance.

See the [wrapper's documentation](`RecordRegistryInstance`) for more details.*/
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
            organizations_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<RecordRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, organizations_);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
and constructor arguments, if any.

This is a simple wrapper around creating a `RawCallBuilder` with the data set to
the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            organizations_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall { organizations_ },
                    )[..],
                ]
                    .concat()
                    .into(),
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
    impl<P: ::core::clone::Clone, N> RecordRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> RecordRegistryInstance<P, N> {
            RecordRegistryInstance {
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
    > RecordRegistryInstance<P, N> {
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
        ///Creates a new call builder for the [`REJECT_RECORD_TYPEHASH`] function.
        pub fn REJECT_RECORD_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, REJECT_RECORD_TYPEHASHCall, N> {
            self.call_builder(&REJECT_RECORD_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`SIGN_RECORD_TYPEHASH`] function.
        pub fn SIGN_RECORD_TYPEHASH(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, SIGN_RECORD_TYPEHASHCall, N> {
            self.call_builder(&SIGN_RECORD_TYPEHASHCall)
        }
        ///Creates a new call builder for the [`SUPERSEDED_MEANWHILE`] function.
        pub fn SUPERSEDED_MEANWHILE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, SUPERSEDED_MEANWHILECall, N> {
            self.call_builder(&SUPERSEDED_MEANWHILECall)
        }
        ///Creates a new call builder for the [`addCosignedRecord`] function.
        pub fn addCosignedRecord(
            &self,
            patient: alloy::sol_types::private::Address,
            category: u8,
            fhirType: u8,
            contentHash: alloy::sol_types::private::FixedBytes<32>,
            supersedes: alloy::sol_types::private::FixedBytes<32>,
            purpose: u8,
            specialist: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, addCosignedRecordCall, N> {
            self.call_builder(
                &addCosignedRecordCall {
                    patient,
                    category,
                    fhirType,
                    contentHash,
                    supersedes,
                    purpose,
                    specialist,
                },
            )
        }
        ///Creates a new call builder for the [`addRecord`] function.
        pub fn addRecord(
            &self,
            patient: alloy::sol_types::private::Address,
            category: u8,
            fhirType: u8,
            contentHash: alloy::sol_types::private::FixedBytes<32>,
            supersedes: alloy::sol_types::private::FixedBytes<32>,
            purpose: u8,
        ) -> alloy_contract::SolCallBuilder<&P, addRecordCall, N> {
            self.call_builder(
                &addRecordCall {
                    patient,
                    category,
                    fhirType,
                    contentHash,
                    supersedes,
                    purpose,
                },
            )
        }
        ///Creates a new call builder for the [`checkRecordAccess`] function.
        pub fn checkRecordAccess(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
            orgId: u32,
            purpose: u8,
        ) -> alloy_contract::SolCallBuilder<&P, checkRecordAccessCall, N> {
            self.call_builder(
                &checkRecordAccessCall {
                    recordId,
                    orgId,
                    purpose,
                },
            )
        }
        ///Creates a new call builder for the [`consents`] function.
        pub fn consents(&self) -> alloy_contract::SolCallBuilder<&P, consentsCall, N> {
            self.call_builder(&consentsCall)
        }
        ///Creates a new call builder for the [`cosignPolicyOf`] function.
        pub fn cosignPolicyOf(
            &self,
            orgId: u32,
            category: u8,
            fhirType: u8,
        ) -> alloy_contract::SolCallBuilder<&P, cosignPolicyOfCall, N> {
            self.call_builder(
                &cosignPolicyOfCall {
                    orgId,
                    category,
                    fhirType,
                },
            )
        }
        ///Creates a new call builder for the [`effectiveCosignPolicy`] function.
        pub fn effectiveCosignPolicy(
            &self,
            orgId: u32,
            category: u8,
            fhirType: u8,
        ) -> alloy_contract::SolCallBuilder<&P, effectiveCosignPolicyCall, N> {
            self.call_builder(
                &effectiveCosignPolicyCall {
                    orgId,
                    category,
                    fhirType,
                },
            )
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`expireRecord`] function.
        pub fn expireRecord(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, expireRecordCall, N> {
            self.call_builder(&expireRecordCall { recordId })
        }
        ///Creates a new call builder for the [`locatorOf`] function.
        pub fn locatorOf(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, locatorOfCall, N> {
            self.call_builder(&locatorOfCall { recordId })
        }
        ///Creates a new call builder for the [`logAccess`] function.
        pub fn logAccess(
            &self,
            patient: alloy::sol_types::private::Address,
            recordIds: alloy::sol_types::private::Vec<
                alloy::sol_types::private::FixedBytes<32>,
            >,
            purpose: u8,
        ) -> alloy_contract::SolCallBuilder<&P, logAccessCall, N> {
            self.call_builder(
                &logAccessCall {
                    patient,
                    recordIds,
                    purpose,
                },
            )
        }
        ///Creates a new call builder for the [`maySign`] function.
        pub fn maySign(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
            kind: u8,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, maySignCall, N> {
            self.call_builder(
                &maySignCall {
                    recordId,
                    kind,
                    account,
                },
            )
        }
        ///Creates a new call builder for the [`organizations`] function.
        pub fn organizations(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, organizationsCall, N> {
            self.call_builder(&organizationsCall)
        }
        ///Creates a new call builder for the [`pendingOf`] function.
        pub fn pendingOf(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, pendingOfCall, N> {
            self.call_builder(&pendingOfCall { recordId })
        }
        ///Creates a new call builder for the [`predecessorOf`] function.
        pub fn predecessorOf(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, predecessorOfCall, N> {
            self.call_builder(&predecessorOfCall { recordId })
        }
        ///Creates a new call builder for the [`recordIdFor`] function.
        pub fn recordIdFor(
            &self,
            patient: alloy::sol_types::private::Address,
            authorOrg: u32,
            category: u8,
            contentHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, recordIdForCall, N> {
            self.call_builder(
                &recordIdForCall {
                    patient,
                    authorOrg,
                    category,
                    contentHash,
                },
            )
        }
        ///Creates a new call builder for the [`recordOf`] function.
        pub fn recordOf(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, recordOfCall, N> {
            self.call_builder(&recordOfCall { recordId })
        }
        ///Creates a new call builder for the [`rejectRecord`] function.
        pub fn rejectRecord(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
            kind: u8,
            reasonHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, rejectRecordCall, N> {
            self.call_builder(
                &rejectRecordCall {
                    recordId,
                    kind,
                    reasonHash,
                },
            )
        }
        ///Creates a new call builder for the [`rejectRecordBySig`] function.
        pub fn rejectRecordBySig(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
            kind: u8,
            reasonHash: alloy::sol_types::private::FixedBytes<32>,
            signer: alloy::sol_types::private::Address,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, rejectRecordBySigCall, N> {
            self.call_builder(
                &rejectRecordBySigCall {
                    recordId,
                    kind,
                    reasonHash,
                    signer,
                    deadline,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`retractRecord`] function.
        pub fn retractRecord(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, retractRecordCall, N> {
            self.call_builder(&retractRecordCall { recordId })
        }
        ///Creates a new call builder for the [`setCosignPolicy`] function.
        pub fn setCosignPolicy(
            &self,
            orgId: u32,
            category: u8,
            fhirType: u8,
            signers: u8,
            maxWait: alloy::sol_types::private::primitives::aliases::U40,
        ) -> alloy_contract::SolCallBuilder<&P, setCosignPolicyCall, N> {
            self.call_builder(
                &setCosignPolicyCall {
                    orgId,
                    category,
                    fhirType,
                    signers,
                    maxWait,
                },
            )
        }
        ///Creates a new call builder for the [`signRecord`] function.
        pub fn signRecord(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
            kind: u8,
        ) -> alloy_contract::SolCallBuilder<&P, signRecordCall, N> {
            self.call_builder(&signRecordCall { recordId, kind })
        }
        ///Creates a new call builder for the [`signRecordBySig`] function.
        pub fn signRecordBySig(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
            kind: u8,
            signer: alloy::sol_types::private::Address,
            deadline: alloy::sol_types::private::primitives::aliases::U256,
            signature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, signRecordBySigCall, N> {
            self.call_builder(
                &signRecordBySigCall {
                    recordId,
                    kind,
                    signer,
                    deadline,
                    signature,
                },
            )
        }
        ///Creates a new call builder for the [`verifyContent`] function.
        pub fn verifyContent(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
            contentHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, verifyContentCall, N> {
            self.call_builder(
                &verifyContentCall {
                    recordId,
                    contentHash,
                },
            )
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > RecordRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`CosignPolicySet`] event.
        pub fn CosignPolicySet_filter(
            &self,
        ) -> alloy_contract::Event<&P, CosignPolicySet, N> {
            self.event_filter::<CosignPolicySet>()
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`RecordAccessed`] event.
        pub fn RecordAccessed_filter(
            &self,
        ) -> alloy_contract::Event<&P, RecordAccessed, N> {
            self.event_filter::<RecordAccessed>()
        }
        ///Creates a new event filter for the [`RecordAdded`] event.
        pub fn RecordAdded_filter(&self) -> alloy_contract::Event<&P, RecordAdded, N> {
            self.event_filter::<RecordAdded>()
        }
        ///Creates a new event filter for the [`RecordConfirmed`] event.
        pub fn RecordConfirmed_filter(
            &self,
        ) -> alloy_contract::Event<&P, RecordConfirmed, N> {
            self.event_filter::<RecordConfirmed>()
        }
        ///Creates a new event filter for the [`RecordExpired`] event.
        pub fn RecordExpired_filter(
            &self,
        ) -> alloy_contract::Event<&P, RecordExpired, N> {
            self.event_filter::<RecordExpired>()
        }
        ///Creates a new event filter for the [`RecordPending`] event.
        pub fn RecordPending_filter(
            &self,
        ) -> alloy_contract::Event<&P, RecordPending, N> {
            self.event_filter::<RecordPending>()
        }
        ///Creates a new event filter for the [`RecordRejected`] event.
        pub fn RecordRejected_filter(
            &self,
        ) -> alloy_contract::Event<&P, RecordRejected, N> {
            self.event_filter::<RecordRejected>()
        }
        ///Creates a new event filter for the [`RecordRetracted`] event.
        pub fn RecordRetracted_filter(
            &self,
        ) -> alloy_contract::Event<&P, RecordRetracted, N> {
            self.event_filter::<RecordRetracted>()
        }
        ///Creates a new event filter for the [`RecordSigned`] event.
        pub fn RecordSigned_filter(&self) -> alloy_contract::Event<&P, RecordSigned, N> {
            self.event_filter::<RecordSigned>()
        }
    }
}
