// Signs EIP-712 typed data with viem, as a dapp in a browser wallet would.
// stdin: {"privateKey": "0x..", "typedData": <eth_signTypedData_v4 JSON>}; stdout: the signature.
import { privateKeyToAccount } from "viem/accounts";

const input = JSON.parse(await new Promise((resolve) => {
  let text = "";
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
}));
const { privateKey, typedData } = input;
const types = { ...typedData.types };
delete types.EIP712Domain; // viem derives the domain type from the domain object
// viem wants bigints for integer fields; the JSON carries numbers or decimal strings.
const integer = (type) => /^u?int\d*$/.test(type);
const message = Object.fromEntries(
  types[typedData.primaryType].map(({ name, type }) => {
    const value = typedData.message[name];
    return [name, integer(type) ? BigInt(value) : value];
  }),
);
const account = privateKeyToAccount(privateKey);
const signature = await account.signTypedData({
  domain: { ...typedData.domain, chainId: Number(typedData.domain.chainId) },
  types,
  primaryType: typedData.primaryType,
  message,
});
process.stdout.write(signature);
