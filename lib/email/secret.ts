// Keeps live secrets (sign-in and invitation links, re-authentication codes) out of stored email
// bodies. A template renders SECRET_PLACEHOLDER where the secret goes; the outbox keeps the secret
// in its own column only until the message is sent, dead or expired (then it is erased), and the
// sender fills it in at send time. A database read after delivery finds no usable token.

/** Token-shaped (URL-safe letters, as long as a real token) so escaping and wrapping treat it alike;
 * letters only, so no numeric code can ever be a substring of it. */
export const SECRET_PLACEHOLDER = "RosterSecretPlaceholderRosterSecretPlacehold";
/** What a message shows once its secret has been erased. */
export const ERASED_SECRET = "removed";

/** Secrets are URL- and HTML-safe by construction (base64url, hex, digits): nothing to escape. */
const SECRET_SHAPE = /^[A-Za-z0-9_-]{4,256}$/;

export interface OutboxSecret {
  value: string;
  /** After this the secret is useless (the link or code has expired) and is erased. */
  expiresAt: Date;
}

/** Throws if a body would be stored with the secret itself in it, or without its placeholder. */
export function assertSecretKeptApart(bodies: { html: string; text: string }, secret: OutboxSecret): void {
  if (!SECRET_SHAPE.test(secret.value)) throw new Error("An email secret must be a URL-safe token.");
  for (const body of [bodies.html, bodies.text]) {
    // (Short numeric codes can occur in any text by chance; tokens cannot.)
    if (secret.value.length >= 16 && body.includes(secret.value)) throw new Error("An email body would be stored with its live secret in it.");
    if (!body.includes(SECRET_PLACEHOLDER)) throw new Error("An email body lost its secret placeholder.");
  }
}

/** The body as sent (secret filled in) or, once erased, as kept (marked removed). */
export function fillSecret(body: string, secret: string | null): string {
  return body.replaceAll(SECRET_PLACEHOLDER, secret ?? ERASED_SECRET);
}
