import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.START_TEST_PORT ?? 4286);

function portAnswers(): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  return false;
}

it('npm start stops the server and frees its port on SIGTERM', async () => {
  expect(await portAnswers(), `port ${port} is already taken`).toBe(false);
  const npm = spawn('npm', ['start'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      ORDER_DESK_DATA_DIR: 'memory',
      ORDER_DESK_DEMO_ORDERS: '20',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so a failed test can still stop every process it started
  });
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    expect(await waitFor(() => Promise.resolve(output.includes('is running at')), 150_000), output).toBe(
      true,
    );
    expect(await portAnswers()).toBe(true);
    npm.kill('SIGTERM');
    expect(await waitFor(async () => !(await portAnswers()), 15_000), 'port still answers').toBe(true);
  } finally {
    if (npm.pid !== undefined) {
      try {
        process.kill(-npm.pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    }
  }
}, 200_000);
