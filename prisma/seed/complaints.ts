import type { SeedPart } from "./parts";

/** Seed data of the complaints area (filled in by its issue). */
export const COMPLAINTS_SEED: SeedPart = {
  name: "complaints",
  users: [],
  async missing() {
    return false;
  },
  async run() {
    return 0;
  },
};
