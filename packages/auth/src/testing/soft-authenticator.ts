import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";

/**
 * A software authenticator for integration tests (tests only): one ES256 credential, attestation "none",
 * answering challenges the way a browser and a platform authenticator would, with a counter it can be
 * told to rewind (a clone). The e2e spec drives the real one (Chromium's virtual authenticator).
 */
export class SoftAuthenticator {
  readonly credentialId = randomBytes(32);
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  counter = 0;

  constructor() {
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    const jwk = pair.publicKey.export({ format: "jwk" });
    this.publicJwk = { x: jwk.x!, y: jwk.y! };
  }

  get id(): string {
    return this.credentialId.toString("base64url");
  }

  register(challenge: string, origin: string, rpId: string): RegistrationResponseJSON {
    const clientData = clientDataJSON("webauthn.create", challenge, origin);
    const coseKey = new Map<number, number | Uint8Array>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, Buffer.from(this.publicJwk.x, "base64url")],
      [-3, Buffer.from(this.publicJwk.y, "base64url")],
    ]);
    const credentialData = Buffer.concat([Buffer.alloc(16), u16(this.credentialId.length), this.credentialId, Buffer.from(isoCBOR.encode(coseKey))]);
    // Flags: user present (0x01), user verified (0x04), attested credential data (0x40).
    const authData = Buffer.concat([sha256(rpId), Buffer.from([0x45]), u32(this.counter), credentialData]);
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([["fmt", "none"], ["attStmt", new Map()], ["authData", authData]]) as never);
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      clientExtensionResults: {},
      response: {
        clientDataJSON: clientData.toString("base64url"),
        attestationObject: Buffer.from(attestationObject).toString("base64url"),
        transports: ["internal"],
      },
    };
  }

  /** Signs `challenge` for `origin`/`rpId`, counting up first (as authenticators do) unless told the count. */
  assert(challenge: string, origin: string, rpId: string, count: number = this.counter + 1): AuthenticationResponseJSON {
    this.counter = count;
    const clientData = clientDataJSON("webauthn.get", challenge, origin);
    const authData = Buffer.concat([sha256(rpId), Buffer.from([0x05]), u32(count)]);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientData)]), this.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      clientExtensionResults: {},
      response: {
        clientDataJSON: clientData.toString("base64url"),
        authenticatorData: authData.toString("base64url"),
        signature: signature.toString("base64url"),
      },
    };
  }
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest();
const clientDataJSON = (type: string, challenge: string, origin: string) => Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
function u16(value: number) {
  const buffer = Buffer.alloc(2);
  buffer.writeUInt16BE(value);
  return buffer;
}
function u32(value: number) {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}
