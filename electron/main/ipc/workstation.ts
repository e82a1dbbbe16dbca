import { ipcMain } from 'electron';
import { z } from 'zod';
import {
  desktopChannels,
  type WorkstationConfig,
  type WorkstationConfigChange,
} from '../../../shared/desktop-api';
import { checkServer, firstAdminSchema, serverUrlSchema } from '../../../shared/server-connection';
import { assertTrustedSender, type TrustedOrigins } from '../security';

const noArgs = z.tuple([]);
const checkArgs = z.tuple([z.string().max(500)]);
const changeArgs = z.tuple([
  z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('server'), serverUrl: serverUrlSchema }),
    z.object({
      mode: z.literal('standalone'),
      firstAdmin: firstAdminSchema.optional(),
    }),
  ]),
]);

/** What the IPC handlers need from main's workstation state. */
export interface WorkstationControl {
  current(): WorkstationConfig;
  apply(change: WorkstationConfigChange): Promise<WorkstationConfig>;
}

/** Read, test and change the server URL setting; every argument is validated here, not trusted from the page. */
export function registerWorkstationIpc(trusted: TrustedOrigins, control: WorkstationControl): void {
  ipcMain.handle(desktopChannels.workstationConfig, (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    noArgs.parse(args);
    return control.current();
  });
  ipcMain.handle(desktopChannels.checkServer, (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    const [url] = checkArgs.parse(args);
    return checkServer(url);
  });
  ipcMain.handle(desktopChannels.setWorkstationConfig, (event, ...args: unknown[]) => {
    assertTrustedSender(event, trusted);
    const [change] = changeArgs.parse(args);
    return control.apply(change);
  });
}
