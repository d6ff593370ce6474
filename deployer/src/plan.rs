//! What a deployment consists of, simulated in-process (revm) before anything is sent: every
//! address, the code hash each contract must have there, and each transaction's gas.
//!
//! The organisation registry's runtime code embeds its own address and the chain id (the
//! EIP-712 domain is cached in immutables), so the simulation runs at the real CREATE2
//! addresses on the real chain id: the hashes it yields are exactly what the chain must show.
//! The consent registry's code also embeds its EIP-712 salt, the hash of the block before its
//! creation, which no one knows in advance, and the record registry's embeds the same salt
//! (it takes the consent registry's): once the chain shows that salt,
//! [`Plan::salted_code_hash`] gives the code hash it implies for either.

use alloy::{
    primitives::{Address, B256, Bytes, keccak256},
    sol_types::{SolCall, SolConstructor},
};
use consentry_sdk::{
    bindings::{organization_registry::OrganizationRegistry, record_registry::RecordRegistry},
    harness::{Harness, HarnessError},
    vocabulary::OrganizationKind,
};
use serde::{Deserialize, Serialize};

use crate::{
    create2,
    manifest::{CONSENT_REGISTRY, ORGANIZATION_REGISTRY, RECORD_REGISTRY},
};

/// The salt Consentry deploys with unless told otherwise: keccak256("consentry.v1").
pub fn default_salt() -> B256 {
    keccak256("consentry.v1")
}

/// An organisation to accredit as part of the deployment (one `[[organization]]` table of the
/// organisations TOML file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationSpec {
    /// Public name (published in the accreditation event).
    pub name: String,
    /// hospital, clinic, laboratory, pharmacy, ...
    pub kind: OrganizationKind,
    /// The account that manages its roster.
    pub admin: Address,
    /// Whether it may open emergency access.
    #[serde(default)]
    pub emergency_capable: bool,
    /// Base URL of its FHIR server.
    pub fhir_endpoint: String,
}

/// The organisations TOML file: `[[organization]]` tables.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationsFile {
    /// The organisations, accredited in this order.
    #[serde(default, rename = "organization")]
    pub organizations: Vec<OrganizationSpec>,
}

impl OrganizationsFile {
    /// Parses the TOML text of an organisations file.
    pub fn parse(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text)
    }
}

/// What to deploy and configure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The CREATE2 salt.
    pub salt: B256,
    /// Holds DEFAULT_ADMIN_ROLE (appoints and removes health authorities).
    pub governance: Address,
    /// Health-authority accounts; the first is set by the constructor, the others are
    /// granted by governance in the same run.
    pub authorities: Vec<Address>,
    /// Organisations to accredit (needs the deployer to be an authority).
    pub organizations: Vec<OrganizationSpec>,
}

/// One contract the plan creates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedContract {
    /// Its manifest name.
    pub name: &'static str,
    /// Where it will live.
    pub address: Address,
    /// keccak256 of the runtime code it must have there.
    pub code_hash: B256,
    /// ABI-encoded constructor arguments.
    pub constructor_args: Bytes,
    /// The proxy calldata that creates it (`salt ++ initcode`); `None` for a contract created
    /// by another one's constructor.
    pub calldata: Option<Bytes>,
    /// Full transaction gas of its creation in the simulation.
    pub gas: u64,
}

/// The simulated deployment: addresses, code hashes and gas.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The chain it was simulated for.
    pub chain_id: u64,
    /// The account it was simulated as sending.
    pub deployer: Address,
    /// The configuration.
    pub config: Config,
    /// keccak256 of the CREATE2 proxy's runtime code.
    pub proxy_code_hash: B256,
    /// Organisation registry, consent registry, record registry, in creation order.
    pub contracts: Vec<PlannedContract>,
    /// AUTHORITY_ROLE.
    pub authority_role: B256,
    /// Gas of each extra authority grant, in `config.authorities[1..]` order.
    pub grant_gas: Vec<u64>,
    /// Gas of each accreditation, in `config.organizations` order.
    pub accredit_gas: Vec<u64>,
}

/// Why a deployment cannot be planned.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// No authority was given.
    #[error("at least one health-authority account is needed")]
    NoAuthority,
    /// A step of the deployment reverts even on an empty chain.
    #[error("{step} would fail: {source}")]
    WouldFail {
        /// The step.
        step: String,
        /// Why.
        source: HarnessError,
    },
    /// The deployer cannot do a configuration step with its key.
    #[error("{step} needs {role}, which the deploying account {deployer} would not hold")]
    NotPermitted {
        /// The step.
        step: String,
        /// The role it needs.
        role: &'static str,
        /// The deploying account.
        deployer: Address,
    },
}

impl Plan {
    /// Simulates the whole deployment on `chain_id`, sent from `deployer`, from an empty chain.
    pub fn simulate(chain_id: u64, deployer: Address, config: Config) -> Result<Self, PlanError> {
        Self::simulate_after(chain_id, deployer, config, B256::ZERO)
    }

