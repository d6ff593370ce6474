///Module containing a contract's types and functions.
/**

```solidity
library IRecordRegistry {
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
    error RecordRegistry__EmptyContentHash();
    error RecordRegistry__InvalidCategory(uint8 category);
    error RecordRegistry__InvalidFhirType(uint8 fhirType);
    error RecordRegistry__InvalidPatient();
    error RecordRegistry__InvalidPurpose(uint8 purpose);
    error RecordRegistry__InvalidRecordCount(uint256 count);
    error RecordRegistry__NoAccessBasis(address patient, uint32 orgId, uint8 category, uint8 purpose, uint8 action);
    error RecordRegistry__NotAuthorOrganization(bytes32 recordId, uint32 orgId);
    error RecordRegistry__PatientMismatch(bytes32 recordId, address patient);
    error RecordRegistry__RecordEnteredInError(bytes32 recordId);
    error RecordRegistry__RecordExists(bytes32 recordId);
    error RecordRegistry__RecordNotCurrent(bytes32 recordId, uint8 status);
    error RecordRegistry__UnknownRecord(bytes32 recordId);

    event RecordAccessed(bytes32 indexed recordId, address indexed patient, uint32 indexed orgId, address practitioner, uint8 purpose, uint8 basis);
    event RecordAdded(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address practitioner, uint8 category, uint8 fhirType, bytes32 contentHash, bytes32 supersedes, uint8 purpose, uint8 basis);
    event RecordRetracted(bytes32 indexed recordId, address indexed patient, uint32 indexed authorOrg, address practitioner);

    constructor(address organizations_);

    function addRecord(address patient, uint8 category, uint8 fhirType, bytes32 contentHash, bytes32 supersedes, uint8 purpose) external returns (bytes32 recordId);
    function checkRecordAccess(bytes32 recordId, uint32 orgId, uint8 purpose) external view returns (bool allowed, uint8 basis);
    function consents() external view returns (address);
    function locatorOf(bytes32 recordId) external view returns (string memory fhirEndpoint, bytes32 id);
    function logAccess(address patient, bytes32[] memory recordIds, uint8 purpose) external;
    function organizations() external view returns (address);
    function predecessorOf(bytes32 recordId) external view returns (bytes32);
    function recordIdFor(address patient, uint32 authorOrg, uint8 category, bytes32 contentHash) external pure returns (bytes32);
    function recordOf(bytes32 recordId) external view returns (IRecordRegistry.Record memory);
    function retractRecord(bytes32 recordId) external;
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
    ///0x60c080604052346100f857602081611a76803803809161001f828561010f565b8339810103126100f857516001600160a01b038116908181036100f857608052604051637e0b281760e11b815290602090829060049082905afa908115610104575f916100be575b506001600160a01b031660a05260405161192f9081610147823960805181818161113c0152611313015260a05181818160df015281816101890152818161053801528181610ca70152818161151001526115f00152f35b90506020813d6020116100fc575b816100d96020938361010f565b810103126100f857516001600160a01b03811681036100f8575f610067565b5f80fd5b3d91506100cc565b6040513d5f823e3d90fd5b601f909101601f19168101906001600160401b0382119082101761013257604052565b634e487b7160e01b5f52604160045260245ffdfe6080806040526004361015610012575f80fd5b5f3560e01c90816306e5cbec1461133757508063234db1de146112c9578063254eac7f1461126b578063367f8871146110af57806357dbce181461104f578063603759d414610f9e57806398269c4a14610b96578063d1c60a3a14610aae578063d1da30e414610431578063fb9ee45d146101075763fc16502e14610095575f80fd5b34610103575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346101035760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610103576004356040517f025de1c10000000000000000000000000000000000000000000000000000000081523360048201526001602482015260608160448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610426575f91610376575b50815f525f60205260405f20805460ff8160d01c1690811561034a5763ffffffff908185511691829160a01c160361031b5750600181036102ec575073ffffffffffffffffffffffffffffffffffffffff817a0300000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff945416178155845f52600160205260405f205480610299575b505416915116917fc996516dc01d35f23fa9b072b445066f0d46ae903e8d90899d26dfe5a766dad26020604051338152a4005b5f525f60205260405f207a0100000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905585610266565b837fd34934a9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847f4f27cbaf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90506060813d60601161041e575b81610391606093836113dd565b810103126101035760405190606082019082821067ffffffffffffffff8311176103f15760409182526103c38161168c565b83526103d16020820161142b565b6020840152015164ffffffffff81168103610103576040820152826101b9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b3d9150610384565b6040513d5f823e3d90fd5b346101035760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101035761046861137b565b60243560ff8116918282036101035761047f6113b1565b60a4359160ff83166084356064358286036101035773ffffffffffffffffffffffffffffffffffffffff8416948515610a86576012891015610a5a5760ff169687158015610a50575b610a245760078410156109f85781156109d057604051967fac14a9920000000000000000000000000000000000000000000000000000000088523360048901528660248901526001604489015284606489015260408860848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610426575f985f92610993575b5060ff9161057a918442926118be565b169485156109435761058e918884926116ea565b96875f525f60205260ff60405f205460d01c1661091757826107af575b937f8efaf2081076ea980441552e8bb54e813e752dfcef2c8ccd60a10d1d582f7e539360e09360209a938a976040516105e3816113c1565b8a81528963ffffffff8f83019d169c8d815260408301908982526060840185815260808501926001845260a086019464ffffffffff421686525f5260205f90527fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff73ffffffffffffffffffffffffffffffffffffffff60405f209751167fffffffffffffff0000000000000000000000000000000000000000000000000079ff0000000000000000000000000000000000000000000000000078ff00000000000000000000000000000000000000000000000077ffffffff00000000000000000000000000000000000000008b54985160a01b16955160c01b16955160c81b16951617161717178355517fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff7aff00000000000000000000000000000000000000000000000000008085549360d01b16169116178255517affffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffff00000000000000000000000000000000000000000000000000000083549260d81b169116179055604051953387528d87015260408601526060850152608084015260a083015260c0820152a4604051908152f35b825f525f60205260405f20805460ff8160d01c169081156108eb578873ffffffffffffffffffffffffffffffffffffffff8216036108bb5763ffffffff8a81169160a01c1681900361088c57506001810361085d575080547fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff167a0200000000000000000000000000000000000000000000000000001790555f8881526001602052604090208390556105ab565b847fd34934a9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857f4f27cbaf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b88867f65641083000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877fe7cfdfa9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60a487868c63ffffffff8c604051947f2bc0c63a00000000000000000000000000000000000000000000000000000000865260048601521660248401526044830152606482015260016084820152fd5b61057a91995060ff92506109be9060403d6040116109c9575b6109b681836113dd565b81019061169d565b99909992509061056a565b503d6109ac565b7fc6bbf524000000000000000000000000000000000000000000000000000000005f5260045ffd5b837fbfeee6c8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877f3cbf41ec000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50601c88116104c8565b887f72663cab000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f03314f91000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101035760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357610ae56116ba565b506004355f525f60205260c060405f2064ffffffffff60405191610b08836113c1565b5460ff73ffffffffffffffffffffffffffffffffffffffff821693848152816020820163ffffffff8560a01c168152816040840181878b1c16815263ffffffff6060860193838960c81c16855260a06080880197858b60d01c168952019860d81c89526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b346101035760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357610bcd61137b565b6024359067ffffffffffffffff821161010357366023830112156101035781600401359067ffffffffffffffff8211610103573660248360051b8501011161010357610c176113b1565b9282158015610f93575b610f675760ff8416936007851015610f3b57604051907fac14a99200000000000000000000000000000000000000000000000000000000825233600483015273ffffffffffffffffffffffffffffffffffffffff8416928360248401525f604484015286606484015260408360848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610426575f935f92610f17575b505f5b87811015610f155760248160051b83010135805f525f60205260405f209060405191610d07836113c1565b5473ffffffffffffffffffffffffffffffffffffffff81168352602083019063ffffffff8160a01c168252604084019360ff8260c01c16855260ff8260c81c16606082015260ff8260d01c16608082019281845260d81c60a083015215610ee95773ffffffffffffffffffffffffffffffffffffffff8b91511603610eb9575160ff16600314610e8d578b939291899163ffffffff60039151169363ffffffff8b16809503610df4575b50606060019660ff7faa4af1706410e4e8247e1cd2cfd0c750199500d03ba9290a346c146a5b3b325293604051923384526020840152166040820152a401610cdc565b91939495505060ff91505116610e0c428883896117eb565b9060ff821615610e22579189918d959493610db1565b6040517f2bc0c63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8c16600482015263ffffffff8a16602482015260ff918216604482015290881660648201525f608482015260a490fd5b507f529fe373000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b89837f65641083000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b837ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b005b909350610f33915060403d6040116109c9576109b681836113dd565b909288610cd9565b847fbfeee6c8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827fbfd03a37000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506101008311610c21565b346101035760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610103576020600435805f525f825260405f20549060ff8260d01c16918215159283611043575b5082611003575b50506040519015158152f35b61103b9192506024359060ff8160c01c169073ffffffffffffffffffffffffffffffffffffffff63ffffffff8260a01c1691166116ea565b148280610ff7565b60031415925084610ff0565b346101035760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357604060ff61109e61108d61139e565b6110956113b1565b90600435611439565b835191151582529091166020820152f35b346101035760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101035760043563ffffffff60206110f18361173c565b015116604051907f28b3a04000000000000000000000000000000000000000000000000000000000825260048201525f8160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015610426575f906111c3575b606091507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f6020604051958694604086528051928391826040890152018787015e5f868387010152602085015201168101030190f35b503d805f833e6111d381836113dd565b8101906020818303126101035780519067ffffffffffffffff821161010357019080601f8301121561010357815167ffffffffffffffff81116103f1576040519161124660207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f85011601846113dd565b81835260208285010111610103576020815f9282606096018386015e8301015261116b565b346101035760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101035760206112c16112a761137b565b6112af61139e565b6112b76113b1565b90606435926116ea565b604051908152f35b34610103575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101035760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610103576020906004355f526001825260405f20548152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361010357565b6024359063ffffffff8216820361010357565b6044359060ff8216820361010357565b60c0810190811067ffffffffffffffff8211176103f157604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176103f157604052565b5190811515820361010357565b519060ff8216820361010357565b92919260ff8416600781101561166157506114539061173c565b600360ff6080830151161480156115a0575b6115965763ffffffff60208201511663ffffffff83161461158a57805160409182015182517f01e38dfc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff92909216600483015263ffffffff909316602482015260ff92831660448201529390911660648401525f6084840152828060a48101038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa918215610426575f905f9361154657509190565b9250506040823d604011611582575b81611562604093836113dd565b810103126101035761157f60206115788461141e565b930161142b565b90565b3d9150611555565b50509050600190600390565b505090505f905f90565b506040517f5e19b30500000000000000000000000000000000000000000000000000000000815263ffffffff8316600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610426575f91611627575b5015611465565b90506020813d602011611659575b81611642602093836113dd565b81010312610103576116539061141e565b5f611620565b3d9150611635565b7fbfeee6c8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b519063ffffffff8216820361010357565b91908260409103126101035760206116b48361168c565b92015190565b604051906116c7826113c1565b5f60a0838281528260208201528260408201528260608201528260808201520152565b92909160ff9063ffffffff6040519473ffffffffffffffffffffffffffffffffffffffff602087019716875216604085015216606083015260808201526080815261173660a0826113dd565b51902090565b906117456116ba565b50815f525f60205260405f20916040519261175f846113c1565b549273ffffffffffffffffffffffffffffffffffffffff8416815263ffffffff8460a01c16602082015260ff8460c01c16604082015260ff8460c81c16606082015260ff8460d01c169384608083015260d81c60a082015292156117c05750565b7ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60ff909116929163ffffffff8216841c600190811614806118a7575b80611898575b80611884575b80611871575b6118685760ff16600114928361184d575b5082611840575b505061183b575f90565b600290565b60d81c1190505f80611831565b60b882901c63ffffffff16901c60019081161492505f61182a565b50505050600190565b5064ffffffffff8260581c168310611819565b508264ffffffffff8360301c161115611813565b506001808360281c161461180d565b5060018060ff8460201c1660ff84161c1614611807565b60ff909116929163ffffffff8216841c60019081161480611918575b8061190957806118845780611871576118685760ff16600114928361184d57508261184057505061183b575f90565b506001808360291c161461180d565b5060018060ff8460201c1660ff84161c16146118da56
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xC0\x80`@R4a\0\xF8W` \x81a\x1Av\x808\x03\x80\x91a\0\x1F\x82\x85a\x01\x0FV[\x839\x81\x01\x03\x12a\0\xF8WQ`\x01`\x01`\xA0\x1B\x03\x81\x16\x90\x81\x81\x03a\0\xF8W`\x80R`@Qc~\x0B(\x17`\xE1\x1B\x81R\x90` \x90\x82\x90`\x04\x90\x82\x90Z\xFA\x90\x81\x15a\x01\x04W_\x91a\0\xBEW[P`\x01`\x01`\xA0\x1B\x03\x16`\xA0R`@Qa\x19/\x90\x81a\x01G\x829`\x80Q\x81\x81\x81a\x11<\x01Ra\x13\x13\x01R`\xA0Q\x81\x81\x81`\xDF\x01R\x81\x81a\x01\x89\x01R\x81\x81a\x058\x01R\x81\x81a\x0C\xA7\x01R\x81\x81a\x15\x10\x01Ra\x15\xF0\x01R\xF3[\x90P` \x81=` \x11a\0\xFCW[\x81a\0\xD9` \x93\x83a\x01\x0FV[\x81\x01\x03\x12a\0\xF8WQ`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x03a\0\xF8W_a\0gV[_\x80\xFD[=\x91Pa\0\xCCV[`@Q=_\x82>=\x90\xFD[`\x1F\x90\x91\x01`\x1F\x19\x16\x81\x01\x90`\x01`\x01`@\x1B\x03\x82\x11\x90\x82\x10\x17a\x012W`@RV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD\xFE`\x80\x80`@R`\x046\x10\x15a\0\x12W_\x80\xFD[_5`\xE0\x1C\x90\x81c\x06\xE5\xCB\xEC\x14a\x137WP\x80c#M\xB1\xDE\x14a\x12\xC9W\x80c%N\xAC\x7F\x14a\x12kW\x80c6\x7F\x88q\x14a\x10\xAFW\x80cW\xDB\xCE\x18\x14a\x10OW\x80c`7Y\xD4\x14a\x0F\x9EW\x80c\x98&\x9CJ\x14a\x0B\x96W\x80c\xD1\xC6\n:\x14a\n\xAEW\x80c\xD1\xDA0\xE4\x14a\x041W\x80c\xFB\x9E\xE4]\x14a\x01\x07Wc\xFC\x16P.\x14a\0\x95W_\x80\xFD[4a\x01\x03W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[_\x80\xFD[4a\x01\x03W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W`\x045`@Q\x7F\x02]\xE1\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`\x01`$\x82\x01R``\x81`D\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04&W_\x91a\x03vW[P\x81_R_` R`@_ \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x03JWc\xFF\xFF\xFF\xFF\x90\x81\x85Q\x16\x91\x82\x91`\xA0\x1C\x16\x03a\x03\x1BWP`\x01\x81\x03a\x02\xECWPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81z\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x94T\x16\x17\x81U\x84_R`\x01` R`@_ T\x80a\x02\x99W[PT\x16\x91Q\x16\x91\x7F\xC9\x96Qm\xC0\x1D5\xF2?\xA9\xB0r\xB4E\x06o\rF\xAE\x90>\x8D\x90\x89\x9D&\xDF\xE5\xA7f\xDA\xD2` `@Q3\x81R\xA4\0[_R_` R`@_ z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U\x85a\x02fV[\x83\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x84\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x84\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90P``\x81=``\x11a\x04\x1EW[\x81a\x03\x91``\x93\x83a\x13\xDDV[\x81\x01\x03\x12a\x01\x03W`@Q\x90``\x82\x01\x90\x82\x82\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x17a\x03\xF1W`@\x91\x82Ra\x03\xC3\x81a\x16\x8CV[\x83Ra\x03\xD1` \x82\x01a\x14+V[` \x84\x01R\x01Qd\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x01\x03W`@\x82\x01R\x82a\x01\xB9V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[=\x91Pa\x03\x84V[`@Q=_\x82>=\x90\xFD[4a\x01\x03W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03Wa\x04ha\x13{V[`$5`\xFF\x81\x16\x91\x82\x82\x03a\x01\x03Wa\x04\x7Fa\x13\xB1V[`\xA45\x91`\xFF\x83\x16`\x845`d5\x82\x86\x03a\x01\x03Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x94\x85\x15a\n\x86W`\x12\x89\x10\x15a\nZW`\xFF\x16\x96\x87\x15\x80\x15a\nPW[a\n$W`\x07\x84\x10\x15a\t\xF8W\x81\x15a\t\xD0W`@Q\x96\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88R3`\x04\x89\x01R\x86`$\x89\x01R`\x01`D\x89\x01R\x84`d\x89\x01R`@\x88`\x84\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04&W_\x98_\x92a\t\x93W[P`\xFF\x91a\x05z\x91\x84B\x92a\x18\xBEV[\x16\x94\x85\x15a\tCWa\x05\x8E\x91\x88\x84\x92a\x16\xEAV[\x96\x87_R_` R`\xFF`@_ T`\xD0\x1C\x16a\t\x17W\x82a\x07\xAFW[\x93\x7F\x8E\xFA\xF2\x08\x10v\xEA\x98\x04AU.\x8B\xB5N\x81>u-\xFC\xEF,\x8C\xCD`\xA1\r\x1DX/~S\x93`\xE0\x93` \x9A\x93\x8A\x97`@Qa\x05\xE3\x81a\x13\xC1V[\x8A\x81R\x89c\xFF\xFF\xFF\xFF\x8F\x83\x01\x9D\x16\x9C\x8D\x81R`@\x83\x01\x90\x89\x82R``\x84\x01\x85\x81R`\x80\x85\x01\x92`\x01\x84R`\xA0\x86\x01\x94d\xFF\xFF\xFF\xFF\xFFB\x16\x86R_R` _\x90R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@_ \x97Q\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0x\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8BT\x98Q`\xA0\x1B\x16\x95Q`\xC0\x1B\x16\x95Q`\xC8\x1B\x16\x95\x16\x17\x16\x17\x17\x17\x83UQ\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85T\x93`\xD0\x1B\x16\x16\x91\x16\x17\x82UQz\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD8\x1B\x16\x91\x16\x17\x90U`@Q\x953\x87R\x8D\x87\x01R`@\x86\x01R``\x85\x01R`\x80\x84\x01R`\xA0\x83\x01R`\xC0\x82\x01R\xA4`@Q\x90\x81R\xF3[\x82_R_` R`@_ \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x08\xEBW\x88s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x08\xBBWc\xFF\xFF\xFF\xFF\x8A\x81\x16\x91`\xA0\x1C\x16\x81\x90\x03a\x08\x8CWP`\x01\x81\x03a\x08]WP\x80T\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U_\x88\x81R`\x01` R`@\x90 \x83\x90Ua\x05\xABV[\x84\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x85\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x88\x86\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x85\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x87\x7F\xE7\xCF\xDF\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xA4\x87\x86\x8Cc\xFF\xFF\xFF\xFF\x8C`@Q\x94\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86R`\x04\x86\x01R\x16`$\x84\x01R`D\x83\x01R`d\x82\x01R`\x01`\x84\x82\x01R\xFD[a\x05z\x91\x99P`\xFF\x92Pa\t\xBE\x90`@=`@\x11a\t\xC9W[a\t\xB6\x81\x83a\x13\xDDV[\x81\x01\x90a\x16\x9DV[\x99\x90\x99\x92P\x90a\x05jV[P=a\t\xACV[\x7F\xC6\xBB\xF5$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x83\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x87\x7F<\xBFA\xEC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x1C\x88\x11a\x04\xC8V[\x88\x7Frf<\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\x031O\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[4a\x01\x03W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03Wa\n\xE5a\x16\xBAV[P`\x045_R_` R`\xC0`@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a\x0B\x08\x83a\x13\xC1V[T`\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x93\x84\x81R\x81` \x82\x01c\xFF\xFF\xFF\xFF\x85`\xA0\x1C\x16\x81R\x81`@\x84\x01\x81\x87\x8B\x1C\x16\x81Rc\xFF\xFF\xFF\xFF``\x86\x01\x93\x83\x89`\xC8\x1C\x16\x85R`\xA0`\x80\x88\x01\x97\x85\x8B`\xD0\x1C\x16\x89R\x01\x98`\xD8\x1C\x89R`@Q\x9A\x8BRQ\x16` \x8A\x01RQ\x16`@\x88\x01RQ\x16``\x86\x01RQ\x16`\x80\x84\x01RQ\x16`\xA0\x82\x01R\xF3[4a\x01\x03W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03Wa\x0B\xCDa\x13{V[`$5\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a\x01\x03W6`#\x83\x01\x12\x15a\x01\x03W\x81`\x04\x015\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a\x01\x03W6`$\x83`\x05\x1B\x85\x01\x01\x11a\x01\x03Wa\x0C\x17a\x13\xB1V[\x92\x82\x15\x80\x15a\x0F\x93W[a\x0FgW`\xFF\x84\x16\x93`\x07\x85\x10\x15a\x0F;W`@Q\x90\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R3`\x04\x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x92\x83`$\x84\x01R_`D\x84\x01R\x86`d\x84\x01R`@\x83`\x84\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04&W_\x93_\x92a\x0F\x17W[P_[\x87\x81\x10\x15a\x0F\x15W`$\x81`\x05\x1B\x83\x01\x015\x80_R_` R`@_ \x90`@Q\x91a\r\x07\x83a\x13\xC1V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83R` \x83\x01\x90c\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x82R`@\x84\x01\x93`\xFF\x82`\xC0\x1C\x16\x85R`\xFF\x82`\xC8\x1C\x16``\x82\x01R`\xFF\x82`\xD0\x1C\x16`\x80\x82\x01\x92\x81\x84R`\xD8\x1C`\xA0\x83\x01R\x15a\x0E\xE9Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x91Q\x16\x03a\x0E\xB9WQ`\xFF\x16`\x03\x14a\x0E\x8DW\x8B\x93\x92\x91\x89\x91c\xFF\xFF\xFF\xFF`\x03\x91Q\x16\x93c\xFF\xFF\xFF\xFF\x8B\x16\x80\x95\x03a\r\xF4W[P```\x01\x96`\xFF\x7F\xAAJ\xF1pd\x10\xE4\xE8$~\x1C\xD2\xCF\xD0\xC7P\x19\x95\0\xD0;\xA9)\n4l\x14j[;2R\x93`@Q\x923\x84R` \x84\x01R\x16`@\x82\x01R\xA4\x01a\x0C\xDCV[\x91\x93\x94\x95PP`\xFF\x91PQ\x16a\x0E\x0CB\x88\x83\x89a\x17\xEBV[\x90`\xFF\x82\x16\x15a\x0E\"W\x91\x89\x91\x8D\x95\x94\x93a\r\xB1V[`@Q\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x8A\x16`$\x82\x01R`\xFF\x91\x82\x16`D\x82\x01R\x90\x88\x16`d\x82\x01R_`\x84\x82\x01R`\xA4\x90\xFD[P\x7FR\x9F\xE3s\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x89\x83\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x83\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\0[\x90\x93Pa\x0F3\x91P`@=`@\x11a\t\xC9Wa\t\xB6\x81\x83a\x13\xDDV[\x90\x92\x88a\x0C\xD9V[\x84\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x82\x7F\xBF\xD0:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pa\x01\0\x83\x11a\x0C!V[4a\x01\x03W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` `\x045\x80_R_\x82R`@_ T\x90`\xFF\x82`\xD0\x1C\x16\x91\x82\x15\x15\x92\x83a\x10CW[P\x82a\x10\x03W[PP`@Q\x90\x15\x15\x81R\xF3[a\x10;\x91\x92P`$5\x90`\xFF\x81`\xC0\x1C\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x82`\xA0\x1C\x16\x91\x16a\x16\xEAV[\x14\x82\x80a\x0F\xF7V[`\x03\x14\x15\x92P\x84a\x0F\xF0V[4a\x01\x03W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W`@`\xFFa\x10\x9Ea\x10\x8Da\x13\x9EV[a\x10\x95a\x13\xB1V[\x90`\x045a\x149V[\x83Q\x91\x15\x15\x82R\x90\x91\x16` \x82\x01R\xF3[4a\x01\x03W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W`\x045c\xFF\xFF\xFF\xFF` a\x10\xF1\x83a\x17<V[\x01Q\x16`@Q\x90\x7F(\xB3\xA0@\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R_\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a\x04&W_\x90a\x11\xC3W[``\x91P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F` `@Q\x95\x86\x94`@\x86R\x80Q\x92\x83\x91\x82`@\x89\x01R\x01\x87\x87\x01^_\x86\x83\x87\x01\x01R` \x85\x01R\x01\x16\x81\x01\x03\x01\x90\xF3[P=\x80_\x83>a\x11\xD3\x81\x83a\x13\xDDV[\x81\x01\x90` \x81\x83\x03\x12a\x01\x03W\x80Q\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a\x01\x03W\x01\x90\x80`\x1F\x83\x01\x12\x15a\x01\x03W\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x03\xF1W`@Q\x91a\x12F` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x85\x01\x16\x01\x84a\x13\xDDV[\x81\x83R` \x82\x85\x01\x01\x11a\x01\x03W` \x81_\x92\x82``\x96\x01\x83\x86\x01^\x83\x01\x01Ra\x11kV[4a\x01\x03W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` a\x12\xC1a\x12\xA7a\x13{V[a\x12\xAFa\x13\x9EV[a\x12\xB7a\x13\xB1V[\x90`d5\x92a\x16\xEAV[`@Q\x90\x81R\xF3[4a\x01\x03W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[4a\x01\x03W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` \x90`\x045_R`\x01\x82R`@_ T\x81R\xF3[`\x045\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x01\x03WV[`$5\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x01\x03WV[`D5\x90`\xFF\x82\x16\x82\x03a\x01\x03WV[`\xC0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a\x03\xF1W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a\x03\xF1W`@RV[Q\x90\x81\x15\x15\x82\x03a\x01\x03WV[Q\x90`\xFF\x82\x16\x82\x03a\x01\x03WV[\x92\x91\x92`\xFF\x84\x16`\x07\x81\x10\x15a\x16aWPa\x14S\x90a\x17<V[`\x03`\xFF`\x80\x83\x01Q\x16\x14\x80\x15a\x15\xA0W[a\x15\x96Wc\xFF\xFF\xFF\xFF` \x82\x01Q\x16c\xFF\xFF\xFF\xFF\x83\x16\x14a\x15\x8AW\x80Q`@\x91\x82\x01Q\x82Q\x7F\x01\xE3\x8D\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16`\x04\x83\x01Rc\xFF\xFF\xFF\xFF\x90\x93\x16`$\x82\x01R`\xFF\x92\x83\x16`D\x82\x01R\x93\x90\x91\x16`d\x84\x01R_`\x84\x84\x01R\x82\x80`\xA4\x81\x01\x03\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x91\x82\x15a\x04&W_\x90_\x93a\x15FWP\x91\x90V[\x92PP`@\x82=`@\x11a\x15\x82W[\x81a\x15b`@\x93\x83a\x13\xDDV[\x81\x01\x03\x12a\x01\x03Wa\x15\x7F` a\x15x\x84a\x14\x1EV[\x93\x01a\x14+V[\x90V[=\x91Pa\x15UV[PP\x90P`\x01\x90`\x03\x90V[PP\x90P_\x90_\x90V[P`@Q\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R` \x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04&W_\x91a\x16'W[P\x15a\x14eV[\x90P` \x81=` \x11a\x16YW[\x81a\x16B` \x93\x83a\x13\xDDV[\x81\x01\x03\x12a\x01\x03Wa\x16S\x90a\x14\x1EV[_a\x16 V[=\x91Pa\x165V[\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Q\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x01\x03WV[\x91\x90\x82`@\x91\x03\x12a\x01\x03W` a\x16\xB4\x83a\x16\x8CV[\x92\x01Q\x90V[`@Q\x90a\x16\xC7\x82a\x13\xC1V[_`\xA0\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x01RV[\x92\x90\x91`\xFF\x90c\xFF\xFF\xFF\xFF`@Q\x94s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x87\x01\x97\x16\x87R\x16`@\x85\x01R\x16``\x83\x01R`\x80\x82\x01R`\x80\x81Ra\x176`\xA0\x82a\x13\xDDV[Q\x90 \x90V[\x90a\x17Ea\x16\xBAV[P\x81_R_` R`@_ \x91`@Q\x92a\x17_\x84a\x13\xC1V[T\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x81Rc\xFF\xFF\xFF\xFF\x84`\xA0\x1C\x16` \x82\x01R`\xFF\x84`\xC0\x1C\x16`@\x82\x01R`\xFF\x84`\xC8\x1C\x16``\x82\x01R`\xFF\x84`\xD0\x1C\x16\x93\x84`\x80\x83\x01R`\xD8\x1C`\xA0\x82\x01R\x92\x15a\x17\xC0WPV[\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xFF\x90\x91\x16\x92\x91c\xFF\xFF\xFF\xFF\x82\x16\x84\x1C`\x01\x90\x81\x16\x14\x80a\x18\xA7W[\x80a\x18\x98W[\x80a\x18\x84W[\x80a\x18qW[a\x18hW`\xFF\x16`\x01\x14\x92\x83a\x18MW[P\x82a\x18@W[PPa\x18;W_\x90V[`\x02\x90V[`\xD8\x1C\x11\x90P_\x80a\x181V[`\xB8\x82\x90\x1Cc\xFF\xFF\xFF\xFF\x16\x90\x1C`\x01\x90\x81\x16\x14\x92P_a\x18*V[PPPP`\x01\x90V[Pd\xFF\xFF\xFF\xFF\xFF\x82`X\x1C\x16\x83\x10a\x18\x19V[P\x82d\xFF\xFF\xFF\xFF\xFF\x83`0\x1C\x16\x11\x15a\x18\x13V[P`\x01\x80\x83`(\x1C\x16\x14a\x18\rV[P`\x01\x80`\xFF\x84` \x1C\x16`\xFF\x84\x16\x1C\x16\x14a\x18\x07V[`\xFF\x90\x91\x16\x92\x91c\xFF\xFF\xFF\xFF\x82\x16\x84\x1C`\x01\x90\x81\x16\x14\x80a\x19\x18W[\x80a\x19\tW\x80a\x18\x84W\x80a\x18qWa\x18hW`\xFF\x16`\x01\x14\x92\x83a\x18MWP\x82a\x18@WPPa\x18;W_\x90V[P`\x01\x80\x83`)\x1C\x16\x14a\x18\rV[P`\x01\x80`\xFF\x84` \x1C\x16`\xFF\x84\x16\x1C\x16\x14a\x18\xDAV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x6080806040526004361015610012575f80fd5b5f3560e01c90816306e5cbec1461133757508063234db1de146112c9578063254eac7f1461126b578063367f8871146110af57806357dbce181461104f578063603759d414610f9e57806398269c4a14610b96578063d1c60a3a14610aae578063d1da30e414610431578063fb9ee45d146101075763fc16502e14610095575f80fd5b34610103575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346101035760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610103576004356040517f025de1c10000000000000000000000000000000000000000000000000000000081523360048201526001602482015260608160448173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610426575f91610376575b50815f525f60205260405f20805460ff8160d01c1690811561034a5763ffffffff908185511691829160a01c160361031b5750600181036102ec575073ffffffffffffffffffffffffffffffffffffffff817a0300000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff945416178155845f52600160205260405f205480610299575b505416915116917fc996516dc01d35f23fa9b072b445066f0d46ae903e8d90899d26dfe5a766dad26020604051338152a4005b5f525f60205260405f207a0100000000000000000000000000000000000000000000000000007fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905585610266565b837fd34934a9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847f4f27cbaf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90506060813d60601161041e575b81610391606093836113dd565b810103126101035760405190606082019082821067ffffffffffffffff8311176103f15760409182526103c38161168c565b83526103d16020820161142b565b6020840152015164ffffffffff81168103610103576040820152826101b9565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b3d9150610384565b6040513d5f823e3d90fd5b346101035760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101035761046861137b565b60243560ff8116918282036101035761047f6113b1565b60a4359160ff83166084356064358286036101035773ffffffffffffffffffffffffffffffffffffffff8416948515610a86576012891015610a5a5760ff169687158015610a50575b610a245760078410156109f85781156109d057604051967fac14a9920000000000000000000000000000000000000000000000000000000088523360048901528660248901526001604489015284606489015260408860848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610426575f985f92610993575b5060ff9161057a918442926118be565b169485156109435761058e918884926116ea565b96875f525f60205260ff60405f205460d01c1661091757826107af575b937f8efaf2081076ea980441552e8bb54e813e752dfcef2c8ccd60a10d1d582f7e539360e09360209a938a976040516105e3816113c1565b8a81528963ffffffff8f83019d169c8d815260408301908982526060840185815260808501926001845260a086019464ffffffffff421686525f5260205f90527fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff73ffffffffffffffffffffffffffffffffffffffff60405f209751167fffffffffffffff0000000000000000000000000000000000000000000000000079ff0000000000000000000000000000000000000000000000000078ff00000000000000000000000000000000000000000000000077ffffffff00000000000000000000000000000000000000008b54985160a01b16955160c01b16955160c81b16951617161717178355517fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff7aff00000000000000000000000000000000000000000000000000008085549360d01b16169116178255517affffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffff00000000000000000000000000000000000000000000000000000083549260d81b169116179055604051953387528d87015260408601526060850152608084015260a083015260c0820152a4604051908152f35b825f525f60205260405f20805460ff8160d01c169081156108eb578873ffffffffffffffffffffffffffffffffffffffff8216036108bb5763ffffffff8a81169160a01c1681900361088c57506001810361085d575080547fffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffff167a0200000000000000000000000000000000000000000000000000001790555f8881526001602052604090208390556105ab565b847fd34934a9000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857f4f27cbaf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b88867f65641083000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877fe7cfdfa9000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60a487868c63ffffffff8c604051947f2bc0c63a00000000000000000000000000000000000000000000000000000000865260048601521660248401526044830152606482015260016084820152fd5b61057a91995060ff92506109be9060403d6040116109c9575b6109b681836113dd565b81019061169d565b99909992509061056a565b503d6109ac565b7fc6bbf524000000000000000000000000000000000000000000000000000000005f5260045ffd5b837fbfeee6c8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b877f3cbf41ec000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50601c88116104c8565b887f72663cab000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f03314f91000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101035760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357610ae56116ba565b506004355f525f60205260c060405f2064ffffffffff60405191610b08836113c1565b5460ff73ffffffffffffffffffffffffffffffffffffffff821693848152816020820163ffffffff8560a01c168152816040840181878b1c16815263ffffffff6060860193838960c81c16855260a06080880197858b60d01c168952019860d81c89526040519a8b52511660208a0152511660408801525116606086015251166080840152511660a0820152f35b346101035760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357610bcd61137b565b6024359067ffffffffffffffff821161010357366023830112156101035781600401359067ffffffffffffffff8211610103573660248360051b8501011161010357610c176113b1565b9282158015610f93575b610f675760ff8416936007851015610f3b57604051907fac14a99200000000000000000000000000000000000000000000000000000000825233600483015273ffffffffffffffffffffffffffffffffffffffff8416928360248401525f604484015286606484015260408360848173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610426575f935f92610f17575b505f5b87811015610f155760248160051b83010135805f525f60205260405f209060405191610d07836113c1565b5473ffffffffffffffffffffffffffffffffffffffff81168352602083019063ffffffff8160a01c168252604084019360ff8260c01c16855260ff8260c81c16606082015260ff8260d01c16608082019281845260d81c60a083015215610ee95773ffffffffffffffffffffffffffffffffffffffff8b91511603610eb9575160ff16600314610e8d578b939291899163ffffffff60039151169363ffffffff8b16809503610df4575b50606060019660ff7faa4af1706410e4e8247e1cd2cfd0c750199500d03ba9290a346c146a5b3b325293604051923384526020840152166040820152a401610cdc565b91939495505060ff91505116610e0c428883896117eb565b9060ff821615610e22579189918d959493610db1565b6040517f2bc0c63a00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8c16600482015263ffffffff8a16602482015260ff918216604482015290881660648201525f608482015260a490fd5b507f529fe373000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b89837f65641083000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b837ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b005b909350610f33915060403d6040116109c9576109b681836113dd565b909288610cd9565b847fbfeee6c8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827fbfd03a37000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506101008311610c21565b346101035760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610103576020600435805f525f825260405f20549060ff8260d01c16918215159283611043575b5082611003575b50506040519015158152f35b61103b9192506024359060ff8160c01c169073ffffffffffffffffffffffffffffffffffffffff63ffffffff8260a01c1691166116ea565b148280610ff7565b60031415925084610ff0565b346101035760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357604060ff61109e61108d61139e565b6110956113b1565b90600435611439565b835191151582529091166020820152f35b346101035760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101035760043563ffffffff60206110f18361173c565b015116604051907f28b3a04000000000000000000000000000000000000000000000000000000000825260048201525f8160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015610426575f906111c3575b606091507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f6020604051958694604086528051928391826040890152018787015e5f868387010152602085015201168101030190f35b503d805f833e6111d381836113dd565b8101906020818303126101035780519067ffffffffffffffff821161010357019080601f8301121561010357815167ffffffffffffffff81116103f1576040519161124660207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f85011601846113dd565b81835260208285010111610103576020815f9282606096018386015e8301015261116b565b346101035760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101035760206112c16112a761137b565b6112af61139e565b6112b76113b1565b90606435926116ea565b604051908152f35b34610103575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261010357602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346101035760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc360112610103576020906004355f526001825260405f20548152f35b6004359073ffffffffffffffffffffffffffffffffffffffff8216820361010357565b6024359063ffffffff8216820361010357565b6044359060ff8216820361010357565b60c0810190811067ffffffffffffffff8211176103f157604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176103f157604052565b5190811515820361010357565b519060ff8216820361010357565b92919260ff8416600781101561166157506114539061173c565b600360ff6080830151161480156115a0575b6115965763ffffffff60208201511663ffffffff83161461158a57805160409182015182517f01e38dfc00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff92909216600483015263ffffffff909316602482015260ff92831660448201529390911660648401525f6084840152828060a48101038173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa918215610426575f905f9361154657509190565b9250506040823d604011611582575b81611562604093836113dd565b810103126101035761157f60206115788461141e565b930161142b565b90565b3d9150611555565b50509050600190600390565b505090505f905f90565b506040517f5e19b30500000000000000000000000000000000000000000000000000000000815263ffffffff8316600482015260208160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610426575f91611627575b5015611465565b90506020813d602011611659575b81611642602093836113dd565b81010312610103576116539061141e565b5f611620565b3d9150611635565b7fbfeee6c8000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b519063ffffffff8216820361010357565b91908260409103126101035760206116b48361168c565b92015190565b604051906116c7826113c1565b5f60a0838281528260208201528260408201528260608201528260808201520152565b92909160ff9063ffffffff6040519473ffffffffffffffffffffffffffffffffffffffff602087019716875216604085015216606083015260808201526080815261173660a0826113dd565b51902090565b906117456116ba565b50815f525f60205260405f20916040519261175f846113c1565b549273ffffffffffffffffffffffffffffffffffffffff8416815263ffffffff8460a01c16602082015260ff8460c01c16604082015260ff8460c81c16606082015260ff8460d01c169384608083015260d81c60a082015292156117c05750565b7ff93a05f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60ff909116929163ffffffff8216841c600190811614806118a7575b80611898575b80611884575b80611871575b6118685760ff16600114928361184d575b5082611840575b505061183b575f90565b600290565b60d81c1190505f80611831565b60b882901c63ffffffff16901c60019081161492505f61182a565b50505050600190565b5064ffffffffff8260581c168310611819565b508264ffffffffff8360301c161115611813565b506001808360281c161461180d565b5060018060ff8460201c1660ff84161c1614611807565b60ff909116929163ffffffff8216841c60019081161480611918575b8061190957806118845780611871576118685760ff16600114928361184d57508261184057505061183b575f90565b506001808360291c161461180d565b5060018060ff8460201c1660ff84161c16146118da56
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80\x80`@R`\x046\x10\x15a\0\x12W_\x80\xFD[_5`\xE0\x1C\x90\x81c\x06\xE5\xCB\xEC\x14a\x137WP\x80c#M\xB1\xDE\x14a\x12\xC9W\x80c%N\xAC\x7F\x14a\x12kW\x80c6\x7F\x88q\x14a\x10\xAFW\x80cW\xDB\xCE\x18\x14a\x10OW\x80c`7Y\xD4\x14a\x0F\x9EW\x80c\x98&\x9CJ\x14a\x0B\x96W\x80c\xD1\xC6\n:\x14a\n\xAEW\x80c\xD1\xDA0\xE4\x14a\x041W\x80c\xFB\x9E\xE4]\x14a\x01\x07Wc\xFC\x16P.\x14a\0\x95W_\x80\xFD[4a\x01\x03W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[_\x80\xFD[4a\x01\x03W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W`\x045`@Q\x7F\x02]\xE1\xC1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`\x01`$\x82\x01R``\x81`D\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04&W_\x91a\x03vW[P\x81_R_` R`@_ \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x03JWc\xFF\xFF\xFF\xFF\x90\x81\x85Q\x16\x91\x82\x91`\xA0\x1C\x16\x03a\x03\x1BWP`\x01\x81\x03a\x02\xECWPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81z\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x94T\x16\x17\x81U\x84_R`\x01` R`@_ T\x80a\x02\x99W[PT\x16\x91Q\x16\x91\x7F\xC9\x96Qm\xC0\x1D5\xF2?\xA9\xB0r\xB4E\x06o\rF\xAE\x90>\x8D\x90\x89\x9D&\xDF\xE5\xA7f\xDA\xD2` `@Q3\x81R\xA4\0[_R_` R`@_ z\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U\x85a\x02fV[\x83\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x84\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x84\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90P``\x81=``\x11a\x04\x1EW[\x81a\x03\x91``\x93\x83a\x13\xDDV[\x81\x01\x03\x12a\x01\x03W`@Q\x90``\x82\x01\x90\x82\x82\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x17a\x03\xF1W`@\x91\x82Ra\x03\xC3\x81a\x16\x8CV[\x83Ra\x03\xD1` \x82\x01a\x14+V[` \x84\x01R\x01Qd\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x01\x03W`@\x82\x01R\x82a\x01\xB9V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[=\x91Pa\x03\x84V[`@Q=_\x82>=\x90\xFD[4a\x01\x03W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03Wa\x04ha\x13{V[`$5`\xFF\x81\x16\x91\x82\x82\x03a\x01\x03Wa\x04\x7Fa\x13\xB1V[`\xA45\x91`\xFF\x83\x16`\x845`d5\x82\x86\x03a\x01\x03Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x94\x85\x15a\n\x86W`\x12\x89\x10\x15a\nZW`\xFF\x16\x96\x87\x15\x80\x15a\nPW[a\n$W`\x07\x84\x10\x15a\t\xF8W\x81\x15a\t\xD0W`@Q\x96\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88R3`\x04\x89\x01R\x86`$\x89\x01R`\x01`D\x89\x01R\x84`d\x89\x01R`@\x88`\x84\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04&W_\x98_\x92a\t\x93W[P`\xFF\x91a\x05z\x91\x84B\x92a\x18\xBEV[\x16\x94\x85\x15a\tCWa\x05\x8E\x91\x88\x84\x92a\x16\xEAV[\x96\x87_R_` R`\xFF`@_ T`\xD0\x1C\x16a\t\x17W\x82a\x07\xAFW[\x93\x7F\x8E\xFA\xF2\x08\x10v\xEA\x98\x04AU.\x8B\xB5N\x81>u-\xFC\xEF,\x8C\xCD`\xA1\r\x1DX/~S\x93`\xE0\x93` \x9A\x93\x8A\x97`@Qa\x05\xE3\x81a\x13\xC1V[\x8A\x81R\x89c\xFF\xFF\xFF\xFF\x8F\x83\x01\x9D\x16\x9C\x8D\x81R`@\x83\x01\x90\x89\x82R``\x84\x01\x85\x81R`\x80\x85\x01\x92`\x01\x84R`\xA0\x86\x01\x94d\xFF\xFF\xFF\xFF\xFFB\x16\x86R_R` _\x90R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@_ \x97Q\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0x\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x8BT\x98Q`\xA0\x1B\x16\x95Q`\xC0\x1B\x16\x95Q`\xC8\x1B\x16\x95\x16\x17\x16\x17\x17\x17\x83UQ\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85T\x93`\xD0\x1B\x16\x16\x91\x16\x17\x82UQz\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xD8\x1B\x16\x91\x16\x17\x90U`@Q\x953\x87R\x8D\x87\x01R`@\x86\x01R``\x85\x01R`\x80\x84\x01R`\xA0\x83\x01R`\xC0\x82\x01R\xA4`@Q\x90\x81R\xF3[\x82_R_` R`@_ \x80T`\xFF\x81`\xD0\x1C\x16\x90\x81\x15a\x08\xEBW\x88s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x08\xBBWc\xFF\xFF\xFF\xFF\x8A\x81\x16\x91`\xA0\x1C\x16\x81\x90\x03a\x08\x8CWP`\x01\x81\x03a\x08]WP\x80T\x7F\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16z\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U_\x88\x81R`\x01` R`@\x90 \x83\x90Ua\x05\xABV[\x84\x7F\xD3I4\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x85\x7FO'\xCB\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x88\x86\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x85\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x87\x7F\xE7\xCF\xDF\xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xA4\x87\x86\x8Cc\xFF\xFF\xFF\xFF\x8C`@Q\x94\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86R`\x04\x86\x01R\x16`$\x84\x01R`D\x83\x01R`d\x82\x01R`\x01`\x84\x82\x01R\xFD[a\x05z\x91\x99P`\xFF\x92Pa\t\xBE\x90`@=`@\x11a\t\xC9W[a\t\xB6\x81\x83a\x13\xDDV[\x81\x01\x90a\x16\x9DV[\x99\x90\x99\x92P\x90a\x05jV[P=a\t\xACV[\x7F\xC6\xBB\xF5$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x83\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x87\x7F<\xBFA\xEC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x1C\x88\x11a\x04\xC8V[\x88\x7Frf<\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\x031O\x91\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[4a\x01\x03W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03Wa\n\xE5a\x16\xBAV[P`\x045_R_` R`\xC0`@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a\x0B\x08\x83a\x13\xC1V[T`\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x93\x84\x81R\x81` \x82\x01c\xFF\xFF\xFF\xFF\x85`\xA0\x1C\x16\x81R\x81`@\x84\x01\x81\x87\x8B\x1C\x16\x81Rc\xFF\xFF\xFF\xFF``\x86\x01\x93\x83\x89`\xC8\x1C\x16\x85R`\xA0`\x80\x88\x01\x97\x85\x8B`\xD0\x1C\x16\x89R\x01\x98`\xD8\x1C\x89R`@Q\x9A\x8BRQ\x16` \x8A\x01RQ\x16`@\x88\x01RQ\x16``\x86\x01RQ\x16`\x80\x84\x01RQ\x16`\xA0\x82\x01R\xF3[4a\x01\x03W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03Wa\x0B\xCDa\x13{V[`$5\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a\x01\x03W6`#\x83\x01\x12\x15a\x01\x03W\x81`\x04\x015\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a\x01\x03W6`$\x83`\x05\x1B\x85\x01\x01\x11a\x01\x03Wa\x0C\x17a\x13\xB1V[\x92\x82\x15\x80\x15a\x0F\x93W[a\x0FgW`\xFF\x84\x16\x93`\x07\x85\x10\x15a\x0F;W`@Q\x90\x7F\xAC\x14\xA9\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R3`\x04\x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x92\x83`$\x84\x01R_`D\x84\x01R\x86`d\x84\x01R`@\x83`\x84\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04&W_\x93_\x92a\x0F\x17W[P_[\x87\x81\x10\x15a\x0F\x15W`$\x81`\x05\x1B\x83\x01\x015\x80_R_` R`@_ \x90`@Q\x91a\r\x07\x83a\x13\xC1V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83R` \x83\x01\x90c\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16\x82R`@\x84\x01\x93`\xFF\x82`\xC0\x1C\x16\x85R`\xFF\x82`\xC8\x1C\x16``\x82\x01R`\xFF\x82`\xD0\x1C\x16`\x80\x82\x01\x92\x81\x84R`\xD8\x1C`\xA0\x83\x01R\x15a\x0E\xE9Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x91Q\x16\x03a\x0E\xB9WQ`\xFF\x16`\x03\x14a\x0E\x8DW\x8B\x93\x92\x91\x89\x91c\xFF\xFF\xFF\xFF`\x03\x91Q\x16\x93c\xFF\xFF\xFF\xFF\x8B\x16\x80\x95\x03a\r\xF4W[P```\x01\x96`\xFF\x7F\xAAJ\xF1pd\x10\xE4\xE8$~\x1C\xD2\xCF\xD0\xC7P\x19\x95\0\xD0;\xA9)\n4l\x14j[;2R\x93`@Q\x923\x84R` \x84\x01R\x16`@\x82\x01R\xA4\x01a\x0C\xDCV[\x91\x93\x94\x95PP`\xFF\x91PQ\x16a\x0E\x0CB\x88\x83\x89a\x17\xEBV[\x90`\xFF\x82\x16\x15a\x0E\"W\x91\x89\x91\x8D\x95\x94\x93a\r\xB1V[`@Q\x7F+\xC0\xC6:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C\x16`\x04\x82\x01Rc\xFF\xFF\xFF\xFF\x8A\x16`$\x82\x01R`\xFF\x91\x82\x16`D\x82\x01R\x90\x88\x16`d\x82\x01R_`\x84\x82\x01R`\xA4\x90\xFD[P\x7FR\x9F\xE3s\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x89\x83\x7Fed\x10\x83\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x83\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\0[\x90\x93Pa\x0F3\x91P`@=`@\x11a\t\xC9Wa\t\xB6\x81\x83a\x13\xDDV[\x90\x92\x88a\x0C\xD9V[\x84\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x82\x7F\xBF\xD0:7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pa\x01\0\x83\x11a\x0C!V[4a\x01\x03W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` `\x045\x80_R_\x82R`@_ T\x90`\xFF\x82`\xD0\x1C\x16\x91\x82\x15\x15\x92\x83a\x10CW[P\x82a\x10\x03W[PP`@Q\x90\x15\x15\x81R\xF3[a\x10;\x91\x92P`$5\x90`\xFF\x81`\xC0\x1C\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x82`\xA0\x1C\x16\x91\x16a\x16\xEAV[\x14\x82\x80a\x0F\xF7V[`\x03\x14\x15\x92P\x84a\x0F\xF0V[4a\x01\x03W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W`@`\xFFa\x10\x9Ea\x10\x8Da\x13\x9EV[a\x10\x95a\x13\xB1V[\x90`\x045a\x149V[\x83Q\x91\x15\x15\x82R\x90\x91\x16` \x82\x01R\xF3[4a\x01\x03W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W`\x045c\xFF\xFF\xFF\xFF` a\x10\xF1\x83a\x17<V[\x01Q\x16`@Q\x90\x7F(\xB3\xA0@\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R_\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a\x04&W_\x90a\x11\xC3W[``\x91P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F` `@Q\x95\x86\x94`@\x86R\x80Q\x92\x83\x91\x82`@\x89\x01R\x01\x87\x87\x01^_\x86\x83\x87\x01\x01R` \x85\x01R\x01\x16\x81\x01\x03\x01\x90\xF3[P=\x80_\x83>a\x11\xD3\x81\x83a\x13\xDDV[\x81\x01\x90` \x81\x83\x03\x12a\x01\x03W\x80Q\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11a\x01\x03W\x01\x90\x80`\x1F\x83\x01\x12\x15a\x01\x03W\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x03\xF1W`@Q\x91a\x12F` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x85\x01\x16\x01\x84a\x13\xDDV[\x81\x83R` \x82\x85\x01\x01\x11a\x01\x03W` \x81_\x92\x82``\x96\x01\x83\x86\x01^\x83\x01\x01Ra\x11kV[4a\x01\x03W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` a\x12\xC1a\x12\xA7a\x13{V[a\x12\xAFa\x13\x9EV[a\x12\xB7a\x13\xB1V[\x90`d5\x92a\x16\xEAV[`@Q\x90\x81R\xF3[4a\x01\x03W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[4a\x01\x03W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\x03W` \x90`\x045_R`\x01\x82R`@_ T\x81R\xF3[`\x045\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x01\x03WV[`$5\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x01\x03WV[`D5\x90`\xFF\x82\x16\x82\x03a\x01\x03WV[`\xC0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a\x03\xF1W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a\x03\xF1W`@RV[Q\x90\x81\x15\x15\x82\x03a\x01\x03WV[Q\x90`\xFF\x82\x16\x82\x03a\x01\x03WV[\x92\x91\x92`\xFF\x84\x16`\x07\x81\x10\x15a\x16aWPa\x14S\x90a\x17<V[`\x03`\xFF`\x80\x83\x01Q\x16\x14\x80\x15a\x15\xA0W[a\x15\x96Wc\xFF\xFF\xFF\xFF` \x82\x01Q\x16c\xFF\xFF\xFF\xFF\x83\x16\x14a\x15\x8AW\x80Q`@\x91\x82\x01Q\x82Q\x7F\x01\xE3\x8D\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16`\x04\x83\x01Rc\xFF\xFF\xFF\xFF\x90\x93\x16`$\x82\x01R`\xFF\x92\x83\x16`D\x82\x01R\x93\x90\x91\x16`d\x84\x01R_`\x84\x84\x01R\x82\x80`\xA4\x81\x01\x03\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x91\x82\x15a\x04&W_\x90_\x93a\x15FWP\x91\x90V[\x92PP`@\x82=`@\x11a\x15\x82W[\x81a\x15b`@\x93\x83a\x13\xDDV[\x81\x01\x03\x12a\x01\x03Wa\x15\x7F` a\x15x\x84a\x14\x1EV[\x93\x01a\x14+V[\x90V[=\x91Pa\x15UV[PP\x90P`\x01\x90`\x03\x90V[PP\x90P_\x90_\x90V[P`@Q\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R` \x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04&W_\x91a\x16'W[P\x15a\x14eV[\x90P` \x81=` \x11a\x16YW[\x81a\x16B` \x93\x83a\x13\xDDV[\x81\x01\x03\x12a\x01\x03Wa\x16S\x90a\x14\x1EV[_a\x16 V[=\x91Pa\x165V[\x7F\xBF\xEE\xE6\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Q\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x01\x03WV[\x91\x90\x82`@\x91\x03\x12a\x01\x03W` a\x16\xB4\x83a\x16\x8CV[\x92\x01Q\x90V[`@Q\x90a\x16\xC7\x82a\x13\xC1V[_`\xA0\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x01RV[\x92\x90\x91`\xFF\x90c\xFF\xFF\xFF\xFF`@Q\x94s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x87\x01\x97\x16\x87R\x16`@\x85\x01R\x16``\x83\x01R`\x80\x82\x01R`\x80\x81Ra\x176`\xA0\x82a\x13\xDDV[Q\x90 \x90V[\x90a\x17Ea\x16\xBAV[P\x81_R_` R`@_ \x91`@Q\x92a\x17_\x84a\x13\xC1V[T\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x81Rc\xFF\xFF\xFF\xFF\x84`\xA0\x1C\x16` \x82\x01R`\xFF\x84`\xC0\x1C\x16`@\x82\x01R`\xFF\x84`\xC8\x1C\x16``\x82\x01R`\xFF\x84`\xD0\x1C\x16\x93\x84`\x80\x83\x01R`\xD8\x1C`\xA0\x82\x01R\x92\x15a\x17\xC0WPV[\x7F\xF9:\x05\xF7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xFF\x90\x91\x16\x92\x91c\xFF\xFF\xFF\xFF\x82\x16\x84\x1C`\x01\x90\x81\x16\x14\x80a\x18\xA7W[\x80a\x18\x98W[\x80a\x18\x84W[\x80a\x18qW[a\x18hW`\xFF\x16`\x01\x14\x92\x83a\x18MW[P\x82a\x18@W[PPa\x18;W_\x90V[`\x02\x90V[`\xD8\x1C\x11\x90P_\x80a\x181V[`\xB8\x82\x90\x1Cc\xFF\xFF\xFF\xFF\x16\x90\x1C`\x01\x90\x81\x16\x14\x92P_a\x18*V[PPPP`\x01\x90V[Pd\xFF\xFF\xFF\xFF\xFF\x82`X\x1C\x16\x83\x10a\x18\x19V[P\x82d\xFF\xFF\xFF\xFF\xFF\x83`0\x1C\x16\x11\x15a\x18\x13V[P`\x01\x80\x83`(\x1C\x16\x14a\x18\rV[P`\x01\x80`\xFF\x84` \x1C\x16`\xFF\x84\x16\x1C\x16\x14a\x18\x07V[`\xFF\x90\x91\x16\x92\x91c\xFF\xFF\xFF\xFF\x82\x16\x84\x1C`\x01\x90\x81\x16\x14\x80a\x19\x18W[\x80a\x19\tW\x80a\x18\x84W\x80a\x18qWa\x18hW`\xFF\x16`\x01\x14\x92\x83a\x18MWP\x82a\x18@WPPa\x18;W_\x90V[P`\x01\x80\x83`)\x1C\x16\x14a\x18\rV[P`\x01\x80`\xFF\x84` \x1C\x16`\xFF\x84\x16\x1C\x16\x14a\x18\xDAV",
    );
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
        addRecord(addRecordCall),
        #[allow(missing_docs)]
        checkRecordAccess(checkRecordAccessCall),
        #[allow(missing_docs)]
        consents(consentsCall),
        #[allow(missing_docs)]
        locatorOf(locatorOfCall),
        #[allow(missing_docs)]
        logAccess(logAccessCall),
        #[allow(missing_docs)]
        organizations(organizationsCall),
        #[allow(missing_docs)]
        predecessorOf(predecessorOfCall),
        #[allow(missing_docs)]
        recordIdFor(recordIdForCall),
        #[allow(missing_docs)]
        recordOf(recordOfCall),
        #[allow(missing_docs)]
        retractRecord(retractRecordCall),
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
            [35u8, 77u8, 177u8, 222u8],
            [37u8, 78u8, 172u8, 127u8],
            [54u8, 127u8, 136u8, 113u8],
            [87u8, 219u8, 206u8, 24u8],
            [96u8, 55u8, 89u8, 212u8],
            [152u8, 38u8, 156u8, 74u8],
            [209u8, 198u8, 10u8, 58u8],
            [209u8, 218u8, 48u8, 228u8],
            [251u8, 158u8, 228u8, 93u8],
            [252u8, 22u8, 80u8, 46u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(predecessorOf),
            ::core::stringify!(organizations),
            ::core::stringify!(recordIdFor),
            ::core::stringify!(locatorOf),
            ::core::stringify!(checkRecordAccess),
            ::core::stringify!(verifyContent),
            ::core::stringify!(logAccess),
            ::core::stringify!(recordOf),
            ::core::stringify!(addRecord),
            ::core::stringify!(retractRecord),
            ::core::stringify!(consents),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <predecessorOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <organizationsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <recordIdForCall as alloy_sol_types::SolCall>::SIGNATURE,
            <locatorOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <checkRecordAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <verifyContentCall as alloy_sol_types::SolCall>::SIGNATURE,
            <logAccessCall as alloy_sol_types::SolCall>::SIGNATURE,
            <recordOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <addRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <retractRecordCall as alloy_sol_types::SolCall>::SIGNATURE,
            <consentsCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 11usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::addRecord(_) => {
                    <addRecordCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::checkRecordAccess(_) => {
                    <checkRecordAccessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::consents(_) => <consentsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::locatorOf(_) => {
                    <locatorOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::logAccess(_) => {
                    <logAccessCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::organizations(_) => {
                    <organizationsCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::predecessorOf(_) => {
                    <predecessorOfCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::recordIdFor(_) => {
                    <recordIdForCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::recordOf(_) => <recordOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::retractRecord(_) => {
                    <retractRecordCall as alloy_sol_types::SolCall>::SELECTOR
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
                    fn locatorOf(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <locatorOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::locatorOf)
                    }
                    locatorOf
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
                    fn logAccess(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<RecordRegistryCalls> {
                        <logAccessCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(RecordRegistryCalls::logAccess)
                    }
                    logAccess
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
                Self::locatorOf(inner) => {
                    <locatorOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::logAccess(inner) => {
                    <logAccessCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::organizations(inner) => {
                    <organizationsCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
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
                Self::retractRecord(inner) => {
                    <retractRecordCall as alloy_sol_types::SolCall>::abi_encoded_size(
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
                Self::organizations(inner) => {
                    <organizationsCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::retractRecord(inner) => {
                    <retractRecordCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
        RecordRegistry__EmptyContentHash(RecordRegistry__EmptyContentHash),
        #[allow(missing_docs)]
        RecordRegistry__InvalidCategory(RecordRegistry__InvalidCategory),
        #[allow(missing_docs)]
        RecordRegistry__InvalidFhirType(RecordRegistry__InvalidFhirType),
        #[allow(missing_docs)]
        RecordRegistry__InvalidPatient(RecordRegistry__InvalidPatient),
        #[allow(missing_docs)]
        RecordRegistry__InvalidPurpose(RecordRegistry__InvalidPurpose),
        #[allow(missing_docs)]
        RecordRegistry__InvalidRecordCount(RecordRegistry__InvalidRecordCount),
        #[allow(missing_docs)]
        RecordRegistry__NoAccessBasis(RecordRegistry__NoAccessBasis),
        #[allow(missing_docs)]
        RecordRegistry__NotAuthorOrganization(RecordRegistry__NotAuthorOrganization),
        #[allow(missing_docs)]
        RecordRegistry__PatientMismatch(RecordRegistry__PatientMismatch),
        #[allow(missing_docs)]
        RecordRegistry__RecordEnteredInError(RecordRegistry__RecordEnteredInError),
        #[allow(missing_docs)]
        RecordRegistry__RecordExists(RecordRegistry__RecordExists),
        #[allow(missing_docs)]
        RecordRegistry__RecordNotCurrent(RecordRegistry__RecordNotCurrent),
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
            [43u8, 192u8, 198u8, 58u8],
            [60u8, 191u8, 65u8, 236u8],
            [79u8, 39u8, 203u8, 175u8],
            [82u8, 159u8, 227u8, 115u8],
            [101u8, 100u8, 16u8, 131u8],
            [114u8, 102u8, 60u8, 171u8],
            [191u8, 208u8, 58u8, 55u8],
            [191u8, 238u8, 230u8, 200u8],
            [198u8, 187u8, 245u8, 36u8],
            [211u8, 73u8, 52u8, 169u8],
            [231u8, 207u8, 223u8, 169u8],
            [249u8, 58u8, 5u8, 247u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(RecordRegistry__InvalidPatient),
            ::core::stringify!(RecordRegistry__NoAccessBasis),
            ::core::stringify!(RecordRegistry__InvalidFhirType),
            ::core::stringify!(RecordRegistry__NotAuthorOrganization),
            ::core::stringify!(RecordRegistry__RecordEnteredInError),
            ::core::stringify!(RecordRegistry__PatientMismatch),
            ::core::stringify!(RecordRegistry__InvalidCategory),
            ::core::stringify!(RecordRegistry__InvalidRecordCount),
            ::core::stringify!(RecordRegistry__InvalidPurpose),
            ::core::stringify!(RecordRegistry__EmptyContentHash),
            ::core::stringify!(RecordRegistry__RecordNotCurrent),
            ::core::stringify!(RecordRegistry__RecordExists),
            ::core::stringify!(RecordRegistry__UnknownRecord),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <RecordRegistry__InvalidPatient as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__NoAccessBasis as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidFhirType as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__NotAuthorOrganization as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__RecordEnteredInError as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__PatientMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidCategory as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidRecordCount as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__InvalidPurpose as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__EmptyContentHash as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__RecordExists as alloy_sol_types::SolError>::SIGNATURE,
            <RecordRegistry__UnknownRecord as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 13usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::RecordRegistry__EmptyContentHash(_) => {
                    <RecordRegistry__EmptyContentHash as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__InvalidCategory(_) => {
                    <RecordRegistry__InvalidCategory as alloy_sol_types::SolError>::SELECTOR
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
                Self::RecordRegistry__NoAccessBasis(_) => {
                    <RecordRegistry__NoAccessBasis as alloy_sol_types::SolError>::SELECTOR
                }
                Self::RecordRegistry__NotAuthorOrganization(_) => {
                    <RecordRegistry__NotAuthorOrganization as alloy_sol_types::SolError>::SELECTOR
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
                Self::RecordRegistry__RecordNotCurrent(_) => {
                    <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::SELECTOR
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
                Self::RecordRegistry__RecordNotCurrent(inner) => {
                    <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::abi_encoded_size(
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
                Self::RecordRegistry__RecordNotCurrent(inner) => {
                    <RecordRegistry__RecordNotCurrent as alloy_sol_types::SolError>::abi_encode_raw(
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
        RecordAccessed(RecordAccessed),
        #[allow(missing_docs)]
        RecordAdded(RecordAdded),
        #[allow(missing_docs)]
        RecordRetracted(RecordRetracted),
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
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(RecordAdded),
            ::core::stringify!(RecordAccessed),
            ::core::stringify!(RecordRetracted),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <RecordAdded as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordAccessed as alloy_sol_types::SolEvent>::SIGNATURE,
            <RecordRetracted as alloy_sol_types::SolEvent>::SIGNATURE,
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
        const COUNT: usize = 3usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
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
                Some(<RecordRetracted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RecordRetracted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RecordRetracted)
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
                Self::RecordAccessed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RecordRetracted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::RecordAccessed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RecordRetracted(inner) => {
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
        ///Creates a new call builder for the [`organizations`] function.
        pub fn organizations(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, organizationsCall, N> {
            self.call_builder(&organizationsCall)
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
        ///Creates a new call builder for the [`retractRecord`] function.
        pub fn retractRecord(
            &self,
            recordId: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, retractRecordCall, N> {
            self.call_builder(&retractRecordCall { recordId })
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
        ///Creates a new event filter for the [`RecordRetracted`] event.
        pub fn RecordRetracted_filter(
            &self,
        ) -> alloy_contract::Event<&P, RecordRetracted, N> {
            self.event_filter::<RecordRetracted>()
        }
    }
}
