import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const appOrigin = 'app://orderdesk';

describe('contentSecurityPolicy', () => {
  it('lets the page connect only to itself and the configured server', () => {
    const policy = contentSecurityPolicy({ appOrigin, serverUrl: 'https://orders.example.com:8443/desk' });
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self' https://orders.example.com:8443;");
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('ws://');
  });

  it('follows a changed server URL', () => {
    const trusted = { appOrigin, serverUrl: 'http://10.0.0.5:4173' };
    expect(contentSecurityPolicy(trusted)).toContain("connect-src 'self' http://10.0.0.5:4173;");
    trusted.serverUrl = 'https://central.example.com';
    const policy = contentSecurityPolicy(trusted);
    expect(policy).toContain("connect-src 'self' https://central.example.com;");
    expect(policy).not.toContain('10.0.0.5');
  });

  it('allows no server at all before the workstation is configured', () => {
    expect(contentSecurityPolicy({ appOrigin, serverUrl: undefined })).toContain("connect-src 'self';");
  });

  it('adds the HMR socket and inline preamble only when a dev renderer is used', () => {
    const policy = contentSecurityPolicy({
      appOrigin,
      serverUrl: 'http://127.0.0.1:47813',
      devRendererUrl: 'http://localhost:5173',
    });
    expect(policy).toContain("connect-src 'self' http://127.0.0.1:47813 ws://localhost:5173");
    expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  });
});
