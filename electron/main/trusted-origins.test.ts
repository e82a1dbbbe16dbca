import { describe, expect, it } from 'vitest';
import { isTrustedUrl, originOf } from './trusted-origins';

const trusted = {
  appOrigin: 'app://orderdesk',
  serverUrl: 'https://central.example.com',
  devRendererUrl: 'http://localhost:5173/',
};

describe('isTrustedUrl', () => {
  it('accepts pages of the bundled renderer and of the dev renderer', () => {
    expect(isTrustedUrl('app://orderdesk/#/orders/42', trusted)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/', trusted)).toBe(true);
  });

  it('does not treat the server as a page of the app: the renderer never comes from it', () => {
    expect(isTrustedUrl('https://central.example.com/', trusted)).toBe(false);
  });

  it('rejects another app host, another port, file: and unparsable URLs', () => {
    expect(isTrustedUrl('app://evil/', trusted)).toBe(false);
    expect(isTrustedUrl('http://localhost:4173/', trusted)).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd', trusted)).toBe(false);
    expect(isTrustedUrl('not a url', trusted)).toBe(false);
  });

  it('trusts nothing but the app when there is no dev renderer and no server yet', () => {
    const bare = { appOrigin: 'app://orderdesk', serverUrl: undefined };
    expect(isTrustedUrl('file:///tmp/x.pdf', bare)).toBe(false);
    expect(isTrustedUrl('app://orderdesk/index.html', bare)).toBe(true);
  });
});

describe('originOf', () => {
  it('keeps custom schemes, whose WHATWG origin would be "null"', () => {
    expect(originOf('app://orderdesk/assets/x.js')).toBe('app://orderdesk');
    expect(originOf('https://central.example.com:8443/api')).toBe('https://central.example.com:8443');
    expect(originOf('file:///etc/passwd')).toBeUndefined();
  });
});
