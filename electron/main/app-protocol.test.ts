import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { bundledFilePath, handleAppProtocol, registerAppScheme, serveBundledFile } =
  await import('./app-protocol');

let root: string;
let rendererDir: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'orderdesk-protocol-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Order Desk</title>');
  await writeFile(join(rendererDir, 'assets', 'main.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'do not serve');
});
afterAll(() => rm(root, { recursive: true, force: true }));
beforeEach(() => vi.clearAllMocks());

const get = (url: string): Promise<Response> => serveBundledFile(rendererDir, new Request(url));

describe('app:// protocol', () => {
  it('registers app:// as a standard, secure scheme with fetch support', () => {
    registerAppScheme();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
  });

  it('hands every app:// request to a handler that serves the bundled files', async () => {
    handleAppProtocol(rendererDir, () => "connect-src 'self' https://central.example.com");
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://orderdesk/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Order Desk</title>');
    expect(response.headers.get('content-security-policy')).toBe(
      "connect-src 'self' https://central.example.com",
    );
  });

  it('serves index.html for / and assets with their content type', async () => {
    const index = await get('app://orderdesk/');
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const script = await get('app://orderdesk/assets/main.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('refuses path traversal, encoded or not, and other hosts', async () => {
    for (const url of [
      'app://orderdesk/%2e%2e/secret.txt',
      'app://orderdesk/..%2fsecret.txt',
      'app://orderdesk/assets/..%2f..%2fsecret.txt',
      'app://orderdesk/%00index.html',
      'app://other/index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
    expect(bundledFilePath(rendererDir, 'app://orderdesk/../secret.txt')).toBe(
      join(rendererDir, 'secret.txt'),
    );
  });

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await get('app://orderdesk/missing.js')).status).toBe(404);
    const post = await serveBundledFile(rendererDir, new Request('app://orderdesk/', { method: 'POST' }));
    expect(post.status).toBe(405);
  });
});
