import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

describe('contentSecurityPolicy', () => {
  it('allows only the app itself and the embedded server in production', () => {
    const policy = contentSecurityPolicy({ serverUrl: 'http://127.0.0.1:47813/' });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:47813;");
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('ws://');
  });

  it('adds the HMR socket and inline preamble only when a dev renderer is used', () => {
    const policy = contentSecurityPolicy({
      serverUrl: 'http://127.0.0.1:47813',
      devRendererUrl: 'http://localhost:5173',
    });
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:47813 ws://localhost:5173");
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  });
});
