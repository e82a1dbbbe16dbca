const ITERATIONS = 120_000;

function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes)));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array<ArrayBuffer>): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS },
    key,
    256,
  );
  return toBase64(bits);
}

/** A salted PBKDF2 verifier of the password, so this device can check it again without the server. */
export async function createVerifier(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `${toBase64(salt)}$${await derive(password, salt)}`;
}

/** Whether `password` matches a verifier made by createVerifier. */
export async function checkVerifier(password: string, verifier: string): Promise<boolean> {
  const [salt, hash] = verifier.split('$');
  if (!salt || !hash) return false;
  return (await derive(password, fromBase64(salt))) === hash;
}
