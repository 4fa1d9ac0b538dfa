import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// scrypt is memory-hard and ships with Node: no native addon to build.
// N = 2^15, r = 8 needs 32 MiB per hash. The parameters are stored with the
// hash, so they can be raised later without invalidating old passwords.
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

// Older Romanian keyboards type cedilla ş ţ where newer ones type comma-below
// ș ț: both spellings of a password are the same password.
function canonical(password: string) {
  return password
    .normalize("NFC")
    .replace(/ş/g, "ș")
    .replace(/Ş/g, "Ș")
    .replace(/ţ/g, "ț")
    .replace(/Ţ/g, "Ț");
}

function derive(password: string, salt: Buffer, cost: typeof COST) {
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(
      canonical(password),
      salt,
      KEY_LENGTH,
      { ...cost, maxmem: 128 * cost.N * cost.r * 2 },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

export async function hashPassword(password: string) {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  const { N, r, p } = COST;
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

export async function verifyPassword(password: string, stored: string) {
  const [kind, N, r, p, salt, key] = stored.split("$");
  if (kind !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64");
  const cost = { N: Number(N), r: Number(r), p: Number(p) };
  const actual = await derive(password, Buffer.from(salt, "base64"), cost);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// Verifying against this when no account exists keeps the answer's timing
// the same for known and unknown emails.
let decoy: Promise<string> | undefined;
export function decoyHash() {
  decoy ??= hashPassword(randomBytes(16).toString("hex"));
  return decoy;
}

export const PASSWORD_MIN_LENGTH = 10;
