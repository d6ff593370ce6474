///Module containing a contract's types and functions.
/**

```solidity
library IOrganizationRegistry {
    struct Organization { address admin; uint8 kind; bool suspended; bool emergencyCapable; uint40 accreditedAt; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IOrganizationRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
struct Organization { address admin; uint8 kind; bool suspended; bool emergencyCapable; uint40 accreditedAt; }
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Organization {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub kind: u8,
        #[allow(missing_docs)]
        pub suspended: bool,
        #[allow(missing_docs)]
        pub emergencyCapable: bool,
        #[allow(missing_docs)]
        pub accreditedAt: alloy::sol_types::private::primitives::aliases::U40,
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
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<40>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            u8,
            bool,
            bool,
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
        impl ::core::convert::From<Organization> for UnderlyingRustTuple<'_> {
            fn from(value: Organization) -> Self {
                (
                    value.admin,
                    value.kind,
                    value.suspended,
                    value.emergencyCapable,
                    value.accreditedAt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Organization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    admin: tuple.0,
                    kind: tuple.1,
                    suspended: tuple.2,
                    emergencyCapable: tuple.3,
                    accreditedAt: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Organization {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Organization {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.suspended,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.emergencyCapable,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::tokenize(&self.accreditedAt),
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
        impl alloy_sol_types::SolType for Organization {
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
        impl alloy_sol_types::SolStruct for Organization {
            const NAME: &'static str = "Organization";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Organization(address admin,uint8 kind,bool suspended,bool emergencyCapable,uint40 accreditedAt)",
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
                            &self.admin,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.kind)
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.suspended,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                            &self.emergencyCapable,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.accreditedAt)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Organization {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.admin,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.kind)
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.suspended,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.emergencyCapable,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        40,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.accreditedAt,
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
                    &rust.admin,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<
                    8,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.kind,
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
                <alloy::sol_types::sol_data::Uint<
                    40,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.accreditedAt,
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
    /**Creates a new wrapper around an on-chain [`IOrganizationRegistry`](self) contract instance.

See the [wrapper's documentation](`IOrganizationRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IOrganizationRegistryInstance<P, N> {
        IOrganizationRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`IOrganizationRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`IOrganizationRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IOrganizationRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IOrganizationRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IOrganizationRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > IOrganizationRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IOrganizationRegistry`](self) contract instance.

See the [wrapper's documentation](`IOrganizationRegistryInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IOrganizationRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IOrganizationRegistryInstance<P, N> {
            IOrganizationRegistryInstance {
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
    > IOrganizationRegistryInstance<P, N> {
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
    > IOrganizationRegistryInstance<P, N> {
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
library IOrganizationRegistry {
    struct Organization {
        address admin;
        uint8 kind;
        bool suspended;
        bool emergencyCapable;
        uint40 accreditedAt;
    }
}

interface OrganizationRegistry {
    struct Practitioner {
        uint32 orgId;
        uint8 role;
        uint40 since;
    }

    error AccessControlBadConfirmation();
    error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
    error OrganizationRegistry__AlreadyPractitioner(address account, uint32 orgId);
    error OrganizationRegistry__InvalidEndpoint(uint256 length);
    error OrganizationRegistry__InvalidKind(uint8 kind);
    error OrganizationRegistry__InvalidRole(uint8 role);
    error OrganizationRegistry__NotOrganizationAdmin(uint32 orgId, address account);
    error OrganizationRegistry__NotPendingAdmin(uint32 orgId, address account);
    error OrganizationRegistry__NotPractitioner(address account, uint32 orgId);
    error OrganizationRegistry__OrganizationNotSuspended(uint32 orgId);
    error OrganizationRegistry__OrganizationSuspended(uint32 orgId);
    error OrganizationRegistry__UnknownOrganization(uint32 orgId);
    error OrganizationRegistry__WritesNotPaused();
    error OrganizationRegistry__WritesPaused();
    error OrganizationRegistry__ZeroAddress();

    event AdminTransferStarted(uint32 indexed orgId, address indexed admin, address indexed pendingAdmin);
    event AdminTransferred(uint32 indexed orgId, address indexed previousAdmin, address indexed newAdmin);
    event EmergencyCapabilitySet(uint32 indexed orgId, bool emergencyCapable);
    event EndpointUpdated(uint32 indexed orgId, string fhirEndpoint);
    event OrganizationAccredited(uint32 indexed orgId, address indexed admin, uint8 kind, bool emergencyCapable, string name, string fhirEndpoint);
    event OrganizationReinstated(uint32 indexed orgId);
    event OrganizationSuspended(uint32 indexed orgId, bytes32 reasonHash);
    event PractitionerAdded(uint32 indexed orgId, address indexed account, uint8 role);
    event PractitionerRemoved(uint32 indexed orgId, address indexed account);
    event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
    event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
    event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
    event WritesPaused(address indexed authority);
    event WritesResumed(address indexed authority);

    constructor(address admin, address authority);

    function AUTHORITY_ROLE() external view returns (bytes32);
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    function acceptAdmin(uint32 orgId) external;
    function accredit(uint8 kind, address admin, bool emergencyCapable, string memory name, string memory endpoint) external returns (uint32 orgId);
    function addPractitioner(uint32 orgId, address account, uint8 role) external;
    function consents() external view returns (address);
    function fhirEndpoint(uint32 orgId) external view returns (string memory);
    function getRoleAdmin(bytes32 role) external view returns (bytes32);
    function grantRole(bytes32 role, address account) external;
    function hasRole(bytes32 role, address account) external view returns (bool);
    function isActive(uint32 orgId) external view returns (bool);
    function organization(uint32 orgId) external view returns (IOrganizationRegistry.Organization memory);
    function organizationCount() external view returns (uint32);
    function pause() external;
    function paused() external view returns (bool);
    function pendingAdmin(uint32 orgId) external view returns (address);
    function practitioner(address account) external view returns (Practitioner memory);
    function recoverAdmin(uint32 orgId, address newAdmin) external;
    function reinstate(uint32 orgId) external;
    function removePractitioner(uint32 orgId, address account) external;
    function renounceRole(bytes32 role, address callerConfirmation) external;
    function revokeRole(bytes32 role, address account) external;
    function setEmergencyCapable(uint32 orgId, bool emergencyCapable) external;
    function setEndpoint(uint32 orgId, string memory endpoint) external;
    function supportsInterface(bytes4 interfaceId) external view returns (bool);
    function suspend(uint32 orgId, bytes32 reasonHash) external;
    function transferAdmin(uint32 orgId, address newAdmin) external;
    function unpause() external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "authority",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "AUTHORITY_ROLE",
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
    "name": "DEFAULT_ADMIN_ROLE",
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
    "name": "acceptAdmin",
    "inputs": [
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
    "name": "accredit",
    "inputs": [
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "admin",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "emergencyCapable",
        "type": "bool",
        "internalType": "bool"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "endpoint",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "addPractitioner",
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
      },
      {
        "name": "role",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
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
    "name": "fhirEndpoint",
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
        "type": "string",
        "internalType": "string"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "getRoleAdmin",
    "inputs": [
      {
        "name": "role",
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
    "name": "grantRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "hasRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "organization",
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
        "internalType": "struct IOrganizationRegistry.Organization",
        "components": [
          {
            "name": "admin",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "kind",
            "type": "uint8",
            "internalType": "uint8"
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
          },
          {
            "name": "accreditedAt",
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
    "name": "organizationCount",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "pause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
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
    "name": "pendingAdmin",
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
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "practitioner",
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
    "name": "recoverAdmin",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "newAdmin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reinstate",
    "inputs": [
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
    "name": "removePractitioner",
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
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "renounceRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "callerConfirmation",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "revokeRole",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setEmergencyCapable",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "emergencyCapable",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "setEndpoint",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "endpoint",
        "type": "string",
        "internalType": "string"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "supportsInterface",
    "inputs": [
      {
        "name": "interfaceId",
        "type": "bytes4",
        "internalType": "bytes4"
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
    "name": "suspend",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
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
    "name": "transferAdmin",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "newAdmin",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "unpause",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "AdminTransferStarted",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "admin",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "pendingAdmin",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "AdminTransferred",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "previousAdmin",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "newAdmin",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EmergencyCapabilitySet",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "emergencyCapable",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EndpointUpdated",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "fhirEndpoint",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OrganizationAccredited",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "admin",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      },
      {
        "name": "emergencyCapable",
        "type": "bool",
        "indexed": false,
        "internalType": "bool"
      },
      {
        "name": "name",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      },
      {
        "name": "fhirEndpoint",
        "type": "string",
        "indexed": false,
        "internalType": "string"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OrganizationReinstated",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "OrganizationSuspended",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
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
    "name": "PractitionerAdded",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "role",
        "type": "uint8",
        "indexed": false,
        "internalType": "uint8"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PractitionerRemoved",
    "inputs": [
      {
        "name": "orgId",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleAdminChanged",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "previousAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "newAdminRole",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleGranted",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "RoleRevoked",
    "inputs": [
      {
        "name": "role",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WritesPaused",
    "inputs": [
      {
        "name": "authority",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "WritesResumed",
    "inputs": [
      {
        "name": "authority",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AccessControlBadConfirmation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "AccessControlUnauthorizedAccount",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "neededRole",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "OrganizationRegistry__AlreadyPractitioner",
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
    "name": "OrganizationRegistry__InvalidEndpoint",
    "inputs": [
      {
        "name": "length",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "OrganizationRegistry__InvalidKind",
    "inputs": [
      {
        "name": "kind",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "OrganizationRegistry__InvalidRole",
    "inputs": [
      {
        "name": "role",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "OrganizationRegistry__NotOrganizationAdmin",
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
    "name": "OrganizationRegistry__NotPendingAdmin",
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
    "name": "OrganizationRegistry__NotPractitioner",
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
    "name": "OrganizationRegistry__OrganizationNotSuspended",
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
    "name": "OrganizationRegistry__OrganizationSuspended",
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
    "name": "OrganizationRegistry__UnknownOrganization",
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
    "name": "OrganizationRegistry__WritesNotPaused",
    "inputs": []
  },
  {
    "type": "error",
    "name": "OrganizationRegistry__WritesPaused",
    "inputs": []
  },
  {
    "type": "error",
    "name": "OrganizationRegistry__ZeroAddress",
    "inputs": []
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
pub mod OrganizationRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x60a03461018157601f617f7938819003918201601f19168301916001600160401b0383118484101761014d57808492604094855283398101031261018157610052602061004b83610185565b9201610185565b6001600160a01b038216158015610170575b6101615761007461007a92610199565b5061020f565b50604051614d7e8082016001600160401b0381118382101761014d57829161319b833903905ff08015610142576001600160a01b0316608052604051612ef890816102a3823960805181818161019c015281816102fd01528181610455015281816105ab015281816107090152818161098001528181610bdc01528181610d6e01528181610e6701528181610f1b015281816110c5015281816113aa0152818161159b01528181611949015281816122e101528181612a7a01528181612b8d0152612e9c0152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b638c93a3cd60e01b5f5260045ffd5b506001600160a01b03811615610064565b5f80fd5b51906001600160a01b038216820361018157565b6001600160a01b0381165f9081525f516020617f595f395f51905f52602052604090205460ff1661020a576001600160a01b03165f8181525f516020617f595f395f51905f5260205260408120805460ff191660011790553391905f516020617f195f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f516020617f395f395f51905f52602052604090205460ff1661020a576001600160a01b03165f8181525f516020617f395f395f51905f5260205260408120805460ff191660011790553391907fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd248905f516020617f195f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a7146125bd575080630652ecdb146120575780632445406214611de1578063248a9ca314611d9057806328b3a04014611c495780632f2ff15d14611bed5780632feb9cf214611a23578063346c310a1461181257806336568abe146117895780633a5c92a0146114f85780633f4ba83a1461135c57806340f14135146111a15780634a3fba0e146111485780634d155281146110225780635c746ed014610ea35780635c975abb14610df45780635e19b30514610ce65780636341722e14610adc5780638456cb591461093257806391d14854146108bd57806398ee9dbf14610854578063a217fddf1461081a578063a75d51c414610699578063ad0b37661461052f578063c8a015e61461026a578063d547741f14610205578063f1c62104146101c35763fc16502e14610152575f80fd5b346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b80fd5b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057602063ffffffff60045416604051908152f35b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610266600435610243612679565b9061026161025c825f525f602052600160405f20015490565b61298a565b612d7a565b5080f35b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576102a26126ca565b6102aa612679565b73ffffffffffffffffffffffffffffffffffffffff8116918233141580610506575b6104d15763ffffffff16908115801561040b575b6103db57839073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169060405161032a816126dd565b838152836020820152836040820152823b156103d75761037c928492836040518096819582947fdcee9fc600000000000000000000000000000000000000000000000000000000845260048401612891565b03925af180156103cc576103b3575b50807fba0227c1447c21c7bf0bbc05cf5dd84633758d2679402354e0d91b7da86c99e991a380f35b816103bd91612715565b6103c857825f61038b565b8280fd5b6040513d84823e3d90fd5b8380fd5b5082917f5c2207f50000000000000000000000000000000000000000000000000000000060449452600452602452fd5b506040517f1eb21e7e00000000000000000000000000000000000000000000000000000000815283600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156104c657839163ffffffff918791610497575b50511614156102e0565b6104b9915060603d6060116104bf575b6104b18183612715565b810190612838565b5f61048d565b503d6104a7565b6040513d87823e3d90fd5b7f7642524500000000000000000000000000000000000000000000000000000000845263ffffffff1660045233602452604483fd5b503373ffffffffffffffffffffffffffffffffffffffff61052683612d1b565b541614156102cc565b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576105676126ca565b6024359082821515928381036106955761057f612902565b61058883612e42565b90610688575b83604082015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b156103c857604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af180156103cc57610673575b5050602063ffffffff7f4aa975170f217ab8f3f7a7e51dc76aa4b6940bca682f6603471b439cac5cdaa5926040519485521692a280f35b8161067d91612715565b6103c857825f61063c565b610690612a37565b61058e565b5080fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576106d16126ca565b6106d9612902565b6106e281612e42565b6020810180516107e85790600184925273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b156103c857604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af180156103cc576107d3575b50507fcf6fe0830021b743ff8022a5d5b7c99e6a1d11c567f1dcbec20c393f20700952602063ffffffff6040519360243585521692a280f35b816107dd91612715565b61069557815f61079a565b60248463ffffffff857fc27eab5000000000000000000000000000000000000000000000000000000000835216600452fd5b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057602090604051908152f35b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05773ffffffffffffffffffffffffffffffffffffffff604060209263ffffffff6108ab6126ca565b16815260028452205416604051908152f35b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05773ffffffffffffffffffffffffffffffffffffffff604061090c612679565b926004358152806020522091165f52602052602060ff60405f2054166040519015158152f35b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610969612902565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f5c975abb000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610ad1578391610a97575b50610a6f578082913b15610a6c578180916024604051809481937f16c38b3c000000000000000000000000000000000000000000000000000000008352600160048401525af180156103cc57610a57575b50337ff482c8c0040632efef5a59dfeffdf7ee051bb2cc2ba5fd9c3c46dc7a5aaaa4a18280a280f35b81610a6191612715565b6101c057805f610a2e565b50fd5b6004827fac2f783c000000000000000000000000000000000000000000000000000000008152fd5b90506020813d602011610ac9575b81610ab260209383612715565b810103126103c857610ac3906127e5565b5f6109dd565b3d9150610aa5565b6040513d85823e3d90fd5b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05763ffffffff610b196126ca565b826080604051610b28816126f9565b8281528260208201528260408201528260608201520152168082526001602052604082209060405191610b5a836126dd565b5473ffffffffffffffffffffffffffffffffffffffff81168352602083019260ff8260a01c16845264ffffffffff604082019260a81c168252604051927f1c2d5471000000000000000000000000000000000000000000000000000000008452600484015260608360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9283156104c6579064ffffffffff93929160a09693610c9c575b5073ffffffffffffffffffffffffffffffffffffffff60ff9151169451169160ff846040602084015115159301511515935116936080604051610c5a816126f9565b88815260208101928352604081019485526060810195865201948552604051968752511660208601525115156040850152511515606084015251166080820152f35b60ff919350610cd773ffffffffffffffffffffffffffffffffffffffff9160603d606011610cdf575b610ccf8183612715565b8101906127f2565b939150610c18565b503d610cc5565b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610d1e6126ca565b9063ffffffff604051927f5e19b30500000000000000000000000000000000000000000000000000000000845216600483015260208260248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610de8578091610dab575b6020826040519015158152f35b90506020823d602011610de0575b81610dc660209383612715565b810103126101c05750610dda6020916127e5565b5f610d9e565b3d9150610db9565b604051903d90823e3d90fd5b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057604051907f5c975abb00000000000000000000000000000000000000000000000000000000825260208260048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610de8578091610dab576020826040519015158152f35b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610edb6126ca565b610ee3612902565b610eec81612e42565b60208101805115610ff05790838092610f03612a37565b5273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b156103c857604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af180156103cc57610fdb575b5063ffffffff82167fcec64845200300b05fdc36696a661e8d4aeb63a40622a895b0cb615af2c086458280a280f35b81610fe591612715565b61069557815f610fac565b60248463ffffffff857f79528ad700000000000000000000000000000000000000000000000000000000835216600452fd5b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05760043573ffffffffffffffffffffffffffffffffffffffff81168091036106955761107b6128e4565b50604051907f1eb21e7e000000000000000000000000000000000000000000000000000000008252600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156103cc576060929161112b575b50611129604051809264ffffffffff6040809263ffffffff815116855260ff6020820151166020860152015116910152565bf35b6111429150823d84116104bf576104b18183612715565b5f6110f7565b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05760206040517fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd2488152f35b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576111d96126ca565b3315801561132a575b6112f55760206111f182612e42565b01516112c45763ffffffff90611205612a37565b1680825260016020526040822073ffffffffffffffffffffffffffffffffffffffff8154169073ffffffffffffffffffffffffffffffffffffffff33167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558183526002602052604083207fffffffffffffffffffffffff0000000000000000000000000000000000000000815416905533917f7066e1a8c63140c502fd7761d3060671ba769b28f6a85d061510002672e92f0c8480a480f35b7fc27eab5000000000000000000000000000000000000000000000000000000000825263ffffffff16600452602490fd5b7f36a8e6ed00000000000000000000000000000000000000000000000000000000825263ffffffff1660045233602452604490fd5b5063ffffffff8116825260026020523373ffffffffffffffffffffffffffffffffffffffff60408420541614156111e2565b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057611393612902565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f5c975abb000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610ad15783916114be575b5015611496578082913b15610a6c578180916024604051809481937f16c38b3c0000000000000000000000000000000000000000000000000000000083528160048401525af180156103cc57611481575b50337fb11d69e9b12d2b32de24f8bf1a30e457a640aa882acafa3b9afb89fe493bf7148280a280f35b8161148b91612715565b6101c057805f611458565b6004827ff939af99000000000000000000000000000000000000000000000000000000008152fd5b90506020813d6020116114f0575b816114d960209383612715565b810103126103c8576114ea906127e5565b5f611407565b3d91506114cc565b50346101c05760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576115306126ca565b611538612679565b9060443560ff81168091036103d75761155082612b13565b5073ffffffffffffffffffffffffffffffffffffffff83169283156117615781158015611757575b61172b57611584612a37565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517f1eb21e7e000000000000000000000000000000000000000000000000000000008152856004820152606081602481865afa80156117205763ffffffff918891611701575b505116806116d1575090859163ffffffff60405195611622876126dd565b169485815284602082015264ffffffffff42166040820152823b156103d75761167d928492836040518096819582947fdcee9fc600000000000000000000000000000000000000000000000000000000845260048401612891565b03925af180156103cc576116bc575b505060207f4b023592d575e5208278d9e2c5677e23f63f57025a4c2a57774a18dfdc323e5991604051908152a380f35b816116c691612715565b6103d757835f61168c565b86604491877f83459c68000000000000000000000000000000000000000000000000000000008352600452602452fd5b61171a915060603d6060116104bf576104b18183612715565b5f611604565b6040513d89823e3d90fd5b602485837f33a846a5000000000000000000000000000000000000000000000000000000008252600452fd5b5060088211611578565b6004857f8c93a3cd000000000000000000000000000000000000000000000000000000008152fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576117c1612679565b3373ffffffffffffffffffffffffffffffffffffffff8216036117ea5761026690600435612d7a565b6004827f6697b232000000000000000000000000000000000000000000000000000000008152fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05761184a6126ca565b611852612679565b73ffffffffffffffffffffffffffffffffffffffff61187083612d1b565b5416903382036119ed5773ffffffffffffffffffffffffffffffffffffffff1691826118f8575b63ffffffff16808452600260205260408420837fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790557fb9a3409d470a66896546bf863617dc1c1147a168e5c9a00888c0f9b83ca30c1f8480a480f35b6040517f1c2d547100000000000000000000000000000000000000000000000000000000815263ffffffff82169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156119e25760209187916119c3575b500151611998575063ffffffff90611991612a37565b9050611897565b7fc27eab50000000000000000000000000000000000000000000000000000000008552600452602484fd5b6119dc915060603d606011610cdf57610ccf8183612715565b5f61197b565b6040513d88823e3d90fd5b60448463ffffffff857f764252450000000000000000000000000000000000000000000000000000000083521660045233602452fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057611a5b6126ca565b611a63612679565b828052826020526040832073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615611bbd5773ffffffffffffffffffffffffffffffffffffffff16908115611b955763ffffffff73ffffffffffffffffffffffffffffffffffffffff611ad783612d1b565b54169116808452600160205260408420837fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055808452600260205273ffffffffffffffffffffffffffffffffffffffff604085205416611b5e575b7f7066e1a8c63140c502fd7761d3060671ba769b28f6a85d061510002672e92f0c8480a480f35b8084526002602052604084207fffffffffffffffffffffffff00000000000000000000000000000000000000008154169055611b37565b6004837f8c93a3cd000000000000000000000000000000000000000000000000000000008152fd5b6044837fe2517d3f0000000000000000000000000000000000000000000000000000000081523360045280602452fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610266600435611c2b612679565b90611c4461025c825f525f602052600160405f20015490565b612c49565b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05763ffffffff611c866126ca565b1681526003602052604081206040519082815491611ca383612756565b9081855260208501936001811690815f14611d555750600114611d1a575b856040867fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f88611cf5848a0385612715565b8451958694602086525180928160208801528787015e85828601015201168101030190f35b8552602085208592505b818310611d3b5750508201602001601f6040611cc1565b600181602092949394548385890101520191019190611d24565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685525050151560051b83016020019050601f6040611cc1565b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576020611dd96004355f525f602052600160405f20015490565b604051908152f35b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057611e196126ca565b906024359167ffffffffffffffff831161069557611e4063ffffffff93369060040161269c565b939091611e4c81612b13565b50611e5785846129f0565b611e5f612a37565b16908183526003602052604083209367ffffffffffffffff811161202a57611e878554612756565b601f8111611fe5575b508394601f8211600114611f24578185967f7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e1959691611f19575b508260011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8460031b1c19161790555b611f136040519283926020845260208401916127a7565b0390a280f35b90508301355f611eca565b80855260208520957fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08316865b818110611fcd575090837f7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e19697989210611f95575b5050600182811b019055611efc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88560031b161c19908501351690555f80611f86565b85830135895560019098019760209283019201611f51565b85855260208520601f830160051c81019160208410612020575b601f0160051c01905b8181106120155750611e90565b858155600101612008565b9091508190611fff565b6024847f4e487b710000000000000000000000000000000000000000000000000000000081526041600452fd5b346124125760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126124125760043560ff81168091036124125761209c612679565b604435918215158093036124125760643567ffffffffffffffff8111612412576120ca90369060040161269c565b60843567ffffffffffffffff8111612412576120ea90369060040161269c565b9590946120f5612902565b841580156125b3575b6125875773ffffffffffffffffffffffffffffffffffffffff1693841561255f5761212987876129f0565b612131612a37565b60045463ffffffff81169663ffffffff88146125325760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000098019163ffffffff83169889911617600455604051612188816126dd565b87815260208101848152604082019064ffffffffff421682528a5f52600160205273ffffffffffffffffffffffffffffffffffffffff8060405f20945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551907fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff74ff000000000000000000000000000000000000000079ffffffffff0000000000000000000000000000000000000000008554935160a81b169360a01b16911617179055875f52600360205260405f2067ffffffffffffffff8a116125055761227a8154612756565b601f81116124c0575b50895f601f8211600114612421575f91612416575b508a60011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8c60031b1c19161790555b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169160405161230e816126dd565b600181525f6020820152856040820152833b1561241257604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff939093166004840152815115156024840152602082015115156044840152015115156064820152915f908390608490829084905af1988915612407576123de89977f1b53a20f63747a1902b6c43836bb9940f9b14f1fe57ef85cd7b6e77e3ca0b28f976123ec9560209d6123f7575b5060405197889788528d8801526080604088015260808701916127a7565b9184830360608601526127a7565b0390a3604051908152f35b5f61240191612715565b5f6123c0565b6040513d5f823e3d90fd5b5f80fd5b90508201358b612298565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01690825f528b60205f20925f5b8181106124a557501061246d575b505060018a811b0190556122ca565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88d60031b161c19908401351690558a8061245e565b8684013585556001909401936020938401938f935001612450565b815f5260205f20601f8c0160051c81019160208d106124fb575b601f0160051c01905b8181106124f05750612283565b5f81556001016124e3565b90915081906124da565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f8c93a3cd000000000000000000000000000000000000000000000000000000005f5260045ffd5b847f3d8a3a70000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50600785116120fe565b346124125760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261241257600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361241257817f7965db0b000000000000000000000000000000000000000000000000000000006020931490811561264f575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483612648565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361241257565b9181601f840112156124125782359167ffffffffffffffff8311612412576020838186019501011161241257565b6004359063ffffffff8216820361241257565b6060810190811067ffffffffffffffff82111761250557604052565b60a0810190811067ffffffffffffffff82111761250557604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761250557604052565b90600182811c9216801561279d575b602083101461277057565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691612765565b601f82602094937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe093818652868601375f8582860101520116010190565b5190811515820361241257565b9081606091031261241257612830604080519261280e846126dd565b612817816127e5565b8452612825602082016127e5565b6020850152016127e5565b604082015290565b908160609103126124125760405190612850826126dd565b805163ffffffff8116810361241257825260208101519060ff82168203612412576040916020840152015164ffffffffff8116810361241257604082015290565b9160206128e292949373ffffffffffffffffffffffffffffffffffffffff6080820196168152019064ffffffffff6040809263ffffffff815116855260ff6020820151166020860152015116910152565b565b604051906128f1826126dd565b5f6040838281528260208201520152565b335f9081527f2cec940b4456d929ef0edb3a50ec6c89546dc80458c43eed197054cb4a8c8c3e602052604090205460ff161561293a57565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd24860245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f205416156129c15750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b5080158015612a2c575b612a015750565b7f5044fc0e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061020081116129fa565b6040517f5c975abb00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612407575f91612ad9575b50612ab157565b7fac2f783c000000000000000000000000000000000000000000000000000000005f5260045ffd5b90506020813d602011612b0b575b81612af460209383612715565b8101031261241257612b05906127e5565b5f612aaa565b3d9150612ae7565b9073ffffffffffffffffffffffffffffffffffffffff612b3283612d1b565b541691338303612c135763ffffffff604051917f1c2d5471000000000000000000000000000000000000000000000000000000008352169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015612407576020915f91612bf4575b500151612bc95750565b7fc27eab50000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b612c0d915060603d606011610cdf57610ccf8183612715565b5f612bbf565b63ffffffff907f76425245000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f14612d1557805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b63ffffffff1690815f52600160205260405f209173ffffffffffffffffffffffffffffffffffffffff83541615612d4f5750565b7ff880137c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f14612d1557805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b90612e4b6128e4565b5063ffffffff604051927f1c2d54710000000000000000000000000000000000000000000000000000000084521680600484015260608360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa928315612407575f93612ed7575b50825115612d4f5750565b612ef191935060603d606011610cdf57610ccf8183612715565b915f612ecc566101203461014b575f1943014381116101375740806080524660c0523060e05260208201907fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647282527f28907588b50345f50ec5ba281304a080f97fe4ea25aaf28fdfe55c320638fc3560408401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608401524660808401523060a084015260c083015260c0825260e082019180831060018060401b03841117610123578260405251902060a0523361010052614c2e90816101508239608051818181611803015261471a015260a05181614755015260c0518161477a015260e05181614669015261010051818181610486015281816118db01528181612cdc0152612ebf0152f35b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c806301e38dfc14613731578063020d308d1461358f578063025de1c11461341557806306ae6828146133d6578063073f5d9f1461337e5780630ad3682214612f7e57806316294f8514612f2457806316c38b3c14612e715780631c2d547114612dd15780631eb21e7e14612d00578063234db1de14612c925780632ec9a64a14612bde578063345e6c4d14612ae05780633644e51514612aa05780633d76787414612a4e57806356edea44146128105780635badbe4c146127cb5780635c975abb146127885780635e19b3051461273d5780636043b9d214612685578063628da527146125965780636429080f146121835780636c398dd414611f385780636dffff9614611d1957806373da5d0a14611a125780637beb87641461186357806384b0196e146116f55780638a7322271461169d5780639049ecdb1461161757806392dca86f14611019578063ac14a99214610e9c578063b3cef09114610daf578063bad9faa214610b21578063c1c5e6e11461090d578063d50e0aab14610807578063d955e4f0146105e0578063dcee9fc61461040e578063de3a176d146102f95763efbcbd5c146101c6575f80fd5b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55760043567ffffffffffffffff8116908181036102f557610214906149a4565b9063ffffffff825460a01c1691335f5260066020528263ffffffff60405f205416036102c557807d0400000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff73ffffffffffffffffffffffffffffffffffffffff9354161781555416907f4ee74ecfd67f9a189b21ee36d41ad6010740fd6b0589d48fa97d14d7f4d39d4d6020604051338152a4005b827f37105712000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b5f80fd5b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55760043567ffffffffffffffff81168091036102f5575f60e060405161034c81613a38565b8281528260208201528260408201528260608201528260808201528260a08201528260c082015201525f52600560205261010061038b60405f20613c7a565b64ffffffffff60e06040519273ffffffffffffffffffffffffffffffffffffffff815116845263ffffffff602082015116602085015282604082015116604085015260ff606082015116606085015260ff608082015116608085015260ff60a08201511660a085015263ffffffff60c08201511660c085015201511660e0820152f35b346102f55760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761044561388d565b60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126102f55773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105b45773ffffffffffffffffffffffffffffffffffffffff9063ffffffff6104cf613b64565b166104e557165f90815260066020526040812055005b165f52600660205260405f2063ffffffff6104fe613b64565b167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000082541617815560443560ff811681036102f55781547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff1660209190911b64ff000000001617815560643564ffffffffff811681036102f55781547fffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffffff1660289190911b69ffffffffff0000000000161790555b005b7ff7534eff000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761061761388d565b73ffffffffffffffffffffffffffffffffffffffff6106346138d3565b911680331480156107c8575b801580610793575b61075d57815f525f60205260405f2063ffffffff84165f5260205260405f20805460d81c42101561072757805476ffffffffffffffffffffffffffffffffffffffffffffff1690556106c4575b63ffffffff339216907f840470becf281eb232ef5fab8805c799b9866ff7b417ee20bafd816751901e8a5f80a4005b805f52600360205260405f2063ffffffff83165f5260205260405f2080547fffffffffffffffffffffffff0000000000ffffffffffffffffffffffffffffff73ffffffffff0000000000000000000000000000004260781b169116179055610695565b63ffffffff84847fe90bdd94000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b63ffffffff837f37105712000000000000000000000000000000000000000000000000000000005f52336004521660245260445ffd5b5063ffffffff831680159081156107ab575b50610648565b9050335f52600660205263ffffffff60405f2054161415846107a5565b50805f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205264ffffffffff60405f205460301c164210610640565b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761083e61388d565b73ffffffffffffffffffffffffffffffffffffffff61085b6138d3565b91610864613cff565b50165f525f60205263ffffffff60405f2091165f5260205261012061088b60405f2061443e565b64ffffffffff6101006040519263ffffffff815116845260ff602082015116602085015260ff604082015116604085015282606082015116606085015282608082015116608085015265ffffffffffff60a08201511660a085015260c0810151151560c085015263ffffffff60e08201511660e0850152015116610100820152f35b346102f55760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761094461388d565b61094c6138d3565b906044359160643560843567ffffffffffffffff81116102f5576109749036906004016139c7565b91804211610af65773ffffffffffffffffffffffffffffffffffffffff851690815f525f60205260405f2063ffffffff86165f5260205260405f205465ffffffffffff8160801c1690818903610a3f575b5050610a399392916105b297610a33926040519160208301937f660590cba9acb5539d51ed4e4a4ecf3efc0f0b3fb50ac4e1872179ac9d67c5588552604084015263ffffffff89166060840152608083015260a082015260a08152610a2b60c082613aba565b5190206148ce565b8561490f565b81614801565b8189109081610ab4575b81610a8b575b5015610a5b57806109c5565b87907fe0cda4ad000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b90506001808260b01c16149081610aa4575b5089610a4f565b63ffffffff915016151589610a9d565b9050888203828111610ac95760011490610a49565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7fc7fe91f1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55760043567ffffffffffffffff8116908181036102f557610b6f906149a4565b610b7881613c7a565b9064ffffffffff60408301511680421015610d80575064ffffffffff421664ffffffffff60e08401511681019264ffffffffff8411610ac95763ffffffff9273ffffffffffffffffffffffffffffffffffffffff9283835116917f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a960c085019287845116610c1a8a608089019760ff89511660a08b019460ff865116926141a3565b610d4b602088019a8b95610c308c885116614002565b7d0200000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff825416179055898951165f525f60205260405f208b80885116165f52602052610cf260405f20610c9f8161443e565b908d8a5116825260ff8b5116602083015260ff865116604083015286606083015264ffffffffff8416608083015260a0820165ffffffffffff610ce481835116613bf0565b1690525f60c0830152614552565b60ff808c808d8d511699511699511699511693511693604051948594339a869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b0390a45116915116917f7fcde7eb2bdd65b21468c810b655adf85b6d91834fe9f144ff93b7e6c84a76ae6020604051338152a4005b837f6d4acda4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55760043567ffffffffffffffff8116908181036102f557610dfd906149a4565b63ffffffff73ffffffffffffffffffffffffffffffffffffffff82541691610e24836147a0565b7d0300000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161781555460a01c16917f08c7d786fb7b7e827bf687bcf60c8893512379e3cde94872553de1ea57343d6c6020604051338152a4005b346102f55760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557610ed361388d565b610edb6138b0565b60443580151581036102f55773ffffffffffffffffffffffffffffffffffffffff610f04613909565b9316805f52600660205260405f205463ffffffff8116948515610fed5760ff16916001806803100c030368030300856107f886601d1c16011c1603610fb457505050825f52600760205260ff60405f205460081c16610f88578260409392610f6f92610f7b57613d54565b82519182526020820152f35b610f8361496d565b613d54565b827f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9060ff917fa033e5b3000000000000000000000000000000000000000000000000000000005f5260045260201c1660245260445260645ffd5b827fc4361bfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102f55760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761105061388d565b60243560ff81168091036102f55773ffffffffffffffffffffffffffffffffffffffff821680156115ef57811580156115e5575b6115b95761109133613f71565b9063ffffffff8251165f52600760205260ff60405f205460101c16156115865760ff60208301511693600180610106871c16036115565760409450815f526002602052845f20928551936110e485613a82565b549063ffffffff60ff8316159182159687815264ffffffffff6020820195848160081c16875260281c16998a91015251169464ffffffffff42169788919261154b575b505061151f57835f5260046020528564ffffffffff60405f20541610156114f357825f525f60205260405f2063ffffffff85165f5260205260405f2091825460d81c90878681841192836114dc575b5050506114a95750825f52600360205260405f2063ffffffff85165f5260205260405f20956111a487613c2f565b9664ffffffffff60608901511680151580611491575b61144d575064ffffffffff885116976020810164ffffffffff8151168a8110611445575b50604082019164ffffffffff83511664ffffffffff8c16811061143d575b5064ffffffffff8b1680151580611425575b6113e15764ffffffffff80809a9b9c9d50838361129f96948380975116145f146113c857508881525b5116167fffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000865416178555511683907fffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffffff69ffffffffff000000000083549260281b169116179055565b517fffffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffff6effffffffff0000000000000000000083549260501b1691161790556112f163ffffffff611fff93511691613b19565b9280547fffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffff7affffffff000000000000000000000000000000000000000000000084861760b81b16911617815580547affffffffffffffffffffffffffffffffffffffffffffffffffffff7fffffffffff0000000000000000000000000000000000000000000000000000008660d81b16911617905560405196875260443560208801521760408601521660608401527f2973099dec79c9e1804c26f6274a93eead665223530012ec9e7c0eddc629ce0060803394a4005b84518316036113d957888452611237565b888752611237565b64ffffffffff898b6113f28f613b35565b917ff628a031000000000000000000000000000000000000000000000000000000005f526004526024521660445260645ffd5b5064ffffffffff6114358d613b35565b16861061120e565b9a508b6111fc565b99508a6111de565b858761145e64ffffffffff93613b19565b917f0d9759e0000000000000000000000000000000000000000000000000000000005f526004526024521660445260645ffd5b5064ffffffffff6114a182613b19565b1683106111ba565b84847fe9535a00000000000000000000000000000000000000000000000000000000005f5260045260245260445260645ffd5b6114e7929350613d54565b60d81c1187868a611176565b837f9e5fa272000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827feb397afd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b101590508688611127565b847ffcfe5bcd000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b63ffffffff8251167f9e5fa272000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f40de3539000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060048211611084565b7f2c84b37d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761164e61388d565b73ffffffffffffffffffffffffffffffffffffffff61166b6138d3565b91165f525f60205263ffffffff60405f2091165f52602052602065ffffffffffff60405f205460801c16604051908152f35b346102f5575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55760206040517f660590cba9acb5539d51ed4e4a4ecf3efc0f0b3fb50ac4e1872179ac9d67c5588152f35b346102f5575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f5576117e760206040516117358282613aba565b5f81525f3681376040519161174b604084613aba565b600983527f436f6e73656e7472790000000000000000000000000000000000000000000000818401526117f5604051611785604082613aba565b600181527f3100000000000000000000000000000000000000000000000000000000000000838201526040519586957f1f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e08701906139f5565b9085820360408701526139f5565b4660608501523060808501527f000000000000000000000000000000000000000000000000000000000000000060a085015283810360c08501528180845192838152019301915f5b82811061184c57505050500390f35b83518552869550938101939281019260010161183d565b346102f55760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761189a6138e6565b60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126102f55773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105b45763ffffffff16805f52600760205260ff60405f205460101c1680611a03575b6119c2575b5f52600760205260405f2060243580151581036102f557815490151560ff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091909116178155604435801515908181036102f5575081547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ff61ff0062ff00006119ad613c6b565b151560101b169360081b169116171790555f80f35b5f81815260046020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000164264ffffffffff16179055611925565b50611a0c613c6b565b15611920565b346102f55773ffffffffffffffffffffffffffffffffffffffff611a353661393c565b91611a42819492946147a0565b16805f525f60205260405f2063ffffffff84165f5260205260405f20611a678161443e565b9063ffffffff82511615611ce35763ffffffff611a8385613b77565b8184511619161615801590611cc3575b8015611ca3575b8015611c81575b8015611c5f575b611ba957611ab584613b77565b63ffffffff8084511691161480611c41575b80611c23575b80611c01575b80611bdf575b611ba95790611afa91611aeb85614371565b611af585836144cc565b614552565b7f1c71cf6a8ac4c02e08107e670dc6ba47750d357d853a794a98f9771e26b37ce8611b2483613b77565b92611b3160208201613ba8565b611ba4611b4060408401613ba8565b92611b596080611b5260608401613bde565b9201613bde565b9060405194859463ffffffff339b1699869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b0390a4005b63ffffffff85847f764e33ce000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b50611bec60808501613bde565b64ffffffffff80608085015116911614611ad9565b50611c0e60608501613bde565b64ffffffffff80606085015116911614611ad3565b50611c3060408501613ba8565b60ff80604085015116911614611acd565b50611c4e60208501613ba8565b60ff80602085015116911614611ac7565b50611c6c60808501613bde565b64ffffffffff80608085015116911611611aa8565b50611c8e60608501613bde565b64ffffffffff80606085015116911610611aa1565b5060ff611cb260408601613ba8565b816040850151161916161515611a9a565b5060ff611cd260208601613ba8565b816020850151161916161515611a93565b63ffffffff85847fca35a56e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557611d50613919565b611d586138d3565b63fffc1fff8116611f0657335f52600260205260405f209160405192611d7d84613a82565b549060ff8216159384159485825264ffffffffff604063ffffffff8660081c1693846020820152019460281c16845282159182159683611ee2575b505050611ed5575b15611ec45750611e9164ffffffffff42165b64ffffffffff60405191611de583613a82565b85835263ffffffff60208401951694858152826040850192168252335f526002602052611e4460405f2094511515859060ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691151516179055565b51835491517fffffffffffffffffffffffffffffffffffffffffffff000000000000000000ff90921660089190911b64ffffffff001617911660281b69ffffffffff000000000016179055565b60405191825260208201527f206ea3c60150f17411dc885e1e3555adefab0e2ee008b6619b43074d8fba757360403392a2005b64ffffffffff611e91915116611dd2565b611edd61496d565b611dc0565b925090611ef3575b50858080611db8565b63ffffffff915019841616151585611eea565b63ffffffff907fe450ecea000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b346102f55760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557611f6f61388d565b611f776138d3565b611f7f6138f9565b611f87613909565b73ffffffffffffffffffffffffffffffffffffffff611fa4613928565b9416938415801561217a575b61214e5764ffffffffff90611fc4856140b2565b611fce8385614107565b16914283111561212257611fe061496d565b63ffffffff60405194611ff286613a9e565b169384815260ff6020820192169182815260ff6040830194169384815261209c60ff6060850193888552335f52600160205260405f208b5f5260205263ffffffff8060405f20975116167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000875416178655511684907fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff64ff0000000083549260201b169116179055565b51907fffffffffffffffffffffffffffffffffffffffffff000000000000ffffffffff65ff00000000006affffffffff0000000000008554935160301b169360281b169116171790556040519384526020840152604083015260608201527f12b2a58408e8936928dbd4101dda0676dcc8e4028279a0a3c755ebf04dff7eb560803392a3005b827f37908424000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b847f73176426000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50338514611fb0565b346102f5576101407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f5576121bb61388d565b6121c36138d3565b9060a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126102f55760e43590610104356101243567ffffffffffffffff81116102f5576122179036906004016139c7565b94909282421161256a5773ffffffffffffffffffffffffffffffffffffffff811695865f525f60205260405f2063ffffffff84165f5260205260405f209461225e8661443e565b9465ffffffffffff60a08701511680890361253a5750889061227e613b51565b98612287613b88565b61228f613b98565b612297613bb6565b906122a0613bca565b9260405196602088017f77d6d7196c9b4c96bc584d646c4d5cf97a19f3e4e9f5559d2fc7c5653400cb259052604088015263ffffffff8b169d8e606089015263ffffffff16608088015260ff1660a087015260ff1660c086015264ffffffffff1660e085015264ffffffffff16610100840152610120830152610140820152610140815261233061016082613aba565b80519060200120612340906148ce565b6123499361490f565b60443563ffffffff16604435036102f5576123656044356140b2565b60ff6064351680606435036102f55760ff60843516608435036102f557612390608435606435614107565b60a43564ffffffffff8116141590816102f55760c43564ffffffffff8116141592836102f55764ffffffffff60c4351664ffffffffff60a4351610801590612524575b6124dd576123e090614002565b63ffffffff604435168452602084015260ff6084351660408401526102f55764ffffffffff60a4351660608301526102f55761244d9164ffffffffff60c43516608083015265ffffffffffff61243b8160a085015116613bf0565b1660a0830152600160c0830152614552565b817f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a9612477613b51565b61247f613b88565b90611ba461248b613b98565b612493613bb6565b61249b613bca565b91604051958695869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b836102f5577f9bea228b000000000000000000000000000000000000000000000000000000005f5264ffffffffff60a4351660045264ffffffffff60c4351660245260445ffd5b505f93504260c43564ffffffffff1611156123d3565b88907fe0cda4ad000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827fc7fe91f1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f5576125cd61388d565b73ffffffffffffffffffffffffffffffffffffffff6125ea6138b0565b916125f3613c0b565b50165f52600160205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f52602052608060405f2064ffffffffff6040519161263583613a9e565b5460ff63ffffffff8216938481528160208201818560201c1681528560606040850194848860281c168652019560301c168552604051968752511660208601525116604084015251166060820152f35b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f5576126bc61388d565b73ffffffffffffffffffffffffffffffffffffffff6126d96138d3565b916126e2613c0b565b50165f52600360205263ffffffff60405f2091165f52602052608061270960405f20613c2f565b64ffffffffff6060604051928281511684528260208201511660208501528260408201511660408501520151166060820152f35b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557602061277e6127796138e6565b613f1e565b6040519015158152f35b346102f5575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557602060ff60085460401c166040519015158152f35b346102f5575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557602067ffffffffffffffff60085416604051908152f35b346102f55760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761284761388d565b61284f6138d3565b906044359064ffffffffff8216918281036102f55773ffffffffffffffffffffffffffffffffffffffff821691825f525f60205260405f2063ffffffff86165f5260205260405f209182549163ffffffff8316908115612a18576128c491839160ff8660281c169160ff8760201c16916141a3565b64ffffffffff8260581c16808611156129e85750428511156129ae576fffffffffff0000000000000000000000906128fb87614002565b60581b167fffffffffffffffffff000000000000000000000000ffffffffffffffffffffff75ffffffffffff0000000000000000000000000000000061296f65ffffffffffff847fffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffff87161760801c16613bf0565b60801b169216171790556040519182527ff58f2ed9019ddb0689dd6109b7e840ae60a3057d6b0525e9bcd7a8f1c5dcc785602063ffffffff33951693a4005b8464ffffffffff837f9bea228b000000000000000000000000000000000000000000000000000000005f5260301c1660045260245260445ffd5b85907f04d0dddc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b63ffffffff88877fca35a56e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f5576105b2612a8861388d565b612a906138d3565b612a99826147a0565b3391614801565b346102f5575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f5576020612ad8614652565b604051908152f35b346102f557612aee3661393c565b90917f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a9612b1a83613b77565b926020810193611ba473ffffffffffffffffffffffffffffffffffffffff612b4187613ba8565b95612b686040860194612b5386613ba8565b6080880199612b618b613bde565b92856141a3565b612b7185614371565b612b7a89614002565b1694855f525f60205260405f2063ffffffff89165f52602052612bae60405f20612ba38161443e565b90611af587836144cc565b611b59612bd86060612bd1612bcb612bc589613b77565b9b613ba8565b96613ba8565b9601613bde565b91613bde565b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55773ffffffffffffffffffffffffffffffffffffffff612c2a61388d565b612c32613afb565b50165f526002602052606060405f2064ffffffffff60405191612c5483613a82565b5463ffffffff60ff82161515938481528360406020830192848660081c168452019360281c1683526040519485525116602084015251166040820152f35b346102f5575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55773ffffffffffffffffffffffffffffffffffffffff612d4c61388d565b612d54613afb565b50165f526006602052612dcd60405f2064ffffffffff60405191612d7783613a82565b5463ffffffff8116835260ff8160201c16602084015260281c16604082015260405191829182919091604064ffffffffff81606084019563ffffffff815116855260ff6020820151166020860152015116910152565b0390f35b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55763ffffffff612e0d6138e6565b612e15613afb565b50165f526007602052606060405f2060405190612e3182613a82565b5460ff811615159182815260ff60406020830192828560081c1615158452019260101c161515825260405192835251151560208301525115156040820152f35b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557612ea8613919565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105b4577fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff68ff000000000000000060085492151560401b169116176008555f80f35b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55763ffffffff612f606138e6565b165f526004602052602064ffffffffff60405f205416604051908152f35b346102f55760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f557612fb561388d565b612fbd6138d3565b90612fc66138f9565b90612fcf613909565b73ffffffffffffffffffffffffffffffffffffffff612fec613928565b92169182156115ef5764ffffffffff90613005866140b2565b61300f8386614107565b169384158015613371575b6133455761302733613f71565b916008549567ffffffffffffffff87169667ffffffffffffffff8814610ac95767ffffffffffffffff60017fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000099011697889116176008556212750064ffffffffff4216019164ffffffffff8311610ac9578488955163ffffffff1694604051946130b086613a38565b88865260208601968752604086019064ffffffffff1695868252606081019460018652608082019b60ff169b8c815260a083019160ff169687835260c084019563ffffffff169a8b875260e08501958a87528d5f52600560205260405f20955173ffffffffffffffffffffffffffffffffffffffff168654925160a01b77ffffffff000000000000000000000000000000000000000016915160c01b7cffffffffff00000000000000000000000000000000000000000000000016927fffffff00000000000000000000000000000000000000000000000000000000001617171784555183549060e81b7dff0000000000000000000000000000000000000000000000000000000000167dff000000000000000000000000000000000000000000000000000000000016907fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617835551908254905160f81b7fff00000000000000000000000000000000000000000000000000000000000000169160f01b7eff00000000000000000000000000000000000000000000000000000000000016907dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617178155600101915163ffffffff1663ffffffff1682547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161782555181549060201b68ffffffffff0000000016907fffffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffff161790555163ffffffff169660405194338652602086015260408501526060840152608083015260a43560a083015260c082015260e07fc2566a9b4031dbab6d23b42f5a707f973369f75637df17b29e2ac6b9802e1efc91a4604051908152602090f35b847f8ea86008000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506303c26700851161301a565b346102f5575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55760206040517f77d6d7196c9b4c96bc584d646c4d5cf97a19f3e4e9f5559d2fc7c5653400cb258152f35b346102f55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f5576105b26134106138e6565b614002565b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761344c61388d565b6024359081151582036102f55773ffffffffffffffffffffffffffffffffffffffff90613477613afb565b50613480613afb565b5016805f52600660205260405f20906040519161349c83613a82565b5464ffffffffff63ffffffff82169182855260ff8160201c16602086015260281c16604084015215613564575063ffffffff8151165f52600760205260ff60405f205460081c1661353157612dcd91613524575b60408051825163ffffffff16815260208084015160ff16908201529181015164ffffffffff16908201529081906060820190565b61352c61496d565b6134f0565b63ffffffff9051167f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fc4361bfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102f55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f5576135c661388d565b73ffffffffffffffffffffffffffffffffffffffff6135e36138b0565b91168033141580613711575b6136e257805f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205264ffffffffff60405f205460301c161561369c57805f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f526020525f604081205573ffffffffffffffffffffffffffffffffffffffff339216907ff706b3b70da5d5dada9b3c7d9f14e4f6c280183742a82ea2f951653070b0f1955f80a4005b9073ffffffffffffffffffffffffffffffffffffffff917fd7efe6e5000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b7f062943c5000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b5073ffffffffffffffffffffffffffffffffffffffff82163314156135ef565b346102f55760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102f55761376861388d565b6137706138d3565b6137786138f9565b613780613909565b6084359060ff82168083036102f55760ff84166012811015613862575060ff821660078110156138375750600281101561380c57506137c3846137cb9596613d54565b924293613e3b565b9060ff8216151590816137fb575b506137f4575b60ff6040911681519080151582526020820152f35b505f6137df565b6138059150613f1e565b15826137d9565b7f7332eff2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f5aae5cda000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f7d7fd975000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6004359073ffffffffffffffffffffffffffffffffffffffff821682036102f557565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036102f557565b6024359063ffffffff821682036102f557565b6004359063ffffffff821682036102f557565b6044359060ff821682036102f557565b6064359060ff821682036102f557565b6004359081151582036102f557565b6084359064ffffffffff821682036102f557565b60e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8201126102f55760043573ffffffffffffffffffffffffffffffffffffffff811681036102f5579160243563ffffffff811681036102f5577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc60a0919301126102f557604490565b9181601f840112156102f55782359167ffffffffffffffff83116102f557602083818601950101116102f557565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b610100810190811067ffffffffffffffff821117613a5557604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6060810190811067ffffffffffffffff821117613a5557604052565b6080810190811067ffffffffffffffff821117613a5557604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117613a5557604052565b60405190613b0882613a82565b5f6040838281528260208201520152565b64ffffffffff620151809116019064ffffffffff8211610ac957565b64ffffffffff62278d009116019064ffffffffff8211610ac957565b60443563ffffffff811681036102f55790565b60243563ffffffff811681036102f55790565b3563ffffffff811681036102f55790565b60643560ff811681036102f55790565b60843560ff811681036102f55790565b3560ff811681036102f55790565b60a43564ffffffffff811681036102f55790565b60c43564ffffffffff811681036102f55790565b3564ffffffffff811681036102f55790565b65ffffffffffff1665ffffffffffff8114610ac95760010190565b60405190613c1882613a9e565b5f6060838281528260208201528260408201520152565b90604051613c3c81613a9e565b606064ffffffffff8294548181168452818160281c166020850152818160501c16604085015260781c16910152565b60643580151581036102f55790565b90604051613c8781613a38565b60e064ffffffffff60018395805473ffffffffffffffffffffffffffffffffffffffff8116865263ffffffff8160a01c166020870152838160c01c16604087015260ff8160e81c16606087015260ff8160f01c16608087015260f81c60a0860152015463ffffffff811660c085015260201c16910152565b60405190610120820182811067ffffffffffffffff821117613a55576040525f610100838281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201520152565b73ffffffffffffffffffffffffffffffffffffffff909291921691825f525f60205260405f2063ffffffff82165f5260205260405f2054928360d81c428111613d9c57505050565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeae80019064ffffffffff8211610ac9575f52600260205264ffffffffff8060405f205460281c16911690811191821592613e16575b5050613df9575b565b9076ffffffffffffffffffffffffffffffffffffffffffffff1690565b63ffffffff919250165f52600460205264ffffffffff60405f20541610155f80613df0565b919060ff90949394169360018063ffffffff8516871c16149081613f05575b81613eec575b5080613ed8575b80613ec5575b613ebc5760ff166001149283613ea1575b5082613e94575b5050613e8f575f90565b600290565b60d81c1190505f80613e85565b60b882901c63ffffffff16901c60019081161492505f613e7e565b50505050600190565b5064ffffffffff8260581c168310613e6d565b508264ffffffffff8360301c161115613e67565b60019150819060ff808660281c1691161c16145f613e60565b905060018060ff8560201c1660ff85161c161490613e5a565b63ffffffff165f52600760205260405f2060405190613f3c82613a82565b5460ff8116151591828152604060ff808460081c1615938415602085015260101c16151591015281613f6c575090565b905090565b73ffffffffffffffffffffffffffffffffffffffff90613f8f613afb565b501690815f52600660205260405f2060405190613fab82613a82565b549264ffffffffff63ffffffff85169485845260ff8160201c16602085015260281c166040830152819315613564575063ffffffff8151165f52600760205260ff60405f205460081c166135315750613df761496d565b63ffffffff16805f52600760205260405f206040519061402182613a82565b549060ff8216159081158152604060ff6020830194818160081c161515865260101c161515910152614086575161405b5750613df761496d565b7f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507ffe3687c6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63ffffffff81169081159081156140f7575b506140cc5750565b7fe450ecea000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63fffc000016151590505f6140c4565b60ff8116908115908115614196575b5061416b575060ff811690811590811561415e575b506141335750565b7f635b35bb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60fc91501615155f61412b565b7f90043510000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b608091501615155f614116565b73ffffffffffffffffffffffffffffffffffffffff16929133841461436a57835f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f20604051906141fb82613a9e565b549263ffffffff84168252602082019160ff8560201c16835264ffffffffff604082019560ff8160281c16875260301c169660608201978089524210156136e2575063ffffffff9051169063ffffffff821982161661433157505060ff9051169060ff82198216166142fb57505060ff9051169060ff82198216166142c557505064ffffffffff809151169116818111614293575050565b7f9bddef4a000000000000000000000000000000000000000000000000000000005f523360045260245260445260645ffd5b60ff907f37e10150000000000000000000000000000000000000000000000000000000005f52336004521660245260445260645ffd5b60ff907fb56b61a3000000000000000000000000000000000000000000000000000000005f52336004521660245260445260645ffd5b63ffffffff907fcbb9fea2000000000000000000000000000000000000000000000000000000005f52336004521660245260445260645ffd5b5050505050565b61438261437d82613b77565b6140b2565b6143a361439160208301613ba8565b61439d60408401613ba8565b90614107565b6060810160806143b282613bde565b92019164ffffffffff806143c585613bde565b16911610801590614424575b6143d9575050565b9064ffffffffff6143f36143ed8294613bde565b92613bde565b917f9bea228b000000000000000000000000000000000000000000000000000000005f52166004521660245260445ffd5b5061442e82613bde565b64ffffffffff42911611156143d1565b614446613cff565b5054614450613cff565b9063ffffffff8116825260ff8160201c16602083015260ff8160281c16604083015264ffffffffff8160301c16606083015264ffffffffff8160581c16608083015265ffffffffffff8160801c1660a08301526001808260b01c161460c083015263ffffffff8160b81c1660e083015260d81c61010082015290565b60c09064ffffffffff61452e60805f9563ffffffff6144ea82613b77565b16855260ff6144fb60208301613ba8565b16602086015260ff61450f60408301613ba8565b1660408601528361452260608301613bde565b16606086015201613bde565b16608082015260a0810165ffffffffffff61454b81835116613bf0565b1690520152565b907fffffffffff00000000000000000000000000000000000000000000000000000061010063ffffffff83511664ff00000000602085015160201b161765ff0000000000604085015160281b16176affffffffff000000000000606085015160301b16176fffffffffff0000000000000000000000608085015160581b161775ffffffffffff0000000000000000000000000000000060a085015160801b161760c084015115155f1461464c577601000000000000000000000000000000000000000000005b7affffffff000000000000000000000000000000000000000000000060e086015160b81b1691171792015160d81b16179055565b5f614618565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016301480614777575b6147535760405160208101907fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac5647282527f28907588b50345f50ec5ba281304a080f97fe4ea25aaf28fdfe55c320638fc3560408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a08201527f000000000000000000000000000000000000000000000000000000000000000060c082015260c0815261474d60e082613aba565b51902090565b7f000000000000000000000000000000000000000000000000000000000000000090565b507f00000000000000000000000000000000000000000000000000000000000000004614614691565b73ffffffffffffffffffffffffffffffffffffffff168033146147fe57805f52600160205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205264ffffffffff60405f205460301c164210156136e25750565b50565b73ffffffffffffffffffffffffffffffffffffffff909291921690815f525f60205260405f2063ffffffff84165f5260205260405f209065ffffffffffff825460801c1665ffffffffffff81145f146148a1579063ffffffff9273ffffffffffffffffffffffffffffffffffffffff925b60801b9055169216907f197b681cb2bd99a080b20f75e17aed23ae16fe2bbcc6e24fa15405931bfc057c5f80a4565b9060018201809211610ac95763ffffffff9273ffffffffffffffffffffffffffffffffffffffff92614872565b6042906148d9614652565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b9192909273ffffffffffffffffffffffffffffffffffffffff83169384156115ef5761493a93614a30565b156149425750565b7f6074301b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60ff60085460401c1661497c57565b7ff8ae2bb7000000000000000000000000000000000000000000000000000000005f5260045ffd5b67ffffffffffffffff1690815f52600560205260405f209160ff835460e81c16908115614a0557600182036149d7575050565b7fd6daa8e8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fe72f6412000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90614a3c848483614b60565b506004811015614b3357159081614b10575b50613ebc57813b15159283614a66575b505050905090565b5f93507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f86602097606494604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d111616805f8080614a5e565b905073ffffffffffffffffffffffffffffffffffffffff8084169116145f614a4e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9060418303614b8a57614b839250602081013591604082359201355f1a90614b94565b9192909190565b50505f9160029190565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411614c23579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa15614c18575f5173ffffffffffffffffffffffffffffffffffffffff811615614c0e57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190562f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d2cec940b4456d929ef0edb3a50ec6c89546dc80458c43eed197054cb4a8c8c3ead3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA04a\x01\x81W`\x1Fa\x7Fy8\x81\x90\x03\x91\x82\x01`\x1F\x19\x16\x83\x01\x91`\x01`\x01`@\x1B\x03\x83\x11\x84\x84\x10\x17a\x01MW\x80\x84\x92`@\x94\x85R\x839\x81\x01\x03\x12a\x01\x81Wa\0R` a\0K\x83a\x01\x85V[\x92\x01a\x01\x85V[`\x01`\x01`\xA0\x1B\x03\x82\x16\x15\x80\x15a\x01pW[a\x01aWa\0ta\0z\x92a\x01\x99V[Pa\x02\x0FV[P`@QaM~\x80\x82\x01`\x01`\x01`@\x1B\x03\x81\x11\x83\x82\x10\x17a\x01MW\x82\x91a1\x9B\x839\x03\x90_\xF0\x80\x15a\x01BW`\x01`\x01`\xA0\x1B\x03\x16`\x80R`@Qa.\xF8\x90\x81a\x02\xA3\x829`\x80Q\x81\x81\x81a\x01\x9C\x01R\x81\x81a\x02\xFD\x01R\x81\x81a\x04U\x01R\x81\x81a\x05\xAB\x01R\x81\x81a\x07\t\x01R\x81\x81a\t\x80\x01R\x81\x81a\x0B\xDC\x01R\x81\x81a\rn\x01R\x81\x81a\x0Eg\x01R\x81\x81a\x0F\x1B\x01R\x81\x81a\x10\xC5\x01R\x81\x81a\x13\xAA\x01R\x81\x81a\x15\x9B\x01R\x81\x81a\x19I\x01R\x81\x81a\"\xE1\x01R\x81\x81a*z\x01R\x81\x81a+\x8D\x01Ra.\x9C\x01R\xF3[`@Q=_\x82>=\x90\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[c\x8C\x93\xA3\xCD`\xE0\x1B_R`\x04_\xFD[P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15a\0dV[_\x80\xFD[Q\x90`\x01`\x01`\xA0\x1B\x03\x82\x16\x82\x03a\x01\x81WV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R_Q` a\x7FY_9_Q\x90_R` R`@\x90 T`\xFF\x16a\x02\nW`\x01`\x01`\xA0\x1B\x03\x16_\x81\x81R_Q` a\x7FY_9_Q\x90_R` R`@\x81 \x80T`\xFF\x19\x16`\x01\x17\x90U3\x91\x90_Q` a\x7F\x19_9_Q\x90_R\x81\x80\xA4`\x01\x90V[P_\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R_Q` a\x7F9_9_Q\x90_R` R`@\x90 T`\xFF\x16a\x02\nW`\x01`\x01`\xA0\x1B\x03\x16_\x81\x81R_Q` a\x7F9_9_Q\x90_R` R`@\x81 \x80T`\xFF\x19\x16`\x01\x17\x90U3\x91\x90\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H\x90_Q` a\x7F\x19_9_Q\x90_R\x90\x80\xA4`\x01\x90V\xFE`\x80\x80`@R`\x046\x10\x15a\0\x12W_\x80\xFD[_\x90_5`\xE0\x1C\x90\x81c\x01\xFF\xC9\xA7\x14a%\xBDWP\x80c\x06R\xEC\xDB\x14a WW\x80c$E@b\x14a\x1D\xE1W\x80c$\x8A\x9C\xA3\x14a\x1D\x90W\x80c(\xB3\xA0@\x14a\x1CIW\x80c//\xF1]\x14a\x1B\xEDW\x80c/\xEB\x9C\xF2\x14a\x1A#W\x80c4l1\n\x14a\x18\x12W\x80c6V\x8A\xBE\x14a\x17\x89W\x80c:\\\x92\xA0\x14a\x14\xF8W\x80c?K\xA8:\x14a\x13\\W\x80c@\xF1A5\x14a\x11\xA1W\x80cJ?\xBA\x0E\x14a\x11HW\x80cM\x15R\x81\x14a\x10\"W\x80c\\tn\xD0\x14a\x0E\xA3W\x80c\\\x97Z\xBB\x14a\r\xF4W\x80c^\x19\xB3\x05\x14a\x0C\xE6W\x80ccAr.\x14a\n\xDCW\x80c\x84V\xCBY\x14a\t2W\x80c\x91\xD1HT\x14a\x08\xBDW\x80c\x98\xEE\x9D\xBF\x14a\x08TW\x80c\xA2\x17\xFD\xDF\x14a\x08\x1AW\x80c\xA7]Q\xC4\x14a\x06\x99W\x80c\xAD\x0B7f\x14a\x05/W\x80c\xC8\xA0\x15\xE6\x14a\x02jW\x80c\xD5Gt\x1F\x14a\x02\x05W\x80c\xF1\xC6!\x04\x14a\x01\xC3Wc\xFC\x16P.\x14a\x01RW_\x80\xFD[4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[\x80\xFD[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` c\xFF\xFF\xFF\xFF`\x04T\x16`@Q\x90\x81R\xF3[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x02f`\x045a\x02Ca&yV[\x90a\x02aa\x02\\\x82_R_` R`\x01`@_ \x01T\x90V[a)\x8AV[a-zV[P\x80\xF3[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x02\xA2a&\xCAV[a\x02\xAAa&yV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x91\x823\x14\x15\x80a\x05\x06W[a\x04\xD1Wc\xFF\xFF\xFF\xFF\x16\x90\x81\x15\x80\x15a\x04\x0BW[a\x03\xDBW\x83\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90`@Qa\x03*\x81a&\xDDV[\x83\x81R\x83` \x82\x01R\x83`@\x82\x01R\x82;\x15a\x03\xD7Wa\x03|\x92\x84\x92\x83`@Q\x80\x96\x81\x95\x82\x94\x7F\xDC\xEE\x9F\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01a(\x91V[\x03\x92Z\xF1\x80\x15a\x03\xCCWa\x03\xB3W[P\x80\x7F\xBA\x02'\xC1D|!\xC7\xBF\x0B\xBC\x05\xCF]\xD8F3u\x8D&y@#T\xE0\xD9\x1B}\xA8l\x99\xE9\x91\xA3\x80\xF3[\x81a\x03\xBD\x91a'\x15V[a\x03\xC8W\x82_a\x03\x8BV[\x82\x80\xFD[`@Q=\x84\x82>=\x90\xFD[\x83\x80\xFD[P\x82\x91\x7F\\\"\x07\xF5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x94R`\x04R`$R\xFD[P`@Q\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x83`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04\xC6W\x83\x91c\xFF\xFF\xFF\xFF\x91\x87\x91a\x04\x97W[PQ\x16\x14\x15a\x02\xE0V[a\x04\xB9\x91P``=``\x11a\x04\xBFW[a\x04\xB1\x81\x83a'\x15V[\x81\x01\x90a(8V[_a\x04\x8DV[P=a\x04\xA7V[`@Q=\x87\x82>=\x90\xFD[\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84Rc\xFF\xFF\xFF\xFF\x16`\x04R3`$R`D\x83\xFD[P3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x05&\x83a-\x1BV[T\x16\x14\x15a\x02\xCCV[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x05ga&\xCAV[`$5\x90\x82\x82\x15\x15\x92\x83\x81\x03a\x06\x95Wa\x05\x7Fa)\x02V[a\x05\x88\x83a.BV[\x90a\x06\x88W[\x83`@\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x03\xC8W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x03\xCCWa\x06sW[PP` c\xFF\xFF\xFF\xFF\x7FJ\xA9u\x17\x0F!z\xB8\xF3\xF7\xA7\xE5\x1D\xC7j\xA4\xB6\x94\x0B\xCAh/f\x03G\x1BC\x9C\xAC\\\xDA\xA5\x92`@Q\x94\x85R\x16\x92\xA2\x80\xF3[\x81a\x06}\x91a'\x15V[a\x03\xC8W\x82_a\x06<V[a\x06\x90a*7V[a\x05\x8EV[P\x80\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x06\xD1a&\xCAV[a\x06\xD9a)\x02V[a\x06\xE2\x81a.BV[` \x81\x01\x80Qa\x07\xE8W\x90`\x01\x84\x92Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x03\xC8W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x03\xCCWa\x07\xD3W[PP\x7F\xCFo\xE0\x83\0!\xB7C\xFF\x80\"\xA5\xD5\xB7\xC9\x9Ej\x1D\x11\xC5g\xF1\xDC\xBE\xC2\x0C9? p\tR` c\xFF\xFF\xFF\xFF`@Q\x93`$5\x85R\x16\x92\xA2\x80\xF3[\x81a\x07\xDD\x91a'\x15V[a\x06\x95W\x81_a\x07\x9AV[`$\x84c\xFF\xFF\xFF\xFF\x85\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` \x90`@Q\x90\x81R\xF3[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@` \x92c\xFF\xFF\xFF\xFFa\x08\xABa&\xCAV[\x16\x81R`\x02\x84R T\x16`@Q\x90\x81R\xF3[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@a\t\x0Ca&yV[\x92`\x045\x81R\x80` R \x91\x16_R` R` `\xFF`@_ T\x16`@Q\x90\x15\x15\x81R\xF3[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\tia)\x02V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81\x85Z\xFA\x90\x81\x15a\n\xD1W\x83\x91a\n\x97W[Pa\noW\x80\x82\x91;\x15a\nlW\x81\x80\x91`$`@Q\x80\x94\x81\x93\x7F\x16\xC3\x8B<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x01`\x04\x84\x01RZ\xF1\x80\x15a\x03\xCCWa\nWW[P3\x7F\xF4\x82\xC8\xC0\x04\x062\xEF\xEFZY\xDF\xEF\xFD\xF7\xEE\x05\x1B\xB2\xCC+\xA5\xFD\x9C<F\xDCzZ\xAA\xA4\xA1\x82\x80\xA2\x80\xF3[\x81a\na\x91a'\x15V[a\x01\xC0W\x80_a\n.V[P\xFD[`\x04\x82\x7F\xAC/x<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[\x90P` \x81=` \x11a\n\xC9W[\x81a\n\xB2` \x93\x83a'\x15V[\x81\x01\x03\x12a\x03\xC8Wa\n\xC3\x90a'\xE5V[_a\t\xDDV[=\x91Pa\n\xA5V[`@Q=\x85\x82>=\x90\xFD[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wc\xFF\xFF\xFF\xFFa\x0B\x19a&\xCAV[\x82`\x80`@Qa\x0B(\x81a&\xF9V[\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x01R\x16\x80\x82R`\x01` R`@\x82 \x90`@Q\x91a\x0BZ\x83a&\xDDV[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83R` \x83\x01\x92`\xFF\x82`\xA0\x1C\x16\x84Rd\xFF\xFF\xFF\xFF\xFF`@\x82\x01\x92`\xA8\x1C\x16\x82R`@Q\x92\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01R``\x83`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x92\x83\x15a\x04\xC6W\x90d\xFF\xFF\xFF\xFF\xFF\x93\x92\x91`\xA0\x96\x93a\x0C\x9CW[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xFF\x91Q\x16\x94Q\x16\x91`\xFF\x84`@` \x84\x01Q\x15\x15\x93\x01Q\x15\x15\x93Q\x16\x93`\x80`@Qa\x0CZ\x81a&\xF9V[\x88\x81R` \x81\x01\x92\x83R`@\x81\x01\x94\x85R``\x81\x01\x95\x86R\x01\x94\x85R`@Q\x96\x87RQ\x16` \x86\x01RQ\x15\x15`@\x85\x01RQ\x15\x15``\x84\x01RQ\x16`\x80\x82\x01R\xF3[`\xFF\x91\x93Pa\x0C\xD7s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91``=``\x11a\x0C\xDFW[a\x0C\xCF\x81\x83a'\x15V[\x81\x01\x90a'\xF2V[\x93\x91Pa\x0C\x18V[P=a\x0C\xC5V[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\r\x1Ea&\xCAV[\x90c\xFF\xFF\xFF\xFF`@Q\x92\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R\x16`\x04\x83\x01R` \x82`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\r\xE8W\x80\x91a\r\xABW[` \x82`@Q\x90\x15\x15\x81R\xF3[\x90P` \x82=` \x11a\r\xE0W[\x81a\r\xC6` \x93\x83a'\x15V[\x81\x01\x03\x12a\x01\xC0WPa\r\xDA` \x91a'\xE5V[_a\r\x9EV[=\x91Pa\r\xB9V[`@Q\x90=\x90\x82>=\x90\xFD[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W`@Q\x90\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R` \x82`\x04\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\r\xE8W\x80\x91a\r\xABW` \x82`@Q\x90\x15\x15\x81R\xF3[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x0E\xDBa&\xCAV[a\x0E\xE3a)\x02V[a\x0E\xEC\x81a.BV[` \x81\x01\x80Q\x15a\x0F\xF0W\x90\x83\x80\x92a\x0F\x03a*7V[Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x03\xC8W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x03\xCCWa\x0F\xDBW[Pc\xFF\xFF\xFF\xFF\x82\x16\x7F\xCE\xC6HE \x03\0\xB0_\xDC6ijf\x1E\x8DJ\xEBc\xA4\x06\"\xA8\x95\xB0\xCBaZ\xF2\xC0\x86E\x82\x80\xA2\x80\xF3[\x81a\x0F\xE5\x91a'\x15V[a\x06\x95W\x81_a\x0F\xACV[`$\x84c\xFF\xFF\xFF\xFF\x85\x7FyR\x8A\xD7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W`\x045s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x91\x03a\x06\x95Wa\x10{a(\xE4V[P`@Q\x90\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x03\xCCW``\x92\x91a\x11+W[Pa\x11)`@Q\x80\x92d\xFF\xFF\xFF\xFF\xFF`@\x80\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[\xF3[a\x11B\x91P\x82=\x84\x11a\x04\xBFWa\x04\xB1\x81\x83a'\x15V[_a\x10\xF7V[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` `@Q\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H\x81R\xF3[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x11\xD9a&\xCAV[3\x15\x80\x15a\x13*W[a\x12\xF5W` a\x11\xF1\x82a.BV[\x01Qa\x12\xC4Wc\xFF\xFF\xFF\xFF\x90a\x12\x05a*7V[\x16\x80\x82R`\x01` R`@\x82 s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81T\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x81\x83R`\x02` R`@\x83 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81T\x16\x90U3\x91\x7Fpf\xE1\xA8\xC61@\xC5\x02\xFDwa\xD3\x06\x06q\xBAv\x9B(\xF6\xA8]\x06\x15\x10\0&r\xE9/\x0C\x84\x80\xA4\x80\xF3[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82Rc\xFF\xFF\xFF\xFF\x16`\x04R`$\x90\xFD[\x7F6\xA8\xE6\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82Rc\xFF\xFF\xFF\xFF\x16`\x04R3`$R`D\x90\xFD[Pc\xFF\xFF\xFF\xFF\x81\x16\x82R`\x02` R3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84 T\x16\x14\x15a\x11\xE2V[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x13\x93a)\x02V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81\x85Z\xFA\x90\x81\x15a\n\xD1W\x83\x91a\x14\xBEW[P\x15a\x14\x96W\x80\x82\x91;\x15a\nlW\x81\x80\x91`$`@Q\x80\x94\x81\x93\x7F\x16\xC3\x8B<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x81`\x04\x84\x01RZ\xF1\x80\x15a\x03\xCCWa\x14\x81W[P3\x7F\xB1\x1Di\xE9\xB1-+2\xDE$\xF8\xBF\x1A0\xE4W\xA6@\xAA\x88*\xCA\xFA;\x9A\xFB\x89\xFEI;\xF7\x14\x82\x80\xA2\x80\xF3[\x81a\x14\x8B\x91a'\x15V[a\x01\xC0W\x80_a\x14XV[`\x04\x82\x7F\xF99\xAF\x99\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[\x90P` \x81=` \x11a\x14\xF0W[\x81a\x14\xD9` \x93\x83a'\x15V[\x81\x01\x03\x12a\x03\xC8Wa\x14\xEA\x90a'\xE5V[_a\x14\x07V[=\x91Pa\x14\xCCV[P4a\x01\xC0W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x150a&\xCAV[a\x158a&yV[\x90`D5`\xFF\x81\x16\x80\x91\x03a\x03\xD7Wa\x15P\x82a+\x13V[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x92\x83\x15a\x17aW\x81\x15\x80\x15a\x17WW[a\x17+Wa\x15\x84a*7V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90`@Q\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x85`\x04\x82\x01R``\x81`$\x81\x86Z\xFA\x80\x15a\x17 Wc\xFF\xFF\xFF\xFF\x91\x88\x91a\x17\x01W[PQ\x16\x80a\x16\xD1WP\x90\x85\x91c\xFF\xFF\xFF\xFF`@Q\x95a\x16\"\x87a&\xDDV[\x16\x94\x85\x81R\x84` \x82\x01Rd\xFF\xFF\xFF\xFF\xFFB\x16`@\x82\x01R\x82;\x15a\x03\xD7Wa\x16}\x92\x84\x92\x83`@Q\x80\x96\x81\x95\x82\x94\x7F\xDC\xEE\x9F\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01a(\x91V[\x03\x92Z\xF1\x80\x15a\x03\xCCWa\x16\xBCW[PP` \x7FK\x025\x92\xD5u\xE5 \x82x\xD9\xE2\xC5g~#\xF6?W\x02ZL*WwJ\x18\xDF\xDC2>Y\x91`@Q\x90\x81R\xA3\x80\xF3[\x81a\x16\xC6\x91a'\x15V[a\x03\xD7W\x83_a\x16\x8CV[\x86`D\x91\x87\x7F\x83E\x9Ch\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[a\x17\x1A\x91P``=``\x11a\x04\xBFWa\x04\xB1\x81\x83a'\x15V[_a\x16\x04V[`@Q=\x89\x82>=\x90\xFD[`$\x85\x83\x7F3\xA8F\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[P`\x08\x82\x11a\x15xV[`\x04\x85\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x17\xC1a&yV[3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x17\xEAWa\x02f\x90`\x045a-zV[`\x04\x82\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x18Ja&\xCAV[a\x18Ra&yV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x18p\x83a-\x1BV[T\x16\x903\x82\x03a\x19\xEDWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x82a\x18\xF8W[c\xFF\xFF\xFF\xFF\x16\x80\x84R`\x02` R`@\x84 \x83\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x7F\xB9\xA3@\x9DG\nf\x89eF\xBF\x866\x17\xDC\x1C\x11G\xA1h\xE5\xC9\xA0\x08\x88\xC0\xF9\xB8<\xA3\x0C\x1F\x84\x80\xA4\x80\xF3[`@Q\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x82\x16\x90\x81`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a\x19\xE2W` \x91\x87\x91a\x19\xC3W[P\x01Qa\x19\x98WPc\xFF\xFF\xFF\xFF\x90a\x19\x91a*7V[\x90Pa\x18\x97V[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85R`\x04R`$\x84\xFD[a\x19\xDC\x91P``=``\x11a\x0C\xDFWa\x0C\xCF\x81\x83a'\x15V[_a\x19{V[`@Q=\x88\x82>=\x90\xFD[`D\x84c\xFF\xFF\xFF\xFF\x85\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R3`$R\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x1A[a&\xCAV[a\x1Aca&yV[\x82\x80R\x82` R`@\x83 s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`\xFF`@_ T\x16\x15a\x1B\xBDWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x15a\x1B\x95Wc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x1A\xD7\x83a-\x1BV[T\x16\x91\x16\x80\x84R`\x01` R`@\x84 \x83\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x80\x84R`\x02` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x85 T\x16a\x1B^W[\x7Fpf\xE1\xA8\xC61@\xC5\x02\xFDwa\xD3\x06\x06q\xBAv\x9B(\xF6\xA8]\x06\x15\x10\0&r\xE9/\x0C\x84\x80\xA4\x80\xF3[\x80\x84R`\x02` R`@\x84 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81T\x16\x90Ua\x1B7V[`\x04\x83\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[`D\x83\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04R\x80`$R\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x02f`\x045a\x1C+a&yV[\x90a\x1CDa\x02\\\x82_R_` R`\x01`@_ \x01T\x90V[a,IV[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wc\xFF\xFF\xFF\xFFa\x1C\x86a&\xCAV[\x16\x81R`\x03` R`@\x81 `@Q\x90\x82\x81T\x91a\x1C\xA3\x83a'VV[\x90\x81\x85R` \x85\x01\x93`\x01\x81\x16\x90\x81_\x14a\x1DUWP`\x01\x14a\x1D\x1AW[\x85`@\x86\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x88a\x1C\xF5\x84\x8A\x03\x85a'\x15V[\x84Q\x95\x86\x94` \x86RQ\x80\x92\x81` \x88\x01R\x87\x87\x01^\x85\x82\x86\x01\x01R\x01\x16\x81\x01\x03\x01\x90\xF3[\x85R` \x85 \x85\x92P[\x81\x83\x10a\x1D;WPP\x82\x01` \x01`\x1F`@a\x1C\xC1V[`\x01\x81` \x92\x94\x93\x94T\x83\x85\x89\x01\x01R\x01\x91\x01\x91\x90a\x1D$V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x85RPP\x15\x15`\x05\x1B\x83\x01` \x01\x90P`\x1F`@a\x1C\xC1V[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` a\x1D\xD9`\x045_R_` R`\x01`@_ \x01T\x90V[`@Q\x90\x81R\xF3[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x1E\x19a&\xCAV[\x90`$5\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a\x06\x95Wa\x1E@c\xFF\xFF\xFF\xFF\x936\x90`\x04\x01a&\x9CV[\x93\x90\x91a\x1EL\x81a+\x13V[Pa\x1EW\x85\x84a)\xF0V[a\x1E_a*7V[\x16\x90\x81\x83R`\x03` R`@\x83 \x93g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a *Wa\x1E\x87\x85Ta'VV[`\x1F\x81\x11a\x1F\xE5W[P\x83\x94`\x1F\x82\x11`\x01\x14a\x1F$W\x81\x85\x96\x7F|\xB53\xC2d\x9EPd\x87\xC8\xC2\xED\xAD\xAF\x7F\x86\x99Xs8\xB63\x97#\t\xD2\xC6|4\xC8p\xE1\x95\x96\x91a\x1F\x19W[P\x82`\x01\x1B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84`\x03\x1B\x1C\x19\x16\x17\x90U[a\x1F\x13`@Q\x92\x83\x92` \x84R` \x84\x01\x91a'\xA7V[\x03\x90\xA2\x80\xF3[\x90P\x83\x015_a\x1E\xCAV[\x80\x85R` \x85 \x95\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x83\x16\x86[\x81\x81\x10a\x1F\xCDWP\x90\x83\x7F|\xB53\xC2d\x9EPd\x87\xC8\xC2\xED\xAD\xAF\x7F\x86\x99Xs8\xB63\x97#\t\xD2\xC6|4\xC8p\xE1\x96\x97\x98\x92\x10a\x1F\x95W[PP`\x01\x82\x81\x1B\x01\x90Ua\x1E\xFCV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x85`\x03\x1B\x16\x1C\x19\x90\x85\x015\x16\x90U_\x80a\x1F\x86V[\x85\x83\x015\x89U`\x01\x90\x98\x01\x97` \x92\x83\x01\x92\x01a\x1FQV[\x85\x85R` \x85 `\x1F\x83\x01`\x05\x1C\x81\x01\x91` \x84\x10a  W[`\x1F\x01`\x05\x1C\x01\x90[\x81\x81\x10a \x15WPa\x1E\x90V[\x85\x81U`\x01\x01a \x08V[\x90\x91P\x81\x90a\x1F\xFFV[`$\x84\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`A`\x04R\xFD[4a$\x12W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a$\x12W`\x045`\xFF\x81\x16\x80\x91\x03a$\x12Wa \x9Ca&yV[`D5\x91\x82\x15\x15\x80\x93\x03a$\x12W`d5g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a$\x12Wa \xCA\x906\x90`\x04\x01a&\x9CV[`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a$\x12Wa \xEA\x906\x90`\x04\x01a&\x9CV[\x95\x90\x94a \xF5a)\x02V[\x84\x15\x80\x15a%\xB3W[a%\x87Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x84\x15a%_Wa!)\x87\x87a)\xF0V[a!1a*7V[`\x04Tc\xFF\xFF\xFF\xFF\x81\x16\x96c\xFF\xFF\xFF\xFF\x88\x14a%2W`\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x98\x01\x91c\xFF\xFF\xFF\xFF\x83\x16\x98\x89\x91\x16\x17`\x04U`@Qa!\x88\x81a&\xDDV[\x87\x81R` \x81\x01\x84\x81R`@\x82\x01\x90d\xFF\xFF\xFF\xFF\xFFB\x16\x82R\x8A_R`\x01` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80`@_ \x94Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84T\x16\x17\x83UQ\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85T\x93Q`\xA8\x1B\x16\x93`\xA0\x1B\x16\x91\x16\x17\x17\x90U\x87_R`\x03` R`@_ g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x11a%\x05Wa\"z\x81Ta'VV[`\x1F\x81\x11a$\xC0W[P\x89_`\x1F\x82\x11`\x01\x14a$!W_\x91a$\x16W[P\x8A`\x01\x1B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C`\x03\x1B\x1C\x19\x16\x17\x90U[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`@Qa#\x0E\x81a&\xDDV[`\x01\x81R_` \x82\x01R\x85`@\x82\x01R\x83;\x15a$\x12W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\x04\x84\x01R\x81Q\x15\x15`$\x84\x01R` \x82\x01Q\x15\x15`D\x84\x01R\x01Q\x15\x15`d\x82\x01R\x91_\x90\x83\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x98\x89\x15a$\x07Wa#\xDE\x89\x97\x7F\x1BS\xA2\x0Fctz\x19\x02\xB6\xC486\xBB\x99@\xF9\xB1O\x1F\xE5~\xF8\\\xD7\xB6\xE7~<\xA0\xB2\x8F\x97a#\xEC\x95` \x9Da#\xF7W[P`@Q\x97\x88\x97\x88R\x8D\x88\x01R`\x80`@\x88\x01R`\x80\x87\x01\x91a'\xA7V[\x91\x84\x83\x03``\x86\x01Ra'\xA7V[\x03\x90\xA3`@Q\x90\x81R\xF3[_a$\x01\x91a'\x15V[_a#\xC0V[`@Q=_\x82>=\x90\xFD[_\x80\xFD[\x90P\x82\x015\x8Ba\"\x98V[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x90\x82_R\x8B` _ \x92_[\x81\x81\x10a$\xA5WP\x10a$mW[PP`\x01\x8A\x81\x1B\x01\x90Ua\"\xCAV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x8D`\x03\x1B\x16\x1C\x19\x90\x84\x015\x16\x90U\x8A\x80a$^V[\x86\x84\x015\x85U`\x01\x90\x94\x01\x93` \x93\x84\x01\x93\x8F\x93P\x01a$PV[\x81_R` _ `\x1F\x8C\x01`\x05\x1C\x81\x01\x91` \x8D\x10a$\xFBW[`\x1F\x01`\x05\x1C\x01\x90[\x81\x81\x10a$\xF0WPa\"\x83V[_\x81U`\x01\x01a$\xE3V[\x90\x91P\x81\x90a$\xDAV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x84\x7F=\x8A:p\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x07\x85\x11a \xFEV[4a$\x12W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a$\x12W`\x045\x90\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x80\x92\x03a$\x12W\x81\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x93\x14\x90\x81\x15a&OW[P\x15\x15\x81R\xF3[\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91P\x14\x83a&HV[`$5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a$\x12WV[\x91\x81`\x1F\x84\x01\x12\x15a$\x12W\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a$\x12W` \x83\x81\x86\x01\x95\x01\x01\x11a$\x12WV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a$\x12WV[``\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a%\x05W`@RV[`\xA0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a%\x05W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a%\x05W`@RV[\x90`\x01\x82\x81\x1C\x92\x16\x80\x15a'\x9DW[` \x83\x10\x14a'pWV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[\x91`\x7F\x16\x91a'eV[`\x1F\x82` \x94\x93\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x93\x81\x86R\x86\x86\x017_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[Q\x90\x81\x15\x15\x82\x03a$\x12WV[\x90\x81``\x91\x03\x12a$\x12Wa(0`@\x80Q\x92a(\x0E\x84a&\xDDV[a(\x17\x81a'\xE5V[\x84Ra(%` \x82\x01a'\xE5V[` \x85\x01R\x01a'\xE5V[`@\x82\x01R\x90V[\x90\x81``\x91\x03\x12a$\x12W`@Q\x90a(P\x82a&\xDDV[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x03a$\x12W\x82R` \x81\x01Q\x90`\xFF\x82\x16\x82\x03a$\x12W`@\x91` \x84\x01R\x01Qd\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a$\x12W`@\x82\x01R\x90V[\x91` a(\xE2\x92\x94\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x82\x01\x96\x16\x81R\x01\x90d\xFF\xFF\xFF\xFF\xFF`@\x80\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[V[`@Q\x90a(\xF1\x82a&\xDDV[_`@\x83\x82\x81R\x82` \x82\x01R\x01RV[3_\x90\x81R\x7F,\xEC\x94\x0BDV\xD9)\xEF\x0E\xDB:P\xECl\x89Tm\xC8\x04X\xC4>\xED\x19pT\xCBJ\x8C\x8C>` R`@\x90 T`\xFF\x16\x15a):WV[\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H`$R`D_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`\xFF`@_ T\x16\x15a)\xC1WPV[\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P\x80\x15\x80\x15a*,W[a*\x01WPV[\x7FPD\xFC\x0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pa\x02\0\x81\x11a)\xFAV[`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a$\x07W_\x91a*\xD9W[Pa*\xB1WV[\x7F\xAC/x<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x90P` \x81=` \x11a+\x0BW[\x81a*\xF4` \x93\x83a'\x15V[\x81\x01\x03\x12a$\x12Wa+\x05\x90a'\xE5V[_a*\xAAV[=\x91Pa*\xE7V[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa+2\x83a-\x1BV[T\x16\x913\x83\x03a,\x13Wc\xFF\xFF\xFF\xFF`@Q\x91\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16\x90\x81`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a$\x07W` \x91_\x91a+\xF4W[P\x01Qa+\xC9WPV[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[a,\r\x91P``=``\x11a\x0C\xDFWa\x0C\xCF\x81\x83a'\x15V[_a+\xBFV[c\xFF\xFF\xFF\xFF\x90\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R3`$R`D_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`\xFF`@_ T\x16\x15_\x14a-\x15W\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ `\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x82T\x16\x17\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r_\x80\xA4`\x01\x90V[PP_\x90V[c\xFF\xFF\xFF\xFF\x16\x90\x81_R`\x01` R`@_ \x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83T\x16\x15a-OWPV[\x7F\xF8\x80\x13|\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`\xFF`@_ T\x16_\x14a-\x15W\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x81T\x16\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B_\x80\xA4`\x01\x90V[\x90a.Ka(\xE4V[Pc\xFF\xFF\xFF\xFF`@Q\x92\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R\x16\x80`\x04\x84\x01R``\x83`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x92\x83\x15a$\x07W_\x93a.\xD7W[P\x82Q\x15a-OWPV[a.\xF1\x91\x93P``=``\x11a\x0C\xDFWa\x0C\xCF\x81\x83a'\x15V[\x91_a.\xCCVa\x01 4a\x01KW_\x19C\x01C\x81\x11a\x017W@\x80`\x80RF`\xC0R0`\xE0R` \x82\x01\x90\x7F\xD8|\xD6\xEFy\xD4\xE2\xB9^\x15\xCE\x8A\xBFs-\xB5\x1E\xC7q\xF1\xCA.\xDC\xCF\"\xA4lr\x9A\xC5dr\x82R\x7F(\x90u\x88\xB5\x03E\xF5\x0E\xC5\xBA(\x13\x04\xA0\x80\xF9\x7F\xE4\xEA%\xAA\xF2\x8F\xDF\xE5\\2\x068\xFC5`@\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x84\x01RF`\x80\x84\x01R0`\xA0\x84\x01R`\xC0\x83\x01R`\xC0\x82R`\xE0\x82\x01\x91\x80\x83\x10`\x01\x80`@\x1B\x03\x84\x11\x17a\x01#W\x82`@RQ\x90 `\xA0R3a\x01\0RaL.\x90\x81a\x01P\x829`\x80Q\x81\x81\x81a\x18\x03\x01RaG\x1A\x01R`\xA0Q\x81aGU\x01R`\xC0Q\x81aGz\x01R`\xE0Q\x81aFi\x01Ra\x01\0Q\x81\x81\x81a\x04\x86\x01R\x81\x81a\x18\xDB\x01R\x81\x81a,\xDC\x01Ra.\xBF\x01R\xF3[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[_\x80\xFD\xFE`\x80`@R`\x046\x10\x15a\0\x11W_\x80\xFD[_5`\xE0\x1C\x80c\x01\xE3\x8D\xFC\x14a71W\x80c\x02\r0\x8D\x14a5\x8FW\x80c\x02]\xE1\xC1\x14a4\x15W\x80c\x06\xAEh(\x14a3\xD6W\x80c\x07?]\x9F\x14a3~W\x80c\n\xD3h\"\x14a/~W\x80c\x16)O\x85\x14a/$W\x80c\x16\xC3\x8B<\x14a.qW\x80c\x1C-Tq\x14a-\xD1W\x80c\x1E\xB2\x1E~\x14a-\0W\x80c#M\xB1\xDE\x14a,\x92W\x80c.\xC9\xA6J\x14a+\xDEW\x80c4^lM\x14a*\xE0W\x80c6D\xE5\x15\x14a*\xA0W\x80c=vxt\x14a*NW\x80cV\xED\xEAD\x14a(\x10W\x80c[\xAD\xBEL\x14a'\xCBW\x80c\\\x97Z\xBB\x14a'\x88W\x80c^\x19\xB3\x05\x14a'=W\x80c`C\xB9\xD2\x14a&\x85W\x80cb\x8D\xA5'\x14a%\x96W\x80cd)\x08\x0F\x14a!\x83W\x80cl9\x8D\xD4\x14a\x1F8W\x80cm\xFF\xFF\x96\x14a\x1D\x19W\x80cs\xDA]\n\x14a\x1A\x12W\x80c{\xEB\x87d\x14a\x18cW\x80c\x84\xB0\x19n\x14a\x16\xF5W\x80c\x8As\"'\x14a\x16\x9DW\x80c\x90I\xEC\xDB\x14a\x16\x17W\x80c\x92\xDC\xA8o\x14a\x10\x19W\x80c\xAC\x14\xA9\x92\x14a\x0E\x9CW\x80c\xB3\xCE\xF0\x91\x14a\r\xAFW\x80c\xBA\xD9\xFA\xA2\x14a\x0B!W\x80c\xC1\xC5\xE6\xE1\x14a\t\rW\x80c\xD5\x0E\n\xAB\x14a\x08\x07W\x80c\xD9U\xE4\xF0\x14a\x05\xE0W\x80c\xDC\xEE\x9F\xC6\x14a\x04\x0EW\x80c\xDE:\x17m\x14a\x02\xF9Wc\xEF\xBC\xBD\\\x14a\x01\xC6W_\x80\xFD[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xF5Wa\x02\x14\x90aI\xA4V[\x90c\xFF\xFF\xFF\xFF\x82T`\xA0\x1C\x16\x913_R`\x06` R\x82c\xFF\xFF\xFF\xFF`@_ T\x16\x03a\x02\xC5W\x80}\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93T\x16\x17\x81UT\x16\x90\x7FN\xE7N\xCF\xD6\x7F\x9A\x18\x9B!\xEE6\xD4\x1A\xD6\x01\x07@\xFDk\x05\x89\xD4\x8F\xA9}\x14\xD7\xF4\xD3\x9DM` `@Q3\x81R\xA4\0[\x82\x7F7\x10W\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[_\x80\xFD[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x91\x03a\x02\xF5W_`\xE0`@Qa\x03L\x81a:8V[\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x82`\xA0\x82\x01R\x82`\xC0\x82\x01R\x01R_R`\x05` Ra\x01\0a\x03\x8B`@_ a<zV[d\xFF\xFF\xFF\xFF\xFF`\xE0`@Q\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x84Rc\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x85\x01R\x82`@\x82\x01Q\x16`@\x85\x01R`\xFF``\x82\x01Q\x16``\x85\x01R`\xFF`\x80\x82\x01Q\x16`\x80\x85\x01R`\xFF`\xA0\x82\x01Q\x16`\xA0\x85\x01Rc\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x85\x01R\x01Q\x16`\xE0\x82\x01R\xF3[4a\x02\xF5W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x04Ea8\x8DV[``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC6\x01\x12a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05\xB4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90c\xFF\xFF\xFF\xFFa\x04\xCFa;dV[\x16a\x04\xE5W\x16_\x90\x81R`\x06` R`@\x81 U\0[\x16_R`\x06` R`@_ c\xFF\xFF\xFF\xFFa\x04\xFEa;dV[\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x82T\x16\x17\x81U`D5`\xFF\x81\x16\x81\x03a\x02\xF5W\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\x16` \x91\x90\x91\x1Bd\xFF\0\0\0\0\x16\x17\x81U`d5d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\x16`(\x91\x90\x91\x1Bi\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x16\x17\x90U[\0[\x7F\xF7SN\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$_\xFD[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x06\x17a8\x8DV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x064a8\xD3V[\x91\x16\x803\x14\x80\x15a\x07\xC8W[\x80\x15\x80a\x07\x93W[a\x07]W\x81_R_` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`@_ \x80T`\xD8\x1CB\x10\x15a\x07'W\x80Tv\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90Ua\x06\xC4W[c\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\x84\x04p\xBE\xCF(\x1E\xB22\xEF_\xAB\x88\x05\xC7\x99\xB9\x86o\xF7\xB4\x17\xEE \xBA\xFD\x81gQ\x90\x1E\x8A_\x80\xA4\0[\x80_R`\x03` R`@_ c\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0B`x\x1B\x16\x91\x16\x17\x90Ua\x06\x95V[c\xFF\xFF\xFF\xFF\x84\x84\x7F\xE9\x0B\xDD\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[c\xFF\xFF\xFF\xFF\x83\x7F7\x10W\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x16`$R`D_\xFD[Pc\xFF\xFF\xFF\xFF\x83\x16\x80\x15\x90\x81\x15a\x07\xABW[Pa\x06HV[\x90P3_R`\x06` Rc\xFF\xFF\xFF\xFF`@_ T\x16\x14\x15\x84a\x07\xA5V[P\x80_R`\x01` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T`0\x1C\x16B\x10a\x06@V[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x08>a8\x8DV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x08[a8\xD3V[\x91a\x08da<\xFFV[P\x16_R_` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` Ra\x01 a\x08\x8B`@_ aD>V[d\xFF\xFF\xFF\xFF\xFFa\x01\0`@Q\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x84R`\xFF` \x82\x01Q\x16` \x85\x01R`\xFF`@\x82\x01Q\x16`@\x85\x01R\x82``\x82\x01Q\x16``\x85\x01R\x82`\x80\x82\x01Q\x16`\x80\x85\x01Re\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x85\x01R`\xC0\x81\x01Q\x15\x15`\xC0\x85\x01Rc\xFF\xFF\xFF\xFF`\xE0\x82\x01Q\x16`\xE0\x85\x01R\x01Q\x16a\x01\0\x82\x01R\xF3[4a\x02\xF5W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\tDa8\x8DV[a\tLa8\xD3V[\x90`D5\x91`d5`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\xF5Wa\tt\x906\x90`\x04\x01a9\xC7V[\x91\x80B\x11a\n\xF6Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81_R_` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` R`@_ Te\xFF\xFF\xFF\xFF\xFF\xFF\x81`\x80\x1C\x16\x90\x81\x89\x03a\n?W[PPa\n9\x93\x92\x91a\x05\xB2\x97a\n3\x92`@Q\x91` \x83\x01\x93\x7Ff\x05\x90\xCB\xA9\xAC\xB5S\x9DQ\xEDNJN\xCF>\xFC\x0F\x0B?\xB5\n\xC4\xE1\x87!y\xAC\x9Dg\xC5X\x85R`@\x84\x01Rc\xFF\xFF\xFF\xFF\x89\x16``\x84\x01R`\x80\x83\x01R`\xA0\x82\x01R`\xA0\x81Ra\n+`\xC0\x82a:\xBAV[Q\x90 aH\xCEV[\x85aI\x0FV[\x81aH\x01V[\x81\x89\x10\x90\x81a\n\xB4W[\x81a\n\x8BW[P\x15a\n[W\x80a\t\xC5V[\x87\x90\x7F\xE0\xCD\xA4\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x90P`\x01\x80\x82`\xB0\x1C\x16\x14\x90\x81a\n\xA4W[P\x89a\nOV[c\xFF\xFF\xFF\xFF\x91P\x16\x15\x15\x89a\n\x9DV[\x90P\x88\x82\x03\x82\x81\x11a\n\xC9W`\x01\x14\x90a\nIV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x7F\xC7\xFE\x91\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xF5Wa\x0Bo\x90aI\xA4V[a\x0Bx\x81a<zV[\x90d\xFF\xFF\xFF\xFF\xFF`@\x83\x01Q\x16\x80B\x10\x15a\r\x80WPd\xFF\xFF\xFF\xFF\xFFB\x16d\xFF\xFF\xFF\xFF\xFF`\xE0\x84\x01Q\x16\x81\x01\x92d\xFF\xFF\xFF\xFF\xFF\x84\x11a\n\xC9Wc\xFF\xFF\xFF\xFF\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x83Q\x16\x91\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9`\xC0\x85\x01\x92\x87\x84Q\x16a\x0C\x1A\x8A`\x80\x89\x01\x97`\xFF\x89Q\x16`\xA0\x8B\x01\x94`\xFF\x86Q\x16\x92aA\xA3V[a\rK` \x88\x01\x9A\x8B\x95a\x0C0\x8C\x88Q\x16a@\x02V[}\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90U\x89\x89Q\x16_R_` R`@_ \x8B\x80\x88Q\x16\x16_R` Ra\x0C\xF2`@_ a\x0C\x9F\x81aD>V[\x90\x8D\x8AQ\x16\x82R`\xFF\x8BQ\x16` \x83\x01R`\xFF\x86Q\x16`@\x83\x01R\x86``\x83\x01Rd\xFF\xFF\xFF\xFF\xFF\x84\x16`\x80\x83\x01R`\xA0\x82\x01e\xFF\xFF\xFF\xFF\xFF\xFFa\x0C\xE4\x81\x83Q\x16a;\xF0V[\x16\x90R_`\xC0\x83\x01RaERV[`\xFF\x80\x8C\x80\x8D\x8DQ\x16\x99Q\x16\x99Q\x16\x99Q\x16\x93Q\x16\x93`@Q\x94\x85\x943\x9A\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x03\x90\xA4Q\x16\x91Q\x16\x91\x7F\x7F\xCD\xE7\xEB+\xDDe\xB2\x14h\xC8\x10\xB6U\xAD\xF8[m\x91\x83O\xE9\xF1D\xFF\x93\xB7\xE6\xC8Jv\xAE` `@Q3\x81R\xA4\0[\x83\x7FmJ\xCD\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xF5Wa\r\xFD\x90aI\xA4V[c\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x91a\x0E$\x83aG\xA0V[}\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x81UT`\xA0\x1C\x16\x91\x7F\x08\xC7\xD7\x86\xFB{~\x82{\xF6\x87\xBC\xF6\x0C\x88\x93Q#y\xE3\xCD\xE9HrU=\xE1\xEAW4=l` `@Q3\x81R\xA4\0[4a\x02\xF5W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x0E\xD3a8\x8DV[a\x0E\xDBa8\xB0V[`D5\x80\x15\x15\x81\x03a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x0F\x04a9\tV[\x93\x16\x80_R`\x06` R`@_ Tc\xFF\xFF\xFF\xFF\x81\x16\x94\x85\x15a\x0F\xEDW`\xFF\x16\x91`\x01\x80h\x03\x10\x0C\x03\x03h\x03\x03\0\x85a\x07\xF8\x86`\x1D\x1C\x16\x01\x1C\x16\x03a\x0F\xB4WPPP\x82_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a\x0F\x88W\x82`@\x93\x92a\x0Fo\x92a\x0F{Wa=TV[\x82Q\x91\x82R` \x82\x01R\xF3[a\x0F\x83aImV[a=TV[\x82\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`\xFF\x91\x7F\xA03\xE5\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R` \x1C\x16`$R`DR`d_\xFD[\x82\x7F\xC46\x1B\xFA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xF5W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x10Pa8\x8DV[`$5`\xFF\x81\x16\x80\x91\x03a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x80\x15a\x15\xEFW\x81\x15\x80\x15a\x15\xE5W[a\x15\xB9Wa\x10\x913a?qV[\x90c\xFF\xFF\xFF\xFF\x82Q\x16_R`\x07` R`\xFF`@_ T`\x10\x1C\x16\x15a\x15\x86W`\xFF` \x83\x01Q\x16\x93`\x01\x80a\x01\x06\x87\x1C\x16\x03a\x15VW`@\x94P\x81_R`\x02` R\x84_ \x92\x85Q\x93a\x10\xE4\x85a:\x82V[T\x90c\xFF\xFF\xFF\xFF`\xFF\x83\x16\x15\x91\x82\x15\x96\x87\x81Rd\xFF\xFF\xFF\xFF\xFF` \x82\x01\x95\x84\x81`\x08\x1C\x16\x87R`(\x1C\x16\x99\x8A\x91\x01RQ\x16\x94d\xFF\xFF\xFF\xFF\xFFB\x16\x97\x88\x91\x92a\x15KW[PPa\x15\x1FW\x83_R`\x04` R\x85d\xFF\xFF\xFF\xFF\xFF`@_ T\x16\x10\x15a\x14\xF3W\x82_R_` R`@_ c\xFF\xFF\xFF\xFF\x85\x16_R` R`@_ \x91\x82T`\xD8\x1C\x90\x87\x86\x81\x84\x11\x92\x83a\x14\xDCW[PPPa\x14\xA9WP\x82_R`\x03` R`@_ c\xFF\xFF\xFF\xFF\x85\x16_R` R`@_ \x95a\x11\xA4\x87a</V[\x96d\xFF\xFF\xFF\xFF\xFF``\x89\x01Q\x16\x80\x15\x15\x80a\x14\x91W[a\x14MWPd\xFF\xFF\xFF\xFF\xFF\x88Q\x16\x97` \x81\x01d\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x8A\x81\x10a\x14EW[P`@\x82\x01\x91d\xFF\xFF\xFF\xFF\xFF\x83Q\x16d\xFF\xFF\xFF\xFF\xFF\x8C\x16\x81\x10a\x14=W[Pd\xFF\xFF\xFF\xFF\xFF\x8B\x16\x80\x15\x15\x80a\x14%W[a\x13\xE1Wd\xFF\xFF\xFF\xFF\xFF\x80\x80\x9A\x9B\x9C\x9DP\x83\x83a\x12\x9F\x96\x94\x83\x80\x97Q\x16\x14_\x14a\x13\xC8WP\x88\x81R[Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x86T\x16\x17\x85UQ\x16\x83\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFFi\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x83T\x92`(\x1B\x16\x91\x16\x17\x90UV[Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFn\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\x83T\x92`P\x1B\x16\x91\x16\x17\x90Ua\x12\xF1c\xFF\xFF\xFF\xFFa\x1F\xFF\x93Q\x16\x91a;\x19V[\x92\x80T\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFz\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x86\x17`\xB8\x1B\x16\x91\x16\x17\x81U\x80Tz\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86`\xD8\x1B\x16\x91\x16\x17\x90U`@Q\x96\x87R`D5` \x88\x01R\x17`@\x86\x01R\x16``\x84\x01R\x7F)s\t\x9D\xECy\xC9\xE1\x80L&\xF6'J\x93\xEE\xADfR#S\0\x12\xEC\x9E|\x0E\xDD\xC6)\xCE\0`\x803\x94\xA4\0[\x84Q\x83\x16\x03a\x13\xD9W\x88\x84Ra\x127V[\x88\x87Ra\x127V[d\xFF\xFF\xFF\xFF\xFF\x89\x8Ba\x13\xF2\x8Fa;5V[\x91\x7F\xF6(\xA01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R\x16`DR`d_\xFD[Pd\xFF\xFF\xFF\xFF\xFFa\x145\x8Da;5V[\x16\x86\x10a\x12\x0EV[\x9AP\x8Ba\x11\xFCV[\x99P\x8Aa\x11\xDEV[\x85\x87a\x14^d\xFF\xFF\xFF\xFF\xFF\x93a;\x19V[\x91\x7F\r\x97Y\xE0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R\x16`DR`d_\xFD[Pd\xFF\xFF\xFF\xFF\xFFa\x14\xA1\x82a;\x19V[\x16\x83\x10a\x11\xBAV[\x84\x84\x7F\xE9SZ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`DR`d_\xFD[a\x14\xE7\x92\x93Pa=TV[`\xD8\x1C\x11\x87\x86\x8Aa\x11vV[\x83\x7F\x9E_\xA2r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x82\x7F\xEB9z\xFD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x10\x15\x90P\x86\x88a\x11'V[\x84\x7F\xFC\xFE[\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[c\xFF\xFF\xFF\xFF\x82Q\x16\x7F\x9E_\xA2r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P\x7F@\xDE59\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x04\x82\x11a\x10\x84V[\x7F,\x84\xB3}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x16Na8\x8DV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x16ka8\xD3V[\x91\x16_R_` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R` e\xFF\xFF\xFF\xFF\xFF\xFF`@_ T`\x80\x1C\x16`@Q\x90\x81R\xF3[4a\x02\xF5W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W` `@Q\x7Ff\x05\x90\xCB\xA9\xAC\xB5S\x9DQ\xEDNJN\xCF>\xFC\x0F\x0B?\xB5\n\xC4\xE1\x87!y\xAC\x9Dg\xC5X\x81R\xF3[4a\x02\xF5W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x17\xE7` `@Qa\x175\x82\x82a:\xBAV[_\x81R_6\x817`@Q\x91a\x17K`@\x84a:\xBAV[`\t\x83R\x7FConsentry\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x84\x01Ra\x17\xF5`@Qa\x17\x85`@\x82a:\xBAV[`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x82\x01R`@Q\x95\x86\x95\x7F\x1F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87R`\xE0\x85\x88\x01R`\xE0\x87\x01\x90a9\xF5V[\x90\x85\x82\x03`@\x87\x01Ra9\xF5V[F``\x85\x01R0`\x80\x85\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x85\x01R\x83\x81\x03`\xC0\x85\x01R\x81\x80\x84Q\x92\x83\x81R\x01\x93\x01\x91_[\x82\x81\x10a\x18LWPPPP\x03\x90\xF3[\x83Q\x85R\x86\x95P\x93\x81\x01\x93\x92\x81\x01\x92`\x01\x01a\x18=V[4a\x02\xF5W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x18\x9Aa8\xE6V[``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC6\x01\x12a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05\xB4Wc\xFF\xFF\xFF\xFF\x16\x80_R`\x07` R`\xFF`@_ T`\x10\x1C\x16\x80a\x1A\x03W[a\x19\xC2W[_R`\x07` R`@_ `$5\x80\x15\x15\x81\x03a\x02\xF5W\x81T\x90\x15\x15`\xFF\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x91\x90\x91\x16\x17\x81U`D5\x80\x15\x15\x90\x81\x81\x03a\x02\xF5WP\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFFa\xFF\0b\xFF\0\0a\x19\xADa<kV[\x15\x15`\x10\x1B\x16\x93`\x08\x1B\x16\x91\x16\x17\x17\x90U_\x80\xF3[_\x81\x81R`\x04` R`@\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x16Bd\xFF\xFF\xFF\xFF\xFF\x16\x17\x90Ua\x19%V[Pa\x1A\x0Ca<kV[\x15a\x19 V[4a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x1A56a9<V[\x91a\x1AB\x81\x94\x92\x94aG\xA0V[\x16\x80_R_` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`@_ a\x1Ag\x81aD>V[\x90c\xFF\xFF\xFF\xFF\x82Q\x16\x15a\x1C\xE3Wc\xFF\xFF\xFF\xFFa\x1A\x83\x85a;wV[\x81\x84Q\x16\x19\x16\x16\x15\x80\x15\x90a\x1C\xC3W[\x80\x15a\x1C\xA3W[\x80\x15a\x1C\x81W[\x80\x15a\x1C_W[a\x1B\xA9Wa\x1A\xB5\x84a;wV[c\xFF\xFF\xFF\xFF\x80\x84Q\x16\x91\x16\x14\x80a\x1CAW[\x80a\x1C#W[\x80a\x1C\x01W[\x80a\x1B\xDFW[a\x1B\xA9W\x90a\x1A\xFA\x91a\x1A\xEB\x85aCqV[a\x1A\xF5\x85\x83aD\xCCV[aERV[\x7F\x1Cq\xCFj\x8A\xC4\xC0.\x08\x10~g\r\xC6\xBAGu\r5}\x85:yJ\x98\xF9w\x1E&\xB3|\xE8a\x1B$\x83a;wV[\x92a\x1B1` \x82\x01a;\xA8V[a\x1B\xA4a\x1B@`@\x84\x01a;\xA8V[\x92a\x1BY`\x80a\x1BR``\x84\x01a;\xDEV[\x92\x01a;\xDEV[\x90`@Q\x94\x85\x94c\xFF\xFF\xFF\xFF3\x9B\x16\x99\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x03\x90\xA4\0[c\xFF\xFF\xFF\xFF\x85\x84\x7FvN3\xCE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[Pa\x1B\xEC`\x80\x85\x01a;\xDEV[d\xFF\xFF\xFF\xFF\xFF\x80`\x80\x85\x01Q\x16\x91\x16\x14a\x1A\xD9V[Pa\x1C\x0E``\x85\x01a;\xDEV[d\xFF\xFF\xFF\xFF\xFF\x80``\x85\x01Q\x16\x91\x16\x14a\x1A\xD3V[Pa\x1C0`@\x85\x01a;\xA8V[`\xFF\x80`@\x85\x01Q\x16\x91\x16\x14a\x1A\xCDV[Pa\x1CN` \x85\x01a;\xA8V[`\xFF\x80` \x85\x01Q\x16\x91\x16\x14a\x1A\xC7V[Pa\x1Cl`\x80\x85\x01a;\xDEV[d\xFF\xFF\xFF\xFF\xFF\x80`\x80\x85\x01Q\x16\x91\x16\x11a\x1A\xA8V[Pa\x1C\x8E``\x85\x01a;\xDEV[d\xFF\xFF\xFF\xFF\xFF\x80``\x85\x01Q\x16\x91\x16\x10a\x1A\xA1V[P`\xFFa\x1C\xB2`@\x86\x01a;\xA8V[\x81`@\x85\x01Q\x16\x19\x16\x16\x15\x15a\x1A\x9AV[P`\xFFa\x1C\xD2` \x86\x01a;\xA8V[\x81` \x85\x01Q\x16\x19\x16\x16\x15\x15a\x1A\x93V[c\xFF\xFF\xFF\xFF\x85\x84\x7F\xCA5\xA5n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x1DPa9\x19V[a\x1DXa8\xD3V[c\xFF\xFC\x1F\xFF\x81\x16a\x1F\x06W3_R`\x02` R`@_ \x91`@Q\x92a\x1D}\x84a:\x82V[T\x90`\xFF\x82\x16\x15\x93\x84\x15\x94\x85\x82Rd\xFF\xFF\xFF\xFF\xFF`@c\xFF\xFF\xFF\xFF\x86`\x08\x1C\x16\x93\x84` \x82\x01R\x01\x94`(\x1C\x16\x84R\x82\x15\x91\x82\x15\x96\x83a\x1E\xE2W[PPPa\x1E\xD5W[\x15a\x1E\xC4WPa\x1E\x91d\xFF\xFF\xFF\xFF\xFFB\x16[d\xFF\xFF\xFF\xFF\xFF`@Q\x91a\x1D\xE5\x83a:\x82V[\x85\x83Rc\xFF\xFF\xFF\xFF` \x84\x01\x95\x16\x94\x85\x81R\x82`@\x85\x01\x92\x16\x82R3_R`\x02` Ra\x1ED`@_ \x94Q\x15\x15\x85\x90`\xFF\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83T\x16\x91\x15\x15\x16\x17\x90UV[Q\x83T\x91Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\x90\x92\x16`\x08\x91\x90\x91\x1Bd\xFF\xFF\xFF\xFF\0\x16\x17\x91\x16`(\x1Bi\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x16\x17\x90UV[`@Q\x91\x82R` \x82\x01R\x7F n\xA3\xC6\x01P\xF1t\x11\xDC\x88^\x1E5U\xAD\xEF\xAB\x0E.\xE0\x08\xB6a\x9BC\x07M\x8F\xBAus`@3\x92\xA2\0[d\xFF\xFF\xFF\xFF\xFFa\x1E\x91\x91Q\x16a\x1D\xD2V[a\x1E\xDDaImV[a\x1D\xC0V[\x92P\x90a\x1E\xF3W[P\x85\x80\x80a\x1D\xB8V[c\xFF\xFF\xFF\xFF\x91P\x19\x84\x16\x16\x15\x15\x85a\x1E\xEAV[c\xFF\xFF\xFF\xFF\x90\x7F\xE4P\xEC\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R`$_\xFD[4a\x02\xF5W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x1Foa8\x8DV[a\x1Fwa8\xD3V[a\x1F\x7Fa8\xF9V[a\x1F\x87a9\tV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x1F\xA4a9(V[\x94\x16\x93\x84\x15\x80\x15a!zW[a!NWd\xFF\xFF\xFF\xFF\xFF\x90a\x1F\xC4\x85a@\xB2V[a\x1F\xCE\x83\x85aA\x07V[\x16\x91B\x83\x11\x15a!\"Wa\x1F\xE0aImV[c\xFF\xFF\xFF\xFF`@Q\x94a\x1F\xF2\x86a:\x9EV[\x16\x93\x84\x81R`\xFF` \x82\x01\x92\x16\x91\x82\x81R`\xFF`@\x83\x01\x94\x16\x93\x84\x81Ra \x9C`\xFF``\x85\x01\x93\x88\x85R3_R`\x01` R`@_ \x8B_R` Rc\xFF\xFF\xFF\xFF\x80`@_ \x97Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x87T\x16\x17\x86UQ\x16\x84\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFFd\xFF\0\0\0\0\x83T\x92` \x1B\x16\x91\x16\x17\x90UV[Q\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFFe\xFF\0\0\0\0\0j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x85T\x93Q`0\x1B\x16\x93`(\x1B\x16\x91\x16\x17\x17\x90U`@Q\x93\x84R` \x84\x01R`@\x83\x01R``\x82\x01R\x7F\x12\xB2\xA5\x84\x08\xE8\x93i(\xDB\xD4\x10\x1D\xDA\x06v\xDC\xC8\xE4\x02\x82y\xA0\xA3\xC7U\xEB\xF0M\xFF~\xB5`\x803\x92\xA3\0[\x82\x7F7\x90\x84$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x84\x7Fs\x17d&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P3\x85\x14a\x1F\xB0V[4a\x02\xF5Wa\x01@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa!\xBBa8\x8DV[a!\xC3a8\xD3V[\x90`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC6\x01\x12a\x02\xF5W`\xE45\x90a\x01\x045a\x01$5g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\xF5Wa\"\x17\x906\x90`\x04\x01a9\xC7V[\x94\x90\x92\x82B\x11a%jWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x95\x86_R_` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`@_ \x94a\"^\x86aD>V[\x94e\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x87\x01Q\x16\x80\x89\x03a%:WP\x88\x90a\"~a;QV[\x98a\"\x87a;\x88V[a\"\x8Fa;\x98V[a\"\x97a;\xB6V[\x90a\"\xA0a;\xCAV[\x92`@Q\x96` \x88\x01\x7Fw\xD6\xD7\x19l\x9BL\x96\xBCXMdlM\\\xF9z\x19\xF3\xE4\xE9\xF5U\x9D/\xC7\xC5e4\0\xCB%\x90R`@\x88\x01Rc\xFF\xFF\xFF\xFF\x8B\x16\x9D\x8E``\x89\x01Rc\xFF\xFF\xFF\xFF\x16`\x80\x88\x01R`\xFF\x16`\xA0\x87\x01R`\xFF\x16`\xC0\x86\x01Rd\xFF\xFF\xFF\xFF\xFF\x16`\xE0\x85\x01Rd\xFF\xFF\xFF\xFF\xFF\x16a\x01\0\x84\x01Ra\x01 \x83\x01Ra\x01@\x82\x01Ra\x01@\x81Ra#0a\x01`\x82a:\xBAV[\x80Q\x90` \x01 a#@\x90aH\xCEV[a#I\x93aI\x0FV[`D5c\xFF\xFF\xFF\xFF\x16`D5\x03a\x02\xF5Wa#e`D5a@\xB2V[`\xFF`d5\x16\x80`d5\x03a\x02\xF5W`\xFF`\x845\x16`\x845\x03a\x02\xF5Wa#\x90`\x845`d5aA\x07V[`\xA45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x14\x15\x90\x81a\x02\xF5W`\xC45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x14\x15\x92\x83a\x02\xF5Wd\xFF\xFF\xFF\xFF\xFF`\xC45\x16d\xFF\xFF\xFF\xFF\xFF`\xA45\x16\x10\x80\x15\x90a%$W[a$\xDDWa#\xE0\x90a@\x02V[c\xFF\xFF\xFF\xFF`D5\x16\x84R` \x84\x01R`\xFF`\x845\x16`@\x84\x01Ra\x02\xF5Wd\xFF\xFF\xFF\xFF\xFF`\xA45\x16``\x83\x01Ra\x02\xF5Wa$M\x91d\xFF\xFF\xFF\xFF\xFF`\xC45\x16`\x80\x83\x01Re\xFF\xFF\xFF\xFF\xFF\xFFa$;\x81`\xA0\x85\x01Q\x16a;\xF0V[\x16`\xA0\x83\x01R`\x01`\xC0\x83\x01RaERV[\x81\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9a$wa;QV[a$\x7Fa;\x88V[\x90a\x1B\xA4a$\x8Ba;\x98V[a$\x93a;\xB6V[a$\x9Ba;\xCAV[\x91`@Q\x95\x86\x95\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x83a\x02\xF5W\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Rd\xFF\xFF\xFF\xFF\xFF`\xA45\x16`\x04Rd\xFF\xFF\xFF\xFF\xFF`\xC45\x16`$R`D_\xFD[P_\x93PB`\xC45d\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a#\xD3V[\x88\x90\x7F\xE0\xCD\xA4\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x82\x7F\xC7\xFE\x91\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa%\xCDa8\x8DV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa%\xEAa8\xB0V[\x91a%\xF3a<\x0BV[P\x16_R`\x01` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R`\x80`@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a&5\x83a:\x9EV[T`\xFFc\xFF\xFF\xFF\xFF\x82\x16\x93\x84\x81R\x81` \x82\x01\x81\x85` \x1C\x16\x81R\x85```@\x85\x01\x94\x84\x88`(\x1C\x16\x86R\x01\x95`0\x1C\x16\x85R`@Q\x96\x87RQ\x16` \x86\x01RQ\x16`@\x84\x01RQ\x16``\x82\x01R\xF3[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa&\xBCa8\x8DV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa&\xD9a8\xD3V[\x91a&\xE2a<\x0BV[P\x16_R`\x03` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R`\x80a'\t`@_ a</V[d\xFF\xFF\xFF\xFF\xFF```@Q\x92\x82\x81Q\x16\x84R\x82` \x82\x01Q\x16` \x85\x01R\x82`@\x82\x01Q\x16`@\x85\x01R\x01Q\x16``\x82\x01R\xF3[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W` a'~a'ya8\xE6V[a?\x1EV[`@Q\x90\x15\x15\x81R\xF3[4a\x02\xF5W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W` `\xFF`\x08T`@\x1C\x16`@Q\x90\x15\x15\x81R\xF3[4a\x02\xF5W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W` g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x08T\x16`@Q\x90\x81R\xF3[4a\x02\xF5W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa(Ga8\x8DV[a(Oa8\xD3V[\x90`D5\x90d\xFF\xFF\xFF\xFF\xFF\x82\x16\x91\x82\x81\x03a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x91\x82_R_` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` R`@_ \x91\x82T\x91c\xFF\xFF\xFF\xFF\x83\x16\x90\x81\x15a*\x18Wa(\xC4\x91\x83\x91`\xFF\x86`(\x1C\x16\x91`\xFF\x87` \x1C\x16\x91aA\xA3V[d\xFF\xFF\xFF\xFF\xFF\x82`X\x1C\x16\x80\x86\x11\x15a)\xE8WPB\x85\x11\x15a)\xAEWo\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\x90a(\xFB\x87a@\x02V[`X\x1B\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFu\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a)oe\xFF\xFF\xFF\xFF\xFF\xFF\x84\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x17`\x80\x1C\x16a;\xF0V[`\x80\x1B\x16\x92\x16\x17\x17\x90U`@Q\x91\x82R\x7F\xF5\x8F.\xD9\x01\x9D\xDB\x06\x89\xDDa\t\xB7\xE8@\xAE`\xA3\x05}k\x05%\xE9\xBC\xD7\xA8\xF1\xC5\xDC\xC7\x85` c\xFF\xFF\xFF\xFF3\x95\x16\x93\xA4\0[\x84d\xFF\xFF\xFF\xFF\xFF\x83\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`0\x1C\x16`\x04R`$R`D_\xFD[\x85\x90\x7F\x04\xD0\xDD\xDC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[c\xFF\xFF\xFF\xFF\x88\x87\x7F\xCA5\xA5n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x05\xB2a*\x88a8\x8DV[a*\x90a8\xD3V[a*\x99\x82aG\xA0V[3\x91aH\x01V[4a\x02\xF5W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W` a*\xD8aFRV[`@Q\x90\x81R\xF3[4a\x02\xF5Wa*\xEE6a9<V[\x90\x91\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9a+\x1A\x83a;wV[\x92` \x81\x01\x93a\x1B\xA4s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa+A\x87a;\xA8V[\x95a+h`@\x86\x01\x94a+S\x86a;\xA8V[`\x80\x88\x01\x99a+a\x8Ba;\xDEV[\x92\x85aA\xA3V[a+q\x85aCqV[a+z\x89a@\x02V[\x16\x94\x85_R_` R`@_ c\xFF\xFF\xFF\xFF\x89\x16_R` Ra+\xAE`@_ a+\xA3\x81aD>V[\x90a\x1A\xF5\x87\x83aD\xCCV[a\x1BYa+\xD8``a+\xD1a+\xCBa+\xC5\x89a;wV[\x9Ba;\xA8V[\x96a;\xA8V[\x96\x01a;\xDEV[\x91a;\xDEV[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa,*a8\x8DV[a,2a:\xFBV[P\x16_R`\x02` R```@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a,T\x83a:\x82V[Tc\xFF\xFF\xFF\xFF`\xFF\x82\x16\x15\x15\x93\x84\x81R\x83`@` \x83\x01\x92\x84\x86`\x08\x1C\x16\x84R\x01\x93`(\x1C\x16\x83R`@Q\x94\x85RQ\x16` \x84\x01RQ\x16`@\x82\x01R\xF3[4a\x02\xF5W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa-La8\x8DV[a-Ta:\xFBV[P\x16_R`\x06` Ra-\xCD`@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a-w\x83a:\x82V[Tc\xFF\xFF\xFF\xFF\x81\x16\x83R`\xFF\x81` \x1C\x16` \x84\x01R`(\x1C\x16`@\x82\x01R`@Q\x91\x82\x91\x82\x91\x90\x91`@d\xFF\xFF\xFF\xFF\xFF\x81``\x84\x01\x95c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[\x03\x90\xF3[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wc\xFF\xFF\xFF\xFFa.\ra8\xE6V[a.\x15a:\xFBV[P\x16_R`\x07` R```@_ `@Q\x90a.1\x82a:\x82V[T`\xFF\x81\x16\x15\x15\x91\x82\x81R`\xFF`@` \x83\x01\x92\x82\x85`\x08\x1C\x16\x15\x15\x84R\x01\x92`\x10\x1C\x16\x15\x15\x82R`@Q\x92\x83RQ\x15\x15` \x83\x01RQ\x15\x15`@\x82\x01R\xF3[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa.\xA8a9\x19V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05\xB4W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\xFF\0\0\0\0\0\0\0\0`\x08T\x92\x15\x15`@\x1B\x16\x91\x16\x17`\x08U_\x80\xF3[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wc\xFF\xFF\xFF\xFFa/`a8\xE6V[\x16_R`\x04` R` d\xFF\xFF\xFF\xFF\xFF`@_ T\x16`@Q\x90\x81R\xF3[4a\x02\xF5W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa/\xB5a8\x8DV[a/\xBDa8\xD3V[\x90a/\xC6a8\xF9V[\x90a/\xCFa9\tV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa/\xECa9(V[\x92\x16\x91\x82\x15a\x15\xEFWd\xFF\xFF\xFF\xFF\xFF\x90a0\x05\x86a@\xB2V[a0\x0F\x83\x86aA\x07V[\x16\x93\x84\x15\x80\x15a3qW[a3EWa0'3a?qV[\x91`\x08T\x95g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x96g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x14a\n\xC9Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x99\x01\x16\x97\x88\x91\x16\x17`\x08Ub\x12u\0d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x91d\xFF\xFF\xFF\xFF\xFF\x83\x11a\n\xC9W\x84\x88\x95Qc\xFF\xFF\xFF\xFF\x16\x94`@Q\x94a0\xB0\x86a:8V[\x88\x86R` \x86\x01\x96\x87R`@\x86\x01\x90d\xFF\xFF\xFF\xFF\xFF\x16\x95\x86\x82R``\x81\x01\x94`\x01\x86R`\x80\x82\x01\x9B`\xFF\x16\x9B\x8C\x81R`\xA0\x83\x01\x91`\xFF\x16\x96\x87\x83R`\xC0\x84\x01\x95c\xFF\xFF\xFF\xFF\x16\x9A\x8B\x87R`\xE0\x85\x01\x95\x8A\x87R\x8D_R`\x05` R`@_ \x95Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86T\x92Q`\xA0\x1Bw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91Q`\xC0\x1B|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x92\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x17\x17\x84UQ\x83T\x90`\xE8\x1B}\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16}\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x83UQ\x90\x82T\x90Q`\xF8\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`\xF0\x1B~\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90}\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x81U`\x01\x01\x91Qc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UQ\x81T\x90` \x1Bh\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\x16\x17\x90UQc\xFF\xFF\xFF\xFF\x16\x96`@Q\x943\x86R` \x86\x01R`@\x85\x01R``\x84\x01R`\x80\x83\x01R`\xA45`\xA0\x83\x01R`\xC0\x82\x01R`\xE0\x7F\xC2Vj\x9B@1\xDB\xABm#\xB4/Zp\x7F\x973i\xF7V7\xDF\x17\xB2\x9E*\xC6\xB9\x80.\x1E\xFC\x91\xA4`@Q\x90\x81R` \x90\xF3[\x84\x7F\x8E\xA8`\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pc\x03\xC2g\0\x85\x11a0\x1AV[4a\x02\xF5W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5W` `@Q\x7Fw\xD6\xD7\x19l\x9BL\x96\xBCXMdlM\\\xF9z\x19\xF3\xE4\xE9\xF5U\x9D/\xC7\xC5e4\0\xCB%\x81R\xF3[4a\x02\xF5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa\x05\xB2a4\x10a8\xE6V[a@\x02V[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa4La8\x8DV[`$5\x90\x81\x15\x15\x82\x03a\x02\xF5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a4wa:\xFBV[Pa4\x80a:\xFBV[P\x16\x80_R`\x06` R`@_ \x90`@Q\x91a4\x9C\x83a:\x82V[Td\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x82\x16\x91\x82\x85R`\xFF\x81` \x1C\x16` \x86\x01R`(\x1C\x16`@\x84\x01R\x15a5dWPc\xFF\xFF\xFF\xFF\x81Q\x16_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a51Wa-\xCD\x91a5$W[`@\x80Q\x82Qc\xFF\xFF\xFF\xFF\x16\x81R` \x80\x84\x01Q`\xFF\x16\x90\x82\x01R\x91\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x90\x81\x90``\x82\x01\x90V[a5,aImV[a4\xF0V[c\xFF\xFF\xFF\xFF\x90Q\x16\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\xC46\x1B\xFA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xF5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa5\xC6a8\x8DV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa5\xE3a8\xB0V[\x91\x16\x803\x14\x15\x80a7\x11W[a6\xE2W\x80_R`\x01` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T`0\x1C\x16\x15a6\x9CW\x80_R`\x01` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R_`@\x81 Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\xF7\x06\xB3\xB7\r\xA5\xD5\xDA\xDA\x9B<}\x9F\x14\xE4\xF6\xC2\x80\x187B\xA8.\xA2\xF9Qe0p\xB0\xF1\x95_\x80\xA4\0[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x7F\xD7\xEF\xE6\xE5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[\x7F\x06)C\xC5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R3`$R`D_\xFD[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x163\x14\x15a5\xEFV[4a\x02\xF5W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xF5Wa7ha8\x8DV[a7pa8\xD3V[a7xa8\xF9V[a7\x80a9\tV[`\x845\x90`\xFF\x82\x16\x80\x83\x03a\x02\xF5W`\xFF\x84\x16`\x12\x81\x10\x15a8bWP`\xFF\x82\x16`\x07\x81\x10\x15a87WP`\x02\x81\x10\x15a8\x0CWPa7\xC3\x84a7\xCB\x95\x96a=TV[\x92B\x93a>;V[\x90`\xFF\x82\x16\x15\x15\x90\x81a7\xFBW[Pa7\xF4W[`\xFF`@\x91\x16\x81Q\x90\x80\x15\x15\x82R` \x82\x01R\xF3[P_a7\xDFV[a8\x05\x91Pa?\x1EV[\x15\x82a7\xD9V[\x7Fs2\xEF\xF2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7FZ\xAE\\\xDA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F}\x7F\xD9u\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\x045\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xF5WV[`$5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xF5WV[`$5\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xF5WV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xF5WV[`D5\x90`\xFF\x82\x16\x82\x03a\x02\xF5WV[`d5\x90`\xFF\x82\x16\x82\x03a\x02\xF5WV[`\x045\x90\x81\x15\x15\x82\x03a\x02\xF5WV[`\x845\x90d\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xF5WV[`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC\x82\x01\x12a\x02\xF5W`\x045s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x91`$5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC`\xA0\x91\x93\x01\x12a\x02\xF5W`D\x90V[\x91\x81`\x1F\x84\x01\x12\x15a\x02\xF5W\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a\x02\xF5W` \x83\x81\x86\x01\x95\x01\x01\x11a\x02\xF5WV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F` \x80\x94\x80Q\x91\x82\x91\x82\x87R\x01\x86\x86\x01^_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[a\x01\0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a:UW`@RV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[``\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a:UW`@RV[`\x80\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a:UW`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a:UW`@RV[`@Q\x90a;\x08\x82a:\x82V[_`@\x83\x82\x81R\x82` \x82\x01R\x01RV[d\xFF\xFF\xFF\xFF\xFFb\x01Q\x80\x91\x16\x01\x90d\xFF\xFF\xFF\xFF\xFF\x82\x11a\n\xC9WV[d\xFF\xFF\xFF\xFF\xFFb'\x8D\0\x91\x16\x01\x90d\xFF\xFF\xFF\xFF\xFF\x82\x11a\n\xC9WV[`D5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[`$5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[`d5`\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[`\x845`\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[5`\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[`\xA45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[`\xC45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[5d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xF5W\x90V[e\xFF\xFF\xFF\xFF\xFF\xFF\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x14a\n\xC9W`\x01\x01\x90V[`@Q\x90a<\x18\x82a:\x9EV[_``\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x01RV[\x90`@Qa<<\x81a:\x9EV[``d\xFF\xFF\xFF\xFF\xFF\x82\x94T\x81\x81\x16\x84R\x81\x81`(\x1C\x16` \x85\x01R\x81\x81`P\x1C\x16`@\x85\x01R`x\x1C\x16\x91\x01RV[`d5\x80\x15\x15\x81\x03a\x02\xF5W\x90V[\x90`@Qa<\x87\x81a:8V[`\xE0d\xFF\xFF\xFF\xFF\xFF`\x01\x83\x95\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x86Rc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16` \x87\x01R\x83\x81`\xC0\x1C\x16`@\x87\x01R`\xFF\x81`\xE8\x1C\x16``\x87\x01R`\xFF\x81`\xF0\x1C\x16`\x80\x87\x01R`\xF8\x1C`\xA0\x86\x01R\x01Tc\xFF\xFF\xFF\xFF\x81\x16`\xC0\x85\x01R` \x1C\x16\x91\x01RV[`@Q\x90a\x01 \x82\x01\x82\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a:UW`@R_a\x01\0\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x82`\xA0\x82\x01R\x82`\xC0\x82\x01R\x82`\xE0\x82\x01R\x01RV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x91\x92\x16\x91\x82_R_` R`@_ c\xFF\xFF\xFF\xFF\x82\x16_R` R`@_ T\x92\x83`\xD8\x1CB\x81\x11a=\x9CWPPPV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFE\xAE\x80\x01\x90d\xFF\xFF\xFF\xFF\xFF\x82\x11a\n\xC9W_R`\x02` Rd\xFF\xFF\xFF\xFF\xFF\x80`@_ T`(\x1C\x16\x91\x16\x90\x81\x11\x91\x82\x15\x92a>\x16W[PPa=\xF9W[V[\x90v\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[c\xFF\xFF\xFF\xFF\x91\x92P\x16_R`\x04` Rd\xFF\xFF\xFF\xFF\xFF`@_ T\x16\x10\x15_\x80a=\xF0V[\x91\x90`\xFF\x90\x94\x93\x94\x16\x93`\x01\x80c\xFF\xFF\xFF\xFF\x85\x16\x87\x1C\x16\x14\x90\x81a?\x05W[\x81a>\xECW[P\x80a>\xD8W[\x80a>\xC5W[a>\xBCW`\xFF\x16`\x01\x14\x92\x83a>\xA1W[P\x82a>\x94W[PPa>\x8FW_\x90V[`\x02\x90V[`\xD8\x1C\x11\x90P_\x80a>\x85V[`\xB8\x82\x90\x1Cc\xFF\xFF\xFF\xFF\x16\x90\x1C`\x01\x90\x81\x16\x14\x92P_a>~V[PPPP`\x01\x90V[Pd\xFF\xFF\xFF\xFF\xFF\x82`X\x1C\x16\x83\x10a>mV[P\x82d\xFF\xFF\xFF\xFF\xFF\x83`0\x1C\x16\x11\x15a>gV[`\x01\x91P\x81\x90`\xFF\x80\x86`(\x1C\x16\x91\x16\x1C\x16\x14_a>`V[\x90P`\x01\x80`\xFF\x85` \x1C\x16`\xFF\x85\x16\x1C\x16\x14\x90a>ZV[c\xFF\xFF\xFF\xFF\x16_R`\x07` R`@_ `@Q\x90a?<\x82a:\x82V[T`\xFF\x81\x16\x15\x15\x91\x82\x81R`@`\xFF\x80\x84`\x08\x1C\x16\x15\x93\x84\x15` \x85\x01R`\x10\x1C\x16\x15\x15\x91\x01R\x81a?lWP\x90V[\x90P\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a?\x8Fa:\xFBV[P\x16\x90\x81_R`\x06` R`@_ `@Q\x90a?\xAB\x82a:\x82V[T\x92d\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x85\x16\x94\x85\x84R`\xFF\x81` \x1C\x16` \x85\x01R`(\x1C\x16`@\x83\x01R\x81\x93\x15a5dWPc\xFF\xFF\xFF\xFF\x81Q\x16_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a51WPa=\xF7aImV[c\xFF\xFF\xFF\xFF\x16\x80_R`\x07` R`@_ `@Q\x90a@!\x82a:\x82V[T\x90`\xFF\x82\x16\x15\x90\x81\x15\x81R`@`\xFF` \x83\x01\x94\x81\x81`\x08\x1C\x16\x15\x15\x86R`\x10\x1C\x16\x15\x15\x91\x01Ra@\x86WQa@[WPa=\xF7aImV[\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P\x7F\xFE6\x87\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x15\x90\x81\x15a@\xF7W[Pa@\xCCWPV[\x7F\xE4P\xEC\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[c\xFF\xFC\0\0\x16\x15\x15\x90P_a@\xC4V[`\xFF\x81\x16\x90\x81\x15\x90\x81\x15aA\x96W[PaAkWP`\xFF\x81\x16\x90\x81\x15\x90\x81\x15aA^W[PaA3WPV[\x7Fc[5\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xFC\x91P\x16\x15\x15_aA+V[\x7F\x90\x045\x10\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\x80\x91P\x16\x15\x15_aA\x16V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x92\x913\x84\x14aCjW\x83_R`\x01` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`@_ `@Q\x90aA\xFB\x82a:\x9EV[T\x92c\xFF\xFF\xFF\xFF\x84\x16\x82R` \x82\x01\x91`\xFF\x85` \x1C\x16\x83Rd\xFF\xFF\xFF\xFF\xFF`@\x82\x01\x95`\xFF\x81`(\x1C\x16\x87R`0\x1C\x16\x96``\x82\x01\x97\x80\x89RB\x10\x15a6\xE2WPc\xFF\xFF\xFF\xFF\x90Q\x16\x90c\xFF\xFF\xFF\xFF\x82\x19\x82\x16\x16aC1WPP`\xFF\x90Q\x16\x90`\xFF\x82\x19\x82\x16\x16aB\xFBWPP`\xFF\x90Q\x16\x90`\xFF\x82\x19\x82\x16\x16aB\xC5WPPd\xFF\xFF\xFF\xFF\xFF\x80\x91Q\x16\x91\x16\x81\x81\x11aB\x93WPPV[\x7F\x9B\xDD\xEFJ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`DR`d_\xFD[`\xFF\x90\x7F7\xE1\x01P\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x16`$R`DR`d_\xFD[`\xFF\x90\x7F\xB5ka\xA3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x16`$R`DR`d_\xFD[c\xFF\xFF\xFF\xFF\x90\x7F\xCB\xB9\xFE\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x16`$R`DR`d_\xFD[PPPPPV[aC\x82aC}\x82a;wV[a@\xB2V[aC\xA3aC\x91` \x83\x01a;\xA8V[aC\x9D`@\x84\x01a;\xA8V[\x90aA\x07V[``\x81\x01`\x80aC\xB2\x82a;\xDEV[\x92\x01\x91d\xFF\xFF\xFF\xFF\xFF\x80aC\xC5\x85a;\xDEV[\x16\x91\x16\x10\x80\x15\x90aD$W[aC\xD9WPPV[\x90d\xFF\xFF\xFF\xFF\xFFaC\xF3aC\xED\x82\x94a;\xDEV[\x92a;\xDEV[\x91\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R\x16`$R`D_\xFD[PaD.\x82a;\xDEV[d\xFF\xFF\xFF\xFF\xFFB\x91\x16\x11\x15aC\xD1V[aDFa<\xFFV[PTaDPa<\xFFV[\x90c\xFF\xFF\xFF\xFF\x81\x16\x82R`\xFF\x81` \x1C\x16` \x83\x01R`\xFF\x81`(\x1C\x16`@\x83\x01Rd\xFF\xFF\xFF\xFF\xFF\x81`0\x1C\x16``\x83\x01Rd\xFF\xFF\xFF\xFF\xFF\x81`X\x1C\x16`\x80\x83\x01Re\xFF\xFF\xFF\xFF\xFF\xFF\x81`\x80\x1C\x16`\xA0\x83\x01R`\x01\x80\x82`\xB0\x1C\x16\x14`\xC0\x83\x01Rc\xFF\xFF\xFF\xFF\x81`\xB8\x1C\x16`\xE0\x83\x01R`\xD8\x1Ca\x01\0\x82\x01R\x90V[`\xC0\x90d\xFF\xFF\xFF\xFF\xFFaE.`\x80_\x95c\xFF\xFF\xFF\xFFaD\xEA\x82a;wV[\x16\x85R`\xFFaD\xFB` \x83\x01a;\xA8V[\x16` \x86\x01R`\xFFaE\x0F`@\x83\x01a;\xA8V[\x16`@\x86\x01R\x83aE\"``\x83\x01a;\xDEV[\x16``\x86\x01R\x01a;\xDEV[\x16`\x80\x82\x01R`\xA0\x81\x01e\xFF\xFF\xFF\xFF\xFF\xFFaEK\x81\x83Q\x16a;\xF0V[\x16\x90R\x01RV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x01\0c\xFF\xFF\xFF\xFF\x83Q\x16d\xFF\0\0\0\0` \x85\x01Q` \x1B\x16\x17e\xFF\0\0\0\0\0`@\x85\x01Q`(\x1B\x16\x17j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0``\x85\x01Q`0\x1B\x16\x17o\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0`\x80\x85\x01Q`X\x1B\x16\x17u\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x85\x01Q`\x80\x1B\x16\x17`\xC0\x84\x01Q\x15\x15_\x14aFLWv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[z\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x86\x01Q`\xB8\x1B\x16\x91\x17\x17\x92\x01Q`\xD8\x1B\x16\x17\x90UV[_aF\x18V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x14\x80aGwW[aGSW`@Q` \x81\x01\x90\x7F\xD8|\xD6\xEFy\xD4\xE2\xB9^\x15\xCE\x8A\xBFs-\xB5\x1E\xC7q\xF1\xCA.\xDC\xCF\"\xA4lr\x9A\xC5dr\x82R\x7F(\x90u\x88\xB5\x03E\xF5\x0E\xC5\xBA(\x13\x04\xA0\x80\xF9\x7F\xE4\xEA%\xAA\xF2\x8F\xDF\xE5\\2\x068\xFC5`@\x82\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x82\x01R`\xC0\x81RaGM`\xE0\x82a:\xBAV[Q\x90 \x90V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14aF\x91V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x803\x14aG\xFEW\x80_R`\x01` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T`0\x1C\x16B\x10\x15a6\xE2WPV[PV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x91\x92\x16\x90\x81_R_` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`@_ \x90e\xFF\xFF\xFF\xFF\xFF\xFF\x82T`\x80\x1C\x16e\xFF\xFF\xFF\xFF\xFF\xFF\x81\x14_\x14aH\xA1W\x90c\xFF\xFF\xFF\xFF\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92[`\x80\x1B\x90U\x16\x92\x16\x90\x7F\x19{h\x1C\xB2\xBD\x99\xA0\x80\xB2\x0Fu\xE1z\xED#\xAE\x16\xFE+\xBC\xC6\xE2O\xA1T\x05\x93\x1B\xFC\x05|_\x80\xA4V[\x90`\x01\x82\x01\x80\x92\x11a\n\xC9Wc\xFF\xFF\xFF\xFF\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92aHrV[`B\x90aH\xD9aFRV[\x90`@Q\x91\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x02\x83\x01R`\"\x82\x01R \x90V[\x91\x92\x90\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x93\x84\x15a\x15\xEFWaI:\x93aJ0V[\x15aIBWPV[\x7F`t0\x1B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xFF`\x08T`@\x1C\x16aI|WV[\x7F\xF8\xAE+\xB7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81_R`\x05` R`@_ \x91`\xFF\x83T`\xE8\x1C\x16\x90\x81\x15aJ\x05W`\x01\x82\x03aI\xD7WPPV[\x7F\xD6\xDA\xA8\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x7F\xE7/d\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90aJ<\x84\x84\x83aK`V[P`\x04\x81\x10\x15aK3W\x15\x90\x81aK\x10W[Pa>\xBCW\x81;\x15\x15\x92\x83aJfW[PPP\x90P\x90V[_\x93P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x86` \x97`d\x94`@Q\x96\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88R`\x04\x88\x01R`@`$\x88\x01R\x81`D\x88\x01R\x85\x87\x017\x86\x84\x82\x87\x01\x01R\x01\x16\x01\x91Z\xFA\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Q\x14`\x1F=\x11\x16\x16\x80_\x80\x80aJ^V[\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x84\x16\x91\x16\x14_aJNV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90`A\x83\x03aK\x8AWaK\x83\x92P` \x81\x015\x91`@\x825\x92\x015_\x1A\x90aK\x94V[\x91\x92\x90\x91\x90V[PP_\x91`\x02\x91\x90V[\x91\x90\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11aL#W\x91` \x93`\x80\x92`\xFF_\x95`@Q\x94\x85R\x16\x86\x84\x01R`@\x83\x01R``\x82\x01R\x82\x80R`\x01Z\xFA\x15aL\x18W_Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15aL\x0EW\x90_\x90_\x90V[P_\x90`\x01\x90_\x90V[`@Q=_\x82>=\x90\xFD[PPP_\x91`\x03\x91\x90V/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r,\xEC\x94\x0BDV\xD9)\xEF\x0E\xDB:P\xECl\x89Tm\xC8\x04X\xC4>\xED\x19pT\xCBJ\x8C\x8C>\xAD2(\xB6v\xF7\xD3\xCDB\x84\xA5D?\x17\xF1\x96+6\xE4\x91\xB3\n@\xB2@XI\xE5\x97\xBA_\xB5",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a7146125bd575080630652ecdb146120575780632445406214611de1578063248a9ca314611d9057806328b3a04014611c495780632f2ff15d14611bed5780632feb9cf214611a23578063346c310a1461181257806336568abe146117895780633a5c92a0146114f85780633f4ba83a1461135c57806340f14135146111a15780634a3fba0e146111485780634d155281146110225780635c746ed014610ea35780635c975abb14610df45780635e19b30514610ce65780636341722e14610adc5780638456cb591461093257806391d14854146108bd57806398ee9dbf14610854578063a217fddf1461081a578063a75d51c414610699578063ad0b37661461052f578063c8a015e61461026a578063d547741f14610205578063f1c62104146101c35763fc16502e14610152575f80fd5b346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b80fd5b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057602063ffffffff60045416604051908152f35b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610266600435610243612679565b9061026161025c825f525f602052600160405f20015490565b61298a565b612d7a565b5080f35b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576102a26126ca565b6102aa612679565b73ffffffffffffffffffffffffffffffffffffffff8116918233141580610506575b6104d15763ffffffff16908115801561040b575b6103db57839073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169060405161032a816126dd565b838152836020820152836040820152823b156103d75761037c928492836040518096819582947fdcee9fc600000000000000000000000000000000000000000000000000000000845260048401612891565b03925af180156103cc576103b3575b50807fba0227c1447c21c7bf0bbc05cf5dd84633758d2679402354e0d91b7da86c99e991a380f35b816103bd91612715565b6103c857825f61038b565b8280fd5b6040513d84823e3d90fd5b8380fd5b5082917f5c2207f50000000000000000000000000000000000000000000000000000000060449452600452602452fd5b506040517f1eb21e7e00000000000000000000000000000000000000000000000000000000815283600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156104c657839163ffffffff918791610497575b50511614156102e0565b6104b9915060603d6060116104bf575b6104b18183612715565b810190612838565b5f61048d565b503d6104a7565b6040513d87823e3d90fd5b7f7642524500000000000000000000000000000000000000000000000000000000845263ffffffff1660045233602452604483fd5b503373ffffffffffffffffffffffffffffffffffffffff61052683612d1b565b541614156102cc565b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576105676126ca565b6024359082821515928381036106955761057f612902565b61058883612e42565b90610688575b83604082015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b156103c857604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af180156103cc57610673575b5050602063ffffffff7f4aa975170f217ab8f3f7a7e51dc76aa4b6940bca682f6603471b439cac5cdaa5926040519485521692a280f35b8161067d91612715565b6103c857825f61063c565b610690612a37565b61058e565b5080fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576106d16126ca565b6106d9612902565b6106e281612e42565b6020810180516107e85790600184925273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b156103c857604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af180156103cc576107d3575b50507fcf6fe0830021b743ff8022a5d5b7c99e6a1d11c567f1dcbec20c393f20700952602063ffffffff6040519360243585521692a280f35b816107dd91612715565b61069557815f61079a565b60248463ffffffff857fc27eab5000000000000000000000000000000000000000000000000000000000835216600452fd5b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057602090604051908152f35b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05773ffffffffffffffffffffffffffffffffffffffff604060209263ffffffff6108ab6126ca565b16815260028452205416604051908152f35b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05773ffffffffffffffffffffffffffffffffffffffff604061090c612679565b926004358152806020522091165f52602052602060ff60405f2054166040519015158152f35b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610969612902565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f5c975abb000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610ad1578391610a97575b50610a6f578082913b15610a6c578180916024604051809481937f16c38b3c000000000000000000000000000000000000000000000000000000008352600160048401525af180156103cc57610a57575b50337ff482c8c0040632efef5a59dfeffdf7ee051bb2cc2ba5fd9c3c46dc7a5aaaa4a18280a280f35b81610a6191612715565b6101c057805f610a2e565b50fd5b6004827fac2f783c000000000000000000000000000000000000000000000000000000008152fd5b90506020813d602011610ac9575b81610ab260209383612715565b810103126103c857610ac3906127e5565b5f6109dd565b3d9150610aa5565b6040513d85823e3d90fd5b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05763ffffffff610b196126ca565b826080604051610b28816126f9565b8281528260208201528260408201528260608201520152168082526001602052604082209060405191610b5a836126dd565b5473ffffffffffffffffffffffffffffffffffffffff81168352602083019260ff8260a01c16845264ffffffffff604082019260a81c168252604051927f1c2d5471000000000000000000000000000000000000000000000000000000008452600484015260608360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9283156104c6579064ffffffffff93929160a09693610c9c575b5073ffffffffffffffffffffffffffffffffffffffff60ff9151169451169160ff846040602084015115159301511515935116936080604051610c5a816126f9565b88815260208101928352604081019485526060810195865201948552604051968752511660208601525115156040850152511515606084015251166080820152f35b60ff919350610cd773ffffffffffffffffffffffffffffffffffffffff9160603d606011610cdf575b610ccf8183612715565b8101906127f2565b939150610c18565b503d610cc5565b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610d1e6126ca565b9063ffffffff604051927f5e19b30500000000000000000000000000000000000000000000000000000000845216600483015260208260248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610de8578091610dab575b6020826040519015158152f35b90506020823d602011610de0575b81610dc660209383612715565b810103126101c05750610dda6020916127e5565b5f610d9e565b3d9150610db9565b604051903d90823e3d90fd5b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057604051907f5c975abb00000000000000000000000000000000000000000000000000000000825260208260048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610de8578091610dab576020826040519015158152f35b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610edb6126ca565b610ee3612902565b610eec81612e42565b60208101805115610ff05790838092610f03612a37565b5273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b156103c857604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af180156103cc57610fdb575b5063ffffffff82167fcec64845200300b05fdc36696a661e8d4aeb63a40622a895b0cb615af2c086458280a280f35b81610fe591612715565b61069557815f610fac565b60248463ffffffff857f79528ad700000000000000000000000000000000000000000000000000000000835216600452fd5b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05760043573ffffffffffffffffffffffffffffffffffffffff81168091036106955761107b6128e4565b50604051907f1eb21e7e000000000000000000000000000000000000000000000000000000008252600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156103cc576060929161112b575b50611129604051809264ffffffffff6040809263ffffffff815116855260ff6020820151166020860152015116910152565bf35b6111429150823d84116104bf576104b18183612715565b5f6110f7565b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05760206040517fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd2488152f35b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576111d96126ca565b3315801561132a575b6112f55760206111f182612e42565b01516112c45763ffffffff90611205612a37565b1680825260016020526040822073ffffffffffffffffffffffffffffffffffffffff8154169073ffffffffffffffffffffffffffffffffffffffff33167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558183526002602052604083207fffffffffffffffffffffffff0000000000000000000000000000000000000000815416905533917f7066e1a8c63140c502fd7761d3060671ba769b28f6a85d061510002672e92f0c8480a480f35b7fc27eab5000000000000000000000000000000000000000000000000000000000825263ffffffff16600452602490fd5b7f36a8e6ed00000000000000000000000000000000000000000000000000000000825263ffffffff1660045233602452604490fd5b5063ffffffff8116825260026020523373ffffffffffffffffffffffffffffffffffffffff60408420541614156111e2565b50346101c057807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057611393612902565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f5c975abb000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610ad15783916114be575b5015611496578082913b15610a6c578180916024604051809481937f16c38b3c0000000000000000000000000000000000000000000000000000000083528160048401525af180156103cc57611481575b50337fb11d69e9b12d2b32de24f8bf1a30e457a640aa882acafa3b9afb89fe493bf7148280a280f35b8161148b91612715565b6101c057805f611458565b6004827ff939af99000000000000000000000000000000000000000000000000000000008152fd5b90506020813d6020116114f0575b816114d960209383612715565b810103126103c8576114ea906127e5565b5f611407565b3d91506114cc565b50346101c05760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576115306126ca565b611538612679565b9060443560ff81168091036103d75761155082612b13565b5073ffffffffffffffffffffffffffffffffffffffff83169283156117615781158015611757575b61172b57611584612a37565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517f1eb21e7e000000000000000000000000000000000000000000000000000000008152856004820152606081602481865afa80156117205763ffffffff918891611701575b505116806116d1575090859163ffffffff60405195611622876126dd565b169485815284602082015264ffffffffff42166040820152823b156103d75761167d928492836040518096819582947fdcee9fc600000000000000000000000000000000000000000000000000000000845260048401612891565b03925af180156103cc576116bc575b505060207f4b023592d575e5208278d9e2c5677e23f63f57025a4c2a57774a18dfdc323e5991604051908152a380f35b816116c691612715565b6103d757835f61168c565b86604491877f83459c68000000000000000000000000000000000000000000000000000000008352600452602452fd5b61171a915060603d6060116104bf576104b18183612715565b5f611604565b6040513d89823e3d90fd5b602485837f33a846a5000000000000000000000000000000000000000000000000000000008252600452fd5b5060088211611578565b6004857f8c93a3cd000000000000000000000000000000000000000000000000000000008152fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576117c1612679565b3373ffffffffffffffffffffffffffffffffffffffff8216036117ea5761026690600435612d7a565b6004827f6697b232000000000000000000000000000000000000000000000000000000008152fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05761184a6126ca565b611852612679565b73ffffffffffffffffffffffffffffffffffffffff61187083612d1b565b5416903382036119ed5773ffffffffffffffffffffffffffffffffffffffff1691826118f8575b63ffffffff16808452600260205260408420837fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790557fb9a3409d470a66896546bf863617dc1c1147a168e5c9a00888c0f9b83ca30c1f8480a480f35b6040517f1c2d547100000000000000000000000000000000000000000000000000000000815263ffffffff82169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156119e25760209187916119c3575b500151611998575063ffffffff90611991612a37565b9050611897565b7fc27eab50000000000000000000000000000000000000000000000000000000008552600452602484fd5b6119dc915060603d606011610cdf57610ccf8183612715565b5f61197b565b6040513d88823e3d90fd5b60448463ffffffff857f764252450000000000000000000000000000000000000000000000000000000083521660045233602452fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057611a5b6126ca565b611a63612679565b828052826020526040832073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f20541615611bbd5773ffffffffffffffffffffffffffffffffffffffff16908115611b955763ffffffff73ffffffffffffffffffffffffffffffffffffffff611ad783612d1b565b54169116808452600160205260408420837fffffffffffffffffffffffff0000000000000000000000000000000000000000825416179055808452600260205273ffffffffffffffffffffffffffffffffffffffff604085205416611b5e575b7f7066e1a8c63140c502fd7761d3060671ba769b28f6a85d061510002672e92f0c8480a480f35b8084526002602052604084207fffffffffffffffffffffffff00000000000000000000000000000000000000008154169055611b37565b6004837f8c93a3cd000000000000000000000000000000000000000000000000000000008152fd5b6044837fe2517d3f0000000000000000000000000000000000000000000000000000000081523360045280602452fd5b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057610266600435611c2b612679565b90611c4461025c825f525f602052600160405f20015490565b612c49565b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c05763ffffffff611c866126ca565b1681526003602052604081206040519082815491611ca383612756565b9081855260208501936001811690815f14611d555750600114611d1a575b856040867fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f88611cf5848a0385612715565b8451958694602086525180928160208801528787015e85828601015201168101030190f35b8552602085208592505b818310611d3b5750508201602001601f6040611cc1565b600181602092949394548385890101520191019190611d24565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685525050151560051b83016020019050601f6040611cc1565b50346101c05760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c0576020611dd96004355f525f602052600160405f20015490565b604051908152f35b50346101c05760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101c057611e196126ca565b906024359167ffffffffffffffff831161069557611e4063ffffffff93369060040161269c565b939091611e4c81612b13565b50611e5785846129f0565b611e5f612a37565b16908183526003602052604083209367ffffffffffffffff811161202a57611e878554612756565b601f8111611fe5575b508394601f8211600114611f24578185967f7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e1959691611f19575b508260011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8460031b1c19161790555b611f136040519283926020845260208401916127a7565b0390a280f35b90508301355f611eca565b80855260208520957fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08316865b818110611fcd575090837f7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e19697989210611f95575b5050600182811b019055611efc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88560031b161c19908501351690555f80611f86565b85830135895560019098019760209283019201611f51565b85855260208520601f830160051c81019160208410612020575b601f0160051c01905b8181106120155750611e90565b858155600101612008565b9091508190611fff565b6024847f4e487b710000000000000000000000000000000000000000000000000000000081526041600452fd5b346124125760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126124125760043560ff81168091036124125761209c612679565b604435918215158093036124125760643567ffffffffffffffff8111612412576120ca90369060040161269c565b60843567ffffffffffffffff8111612412576120ea90369060040161269c565b9590946120f5612902565b841580156125b3575b6125875773ffffffffffffffffffffffffffffffffffffffff1693841561255f5761212987876129f0565b612131612a37565b60045463ffffffff81169663ffffffff88146125325760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000098019163ffffffff83169889911617600455604051612188816126dd565b87815260208101848152604082019064ffffffffff421682528a5f52600160205273ffffffffffffffffffffffffffffffffffffffff8060405f20945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551907fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff74ff000000000000000000000000000000000000000079ffffffffff0000000000000000000000000000000000000000008554935160a81b169360a01b16911617179055875f52600360205260405f2067ffffffffffffffff8a116125055761227a8154612756565b601f81116124c0575b50895f601f8211600114612421575f91612416575b508a60011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8c60031b1c19161790555b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169160405161230e816126dd565b600181525f6020820152856040820152833b1561241257604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff939093166004840152815115156024840152602082015115156044840152015115156064820152915f908390608490829084905af1988915612407576123de89977f1b53a20f63747a1902b6c43836bb9940f9b14f1fe57ef85cd7b6e77e3ca0b28f976123ec9560209d6123f7575b5060405197889788528d8801526080604088015260808701916127a7565b9184830360608601526127a7565b0390a3604051908152f35b5f61240191612715565b5f6123c0565b6040513d5f823e3d90fd5b5f80fd5b90508201358b612298565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01690825f528b60205f20925f5b8181106124a557501061246d575b505060018a811b0190556122ca565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88d60031b161c19908401351690558a8061245e565b8684013585556001909401936020938401938f935001612450565b815f5260205f20601f8c0160051c81019160208d106124fb575b601f0160051c01905b8181106124f05750612283565b5f81556001016124e3565b90915081906124da565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f8c93a3cd000000000000000000000000000000000000000000000000000000005f5260045ffd5b847f3d8a3a70000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50600785116120fe565b346124125760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc36011261241257600435907fffffffff00000000000000000000000000000000000000000000000000000000821680920361241257817f7965db0b000000000000000000000000000000000000000000000000000000006020931490811561264f575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483612648565b6024359073ffffffffffffffffffffffffffffffffffffffff8216820361241257565b9181601f840112156124125782359167ffffffffffffffff8311612412576020838186019501011161241257565b6004359063ffffffff8216820361241257565b6060810190811067ffffffffffffffff82111761250557604052565b60a0810190811067ffffffffffffffff82111761250557604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761250557604052565b90600182811c9216801561279d575b602083101461277057565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f1691612765565b601f82602094937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe093818652868601375f8582860101520116010190565b5190811515820361241257565b9081606091031261241257612830604080519261280e846126dd565b612817816127e5565b8452612825602082016127e5565b6020850152016127e5565b604082015290565b908160609103126124125760405190612850826126dd565b805163ffffffff8116810361241257825260208101519060ff82168203612412576040916020840152015164ffffffffff8116810361241257604082015290565b9160206128e292949373ffffffffffffffffffffffffffffffffffffffff6080820196168152019064ffffffffff6040809263ffffffff815116855260ff6020820151166020860152015116910152565b565b604051906128f1826126dd565b5f6040838281528260208201520152565b335f9081527f2cec940b4456d929ef0edb3a50ec6c89546dc80458c43eed197054cb4a8c8c3e602052604090205460ff161561293a57565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd24860245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f205416156129c15750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b5080158015612a2c575b612a015750565b7f5044fc0e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061020081116129fa565b6040517f5c975abb00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115612407575f91612ad9575b50612ab157565b7fac2f783c000000000000000000000000000000000000000000000000000000005f5260045ffd5b90506020813d602011612b0b575b81612af460209383612715565b8101031261241257612b05906127e5565b5f612aaa565b3d9150612ae7565b9073ffffffffffffffffffffffffffffffffffffffff612b3283612d1b565b541691338303612c135763ffffffff604051917f1c2d5471000000000000000000000000000000000000000000000000000000008352169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa8015612407576020915f91612bf4575b500151612bc95750565b7fc27eab50000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b612c0d915060603d606011610cdf57610ccf8183612715565b5f612bbf565b63ffffffff907f76425245000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f14612d1557805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b63ffffffff1690815f52600160205260405f209173ffffffffffffffffffffffffffffffffffffffff83541615612d4f5750565b7ff880137c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f14612d1557805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b90612e4b6128e4565b5063ffffffff604051927f1c2d54710000000000000000000000000000000000000000000000000000000084521680600484015260608360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa928315612407575f93612ed7575b50825115612d4f5750565b612ef191935060603d606011610cdf57610ccf8183612715565b915f612ecc56
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80\x80`@R`\x046\x10\x15a\0\x12W_\x80\xFD[_\x90_5`\xE0\x1C\x90\x81c\x01\xFF\xC9\xA7\x14a%\xBDWP\x80c\x06R\xEC\xDB\x14a WW\x80c$E@b\x14a\x1D\xE1W\x80c$\x8A\x9C\xA3\x14a\x1D\x90W\x80c(\xB3\xA0@\x14a\x1CIW\x80c//\xF1]\x14a\x1B\xEDW\x80c/\xEB\x9C\xF2\x14a\x1A#W\x80c4l1\n\x14a\x18\x12W\x80c6V\x8A\xBE\x14a\x17\x89W\x80c:\\\x92\xA0\x14a\x14\xF8W\x80c?K\xA8:\x14a\x13\\W\x80c@\xF1A5\x14a\x11\xA1W\x80cJ?\xBA\x0E\x14a\x11HW\x80cM\x15R\x81\x14a\x10\"W\x80c\\tn\xD0\x14a\x0E\xA3W\x80c\\\x97Z\xBB\x14a\r\xF4W\x80c^\x19\xB3\x05\x14a\x0C\xE6W\x80ccAr.\x14a\n\xDCW\x80c\x84V\xCBY\x14a\t2W\x80c\x91\xD1HT\x14a\x08\xBDW\x80c\x98\xEE\x9D\xBF\x14a\x08TW\x80c\xA2\x17\xFD\xDF\x14a\x08\x1AW\x80c\xA7]Q\xC4\x14a\x06\x99W\x80c\xAD\x0B7f\x14a\x05/W\x80c\xC8\xA0\x15\xE6\x14a\x02jW\x80c\xD5Gt\x1F\x14a\x02\x05W\x80c\xF1\xC6!\x04\x14a\x01\xC3Wc\xFC\x16P.\x14a\x01RW_\x80\xFD[4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[\x80\xFD[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` c\xFF\xFF\xFF\xFF`\x04T\x16`@Q\x90\x81R\xF3[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x02f`\x045a\x02Ca&yV[\x90a\x02aa\x02\\\x82_R_` R`\x01`@_ \x01T\x90V[a)\x8AV[a-zV[P\x80\xF3[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x02\xA2a&\xCAV[a\x02\xAAa&yV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x91\x823\x14\x15\x80a\x05\x06W[a\x04\xD1Wc\xFF\xFF\xFF\xFF\x16\x90\x81\x15\x80\x15a\x04\x0BW[a\x03\xDBW\x83\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90`@Qa\x03*\x81a&\xDDV[\x83\x81R\x83` \x82\x01R\x83`@\x82\x01R\x82;\x15a\x03\xD7Wa\x03|\x92\x84\x92\x83`@Q\x80\x96\x81\x95\x82\x94\x7F\xDC\xEE\x9F\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01a(\x91V[\x03\x92Z\xF1\x80\x15a\x03\xCCWa\x03\xB3W[P\x80\x7F\xBA\x02'\xC1D|!\xC7\xBF\x0B\xBC\x05\xCF]\xD8F3u\x8D&y@#T\xE0\xD9\x1B}\xA8l\x99\xE9\x91\xA3\x80\xF3[\x81a\x03\xBD\x91a'\x15V[a\x03\xC8W\x82_a\x03\x8BV[\x82\x80\xFD[`@Q=\x84\x82>=\x90\xFD[\x83\x80\xFD[P\x82\x91\x7F\\\"\x07\xF5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x94R`\x04R`$R\xFD[P`@Q\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x83`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04\xC6W\x83\x91c\xFF\xFF\xFF\xFF\x91\x87\x91a\x04\x97W[PQ\x16\x14\x15a\x02\xE0V[a\x04\xB9\x91P``=``\x11a\x04\xBFW[a\x04\xB1\x81\x83a'\x15V[\x81\x01\x90a(8V[_a\x04\x8DV[P=a\x04\xA7V[`@Q=\x87\x82>=\x90\xFD[\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84Rc\xFF\xFF\xFF\xFF\x16`\x04R3`$R`D\x83\xFD[P3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x05&\x83a-\x1BV[T\x16\x14\x15a\x02\xCCV[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x05ga&\xCAV[`$5\x90\x82\x82\x15\x15\x92\x83\x81\x03a\x06\x95Wa\x05\x7Fa)\x02V[a\x05\x88\x83a.BV[\x90a\x06\x88W[\x83`@\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x03\xC8W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x03\xCCWa\x06sW[PP` c\xFF\xFF\xFF\xFF\x7FJ\xA9u\x17\x0F!z\xB8\xF3\xF7\xA7\xE5\x1D\xC7j\xA4\xB6\x94\x0B\xCAh/f\x03G\x1BC\x9C\xAC\\\xDA\xA5\x92`@Q\x94\x85R\x16\x92\xA2\x80\xF3[\x81a\x06}\x91a'\x15V[a\x03\xC8W\x82_a\x06<V[a\x06\x90a*7V[a\x05\x8EV[P\x80\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x06\xD1a&\xCAV[a\x06\xD9a)\x02V[a\x06\xE2\x81a.BV[` \x81\x01\x80Qa\x07\xE8W\x90`\x01\x84\x92Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x03\xC8W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x03\xCCWa\x07\xD3W[PP\x7F\xCFo\xE0\x83\0!\xB7C\xFF\x80\"\xA5\xD5\xB7\xC9\x9Ej\x1D\x11\xC5g\xF1\xDC\xBE\xC2\x0C9? p\tR` c\xFF\xFF\xFF\xFF`@Q\x93`$5\x85R\x16\x92\xA2\x80\xF3[\x81a\x07\xDD\x91a'\x15V[a\x06\x95W\x81_a\x07\x9AV[`$\x84c\xFF\xFF\xFF\xFF\x85\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` \x90`@Q\x90\x81R\xF3[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@` \x92c\xFF\xFF\xFF\xFFa\x08\xABa&\xCAV[\x16\x81R`\x02\x84R T\x16`@Q\x90\x81R\xF3[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@a\t\x0Ca&yV[\x92`\x045\x81R\x80` R \x91\x16_R` R` `\xFF`@_ T\x16`@Q\x90\x15\x15\x81R\xF3[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\tia)\x02V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81\x85Z\xFA\x90\x81\x15a\n\xD1W\x83\x91a\n\x97W[Pa\noW\x80\x82\x91;\x15a\nlW\x81\x80\x91`$`@Q\x80\x94\x81\x93\x7F\x16\xC3\x8B<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x01`\x04\x84\x01RZ\xF1\x80\x15a\x03\xCCWa\nWW[P3\x7F\xF4\x82\xC8\xC0\x04\x062\xEF\xEFZY\xDF\xEF\xFD\xF7\xEE\x05\x1B\xB2\xCC+\xA5\xFD\x9C<F\xDCzZ\xAA\xA4\xA1\x82\x80\xA2\x80\xF3[\x81a\na\x91a'\x15V[a\x01\xC0W\x80_a\n.V[P\xFD[`\x04\x82\x7F\xAC/x<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[\x90P` \x81=` \x11a\n\xC9W[\x81a\n\xB2` \x93\x83a'\x15V[\x81\x01\x03\x12a\x03\xC8Wa\n\xC3\x90a'\xE5V[_a\t\xDDV[=\x91Pa\n\xA5V[`@Q=\x85\x82>=\x90\xFD[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wc\xFF\xFF\xFF\xFFa\x0B\x19a&\xCAV[\x82`\x80`@Qa\x0B(\x81a&\xF9V[\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x01R\x16\x80\x82R`\x01` R`@\x82 \x90`@Q\x91a\x0BZ\x83a&\xDDV[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83R` \x83\x01\x92`\xFF\x82`\xA0\x1C\x16\x84Rd\xFF\xFF\xFF\xFF\xFF`@\x82\x01\x92`\xA8\x1C\x16\x82R`@Q\x92\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01R``\x83`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x92\x83\x15a\x04\xC6W\x90d\xFF\xFF\xFF\xFF\xFF\x93\x92\x91`\xA0\x96\x93a\x0C\x9CW[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xFF\x91Q\x16\x94Q\x16\x91`\xFF\x84`@` \x84\x01Q\x15\x15\x93\x01Q\x15\x15\x93Q\x16\x93`\x80`@Qa\x0CZ\x81a&\xF9V[\x88\x81R` \x81\x01\x92\x83R`@\x81\x01\x94\x85R``\x81\x01\x95\x86R\x01\x94\x85R`@Q\x96\x87RQ\x16` \x86\x01RQ\x15\x15`@\x85\x01RQ\x15\x15``\x84\x01RQ\x16`\x80\x82\x01R\xF3[`\xFF\x91\x93Pa\x0C\xD7s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91``=``\x11a\x0C\xDFW[a\x0C\xCF\x81\x83a'\x15V[\x81\x01\x90a'\xF2V[\x93\x91Pa\x0C\x18V[P=a\x0C\xC5V[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\r\x1Ea&\xCAV[\x90c\xFF\xFF\xFF\xFF`@Q\x92\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R\x16`\x04\x83\x01R` \x82`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\r\xE8W\x80\x91a\r\xABW[` \x82`@Q\x90\x15\x15\x81R\xF3[\x90P` \x82=` \x11a\r\xE0W[\x81a\r\xC6` \x93\x83a'\x15V[\x81\x01\x03\x12a\x01\xC0WPa\r\xDA` \x91a'\xE5V[_a\r\x9EV[=\x91Pa\r\xB9V[`@Q\x90=\x90\x82>=\x90\xFD[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W`@Q\x90\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R` \x82`\x04\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\r\xE8W\x80\x91a\r\xABW` \x82`@Q\x90\x15\x15\x81R\xF3[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x0E\xDBa&\xCAV[a\x0E\xE3a)\x02V[a\x0E\xEC\x81a.BV[` \x81\x01\x80Q\x15a\x0F\xF0W\x90\x83\x80\x92a\x0F\x03a*7V[Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x03\xC8W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x03\xCCWa\x0F\xDBW[Pc\xFF\xFF\xFF\xFF\x82\x16\x7F\xCE\xC6HE \x03\0\xB0_\xDC6ijf\x1E\x8DJ\xEBc\xA4\x06\"\xA8\x95\xB0\xCBaZ\xF2\xC0\x86E\x82\x80\xA2\x80\xF3[\x81a\x0F\xE5\x91a'\x15V[a\x06\x95W\x81_a\x0F\xACV[`$\x84c\xFF\xFF\xFF\xFF\x85\x7FyR\x8A\xD7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W`\x045s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x91\x03a\x06\x95Wa\x10{a(\xE4V[P`@Q\x90\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x03\xCCW``\x92\x91a\x11+W[Pa\x11)`@Q\x80\x92d\xFF\xFF\xFF\xFF\xFF`@\x80\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[\xF3[a\x11B\x91P\x82=\x84\x11a\x04\xBFWa\x04\xB1\x81\x83a'\x15V[_a\x10\xF7V[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` `@Q\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H\x81R\xF3[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x11\xD9a&\xCAV[3\x15\x80\x15a\x13*W[a\x12\xF5W` a\x11\xF1\x82a.BV[\x01Qa\x12\xC4Wc\xFF\xFF\xFF\xFF\x90a\x12\x05a*7V[\x16\x80\x82R`\x01` R`@\x82 s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81T\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x81\x83R`\x02` R`@\x83 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81T\x16\x90U3\x91\x7Fpf\xE1\xA8\xC61@\xC5\x02\xFDwa\xD3\x06\x06q\xBAv\x9B(\xF6\xA8]\x06\x15\x10\0&r\xE9/\x0C\x84\x80\xA4\x80\xF3[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82Rc\xFF\xFF\xFF\xFF\x16`\x04R`$\x90\xFD[\x7F6\xA8\xE6\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82Rc\xFF\xFF\xFF\xFF\x16`\x04R3`$R`D\x90\xFD[Pc\xFF\xFF\xFF\xFF\x81\x16\x82R`\x02` R3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84 T\x16\x14\x15a\x11\xE2V[P4a\x01\xC0W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x13\x93a)\x02V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81\x85Z\xFA\x90\x81\x15a\n\xD1W\x83\x91a\x14\xBEW[P\x15a\x14\x96W\x80\x82\x91;\x15a\nlW\x81\x80\x91`$`@Q\x80\x94\x81\x93\x7F\x16\xC3\x8B<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x81`\x04\x84\x01RZ\xF1\x80\x15a\x03\xCCWa\x14\x81W[P3\x7F\xB1\x1Di\xE9\xB1-+2\xDE$\xF8\xBF\x1A0\xE4W\xA6@\xAA\x88*\xCA\xFA;\x9A\xFB\x89\xFEI;\xF7\x14\x82\x80\xA2\x80\xF3[\x81a\x14\x8B\x91a'\x15V[a\x01\xC0W\x80_a\x14XV[`\x04\x82\x7F\xF99\xAF\x99\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[\x90P` \x81=` \x11a\x14\xF0W[\x81a\x14\xD9` \x93\x83a'\x15V[\x81\x01\x03\x12a\x03\xC8Wa\x14\xEA\x90a'\xE5V[_a\x14\x07V[=\x91Pa\x14\xCCV[P4a\x01\xC0W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x150a&\xCAV[a\x158a&yV[\x90`D5`\xFF\x81\x16\x80\x91\x03a\x03\xD7Wa\x15P\x82a+\x13V[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x92\x83\x15a\x17aW\x81\x15\x80\x15a\x17WW[a\x17+Wa\x15\x84a*7V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90`@Q\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x85`\x04\x82\x01R``\x81`$\x81\x86Z\xFA\x80\x15a\x17 Wc\xFF\xFF\xFF\xFF\x91\x88\x91a\x17\x01W[PQ\x16\x80a\x16\xD1WP\x90\x85\x91c\xFF\xFF\xFF\xFF`@Q\x95a\x16\"\x87a&\xDDV[\x16\x94\x85\x81R\x84` \x82\x01Rd\xFF\xFF\xFF\xFF\xFFB\x16`@\x82\x01R\x82;\x15a\x03\xD7Wa\x16}\x92\x84\x92\x83`@Q\x80\x96\x81\x95\x82\x94\x7F\xDC\xEE\x9F\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01a(\x91V[\x03\x92Z\xF1\x80\x15a\x03\xCCWa\x16\xBCW[PP` \x7FK\x025\x92\xD5u\xE5 \x82x\xD9\xE2\xC5g~#\xF6?W\x02ZL*WwJ\x18\xDF\xDC2>Y\x91`@Q\x90\x81R\xA3\x80\xF3[\x81a\x16\xC6\x91a'\x15V[a\x03\xD7W\x83_a\x16\x8CV[\x86`D\x91\x87\x7F\x83E\x9Ch\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[a\x17\x1A\x91P``=``\x11a\x04\xBFWa\x04\xB1\x81\x83a'\x15V[_a\x16\x04V[`@Q=\x89\x82>=\x90\xFD[`$\x85\x83\x7F3\xA8F\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[P`\x08\x82\x11a\x15xV[`\x04\x85\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x17\xC1a&yV[3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x17\xEAWa\x02f\x90`\x045a-zV[`\x04\x82\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x18Ja&\xCAV[a\x18Ra&yV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x18p\x83a-\x1BV[T\x16\x903\x82\x03a\x19\xEDWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x82a\x18\xF8W[c\xFF\xFF\xFF\xFF\x16\x80\x84R`\x02` R`@\x84 \x83\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x7F\xB9\xA3@\x9DG\nf\x89eF\xBF\x866\x17\xDC\x1C\x11G\xA1h\xE5\xC9\xA0\x08\x88\xC0\xF9\xB8<\xA3\x0C\x1F\x84\x80\xA4\x80\xF3[`@Q\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x82\x16\x90\x81`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a\x19\xE2W` \x91\x87\x91a\x19\xC3W[P\x01Qa\x19\x98WPc\xFF\xFF\xFF\xFF\x90a\x19\x91a*7V[\x90Pa\x18\x97V[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85R`\x04R`$\x84\xFD[a\x19\xDC\x91P``=``\x11a\x0C\xDFWa\x0C\xCF\x81\x83a'\x15V[_a\x19{V[`@Q=\x88\x82>=\x90\xFD[`D\x84c\xFF\xFF\xFF\xFF\x85\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R3`$R\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x1A[a&\xCAV[a\x1Aca&yV[\x82\x80R\x82` R`@\x83 s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`\xFF`@_ T\x16\x15a\x1B\xBDWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x15a\x1B\x95Wc\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x1A\xD7\x83a-\x1BV[T\x16\x91\x16\x80\x84R`\x01` R`@\x84 \x83\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x80\x84R`\x02` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x85 T\x16a\x1B^W[\x7Fpf\xE1\xA8\xC61@\xC5\x02\xFDwa\xD3\x06\x06q\xBAv\x9B(\xF6\xA8]\x06\x15\x10\0&r\xE9/\x0C\x84\x80\xA4\x80\xF3[\x80\x84R`\x02` R`@\x84 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81T\x16\x90Ua\x1B7V[`\x04\x83\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[`D\x83\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04R\x80`$R\xFD[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x02f`\x045a\x1C+a&yV[\x90a\x1CDa\x02\\\x82_R_` R`\x01`@_ \x01T\x90V[a,IV[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wc\xFF\xFF\xFF\xFFa\x1C\x86a&\xCAV[\x16\x81R`\x03` R`@\x81 `@Q\x90\x82\x81T\x91a\x1C\xA3\x83a'VV[\x90\x81\x85R` \x85\x01\x93`\x01\x81\x16\x90\x81_\x14a\x1DUWP`\x01\x14a\x1D\x1AW[\x85`@\x86\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x88a\x1C\xF5\x84\x8A\x03\x85a'\x15V[\x84Q\x95\x86\x94` \x86RQ\x80\x92\x81` \x88\x01R\x87\x87\x01^\x85\x82\x86\x01\x01R\x01\x16\x81\x01\x03\x01\x90\xF3[\x85R` \x85 \x85\x92P[\x81\x83\x10a\x1D;WPP\x82\x01` \x01`\x1F`@a\x1C\xC1V[`\x01\x81` \x92\x94\x93\x94T\x83\x85\x89\x01\x01R\x01\x91\x01\x91\x90a\x1D$V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x85RPP\x15\x15`\x05\x1B\x83\x01` \x01\x90P`\x1F`@a\x1C\xC1V[P4a\x01\xC0W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0W` a\x1D\xD9`\x045_R_` R`\x01`@_ \x01T\x90V[`@Q\x90\x81R\xF3[P4a\x01\xC0W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xC0Wa\x1E\x19a&\xCAV[\x90`$5\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a\x06\x95Wa\x1E@c\xFF\xFF\xFF\xFF\x936\x90`\x04\x01a&\x9CV[\x93\x90\x91a\x1EL\x81a+\x13V[Pa\x1EW\x85\x84a)\xF0V[a\x1E_a*7V[\x16\x90\x81\x83R`\x03` R`@\x83 \x93g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a *Wa\x1E\x87\x85Ta'VV[`\x1F\x81\x11a\x1F\xE5W[P\x83\x94`\x1F\x82\x11`\x01\x14a\x1F$W\x81\x85\x96\x7F|\xB53\xC2d\x9EPd\x87\xC8\xC2\xED\xAD\xAF\x7F\x86\x99Xs8\xB63\x97#\t\xD2\xC6|4\xC8p\xE1\x95\x96\x91a\x1F\x19W[P\x82`\x01\x1B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84`\x03\x1B\x1C\x19\x16\x17\x90U[a\x1F\x13`@Q\x92\x83\x92` \x84R` \x84\x01\x91a'\xA7V[\x03\x90\xA2\x80\xF3[\x90P\x83\x015_a\x1E\xCAV[\x80\x85R` \x85 \x95\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x83\x16\x86[\x81\x81\x10a\x1F\xCDWP\x90\x83\x7F|\xB53\xC2d\x9EPd\x87\xC8\xC2\xED\xAD\xAF\x7F\x86\x99Xs8\xB63\x97#\t\xD2\xC6|4\xC8p\xE1\x96\x97\x98\x92\x10a\x1F\x95W[PP`\x01\x82\x81\x1B\x01\x90Ua\x1E\xFCV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x85`\x03\x1B\x16\x1C\x19\x90\x85\x015\x16\x90U_\x80a\x1F\x86V[\x85\x83\x015\x89U`\x01\x90\x98\x01\x97` \x92\x83\x01\x92\x01a\x1FQV[\x85\x85R` \x85 `\x1F\x83\x01`\x05\x1C\x81\x01\x91` \x84\x10a  W[`\x1F\x01`\x05\x1C\x01\x90[\x81\x81\x10a \x15WPa\x1E\x90V[\x85\x81U`\x01\x01a \x08V[\x90\x91P\x81\x90a\x1F\xFFV[`$\x84\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`A`\x04R\xFD[4a$\x12W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a$\x12W`\x045`\xFF\x81\x16\x80\x91\x03a$\x12Wa \x9Ca&yV[`D5\x91\x82\x15\x15\x80\x93\x03a$\x12W`d5g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a$\x12Wa \xCA\x906\x90`\x04\x01a&\x9CV[`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a$\x12Wa \xEA\x906\x90`\x04\x01a&\x9CV[\x95\x90\x94a \xF5a)\x02V[\x84\x15\x80\x15a%\xB3W[a%\x87Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x84\x15a%_Wa!)\x87\x87a)\xF0V[a!1a*7V[`\x04Tc\xFF\xFF\xFF\xFF\x81\x16\x96c\xFF\xFF\xFF\xFF\x88\x14a%2W`\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x98\x01\x91c\xFF\xFF\xFF\xFF\x83\x16\x98\x89\x91\x16\x17`\x04U`@Qa!\x88\x81a&\xDDV[\x87\x81R` \x81\x01\x84\x81R`@\x82\x01\x90d\xFF\xFF\xFF\xFF\xFFB\x16\x82R\x8A_R`\x01` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80`@_ \x94Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84T\x16\x17\x83UQ\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85T\x93Q`\xA8\x1B\x16\x93`\xA0\x1B\x16\x91\x16\x17\x17\x90U\x87_R`\x03` R`@_ g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x11a%\x05Wa\"z\x81Ta'VV[`\x1F\x81\x11a$\xC0W[P\x89_`\x1F\x82\x11`\x01\x14a$!W_\x91a$\x16W[P\x8A`\x01\x1B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C`\x03\x1B\x1C\x19\x16\x17\x90U[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`@Qa#\x0E\x81a&\xDDV[`\x01\x81R_` \x82\x01R\x85`@\x82\x01R\x83;\x15a$\x12W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\x04\x84\x01R\x81Q\x15\x15`$\x84\x01R` \x82\x01Q\x15\x15`D\x84\x01R\x01Q\x15\x15`d\x82\x01R\x91_\x90\x83\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x98\x89\x15a$\x07Wa#\xDE\x89\x97\x7F\x1BS\xA2\x0Fctz\x19\x02\xB6\xC486\xBB\x99@\xF9\xB1O\x1F\xE5~\xF8\\\xD7\xB6\xE7~<\xA0\xB2\x8F\x97a#\xEC\x95` \x9Da#\xF7W[P`@Q\x97\x88\x97\x88R\x8D\x88\x01R`\x80`@\x88\x01R`\x80\x87\x01\x91a'\xA7V[\x91\x84\x83\x03``\x86\x01Ra'\xA7V[\x03\x90\xA3`@Q\x90\x81R\xF3[_a$\x01\x91a'\x15V[_a#\xC0V[`@Q=_\x82>=\x90\xFD[_\x80\xFD[\x90P\x82\x015\x8Ba\"\x98V[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x90\x82_R\x8B` _ \x92_[\x81\x81\x10a$\xA5WP\x10a$mW[PP`\x01\x8A\x81\x1B\x01\x90Ua\"\xCAV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x8D`\x03\x1B\x16\x1C\x19\x90\x84\x015\x16\x90U\x8A\x80a$^V[\x86\x84\x015\x85U`\x01\x90\x94\x01\x93` \x93\x84\x01\x93\x8F\x93P\x01a$PV[\x81_R` _ `\x1F\x8C\x01`\x05\x1C\x81\x01\x91` \x8D\x10a$\xFBW[`\x1F\x01`\x05\x1C\x01\x90[\x81\x81\x10a$\xF0WPa\"\x83V[_\x81U`\x01\x01a$\xE3V[\x90\x91P\x81\x90a$\xDAV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x84\x7F=\x8A:p\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x07\x85\x11a \xFEV[4a$\x12W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a$\x12W`\x045\x90\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x80\x92\x03a$\x12W\x81\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x93\x14\x90\x81\x15a&OW[P\x15\x15\x81R\xF3[\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91P\x14\x83a&HV[`$5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a$\x12WV[\x91\x81`\x1F\x84\x01\x12\x15a$\x12W\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a$\x12W` \x83\x81\x86\x01\x95\x01\x01\x11a$\x12WV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a$\x12WV[``\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a%\x05W`@RV[`\xA0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a%\x05W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a%\x05W`@RV[\x90`\x01\x82\x81\x1C\x92\x16\x80\x15a'\x9DW[` \x83\x10\x14a'pWV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[\x91`\x7F\x16\x91a'eV[`\x1F\x82` \x94\x93\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x93\x81\x86R\x86\x86\x017_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[Q\x90\x81\x15\x15\x82\x03a$\x12WV[\x90\x81``\x91\x03\x12a$\x12Wa(0`@\x80Q\x92a(\x0E\x84a&\xDDV[a(\x17\x81a'\xE5V[\x84Ra(%` \x82\x01a'\xE5V[` \x85\x01R\x01a'\xE5V[`@\x82\x01R\x90V[\x90\x81``\x91\x03\x12a$\x12W`@Q\x90a(P\x82a&\xDDV[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x03a$\x12W\x82R` \x81\x01Q\x90`\xFF\x82\x16\x82\x03a$\x12W`@\x91` \x84\x01R\x01Qd\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a$\x12W`@\x82\x01R\x90V[\x91` a(\xE2\x92\x94\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x82\x01\x96\x16\x81R\x01\x90d\xFF\xFF\xFF\xFF\xFF`@\x80\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[V[`@Q\x90a(\xF1\x82a&\xDDV[_`@\x83\x82\x81R\x82` \x82\x01R\x01RV[3_\x90\x81R\x7F,\xEC\x94\x0BDV\xD9)\xEF\x0E\xDB:P\xECl\x89Tm\xC8\x04X\xC4>\xED\x19pT\xCBJ\x8C\x8C>` R`@\x90 T`\xFF\x16\x15a):WV[\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H`$R`D_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`\xFF`@_ T\x16\x15a)\xC1WPV[\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P\x80\x15\x80\x15a*,W[a*\x01WPV[\x7FPD\xFC\x0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pa\x02\0\x81\x11a)\xFAV[`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a$\x07W_\x91a*\xD9W[Pa*\xB1WV[\x7F\xAC/x<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x90P` \x81=` \x11a+\x0BW[\x81a*\xF4` \x93\x83a'\x15V[\x81\x01\x03\x12a$\x12Wa+\x05\x90a'\xE5V[_a*\xAAV[=\x91Pa*\xE7V[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa+2\x83a-\x1BV[T\x16\x913\x83\x03a,\x13Wc\xFF\xFF\xFF\xFF`@Q\x91\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16\x90\x81`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a$\x07W` \x91_\x91a+\xF4W[P\x01Qa+\xC9WPV[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[a,\r\x91P``=``\x11a\x0C\xDFWa\x0C\xCF\x81\x83a'\x15V[_a+\xBFV[c\xFF\xFF\xFF\xFF\x90\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R3`$R`D_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`\xFF`@_ T\x16\x15_\x14a-\x15W\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ `\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x82T\x16\x17\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r_\x80\xA4`\x01\x90V[PP_\x90V[c\xFF\xFF\xFF\xFF\x16\x90\x81_R`\x01` R`@_ \x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83T\x16\x15a-OWPV[\x7F\xF8\x80\x13|\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`\xFF`@_ T\x16_\x14a-\x15W\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x81T\x16\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B_\x80\xA4`\x01\x90V[\x90a.Ka(\xE4V[Pc\xFF\xFF\xFF\xFF`@Q\x92\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R\x16\x80`\x04\x84\x01R``\x83`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x92\x83\x15a$\x07W_\x93a.\xD7W[P\x82Q\x15a-OWPV[a.\xF1\x91\x93P``=``\x11a\x0C\xDFWa\x0C\xCF\x81\x83a'\x15V[\x91_a.\xCCV",
    );
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
    /**Custom error with signature `AccessControlBadConfirmation()` and selector `0x6697b232`.
```solidity
error AccessControlBadConfirmation();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlBadConfirmation;
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
        impl ::core::convert::From<AccessControlBadConfirmation>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlBadConfirmation()";
            const SELECTOR: [u8; 4] = [102u8, 151u8, 178u8, 50u8];
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
    /**Custom error with signature `AccessControlUnauthorizedAccount(address,bytes32)` and selector `0xe2517d3f`.
```solidity
error AccessControlUnauthorizedAccount(address account, bytes32 neededRole);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AccessControlUnauthorizedAccount {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub neededRole: alloy::sol_types::private::FixedBytes<32>,
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
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
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
        impl ::core::convert::From<AccessControlUnauthorizedAccount>
        for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for AccessControlUnauthorizedAccount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    neededRole: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlUnauthorizedAccount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AccessControlUnauthorizedAccount(address,bytes32)";
            const SELECTOR: [u8; 4] = [226u8, 81u8, 125u8, 63u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.neededRole),
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
    /**Custom error with signature `OrganizationRegistry__AlreadyPractitioner(address,uint32)` and selector `0x83459c68`.
```solidity
error OrganizationRegistry__AlreadyPractitioner(address account, uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__AlreadyPractitioner {
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
        impl ::core::convert::From<OrganizationRegistry__AlreadyPractitioner>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__AlreadyPractitioner) -> Self {
                (value.account, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__AlreadyPractitioner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    orgId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__AlreadyPractitioner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__AlreadyPractitioner(address,uint32)";
            const SELECTOR: [u8; 4] = [131u8, 69u8, 156u8, 104u8];
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
    /**Custom error with signature `OrganizationRegistry__InvalidEndpoint(uint256)` and selector `0x5044fc0e`.
```solidity
error OrganizationRegistry__InvalidEndpoint(uint256 length);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__InvalidEndpoint {
        #[allow(missing_docs)]
        pub length: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<OrganizationRegistry__InvalidEndpoint>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__InvalidEndpoint) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__InvalidEndpoint {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__InvalidEndpoint {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__InvalidEndpoint(uint256)";
            const SELECTOR: [u8; 4] = [80u8, 68u8, 252u8, 14u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.length),
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
    /**Custom error with signature `OrganizationRegistry__InvalidKind(uint8)` and selector `0x3d8a3a70`.
```solidity
error OrganizationRegistry__InvalidKind(uint8 kind);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__InvalidKind {
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
        impl ::core::convert::From<OrganizationRegistry__InvalidKind>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__InvalidKind) -> Self {
                (value.kind,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__InvalidKind {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { kind: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__InvalidKind {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__InvalidKind(uint8)";
            const SELECTOR: [u8; 4] = [61u8, 138u8, 58u8, 112u8];
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
    /**Custom error with signature `OrganizationRegistry__InvalidRole(uint8)` and selector `0x33a846a5`.
```solidity
error OrganizationRegistry__InvalidRole(uint8 role);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__InvalidRole {
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
        impl ::core::convert::From<OrganizationRegistry__InvalidRole>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__InvalidRole) -> Self {
                (value.role,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__InvalidRole {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { role: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__InvalidRole {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__InvalidRole(uint8)";
            const SELECTOR: [u8; 4] = [51u8, 168u8, 70u8, 165u8];
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
    /**Custom error with signature `OrganizationRegistry__NotOrganizationAdmin(uint32,address)` and selector `0x76425245`.
```solidity
error OrganizationRegistry__NotOrganizationAdmin(uint32 orgId, address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__NotOrganizationAdmin {
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
        impl ::core::convert::From<OrganizationRegistry__NotOrganizationAdmin>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__NotOrganizationAdmin) -> Self {
                (value.orgId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__NotOrganizationAdmin {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    orgId: tuple.0,
                    account: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__NotOrganizationAdmin {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__NotOrganizationAdmin(uint32,address)";
            const SELECTOR: [u8; 4] = [118u8, 66u8, 82u8, 69u8];
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
    /**Custom error with signature `OrganizationRegistry__NotPendingAdmin(uint32,address)` and selector `0x36a8e6ed`.
```solidity
error OrganizationRegistry__NotPendingAdmin(uint32 orgId, address account);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__NotPendingAdmin {
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
        impl ::core::convert::From<OrganizationRegistry__NotPendingAdmin>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__NotPendingAdmin) -> Self {
                (value.orgId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__NotPendingAdmin {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    orgId: tuple.0,
                    account: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__NotPendingAdmin {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__NotPendingAdmin(uint32,address)";
            const SELECTOR: [u8; 4] = [54u8, 168u8, 230u8, 237u8];
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
    /**Custom error with signature `OrganizationRegistry__NotPractitioner(address,uint32)` and selector `0x5c2207f5`.
```solidity
error OrganizationRegistry__NotPractitioner(address account, uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__NotPractitioner {
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
        impl ::core::convert::From<OrganizationRegistry__NotPractitioner>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__NotPractitioner) -> Self {
                (value.account, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__NotPractitioner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    account: tuple.0,
                    orgId: tuple.1,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__NotPractitioner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__NotPractitioner(address,uint32)";
            const SELECTOR: [u8; 4] = [92u8, 34u8, 7u8, 245u8];
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
    /**Custom error with signature `OrganizationRegistry__OrganizationNotSuspended(uint32)` and selector `0x79528ad7`.
```solidity
error OrganizationRegistry__OrganizationNotSuspended(uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__OrganizationNotSuspended {
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
        impl ::core::convert::From<OrganizationRegistry__OrganizationNotSuspended>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__OrganizationNotSuspended) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__OrganizationNotSuspended {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError
        for OrganizationRegistry__OrganizationNotSuspended {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__OrganizationNotSuspended(uint32)";
            const SELECTOR: [u8; 4] = [121u8, 82u8, 138u8, 215u8];
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
    /**Custom error with signature `OrganizationRegistry__OrganizationSuspended(uint32)` and selector `0xc27eab50`.
```solidity
error OrganizationRegistry__OrganizationSuspended(uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__OrganizationSuspended {
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
        impl ::core::convert::From<OrganizationRegistry__OrganizationSuspended>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__OrganizationSuspended) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__OrganizationSuspended {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__OrganizationSuspended {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__OrganizationSuspended(uint32)";
            const SELECTOR: [u8; 4] = [194u8, 126u8, 171u8, 80u8];
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
    /**Custom error with signature `OrganizationRegistry__UnknownOrganization(uint32)` and selector `0xf880137c`.
```solidity
error OrganizationRegistry__UnknownOrganization(uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__UnknownOrganization {
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
        impl ::core::convert::From<OrganizationRegistry__UnknownOrganization>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__UnknownOrganization) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__UnknownOrganization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__UnknownOrganization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__UnknownOrganization(uint32)";
            const SELECTOR: [u8; 4] = [248u8, 128u8, 19u8, 124u8];
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
    /**Custom error with signature `OrganizationRegistry__WritesNotPaused()` and selector `0xf939af99`.
```solidity
error OrganizationRegistry__WritesNotPaused();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__WritesNotPaused;
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
        impl ::core::convert::From<OrganizationRegistry__WritesNotPaused>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__WritesNotPaused) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__WritesNotPaused {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__WritesNotPaused {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__WritesNotPaused()";
            const SELECTOR: [u8; 4] = [249u8, 57u8, 175u8, 153u8];
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
    /**Custom error with signature `OrganizationRegistry__WritesPaused()` and selector `0xac2f783c`.
```solidity
error OrganizationRegistry__WritesPaused();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__WritesPaused;
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
        impl ::core::convert::From<OrganizationRegistry__WritesPaused>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__WritesPaused) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__WritesPaused {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__WritesPaused {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__WritesPaused()";
            const SELECTOR: [u8; 4] = [172u8, 47u8, 120u8, 60u8];
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
    /**Custom error with signature `OrganizationRegistry__ZeroAddress()` and selector `0x8c93a3cd`.
```solidity
error OrganizationRegistry__ZeroAddress();
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OrganizationRegistry__ZeroAddress;
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
        impl ::core::convert::From<OrganizationRegistry__ZeroAddress>
        for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__ZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
        for OrganizationRegistry__ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OrganizationRegistry__ZeroAddress()";
            const SELECTOR: [u8; 4] = [140u8, 147u8, 163u8, 205u8];
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
    /**Event with signature `AdminTransferStarted(uint32,address,address)` and selector `0xb9a3409d470a66896546bf863617dc1c1147a168e5c9a00888c0f9b83ca30c1f`.
```solidity
event AdminTransferStarted(uint32 indexed orgId, address indexed admin, address indexed pendingAdmin);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AdminTransferStarted {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub pendingAdmin: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for AdminTransferStarted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AdminTransferStarted(uint32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                185u8, 163u8, 64u8, 157u8, 71u8, 10u8, 102u8, 137u8, 101u8, 70u8, 191u8,
                134u8, 54u8, 23u8, 220u8, 28u8, 17u8, 71u8, 161u8, 104u8, 229u8, 201u8,
                160u8, 8u8, 136u8, 192u8, 249u8, 184u8, 60u8, 163u8, 12u8, 31u8,
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
                    admin: topics.2,
                    pendingAdmin: topics.3,
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
                    self.orgId.clone(),
                    self.admin.clone(),
                    self.pendingAdmin.clone(),
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.admin,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.pendingAdmin,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AdminTransferStarted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AdminTransferStarted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AdminTransferStarted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `AdminTransferred(uint32,address,address)` and selector `0x7066e1a8c63140c502fd7761d3060671ba769b28f6a85d061510002672e92f0c`.
```solidity
event AdminTransferred(uint32 indexed orgId, address indexed previousAdmin, address indexed newAdmin);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct AdminTransferred {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub previousAdmin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub newAdmin: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for AdminTransferred {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AdminTransferred(uint32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                112u8, 102u8, 225u8, 168u8, 198u8, 49u8, 64u8, 197u8, 2u8, 253u8, 119u8,
                97u8, 211u8, 6u8, 6u8, 113u8, 186u8, 118u8, 155u8, 40u8, 246u8, 168u8,
                93u8, 6u8, 21u8, 16u8, 0u8, 38u8, 114u8, 233u8, 47u8, 12u8,
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
                    previousAdmin: topics.2,
                    newAdmin: topics.3,
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
                    self.orgId.clone(),
                    self.previousAdmin.clone(),
                    self.newAdmin.clone(),
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
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.orgId);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.previousAdmin,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.newAdmin,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for AdminTransferred {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&AdminTransferred> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &AdminTransferred) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EmergencyCapabilitySet(uint32,bool)` and selector `0x4aa975170f217ab8f3f7a7e51dc76aa4b6940bca682f6603471b439cac5cdaa5`.
```solidity
event EmergencyCapabilitySet(uint32 indexed orgId, bool emergencyCapable);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EmergencyCapabilitySet {
        #[allow(missing_docs)]
        pub orgId: u32,
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EmergencyCapabilitySet {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "EmergencyCapabilitySet(uint32,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                74u8, 169u8, 117u8, 23u8, 15u8, 33u8, 122u8, 184u8, 243u8, 247u8, 167u8,
                229u8, 29u8, 199u8, 106u8, 164u8, 182u8, 148u8, 11u8, 202u8, 104u8, 47u8,
                102u8, 3u8, 71u8, 27u8, 67u8, 156u8, 172u8, 92u8, 218u8, 165u8,
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
                    emergencyCapable: data.0,
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
                        &self.emergencyCapable,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.orgId.clone())
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
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EmergencyCapabilitySet {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EmergencyCapabilitySet> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EmergencyCapabilitySet) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EndpointUpdated(uint32,string)` and selector `0x7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e1`.
```solidity
event EndpointUpdated(uint32 indexed orgId, string fhirEndpoint);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct EndpointUpdated {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub fhirEndpoint: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for EndpointUpdated {
            type DataTuple<'a> = (alloy::sol_types::sol_data::String,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "EndpointUpdated(uint32,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                124u8, 181u8, 51u8, 194u8, 100u8, 158u8, 80u8, 100u8, 135u8, 200u8,
                194u8, 237u8, 173u8, 175u8, 127u8, 134u8, 153u8, 88u8, 115u8, 56u8,
                182u8, 51u8, 151u8, 35u8, 9u8, 210u8, 198u8, 124u8, 52u8, 200u8, 112u8,
                225u8,
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
                    fhirEndpoint: data.0,
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.fhirEndpoint,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.orgId.clone())
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
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EndpointUpdated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EndpointUpdated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EndpointUpdated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OrganizationAccredited(uint32,address,uint8,bool,string,string)` and selector `0x1b53a20f63747a1902b6c43836bb9940f9b14f1fe57ef85cd7b6e77e3ca0b28f`.
```solidity
event OrganizationAccredited(uint32 indexed orgId, address indexed admin, uint8 kind, bool emergencyCapable, string name, string fhirEndpoint);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OrganizationAccredited {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub kind: u8,
        #[allow(missing_docs)]
        pub emergencyCapable: bool,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub fhirEndpoint: alloy::sol_types::private::String,
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
        impl alloy_sol_types::SolEvent for OrganizationAccredited {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
            );
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "OrganizationAccredited(uint32,address,uint8,bool,string,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                27u8, 83u8, 162u8, 15u8, 99u8, 116u8, 122u8, 25u8, 2u8, 182u8, 196u8,
                56u8, 54u8, 187u8, 153u8, 64u8, 249u8, 177u8, 79u8, 31u8, 229u8, 126u8,
                248u8, 92u8, 215u8, 182u8, 231u8, 126u8, 60u8, 160u8, 178u8, 143u8,
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
                    admin: topics.2,
                    kind: data.0,
                    emergencyCapable: data.1,
                    name: data.2,
                    fhirEndpoint: data.3,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.emergencyCapable,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.fhirEndpoint,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.orgId.clone(), self.admin.clone())
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
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.admin,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OrganizationAccredited {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OrganizationAccredited> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OrganizationAccredited) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OrganizationReinstated(uint32)` and selector `0xcec64845200300b05fdc36696a661e8d4aeb63a40622a895b0cb615af2c08645`.
```solidity
event OrganizationReinstated(uint32 indexed orgId);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OrganizationReinstated {
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for OrganizationReinstated {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "OrganizationReinstated(uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                206u8, 198u8, 72u8, 69u8, 32u8, 3u8, 0u8, 176u8, 95u8, 220u8, 54u8,
                105u8, 106u8, 102u8, 30u8, 141u8, 74u8, 235u8, 99u8, 164u8, 6u8, 34u8,
                168u8, 149u8, 176u8, 203u8, 97u8, 90u8, 242u8, 192u8, 134u8, 69u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { orgId: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.orgId.clone())
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
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OrganizationReinstated {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OrganizationReinstated> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OrganizationReinstated) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `OrganizationSuspended(uint32,bytes32)` and selector `0xcf6fe0830021b743ff8022a5d5b7c99e6a1d11c567f1dcbec20c393f20700952`.
```solidity
event OrganizationSuspended(uint32 indexed orgId, bytes32 reasonHash);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct OrganizationSuspended {
        #[allow(missing_docs)]
        pub orgId: u32,
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
        impl alloy_sol_types::SolEvent for OrganizationSuspended {
            type DataTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "OrganizationSuspended(uint32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                207u8, 111u8, 224u8, 131u8, 0u8, 33u8, 183u8, 67u8, 255u8, 128u8, 34u8,
                165u8, 213u8, 183u8, 201u8, 158u8, 106u8, 29u8, 17u8, 197u8, 103u8,
                241u8, 220u8, 190u8, 194u8, 12u8, 57u8, 63u8, 32u8, 112u8, 9u8, 82u8,
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
                    reasonHash: data.0,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonHash),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.orgId.clone())
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
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for OrganizationSuspended {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&OrganizationSuspended> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &OrganizationSuspended) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PractitionerAdded(uint32,address,uint8)` and selector `0x4b023592d575e5208278d9e2c5677e23f63f57025a4c2a57774a18dfdc323e59`.
```solidity
event PractitionerAdded(uint32 indexed orgId, address indexed account, uint8 role);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PractitionerAdded {
        #[allow(missing_docs)]
        pub orgId: u32,
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PractitionerAdded {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PractitionerAdded(uint32,address,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                75u8, 2u8, 53u8, 146u8, 213u8, 117u8, 229u8, 32u8, 130u8, 120u8, 217u8,
                226u8, 197u8, 103u8, 126u8, 35u8, 246u8, 63u8, 87u8, 2u8, 90u8, 76u8,
                42u8, 87u8, 119u8, 74u8, 24u8, 223u8, 220u8, 50u8, 62u8, 89u8,
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
                    account: topics.2,
                    role: data.0,
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
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.orgId.clone(), self.account.clone())
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
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PractitionerAdded {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PractitionerAdded> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PractitionerAdded) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PractitionerRemoved(uint32,address)` and selector `0xba0227c1447c21c7bf0bbc05cf5dd84633758d2679402354e0d91b7da86c99e9`.
```solidity
event PractitionerRemoved(uint32 indexed orgId, address indexed account);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct PractitionerRemoved {
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
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PractitionerRemoved {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PractitionerRemoved(uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                186u8, 2u8, 39u8, 193u8, 68u8, 124u8, 33u8, 199u8, 191u8, 11u8, 188u8,
                5u8, 207u8, 93u8, 216u8, 70u8, 51u8, 117u8, 141u8, 38u8, 121u8, 64u8,
                35u8, 84u8, 224u8, 217u8, 27u8, 125u8, 168u8, 108u8, 153u8, 233u8,
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
                    account: topics.2,
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
                (Self::SIGNATURE_HASH.into(), self.orgId.clone(), self.account.clone())
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
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PractitionerRemoved {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PractitionerRemoved> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PractitionerRemoved) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleAdminChanged(bytes32,bytes32,bytes32)` and selector `0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff`.
```solidity
event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleAdminChanged {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub previousAdminRole: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub newAdminRole: alloy::sol_types::private::FixedBytes<32>,
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
        impl alloy_sol_types::SolEvent for RoleAdminChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    previousAdminRole: topics.2,
                    newAdminRole: topics.3,
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
                    self.role.clone(),
                    self.previousAdminRole.clone(),
                    self.newAdminRole.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.previousAdminRole);
                out[3usize] = <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic(&self.newAdminRole);
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleAdminChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleAdminChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleAdminChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleGranted(bytes32,address,address)` and selector `0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d`.
```solidity
event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleGranted {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for RoleGranted {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
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
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleGranted {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleGranted> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleGranted) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `RoleRevoked(bytes32,address,address)` and selector `0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b`.
```solidity
event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct RoleRevoked {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for RoleRevoked {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    role: topics.1,
                    account: topics.2,
                    sender: topics.3,
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
                    self.role.clone(),
                    self.account.clone(),
                    self.sender.clone(),
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
                > as alloy_sol_types::EventTopic>::encode_topic(&self.role);
                out[2usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.account,
                );
                out[3usize] = <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                    &self.sender,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for RoleRevoked {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&RoleRevoked> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &RoleRevoked) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `WritesPaused(address)` and selector `0xf482c8c0040632efef5a59dfeffdf7ee051bb2cc2ba5fd9c3c46dc7a5aaaa4a1`.
```solidity
event WritesPaused(address indexed authority);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct WritesPaused {
        #[allow(missing_docs)]
        pub authority: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for WritesPaused {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "WritesPaused(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                244u8, 130u8, 200u8, 192u8, 4u8, 6u8, 50u8, 239u8, 239u8, 90u8, 89u8,
                223u8, 239u8, 253u8, 247u8, 238u8, 5u8, 27u8, 178u8, 204u8, 43u8, 165u8,
                253u8, 156u8, 60u8, 70u8, 220u8, 122u8, 90u8, 170u8, 164u8, 161u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { authority: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.authority.clone())
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
                    &self.authority,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for WritesPaused {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&WritesPaused> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &WritesPaused) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `WritesResumed(address)` and selector `0xb11d69e9b12d2b32de24f8bf1a30e457a640aa882acafa3b9afb89fe493bf714`.
```solidity
event WritesResumed(address indexed authority);
```*/
    #[allow(
        non_camel_case_types,
        non_snake_case,
        clippy::pub_underscore_fields,
        clippy::style
    )]
    #[derive(Clone)]
    pub struct WritesResumed {
        #[allow(missing_docs)]
        pub authority: alloy::sol_types::private::Address,
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
        impl alloy_sol_types::SolEvent for WritesResumed {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "WritesResumed(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                177u8, 29u8, 105u8, 233u8, 177u8, 45u8, 43u8, 50u8, 222u8, 36u8, 248u8,
                191u8, 26u8, 48u8, 228u8, 87u8, 166u8, 64u8, 170u8, 136u8, 42u8, 202u8,
                250u8, 59u8, 154u8, 251u8, 137u8, 254u8, 73u8, 59u8, 247u8, 20u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { authority: topics.1 }
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
                (Self::SIGNATURE_HASH.into(), self.authority.clone())
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
                    &self.authority,
                );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for WritesResumed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&WritesResumed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &WritesResumed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
```solidity
constructor(address admin, address authority);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub authority: alloy::sol_types::private::Address,
    }
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.admin, value.authority)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        admin: tuple.0,
                        authority: tuple.1,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
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
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.authority,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `AUTHORITY_ROLE()` and selector `0x4a3fba0e`.
```solidity
function AUTHORITY_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AUTHORITY_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`AUTHORITY_ROLE()`](AUTHORITY_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AUTHORITY_ROLEReturn {
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
            impl ::core::convert::From<AUTHORITY_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: AUTHORITY_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for AUTHORITY_ROLECall {
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
            impl ::core::convert::From<AUTHORITY_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: AUTHORITY_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for AUTHORITY_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for AUTHORITY_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AUTHORITY_ROLE()";
            const SELECTOR: [u8; 4] = [74u8, 63u8, 186u8, 14u8];
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
                        let r: AUTHORITY_ROLEReturn = r.into();
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
                        let r: AUTHORITY_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
```solidity
function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`DEFAULT_ADMIN_ROLE()`](DEFAULT_ADMIN_ROLECall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLEReturn {
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
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLECall {
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
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "DEFAULT_ADMIN_ROLE()";
            const SELECTOR: [u8; 4] = [162u8, 23u8, 253u8, 223u8];
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
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
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
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `acceptAdmin(uint32)` and selector `0x40f14135`.
```solidity
function acceptAdmin(uint32 orgId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptAdminCall {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    ///Container type for the return parameters of the [`acceptAdmin(uint32)`](acceptAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct acceptAdminReturn {}
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
            impl ::core::convert::From<acceptAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: acceptAdminCall) -> Self {
                    (value.orgId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { orgId: tuple.0 }
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
            impl ::core::convert::From<acceptAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: acceptAdminReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for acceptAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl acceptAdminReturn {
            fn _tokenize(
                &self,
            ) -> <acceptAdminCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for acceptAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = acceptAdminReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "acceptAdmin(uint32)";
            const SELECTOR: [u8; 4] = [64u8, 241u8, 65u8, 53u8];
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
                acceptAdminReturn::_tokenize(ret)
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
    /**Function with signature `accredit(uint8,address,bool,string,string)` and selector `0x0652ecdb`.
```solidity
function accredit(uint8 kind, address admin, bool emergencyCapable, string memory name, string memory endpoint) external returns (uint32 orgId);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accreditCall {
        #[allow(missing_docs)]
        pub kind: u8,
        #[allow(missing_docs)]
        pub admin: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub emergencyCapable: bool,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub endpoint: alloy::sol_types::private::String,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`accredit(uint8,address,bool,string,string)`](accreditCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct accreditReturn {
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
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u8,
                alloy::sol_types::private::Address,
                bool,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
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
            impl ::core::convert::From<accreditCall> for UnderlyingRustTuple<'_> {
                fn from(value: accreditCall) -> Self {
                    (
                        value.kind,
                        value.admin,
                        value.emergencyCapable,
                        value.name,
                        value.endpoint,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for accreditCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        kind: tuple.0,
                        admin: tuple.1,
                        emergencyCapable: tuple.2,
                        name: tuple.3,
                        endpoint: tuple.4,
                    }
                }
            }
        }
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
            impl ::core::convert::From<accreditReturn> for UnderlyingRustTuple<'_> {
                fn from(value: accreditReturn) -> Self {
                    (value.orgId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for accreditReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { orgId: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for accreditCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Bool,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "accredit(uint8,address,bool,string,string)";
            const SELECTOR: [u8; 4] = [6u8, 82u8, 236u8, 219u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.admin,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.emergencyCapable,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.endpoint,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
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
                        let r: accreditReturn = r.into();
                        r.orgId
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
                        let r: accreditReturn = r.into();
                        r.orgId
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `addPractitioner(uint32,address,uint8)` and selector `0x3a5c92a0`.
```solidity
function addPractitioner(uint32 orgId, address account, uint8 role) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addPractitionerCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub role: u8,
    }
    ///Container type for the return parameters of the [`addPractitioner(uint32,address,uint8)`](addPractitionerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct addPractitionerReturn {}
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
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::Address, u8);
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
            impl ::core::convert::From<addPractitionerCall> for UnderlyingRustTuple<'_> {
                fn from(value: addPractitionerCall) -> Self {
                    (value.orgId, value.account, value.role)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addPractitionerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        account: tuple.1,
                        role: tuple.2,
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
            impl ::core::convert::From<addPractitionerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: addPractitionerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for addPractitionerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl addPractitionerReturn {
            fn _tokenize(
                &self,
            ) -> <addPractitionerCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for addPractitionerCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<8>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = addPractitionerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "addPractitioner(uint32,address,uint8)";
            const SELECTOR: [u8; 4] = [58u8, 92u8, 146u8, 160u8];
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
                    <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                addPractitionerReturn::_tokenize(ret)
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
    /**Function with signature `fhirEndpoint(uint32)` and selector `0x28b3a040`.
```solidity
function fhirEndpoint(uint32 orgId) external view returns (string memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fhirEndpointCall {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`fhirEndpoint(uint32)`](fhirEndpointCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct fhirEndpointReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::String,
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
            impl ::core::convert::From<fhirEndpointCall> for UnderlyingRustTuple<'_> {
                fn from(value: fhirEndpointCall) -> Self {
                    (value.orgId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fhirEndpointCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { orgId: tuple.0 }
                }
            }
        }
        {
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
            impl ::core::convert::From<fhirEndpointReturn> for UnderlyingRustTuple<'_> {
                fn from(value: fhirEndpointReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for fhirEndpointReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for fhirEndpointCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "fhirEndpoint(uint32)";
            const SELECTOR: [u8; 4] = [40u8, 179u8, 160u8, 64u8];
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
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
                        let r: fhirEndpointReturn = r.into();
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
                        let r: fhirEndpointReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `getRoleAdmin(bytes32)` and selector `0x248a9ca3`.
```solidity
function getRoleAdmin(bytes32 role) external view returns (bytes32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`getRoleAdmin(bytes32)`](getRoleAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct getRoleAdminReturn {
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
            impl ::core::convert::From<getRoleAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminCall) -> Self {
                    (value.role,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { role: tuple.0 }
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
            impl ::core::convert::From<getRoleAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: getRoleAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for getRoleAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for getRoleAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "getRoleAdmin(bytes32)";
            const SELECTOR: [u8; 4] = [36u8, 138u8, 156u8, 163u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
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
                        let r: getRoleAdminReturn = r.into();
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
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `grantRole(bytes32,address)` and selector `0x2f2ff15d`.
```solidity
function grantRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`grantRole(bytes32,address)`](grantRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct grantRoleReturn {}
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
            impl ::core::convert::From<grantRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
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
            impl ::core::convert::From<grantRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: grantRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for grantRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl grantRoleReturn {
            fn _tokenize(
                &self,
            ) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "grantRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [47u8, 47u8, 241u8, 93u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                grantRoleReturn::_tokenize(ret)
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
    /**Function with signature `hasRole(bytes32,address)` and selector `0x91d14854`.
```solidity
function hasRole(bytes32 role, address account) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`hasRole(bytes32,address)`](hasRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct hasRoleReturn {
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
            impl ::core::convert::From<hasRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
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
            impl ::core::convert::From<hasRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: hasRoleReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for hasRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for hasRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
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
            const SIGNATURE: &'static str = "hasRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [145u8, 209u8, 72u8, 84u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
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
                        let r: hasRoleReturn = r.into();
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
                        let r: hasRoleReturn = r.into();
                        r._0
                    })
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
    /**Function with signature `organization(uint32)` and selector `0x6341722e`.
```solidity
function organization(uint32 orgId) external view returns (IOrganizationRegistry.Organization memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationCall {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`organization(uint32)`](organizationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationReturn {
        #[allow(missing_docs)]
        pub _0: <IOrganizationRegistry::Organization as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<organizationCall> for UnderlyingRustTuple<'_> {
                fn from(value: organizationCall) -> Self {
                    (value.orgId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for organizationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { orgId: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (IOrganizationRegistry::Organization,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <IOrganizationRegistry::Organization as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<organizationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: organizationReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for organizationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for organizationCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <IOrganizationRegistry::Organization as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IOrganizationRegistry::Organization,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "organization(uint32)";
            const SELECTOR: [u8; 4] = [99u8, 65u8, 114u8, 46u8];
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
                    <IOrganizationRegistry::Organization as alloy_sol_types::SolType>::tokenize(
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
                        let r: organizationReturn = r.into();
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
                        let r: organizationReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `organizationCount()` and selector `0xf1c62104`.
```solidity
function organizationCount() external view returns (uint32);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationCountCall;
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`organizationCount()`](organizationCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationCountReturn {
        #[allow(missing_docs)]
        pub _0: u32,
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
            impl ::core::convert::From<organizationCountCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: organizationCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for organizationCountCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
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
            impl ::core::convert::From<organizationCountReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: organizationCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for organizationCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for organizationCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "organizationCount()";
            const SELECTOR: [u8; 4] = [241u8, 198u8, 33u8, 4u8];
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
                        let r: organizationCountReturn = r.into();
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
                        let r: organizationCountReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `pause()` and selector `0x8456cb59`.
```solidity
function pause() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseCall;
    ///Container type for the return parameters of the [`pause()`](pauseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pauseReturn {}
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
            impl ::core::convert::From<pauseCall> for UnderlyingRustTuple<'_> {
                fn from(value: pauseCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<pauseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pauseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pauseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl pauseReturn {
            fn _tokenize(
                &self,
            ) -> <pauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pauseCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = pauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pause()";
            const SELECTOR: [u8; 4] = [132u8, 86u8, 203u8, 89u8];
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
                pauseReturn::_tokenize(ret)
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
    /**Function with signature `pendingAdmin(uint32)` and selector `0x98ee9dbf`.
```solidity
function pendingAdmin(uint32 orgId) external view returns (address);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingAdminCall {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`pendingAdmin(uint32)`](pendingAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pendingAdminReturn {
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
            impl ::core::convert::From<pendingAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: pendingAdminCall) -> Self {
                    (value.orgId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { orgId: tuple.0 }
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
            impl ::core::convert::From<pendingAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: pendingAdminReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for pendingAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pendingAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "pendingAdmin(uint32)";
            const SELECTOR: [u8; 4] = [152u8, 238u8, 157u8, 191u8];
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
                        let r: pendingAdminReturn = r.into();
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
                        let r: pendingAdminReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `practitioner(address)` and selector `0x4d155281`.
```solidity
function practitioner(address account) external view returns (Practitioner memory);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct practitionerCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`practitioner(address)`](practitionerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct practitionerReturn {
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
            impl ::core::convert::From<practitionerCall> for UnderlyingRustTuple<'_> {
                fn from(value: practitionerCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for practitionerCall {
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
            impl ::core::convert::From<practitionerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: practitionerReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for practitionerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for practitionerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Practitioner as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Practitioner,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "practitioner(address)";
            const SELECTOR: [u8; 4] = [77u8, 21u8, 82u8, 129u8];
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
                        let r: practitionerReturn = r.into();
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
                        let r: practitionerReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `recoverAdmin(uint32,address)` and selector `0x2feb9cf2`.
```solidity
function recoverAdmin(uint32 orgId, address newAdmin) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct recoverAdminCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub newAdmin: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`recoverAdmin(uint32,address)`](recoverAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct recoverAdminReturn {}
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
            impl ::core::convert::From<recoverAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: recoverAdminCall) -> Self {
                    (value.orgId, value.newAdmin)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for recoverAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        newAdmin: tuple.1,
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
            impl ::core::convert::From<recoverAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: recoverAdminReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for recoverAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl recoverAdminReturn {
            fn _tokenize(
                &self,
            ) -> <recoverAdminCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for recoverAdminCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = recoverAdminReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "recoverAdmin(uint32,address)";
            const SELECTOR: [u8; 4] = [47u8, 235u8, 156u8, 242u8];
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
                        &self.newAdmin,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                recoverAdminReturn::_tokenize(ret)
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
    /**Function with signature `reinstate(uint32)` and selector `0x5c746ed0`.
```solidity
function reinstate(uint32 orgId) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reinstateCall {
        #[allow(missing_docs)]
        pub orgId: u32,
    }
    ///Container type for the return parameters of the [`reinstate(uint32)`](reinstateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reinstateReturn {}
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
            impl ::core::convert::From<reinstateCall> for UnderlyingRustTuple<'_> {
                fn from(value: reinstateCall) -> Self {
                    (value.orgId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reinstateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { orgId: tuple.0 }
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
            impl ::core::convert::From<reinstateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: reinstateReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reinstateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl reinstateReturn {
            fn _tokenize(
                &self,
            ) -> <reinstateCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reinstateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = reinstateReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reinstate(uint32)";
            const SELECTOR: [u8; 4] = [92u8, 116u8, 110u8, 208u8];
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
                reinstateReturn::_tokenize(ret)
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
    /**Function with signature `removePractitioner(uint32,address)` and selector `0xc8a015e6`.
```solidity
function removePractitioner(uint32 orgId, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct removePractitionerCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`removePractitioner(uint32,address)`](removePractitionerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct removePractitionerReturn {}
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
            impl ::core::convert::From<removePractitionerCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: removePractitionerCall) -> Self {
                    (value.orgId, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for removePractitionerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        account: tuple.1,
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
            impl ::core::convert::From<removePractitionerReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: removePractitionerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for removePractitionerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl removePractitionerReturn {
            fn _tokenize(
                &self,
            ) -> <removePractitionerCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for removePractitionerCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = removePractitionerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "removePractitioner(uint32,address)";
            const SELECTOR: [u8; 4] = [200u8, 160u8, 21u8, 230u8];
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
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                removePractitionerReturn::_tokenize(ret)
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
    /**Function with signature `renounceRole(bytes32,address)` and selector `0x36568abe`.
```solidity
function renounceRole(bytes32 role, address callerConfirmation) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub callerConfirmation: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`renounceRole(bytes32,address)`](renounceRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct renounceRoleReturn {}
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
            impl ::core::convert::From<renounceRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleCall) -> Self {
                    (value.role, value.callerConfirmation)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        callerConfirmation: tuple.1,
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
            impl ::core::convert::From<renounceRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: renounceRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for renounceRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl renounceRoleReturn {
            fn _tokenize(
                &self,
            ) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "renounceRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [54u8, 86u8, 138u8, 190u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.callerConfirmation,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                renounceRoleReturn::_tokenize(ret)
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
    /**Function with signature `revokeRole(bytes32,address)` and selector `0xd547741f`.
```solidity
function revokeRole(bytes32 role, address account) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleCall {
        #[allow(missing_docs)]
        pub role: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`revokeRole(bytes32,address)`](revokeRoleCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct revokeRoleReturn {}
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
            impl ::core::convert::From<revokeRoleCall> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleCall) -> Self {
                    (value.role, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        role: tuple.0,
                        account: tuple.1,
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
            impl ::core::convert::From<revokeRoleReturn> for UnderlyingRustTuple<'_> {
                fn from(value: revokeRoleReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for revokeRoleReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl revokeRoleReturn {
            fn _tokenize(
                &self,
            ) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "revokeRole(bytes32,address)";
            const SELECTOR: [u8; 4] = [213u8, 71u8, 116u8, 31u8];
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
                    > as alloy_sol_types::SolType>::tokenize(&self.role),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                revokeRoleReturn::_tokenize(ret)
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
    /**Function with signature `setEmergencyCapable(uint32,bool)` and selector `0xad0b3766`.
```solidity
function setEmergencyCapable(uint32 orgId, bool emergencyCapable) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEmergencyCapableCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub emergencyCapable: bool,
    }
    ///Container type for the return parameters of the [`setEmergencyCapable(uint32,bool)`](setEmergencyCapableCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEmergencyCapableReturn {}
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
                alloy::sol_types::sol_data::Bool,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, bool);
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
            impl ::core::convert::From<setEmergencyCapableCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEmergencyCapableCall) -> Self {
                    (value.orgId, value.emergencyCapable)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEmergencyCapableCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        emergencyCapable: tuple.1,
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
            impl ::core::convert::From<setEmergencyCapableReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: setEmergencyCapableReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for setEmergencyCapableReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setEmergencyCapableReturn {
            fn _tokenize(
                &self,
            ) -> <setEmergencyCapableCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEmergencyCapableCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEmergencyCapableReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setEmergencyCapable(uint32,bool)";
            const SELECTOR: [u8; 4] = [173u8, 11u8, 55u8, 102u8];
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
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.emergencyCapable,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setEmergencyCapableReturn::_tokenize(ret)
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
    /**Function with signature `setEndpoint(uint32,string)` and selector `0x24454062`.
```solidity
function setEndpoint(uint32 orgId, string memory endpoint) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEndpointCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub endpoint: alloy::sol_types::private::String,
    }
    ///Container type for the return parameters of the [`setEndpoint(uint32,string)`](setEndpointCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct setEndpointReturn {}
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
                alloy::sol_types::sol_data::String,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::String);
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
            impl ::core::convert::From<setEndpointCall> for UnderlyingRustTuple<'_> {
                fn from(value: setEndpointCall) -> Self {
                    (value.orgId, value.endpoint)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setEndpointCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        endpoint: tuple.1,
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
            impl ::core::convert::From<setEndpointReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setEndpointReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setEndpointReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setEndpointReturn {
            fn _tokenize(
                &self,
            ) -> <setEndpointCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEndpointCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEndpointReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "setEndpoint(uint32,string)";
            const SELECTOR: [u8; 4] = [36u8, 69u8, 64u8, 98u8];
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
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.endpoint,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                setEndpointReturn::_tokenize(ret)
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
    /**Function with signature `supportsInterface(bytes4)` and selector `0x01ffc9a7`.
```solidity
function supportsInterface(bytes4 interfaceId) external view returns (bool);
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceCall {
        #[allow(missing_docs)]
        pub interfaceId: alloy::sol_types::private::FixedBytes<4>,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`supportsInterface(bytes4)`](supportsInterfaceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct supportsInterfaceReturn {
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
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<4>,);
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
            impl ::core::convert::From<supportsInterfaceCall>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { interfaceId: tuple.0 }
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
            impl ::core::convert::From<supportsInterfaceReturn>
            for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "supportsInterface(bytes4)";
            const SELECTOR: [u8; 4] = [1u8, 255u8, 201u8, 167u8];
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
                        4,
                    > as alloy_sol_types::SolType>::tokenize(&self.interfaceId),
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
                        let r: supportsInterfaceReturn = r.into();
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
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `suspend(uint32,bytes32)` and selector `0xa75d51c4`.
```solidity
function suspend(uint32 orgId, bytes32 reasonHash) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct suspendCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub reasonHash: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`suspend(uint32,bytes32)`](suspendCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct suspendReturn {}
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
            impl ::core::convert::From<suspendCall> for UnderlyingRustTuple<'_> {
                fn from(value: suspendCall) -> Self {
                    (value.orgId, value.reasonHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for suspendCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        reasonHash: tuple.1,
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
            impl ::core::convert::From<suspendReturn> for UnderlyingRustTuple<'_> {
                fn from(value: suspendReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for suspendReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl suspendReturn {
            fn _tokenize(
                &self,
            ) -> <suspendCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for suspendCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = suspendReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "suspend(uint32,bytes32)";
            const SELECTOR: [u8; 4] = [167u8, 93u8, 81u8, 196u8];
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.reasonHash),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                suspendReturn::_tokenize(ret)
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
    /**Function with signature `transferAdmin(uint32,address)` and selector `0x346c310a`.
```solidity
function transferAdmin(uint32 orgId, address newAdmin) external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferAdminCall {
        #[allow(missing_docs)]
        pub orgId: u32,
        #[allow(missing_docs)]
        pub newAdmin: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`transferAdmin(uint32,address)`](transferAdminCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct transferAdminReturn {}
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
            impl ::core::convert::From<transferAdminCall> for UnderlyingRustTuple<'_> {
                fn from(value: transferAdminCall) -> Self {
                    (value.orgId, value.newAdmin)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferAdminCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        orgId: tuple.0,
                        newAdmin: tuple.1,
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
            impl ::core::convert::From<transferAdminReturn> for UnderlyingRustTuple<'_> {
                fn from(value: transferAdminReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for transferAdminReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl transferAdminReturn {
            fn _tokenize(
                &self,
            ) -> <transferAdminCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for transferAdminCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferAdminReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "transferAdmin(uint32,address)";
            const SELECTOR: [u8; 4] = [52u8, 108u8, 49u8, 10u8];
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
                        &self.newAdmin,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                transferAdminReturn::_tokenize(ret)
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
    /**Function with signature `unpause()` and selector `0x3f4ba83a`.
```solidity
function unpause() external;
```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseCall;
    ///Container type for the return parameters of the [`unpause()`](unpauseCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unpauseReturn {}
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
            impl ::core::convert::From<unpauseCall> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<unpauseReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unpauseReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unpauseReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unpauseReturn {
            fn _tokenize(
                &self,
            ) -> <unpauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unpauseCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            type Return = unpauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<
                'a,
            > as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unpause()";
            const SELECTOR: [u8; 4] = [63u8, 75u8, 168u8, 58u8];
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
                unpauseReturn::_tokenize(ret)
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
    ///Container for all the [`OrganizationRegistry`](self) function calls.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive()]
    pub enum OrganizationRegistryCalls {
        #[allow(missing_docs)]
        AUTHORITY_ROLE(AUTHORITY_ROLECall),
        #[allow(missing_docs)]
        DEFAULT_ADMIN_ROLE(DEFAULT_ADMIN_ROLECall),
        #[allow(missing_docs)]
        acceptAdmin(acceptAdminCall),
        #[allow(missing_docs)]
        accredit(accreditCall),
        #[allow(missing_docs)]
        addPractitioner(addPractitionerCall),
        #[allow(missing_docs)]
        consents(consentsCall),
        #[allow(missing_docs)]
        fhirEndpoint(fhirEndpointCall),
        #[allow(missing_docs)]
        getRoleAdmin(getRoleAdminCall),
        #[allow(missing_docs)]
        grantRole(grantRoleCall),
        #[allow(missing_docs)]
        hasRole(hasRoleCall),
        #[allow(missing_docs)]
        isActive(isActiveCall),
        #[allow(missing_docs)]
        organization(organizationCall),
        #[allow(missing_docs)]
        organizationCount(organizationCountCall),
        #[allow(missing_docs)]
        pause(pauseCall),
        #[allow(missing_docs)]
        paused(pausedCall),
        #[allow(missing_docs)]
        pendingAdmin(pendingAdminCall),
        #[allow(missing_docs)]
        practitioner(practitionerCall),
        #[allow(missing_docs)]
        recoverAdmin(recoverAdminCall),
        #[allow(missing_docs)]
        reinstate(reinstateCall),
        #[allow(missing_docs)]
        removePractitioner(removePractitionerCall),
        #[allow(missing_docs)]
        renounceRole(renounceRoleCall),
        #[allow(missing_docs)]
        revokeRole(revokeRoleCall),
        #[allow(missing_docs)]
        setEmergencyCapable(setEmergencyCapableCall),
        #[allow(missing_docs)]
        setEndpoint(setEndpointCall),
        #[allow(missing_docs)]
        supportsInterface(supportsInterfaceCall),
        #[allow(missing_docs)]
        suspend(suspendCall),
        #[allow(missing_docs)]
        transferAdmin(transferAdminCall),
        #[allow(missing_docs)]
        unpause(unpauseCall),
    }
    impl OrganizationRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [1u8, 255u8, 201u8, 167u8],
            [6u8, 82u8, 236u8, 219u8],
            [36u8, 69u8, 64u8, 98u8],
            [36u8, 138u8, 156u8, 163u8],
            [40u8, 179u8, 160u8, 64u8],
            [47u8, 47u8, 241u8, 93u8],
            [47u8, 235u8, 156u8, 242u8],
            [52u8, 108u8, 49u8, 10u8],
            [54u8, 86u8, 138u8, 190u8],
            [58u8, 92u8, 146u8, 160u8],
            [63u8, 75u8, 168u8, 58u8],
            [64u8, 241u8, 65u8, 53u8],
            [74u8, 63u8, 186u8, 14u8],
            [77u8, 21u8, 82u8, 129u8],
            [92u8, 116u8, 110u8, 208u8],
            [92u8, 151u8, 90u8, 187u8],
            [94u8, 25u8, 179u8, 5u8],
            [99u8, 65u8, 114u8, 46u8],
            [132u8, 86u8, 203u8, 89u8],
            [145u8, 209u8, 72u8, 84u8],
            [152u8, 238u8, 157u8, 191u8],
            [162u8, 23u8, 253u8, 223u8],
            [167u8, 93u8, 81u8, 196u8],
            [173u8, 11u8, 55u8, 102u8],
            [200u8, 160u8, 21u8, 230u8],
            [213u8, 71u8, 116u8, 31u8],
            [241u8, 198u8, 33u8, 4u8],
            [252u8, 22u8, 80u8, 46u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(supportsInterface),
            ::core::stringify!(accredit),
            ::core::stringify!(setEndpoint),
            ::core::stringify!(getRoleAdmin),
            ::core::stringify!(fhirEndpoint),
            ::core::stringify!(grantRole),
            ::core::stringify!(recoverAdmin),
            ::core::stringify!(transferAdmin),
            ::core::stringify!(renounceRole),
            ::core::stringify!(addPractitioner),
            ::core::stringify!(unpause),
            ::core::stringify!(acceptAdmin),
            ::core::stringify!(AUTHORITY_ROLE),
            ::core::stringify!(practitioner),
            ::core::stringify!(reinstate),
            ::core::stringify!(paused),
            ::core::stringify!(isActive),
            ::core::stringify!(organization),
            ::core::stringify!(pause),
            ::core::stringify!(hasRole),
            ::core::stringify!(pendingAdmin),
            ::core::stringify!(DEFAULT_ADMIN_ROLE),
            ::core::stringify!(suspend),
            ::core::stringify!(setEmergencyCapable),
            ::core::stringify!(removePractitioner),
            ::core::stringify!(revokeRole),
            ::core::stringify!(organizationCount),
            ::core::stringify!(consents),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <supportsInterfaceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <accreditCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEndpointCall as alloy_sol_types::SolCall>::SIGNATURE,
            <getRoleAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <fhirEndpointCall as alloy_sol_types::SolCall>::SIGNATURE,
            <grantRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <recoverAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <transferAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <renounceRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <addPractitionerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unpauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <acceptAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <practitionerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reinstateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pausedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isActiveCall as alloy_sol_types::SolCall>::SIGNATURE,
            <organizationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pauseCall as alloy_sol_types::SolCall>::SIGNATURE,
            <hasRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <pendingAdminCall as alloy_sol_types::SolCall>::SIGNATURE,
            <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SIGNATURE,
            <suspendCall as alloy_sol_types::SolCall>::SIGNATURE,
            <setEmergencyCapableCall as alloy_sol_types::SolCall>::SIGNATURE,
            <removePractitionerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <revokeRoleCall as alloy_sol_types::SolCall>::SIGNATURE,
            <organizationCountCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for OrganizationRegistryCalls {
        const NAME: &'static str = "OrganizationRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 28usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AUTHORITY_ROLE(_) => {
                    <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::acceptAdmin(_) => {
                    <acceptAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::accredit(_) => <accreditCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::addPractitioner(_) => {
                    <addPractitionerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::consents(_) => <consentsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::fhirEndpoint(_) => {
                    <fhirEndpointCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::getRoleAdmin(_) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::grantRole(_) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isActive(_) => <isActiveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::organization(_) => {
                    <organizationCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::organizationCount(_) => {
                    <organizationCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pause(_) => <pauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::paused(_) => <pausedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingAdmin(_) => {
                    <pendingAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::practitioner(_) => {
                    <practitionerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::recoverAdmin(_) => {
                    <recoverAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::reinstate(_) => {
                    <reinstateCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::removePractitioner(_) => {
                    <removePractitionerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::revokeRole(_) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setEmergencyCapable(_) => {
                    <setEmergencyCapableCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setEndpoint(_) => {
                    <setEndpointCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::suspend(_) => <suspendCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferAdmin(_) => {
                    <transferAdminCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::unpause(_) => <unpauseCall as alloy_sol_types::SolCall>::SELECTOR,
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
            ) -> alloy_sol_types::Result<OrganizationRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn accredit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <accreditCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::accredit)
                    }
                    accredit
                },
                {
                    fn setEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <setEndpointCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::setEndpoint)
                    }
                    setEndpoint
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn fhirEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <fhirEndpointCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::fhirEndpoint)
                    }
                    fhirEndpoint
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn recoverAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <recoverAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::recoverAdmin)
                    }
                    recoverAdmin
                },
                {
                    fn transferAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <transferAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::transferAdmin)
                    }
                    transferAdmin
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn addPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <addPractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::addPractitioner)
                    }
                    addPractitioner
                },
                {
                    fn unpause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::unpause)
                    }
                    unpause
                },
                {
                    fn acceptAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <acceptAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::acceptAdmin)
                    }
                    acceptAdmin
                },
                {
                    fn AUTHORITY_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::AUTHORITY_ROLE)
                    }
                    AUTHORITY_ROLE
                },
                {
                    fn practitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <practitionerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::practitioner)
                    }
                    practitioner
                },
                {
                    fn reinstate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <reinstateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::reinstate)
                    }
                    reinstate
                },
                {
                    fn paused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::paused)
                    }
                    paused
                },
                {
                    fn isActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::isActive)
                    }
                    isActive
                },
                {
                    fn organization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <organizationCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::organization)
                    }
                    organization
                },
                {
                    fn pause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::pause)
                    }
                    pause
                },
                {
                    fn hasRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pendingAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::pendingAdmin)
                    }
                    pendingAdmin
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn suspend(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <suspendCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::suspend)
                    }
                    suspend
                },
                {
                    fn setEmergencyCapable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <setEmergencyCapableCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::setEmergencyCapable)
                    }
                    setEmergencyCapable
                },
                {
                    fn removePractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <removePractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::removePractitioner)
                    }
                    removePractitioner
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn organizationCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <organizationCountCall as alloy_sol_types::SolCall>::abi_decode_raw(
                                data,
                            )
                            .map(OrganizationRegistryCalls::organizationCount)
                    }
                    organizationCount
                },
                {
                    fn consents(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <consentsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::consents)
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
            ) -> alloy_sol_types::Result<OrganizationRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn accredit(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <accreditCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::accredit)
                    }
                    accredit
                },
                {
                    fn setEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <setEndpointCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::setEndpoint)
                    }
                    setEndpoint
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn fhirEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <fhirEndpointCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::fhirEndpoint)
                    }
                    fhirEndpoint
                },
                {
                    fn grantRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::grantRole)
                    }
                    grantRole
                },
                {
                    fn recoverAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <recoverAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::recoverAdmin)
                    }
                    recoverAdmin
                },
                {
                    fn transferAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <transferAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::transferAdmin)
                    }
                    transferAdmin
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn addPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <addPractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::addPractitioner)
                    }
                    addPractitioner
                },
                {
                    fn unpause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::unpause)
                    }
                    unpause
                },
                {
                    fn acceptAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <acceptAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::acceptAdmin)
                    }
                    acceptAdmin
                },
                {
                    fn AUTHORITY_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::AUTHORITY_ROLE)
                    }
                    AUTHORITY_ROLE
                },
                {
                    fn practitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <practitionerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::practitioner)
                    }
                    practitioner
                },
                {
                    fn reinstate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <reinstateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::reinstate)
                    }
                    reinstate
                },
                {
                    fn paused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::paused)
                    }
                    paused
                },
                {
                    fn isActive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::isActive)
                    }
                    isActive
                },
                {
                    fn organization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <organizationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::organization)
                    }
                    organization
                },
                {
                    fn pause(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::pause)
                    }
                    pause
                },
                {
                    fn hasRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pendingAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::pendingAdmin)
                    }
                    pendingAdmin
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn suspend(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <suspendCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::suspend)
                    }
                    suspend
                },
                {
                    fn setEmergencyCapable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <setEmergencyCapableCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::setEmergencyCapable)
                    }
                    setEmergencyCapable
                },
                {
                    fn removePractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <removePractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::removePractitioner)
                    }
                    removePractitioner
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn organizationCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <organizationCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::organizationCount)
                    }
                    organizationCount
                },
                {
                    fn consents(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <consentsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(OrganizationRegistryCalls::consents)
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
                Self::AUTHORITY_ROLE(inner) => {
                    <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::acceptAdmin(inner) => {
                    <acceptAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::accredit(inner) => {
                    <accreditCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::addPractitioner(inner) => {
                    <addPractitionerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::consents(inner) => {
                    <consentsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::fhirEndpoint(inner) => {
                    <fhirEndpointCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::organization(inner) => {
                    <organizationCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::organizationCount(inner) => {
                    <organizationCountCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingAdmin(inner) => {
                    <pendingAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::practitioner(inner) => {
                    <practitionerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::recoverAdmin(inner) => {
                    <recoverAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::reinstate(inner) => {
                    <reinstateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::removePractitioner(inner) => {
                    <removePractitionerCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setEmergencyCapable(inner) => {
                    <setEmergencyCapableCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::setEndpoint(inner) => {
                    <setEndpointCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::suspend(inner) => {
                    <suspendCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferAdmin(inner) => {
                    <transferAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(
                        inner,
                    )
                }
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AUTHORITY_ROLE(inner) => {
                    <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::acceptAdmin(inner) => {
                    <acceptAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::accredit(inner) => {
                    <accreditCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::addPractitioner(inner) => {
                    <addPractitionerCall as alloy_sol_types::SolCall>::abi_encode_raw(
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
                Self::fhirEndpoint(inner) => {
                    <fhirEndpointCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::organization(inner) => {
                    <organizationCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::organizationCount(inner) => {
                    <organizationCountCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pendingAdmin(inner) => {
                    <pendingAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::practitioner(inner) => {
                    <practitionerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::recoverAdmin(inner) => {
                    <recoverAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::reinstate(inner) => {
                    <reinstateCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::removePractitioner(inner) => {
                    <removePractitionerCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setEmergencyCapable(inner) => {
                    <setEmergencyCapableCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::setEndpoint(inner) => {
                    <setEndpointCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::suspend(inner) => {
                    <suspendCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::transferAdmin(inner) => {
                    <transferAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`OrganizationRegistry`](self) custom errors.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum OrganizationRegistryErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        OrganizationRegistry__AlreadyPractitioner(
            OrganizationRegistry__AlreadyPractitioner,
        ),
        #[allow(missing_docs)]
        OrganizationRegistry__InvalidEndpoint(OrganizationRegistry__InvalidEndpoint),
        #[allow(missing_docs)]
        OrganizationRegistry__InvalidKind(OrganizationRegistry__InvalidKind),
        #[allow(missing_docs)]
        OrganizationRegistry__InvalidRole(OrganizationRegistry__InvalidRole),
        #[allow(missing_docs)]
        OrganizationRegistry__NotOrganizationAdmin(
            OrganizationRegistry__NotOrganizationAdmin,
        ),
        #[allow(missing_docs)]
        OrganizationRegistry__NotPendingAdmin(OrganizationRegistry__NotPendingAdmin),
        #[allow(missing_docs)]
        OrganizationRegistry__NotPractitioner(OrganizationRegistry__NotPractitioner),
        #[allow(missing_docs)]
        OrganizationRegistry__OrganizationNotSuspended(
            OrganizationRegistry__OrganizationNotSuspended,
        ),
        #[allow(missing_docs)]
        OrganizationRegistry__OrganizationSuspended(
            OrganizationRegistry__OrganizationSuspended,
        ),
        #[allow(missing_docs)]
        OrganizationRegistry__UnknownOrganization(
            OrganizationRegistry__UnknownOrganization,
        ),
        #[allow(missing_docs)]
        OrganizationRegistry__WritesNotPaused(OrganizationRegistry__WritesNotPaused),
        #[allow(missing_docs)]
        OrganizationRegistry__WritesPaused(OrganizationRegistry__WritesPaused),
        #[allow(missing_docs)]
        OrganizationRegistry__ZeroAddress(OrganizationRegistry__ZeroAddress),
    }
    impl OrganizationRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [51u8, 168u8, 70u8, 165u8],
            [54u8, 168u8, 230u8, 237u8],
            [61u8, 138u8, 58u8, 112u8],
            [80u8, 68u8, 252u8, 14u8],
            [92u8, 34u8, 7u8, 245u8],
            [102u8, 151u8, 178u8, 50u8],
            [118u8, 66u8, 82u8, 69u8],
            [121u8, 82u8, 138u8, 215u8],
            [131u8, 69u8, 156u8, 104u8],
            [140u8, 147u8, 163u8, 205u8],
            [172u8, 47u8, 120u8, 60u8],
            [194u8, 126u8, 171u8, 80u8],
            [226u8, 81u8, 125u8, 63u8],
            [248u8, 128u8, 19u8, 124u8],
            [249u8, 57u8, 175u8, 153u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(OrganizationRegistry__InvalidRole),
            ::core::stringify!(OrganizationRegistry__NotPendingAdmin),
            ::core::stringify!(OrganizationRegistry__InvalidKind),
            ::core::stringify!(OrganizationRegistry__InvalidEndpoint),
            ::core::stringify!(OrganizationRegistry__NotPractitioner),
            ::core::stringify!(AccessControlBadConfirmation),
            ::core::stringify!(OrganizationRegistry__NotOrganizationAdmin),
            ::core::stringify!(OrganizationRegistry__OrganizationNotSuspended),
            ::core::stringify!(OrganizationRegistry__AlreadyPractitioner),
            ::core::stringify!(OrganizationRegistry__ZeroAddress),
            ::core::stringify!(OrganizationRegistry__WritesPaused),
            ::core::stringify!(OrganizationRegistry__OrganizationSuspended),
            ::core::stringify!(AccessControlUnauthorizedAccount),
            ::core::stringify!(OrganizationRegistry__UnknownOrganization),
            ::core::stringify!(OrganizationRegistry__WritesNotPaused),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <OrganizationRegistry__InvalidRole as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__NotPendingAdmin as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__InvalidKind as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__InvalidEndpoint as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__NotPractitioner as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlBadConfirmation as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__OrganizationNotSuspended as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__AlreadyPractitioner as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__ZeroAddress as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__WritesPaused as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__OrganizationSuspended as alloy_sol_types::SolError>::SIGNATURE,
            <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__UnknownOrganization as alloy_sol_types::SolError>::SIGNATURE,
            <OrganizationRegistry__WritesNotPaused as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for OrganizationRegistryErrors {
        const NAME: &'static str = "OrganizationRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 15usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AccessControlBadConfirmation(_) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::SELECTOR
                }
                Self::AccessControlUnauthorizedAccount(_) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__AlreadyPractitioner(_) => {
                    <OrganizationRegistry__AlreadyPractitioner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__InvalidEndpoint(_) => {
                    <OrganizationRegistry__InvalidEndpoint as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__InvalidKind(_) => {
                    <OrganizationRegistry__InvalidKind as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__InvalidRole(_) => {
                    <OrganizationRegistry__InvalidRole as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__NotOrganizationAdmin(_) => {
                    <OrganizationRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__NotPendingAdmin(_) => {
                    <OrganizationRegistry__NotPendingAdmin as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__NotPractitioner(_) => {
                    <OrganizationRegistry__NotPractitioner as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__OrganizationNotSuspended(_) => {
                    <OrganizationRegistry__OrganizationNotSuspended as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__OrganizationSuspended(_) => {
                    <OrganizationRegistry__OrganizationSuspended as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__UnknownOrganization(_) => {
                    <OrganizationRegistry__UnknownOrganization as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__WritesNotPaused(_) => {
                    <OrganizationRegistry__WritesNotPaused as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__WritesPaused(_) => {
                    <OrganizationRegistry__WritesPaused as alloy_sol_types::SolError>::SELECTOR
                }
                Self::OrganizationRegistry__ZeroAddress(_) => {
                    <OrganizationRegistry__ZeroAddress as alloy_sol_types::SolError>::SELECTOR
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
            ) -> alloy_sol_types::Result<OrganizationRegistryErrors>] = &[
                {
                    fn OrganizationRegistry__InvalidRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__InvalidRole as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__InvalidRole,
                            )
                    }
                    OrganizationRegistry__InvalidRole
                },
                {
                    fn OrganizationRegistry__NotPendingAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__NotPendingAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__NotPendingAdmin,
                            )
                    }
                    OrganizationRegistry__NotPendingAdmin
                },
                {
                    fn OrganizationRegistry__InvalidKind(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__InvalidKind as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__InvalidKind,
                            )
                    }
                    OrganizationRegistry__InvalidKind
                },
                {
                    fn OrganizationRegistry__InvalidEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__InvalidEndpoint as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__InvalidEndpoint,
                            )
                    }
                    OrganizationRegistry__InvalidEndpoint
                },
                {
                    fn OrganizationRegistry__NotPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__NotPractitioner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__NotPractitioner,
                            )
                    }
                    OrganizationRegistry__NotPractitioner
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::AccessControlBadConfirmation,
                            )
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn OrganizationRegistry__NotOrganizationAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__NotOrganizationAdmin,
                            )
                    }
                    OrganizationRegistry__NotOrganizationAdmin
                },
                {
                    fn OrganizationRegistry__OrganizationNotSuspended(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__OrganizationNotSuspended as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__OrganizationNotSuspended,
                            )
                    }
                    OrganizationRegistry__OrganizationNotSuspended
                },
                {
                    fn OrganizationRegistry__AlreadyPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__AlreadyPractitioner as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__AlreadyPractitioner,
                            )
                    }
                    OrganizationRegistry__AlreadyPractitioner
                },
                {
                    fn OrganizationRegistry__ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__ZeroAddress,
                            )
                    }
                    OrganizationRegistry__ZeroAddress
                },
                {
                    fn OrganizationRegistry__WritesPaused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__WritesPaused as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__WritesPaused,
                            )
                    }
                    OrganizationRegistry__WritesPaused
                },
                {
                    fn OrganizationRegistry__OrganizationSuspended(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__OrganizationSuspended as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__OrganizationSuspended,
                            )
                    }
                    OrganizationRegistry__OrganizationSuspended
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::AccessControlUnauthorizedAccount,
                            )
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn OrganizationRegistry__UnknownOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__UnknownOrganization,
                            )
                    }
                    OrganizationRegistry__UnknownOrganization
                },
                {
                    fn OrganizationRegistry__WritesNotPaused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__WritesNotPaused as alloy_sol_types::SolError>::abi_decode_raw(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__WritesNotPaused,
                            )
                    }
                    OrganizationRegistry__WritesNotPaused
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
            ) -> alloy_sol_types::Result<OrganizationRegistryErrors>] = &[
                {
                    fn OrganizationRegistry__InvalidRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__InvalidRole as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__InvalidRole,
                            )
                    }
                    OrganizationRegistry__InvalidRole
                },
                {
                    fn OrganizationRegistry__NotPendingAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__NotPendingAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__NotPendingAdmin,
                            )
                    }
                    OrganizationRegistry__NotPendingAdmin
                },
                {
                    fn OrganizationRegistry__InvalidKind(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__InvalidKind as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__InvalidKind,
                            )
                    }
                    OrganizationRegistry__InvalidKind
                },
                {
                    fn OrganizationRegistry__InvalidEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__InvalidEndpoint as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__InvalidEndpoint,
                            )
                    }
                    OrganizationRegistry__InvalidEndpoint
                },
                {
                    fn OrganizationRegistry__NotPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__NotPractitioner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__NotPractitioner,
                            )
                    }
                    OrganizationRegistry__NotPractitioner
                },
                {
                    fn AccessControlBadConfirmation(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::AccessControlBadConfirmation,
                            )
                    }
                    AccessControlBadConfirmation
                },
                {
                    fn OrganizationRegistry__NotOrganizationAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__NotOrganizationAdmin,
                            )
                    }
                    OrganizationRegistry__NotOrganizationAdmin
                },
                {
                    fn OrganizationRegistry__OrganizationNotSuspended(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__OrganizationNotSuspended as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__OrganizationNotSuspended,
                            )
                    }
                    OrganizationRegistry__OrganizationNotSuspended
                },
                {
                    fn OrganizationRegistry__AlreadyPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__AlreadyPractitioner as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__AlreadyPractitioner,
                            )
                    }
                    OrganizationRegistry__AlreadyPractitioner
                },
                {
                    fn OrganizationRegistry__ZeroAddress(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__ZeroAddress as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__ZeroAddress,
                            )
                    }
                    OrganizationRegistry__ZeroAddress
                },
                {
                    fn OrganizationRegistry__WritesPaused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__WritesPaused as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__WritesPaused,
                            )
                    }
                    OrganizationRegistry__WritesPaused
                },
                {
                    fn OrganizationRegistry__OrganizationSuspended(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__OrganizationSuspended as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__OrganizationSuspended,
                            )
                    }
                    OrganizationRegistry__OrganizationSuspended
                },
                {
                    fn AccessControlUnauthorizedAccount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::AccessControlUnauthorizedAccount,
                            )
                    }
                    AccessControlUnauthorizedAccount
                },
                {
                    fn OrganizationRegistry__UnknownOrganization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__UnknownOrganization,
                            )
                    }
                    OrganizationRegistry__UnknownOrganization
                },
                {
                    fn OrganizationRegistry__WritesNotPaused(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryErrors> {
                        <OrganizationRegistry__WritesNotPaused as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                OrganizationRegistryErrors::OrganizationRegistry__WritesNotPaused,
                            )
                    }
                    OrganizationRegistry__WritesNotPaused
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
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__AlreadyPractitioner(inner) => {
                    <OrganizationRegistry__AlreadyPractitioner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__InvalidEndpoint(inner) => {
                    <OrganizationRegistry__InvalidEndpoint as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__InvalidKind(inner) => {
                    <OrganizationRegistry__InvalidKind as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__InvalidRole(inner) => {
                    <OrganizationRegistry__InvalidRole as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__NotOrganizationAdmin(inner) => {
                    <OrganizationRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__NotPendingAdmin(inner) => {
                    <OrganizationRegistry__NotPendingAdmin as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__NotPractitioner(inner) => {
                    <OrganizationRegistry__NotPractitioner as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__OrganizationNotSuspended(inner) => {
                    <OrganizationRegistry__OrganizationNotSuspended as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__OrganizationSuspended(inner) => {
                    <OrganizationRegistry__OrganizationSuspended as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__UnknownOrganization(inner) => {
                    <OrganizationRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__WritesNotPaused(inner) => {
                    <OrganizationRegistry__WritesNotPaused as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__WritesPaused(inner) => {
                    <OrganizationRegistry__WritesPaused as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
                Self::OrganizationRegistry__ZeroAddress(inner) => {
                    <OrganizationRegistry__ZeroAddress as alloy_sol_types::SolError>::abi_encoded_size(
                        inner,
                    )
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AccessControlBadConfirmation(inner) => {
                    <AccessControlBadConfirmation as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::AccessControlUnauthorizedAccount(inner) => {
                    <AccessControlUnauthorizedAccount as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__AlreadyPractitioner(inner) => {
                    <OrganizationRegistry__AlreadyPractitioner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__InvalidEndpoint(inner) => {
                    <OrganizationRegistry__InvalidEndpoint as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__InvalidKind(inner) => {
                    <OrganizationRegistry__InvalidKind as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__InvalidRole(inner) => {
                    <OrganizationRegistry__InvalidRole as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__NotOrganizationAdmin(inner) => {
                    <OrganizationRegistry__NotOrganizationAdmin as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__NotPendingAdmin(inner) => {
                    <OrganizationRegistry__NotPendingAdmin as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__NotPractitioner(inner) => {
                    <OrganizationRegistry__NotPractitioner as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__OrganizationNotSuspended(inner) => {
                    <OrganizationRegistry__OrganizationNotSuspended as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__OrganizationSuspended(inner) => {
                    <OrganizationRegistry__OrganizationSuspended as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__UnknownOrganization(inner) => {
                    <OrganizationRegistry__UnknownOrganization as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__WritesNotPaused(inner) => {
                    <OrganizationRegistry__WritesNotPaused as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__WritesPaused(inner) => {
                    <OrganizationRegistry__WritesPaused as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
                Self::OrganizationRegistry__ZeroAddress(inner) => {
                    <OrganizationRegistry__ZeroAddress as alloy_sol_types::SolError>::abi_encode_raw(
                        inner,
                        out,
                    )
                }
            }
        }
    }
    ///Container for all the [`OrganizationRegistry`](self) events.
    #[derive(Clone)]
    #[derive(serde::Serialize, serde::Deserialize)]
    #[derive(Debug, PartialEq, Eq, Hash)]
    pub enum OrganizationRegistryEvents {
        #[allow(missing_docs)]
        AdminTransferStarted(AdminTransferStarted),
        #[allow(missing_docs)]
        AdminTransferred(AdminTransferred),
        #[allow(missing_docs)]
        EmergencyCapabilitySet(EmergencyCapabilitySet),
        #[allow(missing_docs)]
        EndpointUpdated(EndpointUpdated),
        #[allow(missing_docs)]
        OrganizationAccredited(OrganizationAccredited),
        #[allow(missing_docs)]
        OrganizationReinstated(OrganizationReinstated),
        #[allow(missing_docs)]
        OrganizationSuspended(OrganizationSuspended),
        #[allow(missing_docs)]
        PractitionerAdded(PractitionerAdded),
        #[allow(missing_docs)]
        PractitionerRemoved(PractitionerRemoved),
        #[allow(missing_docs)]
        RoleAdminChanged(RoleAdminChanged),
        #[allow(missing_docs)]
        RoleGranted(RoleGranted),
        #[allow(missing_docs)]
        RoleRevoked(RoleRevoked),
        #[allow(missing_docs)]
        WritesPaused(WritesPaused),
        #[allow(missing_docs)]
        WritesResumed(WritesResumed),
    }
    impl OrganizationRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                27u8, 83u8, 162u8, 15u8, 99u8, 116u8, 122u8, 25u8, 2u8, 182u8, 196u8,
                56u8, 54u8, 187u8, 153u8, 64u8, 249u8, 177u8, 79u8, 31u8, 229u8, 126u8,
                248u8, 92u8, 215u8, 182u8, 231u8, 126u8, 60u8, 160u8, 178u8, 143u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8,
                236u8, 121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8,
                64u8, 48u8, 69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                74u8, 169u8, 117u8, 23u8, 15u8, 33u8, 122u8, 184u8, 243u8, 247u8, 167u8,
                229u8, 29u8, 199u8, 106u8, 164u8, 182u8, 148u8, 11u8, 202u8, 104u8, 47u8,
                102u8, 3u8, 71u8, 27u8, 67u8, 156u8, 172u8, 92u8, 218u8, 165u8,
            ],
            [
                75u8, 2u8, 53u8, 146u8, 213u8, 117u8, 229u8, 32u8, 130u8, 120u8, 217u8,
                226u8, 197u8, 103u8, 126u8, 35u8, 246u8, 63u8, 87u8, 2u8, 90u8, 76u8,
                42u8, 87u8, 119u8, 74u8, 24u8, 223u8, 220u8, 50u8, 62u8, 89u8,
            ],
            [
                112u8, 102u8, 225u8, 168u8, 198u8, 49u8, 64u8, 197u8, 2u8, 253u8, 119u8,
                97u8, 211u8, 6u8, 6u8, 113u8, 186u8, 118u8, 155u8, 40u8, 246u8, 168u8,
                93u8, 6u8, 21u8, 16u8, 0u8, 38u8, 114u8, 233u8, 47u8, 12u8,
            ],
            [
                124u8, 181u8, 51u8, 194u8, 100u8, 158u8, 80u8, 100u8, 135u8, 200u8,
                194u8, 237u8, 173u8, 175u8, 127u8, 134u8, 153u8, 88u8, 115u8, 56u8,
                182u8, 51u8, 151u8, 35u8, 9u8, 210u8, 198u8, 124u8, 52u8, 200u8, 112u8,
                225u8,
            ],
            [
                177u8, 29u8, 105u8, 233u8, 177u8, 45u8, 43u8, 50u8, 222u8, 36u8, 248u8,
                191u8, 26u8, 48u8, 228u8, 87u8, 166u8, 64u8, 170u8, 136u8, 42u8, 202u8,
                250u8, 59u8, 154u8, 251u8, 137u8, 254u8, 73u8, 59u8, 247u8, 20u8,
            ],
            [
                185u8, 163u8, 64u8, 157u8, 71u8, 10u8, 102u8, 137u8, 101u8, 70u8, 191u8,
                134u8, 54u8, 23u8, 220u8, 28u8, 17u8, 71u8, 161u8, 104u8, 229u8, 201u8,
                160u8, 8u8, 136u8, 192u8, 249u8, 184u8, 60u8, 163u8, 12u8, 31u8,
            ],
            [
                186u8, 2u8, 39u8, 193u8, 68u8, 124u8, 33u8, 199u8, 191u8, 11u8, 188u8,
                5u8, 207u8, 93u8, 216u8, 70u8, 51u8, 117u8, 141u8, 38u8, 121u8, 64u8,
                35u8, 84u8, 224u8, 217u8, 27u8, 125u8, 168u8, 108u8, 153u8, 233u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8,
                81u8, 66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8,
                71u8, 92u8, 58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                206u8, 198u8, 72u8, 69u8, 32u8, 3u8, 0u8, 176u8, 95u8, 220u8, 54u8,
                105u8, 106u8, 102u8, 30u8, 141u8, 74u8, 235u8, 99u8, 164u8, 6u8, 34u8,
                168u8, 149u8, 176u8, 203u8, 97u8, 90u8, 242u8, 192u8, 134u8, 69u8,
            ],
            [
                207u8, 111u8, 224u8, 131u8, 0u8, 33u8, 183u8, 67u8, 255u8, 128u8, 34u8,
                165u8, 213u8, 183u8, 201u8, 158u8, 106u8, 29u8, 17u8, 197u8, 103u8,
                241u8, 220u8, 190u8, 194u8, 12u8, 57u8, 63u8, 32u8, 112u8, 9u8, 82u8,
            ],
            [
                244u8, 130u8, 200u8, 192u8, 4u8, 6u8, 50u8, 239u8, 239u8, 90u8, 89u8,
                223u8, 239u8, 253u8, 247u8, 238u8, 5u8, 27u8, 178u8, 204u8, 43u8, 165u8,
                253u8, 156u8, 60u8, 70u8, 220u8, 122u8, 90u8, 170u8, 164u8, 161u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8,
                103u8, 11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8,
                253u8, 100u8, 235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(OrganizationAccredited),
            ::core::stringify!(RoleGranted),
            ::core::stringify!(EmergencyCapabilitySet),
            ::core::stringify!(PractitionerAdded),
            ::core::stringify!(AdminTransferred),
            ::core::stringify!(EndpointUpdated),
            ::core::stringify!(WritesResumed),
            ::core::stringify!(AdminTransferStarted),
            ::core::stringify!(PractitionerRemoved),
            ::core::stringify!(RoleAdminChanged),
            ::core::stringify!(OrganizationReinstated),
            ::core::stringify!(OrganizationSuspended),
            ::core::stringify!(WritesPaused),
            ::core::stringify!(RoleRevoked),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <OrganizationAccredited as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE,
            <EmergencyCapabilitySet as alloy_sol_types::SolEvent>::SIGNATURE,
            <PractitionerAdded as alloy_sol_types::SolEvent>::SIGNATURE,
            <AdminTransferred as alloy_sol_types::SolEvent>::SIGNATURE,
            <EndpointUpdated as alloy_sol_types::SolEvent>::SIGNATURE,
            <WritesResumed as alloy_sol_types::SolEvent>::SIGNATURE,
            <AdminTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE,
            <PractitionerRemoved as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <OrganizationReinstated as alloy_sol_types::SolEvent>::SIGNATURE,
            <OrganizationSuspended as alloy_sol_types::SolEvent>::SIGNATURE,
            <WritesPaused as alloy_sol_types::SolEvent>::SIGNATURE,
            <RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for OrganizationRegistryEvents {
        const NAME: &'static str = "OrganizationRegistryEvents";
        const COUNT: usize = 14usize;
        fn decode_raw_log(
            topics: &[alloy_sol_types::Word],
            data: &[u8],
        ) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(
                    <AdminTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <AdminTransferStarted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AdminTransferStarted)
                }
                Some(<AdminTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AdminTransferred as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::AdminTransferred)
                }
                Some(
                    <EmergencyCapabilitySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <EmergencyCapabilitySet as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EmergencyCapabilitySet)
                }
                Some(<EndpointUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EndpointUpdated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::EndpointUpdated)
                }
                Some(
                    <OrganizationAccredited as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OrganizationAccredited as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OrganizationAccredited)
                }
                Some(
                    <OrganizationReinstated as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OrganizationReinstated as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OrganizationReinstated)
                }
                Some(
                    <OrganizationSuspended as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <OrganizationSuspended as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::OrganizationSuspended)
                }
                Some(
                    <PractitionerAdded as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <PractitionerAdded as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::PractitionerAdded)
                }
                Some(
                    <PractitionerRemoved as alloy_sol_types::SolEvent>::SIGNATURE_HASH,
                ) => {
                    <PractitionerRemoved as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::PractitionerRemoved)
                }
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::RoleRevoked)
                }
                Some(<WritesPaused as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <WritesPaused as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::WritesPaused)
                }
                Some(<WritesResumed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <WritesResumed as alloy_sol_types::SolEvent>::decode_raw_log(
                            topics,
                            data,
                        )
                        .map(Self::WritesResumed)
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
    impl alloy_sol_types::private::IntoLogData for OrganizationRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AdminTransferStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::AdminTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EmergencyCapabilitySet(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::EndpointUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OrganizationAccredited(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OrganizationReinstated(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::OrganizationSuspended(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PractitionerAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::PractitionerRemoved(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::WritesPaused(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
                Self::WritesResumed(inner) => {
                    alloy_sol_types::private::IntoLogData::to_log_data(inner)
                }
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::AdminTransferStarted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::AdminTransferred(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EmergencyCapabilitySet(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::EndpointUpdated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OrganizationAccredited(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OrganizationReinstated(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::OrganizationSuspended(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PractitionerAdded(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::PractitionerRemoved(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleAdminChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleGranted(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::RoleRevoked(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::WritesPaused(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::WritesResumed(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`OrganizationRegistry`](self) contract instance.

See the [wrapper's documentation](`OrganizationRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    >(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> OrganizationRegistryInstance<P, N> {
        OrganizationRegistryInstance::<P, N>::new(address, __provider)
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
        admin: alloy::sol_types::private::Address,
        authority: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<
        Output = alloy_contract::Result<OrganizationRegistryInstance<P, N>>,
    > {
        OrganizationRegistryInstance::<P, N>::deploy(__provider, admin, authority)
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
        admin: alloy::sol_types::private::Address,
        authority: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        OrganizationRegistryInstance::<
            P,
            N,
        >::deploy_builder(__provider, admin, authority)
    }
    /**A [`OrganizationRegistry`](self) instance.

Contains type-safe methods for interacting with an on-chain instance of the
[`OrganizationRegistry`](self) contract located at a given `address`, using a given
provider `P`.

If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
documentation on how to provide it), the `deploy` and `deploy_builder` methods can
be used to deploy a new instance of the contract.

See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct OrganizationRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for OrganizationRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("OrganizationRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > OrganizationRegistryInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`OrganizationRegistry`](self) contract instance.

See the [wrapper's documentation](`OrganizationRegistryInstance`) for more details.*/
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
            admin: alloy::sol_types::private::Address,
            authority: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<OrganizationRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, admin, authority);
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
            admin: alloy::sol_types::private::Address,
            authority: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(
                        &constructorCall {
                            admin,
                            authority,
                        },
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
    impl<P: ::core::clone::Clone, N> OrganizationRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> OrganizationRegistryInstance<P, N> {
            OrganizationRegistryInstance {
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
    > OrganizationRegistryInstance<P, N> {
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
        ///Creates a new call builder for the [`AUTHORITY_ROLE`] function.
        pub fn AUTHORITY_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, AUTHORITY_ROLECall, N> {
            self.call_builder(&AUTHORITY_ROLECall)
        }
        ///Creates a new call builder for the [`DEFAULT_ADMIN_ROLE`] function.
        pub fn DEFAULT_ADMIN_ROLE(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, DEFAULT_ADMIN_ROLECall, N> {
            self.call_builder(&DEFAULT_ADMIN_ROLECall)
        }
        ///Creates a new call builder for the [`acceptAdmin`] function.
        pub fn acceptAdmin(
            &self,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, acceptAdminCall, N> {
            self.call_builder(&acceptAdminCall { orgId })
        }
        ///Creates a new call builder for the [`accredit`] function.
        pub fn accredit(
            &self,
            kind: u8,
            admin: alloy::sol_types::private::Address,
            emergencyCapable: bool,
            name: alloy::sol_types::private::String,
            endpoint: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, accreditCall, N> {
            self.call_builder(
                &accreditCall {
                    kind,
                    admin,
                    emergencyCapable,
                    name,
                    endpoint,
                },
            )
        }
        ///Creates a new call builder for the [`addPractitioner`] function.
        pub fn addPractitioner(
            &self,
            orgId: u32,
            account: alloy::sol_types::private::Address,
            role: u8,
        ) -> alloy_contract::SolCallBuilder<&P, addPractitionerCall, N> {
            self.call_builder(
                &addPractitionerCall {
                    orgId,
                    account,
                    role,
                },
            )
        }
        ///Creates a new call builder for the [`consents`] function.
        pub fn consents(&self) -> alloy_contract::SolCallBuilder<&P, consentsCall, N> {
            self.call_builder(&consentsCall)
        }
        ///Creates a new call builder for the [`fhirEndpoint`] function.
        pub fn fhirEndpoint(
            &self,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, fhirEndpointCall, N> {
            self.call_builder(&fhirEndpointCall { orgId })
        }
        ///Creates a new call builder for the [`getRoleAdmin`] function.
        pub fn getRoleAdmin(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, getRoleAdminCall, N> {
            self.call_builder(&getRoleAdminCall { role })
        }
        ///Creates a new call builder for the [`grantRole`] function.
        pub fn grantRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, grantRoleCall, N> {
            self.call_builder(&grantRoleCall { role, account })
        }
        ///Creates a new call builder for the [`hasRole`] function.
        pub fn hasRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, hasRoleCall, N> {
            self.call_builder(&hasRoleCall { role, account })
        }
        ///Creates a new call builder for the [`isActive`] function.
        pub fn isActive(
            &self,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, isActiveCall, N> {
            self.call_builder(&isActiveCall { orgId })
        }
        ///Creates a new call builder for the [`organization`] function.
        pub fn organization(
            &self,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, organizationCall, N> {
            self.call_builder(&organizationCall { orgId })
        }
        ///Creates a new call builder for the [`organizationCount`] function.
        pub fn organizationCount(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, organizationCountCall, N> {
            self.call_builder(&organizationCountCall)
        }
        ///Creates a new call builder for the [`pause`] function.
        pub fn pause(&self) -> alloy_contract::SolCallBuilder<&P, pauseCall, N> {
            self.call_builder(&pauseCall)
        }
        ///Creates a new call builder for the [`paused`] function.
        pub fn paused(&self) -> alloy_contract::SolCallBuilder<&P, pausedCall, N> {
            self.call_builder(&pausedCall)
        }
        ///Creates a new call builder for the [`pendingAdmin`] function.
        pub fn pendingAdmin(
            &self,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, pendingAdminCall, N> {
            self.call_builder(&pendingAdminCall { orgId })
        }
        ///Creates a new call builder for the [`practitioner`] function.
        pub fn practitioner(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, practitionerCall, N> {
            self.call_builder(&practitionerCall { account })
        }
        ///Creates a new call builder for the [`recoverAdmin`] function.
        pub fn recoverAdmin(
            &self,
            orgId: u32,
            newAdmin: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, recoverAdminCall, N> {
            self.call_builder(
                &recoverAdminCall {
                    orgId,
                    newAdmin,
                },
            )
        }
        ///Creates a new call builder for the [`reinstate`] function.
        pub fn reinstate(
            &self,
            orgId: u32,
        ) -> alloy_contract::SolCallBuilder<&P, reinstateCall, N> {
            self.call_builder(&reinstateCall { orgId })
        }
        ///Creates a new call builder for the [`removePractitioner`] function.
        pub fn removePractitioner(
            &self,
            orgId: u32,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, removePractitionerCall, N> {
            self.call_builder(
                &removePractitionerCall {
                    orgId,
                    account,
                },
            )
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(
                &renounceRoleCall {
                    role,
                    callerConfirmation,
                },
            )
        }
        ///Creates a new call builder for the [`revokeRole`] function.
        pub fn revokeRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, revokeRoleCall, N> {
            self.call_builder(&revokeRoleCall { role, account })
        }
        ///Creates a new call builder for the [`setEmergencyCapable`] function.
        pub fn setEmergencyCapable(
            &self,
            orgId: u32,
            emergencyCapable: bool,
        ) -> alloy_contract::SolCallBuilder<&P, setEmergencyCapableCall, N> {
            self.call_builder(
                &setEmergencyCapableCall {
                    orgId,
                    emergencyCapable,
                },
            )
        }
        ///Creates a new call builder for the [`setEndpoint`] function.
        pub fn setEndpoint(
            &self,
            orgId: u32,
            endpoint: alloy::sol_types::private::String,
        ) -> alloy_contract::SolCallBuilder<&P, setEndpointCall, N> {
            self.call_builder(&setEndpointCall { orgId, endpoint })
        }
        ///Creates a new call builder for the [`supportsInterface`] function.
        pub fn supportsInterface(
            &self,
            interfaceId: alloy::sol_types::private::FixedBytes<4>,
        ) -> alloy_contract::SolCallBuilder<&P, supportsInterfaceCall, N> {
            self.call_builder(
                &supportsInterfaceCall {
                    interfaceId,
                },
            )
        }
        ///Creates a new call builder for the [`suspend`] function.
        pub fn suspend(
            &self,
            orgId: u32,
            reasonHash: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, suspendCall, N> {
            self.call_builder(&suspendCall { orgId, reasonHash })
        }
        ///Creates a new call builder for the [`transferAdmin`] function.
        pub fn transferAdmin(
            &self,
            orgId: u32,
            newAdmin: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, transferAdminCall, N> {
            self.call_builder(
                &transferAdminCall {
                    orgId,
                    newAdmin,
                },
            )
        }
        ///Creates a new call builder for the [`unpause`] function.
        pub fn unpause(&self) -> alloy_contract::SolCallBuilder<&P, unpauseCall, N> {
            self.call_builder(&unpauseCall)
        }
    }
    /// Event filters.
    impl<
        P: alloy_contract::private::Provider<N>,
        N: alloy_contract::private::Network,
    > OrganizationRegistryInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(
            &self,
        ) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`AdminTransferStarted`] event.
        pub fn AdminTransferStarted_filter(
            &self,
        ) -> alloy_contract::Event<&P, AdminTransferStarted, N> {
            self.event_filter::<AdminTransferStarted>()
        }
        ///Creates a new event filter for the [`AdminTransferred`] event.
        pub fn AdminTransferred_filter(
            &self,
        ) -> alloy_contract::Event<&P, AdminTransferred, N> {
            self.event_filter::<AdminTransferred>()
        }
        ///Creates a new event filter for the [`EmergencyCapabilitySet`] event.
        pub fn EmergencyCapabilitySet_filter(
            &self,
        ) -> alloy_contract::Event<&P, EmergencyCapabilitySet, N> {
            self.event_filter::<EmergencyCapabilitySet>()
        }
        ///Creates a new event filter for the [`EndpointUpdated`] event.
        pub fn EndpointUpdated_filter(
            &self,
        ) -> alloy_contract::Event<&P, EndpointUpdated, N> {
            self.event_filter::<EndpointUpdated>()
        }
        ///Creates a new event filter for the [`OrganizationAccredited`] event.
        pub fn OrganizationAccredited_filter(
            &self,
        ) -> alloy_contract::Event<&P, OrganizationAccredited, N> {
            self.event_filter::<OrganizationAccredited>()
        }
        ///Creates a new event filter for the [`OrganizationReinstated`] event.
        pub fn OrganizationReinstated_filter(
            &self,
        ) -> alloy_contract::Event<&P, OrganizationReinstated, N> {
            self.event_filter::<OrganizationReinstated>()
        }
        ///Creates a new event filter for the [`OrganizationSuspended`] event.
        pub fn OrganizationSuspended_filter(
            &self,
        ) -> alloy_contract::Event<&P, OrganizationSuspended, N> {
            self.event_filter::<OrganizationSuspended>()
        }
        ///Creates a new event filter for the [`PractitionerAdded`] event.
        pub fn PractitionerAdded_filter(
            &self,
        ) -> alloy_contract::Event<&P, PractitionerAdded, N> {
            self.event_filter::<PractitionerAdded>()
        }
        ///Creates a new event filter for the [`PractitionerRemoved`] event.
        pub fn PractitionerRemoved_filter(
            &self,
        ) -> alloy_contract::Event<&P, PractitionerRemoved, N> {
            self.event_filter::<PractitionerRemoved>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(
            &self,
        ) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
            self.event_filter::<RoleAdminChanged>()
        }
        ///Creates a new event filter for the [`RoleGranted`] event.
        pub fn RoleGranted_filter(&self) -> alloy_contract::Event<&P, RoleGranted, N> {
            self.event_filter::<RoleGranted>()
        }
        ///Creates a new event filter for the [`RoleRevoked`] event.
        pub fn RoleRevoked_filter(&self) -> alloy_contract::Event<&P, RoleRevoked, N> {
            self.event_filter::<RoleRevoked>()
        }
        ///Creates a new event filter for the [`WritesPaused`] event.
        pub fn WritesPaused_filter(&self) -> alloy_contract::Event<&P, WritesPaused, N> {
            self.event_filter::<WritesPaused>()
        }
        ///Creates a new event filter for the [`WritesResumed`] event.
        pub fn WritesResumed_filter(
            &self,
        ) -> alloy_contract::Event<&P, WritesResumed, N> {
            self.event_filter::<WritesResumed>()
        }
    }
}
