import { describe, expect, it } from 'vitest';
import { firstAdminFromEnv, readEnv } from './env';
import { RETIRED_DEFAULT_WEBHOOK_SECRET } from './payments/webhook-signature';

describe('readEnv', () => {
  it('reads CORS origins as an explicit list of origins', () => {
    expect(
      readEnv({ ORDER_DESK_CORS_ORIGINS: 'https://shop.example, http://localhost:5173/' })
        .ORDER_DESK_CORS_ORIGINS,
    ).toEqual(['https://shop.example', 'http://localhost:5173']);
    expect(() => readEnv({ ORDER_DESK_CORS_ORIGINS: '*' })).toThrow(/ORDER_DESK_CORS_ORIGINS/);
    expect(() => readEnv({ ORDER_DESK_CORS_ORIGINS: 'https://shop.example/path' })).toThrow(/origin/);
  });

  it('refuses a short webhook secret and the old public default', () => {
    expect(() => readEnv({ ORDER_DESK_WEBHOOK_SECRET: RETIRED_DEFAULT_WEBHOOK_SECRET })).toThrow(/public/);
    expect(() => readEnv({ ORDER_DESK_WEBHOOK_SECRET: 'short' })).toThrow(/ORDER_DESK_WEBHOOK_SECRET/);
    expect(readEnv({ ORDER_DESK_WEBHOOK_SECRET: '' }).ORDER_DESK_WEBHOOK_SECRET).toBeUndefined();
  });

  it('takes the first admin only from both variables together', () => {
    expect(() => readEnv({ ORDER_DESK_ADMIN_EMAIL: 'owner@shop.example' })).toThrow(/both/);
    expect(() =>
      readEnv({ ORDER_DESK_ADMIN_EMAIL: 'owner@shop.example', ORDER_DESK_ADMIN_PASSWORD: 'short' }),
    ).toThrow(/ORDER_DESK_ADMIN_PASSWORD/);
    const env = readEnv({
      ORDER_DESK_ADMIN_EMAIL: 'owner@shop.example',
      ORDER_DESK_ADMIN_PASSWORD: 'long enough pass',
    });
    expect(firstAdminFromEnv(env)).toEqual({ email: 'owner@shop.example', password: 'long enough pass' });
    expect(firstAdminFromEnv(readEnv({}))).toBeUndefined();
  });
});
