import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { serverUrlSchema } from '../../shared/server-connection';

/** The workstation's config file (`workstation.json` under the user-data folder). */
export const storedConfigSchema = z.object({
  serverUrl: serverUrlSchema.optional(),
  /** This computer is the server: the embedded server runs on its own database. */
  standalone: z.boolean().default(false),
});
export type StoredConfig = z.infer<typeof storedConfigSchema>;

export const configFileName = 'workstation.json';

/** Reads the config file; a missing or unreadable file is an empty setting (the connect screen asks). */
export async function loadStoredConfig(file: string): Promise<StoredConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { standalone: false };
  }
  try {
    const parsed = storedConfigSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { standalone: false };
  } catch {
    return { standalone: false };
  }
}

/** Writes the config file atomically (temp file + rename), so a crash never leaves half a file. */
export async function saveStoredConfig(file: string, config: StoredConfig): Promise<void> {
  const valid = storedConfigSchema.parse(config);
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(valid, null, 2)}\n`, 'utf8');
  await rename(temp, file);
}

/** ORDER_DESK_SERVER_URL (managed installs) wins over the file; an invalid value is an error, not ignored. */
export function serverUrlOverride(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.ORDER_DESK_SERVER_URL?.trim();
  if (!raw) return undefined;
  const parsed = serverUrlSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`ORDER_DESK_SERVER_URL is not a valid http(s) URL: ${raw}`);
  return parsed.data;
}

/** How this launch connects: to a central server, as the server itself (standalone), or not yet decided. */
export type LaunchMode =
  | { kind: 'server'; serverUrl: string; source: 'env' | 'config' }
  | { kind: 'standalone' }
  | { kind: 'unconfigured' };

/** Decides the launch mode from the environment, the command line and the stored setting. */
export function decideLaunchMode(
  stored: StoredConfig,
  env: NodeJS.ProcessEnv,
  argv: readonly string[],
): LaunchMode {
  const override = serverUrlOverride(env);
  if (override !== undefined) return { kind: 'server', serverUrl: override, source: 'env' };
  if (argv.includes('--standalone') || stored.standalone) return { kind: 'standalone' };
  if (stored.serverUrl !== undefined)
    return { kind: 'server', serverUrl: stored.serverUrl, source: 'config' };
  return { kind: 'unconfigured' };
}
