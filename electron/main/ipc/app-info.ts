import { app, ipcMain } from 'electron';
import { z } from 'zod';
import { desktopChannels } from '../../../shared/desktop-api';
import { assertTrustedSender, type TrustedOrigins } from '../security';

const noArgs = z.tuple([]);

/** Answers the renderer's request for the app version. */
export function registerAppInfoIpc(trusted: TrustedOrigins): void {
  ipcMain.handle(desktopChannels.appVersion, (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    noArgs.parse(args);
    return app.getVersion();
  });
}
