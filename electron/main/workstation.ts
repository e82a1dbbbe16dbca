import { app } from 'electron';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { WorkstationConfig, WorkstationConfigChange } from '../../shared/desktop-api';
import { startServer } from '../../server/start-server';
import { choosePort } from './free-port';
import type { WorkstationControl } from './ipc/workstation';
import type { TrustedOrigins } from './trusted-origins';
import { configFileName, saveStoredConfig, type LaunchMode } from './workstation-config';

type EmbeddedServer = Awaited<ReturnType<typeof startServer>>;

// A stable port keeps the standalone server's URL (and the devices' setting) across launches.
const preferredPort = Number(process.env.ORDER_DESK_PORT ?? 47813);

/** Options of the embedded server in standalone mode. */
export interface StandaloneOptions {
  /** Seed demo users and data into an empty database (`--demo`); never implied. */
  demo: boolean;
  devRendererUrl: string | undefined;
}

/** The workstation's connection: central server URL, or the embedded server in standalone mode. */
export class Workstation implements WorkstationControl {
  private embedded: EmbeddedServer | undefined;
  private source: WorkstationConfig['source'] = 'none';

  constructor(
    private readonly trusted: TrustedOrigins,
    private readonly standalone: StandaloneOptions,
  ) {}

  static configFile(): string {
    return join(app.getPath('userData'), configFileName);
  }

  /** Applies the launch mode decided from env, flags and the config file. */
  async launch(mode: LaunchMode): Promise<void> {
    if (mode.kind === 'server') this.useServer(mode.serverUrl, mode.source);
    if (mode.kind === 'standalone') await this.startStandalone(undefined);
  }

  current(): WorkstationConfig {
    return { serverUrl: this.trusted.serverUrl ?? null, source: this.source, hostname: hostname() };
  }

  async apply(change: WorkstationConfigChange): Promise<WorkstationConfig> {
    if (this.source === 'env')
      throw new Error(
        'The server is set by ORDER_DESK_SERVER_URL on this computer and cannot be changed here',
      );
    if (change.mode === 'server') {
      await saveStoredConfig(Workstation.configFile(), { serverUrl: change.serverUrl, standalone: false });
      await this.stopEmbedded();
      this.useServer(change.serverUrl, 'config');
    } else {
      await saveStoredConfig(Workstation.configFile(), { standalone: true });
      await this.startStandalone(change.firstAdmin);
    }
    return this.current();
  }

  async stopEmbedded(): Promise<void> {
    const running = this.embedded;
    this.embedded = undefined;
    await running?.close();
  }

  private useServer(serverUrl: string, source: 'env' | 'config' | 'standalone'): void {
    this.trusted.serverUrl = serverUrl;
    this.source = source;
  }

  /** Starts the server on PGlite in the user's data folder; demo data only with --demo. */
  private async startStandalone(firstAdmin: { email: string; password: string } | undefined): Promise<void> {
    if (this.embedded !== undefined) return;
    const host = '127.0.0.1';
    const dataDir = join(app.getPath('userData'), 'db');
    const devOrigin = this.standalone.devRendererUrl;
    this.embedded = await startServer({
      host,
      port: await choosePort(preferredPort, host),
      dataDir,
      demo: this.standalone.demo && !existsSync(dataDir),
      demoExceptions: this.standalone.demo,
      // The bundled renderer's origin (app://orderdesk) calls the embedded server cross-origin.
      corsOrigins: [this.trusted.appOrigin, ...(devOrigin === undefined ? [] : [new URL(devOrigin).origin])],
      ...(firstAdmin === undefined ? {} : { firstAdmin }),
    });
    this.useServer(this.embedded.url, 'standalone');
  }
}
