import { describe, expect, it } from "vitest";
import { demoSeedRefusal } from "./guard";

const local = "postgres://postgres:postgres@127.0.0.1:54320/clinic";

describe("demoSeedRefusal", () => {
  it("lets the demo seed write to a database on this machine", () => {
    for (const databaseUrl of [local, "postgres://u@localhost/clinic", "postgresql://u@[::1]:5432/clinic", "postgres:///clinic?host=/var/run/postgresql"]) {
      expect(demoSeedRefusal({ databaseUrl, nodeEnv: "development", allowRemote: false }), databaseUrl).toBeNull();
    }
    expect(demoSeedRefusal({ databaseUrl: undefined, nodeEnv: "development", allowRemote: false })).toBeNull();
  });

  it("refuses any database while NODE_ENV=production, even with the remote flag", () => {
    expect(demoSeedRefusal({ databaseUrl: local, nodeEnv: "production", allowRemote: true })).toMatch(/NODE_ENV=production/);
    expect(demoSeedRefusal({ databaseUrl: undefined, nodeEnv: "production", allowRemote: false })).toMatch(/NODE_ENV=production/);
  });

  it("refuses a database on another host unless the flag says it is a throwaway one, and never prints its password", () => {
    const databaseUrl = "postgres://clinic:s3cret@db.example.com:5432/clinic";
    const refusal = demoSeedRefusal({ databaseUrl, nodeEnv: "development", allowRemote: false });
    expect(refusal).toMatch(/db\.example\.com.*ALLOW_DEMO_SEED_REMOTE=true/);
    expect(refusal).not.toContain("s3cret");
    expect(demoSeedRefusal({ databaseUrl, nodeEnv: "development", allowRemote: true })).toBeNull();
  });
});
