import { z } from 'zod';
import { RETIRED_DEFAULT_WEBHOOK_SECRET } from './payments/webhook-signature';

/** `https://shop.example,https://admin.example` → origins; `*` and paths are refused (an explicit allow-list only). */
const corsOriginsSchema = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0),
  )
  .pipe(
    z.array(
      z
        .url({ protocol: /^https?$/ })
        .refine(
          (origin) => URL.canParse(origin) && new URL(origin).origin === origin.replace(/\/$/, ''),
          'An origin: scheme://host[:port]',
        )
        .transform((origin) => new URL(origin).origin),
    ),
  );

const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().optional(),
  ORDER_DESK_DATA_DIR: z.string().optional(),
  ORDER_DESK_CORS_ORIGINS: corsOriginsSchema.optional(),
  ORDER_DESK_WEBHOOK_SECRET: z
    .string()
    .min(16, 'At least 16 characters')
    .refine(
      (value) => value !== RETIRED_DEFAULT_WEBHOOK_SECRET,
      'The old built-in default is public: choose a secret',
    )
    .optional(),
  /** First start of an empty database without --demo: the first administrator. */
  ORDER_DESK_ADMIN_EMAIL: z.email().max(254).optional(),
  ORDER_DESK_ADMIN_PASSWORD: z.string().min(10, 'At least 10 characters').max(200).optional(),
  ORDER_DESK_ADMIN_NAME: z.string().trim().min(1).max(200).optional(),
  ORDER_DESK_LOGIN_RATE_LIMIT: z.coerce.number().int().positive().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the process environment once at start-up; a bad value stops the server with a clear message. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // an empty variable counts as unset (`ORDER_DESK_WEBHOOK_SECRET=` in a unit file)
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  const env = result.data;
  if ((env.ORDER_DESK_ADMIN_EMAIL === undefined) !== (env.ORDER_DESK_ADMIN_PASSWORD === undefined))
    throw new Error(
      'Invalid environment: set both ORDER_DESK_ADMIN_EMAIL and ORDER_DESK_ADMIN_PASSWORD, or neither',
    );
  return env;
}

/** The first administrator named by the environment, if any. */
export function firstAdminFromEnv(env: Env): { email: string; password: string; name?: string } | undefined {
  if (env.ORDER_DESK_ADMIN_EMAIL === undefined || env.ORDER_DESK_ADMIN_PASSWORD === undefined)
    return undefined;
  return {
    email: env.ORDER_DESK_ADMIN_EMAIL,
    password: env.ORDER_DESK_ADMIN_PASSWORD,
    ...(env.ORDER_DESK_ADMIN_NAME ? { name: env.ORDER_DESK_ADMIN_NAME } : {}),
  };
}
