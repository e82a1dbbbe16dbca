import { z } from 'zod';
import { serverSetting } from './server-url';

const DEVICE_NAME = 'orderdesk.device-name';
/** A workstation's name: 1 to 100 characters after trimming. */
export const deviceNameSchema = z.string().trim().min(1).max(100);

/** This workstation's name as admins see it in the devices list (default: the computer's host name). */
export function deviceName(): string {
  const stored = deviceNameSchema.safeParse(localStorage.getItem(DEVICE_NAME));
  return stored.success ? stored.data : serverSetting().hostname;
}

/** Renames the workstation; the server learns the name on the next report. */
export function setDeviceName(name: string): string {
  const valid = deviceNameSchema.parse(name);
  localStorage.setItem(DEVICE_NAME, valid);
  return valid;
}

/** The installed app's version (desktop), else the renderer's build version. */
export async function appVersion(): Promise<string> {
  if (window.orderDesk) return window.orderDesk.appVersion();
  return `${__APP_VERSION__}-web`;
}
