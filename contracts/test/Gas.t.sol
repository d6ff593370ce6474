// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Vocabulary as V} from "../src/types/Vocabulary.sol";
import {Fixture} from "./utils/Fixture.sol";

/// @notice One isolated transaction per operation (`forge test --isolate`), snapshotted in
/// `contracts/snapshots/Gas.json`; a regression fails `forge snapshot --check`-style CI.
contract GasTest is Fixture {
    function test_gas_grant_first() public {
        vm.prank(patient);
        consents.grant(patient, hospital, labTerms());
        vm.snapshotGasLastCall("grant (first)");
    }

    function test_gas_grantBySig_first() public {
        bytes memory sig = signGrant(patientKey, hospital, labTerms(), 0, block.timestamp + 1 hours);
        vm.prank(relayer);
        consents.grantBySig(patient, hospital, labTerms(), 0, block.timestamp + 1 hours, sig);
        vm.snapshotGasLastCall("grantBySig (first)");
    }

    function test_gas_revoke() public {
        grantHospital();
        vm.prank(patient);
        consents.revoke(patient, hospital);
        vm.snapshotGasLastCall("revoke");
    }

    function test_gas_addRecord() public {
        grantHospital();
        vm.prank(doctor);
        records.addRecord(patient, V.LABORATORY, FHIR_DIAGNOSTIC_REPORT, keccak256("report"), bytes32(0), V.TREAT);
        vm.snapshotGasLastCall("addRecord");
    }

    function test_gas_logAccess_one_consent() public {
        vm.prank(patient);
        consents.grant(patient, lab, labTerms());
        vm.prank(labTech);
        records.addRecord(patient, V.LABORATORY, FHIR_OBSERVATION, keccak256("labresult"), bytes32(0), V.TREAT);
        bytes32 id = records.recordIdFor(patient, keccak256("labresult"));
        grantHospital();
        vm.prank(doctor);
        records.logAccess(patient, one(id), V.TREAT);
        vm.snapshotGasLastCall("logAccess (1 record, consent)");
    }
}
