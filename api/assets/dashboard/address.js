/*
 * Addresses: EIP-55 checksums need Keccak-256, computed here so the page needs no library.
 */

// ---- addresses: EIP-55 checksums need Keccak-256 --------------------------------------

export const ROUND_CONSTANTS = [
  0x00000000, 0x00000001, 0x00000000, 0x00008082, 0x80000000, 0x0000808a, 0x80000000, 0x80008000,
  0x00000000, 0x0000808b, 0x00000000, 0x80000001, 0x80000000, 0x80008081, 0x80000000, 0x00008009,
  0x00000000, 0x0000008a, 0x00000000, 0x00000088, 0x00000000, 0x80008009, 0x00000000, 0x8000000a,
  0x00000000, 0x8000808b, 0x80000000, 0x0000008b, 0x80000000, 0x00008089, 0x80000000, 0x00008003,
  0x80000000, 0x00008002, 0x80000000, 0x00000080, 0x00000000, 0x0000800a, 0x80000000, 0x8000000a,
  0x80000000, 0x80008081, 0x80000000, 0x00008080, 0x00000000, 0x80000001, 0x80000000, 0x80008008,
];
export const ROTATIONS = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

/** Keccak-f[1600] over 25 lanes held as (low, high) 32-bit halves. */
export function keccakF(state) {
  const columns = new Uint32Array(10);
  const moved = new Uint32Array(50);
  for (let round = 0; round < 24; round++) {
    for (let x = 0; x < 5; x++) {
      for (let half = 0; half < 2; half++) {
        const i = 2 * x + half;
        columns[i] = state[i] ^ state[i + 10] ^ state[i + 20] ^ state[i + 30] ^ state[i + 40];
      }
    }
    for (let x = 0; x < 5; x++) {
      const next = 2 * ((x + 1) % 5);
      const previous = 2 * ((x + 4) % 5);
      const low = columns[previous] ^ ((columns[next] << 1) | (columns[next + 1] >>> 31));
      const high = columns[previous + 1] ^ ((columns[next + 1] << 1) | (columns[next] >>> 31));
      for (let y = 0; y < 25; y += 5) {
        state[2 * (x + y)] ^= low;
        state[2 * (x + y) + 1] ^= high;
      }
    }
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y;
        const r = ROTATIONS[i];
        const low = state[2 * i];
        const high = state[2 * i + 1];
        let rotatedLow;
        let rotatedHigh;
        if (r === 0) {
          rotatedLow = low;
          rotatedHigh = high;
        } else if (r < 32) {
          rotatedLow = (low << r) | (high >>> (32 - r));
          rotatedHigh = (high << r) | (low >>> (32 - r));
        } else if (r === 32) {
          rotatedLow = high;
          rotatedHigh = low;
        } else {
          const n = r - 32;
          rotatedLow = (high << n) | (low >>> (32 - n));
          rotatedHigh = (low << n) | (high >>> (32 - n));
        }
        const j = y + 5 * ((2 * x + 3 * y) % 5);
        moved[2 * j] = rotatedLow;
        moved[2 * j + 1] = rotatedHigh;
      }
    }
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = 2 * (x + y);
        const a = 2 * (((x + 1) % 5) + y);
        const b = 2 * (((x + 2) % 5) + y);
        state[i] = moved[i] ^ (~moved[a] & moved[b]);
        state[i + 1] = moved[i + 1] ^ (~moved[a + 1] & moved[b + 1]);
      }
    }
    state[0] ^= ROUND_CONSTANTS[2 * round + 1];
    state[1] ^= ROUND_CONSTANTS[2 * round];
  }
}

/** Keccak-256 (Ethereum's, not SHA3-256) of `bytes`. */
export function keccak256(bytes) {
  const rate = 136;
  const state = new Uint32Array(50);
  const padded = new Uint8Array(Math.floor(bytes.length / rate) * rate + rate);
  padded.set(bytes);
  padded[bytes.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  for (let offset = 0; offset < padded.length; offset += rate) {
    for (let i = 0; i < rate / 4; i++) {
      const at = offset + 4 * i;
      state[i] ^= padded[at] | (padded[at + 1] << 8) | (padded[at + 2] << 16) | (padded[at + 3] << 24);
    }
    keccakF(state);
  }
  const digest = new Uint8Array(32);
  for (let i = 0; i < 8; i++) {
    for (let k = 0; k < 4; k++) digest[4 * i + k] = (state[i] >>> (8 * k)) & 0xff;
  }
  return digest;
}

/** The EIP-55 form of an address: sign-in messages must carry it. */
export function checksumAddress(address) {
  const digits = String(address).toLowerCase().replace(/^0x/, '');
  if (!/^[0-9a-f]{40}$/.test(digits)) throw new Error(`${address} is not an account address`);
  const hash = keccak256(new TextEncoder().encode(digits));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    const nibble = (hash[i >> 1] >> (i % 2 ? 0 : 4)) & 0xf;
    out += nibble >= 8 ? digits[i].toUpperCase() : digits[i];
  }
  return out;
}
