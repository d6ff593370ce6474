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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.kind,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.suspended,
                    ),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(
                        &self.emergencyCapable,
                    ),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(
                        &self.accreditedAt,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(
                    &tuple, out,
                )
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(
                    &tuple,
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Organization {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
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
            fn eip712_components()
            -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>>
            {
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
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
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
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
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
            f.debug_tuple("IOrganizationRegistryInstance")
                .field(&self.address)
                .finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IOrganizationRegistryInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`IOrganizationRegistry`](self) contract instance.

        See the [wrapper's documentation](`IOrganizationRegistryInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
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
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IOrganizationRegistryInstance<P, N>
    {
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
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        IOrganizationRegistryInstance<P, N>
    {
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
    ///0x60a03461017357601f61775838819003918201601f19168301916001600160401b0383118484101761013f57808492604094855283398101031261017357610052602061004b83610177565b9201610177565b6001600160a01b038216158015610162575b6101535761007461007a9261018b565b50610201565b506040516148b38082016001600160401b0381118382101761013f578291612e45833903905ff08015610134576001600160a01b0316608052604051612bb090816102958239608051818181610191015281816102dd0152818161055a015281816106b80152818161092f01528181610b8b01528181610d2801528181610e2101528181610ed50152818161107f015281816113640152818161155501528181611f9901528181612732015281816128450152612af50152f35b6040513d5f823e3d90fd5b634e487b7160e01b5f52604160045260245ffd5b638c93a3cd60e01b5f5260045ffd5b506001600160a01b03811615610064565b5f80fd5b51906001600160a01b038216820361017357565b6001600160a01b0381165f9081525f5160206177385f395f51905f52602052604090205460ff166101fc576001600160a01b03165f8181525f5160206177385f395f51905f5260205260408120805460ff191660011790553391905f5160206176f85f395f51905f528180a4600190565b505f90565b6001600160a01b0381165f9081525f5160206177185f395f51905f52602052604090205460ff166101fc576001600160a01b03165f8181525f5160206177185f395f51905f5260205260408120805460ff191660011790553391907fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd248905f5160206176f85f395f51905f529080a460019056fe6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714612275575080630652ecdb14611d0f5780632445406214611a99578063248a9ca314611a4857806328b3a040146119015780632f2ff15d146118a5578063346c310a146117cc57806336568abe146117435780633a5c92a0146114b25780633f4ba83a1461131657806340f141351461115b5780634a3fba0e146111025780634d15528114610fdc5780635c746ed014610e5d5780635c975abb14610dae5780635e19b30514610ca05780636341722e14610a8b5780638456cb59146108e157806391d148541461086c57806398ee9dbf14610803578063a217fddf146107c9578063a75d51c414610648578063ad0b3766146104de578063c8a015e61461025f578063d547741f146101fa578063f1c62104146101b85763fc16502e14610147575f80fd5b346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b80fd5b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557602063ffffffff60045416604051908152f35b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55761025b600435610238612331565b90610256610251825f525f602052600160405f20015490565b612642565b6129d3565b5080f35b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610297612382565b61029f612331565b9073ffffffffffffffffffffffffffffffffffffffff82169182331415806104b5575b61047f5773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517f1eb21e7e000000000000000000000000000000000000000000000000000000008152846004820152606081602481865afa9081156104745763ffffffff9182918891610445575b50511693168093036104155790849160405161036481612395565b838152836020820152836040820152823b15610411576103b6928492836040518096819582947fdcee9fc6000000000000000000000000000000000000000000000000000000008452600484016124f6565b03925af18015610406576103ed575b50807fba0227c1447c21c7bf0bbc05cf5dd84633758d2679402354e0d91b7da86c99e991a380f35b816103f7916123cd565b61040257825f6103c5565b8280fd5b6040513d84823e3d90fd5b8380fd5b60448584867f5c2207f5000000000000000000000000000000000000000000000000000000008352600452602452fd5b610467915060603d60601161046d575b61045f81836123cd565b81019061249d565b5f610349565b503d610455565b6040513d88823e3d90fd5b60448463ffffffff847f764252450000000000000000000000000000000000000000000000000000000083521660045233602452fd5b503373ffffffffffffffffffffffffffffffffffffffff6104d584612b7c565b541614156102c2565b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610516612382565b6024359082821515928381036106445761052e6125ba565b61053783612a9b565b90610637575b83604082015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561040257604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af1801561040657610622575b5050602063ffffffff7f4aa975170f217ab8f3f7a7e51dc76aa4b6940bca682f6603471b439cac5cdaa5926040519485521692a280f35b8161062c916123cd565b61040257825f6105eb565b61063f6126ef565b61053d565b5080fd5b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610680612382565b6106886125ba565b61069181612a9b565b6020810180516107975790600184925273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561040257604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af1801561040657610782575b50507fcf6fe0830021b743ff8022a5d5b7c99e6a1d11c567f1dcbec20c393f20700952602063ffffffff6040519360243585521692a280f35b8161078c916123cd565b61064457815f610749565b60248463ffffffff857fc27eab5000000000000000000000000000000000000000000000000000000000835216600452fd5b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557602090604051908152f35b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55773ffffffffffffffffffffffffffffffffffffffff604060209263ffffffff61085a612382565b16815260028452205416604051908152f35b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55773ffffffffffffffffffffffffffffffffffffffff60406108bb612331565b926004358152806020522091165f52602052602060ff60405f2054166040519015158152f35b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b5576109186125ba565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f5c975abb000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610a80578391610a46575b50610a1e578082913b15610a1b578180916024604051809481937f16c38b3c000000000000000000000000000000000000000000000000000000008352600160048401525af1801561040657610a06575b50337ff482c8c0040632efef5a59dfeffdf7ee051bb2cc2ba5fd9c3c46dc7a5aaaa4a18280a280f35b81610a10916123cd565b6101b557805f6109dd565b50fd5b6004827fac2f783c000000000000000000000000000000000000000000000000000000008152fd5b90506020813d602011610a78575b81610a61602093836123cd565b8101031261040257610a7290612549565b5f61098c565b3d9150610a54565b6040513d85823e3d90fd5b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55763ffffffff610ac8612382565b826080604051610ad7816123b1565b8281528260208201528260408201528260608201520152168082526001602052604082209060405191610b0983612395565b5473ffffffffffffffffffffffffffffffffffffffff81168352602083019260ff8260a01c16845264ffffffffff604082019260a81c168252604051927f1c2d5471000000000000000000000000000000000000000000000000000000008452600484015260608360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa928315610c95579064ffffffffff93929160a09693610c4b575b5073ffffffffffffffffffffffffffffffffffffffff60ff9151169451169160ff846040602084015115159301511515935116936080604051610c09816123b1565b88815260208101928352604081019485526060810195865201948552604051968752511660208601525115156040850152511515606084015251166080820152f35b60ff919350610c8673ffffffffffffffffffffffffffffffffffffffff9160603d606011610c8e575b610c7e81836123cd565b810190612574565b939150610bc7565b503d610c74565b6040513d87823e3d90fd5b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610cd8612382565b9063ffffffff604051927f5e19b30500000000000000000000000000000000000000000000000000000000845216600483015260208260248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610da2578091610d65575b6020826040519015158152f35b90506020823d602011610d9a575b81610d80602093836123cd565b810103126101b55750610d94602091612549565b5f610d58565b3d9150610d73565b604051903d90823e3d90fd5b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557604051907f5c975abb00000000000000000000000000000000000000000000000000000000825260208260048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610da2578091610d65576020826040519015158152f35b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610e95612382565b610e9d6125ba565b610ea681612a9b565b60208101805115610faa5790838092610ebd6126ef565b5273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561040257604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af1801561040657610f95575b5063ffffffff82167fcec64845200300b05fdc36696a661e8d4aeb63a40622a895b0cb615af2c086458280a280f35b81610f9f916123cd565b61064457815f610f66565b60248463ffffffff857f79528ad700000000000000000000000000000000000000000000000000000000835216600452fd5b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55760043573ffffffffffffffffffffffffffffffffffffffff811680910361064457611035612556565b50604051907f1eb21e7e000000000000000000000000000000000000000000000000000000008252600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561040657606092916110e5575b506110e3604051809264ffffffffff6040809263ffffffff815116855260ff6020820151166020860152015116910152565bf35b6110fc9150823d841161046d5761045f81836123cd565b5f6110b1565b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55760206040517fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd2488152f35b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557611193612382565b331580156112e4575b6112af5760206111ab82612a9b565b015161127e5763ffffffff906111bf6126ef565b1680825260016020526040822073ffffffffffffffffffffffffffffffffffffffff8154169073ffffffffffffffffffffffffffffffffffffffff33167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558183526002602052604083207fffffffffffffffffffffffff0000000000000000000000000000000000000000815416905533917f7066e1a8c63140c502fd7761d3060671ba769b28f6a85d061510002672e92f0c8480a480f35b7fc27eab5000000000000000000000000000000000000000000000000000000000825263ffffffff16600452602490fd5b7f36a8e6ed00000000000000000000000000000000000000000000000000000000825263ffffffff1660045233602452604490fd5b5063ffffffff8116825260026020523373ffffffffffffffffffffffffffffffffffffffff604084205416141561119c565b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55761134d6125ba565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f5c975abb000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610a80578391611478575b5015611450578082913b15610a1b578180916024604051809481937f16c38b3c0000000000000000000000000000000000000000000000000000000083528160048401525af180156104065761143b575b50337fb11d69e9b12d2b32de24f8bf1a30e457a640aa882acafa3b9afb89fe493bf7148280a280f35b81611445916123cd565b6101b557805f611412565b6004827ff939af99000000000000000000000000000000000000000000000000000000008152fd5b90506020813d6020116114aa575b81611493602093836123cd565b81010312610402576114a490612549565b5f6113c1565b3d9150611486565b50346101b55760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b5576114ea612382565b6114f2612331565b9060443560ff81168091036104115761150a826127cb565b5073ffffffffffffffffffffffffffffffffffffffff831692831561171b5781158015611711575b6116e55761153e6126ef565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517f1eb21e7e000000000000000000000000000000000000000000000000000000008152856004820152606081602481865afa80156116da5763ffffffff9188916116bb575b5051168061168b575090859163ffffffff604051956115dc87612395565b169485815284602082015264ffffffffff42166040820152823b1561041157611637928492836040518096819582947fdcee9fc6000000000000000000000000000000000000000000000000000000008452600484016124f6565b03925af1801561040657611676575b505060207f4b023592d575e5208278d9e2c5677e23f63f57025a4c2a57774a18dfdc323e5991604051908152a380f35b81611680916123cd565b61041157835f611646565b86604491877f83459c68000000000000000000000000000000000000000000000000000000008352600452602452fd5b6116d4915060603d60601161046d5761045f81836123cd565b5f6115be565b6040513d89823e3d90fd5b602485837f33a846a5000000000000000000000000000000000000000000000000000000008252600452fd5b5060078211611532565b6004857f8c93a3cd000000000000000000000000000000000000000000000000000000008152fd5b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55761177b612331565b3373ffffffffffffffffffffffffffffffffffffffff8216036117a45761025b906004356129d3565b6004827f6697b232000000000000000000000000000000000000000000000000000000008152fd5b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557611804612382565b61180c612331565b73ffffffffffffffffffffffffffffffffffffffff63ffffffff81611830856127cb565b93169384611898575b1691828552600260205260408520847fffffffffffffffffffffffff000000000000000000000000000000000000000082541617905516907fb9a3409d470a66896546bf863617dc1c1147a168e5c9a00888c0f9b83ca30c1f8480a480f35b6118a06126ef565b611839565b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55761025b6004356118e3612331565b906118fc610251825f525f602052600160405f20015490565b612901565b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55763ffffffff61193e612382565b168152600360205260408120604051908281549161195b8361240e565b9081855260208501936001811690815f14611a0d57506001146119d2575b856040867fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f886119ad848a03856123cd565b8451958694602086525180928160208801528787015e85828601015201168101030190f35b8552602085208592505b8183106119f35750508201602001601f6040611979565b6001816020929493945483858901015201910191906119dc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685525050151560051b83016020019050601f6040611979565b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b5576020611a916004355f525f602052600160405f20015490565b604051908152f35b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557611ad1612382565b906024359167ffffffffffffffff831161064457611af863ffffffff933690600401612354565b939091611b04816127cb565b50611b0f85846126a8565b611b176126ef565b16908183526003602052604083209367ffffffffffffffff8111611ce257611b3f855461240e565b601f8111611c9d575b508394601f8211600114611bdc578185967f7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e1959691611bd1575b508260011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8460031b1c19161790555b611bcb60405192839260208452602084019161245f565b0390a280f35b90508301355f611b82565b80855260208520957fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08316865b818110611c85575090837f7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e19697989210611c4d575b5050600182811b019055611bb4565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88560031b161c19908501351690555f80611c3e565b85830135895560019098019760209283019201611c09565b85855260208520601f830160051c81019160208410611cd8575b601f0160051c01905b818110611ccd5750611b48565b858155600101611cc0565b9091508190611cb7565b6024847f4e487b710000000000000000000000000000000000000000000000000000000081526041600452fd5b346120ca5760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126120ca5760043560ff81168091036120ca57611d54612331565b604435918215158093036120ca5760643567ffffffffffffffff81116120ca57611d82903690600401612354565b60843567ffffffffffffffff81116120ca57611da2903690600401612354565b959094611dad6125ba565b8415801561226b575b61223f5773ffffffffffffffffffffffffffffffffffffffff1693841561221757611de187876126a8565b611de96126ef565b60045463ffffffff81169663ffffffff88146121ea5760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000098019163ffffffff83169889911617600455604051611e4081612395565b87815260208101848152604082019064ffffffffff421682528a5f52600160205273ffffffffffffffffffffffffffffffffffffffff8060405f20945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551907fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff74ff000000000000000000000000000000000000000079ffffffffff0000000000000000000000000000000000000000008554935160a81b169360a01b16911617179055875f52600360205260405f2067ffffffffffffffff8a116121bd57611f32815461240e565b601f8111612178575b50895f601f82116001146120d9575f916120ce575b508a60011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8c60031b1c19161790555b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001691604051611fc681612395565b600181525f6020820152856040820152833b156120ca57604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff939093166004840152815115156024840152602082015115156044840152015115156064820152915f908390608490829084905af19889156120bf5761209689977f1b53a20f63747a1902b6c43836bb9940f9b14f1fe57ef85cd7b6e77e3ca0b28f976120a49560209d6120af575b5060405197889788528d88015260806040880152608087019161245f565b91848303606086015261245f565b0390a3604051908152f35b5f6120b9916123cd565b5f612078565b6040513d5f823e3d90fd5b5f80fd5b90508201358b611f50565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01690825f528b60205f20925f5b81811061215d575010612125575b505060018a811b019055611f82565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88d60031b161c19908401351690558a80612116565b8684013585556001909401936020938401938f935001612108565b815f5260205f20601f8c0160051c81019160208d106121b3575b601f0160051c01905b8181106121a85750611f3b565b5f815560010161219b565b9091508190612192565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f8c93a3cd000000000000000000000000000000000000000000000000000000005f5260045ffd5b847f3d8a3a70000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060078511611db6565b346120ca5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126120ca57600435907fffffffff0000000000000000000000000000000000000000000000000000000082168092036120ca57817f7965db0b0000000000000000000000000000000000000000000000000000000060209314908115612307575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483612300565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036120ca57565b9181601f840112156120ca5782359167ffffffffffffffff83116120ca57602083818601950101116120ca57565b6004359063ffffffff821682036120ca57565b6060810190811067ffffffffffffffff8211176121bd57604052565b60a0810190811067ffffffffffffffff8211176121bd57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176121bd57604052565b90600182811c92168015612455575b602083101461242857565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f169161241d565b601f82602094937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe093818652868601375f8582860101520116010190565b908160609103126120ca57604051906124b582612395565b805163ffffffff811681036120ca57825260208101519060ff821682036120ca576040916020840152015164ffffffffff811681036120ca57604082015290565b91602061254792949373ffffffffffffffffffffffffffffffffffffffff6080820196168152019064ffffffffff6040809263ffffffff815116855260ff6020820151166020860152015116910152565b565b519081151582036120ca57565b6040519061256382612395565b5f6040838281528260208201520152565b908160609103126120ca576125b2604080519261259084612395565b61259981612549565b84526125a760208201612549565b602085015201612549565b604082015290565b335f9081527f2cec940b4456d929ef0edb3a50ec6c89546dc80458c43eed197054cb4a8c8c3e602052604090205460ff16156125f257565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd24860245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f205416156126795750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b50801580156126e4575b6126b95750565b7f5044fc0e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061020081116126b2565b6040517f5c975abb00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156120bf575f91612791575b5061276957565b7fac2f783c000000000000000000000000000000000000000000000000000000005f5260045ffd5b90506020813d6020116127c3575b816127ac602093836123cd565b810103126120ca576127bd90612549565b5f612762565b3d915061279f565b9073ffffffffffffffffffffffffffffffffffffffff6127ea83612b7c565b5416913383036128cb5763ffffffff604051917f1c2d5471000000000000000000000000000000000000000000000000000000008352169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156120bf576020915f916128ac575b5001516128815750565b7fc27eab50000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6128c5915060603d606011610c8e57610c7e81836123cd565b5f612877565b63ffffffff907f76425245000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f146129cd57805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f146129cd57805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b90612aa4612556565b5063ffffffff604051927f1c2d54710000000000000000000000000000000000000000000000000000000084521680600484015260608360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9283156120bf575f93612b5b575b50825115612b305750565b7ff880137c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b612b7591935060603d606011610c8e57610c7e81836123cd565b915f612b25565b63ffffffff1690815f52600160205260405f209173ffffffffffffffffffffffffffffffffffffffff83541615612b305750566101806040523461014d57604051610018604082610151565b60098152602081019068436f6e73656e74727960b81b82526040519161003f604084610151565b600183526020830191603160f81b835261005881610188565b6101205261006584610188565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a081526100ce60c082610151565b5190206080523060c05233610160526040516146bf90816101f4823960805181613f90015260a0518161404d015260c05181613f61015260e05181613fdf01526101005181614005015261012051816114ca015261014051816114f30152610160518181816104360152818161163e015281816129510152612b340152f35b5f80fd5b601f909101601f19168101906001600160401b0382119082101761017457604052565b634e487b7160e01b5f52604160045260245ffd5b601f8151116101b35760208151910151602082106101a4571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c806301e38dfc1461334d578063020d308d146131ab578063025de1c11461305c578063073f5d9f146130045780630ad3682214612b9957806316c38b3c14612ae65780631c2d547114612a465780631eb21e7e14612975578063234db1de146129075780632ec9a64a14612870578063345e6c4d146127d35780633644e515146127935780633d76787414612741578063567b7867146125a457806356edea44146124045780635badbe4c146123bf5780635c975abb1461237c5780635e19b30514612331578063628da5271461226f5780636429080f14611d095780636dffff9614611b4f57806373da5d0a1461170d5780637beb8764146115c657806384b0196e146114945780638a7322271461143c5780639049ecdb146113b757806392a7b65a1461127857806392dca86f14610f64578063b3cef09114610e77578063bad9faa2146109c5578063c1c5e6e11461083b578063d50e0aab14610744578063d955e4f01461058f578063dcee9fc6146103be578063de3a176d146102d85763efbcbd5c146101a5575f80fd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d4576101f39061450e565b9063ffffffff825460a01c1691335f5260066020528263ffffffff60405f205416036102a457807d0400000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff73ffffffffffffffffffffffffffffffffffffffff9354161781555416907f4ee74ecfd67f9a189b21ee36d41ad6010740fd6b0589d48fa97d14d7f4d39d4d6020604051338152a4005b827f37105712000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b5f80fd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff81168091036102d457610324613917565b505f52600560205261010061033b60405f20613892565b64ffffffffff60e06040519273ffffffffffffffffffffffffffffffffffffffff815116845263ffffffff602082015116602085015282604082015116604085015260ff606082015116606085015260ff608082015116608085015260ff60a08201511660a085015263ffffffff60c08201511660c085015201511660e0820152f35b346102d45760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576103f56134d9565b60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126102d45773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105635773ffffffffffffffffffffffffffffffffffffffff9063ffffffff61047f613806565b1661049557165f90815260066020526040812055005b165f52600660205260405f2063ffffffff6104ae613806565b167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000082541617815560443560ff811681036102d45781547fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff1660209190911b64ff000000001617815560643564ffffffffff811681036102d45781547fffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffffff1660289190911b69ffffffffff000000000016179055005b7ff7534eff000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576105c66134d9565b73ffffffffffffffffffffffffffffffffffffffff6105e361351f565b91168033141580610704575b6106ae575b805f52600260205260405f2063ffffffff83165f5260205260405f2064ffffffffff815460c01c164210156106785780547fffffff000000000000000000ffffffffffffffffffffffffffffffffffffffff169055339163ffffffff16907f840470becf281eb232ef5fab8805c799b9866ff7b417ee20bafd816751901e8a5f80a4005b63ffffffff83837fe90bdd94000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b335f52600660205263ffffffff60405f20541663ffffffff83168091036106d557506105f4565b7f37105712000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b50805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205264ffffffffff60405f205460201c164210156105ef565b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761077b6134d9565b73ffffffffffffffffffffffffffffffffffffffff61079861351f565b916107a1613917565b50165f52600260205263ffffffff60405f2091165f526020526101006107c960405f20613747565b64ffffffffff60e06040519263ffffffff815116845260ff602082015116602085015260ff604082015116604085015282606082015116606085015282608082015116608085015263ffffffff60a08201511660a085015263ffffffff60c08201511660c085015201511660e0820152f35b346102d45760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576108726134d9565b61087a61351f565b906044359160643560843567ffffffffffffffff81116102d4576108a2903690600401613613565b9180421161099a5773ffffffffffffffffffffffffffffffffffffffff851690815f52600260205260405f2063ffffffff86165f5260205263ffffffff60405f205460801c1680880361096a57506109629392916109689761095c926040519160208301937f660590cba9acb5539d51ed4e4a4ecf3efc0f0b3fb50ac4e1872179ac9d67c5588552604084015263ffffffff89166060840152608083015260a082015260a0815261095460c082613706565b519020614347565b85614388565b81614073565b005b87907fe0cda4ad000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fc7fe91f1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d457610a139061450e565b610a1c81613892565b64ffffffffff60408201511680421015610e48575073ffffffffffffffffffffffffffffffffffffffff815116610a5f60c083019163ffffffff83511690613c96565b6020820192610a7463ffffffff855116613e34565b7d0200000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82541617905564ffffffffff42169064ffffffffff60e084015116820164ffffffffff8111610e1b57835173ffffffffffffffffffffffffffffffffffffffff165f52600260205260405f20855163ffffffff1663ffffffff165f5260205260405f20610b2090613747565b92825163ffffffff1684526080850191825160ff166020860190815260a0870195865160ff166040820190815260608201858152608083019164ffffffffff861683528a5173ffffffffffffffffffffffffffffffffffffffff165f52600260205260405f208c5163ffffffff1663ffffffff165f5260205260405f2094845163ffffffff1663ffffffff1686547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161786555160ff16610c129086907fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff64ff0000000083549260201b169116179055565b51908454905160301b6affffffffff000000000000169160281b65ff000000000016907fffffffffffffffffffffffffffffffffffffffffff000000000000ffffffffff16171783555164ffffffffff16610ca99083907fffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffff6fffffffffff000000000000000000000083549260581b169116179055565b60a081810151835460c08085015160e0909501517cffffffffff000000000000000000000000000000000000000000000000911b167fffffff00000000000000000000000000ffffffffffffffffffffffffffffffff909116608092831b73ffffffff00000000000000000000000000000000161777ffffffff000000000000000000000000000000000000000094841b949094169390931792909217909255875189519651955197516040805163ffffffff988916815260ff9a8b166020820152999091169089015264ffffffffff948516606089015292909316928601929092523394929093169273ffffffffffffffffffffffffffffffffffffffff16917f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a99190a45173ffffffffffffffffffffffffffffffffffffffff16905163ffffffff169160405133815260207f7fcde7eb2bdd65b21468c810b655adf85b6d91834fe9f144ff93b7e6c84a76ae91a4005b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b837f6d4acda4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760043567ffffffffffffffff8116908181036102d457610ec59061450e565b63ffffffff73ffffffffffffffffffffffffffffffffffffffff82541691610eec83613c19565b7d0300000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8254161781555460a01c16917f08c7d786fb7b7e827bf687bcf60c8893512379e3cde94872553de1ea57343d6c6020604051338152a4005b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457610f9b6134d9565b6024359060ff82168092036102d45773ffffffffffffffffffffffffffffffffffffffff1680156112505781158015611246575b61121a57610fdc33613a95565b9063ffffffff8251165f52600760205260ff60405f205460101c16156111e75760ff6020830151166001811415806111dc575b6111ad5750805f52600460205260405f20916040519261102e846136ea565b549263ffffffff602060ff8616151592838152019460081c1684526111815763ffffffff611fff935116926201518064ffffffffff4216019064ffffffffff8211610e1b5763ffffffff64ffffffffff93855f52600260205260405f208280835116165f5260205261113c8460405f206110ee8a871782907fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000083549260a01b169116179055565b907fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff7cffffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b51169460405196875260443560208801521760408601521660608401527f2973099dec79c9e1804c26f6274a93eead665223530012ec9e7c0eddc629ce0060803394a4005b507feb397afd000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7ffcfe5bcd000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b50600281141561100f565b63ffffffff8251167f9e5fa272000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507f40de3539000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060048211610fcf565b7f2c84b37d000000000000000000000000000000000000000000000000000000005f5260045ffd5b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576112af6134d9565b6112b76134fc565b6044359182151583036102d45773ffffffffffffffffffffffffffffffffffffffff1691825f52600660205263ffffffff60405f20541692831561138c5750825f52600760205260ff60405f205460081c16611360576040929173ffffffffffffffffffffffffffffffffffffffff91611353575b165f526002602052815f2063ffffffff82165f52602052815f205482519182526020820152f35b61135b614310565b61132c565b827f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7fc4361bfa000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576113ee6134d9565b73ffffffffffffffffffffffffffffffffffffffff61140b61351f565b91165f52600260205263ffffffff60405f2091165f52602052602063ffffffff60405f205460801c16604051908152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206040517f660590cba9acb5539d51ed4e4a4ecf3efc0f0b3fb50ac4e1872179ac9d67c5588152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761156a6114ee7f00000000000000000000000000000000000000000000000000000000000000006145ce565b6115177f00000000000000000000000000000000000000000000000000000000000000006145ce565b60206115786040519261152a8385613706565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e0870190613641565b908582036040870152613641565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b8281106115af57505050500390f35b8351855286955093810193928101926001016115a0565b346102d45760807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576115fd613532565b60607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffdc3601126102d45773ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001633036105635763ffffffff165f52600760205260405f2060243580151581036102d457815490151560ff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0091909116178155604435801515908181036102d4575081546064358015158082036102d45762ff000061ff00917fffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000ff935060101b169360081b169116171790555f80f35b346102d45773ffffffffffffffffffffffffffffffffffffffff61173036613588565b9161173d81949294613c19565b16805f52600260205260405f2063ffffffff84165f5260205261176260405f20613747565b63ffffffff81511615611b195763ffffffff61177d84613819565b8183511619161615801590611af9575b8015611ad9575b8015611ab7575b8015611a95575b611a5f576119b0906117b384613d67565b6117bd8482613ee4565b825f52600260205260405f2063ffffffff86165f5260205264ffffffffff60e060405f209263ffffffff80825116167fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000085541617845561185560ff60208301511685907fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff64ff0000000083549260201b169116179055565b604081015184547fffffffffffffffffffffffffffffffffffffffffff000000000000ffffffffff65ff00000000006affffffffff000000000000606086015160301b169360281b169116171784556118f08360808301511685907fffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffff6fffffffffff000000000000000000000083549260581b169116179055565b60a081810151855460c08401517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff90911660809290921b73ffffffff000000000000000000000000000000001691909117911b77ffffffff0000000000000000000000000000000000000000161784555b015182547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff16911660c01b7cffffffffff00000000000000000000000000000000000000000000000016179055565b7f1c71cf6a8ac4c02e08107e670dc6ba47750d357d853a794a98f9771e26b37ce86119da83613819565b926119e76020820161384a565b611a5a6119f66040840161384a565b92611a0f6080611a0860608401613880565b9201613880565b9060405194859463ffffffff339b1699869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b0390a4005b63ffffffff84837f764e33ce000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b50611aa260808401613880565b64ffffffffff806080840151169116116117a2565b50611ac460608401613880565b64ffffffffff8060608401511691161061179b565b5060ff611ae86040850161384a565b816040840151161916161515611794565b5060ff611b086020850161384a565b81602084015116191616151561178d565b63ffffffff84837fca35a56e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457611b86613565565b611b8e61351f565b63fffc1fff8116611cd757335f52600460205260405f20602060405191611bb4836136ea565b549163ffffffff60ff841615159384835260081c16918291015281611cce575b8115611cbb575b50611cae575b60405191611bee836136ea565b15159182815263ffffffff60208201921691828152335f526004602052611c4760405f2092511515839060ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691151516179055565b517fffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000ff64ffffffff0083549260081b16911617905560405191825260208201527f206ea3c60150f17411dc885e1e3555adefab0e2ee008b6619b43074d8fba757360403392a2005b611cb6614310565b611be1565b63ffffffff915019821616151583611bdb565b83159150611bd4565b63ffffffff907fe450ecea000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b346102d4576101407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457611d416134d9565b611d4961351f565b9060a07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126102d457610104359060e4356101243567ffffffffffffffff81116102d457611d9d903690600401613613565b9490928442116122435773ffffffffffffffffffffffffffffffffffffffff811695865f52600260205260405f2063ffffffff84165f52602052611de360405f20613747565b9460a086019463ffffffff86511680820361221557508890611e036137f3565b98611e0c61382a565b91611e1561383a565b611e1d613858565b611e2561386c565b916040519560208701977f77d6d7196c9b4c96bc584d646c4d5cf97a19f3e4e9f5559d2fc7c5653400cb258952604088015263ffffffff8c169e8f606089015263ffffffff16608088015260ff1660a087015260ff1660c086015264ffffffffff1660e085015264ffffffffff166101008401526101208301526101408201526101408152611eb661016082613706565b519020611ec290614347565b611ecb93614388565b6044359063ffffffff8216938483036102d457611ee783613b28565b6064359360ff8516948581036102d4576084359360ff8516918286036102d457611f118682613b7d565b60a4359064ffffffffff8216968783141591826102d45760c4359b64ffffffffff8d169a8b8e141596876102d4578e8d8d1090811591612206575b506121ce57611f5a90613e34565b63ffffffff89511663ffffffff8114610e1b5760010163ffffffff168952508852505060208601988952604086019384526102d45750606084019485526102d45764ffffffffff809560e0956120ca9361213e9a50608087019283528c5f52600260205260405f208c5f5260205261203d60ff60405f209b8c7fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000063ffffffff808d511616915416178d5551168b907fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff64ff0000000083549260201b169116179055565b51907fffffffffffffffffffffffffffffffffffffffffff000000000000ffffffffff65ff00000000006affffffffff0000000000008c54935160301b169360281b16911617178855511686907fffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffff6fffffffffff000000000000000000000083549260581b169116179055565b51845460c08301517fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff90911660809290921b73ffffffff00000000000000000000000000000000169190911760a09190911b77ffffffff000000000000000000000000000000000000000016178455611961565b817f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a96121686137f3565b61217061382a565b90611a5a61217c61383a565b612184613858565b61218c61386c565b91604051958695869364ffffffffff929060ff6080958186949a99959a63ffffffff60a08b019c168a5216602089015216604087015216606085015216910152565b508b8b8f896102d457507f9bea228b000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b505f985050428d11158f611f4c565b7fe0cda4ad000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b847fc7fe91f1000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576122a66134d9565b73ffffffffffffffffffffffffffffffffffffffff6122c36134fc565b916122cc6137db565b50165f52600360205273ffffffffffffffffffffffffffffffffffffffff60405f2091165f526020526040805f2064ffffffffff82519161230c836136ea565b5481602063ffffffff831694858152019160201c168152835192835251166020820152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602061237261236d613532565b613a42565b6040519015158152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602060ff60085460401c166040519015158152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602067ffffffffffffffff60085416604051908152f35b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761243b6134d9565b61244361351f565b9061244c613574565b73ffffffffffffffffffffffffffffffffffffffff821690815f52600260205260405f2063ffffffff85165f5260205260405f209283549063ffffffff821690811561256e5764ffffffffff92916124a391613c96565b60581c169264ffffffffff8216938085111561253e575090612509916124c886613e34565b907fffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffff6fffffffffff000000000000000000000083549260581b169116179055565b6040519182527ff58f2ed9019ddb0689dd6109b7e840ae60a3057d6b0525e9bcd7a8f1c5dcc785602063ffffffff33951693a4005b84907f04d0dddc000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b63ffffffff87867fca35a56e000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b346102d45760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576125db6134d9565b6125e361351f565b73ffffffffffffffffffffffffffffffffffffffff612600613574565b92169182158015612738575b61270c5764ffffffffff9061262083613b28565b16428111156126e157612631614310565b6126ae63ffffffff60405193612646856136ea565b168084526020808501848152335f908152600383526040808220898352845290209551865491517fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090921663ffffffff9190911617911b68ffffffffff000000001617909355565b60405191825260208201527fba94d5ae49efcb156f84b4d8946e66ec06a4687532fca41b11b6d8ea1ee1d45860403392a3005b7f37908424000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b827f73176426000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5033831461260c565b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45761096861277b6134d9565b61278361351f565b61278c82613c19565b3391614073565b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206127cb613f4a565b604051908152f35b346102d45773ffffffffffffffffffffffffffffffffffffffff6127f636613588565b9161280c61280684959395613819565b82613c96565b61281583613d67565b61281e84613e34565b16805f52600260205260405f2063ffffffff84165f526020526128466117b360405f20613747565b7f49a7ed85a97c1fdac1c1e1c6d9667d031f60cab6fd506ba942e600dfc51de7a96119da83613819565b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45773ffffffffffffffffffffffffffffffffffffffff6128bc6134d9565b6128c46137db565b50165f5260046020526040805f2063ffffffff8251916128e3836136ea565b5481602060ff8316151594858152019160081c168152835192835251166020820152f35b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45773ffffffffffffffffffffffffffffffffffffffff6129c16134d9565b6129c96137bd565b50165f526006602052612a4260405f2064ffffffffff604051916129ec836136ce565b5463ffffffff8116835260ff8160201c16602084015260281c16604082015260405191829182919091604064ffffffffff81606084019563ffffffff815116855260ff6020820151166020860152015116910152565b0390f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45763ffffffff612a82613532565b612a8a6137bd565b50165f526007602052606060405f2060405190612aa6826136ce565b5460ff811615159182815260ff60406020830192828560081c1615158452019260101c161515825260405192835251151560208301525115156040820152f35b346102d45760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457612b1d613565565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000163303610563577fffffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffff68ff000000000000000060085492151560401b169116176008555f80f35b346102d45760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d457612bd06134d9565b612bd861351f565b612be0613545565b90612be9613555565b906084359364ffffffffff85168095036102d45773ffffffffffffffffffffffffffffffffffffffff1691821561125057612c2382613b28565b612c2d8185613b7d565b84158015612ff7575b612fcb57612c4333613a95565b916008549567ffffffffffffffff87169667ffffffffffffffff8814610e1b5767ffffffffffffffff60017fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000099011697889116176008556212750064ffffffffff4216019264ffffffffff8411610e1b578488955163ffffffff169360405194612ccc86613684565b88865260208601908152604086019664ffffffffff1695868852606081019460018652608082019b60ff169b8c815260a083019160ff169687835260c084019563ffffffff169a8b875260e08501958a87528d5f52600560205260405f20955173ffffffffffffffffffffffffffffffffffffffff1686547fffffffffffffffffffffffff0000000000000000000000000000000000000000161786555163ffffffff16612dbe9086907fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000083549260a01b169116179055565b5184547fffffff0000000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7cffffffffff000000000000000000000000000000000000000000000000161784555183549060e81b7dff0000000000000000000000000000000000000000000000000000000000167dff000000000000000000000000000000000000000000000000000000000016907fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617835551908254905160f81b7fff00000000000000000000000000000000000000000000000000000000000000169160f01b7eff00000000000000000000000000000000000000000000000000000000000016907dffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff1617178155600101915163ffffffff1663ffffffff1682547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161782555164ffffffffff16612f6b91907fffffffffffffffffffffffffffffffffffffffffffffff0000000000ffffffff68ffffffffff0000000083549260201b169116179055565b5163ffffffff169660405194338652602086015260408501526060840152608083015260a43560a083015260c082015260e07fc2566a9b4031dbab6d23b42f5a707f973369f75637df17b29e2ac6b9802e1efc91a4604051908152602090f35b847f8ea86008000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b506303c267008511612c36565b346102d4575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d45760206040517f77d6d7196c9b4c96bc584d646c4d5cf97a19f3e4e9f5559d2fc7c5653400cb258152f35b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576130936134d9565b6024359081151582036102d45773ffffffffffffffffffffffffffffffffffffffff906130be6137bd565b506130c76137bd565b5016805f52600660205260405f2090604051916130e3836136ce565b5464ffffffffff63ffffffff82169182855260ff8160201c16602086015260281c1660408401521561138c575063ffffffff8151165f52600760205260ff60405f205460081c1661317857612a429161316b575b60408051825163ffffffff16815260208084015160ff16908201529181015164ffffffffff16908201529081906060820190565b613173614310565b613137565b63ffffffff9051167f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346102d45760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576131e26134d9565b73ffffffffffffffffffffffffffffffffffffffff6131ff6134fc565b9116803314158061332d575b6132fe57805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205264ffffffffff60405f205460201c16156132b857805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f526020525f604081205573ffffffffffffffffffffffffffffffffffffffff339216907ff706b3b70da5d5dada9b3c7d9f14e4f6c280183742a82ea2f951653070b0f1955f80a4005b9073ffffffffffffffffffffffffffffffffffffffff917fd7efe6e5000000000000000000000000000000000000000000000000000000005f526004521660245260445ffd5b7f062943c5000000000000000000000000000000000000000000000000000000005f526004523360245260445ffd5b5073ffffffffffffffffffffffffffffffffffffffff821633141561320b565b346102d45760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126102d4576133846134d9565b61338c61351f565b613394613545565b61339c613555565b6084359060ff82168083036102d45760ff841660128110156134ae575060ff8216600781101561348357506002811015613458575073ffffffffffffffffffffffffffffffffffffffff6134179495165f52600260205260405f2063ffffffff86165f5260205260405f20926134124294613747565b613953565b9060ff821615159081613447575b50613440575b60ff6040911681519080151582526020820152f35b505f61342b565b6134519150613a42565b1582613425565b7f7332eff2000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f5aae5cda000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f7d7fd975000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6004359073ffffffffffffffffffffffffffffffffffffffff821682036102d457565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036102d457565b6024359063ffffffff821682036102d457565b6004359063ffffffff821682036102d457565b6044359060ff821682036102d457565b6064359060ff821682036102d457565b6004359081151582036102d457565b6044359064ffffffffff821682036102d457565b60e07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8201126102d45760043573ffffffffffffffffffffffffffffffffffffffff811681036102d4579160243563ffffffff811681036102d4577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc60a0919301126102d457604490565b9181601f840112156102d45782359167ffffffffffffffff83116102d457602083818601950101116102d457565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b610100810190811067ffffffffffffffff8211176136a157604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6060810190811067ffffffffffffffff8211176136a157604052565b6040810190811067ffffffffffffffff8211176136a157604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176136a157604052565b9060405161375481613684565b60e064ffffffffff82945463ffffffff8116845260ff8160201c16602085015260ff8160281c166040850152818160301c166060850152818160581c16608085015263ffffffff8160801c1660a085015263ffffffff8160a01c1660c085015260c01c16910152565b604051906137ca826136ce565b5f6040838281528260208201520152565b604051906137e8826136ea565b5f6020838281520152565b60443563ffffffff811681036102d45790565b60243563ffffffff811681036102d45790565b3563ffffffff811681036102d45790565b60643560ff811681036102d45790565b60843560ff811681036102d45790565b3560ff811681036102d45790565b60a43564ffffffffff811681036102d45790565b60c43564ffffffffff811681036102d45790565b3564ffffffffff811681036102d45790565b9060405161389f81613684565b60e064ffffffffff60018395805473ffffffffffffffffffffffffffffffffffffffff8116865263ffffffff8160a01c166020870152838160c01c16604087015260ff8160e81c16606087015260ff8160f01c16608087015260f81c60a0860152015463ffffffff811660c085015260201c16910152565b6040519061392482613684565b5f60e0838281528260208201528260408201528260608201528260808201528260a08201528260c08201520152565b9190939260018060ff63ffffffff865116971696871c16149081613a28575b81613a0e575b50806139f9575b806139e5575b6139dc5760ff1660011492836139c1575b50826139ac575b50506139a7575f90565b600290565b60e0015164ffffffffff161190505f8061399d565b60c082015163ffffffff16901c60019081161492505f613996565b50505050600190565b5064ffffffffff6080830151168310613985565b508264ffffffffff606084015116111561397f565b60019150819060ff8060408701511691161c16145f613978565b905060018060ff60208601511660ff85161c161490613972565b63ffffffff165f52600760205260405f2060405190613a60826136ce565b5460ff8116151591828152604060ff808460081c1615938415602085015260101c16151591015281613a90575090565b905090565b73ffffffffffffffffffffffffffffffffffffffff90613ab36137bd565b501690815f52600660205260405f2060405190613acf826136ce565b549264ffffffffff63ffffffff85169485845260ff8160201c16602085015260281c16604083015281931561138c575063ffffffff8151165f52600760205260ff60405f205460081c166131785750613b26614310565b565b63ffffffff8116908115908115613b6d575b50613b425750565b7fe450ecea000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b63fffc000016151590505f613b3a565b60ff8116908115908115613c0c575b50613be1575060ff8116908115908115613bd4575b50613ba95750565b7f635b35bb000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b60fc91501615155f613ba1565b7f90043510000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b608091501615155f613b8c565b73ffffffffffffffffffffffffffffffffffffffff16803314613c9357805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f52602052602060405f2064ffffffffff60405191613c77836136ea565b5463ffffffff81168352831c1691829101524210156132fe5750565b50565b73ffffffffffffffffffffffffffffffffffffffff16803314613d6357805f52600360205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260405f209064ffffffffff60405192613cf3846136ea565b5463ffffffff8116845260201c168060208401524210156132fe575063ffffffff9051169063ffffffff8219821616613d2a575050565b63ffffffff907fcbb9fea2000000000000000000000000000000000000000000000000000000005f52336004521660245260445260645ffd5b5050565b613d78613d7382613819565b613b28565b613d99613d876020830161384a565b613d936040840161384a565b90613b7d565b606081016080613da882613880565b92019164ffffffffff80613dbb85613880565b16911610801590613e1a575b613dcf575050565b9064ffffffffff613de9613de38294613880565b92613880565b917f9bea228b000000000000000000000000000000000000000000000000000000005f52166004521660245260445ffd5b50613e2482613880565b64ffffffffff4291161115613dc7565b63ffffffff16805f52600760205260405f2060405190613e53826136ce565b549060ff8216159081158152604060ff6020830194818160081c161515865260101c161515910152613eb85751613e8d5750613b26614310565b7f135ae3b5000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b507ffe3687c6000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9064ffffffffff613f446080809363ffffffff613f0082613819565b16865260ff613f116020830161384a565b16602087015260ff613f256040830161384a565b16604087015283613f3860608301613880565b16606087015201613880565b16910152565b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001630148061404a575b15613fb2577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261404460c082613706565b51902090565b507f00000000000000000000000000000000000000000000000000000000000000004614613f89565b73ffffffffffffffffffffffffffffffffffffffff909291921690815f52600260205260405f2063ffffffff84165f52602052600163ffffffff60405f205460801c160163ffffffff8111610e1b57604051906140cf82613684565b5f825260208201905f825260408301905f8252606084015f815260808501905f825260a086019263ffffffff16835260c08601935f855260e08701955f8752895f52600260205260405f2063ffffffff8c165f5260205260405f20975163ffffffff1663ffffffff1688547fffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000161788555160ff1661419e9088907fffffffffffffffffffffffffffffffffffffffffffffffffffffff00ffffffff64ff0000000083549260201b169116179055565b51908654905160301b6affffffffff000000000000169160281b65ff000000000016907fffffffffffffffffffffffffffffffffffffffffff000000000000ffffffffff16171785555164ffffffffff166142359085907fffffffffffffffffffffffffffffffff0000000000ffffffffffffffffffffff6fffffffffff000000000000000000000083549260581b169116179055565b518354915192517cffffffffff00000000000000000000000000000000000000000000000060c09190911b167fffffff00000000000000000000000000ffffffffffffffffffffffffffffffff90921660809190911b73ffffffff00000000000000000000000000000000161777ffffffff000000000000000000000000000000000000000060a09390931b929092169190911717905573ffffffffffffffffffffffffffffffffffffffff169163ffffffff16907f197b681cb2bd99a080b20f75e17aed23ae16fe2bbcc6e24fa15405931bfc057c5f80a4565b60ff60085460401c1661431f57565b7ff8ae2bb7000000000000000000000000000000000000000000000000000000005f5260045ffd5b604290614352613f4a565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b73ffffffffffffffffffffffffffffffffffffffff81169392918415611250576143b384848361459a565b5060048110156144e15786901591826144c1575b50506144ba57813b1592831561440f575b50505090506143e45750565b7f6074301b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5f93507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f86602097606494604051967f1626ba7e0000000000000000000000000000000000000000000000000000000088526004880152604060248801528160448801528587013786848287010152011601915afa7f1626ba7e000000000000000000000000000000000000000000000000000000005f5114601f3d11161615805f80806143d8565b5050505050565b73ffffffffffffffffffffffffffffffffffffffff16149050855f6143c7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b67ffffffffffffffff1690815f52600560205260405f209160ff835460e81c1690811561456f5760018203614541575050565b7fd6daa8e8000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7fe72f6412000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b90604183036145c4576145bd9250602081013591604082359201355f1a90614625565b9192909190565b50505f9160029190565b60ff811690601f82116145fd57604051916145ea604084613706565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116146b4579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa156146a9575f5173ffffffffffffffffffffffffffffffffffffffff81161561469f57905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f9160039190562f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d2cec940b4456d929ef0edb3a50ec6c89546dc80458c43eed197054cb4a8c8c3ead3228b676f7d3cd4284a5443f17f1962b36e491b30a40b2405849e597ba5fb5
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\xA04a\x01sW`\x1FawX8\x81\x90\x03\x91\x82\x01`\x1F\x19\x16\x83\x01\x91`\x01`\x01`@\x1B\x03\x83\x11\x84\x84\x10\x17a\x01?W\x80\x84\x92`@\x94\x85R\x839\x81\x01\x03\x12a\x01sWa\0R` a\0K\x83a\x01wV[\x92\x01a\x01wV[`\x01`\x01`\xA0\x1B\x03\x82\x16\x15\x80\x15a\x01bW[a\x01SWa\0ta\0z\x92a\x01\x8BV[Pa\x02\x01V[P`@QaH\xB3\x80\x82\x01`\x01`\x01`@\x1B\x03\x81\x11\x83\x82\x10\x17a\x01?W\x82\x91a.E\x839\x03\x90_\xF0\x80\x15a\x014W`\x01`\x01`\xA0\x1B\x03\x16`\x80R`@Qa+\xB0\x90\x81a\x02\x95\x829`\x80Q\x81\x81\x81a\x01\x91\x01R\x81\x81a\x02\xDD\x01R\x81\x81a\x05Z\x01R\x81\x81a\x06\xB8\x01R\x81\x81a\t/\x01R\x81\x81a\x0B\x8B\x01R\x81\x81a\r(\x01R\x81\x81a\x0E!\x01R\x81\x81a\x0E\xD5\x01R\x81\x81a\x10\x7F\x01R\x81\x81a\x13d\x01R\x81\x81a\x15U\x01R\x81\x81a\x1F\x99\x01R\x81\x81a'2\x01R\x81\x81a(E\x01Ra*\xF5\x01R\xF3[`@Q=_\x82>=\x90\xFD[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[c\x8C\x93\xA3\xCD`\xE0\x1B_R`\x04_\xFD[P`\x01`\x01`\xA0\x1B\x03\x81\x16\x15a\0dV[_\x80\xFD[Q\x90`\x01`\x01`\xA0\x1B\x03\x82\x16\x82\x03a\x01sWV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R_Q` aw8_9_Q\x90_R` R`@\x90 T`\xFF\x16a\x01\xFCW`\x01`\x01`\xA0\x1B\x03\x16_\x81\x81R_Q` aw8_9_Q\x90_R` R`@\x81 \x80T`\xFF\x19\x16`\x01\x17\x90U3\x91\x90_Q` av\xF8_9_Q\x90_R\x81\x80\xA4`\x01\x90V[P_\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R_Q` aw\x18_9_Q\x90_R` R`@\x90 T`\xFF\x16a\x01\xFCW`\x01`\x01`\xA0\x1B\x03\x16_\x81\x81R_Q` aw\x18_9_Q\x90_R` R`@\x81 \x80T`\xFF\x19\x16`\x01\x17\x90U3\x91\x90\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H\x90_Q` av\xF8_9_Q\x90_R\x90\x80\xA4`\x01\x90V\xFE`\x80\x80`@R`\x046\x10\x15a\0\x12W_\x80\xFD[_\x90_5`\xE0\x1C\x90\x81c\x01\xFF\xC9\xA7\x14a\"uWP\x80c\x06R\xEC\xDB\x14a\x1D\x0FW\x80c$E@b\x14a\x1A\x99W\x80c$\x8A\x9C\xA3\x14a\x1AHW\x80c(\xB3\xA0@\x14a\x19\x01W\x80c//\xF1]\x14a\x18\xA5W\x80c4l1\n\x14a\x17\xCCW\x80c6V\x8A\xBE\x14a\x17CW\x80c:\\\x92\xA0\x14a\x14\xB2W\x80c?K\xA8:\x14a\x13\x16W\x80c@\xF1A5\x14a\x11[W\x80cJ?\xBA\x0E\x14a\x11\x02W\x80cM\x15R\x81\x14a\x0F\xDCW\x80c\\tn\xD0\x14a\x0E]W\x80c\\\x97Z\xBB\x14a\r\xAEW\x80c^\x19\xB3\x05\x14a\x0C\xA0W\x80ccAr.\x14a\n\x8BW\x80c\x84V\xCBY\x14a\x08\xE1W\x80c\x91\xD1HT\x14a\x08lW\x80c\x98\xEE\x9D\xBF\x14a\x08\x03W\x80c\xA2\x17\xFD\xDF\x14a\x07\xC9W\x80c\xA7]Q\xC4\x14a\x06HW\x80c\xAD\x0B7f\x14a\x04\xDEW\x80c\xC8\xA0\x15\xE6\x14a\x02_W\x80c\xD5Gt\x1F\x14a\x01\xFAW\x80c\xF1\xC6!\x04\x14a\x01\xB8Wc\xFC\x16P.\x14a\x01GW_\x80\xFD[4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[\x80\xFD[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` c\xFF\xFF\xFF\xFF`\x04T\x16`@Q\x90\x81R\xF3[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x02[`\x045a\x028a#1V[\x90a\x02Va\x02Q\x82_R_` R`\x01`@_ \x01T\x90V[a&BV[a)\xD3V[P\x80\xF3[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x02\x97a#\x82V[a\x02\x9Fa#1V[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x91\x823\x14\x15\x80a\x04\xB5W[a\x04\x7FWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90`@Q\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x84`\x04\x82\x01R``\x81`$\x81\x86Z\xFA\x90\x81\x15a\x04tWc\xFF\xFF\xFF\xFF\x91\x82\x91\x88\x91a\x04EW[PQ\x16\x93\x16\x80\x93\x03a\x04\x15W\x90\x84\x91`@Qa\x03d\x81a#\x95V[\x83\x81R\x83` \x82\x01R\x83`@\x82\x01R\x82;\x15a\x04\x11Wa\x03\xB6\x92\x84\x92\x83`@Q\x80\x96\x81\x95\x82\x94\x7F\xDC\xEE\x9F\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01a$\xF6V[\x03\x92Z\xF1\x80\x15a\x04\x06Wa\x03\xEDW[P\x80\x7F\xBA\x02'\xC1D|!\xC7\xBF\x0B\xBC\x05\xCF]\xD8F3u\x8D&y@#T\xE0\xD9\x1B}\xA8l\x99\xE9\x91\xA3\x80\xF3[\x81a\x03\xF7\x91a#\xCDV[a\x04\x02W\x82_a\x03\xC5V[\x82\x80\xFD[`@Q=\x84\x82>=\x90\xFD[\x83\x80\xFD[`D\x85\x84\x86\x7F\\\"\x07\xF5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[a\x04g\x91P``=``\x11a\x04mW[a\x04_\x81\x83a#\xCDV[\x81\x01\x90a$\x9DV[_a\x03IV[P=a\x04UV[`@Q=\x88\x82>=\x90\xFD[`D\x84c\xFF\xFF\xFF\xFF\x84\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R3`$R\xFD[P3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x04\xD5\x84a+|V[T\x16\x14\x15a\x02\xC2V[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x05\x16a#\x82V[`$5\x90\x82\x82\x15\x15\x92\x83\x81\x03a\x06DWa\x05.a%\xBAV[a\x057\x83a*\x9BV[\x90a\x067W[\x83`@\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x04\x02W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x04\x06Wa\x06\"W[PP` c\xFF\xFF\xFF\xFF\x7FJ\xA9u\x17\x0F!z\xB8\xF3\xF7\xA7\xE5\x1D\xC7j\xA4\xB6\x94\x0B\xCAh/f\x03G\x1BC\x9C\xAC\\\xDA\xA5\x92`@Q\x94\x85R\x16\x92\xA2\x80\xF3[\x81a\x06,\x91a#\xCDV[a\x04\x02W\x82_a\x05\xEBV[a\x06?a&\xEFV[a\x05=V[P\x80\xFD[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x06\x80a#\x82V[a\x06\x88a%\xBAV[a\x06\x91\x81a*\x9BV[` \x81\x01\x80Qa\x07\x97W\x90`\x01\x84\x92Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x04\x02W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x04\x06Wa\x07\x82W[PP\x7F\xCFo\xE0\x83\0!\xB7C\xFF\x80\"\xA5\xD5\xB7\xC9\x9Ej\x1D\x11\xC5g\xF1\xDC\xBE\xC2\x0C9? p\tR` c\xFF\xFF\xFF\xFF`@Q\x93`$5\x85R\x16\x92\xA2\x80\xF3[\x81a\x07\x8C\x91a#\xCDV[a\x06DW\x81_a\x07IV[`$\x84c\xFF\xFF\xFF\xFF\x85\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` \x90`@Q\x90\x81R\xF3[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@` \x92c\xFF\xFF\xFF\xFFa\x08Za#\x82V[\x16\x81R`\x02\x84R T\x16`@Q\x90\x81R\xF3[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@a\x08\xBBa#1V[\x92`\x045\x81R\x80` R \x91\x16_R` R` `\xFF`@_ T\x16`@Q\x90\x15\x15\x81R\xF3[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\t\x18a%\xBAV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81\x85Z\xFA\x90\x81\x15a\n\x80W\x83\x91a\nFW[Pa\n\x1EW\x80\x82\x91;\x15a\n\x1BW\x81\x80\x91`$`@Q\x80\x94\x81\x93\x7F\x16\xC3\x8B<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x01`\x04\x84\x01RZ\xF1\x80\x15a\x04\x06Wa\n\x06W[P3\x7F\xF4\x82\xC8\xC0\x04\x062\xEF\xEFZY\xDF\xEF\xFD\xF7\xEE\x05\x1B\xB2\xCC+\xA5\xFD\x9C<F\xDCzZ\xAA\xA4\xA1\x82\x80\xA2\x80\xF3[\x81a\n\x10\x91a#\xCDV[a\x01\xB5W\x80_a\t\xDDV[P\xFD[`\x04\x82\x7F\xAC/x<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[\x90P` \x81=` \x11a\nxW[\x81a\na` \x93\x83a#\xCDV[\x81\x01\x03\x12a\x04\x02Wa\nr\x90a%IV[_a\t\x8CV[=\x91Pa\nTV[`@Q=\x85\x82>=\x90\xFD[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wc\xFF\xFF\xFF\xFFa\n\xC8a#\x82V[\x82`\x80`@Qa\n\xD7\x81a#\xB1V[\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x01R\x16\x80\x82R`\x01` R`@\x82 \x90`@Q\x91a\x0B\t\x83a#\x95V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83R` \x83\x01\x92`\xFF\x82`\xA0\x1C\x16\x84Rd\xFF\xFF\xFF\xFF\xFF`@\x82\x01\x92`\xA8\x1C\x16\x82R`@Q\x92\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01R``\x83`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x92\x83\x15a\x0C\x95W\x90d\xFF\xFF\xFF\xFF\xFF\x93\x92\x91`\xA0\x96\x93a\x0CKW[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xFF\x91Q\x16\x94Q\x16\x91`\xFF\x84`@` \x84\x01Q\x15\x15\x93\x01Q\x15\x15\x93Q\x16\x93`\x80`@Qa\x0C\t\x81a#\xB1V[\x88\x81R` \x81\x01\x92\x83R`@\x81\x01\x94\x85R``\x81\x01\x95\x86R\x01\x94\x85R`@Q\x96\x87RQ\x16` \x86\x01RQ\x15\x15`@\x85\x01RQ\x15\x15``\x84\x01RQ\x16`\x80\x82\x01R\xF3[`\xFF\x91\x93Pa\x0C\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91``=``\x11a\x0C\x8EW[a\x0C~\x81\x83a#\xCDV[\x81\x01\x90a%tV[\x93\x91Pa\x0B\xC7V[P=a\x0CtV[`@Q=\x87\x82>=\x90\xFD[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x0C\xD8a#\x82V[\x90c\xFF\xFF\xFF\xFF`@Q\x92\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R\x16`\x04\x83\x01R` \x82`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\r\xA2W\x80\x91a\reW[` \x82`@Q\x90\x15\x15\x81R\xF3[\x90P` \x82=` \x11a\r\x9AW[\x81a\r\x80` \x93\x83a#\xCDV[\x81\x01\x03\x12a\x01\xB5WPa\r\x94` \x91a%IV[_a\rXV[=\x91Pa\rsV[`@Q\x90=\x90\x82>=\x90\xFD[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W`@Q\x90\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R` \x82`\x04\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\r\xA2W\x80\x91a\reW` \x82`@Q\x90\x15\x15\x81R\xF3[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x0E\x95a#\x82V[a\x0E\x9Da%\xBAV[a\x0E\xA6\x81a*\x9BV[` \x81\x01\x80Q\x15a\x0F\xAAW\x90\x83\x80\x92a\x0E\xBDa&\xEFV[Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x04\x02W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x04\x06Wa\x0F\x95W[Pc\xFF\xFF\xFF\xFF\x82\x16\x7F\xCE\xC6HE \x03\0\xB0_\xDC6ijf\x1E\x8DJ\xEBc\xA4\x06\"\xA8\x95\xB0\xCBaZ\xF2\xC0\x86E\x82\x80\xA2\x80\xF3[\x81a\x0F\x9F\x91a#\xCDV[a\x06DW\x81_a\x0FfV[`$\x84c\xFF\xFF\xFF\xFF\x85\x7FyR\x8A\xD7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W`\x045s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x91\x03a\x06DWa\x105a%VV[P`@Q\x90\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04\x06W``\x92\x91a\x10\xE5W[Pa\x10\xE3`@Q\x80\x92d\xFF\xFF\xFF\xFF\xFF`@\x80\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[\xF3[a\x10\xFC\x91P\x82=\x84\x11a\x04mWa\x04_\x81\x83a#\xCDV[_a\x10\xB1V[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` `@Q\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H\x81R\xF3[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x11\x93a#\x82V[3\x15\x80\x15a\x12\xE4W[a\x12\xAFW` a\x11\xAB\x82a*\x9BV[\x01Qa\x12~Wc\xFF\xFF\xFF\xFF\x90a\x11\xBFa&\xEFV[\x16\x80\x82R`\x01` R`@\x82 s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81T\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x81\x83R`\x02` R`@\x83 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81T\x16\x90U3\x91\x7Fpf\xE1\xA8\xC61@\xC5\x02\xFDwa\xD3\x06\x06q\xBAv\x9B(\xF6\xA8]\x06\x15\x10\0&r\xE9/\x0C\x84\x80\xA4\x80\xF3[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82Rc\xFF\xFF\xFF\xFF\x16`\x04R`$\x90\xFD[\x7F6\xA8\xE6\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82Rc\xFF\xFF\xFF\xFF\x16`\x04R3`$R`D\x90\xFD[Pc\xFF\xFF\xFF\xFF\x81\x16\x82R`\x02` R3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84 T\x16\x14\x15a\x11\x9CV[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x13Ma%\xBAV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81\x85Z\xFA\x90\x81\x15a\n\x80W\x83\x91a\x14xW[P\x15a\x14PW\x80\x82\x91;\x15a\n\x1BW\x81\x80\x91`$`@Q\x80\x94\x81\x93\x7F\x16\xC3\x8B<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x81`\x04\x84\x01RZ\xF1\x80\x15a\x04\x06Wa\x14;W[P3\x7F\xB1\x1Di\xE9\xB1-+2\xDE$\xF8\xBF\x1A0\xE4W\xA6@\xAA\x88*\xCA\xFA;\x9A\xFB\x89\xFEI;\xF7\x14\x82\x80\xA2\x80\xF3[\x81a\x14E\x91a#\xCDV[a\x01\xB5W\x80_a\x14\x12V[`\x04\x82\x7F\xF99\xAF\x99\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[\x90P` \x81=` \x11a\x14\xAAW[\x81a\x14\x93` \x93\x83a#\xCDV[\x81\x01\x03\x12a\x04\x02Wa\x14\xA4\x90a%IV[_a\x13\xC1V[=\x91Pa\x14\x86V[P4a\x01\xB5W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x14\xEAa#\x82V[a\x14\xF2a#1V[\x90`D5`\xFF\x81\x16\x80\x91\x03a\x04\x11Wa\x15\n\x82a'\xCBV[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x92\x83\x15a\x17\x1BW\x81\x15\x80\x15a\x17\x11W[a\x16\xE5Wa\x15>a&\xEFV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90`@Q\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x85`\x04\x82\x01R``\x81`$\x81\x86Z\xFA\x80\x15a\x16\xDAWc\xFF\xFF\xFF\xFF\x91\x88\x91a\x16\xBBW[PQ\x16\x80a\x16\x8BWP\x90\x85\x91c\xFF\xFF\xFF\xFF`@Q\x95a\x15\xDC\x87a#\x95V[\x16\x94\x85\x81R\x84` \x82\x01Rd\xFF\xFF\xFF\xFF\xFFB\x16`@\x82\x01R\x82;\x15a\x04\x11Wa\x167\x92\x84\x92\x83`@Q\x80\x96\x81\x95\x82\x94\x7F\xDC\xEE\x9F\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01a$\xF6V[\x03\x92Z\xF1\x80\x15a\x04\x06Wa\x16vW[PP` \x7FK\x025\x92\xD5u\xE5 \x82x\xD9\xE2\xC5g~#\xF6?W\x02ZL*WwJ\x18\xDF\xDC2>Y\x91`@Q\x90\x81R\xA3\x80\xF3[\x81a\x16\x80\x91a#\xCDV[a\x04\x11W\x83_a\x16FV[\x86`D\x91\x87\x7F\x83E\x9Ch\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[a\x16\xD4\x91P``=``\x11a\x04mWa\x04_\x81\x83a#\xCDV[_a\x15\xBEV[`@Q=\x89\x82>=\x90\xFD[`$\x85\x83\x7F3\xA8F\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[P`\x07\x82\x11a\x152V[`\x04\x85\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x17{a#1V[3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x17\xA4Wa\x02[\x90`\x045a)\xD3V[`\x04\x82\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x18\x04a#\x82V[a\x18\x0Ca#1V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x81a\x180\x85a'\xCBV[\x93\x16\x93\x84a\x18\x98W[\x16\x91\x82\x85R`\x02` R`@\x85 \x84\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x16\x90\x7F\xB9\xA3@\x9DG\nf\x89eF\xBF\x866\x17\xDC\x1C\x11G\xA1h\xE5\xC9\xA0\x08\x88\xC0\xF9\xB8<\xA3\x0C\x1F\x84\x80\xA4\x80\xF3[a\x18\xA0a&\xEFV[a\x189V[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x02[`\x045a\x18\xE3a#1V[\x90a\x18\xFCa\x02Q\x82_R_` R`\x01`@_ \x01T\x90V[a)\x01V[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wc\xFF\xFF\xFF\xFFa\x19>a#\x82V[\x16\x81R`\x03` R`@\x81 `@Q\x90\x82\x81T\x91a\x19[\x83a$\x0EV[\x90\x81\x85R` \x85\x01\x93`\x01\x81\x16\x90\x81_\x14a\x1A\rWP`\x01\x14a\x19\xD2W[\x85`@\x86\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x88a\x19\xAD\x84\x8A\x03\x85a#\xCDV[\x84Q\x95\x86\x94` \x86RQ\x80\x92\x81` \x88\x01R\x87\x87\x01^\x85\x82\x86\x01\x01R\x01\x16\x81\x01\x03\x01\x90\xF3[\x85R` \x85 \x85\x92P[\x81\x83\x10a\x19\xF3WPP\x82\x01` \x01`\x1F`@a\x19yV[`\x01\x81` \x92\x94\x93\x94T\x83\x85\x89\x01\x01R\x01\x91\x01\x91\x90a\x19\xDCV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x85RPP\x15\x15`\x05\x1B\x83\x01` \x01\x90P`\x1F`@a\x19yV[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` a\x1A\x91`\x045_R_` R`\x01`@_ \x01T\x90V[`@Q\x90\x81R\xF3[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x1A\xD1a#\x82V[\x90`$5\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a\x06DWa\x1A\xF8c\xFF\xFF\xFF\xFF\x936\x90`\x04\x01a#TV[\x93\x90\x91a\x1B\x04\x81a'\xCBV[Pa\x1B\x0F\x85\x84a&\xA8V[a\x1B\x17a&\xEFV[\x16\x90\x81\x83R`\x03` R`@\x83 \x93g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x1C\xE2Wa\x1B?\x85Ta$\x0EV[`\x1F\x81\x11a\x1C\x9DW[P\x83\x94`\x1F\x82\x11`\x01\x14a\x1B\xDCW\x81\x85\x96\x7F|\xB53\xC2d\x9EPd\x87\xC8\xC2\xED\xAD\xAF\x7F\x86\x99Xs8\xB63\x97#\t\xD2\xC6|4\xC8p\xE1\x95\x96\x91a\x1B\xD1W[P\x82`\x01\x1B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84`\x03\x1B\x1C\x19\x16\x17\x90U[a\x1B\xCB`@Q\x92\x83\x92` \x84R` \x84\x01\x91a$_V[\x03\x90\xA2\x80\xF3[\x90P\x83\x015_a\x1B\x82V[\x80\x85R` \x85 \x95\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x83\x16\x86[\x81\x81\x10a\x1C\x85WP\x90\x83\x7F|\xB53\xC2d\x9EPd\x87\xC8\xC2\xED\xAD\xAF\x7F\x86\x99Xs8\xB63\x97#\t\xD2\xC6|4\xC8p\xE1\x96\x97\x98\x92\x10a\x1CMW[PP`\x01\x82\x81\x1B\x01\x90Ua\x1B\xB4V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x85`\x03\x1B\x16\x1C\x19\x90\x85\x015\x16\x90U_\x80a\x1C>V[\x85\x83\x015\x89U`\x01\x90\x98\x01\x97` \x92\x83\x01\x92\x01a\x1C\tV[\x85\x85R` \x85 `\x1F\x83\x01`\x05\x1C\x81\x01\x91` \x84\x10a\x1C\xD8W[`\x1F\x01`\x05\x1C\x01\x90[\x81\x81\x10a\x1C\xCDWPa\x1BHV[\x85\x81U`\x01\x01a\x1C\xC0V[\x90\x91P\x81\x90a\x1C\xB7V[`$\x84\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`A`\x04R\xFD[4a \xCAW`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a \xCAW`\x045`\xFF\x81\x16\x80\x91\x03a \xCAWa\x1DTa#1V[`D5\x91\x82\x15\x15\x80\x93\x03a \xCAW`d5g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a \xCAWa\x1D\x82\x906\x90`\x04\x01a#TV[`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a \xCAWa\x1D\xA2\x906\x90`\x04\x01a#TV[\x95\x90\x94a\x1D\xADa%\xBAV[\x84\x15\x80\x15a\"kW[a\"?Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x84\x15a\"\x17Wa\x1D\xE1\x87\x87a&\xA8V[a\x1D\xE9a&\xEFV[`\x04Tc\xFF\xFF\xFF\xFF\x81\x16\x96c\xFF\xFF\xFF\xFF\x88\x14a!\xEAW`\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x98\x01\x91c\xFF\xFF\xFF\xFF\x83\x16\x98\x89\x91\x16\x17`\x04U`@Qa\x1E@\x81a#\x95V[\x87\x81R` \x81\x01\x84\x81R`@\x82\x01\x90d\xFF\xFF\xFF\xFF\xFFB\x16\x82R\x8A_R`\x01` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80`@_ \x94Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84T\x16\x17\x83UQ\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85T\x93Q`\xA8\x1B\x16\x93`\xA0\x1B\x16\x91\x16\x17\x17\x90U\x87_R`\x03` R`@_ g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x11a!\xBDWa\x1F2\x81Ta$\x0EV[`\x1F\x81\x11a!xW[P\x89_`\x1F\x82\x11`\x01\x14a \xD9W_\x91a \xCEW[P\x8A`\x01\x1B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C`\x03\x1B\x1C\x19\x16\x17\x90U[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`@Qa\x1F\xC6\x81a#\x95V[`\x01\x81R_` \x82\x01R\x85`@\x82\x01R\x83;\x15a \xCAW`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\x04\x84\x01R\x81Q\x15\x15`$\x84\x01R` \x82\x01Q\x15\x15`D\x84\x01R\x01Q\x15\x15`d\x82\x01R\x91_\x90\x83\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x98\x89\x15a \xBFWa \x96\x89\x97\x7F\x1BS\xA2\x0Fctz\x19\x02\xB6\xC486\xBB\x99@\xF9\xB1O\x1F\xE5~\xF8\\\xD7\xB6\xE7~<\xA0\xB2\x8F\x97a \xA4\x95` \x9Da \xAFW[P`@Q\x97\x88\x97\x88R\x8D\x88\x01R`\x80`@\x88\x01R`\x80\x87\x01\x91a$_V[\x91\x84\x83\x03``\x86\x01Ra$_V[\x03\x90\xA3`@Q\x90\x81R\xF3[_a \xB9\x91a#\xCDV[_a xV[`@Q=_\x82>=\x90\xFD[_\x80\xFD[\x90P\x82\x015\x8Ba\x1FPV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x90\x82_R\x8B` _ \x92_[\x81\x81\x10a!]WP\x10a!%W[PP`\x01\x8A\x81\x1B\x01\x90Ua\x1F\x82V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x8D`\x03\x1B\x16\x1C\x19\x90\x84\x015\x16\x90U\x8A\x80a!\x16V[\x86\x84\x015\x85U`\x01\x90\x94\x01\x93` \x93\x84\x01\x93\x8F\x93P\x01a!\x08V[\x81_R` _ `\x1F\x8C\x01`\x05\x1C\x81\x01\x91` \x8D\x10a!\xB3W[`\x1F\x01`\x05\x1C\x01\x90[\x81\x81\x10a!\xA8WPa\x1F;V[_\x81U`\x01\x01a!\x9BV[\x90\x91P\x81\x90a!\x92V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x84\x7F=\x8A:p\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x07\x85\x11a\x1D\xB6V[4a \xCAW` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a \xCAW`\x045\x90\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x80\x92\x03a \xCAW\x81\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x93\x14\x90\x81\x15a#\x07W[P\x15\x15\x81R\xF3[\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91P\x14\x83a#\0V[`$5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a \xCAWV[\x91\x81`\x1F\x84\x01\x12\x15a \xCAW\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a \xCAW` \x83\x81\x86\x01\x95\x01\x01\x11a \xCAWV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a \xCAWV[``\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a!\xBDW`@RV[`\xA0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a!\xBDW`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a!\xBDW`@RV[\x90`\x01\x82\x81\x1C\x92\x16\x80\x15a$UW[` \x83\x10\x14a$(WV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[\x91`\x7F\x16\x91a$\x1DV[`\x1F\x82` \x94\x93\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x93\x81\x86R\x86\x86\x017_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[\x90\x81``\x91\x03\x12a \xCAW`@Q\x90a$\xB5\x82a#\x95V[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x03a \xCAW\x82R` \x81\x01Q\x90`\xFF\x82\x16\x82\x03a \xCAW`@\x91` \x84\x01R\x01Qd\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a \xCAW`@\x82\x01R\x90V[\x91` a%G\x92\x94\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x82\x01\x96\x16\x81R\x01\x90d\xFF\xFF\xFF\xFF\xFF`@\x80\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[V[Q\x90\x81\x15\x15\x82\x03a \xCAWV[`@Q\x90a%c\x82a#\x95V[_`@\x83\x82\x81R\x82` \x82\x01R\x01RV[\x90\x81``\x91\x03\x12a \xCAWa%\xB2`@\x80Q\x92a%\x90\x84a#\x95V[a%\x99\x81a%IV[\x84Ra%\xA7` \x82\x01a%IV[` \x85\x01R\x01a%IV[`@\x82\x01R\x90V[3_\x90\x81R\x7F,\xEC\x94\x0BDV\xD9)\xEF\x0E\xDB:P\xECl\x89Tm\xC8\x04X\xC4>\xED\x19pT\xCBJ\x8C\x8C>` R`@\x90 T`\xFF\x16\x15a%\xF2WV[\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H`$R`D_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`\xFF`@_ T\x16\x15a&yWPV[\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P\x80\x15\x80\x15a&\xE4W[a&\xB9WPV[\x7FPD\xFC\x0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pa\x02\0\x81\x11a&\xB2V[`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a \xBFW_\x91a'\x91W[Pa'iWV[\x7F\xAC/x<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x90P` \x81=` \x11a'\xC3W[\x81a'\xAC` \x93\x83a#\xCDV[\x81\x01\x03\x12a \xCAWa'\xBD\x90a%IV[_a'bV[=\x91Pa'\x9FV[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa'\xEA\x83a+|V[T\x16\x913\x83\x03a(\xCBWc\xFF\xFF\xFF\xFF`@Q\x91\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16\x90\x81`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a \xBFW` \x91_\x91a(\xACW[P\x01Qa(\x81WPV[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[a(\xC5\x91P``=``\x11a\x0C\x8EWa\x0C~\x81\x83a#\xCDV[_a(wV[c\xFF\xFF\xFF\xFF\x90\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R3`$R`D_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`\xFF`@_ T\x16\x15_\x14a)\xCDW\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ `\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x82T\x16\x17\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r_\x80\xA4`\x01\x90V[PP_\x90V[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`\xFF`@_ T\x16_\x14a)\xCDW\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x81T\x16\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B_\x80\xA4`\x01\x90V[\x90a*\xA4a%VV[Pc\xFF\xFF\xFF\xFF`@Q\x92\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R\x16\x80`\x04\x84\x01R``\x83`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x92\x83\x15a \xBFW_\x93a+[W[P\x82Q\x15a+0WPV[\x7F\xF8\x80\x13|\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[a+u\x91\x93P``=``\x11a\x0C\x8EWa\x0C~\x81\x83a#\xCDV[\x91_a+%V[c\xFF\xFF\xFF\xFF\x16\x90\x81_R`\x01` R`@_ \x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83T\x16\x15a+0WPVa\x01\x80`@R4a\x01MW`@Qa\0\x18`@\x82a\x01QV[`\t\x81R` \x81\x01\x90hConsentry`\xB8\x1B\x82R`@Q\x91a\0?`@\x84a\x01QV[`\x01\x83R` \x83\x01\x91`1`\xF8\x1B\x83Ra\0X\x81a\x01\x88V[a\x01 Ra\0e\x84a\x01\x88V[a\x01@RQ\x90 \x91\x82`\xE0RQ\x90 \x80a\x01\0RF`\xA0R`@Q\x90` \x82\x01\x92\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x84R`@\x83\x01R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R`\xA0\x81Ra\0\xCE`\xC0\x82a\x01QV[Q\x90 `\x80R0`\xC0R3a\x01`R`@QaF\xBF\x90\x81a\x01\xF4\x829`\x80Q\x81a?\x90\x01R`\xA0Q\x81a@M\x01R`\xC0Q\x81a?a\x01R`\xE0Q\x81a?\xDF\x01Ra\x01\0Q\x81a@\x05\x01Ra\x01 Q\x81a\x14\xCA\x01Ra\x01@Q\x81a\x14\xF3\x01Ra\x01`Q\x81\x81\x81a\x046\x01R\x81\x81a\x16>\x01R\x81\x81a)Q\x01Ra+4\x01R\xF3[_\x80\xFD[`\x1F\x90\x91\x01`\x1F\x19\x16\x81\x01\x90`\x01`\x01`@\x1B\x03\x82\x11\x90\x82\x10\x17a\x01tW`@RV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x1F\x81Q\x11a\x01\xB3W` \x81Q\x91\x01Q` \x82\x10a\x01\xA4W\x17\x90V[_\x19\x82` \x03`\x03\x1B\x1B\x16\x17\x90V[`D` \x91`@Q\x92\x83\x91c0Z'\xA9`\xE0\x1B\x83R\x81`\x04\x84\x01R\x80Q\x91\x82\x91\x82`$\x86\x01R\x01\x84\x84\x01^_\x82\x82\x01\x84\x01R`\x1F\x01`\x1F\x19\x16\x81\x01\x03\x01\x90\xFD\xFE`\x80`@R`\x046\x10\x15a\0\x11W_\x80\xFD[_5`\xE0\x1C\x80c\x01\xE3\x8D\xFC\x14a3MW\x80c\x02\r0\x8D\x14a1\xABW\x80c\x02]\xE1\xC1\x14a0\\W\x80c\x07?]\x9F\x14a0\x04W\x80c\n\xD3h\"\x14a+\x99W\x80c\x16\xC3\x8B<\x14a*\xE6W\x80c\x1C-Tq\x14a*FW\x80c\x1E\xB2\x1E~\x14a)uW\x80c#M\xB1\xDE\x14a)\x07W\x80c.\xC9\xA6J\x14a(pW\x80c4^lM\x14a'\xD3W\x80c6D\xE5\x15\x14a'\x93W\x80c=vxt\x14a'AW\x80cV{xg\x14a%\xA4W\x80cV\xED\xEAD\x14a$\x04W\x80c[\xAD\xBEL\x14a#\xBFW\x80c\\\x97Z\xBB\x14a#|W\x80c^\x19\xB3\x05\x14a#1W\x80cb\x8D\xA5'\x14a\"oW\x80cd)\x08\x0F\x14a\x1D\tW\x80cm\xFF\xFF\x96\x14a\x1BOW\x80cs\xDA]\n\x14a\x17\rW\x80c{\xEB\x87d\x14a\x15\xC6W\x80c\x84\xB0\x19n\x14a\x14\x94W\x80c\x8As\"'\x14a\x14<W\x80c\x90I\xEC\xDB\x14a\x13\xB7W\x80c\x92\xA7\xB6Z\x14a\x12xW\x80c\x92\xDC\xA8o\x14a\x0FdW\x80c\xB3\xCE\xF0\x91\x14a\x0EwW\x80c\xBA\xD9\xFA\xA2\x14a\t\xC5W\x80c\xC1\xC5\xE6\xE1\x14a\x08;W\x80c\xD5\x0E\n\xAB\x14a\x07DW\x80c\xD9U\xE4\xF0\x14a\x05\x8FW\x80c\xDC\xEE\x9F\xC6\x14a\x03\xBEW\x80c\xDE:\x17m\x14a\x02\xD8Wc\xEF\xBC\xBD\\\x14a\x01\xA5W_\x80\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\x01\xF3\x90aE\x0EV[\x90c\xFF\xFF\xFF\xFF\x82T`\xA0\x1C\x16\x913_R`\x06` R\x82c\xFF\xFF\xFF\xFF`@_ T\x16\x03a\x02\xA4W\x80}\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x93T\x16\x17\x81UT\x16\x90\x7FN\xE7N\xCF\xD6\x7F\x9A\x18\x9B!\xEE6\xD4\x1A\xD6\x01\x07@\xFDk\x05\x89\xD4\x8F\xA9}\x14\xD7\xF4\xD3\x9DM` `@Q3\x81R\xA4\0[\x82\x7F7\x10W\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[_\x80\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x91\x03a\x02\xD4Wa\x03$a9\x17V[P_R`\x05` Ra\x01\0a\x03;`@_ a8\x92V[d\xFF\xFF\xFF\xFF\xFF`\xE0`@Q\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16\x84Rc\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x85\x01R\x82`@\x82\x01Q\x16`@\x85\x01R`\xFF``\x82\x01Q\x16``\x85\x01R`\xFF`\x80\x82\x01Q\x16`\x80\x85\x01R`\xFF`\xA0\x82\x01Q\x16`\xA0\x85\x01Rc\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x85\x01R\x01Q\x16`\xE0\x82\x01R\xF3[4a\x02\xD4W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x03\xF5a4\xD9V[``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05cWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90c\xFF\xFF\xFF\xFFa\x04\x7Fa8\x06V[\x16a\x04\x95W\x16_\x90\x81R`\x06` R`@\x81 U\0[\x16_R`\x06` R`@_ c\xFF\xFF\xFF\xFFa\x04\xAEa8\x06V[\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x82T\x16\x17\x81U`D5`\xFF\x81\x16\x81\x03a\x02\xD4W\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\x16` \x91\x90\x91\x1Bd\xFF\0\0\0\0\x16\x17\x81U`d5d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\x16`(\x91\x90\x91\x1Bi\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\x16\x17\x90U\0[\x7F\xF7SN\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x05\xC6a4\xD9V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x05\xE3a5\x1FV[\x91\x16\x803\x14\x15\x80a\x07\x04W[a\x06\xAEW[\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ d\xFF\xFF\xFF\xFF\xFF\x81T`\xC0\x1C\x16B\x10\x15a\x06xW\x80T\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90U3\x91c\xFF\xFF\xFF\xFF\x16\x90\x7F\x84\x04p\xBE\xCF(\x1E\xB22\xEF_\xAB\x88\x05\xC7\x99\xB9\x86o\xF7\xB4\x17\xEE \xBA\xFD\x81gQ\x90\x1E\x8A_\x80\xA4\0[c\xFF\xFF\xFF\xFF\x83\x83\x7F\xE9\x0B\xDD\x94\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[3_R`\x06` Rc\xFF\xFF\xFF\xFF`@_ T\x16c\xFF\xFF\xFF\xFF\x83\x16\x80\x91\x03a\x06\xD5WPa\x05\xF4V[\x7F7\x10W\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T` \x1C\x16B\x10\x15a\x05\xEFV[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x07{a4\xD9V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x07\x98a5\x1FV[\x91a\x07\xA1a9\x17V[P\x16_R`\x02` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` Ra\x01\0a\x07\xC9`@_ a7GV[d\xFF\xFF\xFF\xFF\xFF`\xE0`@Q\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x84R`\xFF` \x82\x01Q\x16` \x85\x01R`\xFF`@\x82\x01Q\x16`@\x85\x01R\x82``\x82\x01Q\x16``\x85\x01R\x82`\x80\x82\x01Q\x16`\x80\x85\x01Rc\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x85\x01Rc\xFF\xFF\xFF\xFF`\xC0\x82\x01Q\x16`\xC0\x85\x01R\x01Q\x16`\xE0\x82\x01R\xF3[4a\x02\xD4W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x08ra4\xD9V[a\x08za5\x1FV[\x90`D5\x91`d5`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\xD4Wa\x08\xA2\x906\x90`\x04\x01a6\x13V[\x91\x80B\x11a\t\x9AWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x90\x81_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` Rc\xFF\xFF\xFF\xFF`@_ T`\x80\x1C\x16\x80\x88\x03a\tjWPa\tb\x93\x92\x91a\th\x97a\t\\\x92`@Q\x91` \x83\x01\x93\x7Ff\x05\x90\xCB\xA9\xAC\xB5S\x9DQ\xEDNJN\xCF>\xFC\x0F\x0B?\xB5\n\xC4\xE1\x87!y\xAC\x9Dg\xC5X\x85R`@\x84\x01Rc\xFF\xFF\xFF\xFF\x89\x16``\x84\x01R`\x80\x83\x01R`\xA0\x82\x01R`\xA0\x81Ra\tT`\xC0\x82a7\x06V[Q\x90 aCGV[\x85aC\x88V[\x81a@sV[\0[\x87\x90\x7F\xE0\xCD\xA4\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x7F\xC7\xFE\x91\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\n\x13\x90aE\x0EV[a\n\x1C\x81a8\x92V[d\xFF\xFF\xFF\xFF\xFF`@\x82\x01Q\x16\x80B\x10\x15a\x0EHWPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81Q\x16a\n_`\xC0\x83\x01\x91c\xFF\xFF\xFF\xFF\x83Q\x16\x90a<\x96V[` \x82\x01\x92a\ntc\xFF\xFF\xFF\xFF\x85Q\x16a>4V[}\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x90Ud\xFF\xFF\xFF\xFF\xFFB\x16\x90d\xFF\xFF\xFF\xFF\xFF`\xE0\x84\x01Q\x16\x82\x01d\xFF\xFF\xFF\xFF\xFF\x81\x11a\x0E\x1BW\x83Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_R`\x02` R`@_ \x85Qc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16_R` R`@_ a\x0B \x90a7GV[\x92\x82Qc\xFF\xFF\xFF\xFF\x16\x84R`\x80\x85\x01\x91\x82Q`\xFF\x16` \x86\x01\x90\x81R`\xA0\x87\x01\x95\x86Q`\xFF\x16`@\x82\x01\x90\x81R``\x82\x01\x85\x81R`\x80\x83\x01\x91d\xFF\xFF\xFF\xFF\xFF\x86\x16\x83R\x8AQs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_R`\x02` R`@_ \x8CQc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16_R` R`@_ \x94\x84Qc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x86T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x86UQ`\xFF\x16a\x0C\x12\x90\x86\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFFd\xFF\0\0\0\0\x83T\x92` \x1B\x16\x91\x16\x17\x90UV[Q\x90\x84T\x90Q`0\x1Bj\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x16\x91`(\x1Be\xFF\0\0\0\0\0\x16\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x83UQd\xFF\xFF\xFF\xFF\xFF\x16a\x0C\xA9\x90\x83\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFo\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`X\x1B\x16\x91\x16\x17\x90UV[`\xA0\x81\x81\x01Q\x83T`\xC0\x80\x85\x01Q`\xE0\x90\x95\x01Q|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x1B\x16\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x80\x92\x83\x1Bs\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x94\x84\x1B\x94\x90\x94\x16\x93\x90\x93\x17\x92\x90\x92\x17\x90\x92U\x87Q\x89Q\x96Q\x95Q\x97Q`@\x80Qc\xFF\xFF\xFF\xFF\x98\x89\x16\x81R`\xFF\x9A\x8B\x16` \x82\x01R\x99\x90\x91\x16\x90\x89\x01Rd\xFF\xFF\xFF\xFF\xFF\x94\x85\x16``\x89\x01R\x92\x90\x93\x16\x92\x86\x01\x92\x90\x92R3\x94\x92\x90\x93\x16\x92s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9\x91\x90\xA4Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90Qc\xFF\xFF\xFF\xFF\x16\x91`@Q3\x81R` \x7F\x7F\xCD\xE7\xEB+\xDDe\xB2\x14h\xC8\x10\xB6U\xAD\xF8[m\x91\x83O\xE9\xF1D\xFF\x93\xB7\xE6\xC8Jv\xAE\x91\xA4\0[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x83\x7FmJ\xCD\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W`\x045g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x81\x03a\x02\xD4Wa\x0E\xC5\x90aE\x0EV[c\xFF\xFF\xFF\xFFs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x91a\x0E\xEC\x83a<\x19V[}\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82T\x16\x17\x81UT`\xA0\x1C\x16\x91\x7F\x08\xC7\xD7\x86\xFB{~\x82{\xF6\x87\xBC\xF6\x0C\x88\x93Q#y\xE3\xCD\xE9HrU=\xE1\xEAW4=l` `@Q3\x81R\xA4\0[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x0F\x9Ba4\xD9V[`$5\x90`\xFF\x82\x16\x80\x92\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x15a\x12PW\x81\x15\x80\x15a\x12FW[a\x12\x1AWa\x0F\xDC3a:\x95V[\x90c\xFF\xFF\xFF\xFF\x82Q\x16_R`\x07` R`\xFF`@_ T`\x10\x1C\x16\x15a\x11\xE7W`\xFF` \x83\x01Q\x16`\x01\x81\x14\x15\x80a\x11\xDCW[a\x11\xADWP\x80_R`\x04` R`@_ \x91`@Q\x92a\x10.\x84a6\xEAV[T\x92c\xFF\xFF\xFF\xFF` `\xFF\x86\x16\x15\x15\x92\x83\x81R\x01\x94`\x08\x1C\x16\x84Ra\x11\x81Wc\xFF\xFF\xFF\xFFa\x1F\xFF\x93Q\x16\x92b\x01Q\x80d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x90d\xFF\xFF\xFF\xFF\xFF\x82\x11a\x0E\x1BWc\xFF\xFF\xFF\xFFd\xFF\xFF\xFF\xFF\xFF\x93\x85_R`\x02` R`@_ \x82\x80\x83Q\x16\x16_R` Ra\x11<\x84`@_ a\x10\xEE\x8A\x87\x17\x82\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA0\x1B\x16\x91\x16\x17\x90UV[\x90\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xC0\x1B\x16\x91\x16\x17\x90UV[Q\x16\x94`@Q\x96\x87R`D5` \x88\x01R\x17`@\x86\x01R\x16``\x84\x01R\x7F)s\t\x9D\xECy\xC9\xE1\x80L&\xF6'J\x93\xEE\xADfR#S\0\x12\xEC\x9E|\x0E\xDD\xC6)\xCE\0`\x803\x94\xA4\0[P\x7F\xEB9z\xFD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\xFC\xFE[\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P`\x02\x81\x14\x15a\x10\x0FV[c\xFF\xFF\xFF\xFF\x82Q\x16\x7F\x9E_\xA2r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P\x7F@\xDE59\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x04\x82\x11a\x0F\xCFV[\x7F,\x84\xB3}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x12\xAFa4\xD9V[a\x12\xB7a4\xFCV[`D5\x91\x82\x15\x15\x83\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x82_R`\x06` Rc\xFF\xFF\xFF\xFF`@_ T\x16\x92\x83\x15a\x13\x8CWP\x82_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a\x13`W`@\x92\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91a\x13SW[\x16_R`\x02` R\x81_ c\xFF\xFF\xFF\xFF\x82\x16_R` R\x81_ T\x82Q\x91\x82R` \x82\x01R\xF3[a\x13[aC\x10V[a\x13,V[\x82\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F\xC46\x1B\xFA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x13\xEEa4\xD9V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x14\x0Ba5\x1FV[\x91\x16_R`\x02` Rc\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R` c\xFF\xFF\xFF\xFF`@_ T`\x80\x1C\x16`@Q\x90\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Q\x7Ff\x05\x90\xCB\xA9\xAC\xB5S\x9DQ\xEDNJN\xCF>\xFC\x0F\x0B?\xB5\n\xC4\xE1\x87!y\xAC\x9Dg\xC5X\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x15ja\x14\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aE\xCEV[a\x15\x17\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aE\xCEV[` a\x15x`@Q\x92a\x15*\x83\x85a7\x06V[_\x84R_6\x817`@Q\x95\x86\x95\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x87R`\xE0\x85\x88\x01R`\xE0\x87\x01\x90a6AV[\x90\x85\x82\x03`@\x87\x01Ra6AV[F``\x85\x01R0`\x80\x85\x01R_`\xA0\x85\x01R\x83\x81\x03`\xC0\x85\x01R\x81\x80\x84Q\x92\x83\x81R\x01\x93\x01\x91_[\x82\x81\x10a\x15\xAFWPPPP\x03\x90\xF3[\x83Q\x85R\x86\x95P\x93\x81\x01\x93\x92\x81\x01\x92`\x01\x01a\x15\xA0V[4a\x02\xD4W`\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x15\xFDa52V[``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xDC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05cWc\xFF\xFF\xFF\xFF\x16_R`\x07` R`@_ `$5\x80\x15\x15\x81\x03a\x02\xD4W\x81T\x90\x15\x15`\xFF\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x91\x90\x91\x16\x17\x81U`D5\x80\x15\x15\x90\x81\x81\x03a\x02\xD4WP\x81T`d5\x80\x15\x15\x80\x82\x03a\x02\xD4Wb\xFF\0\0a\xFF\0\x91\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\x93P`\x10\x1B\x16\x93`\x08\x1B\x16\x91\x16\x17\x17\x90U_\x80\xF3[4a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x1706a5\x88V[\x91a\x17=\x81\x94\x92\x94a<\x19V[\x16\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` Ra\x17b`@_ a7GV[c\xFF\xFF\xFF\xFF\x81Q\x16\x15a\x1B\x19Wc\xFF\xFF\xFF\xFFa\x17}\x84a8\x19V[\x81\x83Q\x16\x19\x16\x16\x15\x80\x15\x90a\x1A\xF9W[\x80\x15a\x1A\xD9W[\x80\x15a\x1A\xB7W[\x80\x15a\x1A\x95W[a\x1A_Wa\x19\xB0\x90a\x17\xB3\x84a=gV[a\x17\xBD\x84\x82a>\xE4V[\x82_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`\xE0`@_ \x92c\xFF\xFF\xFF\xFF\x80\x82Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x85T\x16\x17\x84Ua\x18U`\xFF` \x83\x01Q\x16\x85\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFFd\xFF\0\0\0\0\x83T\x92` \x1B\x16\x91\x16\x17\x90UV[`@\x81\x01Q\x84T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFFe\xFF\0\0\0\0\0j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0``\x86\x01Q`0\x1B\x16\x93`(\x1B\x16\x91\x16\x17\x17\x84Ua\x18\xF0\x83`\x80\x83\x01Q\x16\x85\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFo\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`X\x1B\x16\x91\x16\x17\x90UV[`\xA0\x81\x81\x01Q\x85T`\xC0\x84\x01Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x80\x92\x90\x92\x1Bs\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90\x91\x17\x91\x1Bw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x84U[\x01Q\x82T\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x16`\xC0\x1B|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x90UV[\x7F\x1Cq\xCFj\x8A\xC4\xC0.\x08\x10~g\r\xC6\xBAGu\r5}\x85:yJ\x98\xF9w\x1E&\xB3|\xE8a\x19\xDA\x83a8\x19V[\x92a\x19\xE7` \x82\x01a8JV[a\x1AZa\x19\xF6`@\x84\x01a8JV[\x92a\x1A\x0F`\x80a\x1A\x08``\x84\x01a8\x80V[\x92\x01a8\x80V[\x90`@Q\x94\x85\x94c\xFF\xFF\xFF\xFF3\x9B\x16\x99\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[\x03\x90\xA4\0[c\xFF\xFF\xFF\xFF\x84\x83\x7FvN3\xCE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[Pa\x1A\xA2`\x80\x84\x01a8\x80V[d\xFF\xFF\xFF\xFF\xFF\x80`\x80\x84\x01Q\x16\x91\x16\x11a\x17\xA2V[Pa\x1A\xC4``\x84\x01a8\x80V[d\xFF\xFF\xFF\xFF\xFF\x80``\x84\x01Q\x16\x91\x16\x10a\x17\x9BV[P`\xFFa\x1A\xE8`@\x85\x01a8JV[\x81`@\x84\x01Q\x16\x19\x16\x16\x15\x15a\x17\x94V[P`\xFFa\x1B\x08` \x85\x01a8JV[\x81` \x84\x01Q\x16\x19\x16\x16\x15\x15a\x17\x8DV[c\xFF\xFF\xFF\xFF\x84\x83\x7F\xCA5\xA5n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x1B\x86a5eV[a\x1B\x8Ea5\x1FV[c\xFF\xFC\x1F\xFF\x81\x16a\x1C\xD7W3_R`\x04` R`@_ ` `@Q\x91a\x1B\xB4\x83a6\xEAV[T\x91c\xFF\xFF\xFF\xFF`\xFF\x84\x16\x15\x15\x93\x84\x83R`\x08\x1C\x16\x91\x82\x91\x01R\x81a\x1C\xCEW[\x81\x15a\x1C\xBBW[Pa\x1C\xAEW[`@Q\x91a\x1B\xEE\x83a6\xEAV[\x15\x15\x91\x82\x81Rc\xFF\xFF\xFF\xFF` \x82\x01\x92\x16\x91\x82\x81R3_R`\x04` Ra\x1CG`@_ \x92Q\x15\x15\x83\x90`\xFF\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x83T\x16\x91\x15\x15\x16\x17\x90UV[Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFFd\xFF\xFF\xFF\xFF\0\x83T\x92`\x08\x1B\x16\x91\x16\x17\x90U`@Q\x91\x82R` \x82\x01R\x7F n\xA3\xC6\x01P\xF1t\x11\xDC\x88^\x1E5U\xAD\xEF\xAB\x0E.\xE0\x08\xB6a\x9BC\x07M\x8F\xBAus`@3\x92\xA2\0[a\x1C\xB6aC\x10V[a\x1B\xE1V[c\xFF\xFF\xFF\xFF\x91P\x19\x82\x16\x16\x15\x15\x83a\x1B\xDBV[\x83\x15\x91Pa\x1B\xD4V[c\xFF\xFF\xFF\xFF\x90\x7F\xE4P\xEC\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R`$_\xFD[4a\x02\xD4Wa\x01@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\x1DAa4\xD9V[a\x1DIa5\x1FV[\x90`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC6\x01\x12a\x02\xD4Wa\x01\x045\x90`\xE45a\x01$5g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x02\xD4Wa\x1D\x9D\x906\x90`\x04\x01a6\x13V[\x94\x90\x92\x84B\x11a\"CWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x95\x86_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` Ra\x1D\xE3`@_ a7GV[\x94`\xA0\x86\x01\x94c\xFF\xFF\xFF\xFF\x86Q\x16\x80\x82\x03a\"\x15WP\x88\x90a\x1E\x03a7\xF3V[\x98a\x1E\x0Ca8*V[\x91a\x1E\x15a8:V[a\x1E\x1Da8XV[a\x1E%a8lV[\x91`@Q\x95` \x87\x01\x97\x7Fw\xD6\xD7\x19l\x9BL\x96\xBCXMdlM\\\xF9z\x19\xF3\xE4\xE9\xF5U\x9D/\xC7\xC5e4\0\xCB%\x89R`@\x88\x01Rc\xFF\xFF\xFF\xFF\x8C\x16\x9E\x8F``\x89\x01Rc\xFF\xFF\xFF\xFF\x16`\x80\x88\x01R`\xFF\x16`\xA0\x87\x01R`\xFF\x16`\xC0\x86\x01Rd\xFF\xFF\xFF\xFF\xFF\x16`\xE0\x85\x01Rd\xFF\xFF\xFF\xFF\xFF\x16a\x01\0\x84\x01Ra\x01 \x83\x01Ra\x01@\x82\x01Ra\x01@\x81Ra\x1E\xB6a\x01`\x82a7\x06V[Q\x90 a\x1E\xC2\x90aCGV[a\x1E\xCB\x93aC\x88V[`D5\x90c\xFF\xFF\xFF\xFF\x82\x16\x93\x84\x83\x03a\x02\xD4Wa\x1E\xE7\x83a;(V[`d5\x93`\xFF\x85\x16\x94\x85\x81\x03a\x02\xD4W`\x845\x93`\xFF\x85\x16\x91\x82\x86\x03a\x02\xD4Wa\x1F\x11\x86\x82a;}V[`\xA45\x90d\xFF\xFF\xFF\xFF\xFF\x82\x16\x96\x87\x83\x14\x15\x91\x82a\x02\xD4W`\xC45\x9Bd\xFF\xFF\xFF\xFF\xFF\x8D\x16\x9A\x8B\x8E\x14\x15\x96\x87a\x02\xD4W\x8E\x8D\x8D\x10\x90\x81\x15\x91a\"\x06W[Pa!\xCEWa\x1FZ\x90a>4V[c\xFF\xFF\xFF\xFF\x89Q\x16c\xFF\xFF\xFF\xFF\x81\x14a\x0E\x1BW`\x01\x01c\xFF\xFF\xFF\xFF\x16\x89RP\x88RPP` \x86\x01\x98\x89R`@\x86\x01\x93\x84Ra\x02\xD4WP``\x84\x01\x94\x85Ra\x02\xD4Wd\xFF\xFF\xFF\xFF\xFF\x80\x95`\xE0\x95a \xCA\x93a!>\x9AP`\x80\x87\x01\x92\x83R\x8C_R`\x02` R`@_ \x8C_R` Ra =`\xFF`@_ \x9B\x8C\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0c\xFF\xFF\xFF\xFF\x80\x8DQ\x16\x16\x91T\x16\x17\x8DUQ\x16\x8B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFFd\xFF\0\0\0\0\x83T\x92` \x1B\x16\x91\x16\x17\x90UV[Q\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFFe\xFF\0\0\0\0\0j\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x8CT\x93Q`0\x1B\x16\x93`(\x1B\x16\x91\x16\x17\x17\x88UQ\x16\x86\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFo\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`X\x1B\x16\x91\x16\x17\x90UV[Q\x84T`\xC0\x83\x01Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x80\x92\x90\x92\x1Bs\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x90\x91\x17`\xA0\x91\x90\x91\x1Bw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x84Ua\x19aV[\x81\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9a!ha7\xF3V[a!pa8*V[\x90a\x1AZa!|a8:V[a!\x84a8XV[a!\x8Ca8lV[\x91`@Q\x95\x86\x95\x86\x93d\xFF\xFF\xFF\xFF\xFF\x92\x90`\xFF`\x80\x95\x81\x86\x94\x9A\x99\x95\x9Ac\xFF\xFF\xFF\xFF`\xA0\x8B\x01\x9C\x16\x8AR\x16` \x89\x01R\x16`@\x87\x01R\x16``\x85\x01R\x16\x91\x01RV[P\x8B\x8B\x8F\x89a\x02\xD4WP\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[P_\x98PPB\x8D\x11\x15\x8Fa\x1FLV[\x7F\xE0\xCD\xA4\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x84\x7F\xC7\xFE\x91\xF1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\"\xA6a4\xD9V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\"\xC3a4\xFCV[\x91a\"\xCCa7\xDBV[P\x16_R`\x03` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@_ \x91\x16_R` R`@\x80_ d\xFF\xFF\xFF\xFF\xFF\x82Q\x91a#\x0C\x83a6\xEAV[T\x81` c\xFF\xFF\xFF\xFF\x83\x16\x94\x85\x81R\x01\x91` \x1C\x16\x81R\x83Q\x92\x83RQ\x16` \x82\x01R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` a#ra#ma52V[a:BV[`@Q\x90\x15\x15\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `\xFF`\x08T`@\x1C\x16`@Q\x90\x15\x15\x81R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x08T\x16`@Q\x90\x81R\xF3[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa$;a4\xD9V[a$Ca5\x1FV[\x90a$La5tV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x90\x81_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x85\x16_R` R`@_ \x92\x83T\x90c\xFF\xFF\xFF\xFF\x82\x16\x90\x81\x15a%nWd\xFF\xFF\xFF\xFF\xFF\x92\x91a$\xA3\x91a<\x96V[`X\x1C\x16\x92d\xFF\xFF\xFF\xFF\xFF\x82\x16\x93\x80\x85\x11\x15a%>WP\x90a%\t\x91a$\xC8\x86a>4V[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFo\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`X\x1B\x16\x91\x16\x17\x90UV[`@Q\x91\x82R\x7F\xF5\x8F.\xD9\x01\x9D\xDB\x06\x89\xDDa\t\xB7\xE8@\xAE`\xA3\x05}k\x05%\xE9\xBC\xD7\xA8\xF1\xC5\xDC\xC7\x85` c\xFF\xFF\xFF\xFF3\x95\x16\x93\xA4\0[\x84\x90\x7F\x04\xD0\xDD\xDC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[c\xFF\xFF\xFF\xFF\x87\x86\x7F\xCA5\xA5n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[4a\x02\xD4W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa%\xDBa4\xD9V[a%\xE3a5\x1FV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa&\0a5tV[\x92\x16\x91\x82\x15\x80\x15a'8W[a'\x0CWd\xFF\xFF\xFF\xFF\xFF\x90a& \x83a;(V[\x16B\x81\x11\x15a&\xE1Wa&1aC\x10V[a&\xAEc\xFF\xFF\xFF\xFF`@Q\x93a&F\x85a6\xEAV[\x16\x80\x84R` \x80\x85\x01\x84\x81R3_\x90\x81R`\x03\x83R`@\x80\x82 \x89\x83R\x84R\x90 \x95Q\x86T\x91Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\x90\x92\x16c\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x17\x91\x1Bh\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x90\x93UV[`@Q\x91\x82R` \x82\x01R\x7F\xBA\x94\xD5\xAEI\xEF\xCB\x15o\x84\xB4\xD8\x94nf\xEC\x06\xA4hu2\xFC\xA4\x1B\x11\xB6\xD8\xEA\x1E\xE1\xD4X`@3\x92\xA3\0[\x7F7\x90\x84$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x82\x7Fs\x17d&\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P3\x83\x14a&\x0CV[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa\tha'{a4\xD9V[a'\x83a5\x1FV[a'\x8C\x82a<\x19V[3\x91a@sV[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` a'\xCBa?JV[`@Q\x90\x81R\xF3[4a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa'\xF66a5\x88V[\x91a(\x0Ca(\x06\x84\x95\x93\x95a8\x19V[\x82a<\x96V[a(\x15\x83a=gV[a(\x1E\x84a>4V[\x16\x80_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` Ra(Fa\x17\xB3`@_ a7GV[\x7FI\xA7\xED\x85\xA9|\x1F\xDA\xC1\xC1\xE1\xC6\xD9f}\x03\x1F`\xCA\xB6\xFDPk\xA9B\xE6\0\xDF\xC5\x1D\xE7\xA9a\x19\xDA\x83a8\x19V[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa(\xBCa4\xD9V[a(\xC4a7\xDBV[P\x16_R`\x04` R`@\x80_ c\xFF\xFF\xFF\xFF\x82Q\x91a(\xE3\x83a6\xEAV[T\x81` `\xFF\x83\x16\x15\x15\x94\x85\x81R\x01\x91`\x08\x1C\x16\x81R\x83Q\x92\x83RQ\x16` \x82\x01R\xF3[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa)\xC1a4\xD9V[a)\xC9a7\xBDV[P\x16_R`\x06` Ra*B`@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a)\xEC\x83a6\xCEV[Tc\xFF\xFF\xFF\xFF\x81\x16\x83R`\xFF\x81` \x1C\x16` \x84\x01R`(\x1C\x16`@\x82\x01R`@Q\x91\x82\x91\x82\x91\x90\x91`@d\xFF\xFF\xFF\xFF\xFF\x81``\x84\x01\x95c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[\x03\x90\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wc\xFF\xFF\xFF\xFFa*\x82a52V[a*\x8Aa7\xBDV[P\x16_R`\x07` R```@_ `@Q\x90a*\xA6\x82a6\xCEV[T`\xFF\x81\x16\x15\x15\x91\x82\x81R`\xFF`@` \x83\x01\x92\x82\x85`\x08\x1C\x16\x15\x15\x84R\x01\x92`\x10\x1C\x16\x15\x15\x82R`@Q\x92\x83RQ\x15\x15` \x83\x01RQ\x15\x15`@\x82\x01R\xF3[4a\x02\xD4W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa+\x1Da5eV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x03a\x05cW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\xFF\0\0\0\0\0\0\0\0`\x08T\x92\x15\x15`@\x1B\x16\x91\x16\x17`\x08U_\x80\xF3[4a\x02\xD4W`\xC0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa+\xD0a4\xD9V[a+\xD8a5\x1FV[a+\xE0a5EV[\x90a+\xE9a5UV[\x90`\x845\x93d\xFF\xFF\xFF\xFF\xFF\x85\x16\x80\x95\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x82\x15a\x12PWa,#\x82a;(V[a,-\x81\x85a;}V[\x84\x15\x80\x15a/\xF7W[a/\xCBWa,C3a:\x95V[\x91`\x08T\x95g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x96g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x14a\x0E\x1BWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x99\x01\x16\x97\x88\x91\x16\x17`\x08Ub\x12u\0d\xFF\xFF\xFF\xFF\xFFB\x16\x01\x92d\xFF\xFF\xFF\xFF\xFF\x84\x11a\x0E\x1BW\x84\x88\x95Qc\xFF\xFF\xFF\xFF\x16\x93`@Q\x94a,\xCC\x86a6\x84V[\x88\x86R` \x86\x01\x90\x81R`@\x86\x01\x96d\xFF\xFF\xFF\xFF\xFF\x16\x95\x86\x88R``\x81\x01\x94`\x01\x86R`\x80\x82\x01\x9B`\xFF\x16\x9B\x8C\x81R`\xA0\x83\x01\x91`\xFF\x16\x96\x87\x83R`\xC0\x84\x01\x95c\xFF\xFF\xFF\xFF\x16\x9A\x8B\x87R`\xE0\x85\x01\x95\x8A\x87R\x8D_R`\x05` R`@_ \x95Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x86UQc\xFF\xFF\xFF\xFF\x16a-\xBE\x90\x86\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFw\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`\xA0\x1B\x16\x91\x16\x17\x90UV[Q\x84T\x7F\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xC0\x91\x90\x91\x1B|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17\x84UQ\x83T\x90`\xE8\x1B}\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16}\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x7F\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x83UQ\x90\x82T\x90Q`\xF8\x1B\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`\xF0\x1B~\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90}\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x81U`\x01\x01\x91Qc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x82UQd\xFF\xFF\xFF\xFF\xFF\x16a/k\x91\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFFh\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x83T\x92` \x1B\x16\x91\x16\x17\x90UV[Qc\xFF\xFF\xFF\xFF\x16\x96`@Q\x943\x86R` \x86\x01R`@\x85\x01R``\x84\x01R`\x80\x83\x01R`\xA45`\xA0\x83\x01R`\xC0\x82\x01R`\xE0\x7F\xC2Vj\x9B@1\xDB\xABm#\xB4/Zp\x7F\x973i\xF7V7\xDF\x17\xB2\x9E*\xC6\xB9\x80.\x1E\xFC\x91\xA4`@Q\x90\x81R` \x90\xF3[\x84\x7F\x8E\xA8`\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pc\x03\xC2g\0\x85\x11a,6V[4a\x02\xD4W_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4W` `@Q\x7Fw\xD6\xD7\x19l\x9BL\x96\xBCXMdlM\\\xF9z\x19\xF3\xE4\xE9\xF5U\x9D/\xC7\xC5e4\0\xCB%\x81R\xF3[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa0\x93a4\xD9V[`$5\x90\x81\x15\x15\x82\x03a\x02\xD4Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a0\xBEa7\xBDV[Pa0\xC7a7\xBDV[P\x16\x80_R`\x06` R`@_ \x90`@Q\x91a0\xE3\x83a6\xCEV[Td\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x82\x16\x91\x82\x85R`\xFF\x81` \x1C\x16` \x86\x01R`(\x1C\x16`@\x84\x01R\x15a\x13\x8CWPc\xFF\xFF\xFF\xFF\x81Q\x16_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a1xWa*B\x91a1kW[`@\x80Q\x82Qc\xFF\xFF\xFF\xFF\x16\x81R` \x80\x84\x01Q`\xFF\x16\x90\x82\x01R\x91\x81\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x90\x82\x01R\x90\x81\x90``\x82\x01\x90V[a1saC\x10V[a17V[c\xFF\xFF\xFF\xFF\x90Q\x16\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[4a\x02\xD4W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa1\xE2a4\xD9V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa1\xFFa4\xFCV[\x91\x16\x803\x14\x15\x80a3-W[a2\xFEW\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` Rd\xFF\xFF\xFF\xFF\xFF`@_ T` \x1C\x16\x15a2\xB8W\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R_`@\x81 Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\xF7\x06\xB3\xB7\r\xA5\xD5\xDA\xDA\x9B<}\x9F\x14\xE4\xF6\xC2\x80\x187B\xA8.\xA2\xF9Qe0p\xB0\xF1\x95_\x80\xA4\0[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x7F\xD7\xEF\xE6\xE5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R\x16`$R`D_\xFD[\x7F\x06)C\xC5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R3`$R`D_\xFD[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x163\x14\x15a2\x0BV[4a\x02\xD4W`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x02\xD4Wa3\x84a4\xD9V[a3\x8Ca5\x1FV[a3\x94a5EV[a3\x9Ca5UV[`\x845\x90`\xFF\x82\x16\x80\x83\x03a\x02\xD4W`\xFF\x84\x16`\x12\x81\x10\x15a4\xAEWP`\xFF\x82\x16`\x07\x81\x10\x15a4\x83WP`\x02\x81\x10\x15a4XWPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa4\x17\x94\x95\x16_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x86\x16_R` R`@_ \x92a4\x12B\x94a7GV[a9SV[\x90`\xFF\x82\x16\x15\x15\x90\x81a4GW[Pa4@W[`\xFF`@\x91\x16\x81Q\x90\x80\x15\x15\x82R` \x82\x01R\xF3[P_a4+V[a4Q\x91Pa:BV[\x15\x82a4%V[\x7Fs2\xEF\xF2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7FZ\xAE\\\xDA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x7F}\x7F\xD9u\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\x045\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`$5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`$5\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`D5\x90`\xFF\x82\x16\x82\x03a\x02\xD4WV[`d5\x90`\xFF\x82\x16\x82\x03a\x02\xD4WV[`\x045\x90\x81\x15\x15\x82\x03a\x02\xD4WV[`D5\x90d\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a\x02\xD4WV[`\xE0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC\x82\x01\x12a\x02\xD4W`\x045s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x91`$5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBC`\xA0\x91\x93\x01\x12a\x02\xD4W`D\x90V[\x91\x81`\x1F\x84\x01\x12\x15a\x02\xD4W\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a\x02\xD4W` \x83\x81\x86\x01\x95\x01\x01\x11a\x02\xD4WV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F` \x80\x94\x80Q\x91\x82\x91\x82\x87R\x01\x86\x86\x01^_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[a\x01\0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a6\xA1W`@RV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[``\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a6\xA1W`@RV[`@\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a6\xA1W`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a6\xA1W`@RV[\x90`@Qa7T\x81a6\x84V[`\xE0d\xFF\xFF\xFF\xFF\xFF\x82\x94Tc\xFF\xFF\xFF\xFF\x81\x16\x84R`\xFF\x81` \x1C\x16` \x85\x01R`\xFF\x81`(\x1C\x16`@\x85\x01R\x81\x81`0\x1C\x16``\x85\x01R\x81\x81`X\x1C\x16`\x80\x85\x01Rc\xFF\xFF\xFF\xFF\x81`\x80\x1C\x16`\xA0\x85\x01Rc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16`\xC0\x85\x01R`\xC0\x1C\x16\x91\x01RV[`@Q\x90a7\xCA\x82a6\xCEV[_`@\x83\x82\x81R\x82` \x82\x01R\x01RV[`@Q\x90a7\xE8\x82a6\xEAV[_` \x83\x82\x81R\x01RV[`D5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`$5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5c\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`d5`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\x845`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5`\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\xA45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[`\xC45d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[5d\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a\x02\xD4W\x90V[\x90`@Qa8\x9F\x81a6\x84V[`\xE0d\xFF\xFF\xFF\xFF\xFF`\x01\x83\x95\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x86Rc\xFF\xFF\xFF\xFF\x81`\xA0\x1C\x16` \x87\x01R\x83\x81`\xC0\x1C\x16`@\x87\x01R`\xFF\x81`\xE8\x1C\x16``\x87\x01R`\xFF\x81`\xF0\x1C\x16`\x80\x87\x01R`\xF8\x1C`\xA0\x86\x01R\x01Tc\xFF\xFF\xFF\xFF\x81\x16`\xC0\x85\x01R` \x1C\x16\x91\x01RV[`@Q\x90a9$\x82a6\x84V[_`\xE0\x83\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x82`\x80\x82\x01R\x82`\xA0\x82\x01R\x82`\xC0\x82\x01R\x01RV[\x91\x90\x93\x92`\x01\x80`\xFFc\xFF\xFF\xFF\xFF\x86Q\x16\x97\x16\x96\x87\x1C\x16\x14\x90\x81a:(W[\x81a:\x0EW[P\x80a9\xF9W[\x80a9\xE5W[a9\xDCW`\xFF\x16`\x01\x14\x92\x83a9\xC1W[P\x82a9\xACW[PPa9\xA7W_\x90V[`\x02\x90V[`\xE0\x01Qd\xFF\xFF\xFF\xFF\xFF\x16\x11\x90P_\x80a9\x9DV[`\xC0\x82\x01Qc\xFF\xFF\xFF\xFF\x16\x90\x1C`\x01\x90\x81\x16\x14\x92P_a9\x96V[PPPP`\x01\x90V[Pd\xFF\xFF\xFF\xFF\xFF`\x80\x83\x01Q\x16\x83\x10a9\x85V[P\x82d\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16\x11\x15a9\x7FV[`\x01\x91P\x81\x90`\xFF\x80`@\x87\x01Q\x16\x91\x16\x1C\x16\x14_a9xV[\x90P`\x01\x80`\xFF` \x86\x01Q\x16`\xFF\x85\x16\x1C\x16\x14\x90a9rV[c\xFF\xFF\xFF\xFF\x16_R`\x07` R`@_ `@Q\x90a:`\x82a6\xCEV[T`\xFF\x81\x16\x15\x15\x91\x82\x81R`@`\xFF\x80\x84`\x08\x1C\x16\x15\x93\x84\x15` \x85\x01R`\x10\x1C\x16\x15\x15\x91\x01R\x81a:\x90WP\x90V[\x90P\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90a:\xB3a7\xBDV[P\x16\x90\x81_R`\x06` R`@_ `@Q\x90a:\xCF\x82a6\xCEV[T\x92d\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x85\x16\x94\x85\x84R`\xFF\x81` \x1C\x16` \x85\x01R`(\x1C\x16`@\x83\x01R\x81\x93\x15a\x13\x8CWPc\xFF\xFF\xFF\xFF\x81Q\x16_R`\x07` R`\xFF`@_ T`\x08\x1C\x16a1xWPa;&aC\x10V[V[c\xFF\xFF\xFF\xFF\x81\x16\x90\x81\x15\x90\x81\x15a;mW[Pa;BWPV[\x7F\xE4P\xEC\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[c\xFF\xFC\0\0\x16\x15\x15\x90P_a;:V[`\xFF\x81\x16\x90\x81\x15\x90\x81\x15a<\x0CW[Pa;\xE1WP`\xFF\x81\x16\x90\x81\x15\x90\x81\x15a;\xD4W[Pa;\xA9WPV[\x7Fc[5\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\xFC\x91P\x16\x15\x15_a;\xA1V[\x7F\x90\x045\x10\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[`\x80\x91P\x16\x15\x15_a;\x8CV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x803\x14a<\x93W\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R` `@_ d\xFF\xFF\xFF\xFF\xFF`@Q\x91a<w\x83a6\xEAV[Tc\xFF\xFF\xFF\xFF\x81\x16\x83R\x83\x1C\x16\x91\x82\x91\x01RB\x10\x15a2\xFEWPV[PV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x803\x14a=cW\x80_R`\x03` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`@_ \x90d\xFF\xFF\xFF\xFF\xFF`@Q\x92a<\xF3\x84a6\xEAV[Tc\xFF\xFF\xFF\xFF\x81\x16\x84R` \x1C\x16\x80` \x84\x01RB\x10\x15a2\xFEWPc\xFF\xFF\xFF\xFF\x90Q\x16\x90c\xFF\xFF\xFF\xFF\x82\x19\x82\x16\x16a=*WPPV[c\xFF\xFF\xFF\xFF\x90\x7F\xCB\xB9\xFE\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x16`$R`DR`d_\xFD[PPV[a=xa=s\x82a8\x19V[a;(V[a=\x99a=\x87` \x83\x01a8JV[a=\x93`@\x84\x01a8JV[\x90a;}V[``\x81\x01`\x80a=\xA8\x82a8\x80V[\x92\x01\x91d\xFF\xFF\xFF\xFF\xFF\x80a=\xBB\x85a8\x80V[\x16\x91\x16\x10\x80\x15\x90a>\x1AW[a=\xCFWPPV[\x90d\xFF\xFF\xFF\xFF\xFFa=\xE9a=\xE3\x82\x94a8\x80V[\x92a8\x80V[\x91\x7F\x9B\xEA\"\x8B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R\x16`$R`D_\xFD[Pa>$\x82a8\x80V[d\xFF\xFF\xFF\xFF\xFFB\x91\x16\x11\x15a=\xC7V[c\xFF\xFF\xFF\xFF\x16\x80_R`\x07` R`@_ `@Q\x90a>S\x82a6\xCEV[T\x90`\xFF\x82\x16\x15\x90\x81\x15\x81R`@`\xFF` \x83\x01\x94\x81\x81`\x08\x1C\x16\x15\x15\x86R`\x10\x1C\x16\x15\x15\x91\x01Ra>\xB8WQa>\x8DWPa;&aC\x10V[\x7F\x13Z\xE3\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P\x7F\xFE6\x87\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90d\xFF\xFF\xFF\xFF\xFFa?D`\x80\x80\x93c\xFF\xFF\xFF\xFFa?\0\x82a8\x19V[\x16\x86R`\xFFa?\x11` \x83\x01a8JV[\x16` \x87\x01R`\xFFa?%`@\x83\x01a8JV[\x16`@\x87\x01R\x83a?8``\x83\x01a8\x80V[\x16``\x87\x01R\x01a8\x80V[\x16\x91\x01RV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x160\x14\x80a@JW[\x15a?\xB2W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[`@Q` \x81\x01\x90\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x82R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R`\xA0\x81Ra@D`\xC0\x82a7\x06V[Q\x90 \x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a?\x89V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x91\x92\x16\x90\x81_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x84\x16_R` R`\x01c\xFF\xFF\xFF\xFF`@_ T`\x80\x1C\x16\x01c\xFF\xFF\xFF\xFF\x81\x11a\x0E\x1BW`@Q\x90a@\xCF\x82a6\x84V[_\x82R` \x82\x01\x90_\x82R`@\x83\x01\x90_\x82R``\x84\x01_\x81R`\x80\x85\x01\x90_\x82R`\xA0\x86\x01\x92c\xFF\xFF\xFF\xFF\x16\x83R`\xC0\x86\x01\x93_\x85R`\xE0\x87\x01\x95_\x87R\x89_R`\x02` R`@_ c\xFF\xFF\xFF\xFF\x8C\x16_R` R`@_ \x97Qc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x88T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x16\x17\x88UQ`\xFF\x16aA\x9E\x90\x88\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFFd\xFF\0\0\0\0\x83T\x92` \x1B\x16\x91\x16\x17\x90UV[Q\x90\x86T\x90Q`0\x1Bj\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\x16\x91`(\x1Be\xFF\0\0\0\0\0\x16\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\x16\x17\x17\x85UQd\xFF\xFF\xFF\xFF\xFF\x16aB5\x90\x85\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFo\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\x83T\x92`X\x1B\x16\x91\x16\x17\x90UV[Q\x83T\x91Q\x92Q|\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xC0\x91\x90\x91\x1B\x16\x7F\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16`\x80\x91\x90\x91\x1Bs\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x17w\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xA0\x93\x90\x93\x1B\x92\x90\x92\x16\x91\x90\x91\x17\x17\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91c\xFF\xFF\xFF\xFF\x16\x90\x7F\x19{h\x1C\xB2\xBD\x99\xA0\x80\xB2\x0Fu\xE1z\xED#\xAE\x16\xFE+\xBC\xC6\xE2O\xA1T\x05\x93\x1B\xFC\x05|_\x80\xA4V[`\xFF`\x08T`@\x1C\x16aC\x1FWV[\x7F\xF8\xAE+\xB7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[`B\x90aCRa?JV[\x90`@Q\x91\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x02\x83\x01R`\"\x82\x01R \x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x93\x92\x91\x84\x15a\x12PWaC\xB3\x84\x84\x83aE\x9AV[P`\x04\x81\x10\x15aD\xE1W\x86\x90\x15\x91\x82aD\xC1W[PPaD\xBAW\x81;\x15\x92\x83\x15aD\x0FW[PPP\x90PaC\xE4WPV[\x7F`t0\x1B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[_\x93P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x86` \x97`d\x94`@Q\x96\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88R`\x04\x88\x01R`@`$\x88\x01R\x81`D\x88\x01R\x85\x87\x017\x86\x84\x82\x87\x01\x01R\x01\x16\x01\x91Z\xFA\x7F\x16&\xBA~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_Q\x14`\x1F=\x11\x16\x16\x15\x80_\x80\x80aC\xD8V[PPPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x90P\x85_aC\xC7V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81_R`\x05` R`@_ \x91`\xFF\x83T`\xE8\x1C\x16\x90\x81\x15aEoW`\x01\x82\x03aEAWPPV[\x7F\xD6\xDA\xA8\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$R`D_\xFD[\x7F\xE7/d\x12\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[\x90`A\x83\x03aE\xC4WaE\xBD\x92P` \x81\x015\x91`@\x825\x92\x015_\x1A\x90aF%V[\x91\x92\x90\x91\x90V[PP_\x91`\x02\x91\x90V[`\xFF\x81\x16\x90`\x1F\x82\x11aE\xFDW`@Q\x91aE\xEA`@\x84a7\x06V[` \x80\x84R\x83\x81\x01\x91\x906\x837\x83RR\x90V[\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x91\x90\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11aF\xB4W\x91` \x93`\x80\x92`\xFF_\x95`@Q\x94\x85R\x16\x86\x84\x01R`@\x83\x01R``\x82\x01R\x82\x80R`\x01Z\xFA\x15aF\xA9W_Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x15aF\x9FW\x90_\x90_\x90V[P_\x90`\x01\x90_\x90V[`@Q=_\x82>=\x90\xFD[PPP_\x91`\x03\x91\x90V/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r,\xEC\x94\x0BDV\xD9)\xEF\x0E\xDB:P\xECl\x89Tm\xC8\x04X\xC4>\xED\x19pT\xCBJ\x8C\x8C>\xAD2(\xB6v\xF7\xD3\xCDB\x84\xA5D?\x17\xF1\x96+6\xE4\x91\xB3\n@\xB2@XI\xE5\x97\xBA_\xB5",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x6080806040526004361015610012575f80fd5b5f905f3560e01c90816301ffc9a714612275575080630652ecdb14611d0f5780632445406214611a99578063248a9ca314611a4857806328b3a040146119015780632f2ff15d146118a5578063346c310a146117cc57806336568abe146117435780633a5c92a0146114b25780633f4ba83a1461131657806340f141351461115b5780634a3fba0e146111025780634d15528114610fdc5780635c746ed014610e5d5780635c975abb14610dae5780635e19b30514610ca05780636341722e14610a8b5780638456cb59146108e157806391d148541461086c57806398ee9dbf14610803578063a217fddf146107c9578063a75d51c414610648578063ad0b3766146104de578063c8a015e61461025f578063d547741f146101fa578063f1c62104146101b85763fc16502e14610147575f80fd5b346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b80fd5b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557602063ffffffff60045416604051908152f35b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55761025b600435610238612331565b90610256610251825f525f602052600160405f20015490565b612642565b6129d3565b5080f35b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610297612382565b61029f612331565b9073ffffffffffffffffffffffffffffffffffffffff82169182331415806104b5575b61047f5773ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517f1eb21e7e000000000000000000000000000000000000000000000000000000008152846004820152606081602481865afa9081156104745763ffffffff9182918891610445575b50511693168093036104155790849160405161036481612395565b838152836020820152836040820152823b15610411576103b6928492836040518096819582947fdcee9fc6000000000000000000000000000000000000000000000000000000008452600484016124f6565b03925af18015610406576103ed575b50807fba0227c1447c21c7bf0bbc05cf5dd84633758d2679402354e0d91b7da86c99e991a380f35b816103f7916123cd565b61040257825f6103c5565b8280fd5b6040513d84823e3d90fd5b8380fd5b60448584867f5c2207f5000000000000000000000000000000000000000000000000000000008352600452602452fd5b610467915060603d60601161046d575b61045f81836123cd565b81019061249d565b5f610349565b503d610455565b6040513d88823e3d90fd5b60448463ffffffff847f764252450000000000000000000000000000000000000000000000000000000083521660045233602452fd5b503373ffffffffffffffffffffffffffffffffffffffff6104d584612b7c565b541614156102c2565b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610516612382565b6024359082821515928381036106445761052e6125ba565b61053783612a9b565b90610637575b83604082015273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561040257604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af1801561040657610622575b5050602063ffffffff7f4aa975170f217ab8f3f7a7e51dc76aa4b6940bca682f6603471b439cac5cdaa5926040519485521692a280f35b8161062c916123cd565b61040257825f6105eb565b61063f6126ef565b61053d565b5080fd5b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610680612382565b6106886125ba565b61069181612a9b565b6020810180516107975790600184925273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561040257604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af1801561040657610782575b50507fcf6fe0830021b743ff8022a5d5b7c99e6a1d11c567f1dcbec20c393f20700952602063ffffffff6040519360243585521692a280f35b8161078c916123cd565b61064457815f610749565b60248463ffffffff857fc27eab5000000000000000000000000000000000000000000000000000000000835216600452fd5b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557602090604051908152f35b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55773ffffffffffffffffffffffffffffffffffffffff604060209263ffffffff61085a612382565b16815260028452205416604051908152f35b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55773ffffffffffffffffffffffffffffffffffffffff60406108bb612331565b926004358152806020522091165f52602052602060ff60405f2054166040519015158152f35b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b5576109186125ba565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f5c975abb000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610a80578391610a46575b50610a1e578082913b15610a1b578180916024604051809481937f16c38b3c000000000000000000000000000000000000000000000000000000008352600160048401525af1801561040657610a06575b50337ff482c8c0040632efef5a59dfeffdf7ee051bb2cc2ba5fd9c3c46dc7a5aaaa4a18280a280f35b81610a10916123cd565b6101b557805f6109dd565b50fd5b6004827fac2f783c000000000000000000000000000000000000000000000000000000008152fd5b90506020813d602011610a78575b81610a61602093836123cd565b8101031261040257610a7290612549565b5f61098c565b3d9150610a54565b6040513d85823e3d90fd5b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55763ffffffff610ac8612382565b826080604051610ad7816123b1565b8281528260208201528260408201528260608201520152168082526001602052604082209060405191610b0983612395565b5473ffffffffffffffffffffffffffffffffffffffff81168352602083019260ff8260a01c16845264ffffffffff604082019260a81c168252604051927f1c2d5471000000000000000000000000000000000000000000000000000000008452600484015260608360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa928315610c95579064ffffffffff93929160a09693610c4b575b5073ffffffffffffffffffffffffffffffffffffffff60ff9151169451169160ff846040602084015115159301511515935116936080604051610c09816123b1565b88815260208101928352604081019485526060810195865201948552604051968752511660208601525115156040850152511515606084015251166080820152f35b60ff919350610c8673ffffffffffffffffffffffffffffffffffffffff9160603d606011610c8e575b610c7e81836123cd565b810190612574565b939150610bc7565b503d610c74565b6040513d87823e3d90fd5b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610cd8612382565b9063ffffffff604051927f5e19b30500000000000000000000000000000000000000000000000000000000845216600483015260208260248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610da2578091610d65575b6020826040519015158152f35b90506020823d602011610d9a575b81610d80602093836123cd565b810103126101b55750610d94602091612549565b5f610d58565b3d9150610d73565b604051903d90823e3d90fd5b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557604051907f5c975abb00000000000000000000000000000000000000000000000000000000825260208260048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa908115610da2578091610d65576020826040519015158152f35b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557610e95612382565b610e9d6125ba565b610ea681612a9b565b60208101805115610faa5790838092610ebd6126ef565b5273ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b1561040257604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff861660048201528351151560248201526020840151151560448201529201511515606483015282908290608490829084905af1801561040657610f95575b5063ffffffff82167fcec64845200300b05fdc36696a661e8d4aeb63a40622a895b0cb615af2c086458280a280f35b81610f9f916123cd565b61064457815f610f66565b60248463ffffffff857f79528ad700000000000000000000000000000000000000000000000000000000835216600452fd5b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55760043573ffffffffffffffffffffffffffffffffffffffff811680910361064457611035612556565b50604051907f1eb21e7e000000000000000000000000000000000000000000000000000000008252600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa90811561040657606092916110e5575b506110e3604051809264ffffffffff6040809263ffffffff815116855260ff6020820151166020860152015116910152565bf35b6110fc9150823d841161046d5761045f81836123cd565b5f6110b1565b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55760206040517fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd2488152f35b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557611193612382565b331580156112e4575b6112af5760206111ab82612a9b565b015161127e5763ffffffff906111bf6126ef565b1680825260016020526040822073ffffffffffffffffffffffffffffffffffffffff8154169073ffffffffffffffffffffffffffffffffffffffff33167fffffffffffffffffffffffff00000000000000000000000000000000000000008254161790558183526002602052604083207fffffffffffffffffffffffff0000000000000000000000000000000000000000815416905533917f7066e1a8c63140c502fd7761d3060671ba769b28f6a85d061510002672e92f0c8480a480f35b7fc27eab5000000000000000000000000000000000000000000000000000000000825263ffffffff16600452602490fd5b7f36a8e6ed00000000000000000000000000000000000000000000000000000000825263ffffffff1660045233602452604490fd5b5063ffffffff8116825260026020523373ffffffffffffffffffffffffffffffffffffffff604084205416141561119c565b50346101b557807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55761134d6125ba565b73ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166040517f5c975abb000000000000000000000000000000000000000000000000000000008152602081600481855afa908115610a80578391611478575b5015611450578082913b15610a1b578180916024604051809481937f16c38b3c0000000000000000000000000000000000000000000000000000000083528160048401525af180156104065761143b575b50337fb11d69e9b12d2b32de24f8bf1a30e457a640aa882acafa3b9afb89fe493bf7148280a280f35b81611445916123cd565b6101b557805f611412565b6004827ff939af99000000000000000000000000000000000000000000000000000000008152fd5b90506020813d6020116114aa575b81611493602093836123cd565b81010312610402576114a490612549565b5f6113c1565b3d9150611486565b50346101b55760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b5576114ea612382565b6114f2612331565b9060443560ff81168091036104115761150a826127cb565b5073ffffffffffffffffffffffffffffffffffffffff831692831561171b5781158015611711575b6116e55761153e6126ef565b73ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906040517f1eb21e7e000000000000000000000000000000000000000000000000000000008152856004820152606081602481865afa80156116da5763ffffffff9188916116bb575b5051168061168b575090859163ffffffff604051956115dc87612395565b169485815284602082015264ffffffffff42166040820152823b1561041157611637928492836040518096819582947fdcee9fc6000000000000000000000000000000000000000000000000000000008452600484016124f6565b03925af1801561040657611676575b505060207f4b023592d575e5208278d9e2c5677e23f63f57025a4c2a57774a18dfdc323e5991604051908152a380f35b81611680916123cd565b61041157835f611646565b86604491877f83459c68000000000000000000000000000000000000000000000000000000008352600452602452fd5b6116d4915060603d60601161046d5761045f81836123cd565b5f6115be565b6040513d89823e3d90fd5b602485837f33a846a5000000000000000000000000000000000000000000000000000000008252600452fd5b5060078211611532565b6004857f8c93a3cd000000000000000000000000000000000000000000000000000000008152fd5b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55761177b612331565b3373ffffffffffffffffffffffffffffffffffffffff8216036117a45761025b906004356129d3565b6004827f6697b232000000000000000000000000000000000000000000000000000000008152fd5b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557611804612382565b61180c612331565b73ffffffffffffffffffffffffffffffffffffffff63ffffffff81611830856127cb565b93169384611898575b1691828552600260205260408520847fffffffffffffffffffffffff000000000000000000000000000000000000000082541617905516907fb9a3409d470a66896546bf863617dc1c1147a168e5c9a00888c0f9b83ca30c1f8480a480f35b6118a06126ef565b611839565b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55761025b6004356118e3612331565b906118fc610251825f525f602052600160405f20015490565b612901565b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b55763ffffffff61193e612382565b168152600360205260408120604051908281549161195b8361240e565b9081855260208501936001811690815f14611a0d57506001146119d2575b856040867fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f886119ad848a03856123cd565b8451958694602086525180928160208801528787015e85828601015201168101030190f35b8552602085208592505b8183106119f35750508201602001601f6040611979565b6001816020929493945483858901015201910191906119dc565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001685525050151560051b83016020019050601f6040611979565b50346101b55760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b5576020611a916004355f525f602052600160405f20015490565b604051908152f35b50346101b55760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b557611ad1612382565b906024359167ffffffffffffffff831161064457611af863ffffffff933690600401612354565b939091611b04816127cb565b50611b0f85846126a8565b611b176126ef565b16908183526003602052604083209367ffffffffffffffff8111611ce257611b3f855461240e565b601f8111611c9d575b508394601f8211600114611bdc578185967f7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e1959691611bd1575b508260011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8460031b1c19161790555b611bcb60405192839260208452602084019161245f565b0390a280f35b90508301355f611b82565b80855260208520957fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08316865b818110611c85575090837f7cb533c2649e506487c8c2edadaf7f8699587338b633972309d2c67c34c870e19697989210611c4d575b5050600182811b019055611bb4565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88560031b161c19908501351690555f80611c3e565b85830135895560019098019760209283019201611c09565b85855260208520601f830160051c81019160208410611cd8575b601f0160051c01905b818110611ccd5750611b48565b858155600101611cc0565b9091508190611cb7565b6024847f4e487b710000000000000000000000000000000000000000000000000000000081526041600452fd5b346120ca5760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126120ca5760043560ff81168091036120ca57611d54612331565b604435918215158093036120ca5760643567ffffffffffffffff81116120ca57611d82903690600401612354565b60843567ffffffffffffffff81116120ca57611da2903690600401612354565b959094611dad6125ba565b8415801561226b575b61223f5773ffffffffffffffffffffffffffffffffffffffff1693841561221757611de187876126a8565b611de96126ef565b60045463ffffffff81169663ffffffff88146121ea5760017fffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000000098019163ffffffff83169889911617600455604051611e4081612395565b87815260208101848152604082019064ffffffffff421682528a5f52600160205273ffffffffffffffffffffffffffffffffffffffff8060405f20945116167fffffffffffffffffffffffff000000000000000000000000000000000000000084541617835551907fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff74ff000000000000000000000000000000000000000079ffffffffff0000000000000000000000000000000000000000008554935160a81b169360a01b16911617179055875f52600360205260405f2067ffffffffffffffff8a116121bd57611f32815461240e565b601f8111612178575b50895f601f82116001146120d9575f916120ce575b508a60011b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8c60031b1c19161790555b73ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001691604051611fc681612395565b600181525f6020820152856040820152833b156120ca57604080517f7beb876400000000000000000000000000000000000000000000000000000000815263ffffffff939093166004840152815115156024840152602082015115156044840152015115156064820152915f908390608490829084905af19889156120bf5761209689977f1b53a20f63747a1902b6c43836bb9940f9b14f1fe57ef85cd7b6e77e3ca0b28f976120a49560209d6120af575b5060405197889788528d88015260806040880152608087019161245f565b91848303606086015261245f565b0390a3604051908152f35b5f6120b9916123cd565b5f612078565b6040513d5f823e3d90fd5b5f80fd5b90508201358b611f50565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe01690825f528b60205f20925f5b81811061215d575010612125575b505060018a811b019055611f82565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88d60031b161c19908401351690558a80612116565b8684013585556001909401936020938401938f935001612108565b815f5260205f20601f8c0160051c81019160208d106121b3575b601f0160051c01905b8181106121a85750611f3b565b5f815560010161219b565b9091508190612192565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b7f8c93a3cd000000000000000000000000000000000000000000000000000000005f5260045ffd5b847f3d8a3a70000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5060078511611db6565b346120ca5760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126120ca57600435907fffffffff0000000000000000000000000000000000000000000000000000000082168092036120ca57817f7965db0b0000000000000000000000000000000000000000000000000000000060209314908115612307575b5015158152f35b7f01ffc9a70000000000000000000000000000000000000000000000000000000091501483612300565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036120ca57565b9181601f840112156120ca5782359167ffffffffffffffff83116120ca57602083818601950101116120ca57565b6004359063ffffffff821682036120ca57565b6060810190811067ffffffffffffffff8211176121bd57604052565b60a0810190811067ffffffffffffffff8211176121bd57604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176121bd57604052565b90600182811c92168015612455575b602083101461242857565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f169161241d565b601f82602094937fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe093818652868601375f8582860101520116010190565b908160609103126120ca57604051906124b582612395565b805163ffffffff811681036120ca57825260208101519060ff821682036120ca576040916020840152015164ffffffffff811681036120ca57604082015290565b91602061254792949373ffffffffffffffffffffffffffffffffffffffff6080820196168152019064ffffffffff6040809263ffffffff815116855260ff6020820151166020860152015116910152565b565b519081151582036120ca57565b6040519061256382612395565b5f6040838281528260208201520152565b908160609103126120ca576125b2604080519261259084612395565b61259981612549565b84526125a760208201612549565b602085015201612549565b604082015290565b335f9081527f2cec940b4456d929ef0edb3a50ec6c89546dc80458c43eed197054cb4a8c8c3e602052604090205460ff16156125f257565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f52336004527fda342e934ffeb3dd5ac66f4055dbe4a088b7dd85784c06324c9063e1b70dd24860245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff33165f5260205260ff60405f205416156126795750565b7fe2517d3f000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b50801580156126e4575b6126b95750565b7f5044fc0e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5061020081116126b2565b6040517f5c975abb00000000000000000000000000000000000000000000000000000000815260208160048173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9081156120bf575f91612791575b5061276957565b7fac2f783c000000000000000000000000000000000000000000000000000000005f5260045ffd5b90506020813d6020116127c3575b816127ac602093836123cd565b810103126120ca576127bd90612549565b5f612762565b3d915061279f565b9073ffffffffffffffffffffffffffffffffffffffff6127ea83612b7c565b5416913383036128cb5763ffffffff604051917f1c2d5471000000000000000000000000000000000000000000000000000000008352169081600482015260608160248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa80156120bf576020915f916128ac575b5001516128815750565b7fc27eab50000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6128c5915060603d606011610c8e57610c7e81836123cd565b5f612877565b63ffffffff907f76425245000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f205416155f146129cd57805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0082541617905573ffffffffffffffffffffffffffffffffffffffff339216907f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d5f80a4600190565b50505f90565b805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260ff60405f2054165f146129cd57805f525f60205260405f2073ffffffffffffffffffffffffffffffffffffffff83165f5260205260405f207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00815416905573ffffffffffffffffffffffffffffffffffffffff339216907ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b5f80a4600190565b90612aa4612556565b5063ffffffff604051927f1c2d54710000000000000000000000000000000000000000000000000000000084521680600484015260608360248173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000165afa9283156120bf575f93612b5b575b50825115612b305750565b7ff880137c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b612b7591935060603d606011610c8e57610c7e81836123cd565b915f612b25565b63ffffffff1690815f52600160205260405f209173ffffffffffffffffffffffffffffffffffffffff83541615612b30575056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80\x80`@R`\x046\x10\x15a\0\x12W_\x80\xFD[_\x90_5`\xE0\x1C\x90\x81c\x01\xFF\xC9\xA7\x14a\"uWP\x80c\x06R\xEC\xDB\x14a\x1D\x0FW\x80c$E@b\x14a\x1A\x99W\x80c$\x8A\x9C\xA3\x14a\x1AHW\x80c(\xB3\xA0@\x14a\x19\x01W\x80c//\xF1]\x14a\x18\xA5W\x80c4l1\n\x14a\x17\xCCW\x80c6V\x8A\xBE\x14a\x17CW\x80c:\\\x92\xA0\x14a\x14\xB2W\x80c?K\xA8:\x14a\x13\x16W\x80c@\xF1A5\x14a\x11[W\x80cJ?\xBA\x0E\x14a\x11\x02W\x80cM\x15R\x81\x14a\x0F\xDCW\x80c\\tn\xD0\x14a\x0E]W\x80c\\\x97Z\xBB\x14a\r\xAEW\x80c^\x19\xB3\x05\x14a\x0C\xA0W\x80ccAr.\x14a\n\x8BW\x80c\x84V\xCBY\x14a\x08\xE1W\x80c\x91\xD1HT\x14a\x08lW\x80c\x98\xEE\x9D\xBF\x14a\x08\x03W\x80c\xA2\x17\xFD\xDF\x14a\x07\xC9W\x80c\xA7]Q\xC4\x14a\x06HW\x80c\xAD\x0B7f\x14a\x04\xDEW\x80c\xC8\xA0\x15\xE6\x14a\x02_W\x80c\xD5Gt\x1F\x14a\x01\xFAW\x80c\xF1\xC6!\x04\x14a\x01\xB8Wc\xFC\x16P.\x14a\x01GW_\x80\xFD[4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` `@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81R\xF3[\x80\xFD[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` c\xFF\xFF\xFF\xFF`\x04T\x16`@Q\x90\x81R\xF3[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x02[`\x045a\x028a#1V[\x90a\x02Va\x02Q\x82_R_` R`\x01`@_ \x01T\x90V[a&BV[a)\xD3V[P\x80\xF3[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x02\x97a#\x82V[a\x02\x9Fa#1V[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x91\x823\x14\x15\x80a\x04\xB5W[a\x04\x7FWs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90`@Q\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x84`\x04\x82\x01R``\x81`$\x81\x86Z\xFA\x90\x81\x15a\x04tWc\xFF\xFF\xFF\xFF\x91\x82\x91\x88\x91a\x04EW[PQ\x16\x93\x16\x80\x93\x03a\x04\x15W\x90\x84\x91`@Qa\x03d\x81a#\x95V[\x83\x81R\x83` \x82\x01R\x83`@\x82\x01R\x82;\x15a\x04\x11Wa\x03\xB6\x92\x84\x92\x83`@Q\x80\x96\x81\x95\x82\x94\x7F\xDC\xEE\x9F\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01a$\xF6V[\x03\x92Z\xF1\x80\x15a\x04\x06Wa\x03\xEDW[P\x80\x7F\xBA\x02'\xC1D|!\xC7\xBF\x0B\xBC\x05\xCF]\xD8F3u\x8D&y@#T\xE0\xD9\x1B}\xA8l\x99\xE9\x91\xA3\x80\xF3[\x81a\x03\xF7\x91a#\xCDV[a\x04\x02W\x82_a\x03\xC5V[\x82\x80\xFD[`@Q=\x84\x82>=\x90\xFD[\x83\x80\xFD[`D\x85\x84\x86\x7F\\\"\x07\xF5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[a\x04g\x91P``=``\x11a\x04mW[a\x04_\x81\x83a#\xCDV[\x81\x01\x90a$\x9DV[_a\x03IV[P=a\x04UV[`@Q=\x88\x82>=\x90\xFD[`D\x84c\xFF\xFF\xFF\xFF\x84\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R3`$R\xFD[P3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa\x04\xD5\x84a+|V[T\x16\x14\x15a\x02\xC2V[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x05\x16a#\x82V[`$5\x90\x82\x82\x15\x15\x92\x83\x81\x03a\x06DWa\x05.a%\xBAV[a\x057\x83a*\x9BV[\x90a\x067W[\x83`@\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x04\x02W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x04\x06Wa\x06\"W[PP` c\xFF\xFF\xFF\xFF\x7FJ\xA9u\x17\x0F!z\xB8\xF3\xF7\xA7\xE5\x1D\xC7j\xA4\xB6\x94\x0B\xCAh/f\x03G\x1BC\x9C\xAC\\\xDA\xA5\x92`@Q\x94\x85R\x16\x92\xA2\x80\xF3[\x81a\x06,\x91a#\xCDV[a\x04\x02W\x82_a\x05\xEBV[a\x06?a&\xEFV[a\x05=V[P\x80\xFD[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x06\x80a#\x82V[a\x06\x88a%\xBAV[a\x06\x91\x81a*\x9BV[` \x81\x01\x80Qa\x07\x97W\x90`\x01\x84\x92Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x04\x02W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x04\x06Wa\x07\x82W[PP\x7F\xCFo\xE0\x83\0!\xB7C\xFF\x80\"\xA5\xD5\xB7\xC9\x9Ej\x1D\x11\xC5g\xF1\xDC\xBE\xC2\x0C9? p\tR` c\xFF\xFF\xFF\xFF`@Q\x93`$5\x85R\x16\x92\xA2\x80\xF3[\x81a\x07\x8C\x91a#\xCDV[a\x06DW\x81_a\x07IV[`$\x84c\xFF\xFF\xFF\xFF\x85\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` \x90`@Q\x90\x81R\xF3[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@` \x92c\xFF\xFF\xFF\xFFa\x08Za#\x82V[\x16\x81R`\x02\x84R T\x16`@Q\x90\x81R\xF3[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@a\x08\xBBa#1V[\x92`\x045\x81R\x80` R \x91\x16_R` R` `\xFF`@_ T\x16`@Q\x90\x15\x15\x81R\xF3[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\t\x18a%\xBAV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81\x85Z\xFA\x90\x81\x15a\n\x80W\x83\x91a\nFW[Pa\n\x1EW\x80\x82\x91;\x15a\n\x1BW\x81\x80\x91`$`@Q\x80\x94\x81\x93\x7F\x16\xC3\x8B<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x01`\x04\x84\x01RZ\xF1\x80\x15a\x04\x06Wa\n\x06W[P3\x7F\xF4\x82\xC8\xC0\x04\x062\xEF\xEFZY\xDF\xEF\xFD\xF7\xEE\x05\x1B\xB2\xCC+\xA5\xFD\x9C<F\xDCzZ\xAA\xA4\xA1\x82\x80\xA2\x80\xF3[\x81a\n\x10\x91a#\xCDV[a\x01\xB5W\x80_a\t\xDDV[P\xFD[`\x04\x82\x7F\xAC/x<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[\x90P` \x81=` \x11a\nxW[\x81a\na` \x93\x83a#\xCDV[\x81\x01\x03\x12a\x04\x02Wa\nr\x90a%IV[_a\t\x8CV[=\x91Pa\nTV[`@Q=\x85\x82>=\x90\xFD[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wc\xFF\xFF\xFF\xFFa\n\xC8a#\x82V[\x82`\x80`@Qa\n\xD7\x81a#\xB1V[\x82\x81R\x82` \x82\x01R\x82`@\x82\x01R\x82``\x82\x01R\x01R\x16\x80\x82R`\x01` R`@\x82 \x90`@Q\x91a\x0B\t\x83a#\x95V[Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x83R` \x83\x01\x92`\xFF\x82`\xA0\x1C\x16\x84Rd\xFF\xFF\xFF\xFF\xFF`@\x82\x01\x92`\xA8\x1C\x16\x82R`@Q\x92\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01R``\x83`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x92\x83\x15a\x0C\x95W\x90d\xFF\xFF\xFF\xFF\xFF\x93\x92\x91`\xA0\x96\x93a\x0CKW[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xFF\x91Q\x16\x94Q\x16\x91`\xFF\x84`@` \x84\x01Q\x15\x15\x93\x01Q\x15\x15\x93Q\x16\x93`\x80`@Qa\x0C\t\x81a#\xB1V[\x88\x81R` \x81\x01\x92\x83R`@\x81\x01\x94\x85R``\x81\x01\x95\x86R\x01\x94\x85R`@Q\x96\x87RQ\x16` \x86\x01RQ\x15\x15`@\x85\x01RQ\x15\x15``\x84\x01RQ\x16`\x80\x82\x01R\xF3[`\xFF\x91\x93Pa\x0C\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91``=``\x11a\x0C\x8EW[a\x0C~\x81\x83a#\xCDV[\x81\x01\x90a%tV[\x93\x91Pa\x0B\xC7V[P=a\x0CtV[`@Q=\x87\x82>=\x90\xFD[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x0C\xD8a#\x82V[\x90c\xFF\xFF\xFF\xFF`@Q\x92\x7F^\x19\xB3\x05\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R\x16`\x04\x83\x01R` \x82`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\r\xA2W\x80\x91a\reW[` \x82`@Q\x90\x15\x15\x81R\xF3[\x90P` \x82=` \x11a\r\x9AW[\x81a\r\x80` \x93\x83a#\xCDV[\x81\x01\x03\x12a\x01\xB5WPa\r\x94` \x91a%IV[_a\rXV[=\x91Pa\rsV[`@Q\x90=\x90\x82>=\x90\xFD[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W`@Q\x90\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R` \x82`\x04\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\r\xA2W\x80\x91a\reW` \x82`@Q\x90\x15\x15\x81R\xF3[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x0E\x95a#\x82V[a\x0E\x9Da%\xBAV[a\x0E\xA6\x81a*\x9BV[` \x81\x01\x80Q\x15a\x0F\xAAW\x90\x83\x80\x92a\x0E\xBDa&\xEFV[Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x80;\x15a\x04\x02W`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R\x83Q\x15\x15`$\x82\x01R` \x84\x01Q\x15\x15`D\x82\x01R\x92\x01Q\x15\x15`d\x83\x01R\x82\x90\x82\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x80\x15a\x04\x06Wa\x0F\x95W[Pc\xFF\xFF\xFF\xFF\x82\x16\x7F\xCE\xC6HE \x03\0\xB0_\xDC6ijf\x1E\x8DJ\xEBc\xA4\x06\"\xA8\x95\xB0\xCBaZ\xF2\xC0\x86E\x82\x80\xA2\x80\xF3[\x81a\x0F\x9F\x91a#\xCDV[a\x06DW\x81_a\x0FfV[`$\x84c\xFF\xFF\xFF\xFF\x85\x7FyR\x8A\xD7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16`\x04R\xFD[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W`\x045s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x80\x91\x03a\x06DWa\x105a%VV[P`@Q\x90\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a\x04\x06W``\x92\x91a\x10\xE5W[Pa\x10\xE3`@Q\x80\x92d\xFF\xFF\xFF\xFF\xFF`@\x80\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[\xF3[a\x10\xFC\x91P\x82=\x84\x11a\x04mWa\x04_\x81\x83a#\xCDV[_a\x10\xB1V[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` `@Q\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H\x81R\xF3[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x11\x93a#\x82V[3\x15\x80\x15a\x12\xE4W[a\x12\xAFW` a\x11\xAB\x82a*\x9BV[\x01Qa\x12~Wc\xFF\xFF\xFF\xFF\x90a\x11\xBFa&\xEFV[\x16\x80\x82R`\x01` R`@\x82 s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81T\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x81\x83R`\x02` R`@\x83 \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81T\x16\x90U3\x91\x7Fpf\xE1\xA8\xC61@\xC5\x02\xFDwa\xD3\x06\x06q\xBAv\x9B(\xF6\xA8]\x06\x15\x10\0&r\xE9/\x0C\x84\x80\xA4\x80\xF3[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82Rc\xFF\xFF\xFF\xFF\x16`\x04R`$\x90\xFD[\x7F6\xA8\xE6\xED\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82Rc\xFF\xFF\xFF\xFF\x16`\x04R3`$R`D\x90\xFD[Pc\xFF\xFF\xFF\xFF\x81\x16\x82R`\x02` R3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84 T\x16\x14\x15a\x11\x9CV[P4a\x01\xB5W\x80\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x13Ma%\xBAV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81\x85Z\xFA\x90\x81\x15a\n\x80W\x83\x91a\x14xW[P\x15a\x14PW\x80\x82\x91;\x15a\n\x1BW\x81\x80\x91`$`@Q\x80\x94\x81\x93\x7F\x16\xC3\x8B<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x81`\x04\x84\x01RZ\xF1\x80\x15a\x04\x06Wa\x14;W[P3\x7F\xB1\x1Di\xE9\xB1-+2\xDE$\xF8\xBF\x1A0\xE4W\xA6@\xAA\x88*\xCA\xFA;\x9A\xFB\x89\xFEI;\xF7\x14\x82\x80\xA2\x80\xF3[\x81a\x14E\x91a#\xCDV[a\x01\xB5W\x80_a\x14\x12V[`\x04\x82\x7F\xF99\xAF\x99\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[\x90P` \x81=` \x11a\x14\xAAW[\x81a\x14\x93` \x93\x83a#\xCDV[\x81\x01\x03\x12a\x04\x02Wa\x14\xA4\x90a%IV[_a\x13\xC1V[=\x91Pa\x14\x86V[P4a\x01\xB5W``\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x14\xEAa#\x82V[a\x14\xF2a#1V[\x90`D5`\xFF\x81\x16\x80\x91\x03a\x04\x11Wa\x15\n\x82a'\xCBV[Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x92\x83\x15a\x17\x1BW\x81\x15\x80\x15a\x17\x11W[a\x16\xE5Wa\x15>a&\xEFV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90`@Q\x7F\x1E\xB2\x1E~\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\x85`\x04\x82\x01R``\x81`$\x81\x86Z\xFA\x80\x15a\x16\xDAWc\xFF\xFF\xFF\xFF\x91\x88\x91a\x16\xBBW[PQ\x16\x80a\x16\x8BWP\x90\x85\x91c\xFF\xFF\xFF\xFF`@Q\x95a\x15\xDC\x87a#\x95V[\x16\x94\x85\x81R\x84` \x82\x01Rd\xFF\xFF\xFF\xFF\xFFB\x16`@\x82\x01R\x82;\x15a\x04\x11Wa\x167\x92\x84\x92\x83`@Q\x80\x96\x81\x95\x82\x94\x7F\xDC\xEE\x9F\xC6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R`\x04\x84\x01a$\xF6V[\x03\x92Z\xF1\x80\x15a\x04\x06Wa\x16vW[PP` \x7FK\x025\x92\xD5u\xE5 \x82x\xD9\xE2\xC5g~#\xF6?W\x02ZL*WwJ\x18\xDF\xDC2>Y\x91`@Q\x90\x81R\xA3\x80\xF3[\x81a\x16\x80\x91a#\xCDV[a\x04\x11W\x83_a\x16FV[\x86`D\x91\x87\x7F\x83E\x9Ch\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R`\x04R`$R\xFD[a\x16\xD4\x91P``=``\x11a\x04mWa\x04_\x81\x83a#\xCDV[_a\x15\xBEV[`@Q=\x89\x82>=\x90\xFD[`$\x85\x83\x7F3\xA8F\xA5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82R`\x04R\xFD[P`\x07\x82\x11a\x152V[`\x04\x85\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x17{a#1V[3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x03a\x17\xA4Wa\x02[\x90`\x045a)\xD3V[`\x04\x82\x7Ff\x97\xB22\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R\xFD[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x18\x04a#\x82V[a\x18\x0Ca#1V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFc\xFF\xFF\xFF\xFF\x81a\x180\x85a'\xCBV[\x93\x16\x93\x84a\x18\x98W[\x16\x91\x82\x85R`\x02` R`@\x85 \x84\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82T\x16\x17\x90U\x16\x90\x7F\xB9\xA3@\x9DG\nf\x89eF\xBF\x866\x17\xDC\x1C\x11G\xA1h\xE5\xC9\xA0\x08\x88\xC0\xF9\xB8<\xA3\x0C\x1F\x84\x80\xA4\x80\xF3[a\x18\xA0a&\xEFV[a\x189V[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x02[`\x045a\x18\xE3a#1V[\x90a\x18\xFCa\x02Q\x82_R_` R`\x01`@_ \x01T\x90V[a)\x01V[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wc\xFF\xFF\xFF\xFFa\x19>a#\x82V[\x16\x81R`\x03` R`@\x81 `@Q\x90\x82\x81T\x91a\x19[\x83a$\x0EV[\x90\x81\x85R` \x85\x01\x93`\x01\x81\x16\x90\x81_\x14a\x1A\rWP`\x01\x14a\x19\xD2W[\x85`@\x86\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x88a\x19\xAD\x84\x8A\x03\x85a#\xCDV[\x84Q\x95\x86\x94` \x86RQ\x80\x92\x81` \x88\x01R\x87\x87\x01^\x85\x82\x86\x01\x01R\x01\x16\x81\x01\x03\x01\x90\xF3[\x85R` \x85 \x85\x92P[\x81\x83\x10a\x19\xF3WPP\x82\x01` \x01`\x1F`@a\x19yV[`\x01\x81` \x92\x94\x93\x94T\x83\x85\x89\x01\x01R\x01\x91\x01\x91\x90a\x19\xDCV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16\x85RPP\x15\x15`\x05\x1B\x83\x01` \x01\x90P`\x1F`@a\x19yV[P4a\x01\xB5W` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5W` a\x1A\x91`\x045_R_` R`\x01`@_ \x01T\x90V[`@Q\x90\x81R\xF3[P4a\x01\xB5W`@\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a\x01\xB5Wa\x1A\xD1a#\x82V[\x90`$5\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a\x06DWa\x1A\xF8c\xFF\xFF\xFF\xFF\x936\x90`\x04\x01a#TV[\x93\x90\x91a\x1B\x04\x81a'\xCBV[Pa\x1B\x0F\x85\x84a&\xA8V[a\x1B\x17a&\xEFV[\x16\x90\x81\x83R`\x03` R`@\x83 \x93g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a\x1C\xE2Wa\x1B?\x85Ta$\x0EV[`\x1F\x81\x11a\x1C\x9DW[P\x83\x94`\x1F\x82\x11`\x01\x14a\x1B\xDCW\x81\x85\x96\x7F|\xB53\xC2d\x9EPd\x87\xC8\xC2\xED\xAD\xAF\x7F\x86\x99Xs8\xB63\x97#\t\xD2\xC6|4\xC8p\xE1\x95\x96\x91a\x1B\xD1W[P\x82`\x01\x1B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84`\x03\x1B\x1C\x19\x16\x17\x90U[a\x1B\xCB`@Q\x92\x83\x92` \x84R` \x84\x01\x91a$_V[\x03\x90\xA2\x80\xF3[\x90P\x83\x015_a\x1B\x82V[\x80\x85R` \x85 \x95\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x83\x16\x86[\x81\x81\x10a\x1C\x85WP\x90\x83\x7F|\xB53\xC2d\x9EPd\x87\xC8\xC2\xED\xAD\xAF\x7F\x86\x99Xs8\xB63\x97#\t\xD2\xC6|4\xC8p\xE1\x96\x97\x98\x92\x10a\x1CMW[PP`\x01\x82\x81\x1B\x01\x90Ua\x1B\xB4V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x85`\x03\x1B\x16\x1C\x19\x90\x85\x015\x16\x90U_\x80a\x1C>V[\x85\x83\x015\x89U`\x01\x90\x98\x01\x97` \x92\x83\x01\x92\x01a\x1C\tV[\x85\x85R` \x85 `\x1F\x83\x01`\x05\x1C\x81\x01\x91` \x84\x10a\x1C\xD8W[`\x1F\x01`\x05\x1C\x01\x90[\x81\x81\x10a\x1C\xCDWPa\x1BHV[\x85\x81U`\x01\x01a\x1C\xC0V[\x90\x91P\x81\x90a\x1C\xB7V[`$\x84\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`A`\x04R\xFD[4a \xCAW`\xA0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a \xCAW`\x045`\xFF\x81\x16\x80\x91\x03a \xCAWa\x1DTa#1V[`D5\x91\x82\x15\x15\x80\x93\x03a \xCAW`d5g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a \xCAWa\x1D\x82\x906\x90`\x04\x01a#TV[`\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11a \xCAWa\x1D\xA2\x906\x90`\x04\x01a#TV[\x95\x90\x94a\x1D\xADa%\xBAV[\x84\x15\x80\x15a\"kW[a\"?Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x84\x15a\"\x17Wa\x1D\xE1\x87\x87a&\xA8V[a\x1D\xE9a&\xEFV[`\x04Tc\xFF\xFF\xFF\xFF\x81\x16\x96c\xFF\xFF\xFF\xFF\x88\x14a!\xEAW`\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\x98\x01\x91c\xFF\xFF\xFF\xFF\x83\x16\x98\x89\x91\x16\x17`\x04U`@Qa\x1E@\x81a#\x95V[\x87\x81R` \x81\x01\x84\x81R`@\x82\x01\x90d\xFF\xFF\xFF\xFF\xFFB\x16\x82R\x8A_R`\x01` Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80`@_ \x94Q\x16\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84T\x16\x17\x83UQ\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFt\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0y\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85T\x93Q`\xA8\x1B\x16\x93`\xA0\x1B\x16\x91\x16\x17\x17\x90U\x87_R`\x03` R`@_ g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x11a!\xBDWa\x1F2\x81Ta$\x0EV[`\x1F\x81\x11a!xW[P\x89_`\x1F\x82\x11`\x01\x14a \xD9W_\x91a \xCEW[P\x8A`\x01\x1B\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8C`\x03\x1B\x1C\x19\x16\x17\x90U[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91`@Qa\x1F\xC6\x81a#\x95V[`\x01\x81R_` \x82\x01R\x85`@\x82\x01R\x83;\x15a \xCAW`@\x80Q\x7F{\xEB\x87d\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x93\x90\x93\x16`\x04\x84\x01R\x81Q\x15\x15`$\x84\x01R` \x82\x01Q\x15\x15`D\x84\x01R\x01Q\x15\x15`d\x82\x01R\x91_\x90\x83\x90`\x84\x90\x82\x90\x84\x90Z\xF1\x98\x89\x15a \xBFWa \x96\x89\x97\x7F\x1BS\xA2\x0Fctz\x19\x02\xB6\xC486\xBB\x99@\xF9\xB1O\x1F\xE5~\xF8\\\xD7\xB6\xE7~<\xA0\xB2\x8F\x97a \xA4\x95` \x9Da \xAFW[P`@Q\x97\x88\x97\x88R\x8D\x88\x01R`\x80`@\x88\x01R`\x80\x87\x01\x91a$_V[\x91\x84\x83\x03``\x86\x01Ra$_V[\x03\x90\xA3`@Q\x90\x81R\xF3[_a \xB9\x91a#\xCDV[_a xV[`@Q=_\x82>=\x90\xFD[_\x80\xFD[\x90P\x82\x015\x8Ba\x1FPV[\x90\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x90\x82_R\x8B` _ \x92_[\x81\x81\x10a!]WP\x10a!%W[PP`\x01\x8A\x81\x1B\x01\x90Ua\x1F\x82V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xF8\x8D`\x03\x1B\x16\x1C\x19\x90\x84\x015\x16\x90U\x8A\x80a!\x16V[\x86\x84\x015\x85U`\x01\x90\x94\x01\x93` \x93\x84\x01\x93\x8F\x93P\x01a!\x08V[\x81_R` _ `\x1F\x8C\x01`\x05\x1C\x81\x01\x91` \x8D\x10a!\xB3W[`\x1F\x01`\x05\x1C\x01\x90[\x81\x81\x10a!\xA8WPa\x1F;V[_\x81U`\x01\x01a!\x9BV[\x90\x91P\x81\x90a!\x92V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x7F\x8C\x93\xA3\xCD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x84\x7F=\x8A:p\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[P`\x07\x85\x11a\x1D\xB6V[4a \xCAW` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFC6\x01\x12a \xCAW`\x045\x90\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x16\x80\x92\x03a \xCAW\x81\x7Fye\xDB\x0B\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x93\x14\x90\x81\x15a#\x07W[P\x15\x15\x81R\xF3[\x7F\x01\xFF\xC9\xA7\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91P\x14\x83a#\0V[`$5\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x82\x03a \xCAWV[\x91\x81`\x1F\x84\x01\x12\x15a \xCAW\x825\x91g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11a \xCAW` \x83\x81\x86\x01\x95\x01\x01\x11a \xCAWV[`\x045\x90c\xFF\xFF\xFF\xFF\x82\x16\x82\x03a \xCAWV[``\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a!\xBDW`@RV[`\xA0\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a!\xBDW`@RV[\x90`\x1F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x91\x01\x16\x81\x01\x90\x81\x10g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x17a!\xBDW`@RV[\x90`\x01\x82\x81\x1C\x92\x16\x80\x15a$UW[` \x83\x10\x14a$(WV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[\x91`\x7F\x16\x91a$\x1DV[`\x1F\x82` \x94\x93\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x93\x81\x86R\x86\x86\x017_\x85\x82\x86\x01\x01R\x01\x16\x01\x01\x90V[\x90\x81``\x91\x03\x12a \xCAW`@Q\x90a$\xB5\x82a#\x95V[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x03a \xCAW\x82R` \x81\x01Q\x90`\xFF\x82\x16\x82\x03a \xCAW`@\x91` \x84\x01R\x01Qd\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x03a \xCAW`@\x82\x01R\x90V[\x91` a%G\x92\x94\x93s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x82\x01\x96\x16\x81R\x01\x90d\xFF\xFF\xFF\xFF\xFF`@\x80\x92c\xFF\xFF\xFF\xFF\x81Q\x16\x85R`\xFF` \x82\x01Q\x16` \x86\x01R\x01Q\x16\x91\x01RV[V[Q\x90\x81\x15\x15\x82\x03a \xCAWV[`@Q\x90a%c\x82a#\x95V[_`@\x83\x82\x81R\x82` \x82\x01R\x01RV[\x90\x81``\x91\x03\x12a \xCAWa%\xB2`@\x80Q\x92a%\x90\x84a#\x95V[a%\x99\x81a%IV[\x84Ra%\xA7` \x82\x01a%IV[` \x85\x01R\x01a%IV[`@\x82\x01R\x90V[3_\x90\x81R\x7F,\xEC\x94\x0BDV\xD9)\xEF\x0E\xDB:P\xECl\x89Tm\xC8\x04X\xC4>\xED\x19pT\xCBJ\x8C\x8C>` R`@\x90 T`\xFF\x16\x15a%\xF2WV[\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R\x7F\xDA4.\x93O\xFE\xB3\xDDZ\xC6o@U\xDB\xE4\xA0\x88\xB7\xDD\x85xL\x062L\x90c\xE1\xB7\r\xD2H`$R`D_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x16_R` R`\xFF`@_ T\x16\x15a&yWPV[\x7F\xE2Q}?\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R3`\x04R`$R`D_\xFD[P\x80\x15\x80\x15a&\xE4W[a&\xB9WPV[\x7FPD\xFC\x0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[Pa\x02\0\x81\x11a&\xB2V[`@Q\x7F\\\x97Z\xBB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` \x81`\x04\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x90\x81\x15a \xBFW_\x91a'\x91W[Pa'iWV[\x7F\xAC/x<\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04_\xFD[\x90P` \x81=` \x11a'\xC3W[\x81a'\xAC` \x93\x83a#\xCDV[\x81\x01\x03\x12a \xCAWa'\xBD\x90a%IV[_a'bV[=\x91Pa'\x9FV[\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa'\xEA\x83a+|V[T\x16\x913\x83\x03a(\xCBWc\xFF\xFF\xFF\xFF`@Q\x91\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83R\x16\x90\x81`\x04\x82\x01R``\x81`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x80\x15a \xBFW` \x91_\x91a(\xACW[P\x01Qa(\x81WPV[\x7F\xC2~\xABP\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[a(\xC5\x91P``=``\x11a\x0C\x8EWa\x0C~\x81\x83a#\xCDV[_a(wV[c\xFF\xFF\xFF\xFF\x90\x7FvBRE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R\x16`\x04R3`$R`D_\xFD[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`\xFF`@_ T\x16\x15_\x14a)\xCDW\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ `\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x82T\x16\x17\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F/\x87\x88\x11~~\xFF\x1D\x82\xE9&\xECyI\x01\xD1|x\x02JP'\t@0E@\xA73eo\r_\x80\xA4`\x01\x90V[PP_\x90V[\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`\xFF`@_ T\x16_\x14a)\xCDW\x80_R_` R`@_ s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_R` R`@_ \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x81T\x16\x90Us\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF3\x92\x16\x90\x7F\xF69\x1F\\2\xD9\xC6\x9D*G\xEAg\x0BD)t\xB595\xD1\xED\xC7\xFDd\xEB!\xE0G\xA89\x17\x1B_\x80\xA4`\x01\x90V[\x90a*\xA4a%VV[Pc\xFF\xFF\xFF\xFF`@Q\x92\x7F\x1C-Tq\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84R\x16\x80`\x04\x84\x01R``\x83`$\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Z\xFA\x92\x83\x15a \xBFW_\x93a+[W[P\x82Q\x15a+0WPV[\x7F\xF8\x80\x13|\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x04R`$_\xFD[a+u\x91\x93P``=``\x11a\x0C\x8EWa\x0C~\x81\x83a#\xCDV[\x91_a+%V[c\xFF\xFF\xFF\xFF\x16\x90\x81_R`\x01` R`@_ \x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83T\x16\x15a+0WPV",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        type UnderlyingRustTuple<'a> =
            (u32, u8, alloy::sol_types::private::primitives::aliases::U40);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.role,
                    ),
                    <alloy::sol_types::sol_data::Uint<40> as alloy_sol_types::SolType>::tokenize(
                        &self.since,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(
                    &tuple, out,
                )
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple =
                    <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(
                    &tuple,
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Practitioner {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
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
            fn eip712_components()
            -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>>
            {
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
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
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
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlBadConfirmation> for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlBadConfirmation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessControlBadConfirmation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AccessControlBadConfirmation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AccessControlUnauthorizedAccount> for UnderlyingRustTuple<'_> {
            fn from(value: AccessControlUnauthorizedAccount) -> Self {
                (value.account, value.neededRole)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AccessControlUnauthorizedAccount {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__AlreadyPractitioner> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__AlreadyPractitioner) -> Self {
                (value.account, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__AlreadyPractitioner {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "OrganizationRegistry__AlreadyPractitioner(address,uint32)";
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__InvalidEndpoint> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__InvalidEndpoint) -> Self {
                (value.length,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__InvalidEndpoint {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { length: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__InvalidEndpoint {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.length,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__InvalidKind> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__InvalidKind) -> Self {
                (value.kind,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__InvalidKind {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { kind: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__InvalidKind {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.kind,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__InvalidRole> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__InvalidRole) -> Self {
                (value.role,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__InvalidRole {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { role: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__InvalidRole {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.role,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__NotOrganizationAdmin> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__NotOrganizationAdmin) -> Self {
                (value.orgId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__NotOrganizationAdmin {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "OrganizationRegistry__NotOrganizationAdmin(uint32,address)";
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__NotPendingAdmin> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__NotPendingAdmin) -> Self {
                (value.orgId, value.account)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__NotPendingAdmin {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__NotPractitioner> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__NotPractitioner) -> Self {
                (value.account, value.orgId)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__NotPractitioner {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__OrganizationNotSuspended>
            for UnderlyingRustTuple<'_>
        {
            fn from(value: OrganizationRegistry__OrganizationNotSuspended) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for OrganizationRegistry__OrganizationNotSuspended
        {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__OrganizationNotSuspended {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "OrganizationRegistry__OrganizationNotSuspended(uint32)";
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__OrganizationSuspended>
            for UnderlyingRustTuple<'_>
        {
            fn from(value: OrganizationRegistry__OrganizationSuspended) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>>
            for OrganizationRegistry__OrganizationSuspended
        {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__OrganizationSuspended {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__UnknownOrganization> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__UnknownOrganization) -> Self {
                (value.orgId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__UnknownOrganization {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { orgId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__UnknownOrganization {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__WritesNotPaused> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__WritesNotPaused) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__WritesNotPaused {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__WritesNotPaused {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__WritesPaused> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__WritesPaused) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__WritesPaused {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__WritesPaused {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OrganizationRegistry__ZeroAddress> for UnderlyingRustTuple<'_> {
            fn from(value: OrganizationRegistry__ZeroAddress) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OrganizationRegistry__ZeroAddress {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OrganizationRegistry__ZeroAddress {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AdminTransferStarted(uint32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    185u8, 163u8, 64u8, 157u8, 71u8, 10u8, 102u8, 137u8, 101u8, 70u8, 191u8, 134u8,
                    54u8, 23u8, 220u8, 28u8, 17u8, 71u8, 161u8, 104u8, 229u8, 201u8, 160u8, 8u8,
                    136u8, 192u8, 249u8, 184u8, 60u8, 163u8, 12u8, 31u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "AdminTransferred(uint32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    112u8, 102u8, 225u8, 168u8, 198u8, 49u8, 64u8, 197u8, 2u8, 253u8, 119u8, 97u8,
                    211u8, 6u8, 6u8, 113u8, 186u8, 118u8, 155u8, 40u8, 246u8, 168u8, 93u8, 6u8,
                    21u8, 16u8, 0u8, 38u8, 114u8, 233u8, 47u8, 12u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "EmergencyCapabilitySet(uint32,bool)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    74u8, 169u8, 117u8, 23u8, 15u8, 33u8, 122u8, 184u8, 243u8, 247u8, 167u8, 229u8,
                    29u8, 199u8, 106u8, 164u8, 182u8, 148u8, 11u8, 202u8, 104u8, 47u8, 102u8, 3u8,
                    71u8, 27u8, 67u8, 156u8, 172u8, 92u8, 218u8, 165u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "EndpointUpdated(uint32,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    124u8, 181u8, 51u8, 194u8, 100u8, 158u8, 80u8, 100u8, 135u8, 200u8, 194u8,
                    237u8, 173u8, 175u8, 127u8, 134u8, 153u8, 88u8, 115u8, 56u8, 182u8, 51u8,
                    151u8, 35u8, 9u8, 210u8, 198u8, 124u8, 52u8, 200u8, 112u8, 225u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str =
                "OrganizationAccredited(uint32,address,uint8,bool,string,string)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    27u8, 83u8, 162u8, 15u8, 99u8, 116u8, 122u8, 25u8, 2u8, 182u8, 196u8, 56u8,
                    54u8, 187u8, 153u8, 64u8, 249u8, 177u8, 79u8, 31u8, 229u8, 126u8, 248u8, 92u8,
                    215u8, 182u8, 231u8, 126u8, 60u8, 160u8, 178u8, 143u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.kind,
                    ),
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
                (
                    Self::SIGNATURE_HASH.into(),
                    self.orgId.clone(),
                    self.admin.clone(),
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "OrganizationReinstated(uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    206u8, 198u8, 72u8, 69u8, 32u8, 3u8, 0u8, 176u8, 95u8, 220u8, 54u8, 105u8,
                    106u8, 102u8, 30u8, 141u8, 74u8, 235u8, 99u8, 164u8, 6u8, 34u8, 168u8, 149u8,
                    176u8, 203u8, 97u8, 90u8, 242u8, 192u8, 134u8, 69u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
            );
            const SIGNATURE: &'static str = "OrganizationSuspended(uint32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    207u8, 111u8, 224u8, 131u8, 0u8, 33u8, 183u8, 67u8, 255u8, 128u8, 34u8, 165u8,
                    213u8, 183u8, 201u8, 158u8, 106u8, 29u8, 17u8, 197u8, 103u8, 241u8, 220u8,
                    190u8, 194u8, 12u8, 57u8, 63u8, 32u8, 112u8, 9u8, 82u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PractitionerAdded(uint32,address,uint8)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    75u8, 2u8, 53u8, 146u8, 213u8, 117u8, 229u8, 32u8, 130u8, 120u8, 217u8, 226u8,
                    197u8, 103u8, 126u8, 35u8, 246u8, 63u8, 87u8, 2u8, 90u8, 76u8, 42u8, 87u8,
                    119u8, 74u8, 24u8, 223u8, 220u8, 50u8, 62u8, 89u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.role,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.orgId.clone(),
                    self.account.clone(),
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PractitionerRemoved(uint32,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    186u8, 2u8, 39u8, 193u8, 68u8, 124u8, 33u8, 199u8, 191u8, 11u8, 188u8, 5u8,
                    207u8, 93u8, 216u8, 70u8, 51u8, 117u8, 141u8, 38u8, 121u8, 64u8, 35u8, 84u8,
                    224u8, 217u8, 27u8, 125u8, 168u8, 108u8, 153u8, 233u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                    self.account.clone(),
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "RoleAdminChanged(bytes32,bytes32,bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8, 81u8,
                    66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8, 71u8, 92u8,
                    58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleGranted(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8, 236u8,
                    121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8, 64u8, 48u8,
                    69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "RoleRevoked(bytes32,address,address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8, 103u8,
                    11u8, 68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8, 253u8, 100u8,
                    235u8, 33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
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
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "WritesPaused(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    244u8, 130u8, 200u8, 192u8, 4u8, 6u8, 50u8, 239u8, 239u8, 90u8, 89u8, 223u8,
                    239u8, 253u8, 247u8, 238u8, 5u8, 27u8, 178u8, 204u8, 43u8, 165u8, 253u8, 156u8,
                    60u8, 70u8, 220u8, 122u8, 90u8, 170u8, 164u8, 161u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    authority: topics.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "WritesResumed(address)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 =
                alloy_sol_types::private::B256::new([
                    177u8, 29u8, 105u8, 233u8, 177u8, 45u8, 43u8, 50u8, 222u8, 36u8, 248u8, 191u8,
                    26u8, 48u8, 228u8, 87u8, 166u8, 64u8, 170u8, 136u8, 42u8, 202u8, 250u8, 59u8,
                    154u8, 251u8, 137u8, 254u8, 73u8, 59u8, 247u8, 20u8,
                ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    authority: topics.1,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
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
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `AUTHORITY_ROLE()` and selector `0x4a3fba0e`.
    ```solidity
    function AUTHORITY_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AUTHORITY_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<AUTHORITY_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: AUTHORITY_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for AUTHORITY_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for AUTHORITY_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: AUTHORITY_ROLEReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: AUTHORITY_ROLEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `DEFAULT_ADMIN_ROLE()` and selector `0xa217fddf`.
    ```solidity
    function DEFAULT_ADMIN_ROLE() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DEFAULT_ADMIN_ROLECall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLECall> for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLECall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DEFAULT_ADMIN_ROLECall {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<DEFAULT_ADMIN_ROLEReturn> for UnderlyingRustTuple<'_> {
                fn from(value: DEFAULT_ADMIN_ROLEReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for DEFAULT_ADMIN_ROLEReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for DEFAULT_ADMIN_ROLECall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: DEFAULT_ADMIN_ROLEReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <acceptAdminCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for acceptAdminCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = acceptAdminReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                acceptAdminReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.kind,
                    ),
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: accreditReturn = r.into();
                        r.orgId
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: accreditReturn = r.into();
                    r.orgId
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<addPractitionerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: addPractitionerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for addPractitionerReturn {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = addPractitionerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.account,
                    ),
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.role,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                addPractitionerReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `consents()` and selector `0xfc16502e`.
    ```solidity
    function consents() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct consentsCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: consentsReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: consentsReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::String;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::String,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: fhirEndpointReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: fhirEndpointReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: getRoleAdminReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: getRoleAdminReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <grantRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for grantRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = grantRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: hasRoleReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: hasRoleReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: isActiveReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: isActiveReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type UnderlyingRustTuple<'a> =
                (<IOrganizationRegistry::Organization as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return =
                <IOrganizationRegistry::Organization as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (IOrganizationRegistry::Organization,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: organizationReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: organizationReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `organizationCount()` and selector `0xf1c62104`.
    ```solidity
    function organizationCount() external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct organizationCountCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<organizationCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: organizationCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for organizationCountCall {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<organizationCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: organizationCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for organizationCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for organizationCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        ret,
                    ),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: organizationCountReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: organizationCountReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <pauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for pauseCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = pauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `paused()` and selector `0x5c975abb`.
    ```solidity
    function paused() external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct pausedCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: pausedReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: pausedReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: pendingAdminReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: pendingAdminReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type UnderlyingRustTuple<'a> = (<Practitioner as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <Practitioner as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (Practitioner,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: practitionerReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: practitionerReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <reinstateCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reinstateCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = reinstateReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                reinstateReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<removePractitionerCall> for UnderlyingRustTuple<'_> {
                fn from(value: removePractitionerCall) -> Self {
                    (value.orgId, value.account)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for removePractitionerCall {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<removePractitionerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: removePractitionerReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for removePractitionerReturn {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = removePractitionerReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <renounceRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for renounceRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = renounceRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <revokeRoleCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for revokeRoleCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = revokeRoleReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setEmergencyCapableCall> for UnderlyingRustTuple<'_> {
                fn from(value: setEmergencyCapableCall) -> Self {
                    (value.orgId, value.emergencyCapable)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setEmergencyCapableCall {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<setEmergencyCapableReturn> for UnderlyingRustTuple<'_> {
                fn from(value: setEmergencyCapableReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for setEmergencyCapableReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl setEmergencyCapableReturn {
            fn _tokenize(
                &self,
            ) -> <setEmergencyCapableCall as alloy_sol_types::SolCall>::ReturnToken<'_>
            {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEmergencyCapableCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Bool,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEmergencyCapableReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <setEndpointCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for setEndpointCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::String,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = setEndpointReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceCall> for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceCall) -> Self {
                    (value.interfaceId,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for supportsInterfaceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        interfaceId: tuple.0,
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<supportsInterfaceReturn> for UnderlyingRustTuple<'_> {
                fn from(value: supportsInterfaceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for supportsInterfaceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for supportsInterfaceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<4>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(
                    |r| {
                        let r: supportsInterfaceReturn = r.into();
                        r._0
                    },
                )
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(|r| {
                    let r: supportsInterfaceReturn = r.into();
                    r._0
                })
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            type UnderlyingRustTuple<'a> = (u32, alloy::sol_types::private::FixedBytes<32>);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <suspendCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for suspendCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = suspendReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = transferAdminReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.orgId,
                    ),
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
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
            fn _tokenize(&self) -> <unpauseCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unpauseCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = unpauseReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
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
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data)
                    .map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(
                    data,
                )
                .map(Into::into)
            }
        }
    };
    ///Container for all the [`OrganizationRegistry`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
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
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for OrganizationRegistryCalls {
        const NAME: &'static str = "OrganizationRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 27usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AUTHORITY_ROLE(_) => {
                    <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::DEFAULT_ADMIN_ROLE(_) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::acceptAdmin(_) => <acceptAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::accredit(_) => <accreditCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::addPractitioner(_) => {
                    <addPractitionerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::consents(_) => <consentsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::fhirEndpoint(_) => <fhirEndpointCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::getRoleAdmin(_) => <getRoleAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::grantRole(_) => <grantRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::hasRole(_) => <hasRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isActive(_) => <isActiveCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::organization(_) => <organizationCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::organizationCount(_) => {
                    <organizationCountCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::pause(_) => <pauseCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::paused(_) => <pausedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::pendingAdmin(_) => <pendingAdminCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::practitioner(_) => <practitionerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reinstate(_) => <reinstateCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::removePractitioner(_) => {
                    <removePractitionerCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::renounceRole(_) => <renounceRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::revokeRole(_) => <revokeRoleCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::setEmergencyCapable(_) => {
                    <setEmergencyCapableCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::setEndpoint(_) => <setEndpointCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::supportsInterface(_) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::suspend(_) => <suspendCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::transferAdmin(_) => <transferAdminCall as alloy_sol_types::SolCall>::SELECTOR,
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
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<OrganizationRegistryCalls>] = &[
                {
                    fn supportsInterface(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::supportsInterface)
                    }
                    supportsInterface
                },
                {
                    fn accredit(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <accreditCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::accredit)
                    }
                    accredit
                },
                {
                    fn setEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <setEndpointCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::setEndpoint)
                    }
                    setEndpoint
                },
                {
                    fn getRoleAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <getRoleAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::getRoleAdmin)
                    }
                    getRoleAdmin
                },
                {
                    fn fhirEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <fhirEndpointCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
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
                    fn transferAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <transferAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::transferAdmin)
                    }
                    transferAdmin
                },
                {
                    fn renounceRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <renounceRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::renounceRole)
                    }
                    renounceRole
                },
                {
                    fn addPractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <addPractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::addPractitioner)
                    }
                    addPractitioner
                },
                {
                    fn unpause(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::unpause)
                    }
                    unpause
                },
                {
                    fn acceptAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <acceptAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::acceptAdmin)
                    }
                    acceptAdmin
                },
                {
                    fn AUTHORITY_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::AUTHORITY_ROLE)
                    }
                    AUTHORITY_ROLE
                },
                {
                    fn practitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <practitionerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
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
                    fn paused(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::paused)
                    }
                    paused
                },
                {
                    fn isActive(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::isActive)
                    }
                    isActive
                },
                {
                    fn organization(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <organizationCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::organization)
                    }
                    organization
                },
                {
                    fn pause(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::pause)
                    }
                    pause
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::hasRole)
                    }
                    hasRole
                },
                {
                    fn pendingAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pendingAdminCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::pendingAdmin)
                    }
                    pendingAdmin
                },
                {
                    fn DEFAULT_ADMIN_ROLE(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::DEFAULT_ADMIN_ROLE)
                    }
                    DEFAULT_ADMIN_ROLE
                },
                {
                    fn suspend(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <suspendCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::suspend)
                    }
                    suspend
                },
                {
                    fn setEmergencyCapable(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <setEmergencyCapableCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::setEmergencyCapable)
                    }
                    setEmergencyCapable
                },
                {
                    fn removePractitioner(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <removePractitionerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::removePractitioner)
                    }
                    removePractitioner
                },
                {
                    fn revokeRole(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::revokeRole)
                    }
                    revokeRole
                },
                {
                    fn organizationCount(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <organizationCountCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::organizationCount)
                    }
                    organizationCount
                },
                {
                    fn consents(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <consentsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(OrganizationRegistryCalls::consents)
                    }
                    consents
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
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
            ) -> alloy_sol_types::Result<
                OrganizationRegistryCalls,
            >] = &[
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
                    fn accredit(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <accreditCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(OrganizationRegistryCalls::accredit)
                    }
                    accredit
                },
                {
                    fn setEndpoint(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <setEndpointCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
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
                        <grantRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(OrganizationRegistryCalls::grantRole)
                    }
                    grantRole
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
                    fn unpause(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <unpauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(OrganizationRegistryCalls::unpause)
                    }
                    unpause
                },
                {
                    fn acceptAdmin(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <acceptAdminCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
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
                        <reinstateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(OrganizationRegistryCalls::reinstate)
                    }
                    reinstate
                },
                {
                    fn paused(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pausedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(OrganizationRegistryCalls::paused)
                    }
                    paused
                },
                {
                    fn isActive(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <isActiveCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
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
                    fn pause(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <pauseCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(OrganizationRegistryCalls::pause)
                    }
                    pause
                },
                {
                    fn hasRole(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <hasRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
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
                    fn suspend(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <suspendCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
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
                        <revokeRoleCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
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
                    fn consents(data: &[u8]) -> alloy_sol_types::Result<OrganizationRegistryCalls> {
                        <consentsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(OrganizationRegistryCalls::consents)
                    }
                    consents
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AUTHORITY_ROLE(inner) => {
                    <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::acceptAdmin(inner) => {
                    <acceptAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::accredit(inner) => {
                    <accreditCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::addPractitioner(inner) => {
                    <addPractitionerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::consents(inner) => {
                    <consentsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::fhirEndpoint(inner) => {
                    <fhirEndpointCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                    <organizationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::organizationCount(inner) => {
                    <organizationCountCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::pendingAdmin(inner) => {
                    <pendingAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::practitioner(inner) => {
                    <practitionerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::reinstate(inner) => {
                    <reinstateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::removePractitioner(inner) => {
                    <removePractitionerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setEmergencyCapable(inner) => {
                    <setEmergencyCapableCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::setEndpoint(inner) => {
                    <setEndpointCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::suspend(inner) => {
                    <suspendCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::transferAdmin(inner) => {
                    <transferAdminCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                    <AUTHORITY_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::DEFAULT_ADMIN_ROLE(inner) => {
                    <DEFAULT_ADMIN_ROLECall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::acceptAdmin(inner) => {
                    <acceptAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::accredit(inner) => {
                    <accreditCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::addPractitioner(inner) => {
                    <addPractitionerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::consents(inner) => {
                    <consentsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::fhirEndpoint(inner) => {
                    <fhirEndpointCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::getRoleAdmin(inner) => {
                    <getRoleAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::grantRole(inner) => {
                    <grantRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::hasRole(inner) => {
                    <hasRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::isActive(inner) => {
                    <isActiveCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::organization(inner) => {
                    <organizationCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::organizationCount(inner) => {
                    <organizationCountCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pause(inner) => {
                    <pauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::paused(inner) => {
                    <pausedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::pendingAdmin(inner) => {
                    <pendingAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::practitioner(inner) => {
                    <practitionerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::reinstate(inner) => {
                    <reinstateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::removePractitioner(inner) => {
                    <removePractitionerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::renounceRole(inner) => {
                    <renounceRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::revokeRole(inner) => {
                    <revokeRoleCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::setEmergencyCapable(inner) => {
                    <setEmergencyCapableCall as alloy_sol_types::SolCall>::abi_encode_raw(
                        inner, out,
                    )
                }
                Self::setEndpoint(inner) => {
                    <setEndpointCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::supportsInterface(inner) => {
                    <supportsInterfaceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::suspend(inner) => {
                    <suspendCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::transferAdmin(inner) => {
                    <transferAdminCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::unpause(inner) => {
                    <unpauseCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`OrganizationRegistry`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum OrganizationRegistryErrors {
        #[allow(missing_docs)]
        AccessControlBadConfirmation(AccessControlBadConfirmation),
        #[allow(missing_docs)]
        AccessControlUnauthorizedAccount(AccessControlUnauthorizedAccount),
        #[allow(missing_docs)]
        OrganizationRegistry__AlreadyPractitioner(OrganizationRegistry__AlreadyPractitioner),
        #[allow(missing_docs)]
        OrganizationRegistry__InvalidEndpoint(OrganizationRegistry__InvalidEndpoint),
        #[allow(missing_docs)]
        OrganizationRegistry__InvalidKind(OrganizationRegistry__InvalidKind),
        #[allow(missing_docs)]
        OrganizationRegistry__InvalidRole(OrganizationRegistry__InvalidRole),
        #[allow(missing_docs)]
        OrganizationRegistry__NotOrganizationAdmin(OrganizationRegistry__NotOrganizationAdmin),
        #[allow(missing_docs)]
        OrganizationRegistry__NotPendingAdmin(OrganizationRegistry__NotPendingAdmin),
        #[allow(missing_docs)]
        OrganizationRegistry__NotPractitioner(OrganizationRegistry__NotPractitioner),
        #[allow(missing_docs)]
        OrganizationRegistry__OrganizationNotSuspended(
            OrganizationRegistry__OrganizationNotSuspended,
        ),
        #[allow(missing_docs)]
        OrganizationRegistry__OrganizationSuspended(OrganizationRegistry__OrganizationSuspended),
        #[allow(missing_docs)]
        OrganizationRegistry__UnknownOrganization(OrganizationRegistry__UnknownOrganization),
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
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
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
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<OrganizationRegistryErrors>] = &[
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
                        .map(OrganizationRegistryErrors::AccessControlBadConfirmation)
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
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
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
            ) -> alloy_sol_types::Result<
                OrganizationRegistryErrors,
            >] = &[
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
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
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
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
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
                27u8, 83u8, 162u8, 15u8, 99u8, 116u8, 122u8, 25u8, 2u8, 182u8, 196u8, 56u8, 54u8,
                187u8, 153u8, 64u8, 249u8, 177u8, 79u8, 31u8, 229u8, 126u8, 248u8, 92u8, 215u8,
                182u8, 231u8, 126u8, 60u8, 160u8, 178u8, 143u8,
            ],
            [
                47u8, 135u8, 136u8, 17u8, 126u8, 126u8, 255u8, 29u8, 130u8, 233u8, 38u8, 236u8,
                121u8, 73u8, 1u8, 209u8, 124u8, 120u8, 2u8, 74u8, 80u8, 39u8, 9u8, 64u8, 48u8,
                69u8, 64u8, 167u8, 51u8, 101u8, 111u8, 13u8,
            ],
            [
                74u8, 169u8, 117u8, 23u8, 15u8, 33u8, 122u8, 184u8, 243u8, 247u8, 167u8, 229u8,
                29u8, 199u8, 106u8, 164u8, 182u8, 148u8, 11u8, 202u8, 104u8, 47u8, 102u8, 3u8,
                71u8, 27u8, 67u8, 156u8, 172u8, 92u8, 218u8, 165u8,
            ],
            [
                75u8, 2u8, 53u8, 146u8, 213u8, 117u8, 229u8, 32u8, 130u8, 120u8, 217u8, 226u8,
                197u8, 103u8, 126u8, 35u8, 246u8, 63u8, 87u8, 2u8, 90u8, 76u8, 42u8, 87u8, 119u8,
                74u8, 24u8, 223u8, 220u8, 50u8, 62u8, 89u8,
            ],
            [
                112u8, 102u8, 225u8, 168u8, 198u8, 49u8, 64u8, 197u8, 2u8, 253u8, 119u8, 97u8,
                211u8, 6u8, 6u8, 113u8, 186u8, 118u8, 155u8, 40u8, 246u8, 168u8, 93u8, 6u8, 21u8,
                16u8, 0u8, 38u8, 114u8, 233u8, 47u8, 12u8,
            ],
            [
                124u8, 181u8, 51u8, 194u8, 100u8, 158u8, 80u8, 100u8, 135u8, 200u8, 194u8, 237u8,
                173u8, 175u8, 127u8, 134u8, 153u8, 88u8, 115u8, 56u8, 182u8, 51u8, 151u8, 35u8,
                9u8, 210u8, 198u8, 124u8, 52u8, 200u8, 112u8, 225u8,
            ],
            [
                177u8, 29u8, 105u8, 233u8, 177u8, 45u8, 43u8, 50u8, 222u8, 36u8, 248u8, 191u8,
                26u8, 48u8, 228u8, 87u8, 166u8, 64u8, 170u8, 136u8, 42u8, 202u8, 250u8, 59u8,
                154u8, 251u8, 137u8, 254u8, 73u8, 59u8, 247u8, 20u8,
            ],
            [
                185u8, 163u8, 64u8, 157u8, 71u8, 10u8, 102u8, 137u8, 101u8, 70u8, 191u8, 134u8,
                54u8, 23u8, 220u8, 28u8, 17u8, 71u8, 161u8, 104u8, 229u8, 201u8, 160u8, 8u8, 136u8,
                192u8, 249u8, 184u8, 60u8, 163u8, 12u8, 31u8,
            ],
            [
                186u8, 2u8, 39u8, 193u8, 68u8, 124u8, 33u8, 199u8, 191u8, 11u8, 188u8, 5u8, 207u8,
                93u8, 216u8, 70u8, 51u8, 117u8, 141u8, 38u8, 121u8, 64u8, 35u8, 84u8, 224u8, 217u8,
                27u8, 125u8, 168u8, 108u8, 153u8, 233u8,
            ],
            [
                189u8, 121u8, 184u8, 111u8, 254u8, 10u8, 184u8, 232u8, 119u8, 97u8, 81u8, 81u8,
                66u8, 23u8, 205u8, 124u8, 172u8, 213u8, 44u8, 144u8, 159u8, 102u8, 71u8, 92u8,
                58u8, 244u8, 78u8, 18u8, 159u8, 11u8, 0u8, 255u8,
            ],
            [
                206u8, 198u8, 72u8, 69u8, 32u8, 3u8, 0u8, 176u8, 95u8, 220u8, 54u8, 105u8, 106u8,
                102u8, 30u8, 141u8, 74u8, 235u8, 99u8, 164u8, 6u8, 34u8, 168u8, 149u8, 176u8,
                203u8, 97u8, 90u8, 242u8, 192u8, 134u8, 69u8,
            ],
            [
                207u8, 111u8, 224u8, 131u8, 0u8, 33u8, 183u8, 67u8, 255u8, 128u8, 34u8, 165u8,
                213u8, 183u8, 201u8, 158u8, 106u8, 29u8, 17u8, 197u8, 103u8, 241u8, 220u8, 190u8,
                194u8, 12u8, 57u8, 63u8, 32u8, 112u8, 9u8, 82u8,
            ],
            [
                244u8, 130u8, 200u8, 192u8, 4u8, 6u8, 50u8, 239u8, 239u8, 90u8, 89u8, 223u8, 239u8,
                253u8, 247u8, 238u8, 5u8, 27u8, 178u8, 204u8, 43u8, 165u8, 253u8, 156u8, 60u8,
                70u8, 220u8, 122u8, 90u8, 170u8, 164u8, 161u8,
            ],
            [
                246u8, 57u8, 31u8, 92u8, 50u8, 217u8, 198u8, 157u8, 42u8, 71u8, 234u8, 103u8, 11u8,
                68u8, 41u8, 116u8, 181u8, 57u8, 53u8, 209u8, 237u8, 199u8, 253u8, 100u8, 235u8,
                33u8, 224u8, 71u8, 168u8, 57u8, 23u8, 27u8,
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
        pub fn name_by_selector(selector: [u8; 32usize]) -> ::core::option::Option<&'static str> {
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
                Some(<AdminTransferStarted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AdminTransferStarted as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::AdminTransferStarted)
                }
                Some(<AdminTransferred as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <AdminTransferred as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::AdminTransferred)
                }
                Some(<EmergencyCapabilitySet as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EmergencyCapabilitySet as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::EmergencyCapabilitySet)
                }
                Some(<EndpointUpdated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EndpointUpdated as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EndpointUpdated)
                }
                Some(<OrganizationAccredited as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OrganizationAccredited as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::OrganizationAccredited)
                }
                Some(<OrganizationReinstated as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OrganizationReinstated as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::OrganizationReinstated)
                }
                Some(<OrganizationSuspended as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <OrganizationSuspended as alloy_sol_types::SolEvent>::decode_raw_log(
                        topics, data,
                    )
                    .map(Self::OrganizationSuspended)
                }
                Some(<PractitionerAdded as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PractitionerAdded as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PractitionerAdded)
                }
                Some(<PractitionerRemoved as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PractitionerRemoved as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PractitionerRemoved)
                }
                Some(<RoleAdminChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleAdminChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RoleAdminChanged)
                }
                Some(<RoleGranted as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleGranted as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RoleGranted)
                }
                Some(<RoleRevoked as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <RoleRevoked as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::RoleRevoked)
                }
                Some(<WritesPaused as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <WritesPaused as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::WritesPaused)
                }
                Some(<WritesResumed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <WritesResumed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::WritesResumed)
                }
                _ => alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                    name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                    log: alloy_sol_types::private::Box::new(
                        alloy_sol_types::private::LogData::new_unchecked(
                            topics.to_vec(),
                            data.to_vec().into(),
                        ),
                    ),
                }),
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
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        admin: alloy::sol_types::private::Address,
        authority: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<OrganizationRegistryInstance<P, N>>>
    {
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
        OrganizationRegistryInstance::<P, N>::deploy_builder(__provider, admin, authority)
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
            f.debug_tuple("OrganizationRegistryInstance")
                .field(&self.address)
                .finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        OrganizationRegistryInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`OrganizationRegistry`](self) contract instance.

        See the [wrapper's documentation](`OrganizationRegistryInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
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
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall {
                        admin,
                        authority,
                    })[..],
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
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        OrganizationRegistryInstance<P, N>
    {
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
        pub fn AUTHORITY_ROLE(&self) -> alloy_contract::SolCallBuilder<&P, AUTHORITY_ROLECall, N> {
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
            self.call_builder(&accreditCall {
                kind,
                admin,
                emergencyCapable,
                name,
                endpoint,
            })
        }
        ///Creates a new call builder for the [`addPractitioner`] function.
        pub fn addPractitioner(
            &self,
            orgId: u32,
            account: alloy::sol_types::private::Address,
            role: u8,
        ) -> alloy_contract::SolCallBuilder<&P, addPractitionerCall, N> {
            self.call_builder(&addPractitionerCall {
                orgId,
                account,
                role,
            })
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
        pub fn isActive(&self, orgId: u32) -> alloy_contract::SolCallBuilder<&P, isActiveCall, N> {
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
            self.call_builder(&removePractitionerCall { orgId, account })
        }
        ///Creates a new call builder for the [`renounceRole`] function.
        pub fn renounceRole(
            &self,
            role: alloy::sol_types::private::FixedBytes<32>,
            callerConfirmation: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, renounceRoleCall, N> {
            self.call_builder(&renounceRoleCall {
                role,
                callerConfirmation,
            })
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
            self.call_builder(&setEmergencyCapableCall {
                orgId,
                emergencyCapable,
            })
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
            self.call_builder(&supportsInterfaceCall { interfaceId })
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
            self.call_builder(&transferAdminCall { orgId, newAdmin })
        }
        ///Creates a new call builder for the [`unpause`] function.
        pub fn unpause(&self) -> alloy_contract::SolCallBuilder<&P, unpauseCall, N> {
            self.call_builder(&unpauseCall)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        OrganizationRegistryInstance<P, N>
    {
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
        pub fn AdminTransferred_filter(&self) -> alloy_contract::Event<&P, AdminTransferred, N> {
            self.event_filter::<AdminTransferred>()
        }
        ///Creates a new event filter for the [`EmergencyCapabilitySet`] event.
        pub fn EmergencyCapabilitySet_filter(
            &self,
        ) -> alloy_contract::Event<&P, EmergencyCapabilitySet, N> {
            self.event_filter::<EmergencyCapabilitySet>()
        }
        ///Creates a new event filter for the [`EndpointUpdated`] event.
        pub fn EndpointUpdated_filter(&self) -> alloy_contract::Event<&P, EndpointUpdated, N> {
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
        pub fn PractitionerAdded_filter(&self) -> alloy_contract::Event<&P, PractitionerAdded, N> {
            self.event_filter::<PractitionerAdded>()
        }
        ///Creates a new event filter for the [`PractitionerRemoved`] event.
        pub fn PractitionerRemoved_filter(
            &self,
        ) -> alloy_contract::Event<&P, PractitionerRemoved, N> {
            self.event_filter::<PractitionerRemoved>()
        }
        ///Creates a new event filter for the [`RoleAdminChanged`] event.
        pub fn RoleAdminChanged_filter(&self) -> alloy_contract::Event<&P, RoleAdminChanged, N> {
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
        pub fn WritesResumed_filter(&self) -> alloy_contract::Event<&P, WritesResumed, N> {
            self.event_filter::<WritesResumed>()
        }
    }
}
