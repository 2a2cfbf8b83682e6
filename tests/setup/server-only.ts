// Stand-in for the `server-only` marker package in vitest (see vitest.config.ts): server code runs in plain Node there.
export {};