    /// The code hash the contract `name` (the consent or the record registry) has where the
    /// chain shows the suite created with EIP-712 salt `salt` (the consent registry's
    /// `eip712Domain().salt`).
    pub fn salted_code_hash(&self, name: &str, salt: B256) -> Result<B256, PlanError> {
        let replay = Self::simulate_after(self.chain_id, self.deployer, self.config.clone(), salt)?;
        Ok(replay.contract(name).code_hash)
    }

    /// [`Plan::simulate`], with the block before the deployment hashing to `parent_hash`.
    fn simulate_after(
        chain_id: u64,
        deployer: Address,
        config: Config,
        parent_hash: B256,
    ) -> Result<Self, PlanError> {
        let first_authority = *config.authorities.first().ok_or(PlanError::NoAuthority)?;
        if config.authorities.len() > 1 && deployer != config.governance {
            return Err(PlanError::NotPermitted {
                step: format!("appointing authority {}", config.authorities[1]),
                role: "the governance role",
                deployer,
            });
        }
        if !config.organizations.is_empty() && !config.authorities.contains(&deployer) {
            return Err(PlanError::NotPermitted {
                step: format!("accrediting {:?}", config.organizations[0].name),
                role: "the health-authority role",
                deployer,
            });
        }
        let fail = |step: &str| {
            let step = step.to_owned();
            move |source| PlanError::WouldFail { step, source }
        };
        let mut evm = Harness::empty(chain_id);

        let proxy_init = create2::proxy_deployment_input();
        evm.run(create2::PROXY_SIGNER, None, proxy_init)
            .map_err(fail("deploying the CREATE2 proxy"))?;
        let proxy_code_hash = evm.code_hash(create2::PROXY);
        evm.set_block_hash(evm.block_number() - 1, parent_hash);

        let mut contracts = Vec::with_capacity(3);
        let org_args = OrganizationRegistry::constructorCall {
            admin: config.governance,
            authority: first_authority,
        }
        .abi_encode();
        let organizations = deploy(
            &mut evm,
            deployer,
            config.salt,
            ORGANIZATION_REGISTRY,
            &OrganizationRegistry::BYTECODE,
            org_args.into(),
        )
        .map_err(fail("deploying OrganizationRegistry"))?;
        let orgs = organizations.address;
        contracts.push(organizations);

        let consents = evm
            .call(deployer, orgs, OrganizationRegistry::consentsCall {})
            .map_err(fail("reading the consent registry's address"))?;
        contracts.push(PlannedContract {
            name: CONSENT_REGISTRY,
            address: consents,
            code_hash: evm.code_hash(consents),
            constructor_args: Bytes::new(),
            calldata: None,
            gas: 0,
        });

        let record_args = RecordRegistry::constructorCall {
            organizations_: orgs,
        }
        .abi_encode();
        contracts.push(
            deploy(
                &mut evm,
                deployer,
                config.salt,
                RECORD_REGISTRY,
                &RecordRegistry::BYTECODE,
                record_args.into(),
            )
            .map_err(fail("deploying RecordRegistry"))?,
        );

        let authority_role = evm
            .call(deployer, orgs, OrganizationRegistry::AUTHORITY_ROLECall {})
            .map_err(fail("reading AUTHORITY_ROLE"))?;
        let mut grant_gas = Vec::new();
        for &authority in &config.authorities[1..] {
            let call = OrganizationRegistry::grantRoleCall {
                role: authority_role,
                account: authority,
            };
            let ran = evm
                .run(deployer, Some(orgs), call.abi_encode().into())
                .map_err(fail(&format!("appointing authority {authority}")))?;
            grant_gas.push(ran.gas_used);
        }
        let mut accredit_gas = Vec::new();
        for spec in &config.organizations {
            let ran = evm
                .run(deployer, Some(orgs), accredit_call(spec))
                .map_err(fail(&format!("accrediting {:?}", spec.name)))?;
            accredit_gas.push(ran.gas_used);
        }
        Ok(Plan {
            chain_id,
            deployer,
            config,
            proxy_code_hash,
            contracts,
            authority_role,
            grant_gas,
            accredit_gas,
        })
    }

    /// The planned contract called `name`.
    pub fn contract(&self, name: &str) -> &PlannedContract {
        self.contracts
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("the plan has no {name}"))
    }

    /// Where the organisation registry will live.
    pub fn organizations(&self) -> Address {
        self.contract(ORGANIZATION_REGISTRY).address
    }
}

/// The calldata accrediting `spec`.
pub fn accredit_call(spec: &OrganizationSpec) -> Bytes {
    OrganizationRegistry::accreditCall {
        kind: spec.kind.code(),
        admin: spec.admin,
        emergencyCapable: spec.emergency_capable,
        name: spec.name.clone(),
        endpoint: spec.fhir_endpoint.clone(),
    }
    .abi_encode()
    .into()
}

