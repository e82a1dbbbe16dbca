import { describe, expect, it } from 'vitest';
import { isTrustedUrl } from './trusted-origins';

const trusted = { serverUrl: 'http://127.0.0.1:47813', devRendererUrl: 'http://localhost:5173/' };

describe('isTrustedUrl', () => {
  it('accepts pages of the embedded server and of the dev renderer', () => {
    expect(isTrustedUrl('http://127.0.0.1:47813/orders/42', trusted)).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/', trusted)).toBe(true);
  });

  it('rejects another port, another host, file: and unparsable URLs', () => {
    expect(isTrustedUrl('http://127.0.0.1:4173/', trusted)).toBe(false);
    expect(isTrustedUrl('https://example.com/', trusted)).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd', trusted)).toBe(false);
    expect(isTrustedUrl('not a url', trusted)).toBe(false);
  });

  it('does not trust everything when there is no dev renderer', () => {
    expect(isTrustedUrl('file:///tmp/x.pdf', { serverUrl: 'http://127.0.0.1:1' })).toBe(false);
  });
});
