import { generateKeyPairSync, type JsonWebKey, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import { listenOnFreePort } from "./local-server.js";

/**
 * The keys of the JWKS checks (docs/contract.md section 4): one RSA key (kid `rsa-1`, RS256) and
 * one EC P-256 key (kid `ec-1`, ES256), fresh for each run, and a local server for their JWKS.
 */
export interface SigningKeys {
  rsa: KeyObject;
  ec: KeyObject;
  /** The RSA public key as PEM: an algorithm-confusion attack uses it as an HMAC secret. */
  rsaPublicPem: string;
  jwks: { keys: JsonWebKey[] };
}

export const RSA_KID = "rsa-1";
export const EC_KID = "ec-1";

export function generateSigningKeys(): SigningKeys {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return {
    rsa: rsa.privateKey,
    ec: ec.privateKey,
    rsaPublicPem: String(rsa.publicKey.export({ format: "pem", type: "spki" })),
    jwks: {
      keys: [
        { ...rsa.publicKey.export({ format: "jwk" }), kid: RSA_KID, alg: "RS256", use: "sig" },
        { ...ec.publicKey.export({ format: "jwk" }), kid: EC_KID, alg: "ES256", use: "sig" },
      ],
    },
  };
}

export interface JwksServer {
  /** The value for JWT_JWKS_URL. */
  url: string;
  close(): Promise<void>;
}

/** Serves the document at /.well-known/jwks.json on 127.0.0.1 (anything else is 404). */
export async function startJwksServer(jwks: SigningKeys["jwks"]): Promise<JwksServer> {
  const path = "/.well-known/jwks.json";
  const server: Server = createServer((req, res) => {
    if ((req.url ?? "").split("?")[0] !== path) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json", "cache-control": "max-age=300" });
    res.end(JSON.stringify(jwks));
  });
  const { origin, close } = await listenOnFreePort(server);
  return { url: `${origin}${path}`, close };
}
