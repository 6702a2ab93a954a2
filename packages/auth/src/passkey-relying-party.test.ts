import { describe, expect, it } from "vitest";
import { relyingPartyFor } from "./passkey-relying-party";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("relyingPartyFor", () => {
  it("takes the app's own AUTH_URL and ignores whatever Host the client sent", () => {
    expect(relyingPartyFor({ authUrl: "https://staff.clinic.example/", trustHost: true }, headers({ host: "evil.example" }))).toEqual({
      id: "staff.clinic.example",
      origin: "https://staff.clinic.example",
    });
    expect(relyingPartyFor({ authUrl: "http://localhost:3001", trustHost: true }, headers({}))).toEqual({ id: "localhost", origin: "http://localhost:3001" });
  });

  it("uses the (forwarded) Host only when the Host may be trusted", () => {
    const request = headers({ host: "internal:3000", "x-forwarded-host": "clinic.example, proxy.local", "x-forwarded-proto": "https" });
    expect(relyingPartyFor({ trustHost: true }, request)).toEqual({ id: "clinic.example", origin: "https://clinic.example" });
    expect(relyingPartyFor({ trustHost: true }, headers({ host: "localhost:3000" }))).toEqual({ id: "localhost", origin: "http://localhost:3000" });
    expect(relyingPartyFor({ trustHost: false }, request)).toBeNull();
  });

  it("answers null for a Host that is not a host", () => {
    expect(relyingPartyFor({ trustHost: true }, headers({}))).toBeNull();
    expect(relyingPartyFor({ trustHost: true }, headers({ host: "exa mple:80" }))).toBeNull();
    expect(relyingPartyFor({ authUrl: "ftp://clinic.example", trustHost: true }, headers({}))).toBeNull();
  });
});
