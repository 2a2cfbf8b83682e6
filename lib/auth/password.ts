import { hash, verify } from "@node-rs/argon2";

/** Argon2id with the library's defaults (memory-hard); the hash string carries its own parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A real hash of a random string, verified when the account does not exist so timing does not reveal it. */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2z0vWQ8H7Qy0e0mJr7yJbQ7n3bYb0bQYbQ7n3bYb0bQ";
