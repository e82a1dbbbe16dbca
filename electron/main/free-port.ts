import { createServer } from 'node:net';

/** Resolves to `preferred` when it can be bound on the host, else to a port the OS picks. */
export function choosePort(preferred: number, host: string): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(0));
    probe.listen({ port: preferred, host, exclusive: true }, () => {
      probe.close(() => resolve(preferred));
    });
  });
}
