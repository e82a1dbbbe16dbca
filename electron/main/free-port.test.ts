import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { choosePort } from './free-port';

const host = '127.0.0.1';
let occupied: Server | undefined;

function listenOnAnyPort(): Promise<number> {
  return new Promise((resolve) => {
    occupied = createServer();
    occupied.listen({ port: 0, host }, () => {
      const address = occupied?.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

afterEach(async () => {
  await new Promise<void>((resolve) => (occupied ? occupied.close(() => resolve()) : resolve()));
  occupied = undefined;
});

describe('choosePort', () => {
  it('keeps the preferred port when it is free', async () => {
    const port = await listenOnAnyPort();
    await new Promise<void>((resolve) => occupied?.close(() => resolve()));
    occupied = undefined;
    expect(await choosePort(port, host)).toBe(port);
  });

  it('falls back to an OS-assigned port when the preferred one is taken', async () => {
    const port = await listenOnAnyPort();
    expect(await choosePort(port, host)).toBe(0);
  });
});
