/** Appends the GS1 check digit to a 13-digit body, giving a valid GTIN-14 (demo data only). */
export function withCheckDigit(body: string): string {
  const digits = body.split('').map(Number);
  const sum = digits.reduce(
    (acc, digit, index) => acc + digit * ((digits.length - index) % 2 === 1 ? 3 : 1),
    0,
  );
  return `${body}${(10 - (sum % 10)) % 10}`;
}
