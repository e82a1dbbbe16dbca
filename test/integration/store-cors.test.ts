import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { startServer, type RunningServer } from '../../server/start-server';

describe('CORS allow-list', () => {
  let running: RunningServer | undefined;
  beforeAll(async () => {
    running = await startServer({
      dataDir: 'memory',
      corsOrigins: ['https://shop.example'],
      firstAdmin: { email: 'admin@shop.example', password: 'cors-test-password' },
      logLevel: 'silent',
    });
  }, 120_000);
  afterAll(async () => running?.close());

  it('allows the listed origin (with preflight) and nobody else', async () => {
    const url = `${running?.url ?? ''}/api/v1/health`;
    const allowed = await fetch(url, { headers: { origin: 'https://shop.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    const refused = await fetch(url, { headers: { origin: 'https://evil.example' } });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${running?.url ?? ''}/api/v1/store/checkout`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,idempotency-key',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
  });

  it("always admits the desktop app's own origin, and workstation writes (PUT, PATCH) after preflight", async () => {
    const base = running?.url ?? '';
    const health = await fetch(`${base}/api/v1/health`, { headers: { origin: 'app://orderdesk' } });
    expect(health.headers.get('access-control-allow-origin')).toBe('app://orderdesk');
    const preflight = await fetch(`${base}/api/v1/admin/store`, {
      method: 'OPTIONS',
      headers: {
        origin: 'app://orderdesk',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    const other = await fetch(`${base}/api/v1/health`, { headers: { origin: 'app://evil' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