fn deploy(
    evm: &mut Harness,
    deployer: Address,
    salt: B256,
    name: &'static str,
    bytecode: &Bytes,
    constructor_args: Bytes,
) -> Result<PlannedContract, HarnessError> {
    let mut initcode = bytecode.to_vec();
    initcode.extend_from_slice(&constructor_args);
    let address = create2::address(salt, &initcode);
    let calldata = create2::calldata(salt, &initcode);
    let ran = evm.run(deployer, Some(create2::PROXY), calldata.clone())?;
    if ran.output.as_ref() != address.as_slice() {
        return Err(HarnessError::Halted(format!(
            "the proxy created {} instead of {address}",
            ran.output
        )));
    }
    Ok(PlannedContract {
        name,
        address,
        code_hash: evm.code_hash(address),
        constructor_args,
        calldata: Some(calldata),
        gas: ran.gas_used,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config {
            salt: default_salt(),
            governance: Address::repeat_byte(0xde),
            authorities: vec![Address::repeat_byte(0xde), Address::repeat_byte(0xa1)],
            organizations: vec![OrganizationSpec {
                name: "St Mary's".into(),
                kind: OrganizationKind::Hospital,
                admin: Address::repeat_byte(0x51),
                emergency_capable: true,
                fhir_endpoint: "https://fhir.stmarys.example/r4".into(),
            }],
        }
    }

    #[test]
    fn the_plan_deploys_at_create2_addresses_with_code() {
        let plan = Plan::simulate(31337, Address::repeat_byte(0xde), config()).unwrap();
        let orgs = plan.contract(ORGANIZATION_REGISTRY);
        assert_eq!(
            orgs.address,
            create2::address(default_salt(), &{
                let mut init = OrganizationRegistry::BYTECODE.to_vec();
                init.extend_from_slice(&orgs.constructor_args);
                init
            })
        );
        assert_eq!(
            plan.contract(CONSENT_REGISTRY).address,
            orgs.address.create(1)
        );
        for contract in &plan.contracts {
            assert_ne!(
                contract.code_hash,
                alloy::primitives::KECCAK256_EMPTY,
                "{}",
                contract.name
            );
        }
        assert!(orgs.gas > 1_000_000, "the registry and its child are big");
        assert_eq!(plan.grant_gas.len(), 1);
        assert_eq!(plan.accredit_gas.len(), 1);
    }

    #[test]
    fn the_code_hash_depends_on_the_chain() {
        let deployer = Address::repeat_byte(0xde);
        let a = Plan::simulate(1, deployer, config()).unwrap();
        let b = Plan::simulate(2, deployer, config()).unwrap();
        assert_eq!(
            a.organizations(),
            b.organizations(),
            "same address everywhere"
        );
        assert_ne!(
            a.contract(CONSENT_REGISTRY).code_hash,
            b.contract(CONSENT_REGISTRY).code_hash,
            "the EIP-712 domain is cached in the code"
        );
    }

    #[test]
    fn the_consent_registry_code_hash_follows_the_salt() {
        let plan = Plan::simulate(31337, Address::repeat_byte(0xde), config()).unwrap();
        let planned = plan.contract(CONSENT_REGISTRY).code_hash;
        assert_eq!(
            plan.salted_code_hash(CONSENT_REGISTRY, B256::ZERO).unwrap(),
            planned
        );
        let salted = plan
            .salted_code_hash(CONSENT_REGISTRY, B256::repeat_byte(0x5a))
            .unwrap();
        assert_ne!(salted, planned, "the salt is in the code");
        assert_eq!(
            Plan::simulate_after(
                31337,
                Address::repeat_byte(0xde),
                config(),
                B256::repeat_byte(0x5a)
            )
            .unwrap()
            .organizations(),
            plan.organizations(),
            "but not in the address"
        );
        // The record registry signs under the same salt, so its code follows it too.
        assert_ne!(
            plan.salted_code_hash(RECORD_REGISTRY, B256::repeat_byte(0x5a))
                .unwrap(),
            plan.contract(RECORD_REGISTRY).code_hash,
            "the record registry embeds the suite's salt"
        );
    }

    #[test]
    fn a_deployer_without_the_roles_is_refused_before_anything_runs() {
        let outsider = Address::repeat_byte(0x99);
        let err = Plan::simulate(1, outsider, config()).unwrap_err();
        assert!(
            err.to_string().contains("needs the governance role"),
            "{err}"
        );
        let mut only_orgs = config();
        only_orgs.authorities.truncate(1);
        let err = Plan::simulate(1, outsider, only_orgs).unwrap_err();
        assert!(
            err.to_string().contains("needs the health-authority role"),
            "{err}"
        );
    }

    #[test]
    fn organisations_parse_from_toml() {
        let file = OrganizationsFile::parse(
            r#"
            [[organization]]
            name = "City Lab"
            kind = "laboratory"
            admin = "0x5151515151515151515151515151515151515151"
            fhir_endpoint = "https://lab.example/fhir"
            "#,
        )
        .unwrap();
        assert_eq!(file.organizations[0].kind, OrganizationKind::Laboratory);
        assert!(!file.organizations[0].emergency_capable);
        let err = OrganizationsFile::parse("[[organization]]\nname = \"x\"\nkind = \"spa\"\n")
            .unwrap_err();
        assert!(err.to_string().contains("spa"), "{err}");
    }
}
