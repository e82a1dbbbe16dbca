import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  decideLaunchMode,
  loadStoredConfig,
  saveStoredConfig,
  serverUrlOverride,
} from './workstation-config';

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'orderdesk-config-'));
  file = join(dir, 'nested', 'workstation.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('workstation config file', () => {
  it('is empty before the first save and round-trips a normalised URL', async () => {
    expect(await loadStoredConfig(file)).toEqual({ standalone: false });
    await saveStoredConfig(file, { serverUrl: 'https://orders.example.com/', standalone: false });
    expect(await loadStoredConfig(file)).toEqual({
      serverUrl: 'https://orders.example.com',
      standalone: false,
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      serverUrl: 'https://orders.example.com',
      standalone: false,
    });
  });

  it('refuses to save a URL that is not http(s)', async () => {
    await expect(
      saveStoredConfig(file, { serverUrl: 'file:///etc/passwd', standalone: false }),
    ).rejects.toThrow();
    await expect(
      saveStoredConfig(file, { serverUrl: 'javascript:alert(1)', standalone: false }),
    ).rejects.toThrow();
    expect(await loadStoredConfig(file)).toEqual({ standalone: false });
  });

  it('treats a corrupt or tampered file as not configured', async () => {
    await saveStoredConfig(file, { serverUrl: 'http://10.0.0.5:4173', standalone: false });
    await writeFile(file, '{"serverUrl": "ftp://x"}');
    expect(await loadStoredConfig(file)).toEqual({ standalone: false });
    await writeFile(file, 'not json');
    expect(await loadStoredConfig(file)).toEqual({ standalone: false });
  });
});

describe('decideLaunchMode', () => {
  const stored = { serverUrl: 'http://10.0.0.5:4173', standalone: false };

  it('lets ORDER_DESK_SERVER_URL override the file and the standalone flag', () => {
    const env = { ORDER_DESK_SERVER_URL: 'https://central.example.com/' };
    expect(decideLaunchMode(stored, env, ['--standalone'])).toEqual({
      kind: 'server',
      serverUrl: 'https://central.example.com',
      source: 'env',
    });
  });

  it('uses the stored URL, standalone from flag or file, else asks', () => {
    expect(decideLaunchMode(stored, {}, [])).toEqual({
      kind: 'server',
      serverUrl: 'http://10.0.0.5:4173',
      source: 'config',
    });
    expect(decideLaunchMode(stored, {}, ['--standalone'])).toEqual({ kind: 'standalone' });
    expect(decideLaunchMode({ standalone: true }, {}, [])).toEqual({ kind: 'standalone' });
    expect(decideLaunchMode({ standalone: false }, {}, [])).toEqual({ kind: 'unconfigured' });
  });

  it('fails loudly on an invalid override instead of silently ignoring it', () => {
    expect(() => serverUrlOverride({ ORDER_DESK_SERVER_URL: 'central' })).toThrow(/ORDER_DESK_SERVER_URL/);
    expect(serverUrlOverride({ ORDER_DESK_SERVER_URL: '  ' })).toBeUndefined();
  });
});
