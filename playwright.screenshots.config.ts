/** `npm run screenshots`: the README screenshots (tests/screenshots), with the journeys' server and browser. */
import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

export default defineConfig({
  ...base,
  testDir: path.join(import.meta.dirname, "tests", "screenshots"),
  testMatch: /\.shots\.ts$/,
  projects: [{ name: "screenshots" }],
  outputDir: "test-results/screenshots-run",
  reporter: [["line"]],
  workers: 1,
  use: { ...base.use, screenshot: "off", trace: "off" },
});
