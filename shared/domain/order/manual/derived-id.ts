/**
 * The `n`-th id derived from a command id (its last 48 bits plus n + 1), so the device's optimistic
 * copy and the server's authoritative copy give new items the same ids.
 */
export function derivedId(commandId: string, n: number): string {
  const head = commandId.slice(0, 24);
  const tail = (BigInt(`0x${commandId.slice(24)}`) + BigInt(n + 1)) % 2n ** 48n;
  return `${head}${tail.toString(16).padStart(12, '0')}`;
}

/** The number a draft (or an order created on the device before the server numbered it) carries. */
export function provisionalOrderNumber(orderId: string): string {
  return `D-${orderId.replace(/-/g, '').slice(-8).toUpperCase()}`;
}
