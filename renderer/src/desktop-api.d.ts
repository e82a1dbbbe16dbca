import type { DesktopApi } from '../../shared/desktop-api';

declare global {
  interface Window {
    /** Present only inside the Electron shell; undefined in a plain browser. */
    orderDesk?: DesktopApi;
  }
}

export {};
